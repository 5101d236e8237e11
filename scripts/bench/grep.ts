/**
 * The reference: `LC_ALL=C grep -c -F -f <every catalog literal>` on the same generated files,
 * median of several runs (the file is in the page cache after the first).
 * grep counts lines holding a literal byte for byte; the engine also finds case variants and
 * JSON-escaped forms and then verifies, so its counts are not grep's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/load.ts';
import { compileCatalog } from '../../src/engine/index.ts';
import { DATA_DIR, ensureLogFile } from './generate-logs.ts';
import { SIZES_MB } from './engine.ts';
import { median, MiB, round, stepMain } from './util.ts';

const RUNS: Record<number, number> = { 1: 9, 10: 5, 100: 3 };

export interface GrepResult {
  version: string;
  literalsFile: string;
  sizes: Array<{ mb: number; bytes: number; matchingLines: number; runs: number[]; seconds: number; mbPerSecond: number }>;
}

export function literalsFile(): string {
  mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, 'literals.txt');
  writeFileSync(path, `${compileCatalog(loadCatalog().entries).literals.join('\n')}\n`);
  return path;
}

export function runGrep(): GrepResult {
  const literals = literalsFile();
  const env = { ...process.env, LC_ALL: 'C' };
  const version = spawnSync('grep', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? 'grep';
  const sizes: GrepResult['sizes'] = [];
  for (const mb of SIZES_MB) {
    const path = ensureLogFile(mb);
    const bytes = statSync(path).size;
    let matchingLines = -1;
    const runs: number[] = [];
    for (let i = 0; i <= (RUNS[mb] ?? 3); i++) {
      const started = performance.now();
      const out = spawnSync('grep', ['-c', '-F', '-f', literals, path], { env, encoding: 'utf8' });
      const seconds = (performance.now() - started) / 1000;
      if (out.status !== 0 && out.status !== 1) throw new Error(`grep failed: ${out.stderr}`);
      matchingLines = Number(out.stdout.trim());
      if (i > 0) runs.push(seconds); // the first run warms the page cache
    }
    const seconds = median(runs);
    sizes.push({
      mb,
      bytes,
      matchingLines,
      runs: runs.map((r) => round(r, 3)),
      seconds: round(seconds, 3),
      mbPerSecond: round(bytes / MiB / seconds, 1),
    });
  }
  return { version, literalsFile: literals, sizes };
}

await stepMain(import.meta.url, runGrep, (r) =>
  [
    `${r.version} -c -F -f ${r.literalsFile}`,
    ...r.sizes.map(
      (s) => `  ${s.mb} MiB: ${s.matchingLines} lines, ${s.mbPerSecond} MB/s, median ${s.seconds} s of [${s.runs.join(', ')}]`,
    ),
  ].join('\n'),
);
