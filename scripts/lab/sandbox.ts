/**
 * Runs one scenario against one release, inside the network and mount namespace that capture.ts
 * made for it (`unshare -n -m`: loopback only, private tmpfs on /tmp/openclaw and /home). Sets up a
 * throwaway HOME, starts the background processes, runs the steps, writes every output byte for
 * byte into the plan's `outDir` with a manifest, and stops every process it started by its group.
 *
 * Not meant to be run by hand: `npm run lab` starts it (see capture.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inRange, type Background, type CaptureManifest, type CaptureRecord, type Scenario, type Step } from './scenario.ts';

export interface InstalledRelease {
  release: string;
  /** Folder holding node_modules/openclaw. */
  dir: string;
  /** The Node binary its `engines` field needs. */
  node: string;
  nodeVersion: string;
}

export interface Plan {
  scenarioId: string;
  scenario: Scenario;
  release: InstalledRelease;
  other?: InstalledRelease | undefined;
  outDir: string;
  values: Record<string, string>;
  chromium?: string | undefined;
  /** The packed openclaw-triage (cli-dist/openclaw-triage.js), for `collect` steps. */
  triage?: string | undefined;
}

const HOME = '/home/operator';
const FILE_LOG_DIR = '/tmp/openclaw';

const plan = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Plan;

/** Fills `{port}`, `{token}`, … in every string of a value. */
function fill<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\{(\w+)\}/g, (whole, key: string) => plan.values[key] ?? whole) as T;
  if (Array.isArray(value)) return value.map(fill) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [fill(k), fill(v)])) as T;
  return value;
}

function releaseFor(name: string): InstalledRelease {
  const wanted = fill(name);
  if (wanted === plan.release.release) return plan.release;
  if (plan.other && wanted === plan.other.release) return plan.other;
  throw new Error(`release ${wanted} is not installed for this run`);
}

function baseEnv(extra: Record<string, string>, release: InstalledRelease): NodeJS.ProcessEnv {
  // A clean environment: nothing of the lab's own shell (no OPENCLAW_*, no npm_*) reaches OpenClaw.
  // NODE_COMPILE_CACHE keeps V8's code cache of the release's own files beside the release, across runs
  // (bytecode keyed by file content, no OpenClaw state): each of the ~400 commands a full run starts
  // then skips recompiling the same megabytes of JavaScript. 2026.9.6 would otherwise put it in /tmp,
  // which is private to each run.
  const cache = { NODE_COMPILE_CACHE: join(release.dir, '.compile-cache') };
  return {
    PATH: `${dirname(release.node)}:/usr/local/bin:/usr/bin:/bin`,
    HOME,
    USER: 'operator',
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    TERM: 'xterm-256color',
    ...cache,
    ...fill(plan.scenario.env),
    ...fill(extra),
  };
}

