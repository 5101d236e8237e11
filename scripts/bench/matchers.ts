/**
 * The matcher choice backed by numbers: alternatives at our catalog size on the 10 MiB file, all
 * answering the same question: "does this line contain any prefilter key (ASCII case folded)?".
 * Keys are the engine's own (`prefilterKey` of every catalog literal, de-duplicated), so the
 * lines-with-a-hit counts must agree. The full `matchLine` (prefilter + exact verification and
 * regexes) is shown for scale; its count is lower because candidates are verified.
 */
import { readFileSync } from 'node:fs';
import AhoCorasick from 'modern-ahocorasick';
import { loadCatalog } from '../../src/catalog/load.ts';
import { compileCatalog, matchLine } from '../../src/engine/index.ts';
import { buildPrefilter, prefilterKey } from '../../src/engine/prefilter.ts';
import { ensureLogFile } from './generate-logs.ts';
import { median, MiB, round, stepMain, timeRuns } from './util.ts';

const FILE_MB = 10;
const RUNS = 3;

export interface MatcherResult {
  mb: number;
  lines: number;
  keys: number;
  alternatives: Array<{
    name: string;
    note: string;
    buildMs: number;
    seconds: number;
    mbPerSecond: number;
    linesWithHit: number;
    agrees: boolean | null;
  }>;
}

type LineTest = (line: string) => boolean;

function literalBuckets(keys: string[]): LineTest {
  // Keys bucketed by their first (folded) char code; each position of the line checks its bucket.
  const buckets = new Map<number, string[]>();
  for (const key of keys) {
    const c = key.charCodeAt(0);
    buckets.set(c, [...(buckets.get(c) ?? []), key]);
  }
  const table: Array<string[] | undefined> = new Array(65536);
  for (const [c, list] of buckets) {
    table[c] = list;
    if (c >= 97 && c <= 122) table[c - 32] = list;
  }
  return (line) => {
    let lower: string | undefined;
    for (let i = 0; i < line.length; i++) {
      const list = table[line.charCodeAt(i)];
      if (list === undefined) continue;
      lower ??= line.toLowerCase();
      for (const key of list) if (lower.startsWith(key, i)) return true;
    }
    return false;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function runMatchers(): MatcherResult {
  const compiled = compileCatalog(loadCatalog().entries);
  const keys = [...new Set(compiled.literals.map(prefilterKey))].filter((k) => k.length > 0);
  const text = readFileSync(ensureLogFile(FILE_MB), 'utf8');
  const bytes = Buffer.byteLength(text);
  const lines = text.split('\n');

  const candidates: Array<{ name: string; note: string; build: () => LineTest; exact: boolean }> = [
    {
      name: 'engine prefilter (Aho-Corasick DFA, src/engine/prefilter.ts)',
      note: 'in use',
      exact: true,
      build: () => {
        const prefilter = buildPrefilter(keys);
        return (line) => {
          let hit = false;
          prefilter.scan(line, 0, line.length, () => (hit = true));
          return hit;
        };
      },
    },
    { name: 'literal buckets by first char + startsWith', note: 'DESIGN alternative', exact: true, build: () => literalBuckets(keys) },
    {
      name: '`line.includes(key)` for every key',
      note: 'naive',
      exact: true,
      build: () => (line) => {
        const lower = line.toLowerCase();
        for (const key of keys) if (lower.includes(key)) return true;
        return false;
      },
    },
    {
      name: 'one alternation RegExp of escaped keys (/a|b|…/i)',
      note: 'DESIGN says never',
      exact: true,
      build: () => {
        const re = new RegExp(keys.map(escapeRegExp).join('|'), 'i');
        return (line) => re.test(line);
      },
    },
    {
      name: 'modern-ahocorasick `match()` on the lower-cased line',
      note: 'npm package',
      exact: true,
      build: () => {
        const ac = new AhoCorasick(keys);
        return (line) => ac.match(line.toLowerCase());
      },
    },
    {
      name: 'engine `matchLine` (prefilter + verification + regexes)',
      note: 'for scale',
      exact: false,
      build: () => (line) => matchLine(compiled, line).length > 0,
    },
  ];

  const alternatives: MatcherResult['alternatives'] = [];
  let reference: number | undefined;
  for (const c of candidates) {
    const started = performance.now();
    const test = c.build();
    const buildMs = performance.now() - started;
    let linesWithHit = 0;
    const count = () => {
      linesWithHit = 0;
      for (const line of lines) if (test(line)) linesWithHit++;
    };
    const warmup = timeRuns(1, count)[0]!;
    // Slow alternatives (over a second a pass) get one timed pass; the others the median of RUNS.
    const seconds = median(timeRuns(warmup > 1 ? 1 : RUNS, count));
    reference ??= linesWithHit;
    alternatives.push({
      name: c.name,
      note: c.note,
      buildMs: round(buildMs, 1),
      seconds: round(seconds, 3),
      mbPerSecond: round(bytes / MiB / seconds, 1),
      linesWithHit,
      agrees: c.exact ? linesWithHit === reference : null,
    });
  }
  return { mb: FILE_MB, lines: lines.length, keys: keys.length, alternatives };
}

await stepMain(import.meta.url, runMatchers, (r) =>
  [
    `matchers on ${r.mb} MiB (${r.lines} lines, ${r.keys} keys):`,
    ...r.alternatives.map(
      (a) =>
        `  ${a.name}: ${a.mbPerSecond} MB/s (${a.seconds} s, build ${a.buildMs} ms), ${a.linesWithHit} lines${a.agrees === false ? ' DISAGREES' : ''}`,
    ),
  ].join('\n'),
);
