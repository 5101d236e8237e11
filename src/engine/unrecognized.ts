/**
 * "Not in the catalog yet": lines that look like a problem (an error or warning level, `Error:`,
 * `failed`, `denied`, `refused`, a non-zero exit) but match no signature. The analyzer reports them
 * at info level, de-duplicated by shape (numbers, ids, paths and quoted values masked), capped, each
 * with the catalog entries whose strings share the most words with it.
 */
import type { MatchableEntry } from './types.ts';

/** At most this many distinct shapes are kept (the rest are only counted). */
export const MAX_UNRECOGNIZED = 20;

// The level of OpenClaw's own log forms, and the words that say something went wrong.
const LEVEL =
  /^\d{4}-\d\d-\d\dT\S+ (?:error|warn|fatal)\b|^\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d)? (?:error|warn|fatal)\b|"logLevelName":"(?:ERROR|WARN|FATAL)"|"level":"(?:error|warn|fatal)"/;
const PROBLEM_WORD =
  /\b(?:[A-Z]\w*)?Error: |\berror: |\b(?:failed|denied|refused|rejected|forbidden|unauthorized)\b|\bexit(?:ed with)? code [1-9]\d*|\bexit status [1-9]/i;
// Lines that say a check passed, describe an option or give a hint, though they carry a problem word
// or an error level (the file log records a failed command's hint lines at error level).
const NOT_A_PROBLEM =
  /^\s*(?:--[\w-]+|-\w,? )|\b(?:0|no) (?:errors?|failures?|failed)\b|\bfailed: 0\b|\[openclaw\] (?:Try|Help|Debug): |\b(?:Probe target|RPC target|Troubles|Troubleshooting): /i;

/** Lower-case substrings one of which every line `looksLikeProblem` accepts contains (the automaton's cue). */
export const PROBLEM_TRIGGERS = [
  'error',
  'warn',
  'fatal',
  'failed',
  'denied',
  'refused',
  'rejected',
  'forbidden',
  'unauthorized',
  'exit code',
  'exited with code',
  'exit status',
];

export function looksLikeProblem(line: string): boolean {
  return line.length >= 8 && (LEVEL.test(line) || PROBLEM_WORD.test(line)) && !NOT_A_PROBLEM.test(line);
}

/**
 * The message of a problem line: a JSON log record (the file log's `{"0": …, "_meta": …}`, `logs
 * --json`'s `{"type":"log", "message": …}`) reads as its message text, anything else as itself.
 */
export function problemText(line: string): string {
  const start = line.indexOf('{');
  if (start === -1 || !line.endsWith('}')) return line;
  try {
    const record = JSON.parse(line.slice(start)) as Record<string, unknown>;
    const parts = ['0', '1', '2', 'message', 'msg', 'raw'].map((k) => record[k]).filter((v): v is string => typeof v === 'string');
    const text = parts.find((p) => !p.startsWith('{')) ?? parts[0];
    return text && text.length > 0 ? (text.startsWith('{') ? problemText(text) : text) : line;
  } catch {
    return line;
  }
}

const MASKS: Array<[RegExp, string]> = [
  [/\d{4}-\d\d-\d\d[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?/g, '<time>'],
  [/\b\d\d:\d\d:\d\d(?:\.\d+)?\b/g, '<time>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>'],
  [/\b[0-9a-f]{6,}(?:…[0-9a-f]+)?\b/gi, '<id>'],
  [/(?:[A-Za-z]:)?(?:~|\.{1,2})?(?:[\\/][\w.@%+-]+){2,}[\\/]?/g, '<path>'],
  [/"[^"\n]{0,200}"|'[^'\n]{0,200}'/g, '<value>'],
  [/\b\d+(?:\.\d+)*\b/g, '<n>'],
];

/** The line with its variable parts masked, so that repeats of one message count as one. */
export function lineShape(line: string): string {
  let shape = line.trim();
  for (const [re, mask] of MASKS) shape = shape.replace(re, mask);
  return shape.slice(0, 300);
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'not',
  'was',
  'are',
  'this',
  'that',
  'from',
  'error',
  'failed',
  'warn',
  'info',
  'gateway',
  'openclaw',
]);
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9_]+/)
    .filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w));

/** Word index of the catalog's own strings (literals and codes), for similarity. */
export interface SimilarityIndex {
  entries: Array<{ id: string; words: Set<string> }>;
}

export function buildSimilarityIndex(entries: readonly MatchableEntry[]): SimilarityIndex {
  return {
    entries: entries
      .map((e) => ({ id: e.id, words: new Set([...e.match.literals, ...e.match.codes].flatMap(words)) }))
      .filter((e) => e.words.size > 0),
  };
}

/** The catalog entries whose strings share the most words with the line (best first, at most `limit`). */
export function nearestEntries(index: SimilarityIndex, line: string, limit = 3): string[] {
  const mine = new Set(words(line));
  if (mine.size === 0) return [];
  const scored: Array<[string, number]> = [];
  for (const e of index.entries) {
    let shared = 0;
    for (const w of e.words) if (mine.has(w)) shared++;
    if (shared === 0) continue;
    // Shared words over the entry's own: an entry whose strings are mostly in the line is near.
    scored.push([e.id, shared / e.words.size + shared / (mine.size + 4)]);
  }
  return scored
    .filter(([, s]) => s >= 0.34)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id]) => id);
}

/** Words of a shape worth searching the handbook for: masks (redaction's too), levels, `[subsystem]` tags and punctuation dropped, at most eight. */
export function searchQuery(shape: string): string {
  return shape
    .replace(/<(?:time|id|path|value|n)>|‹redacted›|\[[\w./-]+\]|\b(?:trace|debug|info|warn|error|fatal)\b/g, ' ')
    .split(/[^\p{L}\p{N}_.-]+/u)
    .filter((w) => w.length >= 3 && !/^[\d.-]+$/.test(w))
    .slice(0, 8)
    .join(' ');
}
