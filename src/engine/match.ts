/**
 * Catalog signatures against lines: the literal prefilter finds candidates, then each candidate
 * entry is verified exactly (case, JSON-escaped forms) and its regex, if any, runs on that line only.
 */
import { buildPrefilter, prefilterKey, type Prefilter } from './prefilter.ts';
import { reasonFields, unescapeJsonText } from './normalize.ts';
import { FACT_TRIGGERS } from './facts.ts';
import type { MatchableEntry } from './types.ts';
import { PROBLEM_TRIGGERS } from './unrecognized.ts';
import { VERSION_TRIGGERS } from './version.ts';

export interface LineMatch {
  entry: MatchableEntry;
  /** The matched text. */
  text: string;
  /** Offset in the original line, or -1 when found only in its unescaped form. */
  index: number;
}

interface CompiledEntry {
  entry: MatchableEntry;
  literals: string[];
  regex?: RegExp | undefined;
}

/**
 * Keys that are not signatures but tell the analyzer a line may carry a fact (facts.ts) or a version
 * (version.ts). They ride in the same automaton, so a line is scanned once for everything; the
 * per-line parsers run only on lines that hit one (their regexes decide).
 */
export const TRIGGER_FACT = 1;
export const TRIGGER_VERSION = 2;
/** A word that makes a line look like a problem (see unrecognized.ts), so that only such lines are tested. */
export const TRIGGER_PROBLEM = 4;
/** A reason or cause field may be on the line (see `reasonFields`). */
const TRIGGER_REASON = 8;
/** The first MIN_CUT characters of a long literal: where a line cut off with `...` may have one (see `matchCutLiterals`). */
const TRIGGER_CUT = 16;
// Each reader declares its own triggers beside its regexes (tests/unit/engine/triggers.test.ts checks
// on every real capture that no line a reader accepts lacks one of them).
const TRIGGERS: Array<[string, number]> = [
  ...FACT_TRIGGERS.map((k): [string, number] => [k, TRIGGER_FACT]),
  ...VERSION_TRIGGERS.map((k): [string, number] => [k, TRIGGER_VERSION]),
  ['reason', TRIGGER_REASON],
  ['cause', TRIGGER_REASON],
  ...PROBLEM_TRIGGERS.map((k): [string, number] => [k, TRIGGER_PROBLEM]),
];

export interface CompiledCatalog {
  entries: MatchableEntry[];
  byId: Map<string, MatchableEntry>;
  byCode: Map<string, MatchableEntry[]>;
  byRule: Map<string, MatchableEntry[]>;
  prefilter: Prefilter;
  /** Key index → compiled entries that own a literal with that key. */
  keyOwners: CompiledEntry[][];
  /** Key index → TRIGGER_* bits. */
  keyTriggers: Uint8Array;
  /** Entries matched by line prefix instead of the automaton (see `match.linePrefix`). */
  prefixEntries: CompiledEntry[];
  /** Every catalog literal, for benchmarks and `grep -F -f`. */
  literals: string[];
  /** Literals long enough to be recognised when a paste cuts them off with `...` (see `matchCutLiteral`). */
  /** Key index → the long literals that start with that key (TRIGGER_CUT keys). */
  longLiterals: Map<number, Array<{ literal: string; owner: CompiledEntry }>>;
}

/** A cut-off literal must keep at least this many characters to count. */
const MIN_CUT = 16;
/** …and a literal that is whole on a cut line stands at most this far before the cut. */
const CUT_SLACK = 60;
const CUT_END = /(?:\.{3}|…)\s*$/;

/** Whether the line ends with `...` or `…` (a check from the end: a `$`-anchored regex would scan the whole line). */
function endsCut(line: string): boolean {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) <= 32) end--;
  const last = line.charCodeAt(end - 1);
  return last === 0x2026 || (last === 46 && line.charCodeAt(end - 2) === 46 && line.charCodeAt(end - 3) === 46);
}
// User elisions where an id or a number stood (`<pid>`, `<id>`, `xxx`, `***`): read as `0` by regexes.
const ELISION = /<[a-zA-Z][\w -]{0,20}>|\b[xX]{3,}\b|\*{3,}/g;

