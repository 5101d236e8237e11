/**
 * Engine throughput in Node: `analyze()` on the generated 1, 10 and 100 MiB logs, median of several
 * runs after one warm-up, the text already in memory (reading and decoding the file is not timed).
 * Also how time grows with the input (the samples 20x and 200x: 10x the input should cost at most
 * ~15x the time) and one pathological 1 MB line without newlines (target: under 2 s). These used to
 * be assertions in tests/unit/engine/properties.test.ts; timings belong here, not in tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
  /** Median time of the samples repeated 200x over the same repeated 20x (linear: about 10). */
  growth: { smallChars: number; largeChars: number; smallSeconds: number; largeSeconds: number; ratio: number };
  /** One line of `device ` repeated to 1 MB, no newline. */
  pathologicalLine: { chars: number; seconds: number };
}

const GROWTH_RUNS = 5;

function measureGrowth(compiled: ReturnType<typeof compileCatalog>): EngineResult['growth'] {
  const dir = join('tests', 'fixtures', 'samples');
  const unit = readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const small = unit.repeat(20);
  const large = unit.repeat(200);
  analyze(small, compiled); // warm up the JIT
  const smallSeconds = median(timeRuns(GROWTH_RUNS, () => analyze(small, compiled)));
  const largeSeconds = median(timeRuns(GROWTH_RUNS, () => analyze(large, compiled)));
  return {
    smallChars: small.length,
    largeChars: large.length,
    smallSeconds: round(smallSeconds, 4),
    largeSeconds: round(largeSeconds, 4),
    ratio: round(largeSeconds / smallSeconds, 2),
  };
}

function measurePathologicalLine(compiled: ReturnType<typeof compileCatalog>): EngineResult['pathologicalLine'] {
  const line = 'device '.repeat(150_000);
  const [seconds] = timeRuns(1, () => analyze(line, compiled));
  return { chars: line.length, seconds: round(seconds!, 3) };
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
    sizes.push({
      mb,
      bytes,
      lines: report.lines,
      findings: report.findings.length,
      runs: runs.map((r) => round(r, 3)),
      seconds: round(seconds, 3),
      mbPerSecond: round(bytes / MiB / seconds, 1),
    });
  }
  return {
    sizes,
    compileMs: round(compileMs, 1),
    entries: catalog.entries.length,
    literals: compiled.literals.length,
    growth: measureGrowth(compiled),
    pathologicalLine: measurePathologicalLine(compiled),
  };
}

await stepMain(import.meta.url, runEngine, (r) =>
  [
    `engine: ${r.entries} entries, ${r.literals} literals, compiled in ${r.compileMs} ms`,
    ...r.sizes.map(
      (s) =>
        `  ${s.mb} MiB (${s.lines} lines, ${s.findings} findings): ${s.mbPerSecond} MB/s, median ${s.seconds} s of [${s.runs.join(', ')}]`,
    ),
    `  growth: 10x the input (${r.growth.smallChars} → ${r.growth.largeChars} chars) took ${r.growth.ratio}x the time (${r.growth.smallSeconds} s → ${r.growth.largeSeconds} s)`,
    `  one ${r.pathologicalLine.chars}-char line without newlines: ${r.pathologicalLine.seconds} s`,
  ].join('\n'),
);