const quote = (a: string) => (/^[\w@%+=:,./{}-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

interface Running {
  child: ChildProcess;
  output: Buffer[];
  done: Promise<{ code: number | null; signal: string | null }>;
  started: number;
}

function start(
  args: string[] | undefined,
  shell: string | undefined,
  env: NodeJS.ProcessEnv,
  release: InstalledRelease,
  stdoutOnly = false,
): Running {
  const openclaw = join(release.dir, 'node_modules', 'openclaw', 'openclaw.mjs');
  const [file, argv] = shell !== undefined ? ['/bin/sh', ['-c', shell]] : [release.node, [openclaw, ...(args ?? [])]];
  // Its own process group, so that stopping it stops whatever it spawned too.
  const child = spawn(file, argv, { cwd: HOME, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout!.on('data', (b: Buffer) => output.push(b));
  child.stderr!.on('data', (b: Buffer) => (stdoutOnly ? stderr : output).push(b));
  const done = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.on('error', (error) => {
      output.push(Buffer.from(`[lab] could not start: ${error.message}\n`));
      resolve({ code: null, signal: null });
    });
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  const running: Running & { stderr: Buffer[] } = { child, output, done, started: Date.now(), stderr };
  return running;
}

async function stop(r: Running): Promise<void> {
  const pid = r.child.pid;
  if (pid === undefined || r.child.exitCode !== null || r.child.signalCode !== null) return;
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), 5000);
  await r.done;
  clearTimeout(timer);
  kill('SIGKILL');
}

const text = (chunks: Buffer[]) => Buffer.concat(chunks);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitReady(r: Running, ready: string | undefined, seconds: number): Promise<void> {
  if (!ready) return sleep(1000);
  const re = new RegExp(ready);
  const deadline = Date.now() + seconds * 1000;
  let exited = false;
  void r.done.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    // Colour codes sit between words of the banner; test the text without them.
    if (
      re.test(
        text(r.output)
          .toString('utf8')
          .replace(/\u001b\[[0-9;]*m/g, ''),
      )
    )
      return;
    await sleep(250);
  }
}

function setUpHome(scenario: Scenario): void {
  mkdirSync(join(HOME, '.openclaw'), { recursive: true });
  if (scenario.config !== undefined)
    writeFileSync(join(HOME, '.openclaw', 'openclaw.json'), JSON.stringify(fill(scenario.config), null, 2) + '\n');
  for (const [path, content] of Object.entries(fill(scenario.files))) {
    const target = join(HOME, path);
    mkdirSync(dirname(target), { recursive: true });
    if (content.startsWith('->')) symlinkSync(content.slice(2).trim(), target);
    else writeFileSync(target, content);
  }
}

function readFileLog(): Buffer {
  let files: string[] = [];
  try {
    files = readdirSync(FILE_LOG_DIR)
      .filter((f) => f.endsWith('.log'))
      .sort();
  } catch {
    // no file log written
  }
  return Buffer.concat(files.map((f) => readFileSync(join(FILE_LOG_DIR, f))));
}

async function browse(step: Step): Promise<{ body: Buffer; code: number | null }> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    ...(plan.chromium ? { executablePath: plan.chromium } : {}),
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--no-sandbox',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(fill(step.url!), { timeout: step.timeout * 1000 });
    if (step.waitFor)
      await page
        .getByText(new RegExp(fill(step.waitFor)))
        .first()
        .waitFor({ timeout: step.timeout * 1000 })
        .catch(() => undefined);
    else await sleep(8000);
    // What a reader sees and copies: the rendered text of the page.
    const body = await page.evaluate(() => document.body.innerText);
    return { body: Buffer.from(body.endsWith('\n') ? body : body + '\n'), code: 0 };
  } finally {
    await browser.close();
  }
}

/**
 * `openclaw-triage collect` as a user runs it on the gateway host: the packed CLI on the release's own
 * Node, with the release's `openclaw` bin first on PATH, in the scenario's HOME. The JSON on stdout is
 * the capture, the bundle goes to `<name>/` beside it, and the progress lines (stderr) to the manifest,
 * with the run's folder written as `<capture>`.
 */
