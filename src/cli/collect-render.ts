/**
 * What collect prints: the diagnosis across every command's output exactly as `scan` prints it
 * (conclusions first), then the checklist of the command ladder and the next command; or, with
 * `--format json`, the CLI's JSON contract plus `ladder` and `next`.
 */
import type { LadderStatus, NextCommand } from '../engine/index.ts';
import { missingReason, reasonText, type Collection, type MissingReason } from './collect-model.ts';
import type { Context } from './context.ts';
import { toJson } from './format-json.ts';
import { formatText, labelled } from './format-text.ts';
import type { CliOutput } from './output-schema.ts';

export type LadderJson = NonNullable<CliOutput['ladder']>[number];

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** The checklist as data: one entry per rung, with how its command ran or why it did not. */
export function ladderJson(collection: Collection): LadderJson[] {
  return collection.ladder.steps.map((step, i) => {
    const c = collection.commands.find((x) => x.rung === i)!;
    const reason: MissingReason | undefined = missingReason(c, step.status);
    const entry: LadderJson = { command: step.command, status: step.status, findings: step.findings, signals: step.signals };
    if (c.run && c.line) {
      entry.run = { command: c.line, exitCode: c.run.exitCode, timedOut: c.run.timedOut, durationMs: Math.round(c.run.durationMs) };
      if (c.run.signal) entry.run.signal = c.run.signal;
    }
    if (reason) entry.reason = reason;
    return entry;
  });
}

export function nextJson(next: NextCommand | undefined): CliOutput['next'] {
  if (!next) return null;
  return next.because ? { command: next.command, because: next.because } : { command: next.command };
}

export function collectJson(collection: Collection, ctx: Context): CliOutput {
  const doc = toJson(collection.results, ctx);
  if (collection.openclawVersion) doc.openclaw = { version: collection.openclawVersion };
  doc.ladder = ladderJson(collection);
  doc.next = nextJson(collection.ladder.next);
  return doc;
}

/** Terminal columns of a text: CJK characters and full-width forms take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const c of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1;
  return width;
}

const MARK: Record<LadderStatus, string> = { healthy: '✓', problem: '✗', missing: '–' };

function statusLabel(ctx: Context, status: LadderStatus): string {
  const text = `${MARK[status]} ${ctx.t(`cli.collect.status.${status}`)}`;
  if (status === 'problem') return ctx.style.red(text);
  if (status === 'healthy') return ctx.style.green(text);
  return ctx.style.dim(text);
}

/** The next command and why: the fix of the most telling error, or nothing left to run. */
export function nextText(ctx: Context, next: NextCommand | undefined): string {
  if (!next) return ctx.t('cli.collect.nextNone');
  const command = labelled(ctx.style.bold(ctx.t('cli.collect.next')), ctx.style.cyan(next.command));
  return next.because
    ? `${command}  ${ctx.style.dim(ctx.t('cli.collect.nextBecause', { title: ctx.title(next.because), id: next.because }))}`
    : command;
}

export function checklistText(collection: Collection, ctx: Context): string[] {
  const { style } = ctx;
  const steps = ladderJson(collection);
  const labels = steps.map((s) => statusLabel(ctx, s.status));
  const width = Math.max(...steps.map((s) => displayWidth(`${MARK[s.status]} ${ctx.t(`cli.collect.status.${s.status}`)}`)));
  const commandWidth = Math.max(...steps.map((s) => s.command.length));
  const lines = [style.bold(ctx.t('cli.collect.checklist'))];
  steps.forEach((s, i) => {
    const c = collection.commands.find((x) => x.rung === i)!;
    const plainLabel = `${MARK[s.status]} ${ctx.t(`cli.collect.status.${s.status}`)}`;
    const pad = ' '.repeat(Math.max(0, width - displayWidth(plainLabel)));
    let how = '';
    if (s.run) {
      how = s.run.timedOut
        ? ctx.t('cli.collect.ranTimedOut', { command: s.run.command, seconds: collection.timeoutSeconds })
        : ctx.t('cli.collect.ran', {
            command: s.run.command,
            code: String(s.run.exitCode ?? s.run.signal),
            seconds: seconds(s.run.durationMs),
          });
    }
    lines.push(`  ${labels[i]}${pad}  ${s.command.padEnd(commandWidth)}  ${style.dim(how)}`.trimEnd());
    const indent = ' '.repeat(4 + width);
    if (s.reason && s.reason !== 'timeout')
      lines.push(`${indent}${labelled(ctx.t('cli.collect.why'), reasonText(ctx, s.reason, c, collection.timeoutSeconds))}`);
    if (s.findings.length > 0) lines.push(`${indent}${labelled(ctx.t('cli.collect.findings'), s.findings.join(', '))}`);
    if (s.signals.length > 0) lines.push(`${indent}${style.dim(labelled(ctx.t('cli.collect.signals'), s.signals.join(', ')))}`);
  });
  lines.push('', nextText(ctx, collection.ladder.next));
  return lines;
}

export function renderCollection(collection: Collection, ctx: Context): string {
  if (ctx.options.format === 'json') return `${JSON.stringify(collectJson(collection, ctx), null, 2)}\n`;
  return `${formatText(collection.results, ctx)}\n${checklistText(collection, ctx).join('\n')}\n`;
}
