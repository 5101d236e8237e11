/**
 * `openclaw-triage collect`: runs the handbook's command ladder itself, on the gateway host, read-only,
 * and reads what each command printed with the same engine as `scan` (one report per command).
 *
 *   1. `openclaw --version`: which release answers (and whether `openclaw` is on PATH at all);
 *   2. `openclaw <command> --help` for each rung: which read-only form this release offers
 *      (collect-forms.ts; a rung with none is not run, and says why);
 *   3. each rung's command in ladder order, each with the `--timeout` limit (a hang stops that command,
 *      not the others), one progress line per command on stderr;
 *   4. the diagnosis across all outputs and the checklist (engine/ladder.ts), in the chosen format, and
 *      the redacted bundle with `--out`.
 *
 * Exit codes as for scan: 1 when a finding reaches `--fail-on`, else 0; 2 when nothing could be run
 * (no `openclaw` on PATH) or the bundle could not be written. A command that hangs or is missing from
 * the release is reported in the checklist, not as a failure of collect.
 */
import { buildLadder, createAnalyzer, LADDER } from '../engine/index.ts';
import { writeBundle } from './collect-bundle.ts';
import { chooseForm, parseHelp, parseVersion, RUNG_COMMANDS } from './collect-forms.ts';
import { reasonText, type Collection, type CollectedCommand } from './collect-model.ts';
import { renderCollection } from './collect-render.ts';
import { commandEnv, maskSecrets, runOpenclaw, secretsPassed, secretValues, stopAllCommands, URL_VARIABLE } from './collect-run.ts';
import { TOOL_NAME, type Context } from './context.ts';
import { redact } from '../engine/redact.ts';
import { exitCodeFor } from './scan.ts';

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const decoder = () => new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** The command line as shown: `openclaw --profile work status --all` (arguments never hold a secret). */
export function commandLine(args: readonly string[]): string {
  return ['openclaw', ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** Progress on stderr: one line per command; on a terminal the line is shown while the command runs. */
function createProgress(ctx: Context, secrets: readonly string[]) {
  const tty = process.stderr.isTTY === true;
  const line = (text: string) => ctx.err(`${ctx.style.dim(`${TOOL_NAME} collect:`)} ${maskSecrets(text, secrets)}\n`);
  return {
    line,
    start(text: string) {
      if (tty) ctx.err(`${ctx.style.dim(`${TOOL_NAME} collect:`)} ${maskSecrets(text, secrets)} …`);
    },
    done(text: string) {
      if (tty) ctx.err('\r\u001b[2K');
      line(text);
    },
  };
}

export async function collect(ctx: Context): Promise<number> {
  const { timeoutSeconds, profile, url, out } = ctx.options.collect;
  const env = commandEnv(process.env, url);
  const secrets = secretValues(env);
  const timeoutMs = timeoutSeconds * 1000;
  const progress = createProgress(ctx, secrets);
  const onInterrupt = () => {
    stopAllCommands();
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  try {
    const version = await runOpenclaw(['--version'], { env, timeoutMs });
    if (version.notFound || version.startError) {
      ctx.err(
        `${TOOL_NAME}: ${version.notFound ? ctx.t('cli.collect.notOnPath') : ctx.t('cli.collect.notStartable', { message: version.startError ?? '' })}\n`,
      );
      return 2;
    }
    const openclawVersion = parseVersion(decoder().decode(version.output));
    if (openclawVersion)
      progress.line(ctx.t('cli.collect.progress.version', { version: openclawVersion, seconds: seconds(version.durationMs) }));
    else
      progress.line(
        ctx.t('cli.collect.progress.versionUnknown', {
          detail: version.timedOut
            ? ctx.t('cli.collect.reason.timeout', { seconds: timeoutSeconds })
            : `exit ${version.exitCode ?? version.signal}`,
        }),
      );
    if (url) progress.line(ctx.t('cli.collect.progress.url', { url: redact(url), variable: URL_VARIABLE }));
    const passed = secretsPassed(env);
    if (passed.length > 0) progress.line(ctx.t('cli.collect.progress.secrets', { names: passed.join(', ') }));

    // Every rung's --help at once: they only print text, and waiting for each in turn doubles the wait.
    const helpStarted = performance.now();
    const helps = await Promise.all(
      RUNG_COMMANDS.map(async (rc) => {
        const r = await runOpenclaw([...rc.words, '--help'], { env, timeoutMs });
        // A release without the command prints its root help (exit 0) or an error: either way no Usage
        // line of this command, which parseHelp reads as "not in this release".
        return r.timedOut || r.output.length === 0 ? undefined : parseHelp(decoder().decode(r.output), rc.words);
      }),
    );
    progress.line(ctx.t('cli.collect.progress.help', { count: RUNG_COMMANDS.length, seconds: seconds(performance.now() - helpStarted) }));

    const global = profile ? ['--profile', profile] : [];
    const commands: CollectedCommand[] = [];
    for (const [i, rc] of RUNG_COMMANDS.entries()) {
      const command: CollectedCommand = { rung: rc.rung, command: LADDER[rc.rung]!.command };
      commands.push(command);
      const n = `[${i + 1}/${RUNG_COMMANDS.length}]`;
      const form = chooseForm(rc, helps[i]);
      if (!Array.isArray(form)) {
        command.skip = form.skip;
        progress.line(
          ctx.t('cli.collect.progress.skipped', {
            n,
            command: command.command,
            reason: reasonText(ctx, form.skip, command, timeoutSeconds),
          }),
        );
        continue;
      }
      const args = [...global, ...form];
      command.line = commandLine(args);
      progress.start(`${n} ${command.line}`);
      const run = await runOpenclaw(args, { env, timeoutMs });
      command.run = run;
      command.text = decoder().decode(run.output);
      const analyzer = createAnalyzer(ctx.compiled, { redact: ctx.options.redact });
      analyzer.push(command.text);
      command.result = { name: command.line, report: analyzer.end() };
      const params = { n, command: command.line, seconds: seconds(run.durationMs), code: String(run.exitCode), signal: String(run.signal) };
      if (run.timedOut) progress.done(ctx.t('cli.collect.progress.timedOut', { ...params, seconds: timeoutSeconds }));
      else if (run.exitCode === null) progress.done(ctx.t('cli.collect.progress.signal', params));
      else progress.done(ctx.t('cli.collect.progress.ran', params));
    }

    const ran = commands.filter((c) => c.result);
    const catalog = ctx.catalog;
    const ladder = buildLadder(
      ran.map((c) => c.result!.report!),
      (id) => catalog.byId.get(id)?.commands ?? [],
      LADDER,
      // Every rung was dealt with: run, or not run for a reason. None is "the next one to run".
      { rungOf: ran.map((c) => c.rung), ran: commands.map((c) => c.command) },
    );
    const collection: Collection = { openclawVersion, commands, results: ran.map((c) => c.result!), ladder, secrets, timeoutSeconds };
    ctx.out(maskSecrets(renderCollection(collection, ctx), secrets));

    if (out !== undefined) {
      try {
        const written = writeBundle(out, collection, ctx);
        progress.line(ctx.t('cli.collect.progress.bundle', { dir: written.dir, files: written.files.length }));
      } catch (error) {
        ctx.err(`${TOOL_NAME}: ${ctx.t('cli.collect.bundleFailed', { dir: out, message: (error as Error).message })}\n`);
        return 2;
      }
    }
    return exitCodeFor(collection.results, ctx.options.failOn);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
  }
}