async function collectStep(
  step: Step,
  write: (name: string, body: Buffer, record: Omit<CaptureRecord, 'name' | 'file'>) => void,
): Promise<void> {
  if (!plan.triage) throw new Error('a collect step needs the packed CLI (plan.triage)');
  const release = releaseFor(step.release);
  const args = ['collect', '--format', 'json', '--lang', 'en', '--out', join(plan.outDir, step.name), ...(step.run ? fill(step.run) : [])];
  const env = baseEnv(step.env, release);
  env['PATH'] = `${join(release.dir, 'node_modules', '.bin')}:${env['PATH']}`;
  const started = Date.now();
  const child = spawn(release.node, [plan.triage, ...args], { cwd: HOME, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: Running & { stderr: Buffer[] } = {
    child,
    output: [],
    stderr: [],
    started,
    done: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout!.on('data', (b: Buffer) => run.output.push(b));
  child.stderr!.on('data', (b: Buffer) => run.stderr.push(b));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void stop(run);
  }, step.timeout * 1000);
  const result = await run.done;
  clearTimeout(timer);
  const shown = (text: string) => text.split(plan.outDir).join('<capture>');
  write(step.name, text(run.output), {
    command: shown(`openclaw-triage ${args.map(quote).join(' ')}`),
    exitCode: result.code,
    signal: result.signal,
    ...(timedOut ? { timedOut } : {}),
    durationMs: Date.now() - started,
    stderr: shown(text(run.stderr).toString('utf8')),
  });
}

async function main(): Promise<void> {
  const { scenario } = plan;
  mkdirSync(plan.outDir, { recursive: true });
  setUpHome(scenario);
  const captures: CaptureRecord[] = [];
  const write = (name: string, body: Buffer, record: Omit<CaptureRecord, 'name' | 'file'>) => {
    const file = `${name}.txt`;
    writeFileSync(join(plan.outDir, file), body);
    captures.push({ name, file, ...record });
  };

  const background: Array<{ spec: Background; run: Running; command: string }> = [];
  try {
    for (const spec of scenario.background) {
      const release = releaseFor(spec.release);
      const args = spec.run ? fill(spec.run) : undefined;
      const run = start(args, spec.shell === undefined ? undefined : fill(spec.shell), baseEnv(spec.env, release), release);
      background.push({ spec, run, command: args ? `openclaw ${args.map(quote).join(' ')}` : fill(spec.shell!) });
      await waitReady(run, spec.ready === undefined ? undefined : fill(spec.ready), spec.readyTimeout);
    }

    for (const step of scenario.steps) {
      if (!inRange(plan.release.release, step)) continue;
      if (step.delay > 0) await sleep(step.delay * 1000);
      const started = Date.now();
      if (step.source === 'file-log') {
        await sleep(500);
        write(step.name, readFileLog(), { command: `cat /tmp/openclaw/openclaw-$(date +%F).log`, exitCode: 0, durationMs: 0 });
        continue;
      }
      if (step.source === 'collect') {
        await collectStep(step, write);
        continue;
      }
      if (step.source === 'browser') {
        const { body, code } = await browse(step).catch((error: Error) => ({
          body: Buffer.from(`[lab] browser failed: ${error.message}\n`),
          code: 1,
        }));
        write(step.name, body, { command: `chromium ${fill(step.url!)}`, exitCode: code, durationMs: Date.now() - started });
        continue;
      }
      const release = releaseFor(step.release);
      const args = step.run ? fill(step.run) : undefined;
      let run: Running | undefined;
      let result = { code: null as number | null, signal: null as string | null };
      let timedOut = false;
      for (let i = 0; i < step.repeat; i++) {
        run = start(args, step.shell === undefined ? undefined : fill(step.shell), baseEnv(step.env, release), release, step.stdoutOnly);
        const timer = setTimeout(() => {
          timedOut = true;
          void stop(run!);
        }, step.timeout * 1000);
        result = await run.done;
        clearTimeout(timer);
      }
      const shouldCapture = step.capture ?? step.shell === undefined;
      if (!shouldCapture) continue;
      const stderr = text((run as Running & { stderr: Buffer[] }).stderr).toString('utf8');
      write(step.name, text(run!.output), {
        command: args ? `openclaw ${args.map(quote).join(' ')}` : fill(step.shell!),
        exitCode: result.code,
        signal: result.signal,
        ...(timedOut ? { timedOut } : {}),
        durationMs: Date.now() - run!.started,
        ...(step.stdoutOnly && stderr ? { stderr } : {}),
      });
    }
  } finally {
    for (const { spec, run, command } of background.reverse()) {
      const exited = run.child.exitCode !== null;
      await stop(run);
      const result = await run.done;
      write(spec.name, text(run.output), {
        command,
        exitCode: exited ? result.code : null,
        signal: exited ? result.signal : null,
        durationMs: Date.now() - run.started,
      });
    }
  }
  captures.sort((a, b) => a.name.localeCompare(b.name));
  const manifest: CaptureManifest = {
    release: plan.release.release,
    scenario: plan.scenarioId,
    date: new Date().toISOString(),
    node: plan.release.nodeVersion,
    captures,
  };
  writeFileSync(join(plan.outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

await main();
