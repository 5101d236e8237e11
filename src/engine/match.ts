/**
 * Catalog signatures against lines: the literal prefilter finds candidates, then each candidate
 * entry is verified exactly (case, JSON-escaped forms) and its regex, if any, runs on that line only.
 */
import { buildPrefilter, prefilterKey, type Prefilter } from './prefilter.ts';
import { unescapeJsonText } from './normalize.ts';
import type { MatchableEntry } from './types.ts';

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

export interface CompiledCatalog {
  entries: MatchableEntry[];
  byId: Map<string, MatchableEntry>;
  byCode: Map<string, MatchableEntry[]>;
  byRule: Map<string, MatchableEntry[]>;
  prefilter: Prefilter;
  /** Key index → compiled entries that own a literal with that key. */
  keyOwners: CompiledEntry[][];
  /** Every catalog literal, for benchmarks and `grep -F -f`. */
  literals: string[];
}

export function compileCatalog(entries: readonly MatchableEntry[]): CompiledCatalog {
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const keyOwners: CompiledEntry[][] = [];
  const byId = new Map<string, MatchableEntry>();
  const byCode = new Map<string, MatchableEntry[]>();
  const byRule = new Map<string, MatchableEntry[]>();
  const literals: string[] = [];

  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const code of entry.match.codes) byCode.set(code, [...(byCode.get(code) ?? []), entry]);
    if (entry.match.rule) byRule.set(entry.match.rule, [...(byRule.get(entry.match.rule) ?? []), entry]);
    if (entry.match.literals.length === 0) continue;
    const flags = 'd' + (entry.match.ignoreCase ? 'i' : '');
    const compiled: CompiledEntry = {
      entry,
      literals: entry.match.ignoreCase ? entry.match.literals.map((l) => l.toLowerCase()) : entry.match.literals,
      regex: entry.match.regex ? new RegExp(entry.match.regex, flags) : undefined,
    };
    for (const literal of entry.match.literals) {
      literals.push(literal);
      const key = prefilterKey(literal);
      let k = keyIndex.get(key);
      if (k === undefined) {
        k = keys.length;
        keys.push(key);
        keyIndex.set(key, k);
        keyOwners.push([]);
      }
      if (!keyOwners[k]!.includes(compiled)) keyOwners[k]!.push(compiled);
    }
  }
  return { entries: [...entries], byId, byCode, byRule, prefilter: buildPrefilter(keys), keyOwners, literals };
}

function verify(c: CompiledEntry, variant: string): { text: string; index: number } | undefined {
  const haystack = c.entry.match.ignoreCase ? variant.toLowerCase() : variant;
  let literalAt = -1;
  let literal = '';
  for (const l of c.literals) {
    literalAt = haystack.indexOf(l);
    if (literalAt !== -1) {
      literal = l;
      break;
    }
  }
  if (literalAt === -1) return undefined;
  if (!c.regex) return { text: variant.slice(literalAt, literalAt + literal.length), index: literalAt };
  c.regex.lastIndex = 0;
  const m = c.regex.exec(variant);
  if (!m) return undefined;
  const group = m.groups?.['m'];
  const span = group !== undefined ? m.indices?.groups?.['m'] : m.indices?.[0];
  return { text: group ?? m[0], index: span ? span[0] : m.index };
}

/** All catalog entries whose signature is on this (normalised) line. */
export function matchLine(catalog: CompiledCatalog, line: string): LineMatch[] {
  let candidates: Set<CompiledEntry> | undefined;
  catalog.prefilter.scan(line, 0, line.length, (k) => {
    candidates ??= new Set();
    for (const owner of catalog.keyOwners[k]!) candidates.add(owner);
  });
  if (!candidates) return [];

  // The same text JSON-escaped once (a message inside a JSON string) or twice (`raw` of `logs --json`).
  const variants = [line];
  if (line.includes('\\')) {
    const once = unescapeJsonText(line);
    variants.push(once);
    if (once.includes('\\"')) variants.push(unescapeJsonText(once));
  }

  const matches: LineMatch[] = [];
  for (const c of candidates) {
    for (let v = 0; v < variants.length; v++) {
      const found = verify(c, variants[v]!);
      if (found) {
        matches.push({ entry: c.entry, text: found.text, index: v === 0 ? found.index : -1 });
        break;
      }
    }
  }
  return matches;
}
