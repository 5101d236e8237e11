/**
 * A lab scenario: one small declarative YAML file in tests/lab/scenarios/. It says how to set up a
 * throwaway OpenClaw home, which processes to start, which commands a user would run, and what the
 * analyzer must (and must not) report on each captured output. Read by the lab (to capture) and by
 * the tests (to check the committed captures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export const SCENARIO_DIR = join(import.meta.dirname, '..', '..', 'tests', 'lab', 'scenarios');
/** Where captures go: the committed fixtures, or elsewhere for a trial run (`OPENCLAW_LAB_FIXTURES`). */
export const FIXTURE_DIR = process.env['OPENCLAW_LAB_FIXTURES'] ?? join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'lab');

/** Placeholders every string of a scenario may use; the lab fills them in per run. */
export const PLACEHOLDERS = ['{port}', '{token}', '{password}', '{home}', '{release}', '{other}', '{url}', '{cdpPort}'] as const;

const argv = z.union([
  z
    .string()
    .min(1)
    .transform((s) => s.split(/\s+/)),
  z.array(z.string()),
]);

/**
 * A finding the analyzer must report: an id, or an id with a substring of the line it must stand on
 * (`on`), a release range it applies to (`since`, `until`: exclusive), and whether it is a conclusion.
 */
const Expectation = z.union([
  z
    .string()
    .min(1)
    .transform((id) => ({ id }) as ExpectationShape),
  z.strictObject({ id: z.string().min(1), on: z.string().min(1).optional(), since: z.string().optional(), until: z.string().optional() }),
]);
interface ExpectationShape {
  id: string;
  on?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

/** A process started before the commands and stopped (by process group) after them. */
const Background = z.strictObject({
  /** Name of its capture (its console output, ANSI included). */
  name: z.string().regex(/^[a-z0-9-]+$/),
  /** `openclaw` arguments (the default), or a shell command with `shell`. */
  run: argv.optional(),
  shell: z.string().optional(),
  /** Release whose CLI runs it: `{release}` (default) or `{other}` (the other default release). */
  release: z.string().default('{release}'),
  /** A regex on its output that says it is ready; the lab waits for it (or for the process to exit). */
  ready: z.string().optional(),
  /** Seconds to wait for `ready` (default 60). */
  readyTimeout: z.number().positive().default(60),
  env: z.record(z.string(), z.string()).default({}),
  /** The analyzer's expectations on this process's output. */
  expect: z.array(Expectation).default([]),
  allow: z.array(z.string()).default([]),
  forbid: z.array(z.string()).default([]),
});

/**
 * What `openclaw-triage collect` must report in a `collect` step: its exit code, the status of some
 * rungs of the checklist (with findings it must name, and the reason of a missing rung), and the next
 * command (`null`: none). Rungs not listed may have any status. `since`/`until` (exclusive) limit an
 * expectation to some releases, as commands and flags come and go.
 */
const ChecklistRung = z.strictObject({
  /** The rung's command as the handbook names it (`openclaw logs --follow`). */
  command: z.string().min(1),
  status: z.enum(['missing', 'healthy', 'problem']),
  findings: z.array(z.string()).default([]),
  reason: z.string().optional(),
  since: z.string().optional(),
  until: z.string().optional(),
});
const Checklist = z.strictObject({
  exitCode: z.number().int(),
  rungs: z.array(ChecklistRung).default([]),
  /** `null`: nothing to run next; otherwise the command (exact) and/or the finding it comes from. */
  next: z.union([z.null(), z.strictObject({ command: z.string().optional(), because: z.string().optional() })]).optional(),
});
export type Checklist = z.infer<typeof Checklist>;

/** A command a user would run, or a read of what a running process printed. */
const Step = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]+$/),
  /** Releases the step runs on (`until` exclusive): commands and flags come and go. */
  since: z.string().optional(),
  until: z.string().optional(),
  /** `openclaw` arguments; for `collect`, arguments of `openclaw-triage collect` (e.g. `--url {url}`). */
  run: argv.optional(),
  /** A shell command instead (e.g. to edit the config between steps); not captured unless `capture`. */
  shell: z.string().optional(),
  /**
   * `file-log`: the lines of /tmp/openclaw/openclaw-<date>.log; `browser`: open `url` in Chromium;
   * `collect`: the packed `openclaw-triage collect --format json --out <name>/` with the release's
   * `openclaw` on PATH (its JSON is the capture, its progress lines go to the manifest, its bundle
   * to the folder `<name>/`).
   */
  source: z.enum(['command', 'file-log', 'browser', 'collect']).default('command'),
  /** For `browser`: the URL to open (fragment included), and text to wait for. */
  url: z.string().optional(),
  waitFor: z.string().optional(),
  release: z.string().default('{release}'),
  env: z.record(z.string(), z.string()).default({}),
  /** Only stdout is captured (JSON output); stderr goes to the manifest. Default: both, interleaved. */
  stdoutOnly: z.boolean().default(false),
  /** Seconds before the command is stopped (default 45). */
  timeout: z.number().positive().default(45),
  /** Seconds to wait before running it (e.g. for a hot reload to be noticed). */
  delay: z.number().nonnegative().default(0),
  /** Repeat the command this many times; the capture holds the last run (rate limits). */
  repeat: z.number().int().positive().default(1),
  /** Keep this step's output as a fixture (default: true unless it is a `shell` step). */
  capture: z.boolean().optional(),
  /** This output is what the release's own doctor says (for the drift report's side-by-side table). */
  doctor: z.boolean().default(false),
  /** For `collect`: what it must report. */
  checklist: Checklist.optional(),
  expect: z.array(Expectation).default([]),
  /** Error/warning ids that may appear without being required (e.g. a second symptom of the same setup). */
  allow: z.array(z.string()).default([]),
  forbid: z.array(z.string()).default([]),
});

