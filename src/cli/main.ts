/**
 * openclaw-triage: the command-line face of the handbook's diagnosis engine.
 * A thin shell: arguments, input streaming, formatting and exit codes; every match comes from
 * src/engine with the same catalog as the web analyzer.
 *
 * From the repo: `npm run triage -- …` (this file, catalog read live). Packed: cli-dist/openclaw-triage.js,
 * built by scripts/build-cli.ts with the catalog embedded.
 *
 * Exit codes: 0 no finding at or above `--fail-on`; 1 such findings; 2 usage or I/O error.
 */
import { t } from '../i18n/index.ts';
import { defaultLocale, parseCommandLine, usageMessage, UsageError, type Options } from './args.ts';
import { collect } from './collect.ts';
import { CLI_PAGE, createContext, TOOL_NAME, type Context } from './context.ts';
import { loadCliData, type CliData } from './data.ts';
import { explain } from './explain.ts';
import { follow } from './follow.ts';
import { list } from './list.ts';
import { renderResults } from './render.ts';
import { exitCodeFor, scanAll } from './scan.ts';
import { createStyle, useColor } from './style.ts';

/** Writes to stdout; once the reader has gone (EPIPE, e.g. `| head -1`) output is dropped and we exit quietly. */
let stdoutClosed = false;
function out(text: string): void {
  if (!stdoutClosed) process.stdout.write(text);
}
function err(text: string): void {
  process.stderr.write(text);
}

function installPipeHandlers(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      stdoutClosed = true;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    }
    fatal(error);
  });
  process.stderr.on('error', () => {});
}

function fatal(error: unknown): never {
  // Last resort: one line, no stack trace (set OPENCLAW_TRIAGE_DEBUG=1 for it).
  const lang = defaultLocale(process.env);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  try {
    process.stderr.write(`${TOOL_NAME}: ${t(lang, 'cli.error.internal', { message: message ?? '' })}\n`);
    if (process.env['OPENCLAW_TRIAGE_DEBUG']) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  } catch {
    /* stderr gone too */
  }
  process.exit(2);
}

async function scan(ctx: Context): Promise<number> {
  if (ctx.options.follow) return follow(ctx);
  const operands = ctx.options.operands;
  if ((operands.length === 0 || operands.includes('-')) && process.stdin.isTTY) err(`${ctx.style.dim(ctx.t('cli.io.stdinTty'))}\n`);
  const results = await scanAll(operands, ctx);
  results.forEach((r, i) => {
    if (operands[i] !== undefined && operands[i] !== '-') r.name = operands[i]!;
  });
  for (const r of results) if (r.error) err(`${TOOL_NAME}: ${r.name}: ${ctx.t(r.error.key)} (${r.error.detail})\n`);
  ctx.out(renderResults(results, ctx));
  return exitCodeFor(results, ctx.options.failOn);
}

export async function main(argv: readonly string[], data: () => CliData): Promise<number> {
  let options: Options;
  try {
    options = parseCommandLine(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`${usageMessage(error, defaultLocale(process.env))}\n`);
    return 2;
  }
  const style = createStyle(useColor(options.color, process.env, process.stdout.isTTY === true));
  const ctx = createContext(options, data(), style, { out, err });
  try {
    switch (options.command) {
      case 'help': {
        const collectHelp = ctx.t('cli.help.collect', { name: TOOL_NAME });
        ctx.out(
          options.operands[0] === 'collect'
            ? `${collectHelp}\n`
            : `${ctx.t('cli.help', { name: TOOL_NAME, docs: ctx.pageUrl(CLI_PAGE) })}\n\n${collectHelp}\n`,
        );
        return 0;
      }
      case 'version':
        ctx.out(`${TOOL_NAME} ${ctx.data.toolVersion} (${ctx.t('cli.version.catalog', { count: ctx.catalog.entries.length })})\n`);
        return 0;
      case 'explain':
        return explain(ctx);
      case 'list':
        return list(ctx);
      case 'collect':
        return await collect(ctx);
      default:
        return await scan(ctx);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`${usageMessage(error, ctx.lang, false)}\n`);
    return 2;
  }
}

/** Entry point for both the repo script and the bundle. */
export function run(): void {
  installPipeHandlers();
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  main(process.argv.slice(2), loadCliData).then((code) => {
    process.exitCode = code;
  }, fatal);
}

run();
