/**
 * Engine throughput in Node: `analyze()` on the generated 1, 10 and 100 MiB logs, median of several
 * runs after one warm-up, the text already in memory (reading and decoding the file is not timed).
 */
import { readFileSync, statSync } from 'node:fs';
import { loadCatalog } from '../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../src/engine/index.ts';
import { ensureLogFile } from './generate-logs.ts';
import { median, MiB, round, stepMain, timeRuns } from './util.ts';

export const SIZES_MB = [1, 10, 100];
const RUNS: Record<number, number> = { 1: 9, 10: 5, 100: 3 };

export interface EngineResult {
  sizes: Array<{ mb: number; bytes: number; lines: number; findings: number; runs: number[]; seconds: number; mbPerSecond: number }>;
  compileMs: number;
  entries: number;
  literals: number;
}

export function runEngine(): EngineResult {
  const catalog = loadCatalog();
  const started = performance.now();
  const compiled = compileCatalog(catalog.entries);
  const compileMs = performance.now() - started;
  const sizes: EngineResult['sizes'] = [];
  for (const mb of SIZES_MB) {
    const path = ensureLogFile(mb);
    const bytes = statSync(path).size;
    const text = readFileSync(path, 'utf8');
    let report = analyze(text, compiled); // warm-up (and the counts)
    const runs = timeRuns(RUNS[mb] ?? 3, () => {
      report = analyze(text, compiled);
    });
    const seconds = median(runs);
    sizes.push({ mb, bytes, lines: report.lines, findings: report.findings.length, runs: runs.map((r) => round(r, 3)), seconds: round(seconds, 3), mbPerSecond: round(bytes / MiB / seconds, 1) });
  }
  return { sizes, compileMs: round(compileMs, 1), entries: catalog.entries.length, literals: compiled.literals.length };
}

await stepMain(import.meta.url, runEngine, (r) =>
  [`engine: ${r.entries} entries, ${r.literals} literals, compiled in ${r.compileMs} ms`, ...r.sizes.map((s) => `  ${s.mb} MiB (${s.lines} lines, ${s.findings} findings): ${s.mbPerSecond} MB/s, median ${s.seconds} s of [${s.runs.join(', ')}]`)].join('\n'),
);