export const Scenario = z.strictObject({
  title: z.string().min(1),
  /** What the scenario shows, and why parts of it cannot be reproduced offline, if any. */
  notes: z.string().optional(),
  /** Releases it applies to: a range (`since`, `until`: exclusive); default every release. */
  since: z.string().optional(),
  until: z.string().optional(),
  /** Needs both default releases (an old CLI against a new gateway and the reverse). */
  needsOther: z.boolean().default(false),
  /** Content of ~/.openclaw/openclaw.json, or omitted for no config at all. */
  config: z.unknown().optional(),
  /** Extra files under HOME (path → content); `->target` makes a symlink. */
  files: z.record(z.string(), z.string()).default({}),
  env: z.record(z.string(), z.string()).default({}),
  /**
   * Host names that resolve to 127.0.0.1 inside the namespace (a private /etc/hosts), e.g. to open
   * the Control UI from an origin that is not loopback. Always loopback: nothing leaves the namespace.
   */
  hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).default([]),
  background: z.array(Background).default([]),
  steps: z.array(Step).min(1),
  /** The problem the scenario sets up, for the doctor side-by-side table; omitted for a healthy one. */
  problem: z.string().optional(),
  /** Ids that name the problem (our analyzer "names it" when any of them is found in any capture). */
  names: z.array(z.string()).default([]),
});
export type Scenario = z.infer<typeof Scenario>;
export type Step = z.infer<typeof Step>;
export type Background = z.infer<typeof Background>;
export type Expectation = z.infer<typeof Expectation>;

export interface NamedScenario {
  id: string;
  file: string;
  scenario: Scenario;
}

export function scenarioIds(dir = SCENARIO_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => basename(f, '.yaml'));
}

/** One scenario, parsed and checked; errors name the file. */
export function loadScenario(id: string, dir = SCENARIO_DIR): NamedScenario {
  const file = join(dir, `${id}.yaml`);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${id}.yaml: ${(error as Error).message}`);
  }
  const parsed = Scenario.safeParse(data);
  if (!parsed.success)
    throw new Error(`${id}.yaml: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  return { id, file, scenario: parsed.data };
}

export function loadScenarios(dir = SCENARIO_DIR): NamedScenario[] {
  return scenarioIds(dir).map((id) => loadScenario(id, dir));
}

/** CalVer comparison: `2026.4.9` < `2026.4.10` < `2026.9.6`; a month (`2026.4`) sorts before its days, a pre-release before its release. */
export function compareRelease(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : -3));
  const pb = b.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : -3));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -2) - (pb[i] ?? -2);
    if (d !== 0) return d;
  }
  return 0;
}

export function inRange(release: string, range: { since?: string | undefined; until?: string | undefined }): boolean {
  return (
    (range.since === undefined || compareRelease(release, range.since) >= 0) &&
    (range.until === undefined || compareRelease(release, range.until) < 0)
  );
}

/** What a capture's manifest records. */
export interface CaptureManifest {
  release: string;
  scenario: string;
  /** Date of the capture (UTC, ISO). */
  date: string;
  node: string;
  captures: CaptureRecord[];
}

export interface CaptureRecord {
  /** Step or background name; the fixture file is `<name>.txt`. */
  name: string;
  file: string;
  /** The command line as a user would type it (`openclaw gateway status --json`). */
  command: string;
  /** Exit code; null when the lab stopped it (background processes, timeouts). */
  exitCode: number | null;
  signal?: string | null;
  timedOut?: boolean;
  durationMs: number;
  /** stderr of a `stdoutOnly` step. */
  stderr?: string;
}
