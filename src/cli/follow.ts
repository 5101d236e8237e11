/**
 * `--follow`: for `openclaw logs --follow | openclaw-triage --follow`. Standard input is read as it
 * arrives; each signature is annotated the moment its line is read (with a running count), and the
 * full summary is printed at end of input or on Ctrl-C (SIGINT/SIGTERM).
 * With `--format json|sarif` nothing is printed until the end: the document is one JSON value.
 */
import type { Occurrence, Report } from '../engine/index.ts';
import type { Context } from './context.ts';
import { severityLabel } from './format-text.ts';
import { renderResults } from './render.ts';
import { exitCodeFor, scanInput, type InputResult } from './scan.ts';
import { STDIN_NAME } from './read-input.ts';

export function annotation(ctx: Context, o: Occurrence): string {
  const { style } = ctx;
  const entry = ctx.entry(o.id);
  const severity = entry?.severity ?? 'info';
  const head = `${style.dim(ctx.t('cli.text.lineN', { line: o.line }))}  ${style.severity(severity, severityLabel(ctx, severity))}  ${style.bold(ctx.title(o.id))} ${style.dim(`[${o.id}]`)}`;
  if (o.count > 1) return `${head} ${style.dim(`×${o.count}`)}\n`;
  return `${head}\n    ${style.dim('│')} ${o.excerpt}\n    ${style.dim('→')} ${style.cyan(ctx.url(o.id))}\n`;
}

/** Runs until end of input or a signal; resolves with the exit code. */
export async function follow(ctx: Context): Promise<number> {
  const text = ctx.options.format === 'text';
  let end: (() => Report) | undefined;
  let finished = false;

  const finish = (result: InputResult): number => {
    finished = true;
    const results = [result];
    if (text) ctx.out(`\n${ctx.style.dim(ctx.t('cli.follow.summary'))}\n`);
    ctx.out(renderResults(results, ctx));
    return exitCodeFor(results, ctx.options.failOn);
  };

  return new Promise<number>((resolve, reject) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (finished) return;
      process.stdin.pause();
      const code = finish({ name: STDIN_NAME, report: end!() });
      process.exitCode = code;
      // A second signal while the summary drains still ends the process.
      process.once(signal, () => process.exit(code));
      resolve(code);
      // stdin may hold the event loop open (a terminal, an endless producer): leave once stdout is flushed.
      process.stdout.write('', () => process.exit(code));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    if (text) ctx.out(ctx.style.dim(`${ctx.t('cli.follow.start')}\n`));
    scanInput('-', ctx, {
      onAnalyzer: (e) => (end = e),
      onOccurrence: text ? (o) => ctx.out(annotation(ctx, o)) : undefined,
    }).then((result) => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      if (!finished) resolve(finish(result));
    }, reject);
  });
}