export function compileCatalog(entries: readonly MatchableEntry[]): CompiledCatalog {
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const keyOwners: CompiledEntry[][] = [];
  const byId = new Map<string, MatchableEntry>();
  const byCode = new Map<string, MatchableEntry[]>();
  const byRule = new Map<string, MatchableEntry[]>();
  const literals: string[] = [];
  const prefixEntries: CompiledEntry[] = [];
  // Their first MIN_CUT characters ride in the automaton too: a hit near the end of a cut line is a candidate.
  const cutPrefixes = new Map<string, Array<{ literal: string; owner: CompiledEntry }>>();
  const keyFor = (key: string): number => {
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = keys.length;
      keys.push(key);
      keyIndex.set(key, k);
      keyOwners.push([]);
    }
    return k;
  };

  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const code of entry.match.codes) byCode.set(code, [...(byCode.get(code) ?? []), entry]);
    if (entry.match.rule) byRule.set(entry.match.rule, [...(byRule.get(entry.match.rule) ?? []), entry]);
    if (entry.match.literals.length === 0 && entry.match.linePrefix === undefined) continue;
    const flags = 'd' + (entry.match.ignoreCase ? 'i' : '');
    const compiled: CompiledEntry = {
      entry,
      literals: entry.match.ignoreCase ? entry.match.literals.map((l) => l.toLowerCase()) : entry.match.literals,
      regex: entry.match.regex ? new RegExp(entry.match.regex, flags) : undefined,
    };
    if (entry.match.linePrefix !== undefined) {
      prefixEntries.push(compiled);
      continue;
    }
    for (const literal of compiled.literals) {
      const prefix = literal.slice(0, MIN_CUT);
      if (literal.length <= MIN_CUT || /["\\\n]/.test(prefix)) continue;
      cutPrefixes.set(prefix.toLowerCase(), [...(cutPrefixes.get(prefix.toLowerCase()) ?? []), { literal, owner: compiled }]);
    }
    for (const literal of entry.match.literals) {
      literals.push(literal);
      const k = keyFor(prefilterKey(literal));
      if (!keyOwners[k]!.includes(compiled)) keyOwners[k]!.push(compiled);
    }
  }
  const triggerAt = TRIGGERS.map(([key, bits]) => [keyFor(key), bits] as const);
  const longLiterals: CompiledCatalog['longLiterals'] = new Map();
  for (const [prefix, owners] of cutPrefixes) {
    const k = keyFor(prefix);
    longLiterals.set(k, owners);
    triggerAt.push([k, TRIGGER_CUT]);
  }
  const keyTriggers = new Uint8Array(keys.length);
  for (const [k, bits] of triggerAt) keyTriggers[k]! |= bits;
  return {
    entries: [...entries],
    byId,
    byCode,
    byRule,
    prefilter: buildPrefilter(keys),
    keyOwners,
    keyTriggers,
    prefixEntries,
    literals,
    longLiterals,
  };
}

/** Where the entry's candidate test holds on this line: its line prefix, else its first literal found. */
function findLiteral(c: CompiledEntry, variant: string): { at: number; literal: string } | undefined {
  const prefix = c.entry.match.linePrefix;
  if (prefix !== undefined) return variant.startsWith(prefix) ? { at: 0, literal: prefix } : undefined;
  const haystack = c.entry.match.ignoreCase ? variant.toLowerCase() : variant;
  for (const literal of c.literals) {
    const at = haystack.indexOf(literal);
    if (at !== -1) return { at, literal };
  }
  return undefined;
}

function verify(c: CompiledEntry, variant: string): { text: string; index: number } | undefined {
  const found = findLiteral(c, variant);
  if (!found) return undefined;
  const { at: literalAt, literal } = found;
  if (!c.regex) return { text: variant.slice(literalAt, literalAt + literal.length), index: literalAt };
  c.regex.lastIndex = 0;
  const m = c.regex.exec(variant);
  if (!m) return undefined;
  const group = m.groups?.['m'];
  const span = group !== undefined ? m.indices?.groups?.['m'] : m.indices?.[0];
  return { text: group ?? m[0], index: span ? span[0] : m.index };
}

export interface LineScan {
  matches: LineMatch[];
  /** TRIGGER_* bits of the keys found on the line. */
  triggers: number;
}

const NO_MATCHES: LineMatch[] = [];

