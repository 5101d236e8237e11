/**
 * For the tests of `openclaw-triage collect`: the packed CLI (as users install it), a stand-in
 * `openclaw` on PATH that answers with real lab captures (fake-openclaw.ts), and a run of collect
 * against it that returns its output, its exit code and every command line the stand-in received.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaptureManifest } from '../../../scripts/lab/scenario.ts';
import { packCli } from './packed-cli.ts';

const repo = process.cwd();
export const LAB = join(repo, 'tests', 'fixtures', 'lab');
const FAKE = join(repo, 'tests', 'unit', 'cli', 'fake-openclaw.ts');

export interface Answer {
  file?: string;
  text?: string;
  exit?: number;
  hang?: boolean;
  echoToken?: boolean;
}
export type Answers = Record<string, Answer>;

/** `npm pack`, installed into an empty folder: the path of the installed bin's script. */
export function packedCli(work: string): string {
  return packCli(work).bin;
}

/** The exit code a lab capture recorded. */
function exitOf(release: string, scenario: string, name: string): number {
  const manifest = JSON.parse(readFileSync(join(LAB, release, scenario, 'manifest.json'), 'utf8')) as CaptureManifest;
  return manifest.captures.find((c) => c.name === name)?.exitCode ?? 0;
}

/** A capture as an answer, with the exit code the real command had. */
export function capture(release: string, scenario: string, name: string): Answer {
  const file = join(LAB, release, scenario, `${name}.txt`);
  assert.ok(existsSync(file), `lab capture ${release}/${scenario}/${name} is committed`);
  return { file, exit: exitOf(release, scenario, name) };
}

/** What a release's `--version` and `--help` say: captured by the lab's healthy scenario. */
export function releaseAnswers(release: string): Answers {
  const help = (name: string) => capture(release, 'healthy', name);
  return {
    '--version': help('version'),
    'status --help': help('help-status'),
    'gateway status --help': help('help-gateway-status'),
    'logs --help': help('help-logs'),
    'doctor --help': help('help-doctor'),
    'channels status --help': help('help-channels-status'),
  };
}

/** The root help, which the real CLI prints for the `--help` of a command it does not have. */
export const rootHelp = (release: string) => join(LAB, release, 'healthy', 'help-root.txt');

/**
 * A release answering collect's commands with a scenario's real captures (`names` maps each of
 * collect's command lines to a capture name of that scenario; unlisted ones are not answered).
 */
export function scenarioAnswers(release: string, scenario: string, names: Record<string, string>): Answers {
  const answers = releaseAnswers(release);
  for (const [args, name] of Object.entries(names)) answers[args] = capture(release, scenario, name);
  return answers;
}

/** collect's command lines (after `openclaw`) on the releases the lab runs, and their usual capture names. */
export const HEALTHY_9 = {
  'status --all': 'status',
  'gateway status': 'gateway-status',
  'logs --limit 200 --plain': 'logs-plain',
  'doctor --lint --json': 'doctor-lint-json',
  'channels status --probe': 'channels-status-probe',
};
export const HEALTHY_4 = {
  'status --all': 'status',
  'gateway status': 'gateway-status',
  'logs --limit 200 --plain': 'logs-plain',
  'channels status --probe': 'channels-status-probe',
};

export interface LogEntry {
  args: string;
  profile?: string;
  url?: string;
  token?: string;
  password?: string;
  grandchild?: number;
}

export interface CollectRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Every command line the stand-in openclaw received, in order. */
  log: LogEntry[];
  json(): any;
}

/** A folder with a stand-in `openclaw` answering `answers`; returns the folder to put first on PATH. */
export function fakeOpenclaw(dir: string, answers: Answers, help: string): { bin: string; log: string } {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const log = join(dir, 'log.jsonl');
  writeFileSync(join(dir, 'plan.json'), JSON.stringify({ answers, rootHelp: help, log }));
  // A shell shim, as npm's bin links are: it runs the stand-in with this Node, whatever PATH holds.
  writeFileSync(join(bin, 'openclaw'), `#!/bin/sh\nexec '${process.execPath}' '${FAKE}' "$@"\n`);
  chmodSync(join(bin, 'openclaw'), 0o755);
  return { bin, log };
}

/** A predictable environment: English, no colour, no OpenClaw variables of the machine running the tests. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(?:LANG|LC_\w+|NO_COLOR|FORCE_COLOR|INIT_CWD|OPENCLAW_\w+)$/.test(k)) env[k] = v;
  for (const [k, v] of Object.entries({ LANG: 'C', ...extra })) if (v !== undefined) env[k] = v;
  return env;
}

export function runCollect(
  cli: string,
  args: string[],
  options: { answers?: Answers; release?: string; env?: Record<string, string | undefined>; path?: string; cwd?: string } = {},
): CollectRun {
  const dir = mkdtempSync(join(tmpdir(), 'collect-fake-'));
  let path = options.path ?? '/usr/bin:/bin';
  let log: string | undefined;
  if (options.answers) {
    const fake = fakeOpenclaw(dir, options.answers, rootHelp(options.release ?? '2026.9.6'));
    path = `${fake.bin}:${path}`;
    log = fake.log;
  }
  const env = cleanEnv({ PATH: path, FAKE_OPENCLAW_PLAN: join(dir, 'plan.json'), ...options.env });
  const r = spawnSync(process.execPath, [cli, 'collect', ...args], { env, cwd: options.cwd ?? dir, encoding: 'utf8', timeout: 120_000 });
  const entries =
    log && existsSync(log)
      ? readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as LogEntry)
      : [];
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    log: entries,
    json() {
      try {
        return JSON.parse(r.stdout);
      } catch {
        assert.fail(`not JSON (exit ${r.status}): ${r.stdout.slice(0, 500)}\nstderr: ${r.stderr}`);
      }
    },
  };
}
