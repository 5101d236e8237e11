/** Small helpers shared by the benchmark steps (timing, medians, gzip, step entry points). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const MiB = 1024 * 1024;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `runs` times and returns each duration in seconds. */
export function timeRuns(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push((performance.now() - started) / 1000);
  }
  return times;
}

/** gzip size at the default level (6), as a static host or CDN would send it. */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data).length;
}

export function fileSizes(path: string): { raw: number; gzip: number } {
  const data = readFileSync(path);
  return { raw: data.length, gzip: gzipSize(data) };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/**
 * Entry point of a step run on its own: `node scripts/bench/<step>.ts [--json]` prints its result
 * (`--json`: one JSON line, which is how `scripts/bench.ts` reads it from a child process).
 */
export async function stepMain<T>(moduleUrl: string, run: () => Promise<T> | T, show: (result: T) => string): Promise<void> {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  const result = await run();
  if (process.argv.includes('--json')) console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
  else console.log(show(result));
}
