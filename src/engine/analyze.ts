/**
 * The analyzer: normalise → detect → parse/match → combine → rank → redact, streaming.
 * `createAnalyzer` takes text in chunks of any size (the CLI's stream, `--follow`, a Web Worker);
 * `analyze` is the one-shot form. Memory stays bounded whatever the input size: findings are
 * de-duplicated per id, and only one JSON document is buffered at a time (capped).
 */
import { combineFacts, CONTRADICTIONS } from './combine.ts';
import { classifyJson, classifyJsonLine, classifyLine } from './detect.ts';
import { readLineFacts, type Facts } from './facts.ts';
import { scanLine, TRIGGER_FACT, TRIGGER_PROBLEM, TRIGGER_VERSION, type CompiledCatalog } from './match.ts';
import { looksBinary, normalizeLine } from './normalize.ts';
import { readJsonDocument } from './parse-json.ts';
import { rankFindings } from './rank.ts';
import { redact } from './redact.ts';
import type {
  AnalyzeOptions,
  Block,
  DetectedVersion,
  Finding,
  InputKind,
  MatchableEntry,
  Report,
  SkipReason,
  Skipped,
  Unrecognized,
} from './types.ts';
import {
  buildSimilarityIndex,
  lineShape,
  looksLikeProblem,
  MAX_UNRECOGNIZED,
  nearestEntries,
  problemText,
  type SimilarityIndex,
} from './unrecognized.ts';
import { betterVersion, detectVersionInLine } from './version.ts';

/** Longer lines are matched on their first MAX_LINE characters only (and reported). */
export const MAX_LINE = 1 << 20;
/** A JSON document larger than this is matched line by line but not parsed. */
export const MAX_DOCUMENT = 8 << 20;
const MAX_BLOCKS = 2000;
const MAX_SKIPPED = 200;
const EXCERPT = 400;
/** Raw shapes of lines not in the catalog yet whose redacted form is remembered. */
const MAX_SHOWN_SHAPES = 1000;

interface JsonBlock {
  startLine: number;
  lines: string[];
  chars: number;
  depth: number;
  inString: boolean;
  escaped: boolean;
  tooLarge: boolean;
}

/** Brace depth after `line`, string-aware, continuing the state of a multi-line document. */
function advanceDepth(block: Pick<JsonBlock, 'depth' | 'inString' | 'escaped'>, line: string): void {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (block.inString) {
      if (block.escaped) block.escaped = false;
      else if (c === 92) block.escaped = true;
      else if (c === 34) block.inString = false;
    } else if (c === 34) block.inString = true;
    else if (c === 123 || c === 91) block.depth++;
    else if (c === 125 || c === 93) block.depth--;
  }
}

// A bare `openclaw --version` answer (`2026.4.9`) has no trigger word; it is a whole line.
const VERSION_START = /^v?\d{4}\.\d{1,2}\.\d/;
/**
 * A copy of `text` that does not keep its source alive. Lines are slices of the pushed chunk, and V8
 * keeps a whole chunk (a megabyte from the CLI) alive for as long as any slice of it is referenced;
 * the few strings a report keeps are copied so that memory stays constant on long inputs.
 */
function detach(text: string): string {
  return (' ' + text).slice(1);
}