/** All catalog entries whose signature is on this (normalised) line, and the triggers it hit. */
export function scanLine(catalog: CompiledCatalog, line: string): LineScan {
  let candidates: Set<CompiledEntry> | undefined;
  let triggers = 0;
  const { keyOwners, keyTriggers } = catalog;
  let cutHits: Array<[number, number]> | undefined;
  const onKey = (k: number, end: number) => {
    const bits = keyTriggers[k]!;
    triggers |= bits;
    if (bits & TRIGGER_CUT) (cutHits ??= []).push([k, end]);
    const owners = keyOwners[k]!;
    if (owners.length === 0) return;
    candidates ??= new Set();
    for (const owner of owners) candidates.add(owner);
  };
  catalog.prefilter.scan(line, 0, line.length, onKey);
  const reasons = triggers & TRIGGER_REASON ? reasonFields(line) : '';
  if (reasons) catalog.prefilter.scan(reasons, 0, reasons.length, onKey);
  for (const c of catalog.prefixEntries) {
    if (line.startsWith(c.entry.match.linePrefix!)) (candidates ??= new Set()).add(c);
  }
  const isCut = endsCut(line);
  if (!candidates) return { matches: isCut && cutHits ? matchCutLiterals(catalog, line, cutHits, []) : NO_MATCHES, triggers };

  // The same text JSON-escaped once (a message inside a JSON string) or twice (`raw` of `logs --json`).
  const variants = [line];
  if (reasons) variants.push(reasons);
  if (line.includes('<') || line.includes('xxx') || line.includes('XXX') || line.includes('***')) {
    const elided = line.replace(ELISION, '0');
    if (elided !== line) variants.push(elided);
  }
  if (line.includes('\\')) {
    const once = unescapeJsonText(line);
    variants.push(once);
    if (once.includes('\\"')) variants.push(unescapeJsonText(once));
  }

  const matches: LineMatch[] = [];
  for (const c of candidates) {
    let matched = false;
    for (let v = 0; v < variants.length && !matched; v++) {
      const found = verify(c, variants[v]!);
      if (found) {
        matches.push({ entry: c.entry, text: found.text, index: v === 0 ? found.index : -1 });
        matched = true;
      }
    }
    // A line cut off with `...` may have lost what the regex needs; a literal near the cut still counts.
    if (!matched && isCut && c.regex) {
      const literal = findLiteral(c, line);
      if (literal && literal.literal.length >= MIN_CUT && line.length - literal.at - literal.literal.length < CUT_SLACK)
        matches.push({ entry: c.entry, text: line.slice(literal.at).replace(CUT_END, ''), index: literal.at });
    }
  }
  if (isCut && cutHits) matches.push(...matchCutLiterals(catalog, line, cutHits, matches));
  // One finding per fact: a generic signature (bare `unauthorized`) never stands on a line that a
  // specific one explains (`[ws] unauthorized … reason=token_mismatch`).
  if (matches.length > 1 && matches.some((m) => !m.entry.generic)) return { matches: matches.filter((m) => !m.entry.generic), triggers };
  return { matches, triggers };
}

/**
 * Signatures a paste cut off with `...` or `…` (`unauthorized: gateway token mis...`): the line ends
 * with the first characters (at least MIN_CUT) of a literal. Such an entry matches on what is left,
 * without its regex, which the missing text could not satisfy.
 */
function matchCutLiterals(catalog: CompiledCatalog, line: string, hits: Array<[number, number]>, found: LineMatch[]): LineMatch[] {
  const text = line.replace(CUT_END, '');
  const lower = text.toLowerCase();
  const matches: LineMatch[] = [];
  for (const [k, end] of hits) {
    const at = end - MIN_CUT + 1;
    for (const { literal, owner } of catalog.longLiterals.get(k) ?? []) {
      if (found.some((m) => m.entry === owner.entry) || matches.some((m) => m.entry === owner.entry)) continue;
      const rest = (owner.entry.match.ignoreCase ? lower : text).slice(at);
      if (rest.length >= MIN_CUT && literal.startsWith(rest)) matches.push({ entry: owner.entry, text: text.slice(at), index: at });
    }
  }
  return matches;
}

/** All catalog entries whose signature is on this (normalised) line. */
export function matchLine(catalog: CompiledCatalog, line: string): LineMatch[] {
  return scanLine(catalog, line).matches;
}
