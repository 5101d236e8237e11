/**
 * Captures every scenario against a release: each run gets its own network namespace with loopback
 * only and its own mounts (`unshare -n -m`), a time limit, and is stopped by its process group.
 * A run that fails keeps the previous fixtures; a run that succeeds replaces them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from '../browser-path.ts';
import { CACHE, log } from './releases.ts';
import { FIXTURE_DIR, inRange, type CaptureManifest, type NamedScenario } from './scenario.ts';
import type { InstalledRelease, Plan } from './sandbox.ts';

const SANDBOX = join(import.meta.dirname, 'sandbox.ts');
/** The packed CLI that `collect` steps run (main.ts builds it first: see buildTriage). */
export const TRIAGE = join(import.meta.dirname, '..', '..', 'cli-dist', 'openclaw-triage.js');

/** Whether a scenario runs `openclaw-triage collect`, which needs the packed CLI. */
export const hasCollectStep = (named: NamedScenario) => named.scenario.steps.some((s) => s.source === 'collect');

/** Throwaway secrets of the lab: the only secrets the fixtures hold (the redaction tests look for them). */
export const LAB_SECRETS = { token: 'lab-token-6f1c2a9e47b3d805', password: 'lab-password-2b7e91c4' } as const;

export interface RunResult {
  scenario: string;
  release: string;
  ok: boolean;
  seconds: number;
  captures: number;
  /** Steps the lab had to stop at their time limit (on a busy machine: rerun the scenario). */
  timedOut?: string[];
  message?: string;
}

function timeLimit(s: NamedScenario['scenario']): number {
  const steps = s.steps.reduce((sum, step) => sum + (step.timeout + step.delay) * step.repeat, 0);
  const background = s.background.reduce((sum, b) => sum + b.readyTimeout + 10, 0);
  return Math.min(600, steps + background + 30);
}

/** Why a scenario does not run on a release, or undefined when it does. */
export function skipReason(named: NamedScenario, release: InstalledRelease, other: InstalledRelease | undefined): string | undefined {
  if (!inRange(release.release, named.scenario)) return `not for ${release.release}`;
  if (named.scenario.needsOther && !other) return 'needs a second release';
  return undefined;
}

/**
 * The sandboxes now running (their process groups). They are detached, so a Ctrl-C of the lab would not
 * reach them: the lab stops them itself, and each takes its whole PID namespace with it.
 */
const running = new Set<number>();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    for (const pid of running) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    process.exit(130);
  });
}

export function runScenario(
  named: NamedScenario,
  release: InstalledRelease,
  other: InstalledRelease | undefined,
  port: number,
): Promise<RunResult> {
  const started = Date.now();
  // Outside /tmp, which the namespace replaces with its own.
  mkdirSync(join(CACHE, 'runs'), { recursive: true });
  const work = mkdtempSync(join(CACHE, 'runs', `${release.release}-${named.id}-`));
  const outDir = join(work, 'out');
  const plan: Plan = {
    scenarioId: named.id,
    scenario: named.scenario,
    release,
    other,
    outDir,
    chromium: chromiumPath(),
    ...(hasCollectStep(named) ? { triage: TRIAGE } : {}),
    values: {
      port: String(port),
      cdpPort: String(port + 3),
      url: `ws://127.0.0.1:${port}`,
      home: '/home/operator',
      release: release.release,
      other: other?.release ?? '',
      ...LAB_SECRETS,
    },
  };
  const planFile = join(work, 'plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  const hostsFile = join(work, 'hosts');
  writeFileSync(
    hostsFile,
    ['127.0.0.1 localhost', '::1 localhost', ...named.scenario.hosts.map((h) => `127.0.0.1 ${h}`)].join('\n') + '\n',
  );
  // The namespace: loopback up; private tmpfs for /tmp (the fixed file-log folder /tmp/openclaw and
  // whatever else OpenClaw keeps there), /dev/shm and /home (HOME); a private /etc/hosts. Two runs at
  // once share nothing: 2026.9.6 coordinates its state through files outside HOME.
  const setup = [
    'ip link set lo up',
    'mount -t tmpfs tmpfs /tmp',
    'mkdir -p /tmp/openclaw',
    'mount -t tmpfs tmpfs /dev/shm',
    'mount -t tmpfs tmpfs /home',
    'mkdir -p /home/operator',
    `mount --bind ${hostsFile} /etc/hosts`,
    'exec "$0" "$@"',
  ].join(' && ');
  // A PID namespace too: the sandbox is its init, so when it ends or is killed (and unshare kills
  // it when unshare itself is killed), the kernel stops every process of the run, whatever its group.
  const child = spawn(
    'unshare',
    [
      '-n',
      '-m',
      '-p',
      '--fork',
      '--kill-child=SIGKILL',
      '--mount-proc',
      '--propagation',
      'private',
      '--',
      '/bin/sh',
      '-c',
      setup,
      process.execPath,
      SANDBOX,
      planFile,
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child.pid!);
  child.on('exit', () => running.delete(child.pid!));
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  const limit = timeLimit(named.scenario);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, limit * 1000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      const manifestFile = join(outDir, 'manifest.json');
      const base = { scenario: named.id, release: release.release, seconds };
      if (code !== 0 || !existsSync(manifestFile)) {
        rmSync(work, { recursive: true, force: true });
        resolve({
          ...base,
          ok: false,
          captures: 0,
          message: timedOut ? `stopped after its ${limit} s limit` : `exit ${code}: ${output.trim().slice(-1500)}`,
        });
        return;
      }
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CaptureManifest;
      const target = join(FIXTURE_DIR, release.release, named.id);
      rmSync(target, { recursive: true, force: true });
      mkdirSync(join(target, '..'), { recursive: true });
      renameSync(outDir, target);
      rmSync(work, { recursive: true, force: true });
      resolve({
        ...base,
        ok: true,
        captures: manifest.captures.length,
        timedOut: manifest.captures.filter((c) => c.timedOut).map((c) => c.name),
      });
    });
  });
}

/** Runs scenarios `jobs` at a time (each in its own namespace, so ports never collide). */
export async function captureAll(
  scenarios: NamedScenario[],
  release: InstalledRelease,
  other: InstalledRelease | undefined,
  jobs: number,
): Promise<RunResult[]> {
  const queue = scenarios.filter((s) => {
    const why = skipReason(s, release, other);
    if (why) log(`${release.release} ${s.id}: skipped (${why})`);
    return !why;
  });
  const results: RunResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const named = queue[next++]!;
      const result = await runScenario(named, release, other, 18789);
      results.push(result);
      const stopped = result.timedOut?.length ? `, stopped at their time limit: ${result.timedOut.join(', ')}` : '';
      log(
        `${release.release} ${named.id}: ${result.ok ? `${result.captures} captures${stopped}` : `FAILED (${result.message})`} in ${result.seconds.toFixed(1)} s [${results.length}/${queue.length}]`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}