const JSON_ARRAY_START = /^\[\s*(?:[{["\d\]-]|$)/;
const PROSE_FIELD = /^\s*"(?:description|summary|help|usage)": "/;
/** A line that is a record of its own: a timestamped log line, or an item of a list (`- slack default: …`). */
const OWN_RECORD = /^\s*(?:[-*•│] |\[?\d{4}-\d\d-\d\d[T ])/;

const similarity = new WeakMap<CompiledCatalog, SimilarityIndex>();

/** Two or more box-drawing column bars (the outer ones are gone after normalising): a row of a clack table. */
function isTableRow(line: string): boolean {
  const first = line.indexOf('│');
  return first !== -1 && line.indexOf('│', first + 1) !== -1;
}

export interface Analyzer {
  /** Feeds the next chunk of text (any size, lines may span chunks). */
  push(chunk: string): void;
  /** Ends the input and returns the report. */
  end(): Report;
}

export function createAnalyzer(catalog: CompiledCatalog, options: AnalyzeOptions = {}): Analyzer {
  const shouldRedact = options.redact !== false;
  const show = (text: string) => (shouldRedact ? redact(text) : text);

  const findings = new Map<string, Finding & { lastDoc: number }>();
  const unrecognized = new Map<string, Omit<Unrecognized, 'nearest'>>();
  let lastUnrecognized: { shape: string; no: number } | undefined;
  // Shapes are shown (and searched for) too, so they are taken from the redacted text: a secret the
  // shape masks do not cover (`--token 7f3a…`) must not reach the page or the CLI's search link.
  // Redacting costs more than shaping, so it runs once per raw shape, remembered for its repeats.
  const shownShapes = new Map<string, string>();
  function shapeOf(line: string): string | undefined {
    const raw = lineShape(problemText(line));
    if (!shouldRedact) return raw;
    const cached = shownShapes.get(raw);
    if (cached !== undefined) return cached;
    // Past the memory's size and with no room for a new entry, a new raw shape is dropped unredacted
    // (it could only add to the count of one shown already): else every line would be redacted.
    if (shownShapes.size >= MAX_SHOWN_SHAPES && unrecognized.size >= MAX_UNRECOGNIZED) return undefined;
    const shown = lineShape(redact(problemText(line)));
    if (shownShapes.size < MAX_SHOWN_SHAPES) shownShapes.set(detach(raw), detach(shown));
    return shown;
  }
  function noteUnrecognized(line: string, no: number): void {
    const shape = shapeOf(line);
    if (shape === undefined) return;
    const known = unrecognized.get(shape);
    if (known) {
      known.count++;
      known.lastLine = no;
    } else if (unrecognized.size < MAX_UNRECOGNIZED) {
      const { excerpt } = excerptOf(line.trim(), -1);
      unrecognized.set(detach(shape), { line: no, lastLine: no, count: 1, shape: detach(shape), excerpt: detach(show(excerpt)) });
    } else return;
    lastUnrecognized = { shape, no };
  }
  const kinds: InputKind[] = [];
  const blocks: Block[] = [];
  const skipped: Skipped[] = [];
  const facts: Facts = {};
  let version: DetectedVersion | undefined;
  let lineNo = 0;
  let chars = 0;
  let pending = '';
  let block: JsonBlock | undefined;
  /** Text of the lines facts came from, so a conclusion can show its evidence (bounded). */
  const factLines = new Map<number, string>();
  function readFacts(line: string, no: number): void {
    if (readLineFacts(line, no, facts)) {
      if (factLines.size < 64) factLines.set(no, detach(line));
      if (facts.configCli) facts.configCli.path = detach(facts.configCli.path);
      if (facts.configService) facts.configService.path = detach(facts.configService.path);
      if (facts.runtime) facts.runtime.status = detach(facts.runtime.status);
      if (facts.bind) facts.bind.mode = detach(facts.bind.mode);
    }
  }

  function noteKind(kind: InputKind, startLine: number, endLine: number): void {
    if (!kinds.includes(kind)) kinds.push(kind);
    const last = blocks[blocks.length - 1];
    if (last && (last.kind === kind || blocks.length >= MAX_BLOCKS)) last.endLine = Math.max(last.endLine, endLine);
    else blocks.push({ kind, startLine, endLine });
  }

  function extendBlock(endLine: number): void {
    const last = blocks[blocks.length - 1];
    if (last) last.endLine = endLine;
  }

  function skip(reason: SkipReason, line: number, detail?: string): void {
    const last = skipped[skipped.length - 1];
    if (last && last.reason === reason && last.endLine === line - 1 && detail === undefined) {
      last.endLine = line;
      last.count++;
    } else if (skipped.length < MAX_SKIPPED) skipped.push({ reason, startLine: line, endLine: line, count: 1, detail });
  }

  function excerptOf(line: string, index: number): { excerpt: string; offset: number } {
    if (line.length <= EXCERPT) return { excerpt: line, offset: 0 };
    const start = Math.max(0, Math.min(index < 0 ? 0 : index - 100, line.length - EXCERPT));
    return {
      excerpt: (start > 0 ? '…' : '') + line.slice(start, start + EXCERPT) + (start + EXCERPT < line.length ? '…' : ''),
      offset: start > 0 ? start - 1 : 0,
    };
  }

  /** Records one occurrence; `doc` groups occurrences inside one JSON document into one. */
  function record(entry: MatchableEntry, line: number, text: string, index: number, lineText: string, doc = 0, evidence?: number[]): void {
    const existing = findings.get(entry.id);
    if (existing) {
      if (doc !== 0 && existing.lastDoc === doc) return;
      existing.count++;
      existing.lastLine = Math.max(existing.lastLine, line);
      existing.lastDoc = doc;
    } else {
      const { excerpt, offset } = excerptOf(lineText, index);
      const shownExcerpt = show(excerpt);
      const match = show(text);
      let matchIndex = index < 0 ? -1 : shownExcerpt.indexOf(match, Math.max(0, index - offset - 40));
      if (matchIndex === -1 && index >= 0) matchIndex = shownExcerpt.indexOf(match);
      findings.set(entry.id, {
        id: entry.id,
        section: entry.section,
        severity: entry.severity,
        generic: entry.generic,
        conclusion: entry.match.rule !== undefined,
        line,
        lastLine: line,
        count: 1,
        match: detach(match),
        excerpt: detach(shownExcerpt),
        matchIndex,
        evidence,
        lastDoc: doc,
      });
    }
    options.onOccurrence?.({
      id: entry.id,
      line,
      match: show(text),
      excerpt: show(excerptOf(lineText, index).excerpt),
      count: findings.get(entry.id)!.count,
    });
  }

  /** Takes back the latest occurrence of a finding (a generic one that a wrapped line explained). */
  function unrecord(id: string): void {
    const f = findings.get(id);
    if (!f) return;
    if (f.count === 1) findings.delete(id);
    else f.count--;
  }

  /** One automaton pass: signatures, then the fact and version parsers only where a trigger hit. */
  /** The previous text line and what matched on it, for lines a paste wrapped by hand. */
  let previous: { line: string; no: number; ids: Set<string>; specific: boolean } | undefined;
  function matchText(line: string, no: number, doc: number): void {
    // Prose that quotes error strings (a skill's `"description": "… errors mention pairing required, …"`
    // in `skills list --json`) is documentation, not output.
    if (line.charCodeAt(line.length - 1) !== 125 && PROSE_FIELD.test(line)) return;
    const scan = scanLine(catalog, line);
    const { triggers } = scan;
    // In a table row (`│ skill │ description │`), a bare generic word is a cell's prose, not a message.
    // Nor right under a line that a specific signature explained: there it is the CLI's wrapper of that
    // cause (`gateway connect failed: … token mismatch` / `Gateway not reachable. Is it running …?`).
    // A log record or an item of a list (`- discord work: …` under `Warnings:`) is a fact of its own.
    // Only lines with a generic match pay for these tests.
    const generic = scan.matches.some((m) => m.entry.generic);
    const wrapsCause = generic && doc === 0 && previous?.no === no - 1 && previous.specific && !OWN_RECORD.test(line);
    const matches = generic && (wrapsCause || isTableRow(line)) ? scan.matches.filter((m) => !m.entry.generic) : scan.matches;
    for (const m of matches) record(m.entry, no, m.text, m.index, line, doc);
    const c = line.charCodeAt(0);
    // A line that starts in lower case right after a text line may be its wrapped tail
    // (`gateway connect failed: Error: unauthorized: gateway token` / `mismatch (set gateway.remote.token …)`):
    // the signatures found only on the two joined belong to the first.
    if (doc === 0 && previous && previous.no === no - 1 && c >= 97 && c <= 122 && previous.line.length >= 20) {
      const joined = `${previous.line.trimEnd()} ${line}`;
      const here = new Set(matches.map((m) => m.entry.id));
      const added = scanLine(catalog, joined).matches.filter((m) => !previous!.ids.has(m.entry.id) && !here.has(m.entry.id));
      for (const m of added) record(m.entry, previous.no, m.text, m.index, joined, 0);
      if (added.length > 0 && lastUnrecognized?.no === previous.no) {
        const u = unrecognized.get(lastUnrecognized.shape);
        if (u && --u.count === 0) unrecognized.delete(lastUnrecognized.shape);
      }
      // One finding per fact here too: the generic ones the first half alone gave step back.
      if (added.some((m) => !m.entry.generic)) for (const id of previous.ids) if (catalog.byId.get(id)?.generic) unrecord(id);
    }
    if (
      doc === 0 &&
      matches.length === 0 &&
      !wrapsCause &&
      triggers & TRIGGER_PROBLEM &&
      looksLikeProblem(line) &&
      !(previous?.no === no - 1 && c >= 97 && c <= 122 && previous.ids.size > 0)
    )
      noteUnrecognized(line, no);
    previous =
      doc === 0 ? { line, no, ids: new Set(matches.map((m) => m.entry.id)), specific: matches.some((m) => !m.entry.generic) } : undefined;
    if (triggers & TRIGGER_FACT) readFacts(line, no);
    if (version?.source !== 'banner' && (triggers & TRIGGER_VERSION || VERSION_START.test(line))) {
      const found = detectVersionInLine(line, no);
      if (found) version = betterVersion(version, found);
    }
  }

  function readDocument(doc: unknown, startLine: number, lines: string[]): InputKind {
    const kind = classifyJson(doc);
    const reading = readJsonDocument(kind, doc);
    const lineOf = (needle: string) => {
      const i = Math.max(
        0,
        lines.findIndex((l) => l.includes(needle)),
      );
      if (factLines.size < 64 && lines[i] !== undefined) factLines.set(startLine + i, detach(lines[i]!));
      return startLine + i;
    };
    for (const { code, needle } of reading.codes) {
      const at = lineOf(needle);
      for (const entry of catalog.byCode.get(code) ?? []) {
        const text = lines[at - startLine] ?? '';
        record(entry, at, code, text.indexOf(code), text, startLine);
      }
    }
    for (const v of reading.versions) version = betterVersion(version, { value: v, line: lineOf(`"${v}"`), source: 'json' });
    const f = reading.facts;
    if (typeof f.runtime === 'string') facts.runtime = { status: f.runtime, line: lineOf('"runtime"') };
    if (typeof f.probe === 'boolean') facts.probe = { ok: f.probe, line: lineOf('"rpc"') };
    if (f.configMismatch) facts.configMismatch ??= { line: lineOf('"daemon"') };
    if (f.portConflict) facts.portConflict ??= { line: lineOf('"busy"') };
    if (typeof f.bind === 'string') facts.bind = { mode: f.bind, line: lineOf(`"${f.bind}"`) };
    if (f.authMissing) facts.authMissing ??= { line: lineOf('"authMode"') };
    if (f.tokenRetry) facts.tokenRetry ??= { line: lineOf('canRetryWithDeviceToken') };
    if (f.portHolderGateway) facts.portHolderGateway ??= { line: lineOf('"listeners"') };
    if (f.probeRefused) facts.probeRefused ??= { line: lineOf('"error"') };
    if (f.configMissing && !facts.configCli) facts.configCli = { path: '', missing: true, line: lineOf('"exists": false') };
    return kind;
  }

  function finishBlock(b: JsonBlock, endLine: number, truncated: boolean): void {
    block = undefined;
    let kind: InputKind = 'json';
    if (truncated)
      skip('json-truncated', b.startLine, `lines ${b.startLine}–${endLine}: the JSON document ends before its closing bracket`);
    else if (b.tooLarge)
      skip('json-too-large', b.startLine, `lines ${b.startLine}–${endLine}: larger than ${MAX_DOCUMENT >> 20} MB, searched as text only`);
    else {
      try {
        kind = readDocument(JSON.parse(b.lines.join('\n')), b.startLine, b.lines);
      } catch (error) {
        // V8's message quotes the text around the error, which may hold a secret.
        skip('json-invalid', b.startLine, `lines ${b.startLine}–${endLine}: ${show((error as Error).message)}`);
      }
    }
    noteKind(kind, b.startLine, endLine);
  }

  function processLine(raw: string): void {
    const no = ++lineNo;
    chars += raw.length + 1;
    const line = normalizeLine(raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw);
    if (raw.length > MAX_LINE) skip('long-line', no, `line ${no}: ${raw.length} characters, only the first ${MAX_LINE} were searched`);
    if (looksBinary(line)) {
      skip('binary', no);
      return;
    }

    if (block) {
      block.chars += line.length + 1;
      if (block.chars > MAX_DOCUMENT) {
        block.tooLarge = true;
        block.lines.length = 0;
      } else block.lines.push(line);
      advanceDepth(block, line);
      matchText(line, no, block.startLine);
      if (block.depth <= 0) finishBlock(block, no, false);
      return;
    }

    const trimmed = line.trimStart();
    const first = trimmed.charCodeAt(0);
    if (first === 123 /* { */ || (first === 91 /* [ */ && JSON_ARRAY_START.test(trimmed))) {
      const logKind = classifyJsonLine(trimmed);
      if (logKind) {
        noteKind(logKind, no, no);
        matchText(line, no, 0);
        return;
      }
      const b: JsonBlock = { startLine: no, lines: [line], chars: line.length, depth: 0, inString: false, escaped: false, tooLarge: false };
      advanceDepth(b, line);
      matchText(line, no, no);
      if (b.depth <= 0) finishBlock(b, no, false);
      else block = b;
      return;
    }

    const kind = line.length === 0 ? null : classifyLine(line);
    if (kind) noteKind(kind, no, no);
    else extendBlock(no);
    matchText(line, no, 0);
  }

  return {
    push(chunk) {
      let start = 0;
      let nl = chunk.indexOf('\n');
      if (nl === -1) {
        pending += chunk;
        if (pending.length > MAX_LINE * 2) {
          processLine(pending);
          pending = '';
        }
        return;
      }
      processLine(pending + chunk.slice(0, nl));
      pending = '';
      start = nl + 1;
      while ((nl = chunk.indexOf('\n', start)) !== -1) {
        processLine(chunk.slice(start, nl));
        start = nl + 1;
      }
      pending = chunk.slice(start);
    },
    end() {
      if (pending.length > 0) processLine(pending);
      pending = '';
      if (block) finishBlock(block, lineNo, true);
      // A paste that contradicts a signature (see CONTRADICTIONS) takes its finding back.
      for (const [id, f] of findings) {
        const unless = catalog.byId.get(id)?.match.unless;
        if (unless && CONTRADICTIONS[unless]?.(facts)) findings.delete(id);
      }
      for (const conclusion of combineFacts(facts)) {
        for (const entry of catalog.byRule.get(conclusion.rule) ?? []) {
          if (entry.match.unless && CONTRADICTIONS[entry.match.unless]?.(facts)) continue;
          const at = conclusion.evidence[0]!;
          const evidenceLine = factLines.get(at) ?? '';
          record(
            entry,
            at,
            evidenceLine.trim() || conclusion.rule,
            evidenceLine.trim() ? evidenceLine.indexOf(evidenceLine.trim()) : -1,
            evidenceLine,
            0,
            conclusion.evidence,
          );
        }
      }
      return {
        inputKinds: kinds.length > 0 ? kinds : lineNo > 0 ? ['text'] : [],
        blocks,
        lines: lineNo,
        chars,
        version,
        findings: rankFindings([...findings.values()].map(({ lastDoc: _unused, ...f }) => f)),
        unrecognized: nearestOf(catalog, [...unrecognized.values()]),
        skipped,
      };
    },
  };
}

function nearestOf(catalog: CompiledCatalog, lines: Array<Omit<Unrecognized, 'nearest'>>): Unrecognized[] {
  if (lines.length === 0) return [];
  let index = similarity.get(catalog);
  if (!index) similarity.set(catalog, (index = buildSimilarityIndex(catalog.entries)));
  return lines.map((u) => ({ ...u, nearest: nearestEntries(index!, u.shape) }));
}

/** One-shot analysis of a whole text. Never throws on any input. */
export function analyze(text: string, catalog: CompiledCatalog, options: AnalyzeOptions = {}): Report {
  const analyzer = createAnalyzer(catalog, options);
  analyzer.push(text);
  return analyzer.end();
}
