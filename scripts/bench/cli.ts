/**
 * The CLI end to end (the packed build, `npm run build:cli`): on the generated 100 MiB file, and on a
 * 1 GiB stream generated on the fly by `scripts/cli-memory.ts` (reused as it is: its own line mix,
 * never stored). Wall time and peak RSS of the CLI process (`/usr/bin/time -v`, else the CLI's own
 * `process.resourceUsage().maxRSS` through cli-memory's wrapper).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureLogFile } from './generate-logs.ts';
import { MiB, round, stepMain } from './util.ts';

export const CLI = resolve('cli-dist/openclaw-triage.js');
const STREAM_MB = 1024;

export interface CliRun {
  what: string;
  mb: number;
  seconds: number;
  mbPerSecond: number;
  peakRssMb: number;
  findings: number;
  exitCode: number | null;
}
export interface CliResult {
  available: boolean;
  note?: string;
  file?: CliRun;
  stream?: CliRun;
}

function runOnFile(path: string): CliRun {
  const mb = statSync(path).size / MiB;
  const args = [process.execPath, CLI, '--format', 'json', '--fail-on', 'none', path];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const out = timed
    ? spawnSync('/usr/bin/time', ['-v', ...args], { encoding: 'utf8', maxBuffer: 64 * MiB })
    : spawnSync(args[0]!, args.slice(1), { encoding: 'utf8', maxBuffer: 64 * MiB });
  const seconds = (performance.now() - started) / 1000;
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(out.stderr)?.[1] ?? NaN);
  let findings = -1;
  try {
    findings = (JSON.parse(out.stdout) as { findings: unknown[] }).findings.length;
  } catch {
    throw new Error(`the CLI printed no JSON report (exit ${out.status}): ${out.stderr.slice(-1000)}`);
  }
  return {
    what: 'file',
    mb: round(mb, 1),
    seconds: round(seconds),
    mbPerSecond: round(mb / seconds, 1),
    peakRssMb: round(rssKb / 1024, 1),
    findings,
    exitCode: out.status,
  };
}

function runStream(mb: number): CliRun {
  const out = spawnSync(process.execPath, ['scripts/cli-memory.ts', String(mb), '--json', '--cli', CLI], { encoding: 'utf8' });
  const line = out.stdout.trim().split('\n').pop() ?? '';
  let r: { seconds: number; mbPerSecond: number; peakRssMb: number; findings: number; exitCode: number | null };
  try {
    r = JSON.parse(line) as typeof r;
  } catch {
    throw new Error(`scripts/cli-memory.ts failed (exit ${out.status}): ${out.stderr.slice(-1000)}`);
  }
  return {
    what: 'stream',
    mb,
    seconds: r.seconds,
    mbPerSecond: r.mbPerSecond,
    peakRssMb: r.peakRssMb,
    findings: r.findings,
    exitCode: r.exitCode,
  };
}

export function runCli(streamMb = STREAM_MB): CliResult {
  if (!existsSync(CLI)) return { available: false, note: 'n/a (run `npm run build:cli`)' };
  return { available: true, file: runOnFile(ensureLogFile(100)), stream: runStream(streamMb) };
}

await stepMain(
  import.meta.url,
  () => runCli(Number(process.argv.find((a) => /^\d+$/.test(a)) ?? STREAM_MB)),
  (r) =>
    r.available
      ? [r.file!, r.stream!]
          .map(
            (c) => `cli ${c.what} ${c.mb} MiB: ${c.seconds} s (${c.mbPerSecond} MB/s), peak RSS ${c.peakRssMb} MB, ${c.findings} findings`,
          )
          .join('\n')
      : `cli: ${r.note}`,
);
