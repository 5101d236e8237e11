/**
 * Runs one `openclaw` command for collect: found on PATH, in its own process group (so that a timeout
 * stops whatever it started too), standard input closed (a prompt must not wait for an answer), stdout
 * and stderr read together in the order they arrive, as a terminal would show them.
 *
 * The gateway's credentials stay where OpenClaw reads them, in the environment, and never reach a
 * command line (other users of the host can read those in `ps`). That is also why `--url` is passed on
 * as OpenClaw's own `OPENCLAW_GATEWAY_URL` and not as `--url`: OpenClaw documents that an explicit
 * `--url` "never reuses implicit config/env credentials", while the environment URL "may use env
 * credentials only" (`OPENCLAW_GATEWAY_TOKEN` / `OPENCLAW_GATEWAY_PASSWORD`, docs/gateway/remote.md of
 * 2026.4.9 and 2026.9.6). It also reaches `status` and `channels status`, which have no `--url`.
 */
import { spawn } from 'node:child_process';

/** The variables OpenClaw reads the gateway's shared secret from (docs/gateway/remote.md). */
export const SECRET_VARIABLES = ['OPENCLAW_GATEWAY_TOKEN', 'OPENCLAW_GATEWAY_PASSWORD'] as const;
/** Read by OpenClaw too (its dotenv allow-list), though undocumented: masked all the same. */
const OTHER_SECRET_VARIABLES = ['OPENCLAW_GATEWAY_SECRET'];
export const URL_VARIABLE = 'OPENCLAW_GATEWAY_URL';

/** Output kept per command; `logs --limit 200` and `status --all` print a few kilobytes. */
const MAX_OUTPUT = 16 << 20;
/** After SIGTERM, how long a stopped command gets before SIGKILL. */
const KILL_GRACE_MS = 2000;
/** After the command exits, how long to wait for a grandchild that still holds its output pipes. */
const PIPE_GRACE_MS = 500;

export interface CommandRun {
  /** The arguments after `openclaw`. */
  args: readonly string[];
  /** stdout and stderr, interleaved in arrival order (capped at MAX_OUTPUT). */
  output: Buffer;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  /** `openclaw` is not on PATH (or not executable). */
  notFound: boolean;
  /** Why it could not be started, when it could not (the system's message). */
  startError?: string | undefined;
}

/** The environment of every command: the caller's, plus the gateway URL when `--url` gave one. */
export function commandEnv(env: NodeJS.ProcessEnv, url: string | undefined): NodeJS.ProcessEnv {
  return url === undefined ? { ...env } : { ...env, [URL_VARIABLE]: url };
}

/** The names of the secret variables that are set (to say they were passed on, never their values). */
export function secretsPassed(env: NodeJS.ProcessEnv): string[] {
  return SECRET_VARIABLES.filter((name) => (env[name] ?? '') !== '');
}

/** The values never to print: every secret variable that is set, at least 4 characters long. */
export function secretValues(env: NodeJS.ProcessEnv): string[] {
  return [...SECRET_VARIABLES, ...OTHER_SECRET_VARIABLES].map((name) => env[name] ?? '').filter((v) => v.length >= 4);
}

/** Replaces every secret value in `text` by the engine's mask, also in its JSON-escaped form. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)])) out = out.split(form).join('‹redacted›');
  }
  return out;
}

const running = new Set<number>();

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Stops every command still running (Ctrl-C on collect: they are in their own process groups). */
export function stopAllCommands(): void {
  for (const pid of running) killGroup(pid, 'SIGKILL');
  running.clear();
}

export function runOpenclaw(
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; timeoutMs: number; executable?: string },
): Promise<CommandRun> {
  const started = performance.now();
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise((resolve) => {
    const child = spawn(options.executable ?? 'openclaw', args, {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    let timedOut = false;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const keep = (b: Buffer) => {
      if (size >= MAX_OUTPUT) return;
      chunks.push(size + b.length > MAX_OUTPUT ? b.subarray(0, MAX_OUTPUT - size) : b);
      size += b.length;
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null, startError?: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      if (child.pid !== undefined) {
        // Whatever it left behind in its group goes too: collect leaves nothing running.
        killGroup(child.pid, 'SIGKILL');
        running.delete(child.pid);
      }
      child.stdout.destroy();
      child.stderr.destroy();
      const notFound = startError !== undefined && (startError.code === 'ENOENT' || startError.code === 'EACCES');
      resolve({
        args,
        output: Buffer.concat(chunks),
        exitCode,
        signal,
        timedOut,
        durationMs: performance.now() - started,
        notFound,
        startError: startError?.message,
      });
    };
    child.on('error', (error: NodeJS.ErrnoException) => finish(null, null, error));
    if (child.pid === undefined) return;
    running.add(child.pid);
    const pid = child.pid;
    // setTimeout fires at once beyond 2^31 - 1 ms (about 24 days): a larger --timeout is capped there.
    timers.push(
      setTimeout(
        () => {
          timedOut = true;
          killGroup(pid, 'SIGTERM');
          timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_GRACE_MS));
        },
        Math.min(options.timeoutMs, 2 ** 31 - 1),
      ),
    );
    child.on('exit', (code, signal) => {
      // 'close' waits for the pipes, which a daemon it started may keep open: give them a moment only.
      const grace = setTimeout(() => finish(code, signal), PIPE_GRACE_MS);
      timers.push(grace);
      child.on('close', () => finish(code, signal));
    });
  });
}
