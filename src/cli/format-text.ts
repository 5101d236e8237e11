/**
 * Human output: per input a header (size, kinds, detected OpenClaw version, what was skipped), then the
 * findings in rank order with severity, title, line, matched text, meaning and fix in the chosen
 * language, a summary line and a footer of links to the signature pages (ranked, de-duplicated, capped).
 */
import type { Finding } from '../engine/index.ts';
import { inRange } from '../engine/index.ts';
import type { Context } from './context.ts';
import { rankAcross, type InputResult } from './scan.ts';

/** How many signature links the footer shows (like ShellCheck's "For more information"). */
export const FOOTER_LINKS = 5;

/** A label such as `Fix:` / `修复：` followed by its value: a space after an ASCII colon, none after a full-width one. */
export function labelled(label: string, value: string): string {
  return label.endsWith('：') ? `${label}${value}` : `${label} ${value}`;
}

export function severityLabel(ctx: Context, severity: Finding['severity']): string {
  return ctx.t(`severity.${severity}`);
}

/** The excerpt with the matched text emphasised (colour) — or as is. */
function excerptLine(ctx: Context, f: Finding): string {
  const { style } = ctx;
  if (!style.enabled || f.matchIndex < 0) return f.excerpt;
  const end = f.matchIndex + f.match.length;
  return f.excerpt.slice(0, f.matchIndex) + style.bold(style.underline(f.excerpt.slice(f.matchIndex, end))) + f.excerpt.slice(end);
}

function headerFor(ctx: Context, r: InputResult): string[] {
  const { style } = ctx;
  if (r.error) return [`${style.bold(r.name)}: ${style.red(ctx.t(r.error.key))} (${r.error.detail})`];
  const report = r.report!;
  const kinds = report.inputKinds.length > 0 ? report.inputKinds.join(', ') : ctx.t('cli.text.empty');
  const lines = [`${style.bold(r.name)}: ${ctx.t('cli.text.inputSummary', { lines: report.lines, kinds })}`];
  if (report.version) lines.push(`  ${ctx.t('cli.version.detected', { version: report.version.value, line: report.version.line })}`);
  for (const s of report.skipped) {
    const where =
      s.startLine === s.endLine
        ? ctx.t('cli.text.lineN', { line: s.startLine })
        : ctx.t('cli.text.linesN', { start: s.startLine, end: s.endLine });
    lines.push(
      `  ${style.yellow(ctx.t('cli.skip.label'))} ${where}: ${ctx.t(`cli.skip.${s.reason}`)}${s.detail ? style.dim(` (${s.detail})`) : ''}`,
    );
  }
  return lines;
}

export function findingBlock(ctx: Context, f: Finding, where: string, openclawVersion: string | undefined): string[] {
  const { style } = ctx;
  const entry = ctx.entry(f.id);
  const pad = '    ';
  const lines = [
    `${style.severity(f.severity, severityLabel(ctx, f.severity))}  ${where}  ${style.bold(ctx.title(f.id))} ${style.dim(`[${f.id}]`)}`,
  ];
  if (f.excerpt.trim()) lines.push(`${pad}${style.dim('│')} ${excerptLine(ctx, f)}`);
  lines.push(`${pad}${labelled(ctx.t('cli.text.match'), style.bold(`"${f.match}"`))}`);
  if (f.count > 1) lines.push(`${pad}${style.dim(ctx.t('cli.text.count', { count: f.count, last: f.lastLine }))}`);
  if (f.conclusion && f.evidence?.length) lines.push(`${pad}${ctx.t('cli.text.evidence', { lines: f.evidence.join(', ') })}`);
  if (entry) {
    lines.push(`${pad}${labelled(style.bold(ctx.t('cli.text.meaning')), entry.meaning.trim())}`);
    lines.push(`${pad}${style.bold(ctx.t('cli.text.fix'))}`);
    for (const [i, step] of entry.fix.entries()) lines.push(`${pad}  ${i + 1}. ${step.trim()}`);
    if (openclawVersion) {
      for (const a of entry.versionAdvice) {
        if (inRange(openclawVersion, a))
          lines.push(`${pad}${labelled(ctx.t('cli.text.versionAdvice', { version: openclawVersion }), a.advice.trim())}`);
      }
    }
  }
  return lines;
}

export function footerLinks(ctx: Context, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const shown = unique.slice(0, FOOTER_LINKS);
  const lines = [ctx.style.bold(ctx.t('cli.text.moreInfo'))];
  for (const id of shown) lines.push(`  ${ctx.style.cyan(ctx.url(id))}  ${ctx.title(id)}`);
  if (unique.length > shown.length) lines.push(`  ${ctx.style.dim(ctx.t('cli.text.moreLinks', { count: unique.length - shown.length }))}`);
  return lines;
}

export function summaryLine(ctx: Context, results: readonly InputResult[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  let lines = 0;
  for (const r of results) {
    lines += r.report?.lines ?? 0;
    for (const f of r.report?.findings ?? []) counts[f.severity]++;
  }
  const total = counts.error + counts.warning + counts.info;
  const text =
    total === 0
      ? ctx.t('cli.text.noFindings', { inputs: results.length, lines })
      : ctx.t('cli.text.summary', { ...counts, inputs: results.length, lines });
  return ctx.style.bold(total === 0 ? ctx.style.green(text) : text);
}

/** "Not in the catalog yet": each problem-looking line no signature explains, with the nearest entries and a search link. */
export function unrecognizedBlock(ctx: Context, results: readonly InputResult[]): string[] {
  const { style } = ctx;
  const several = results.length > 1;
  const out: string[] = [];
  for (const r of results) {
    for (const u of r.report?.unrecognized ?? []) {
      const where = several ? `${r.name}:${u.line}` : ctx.t('cli.text.lineN', { line: u.line });
      out.push('', `${style.severity('info', severityLabel(ctx, 'info'))}  ${where}  ${style.bold(ctx.t('cli.unrecognized.title'))}`);
      out.push(`    ${style.dim('│')} ${u.excerpt}`);
      if (u.count > 1) out.push(`    ${style.dim(ctx.t('cli.text.count', { count: u.count, last: u.lastLine }))}`);
      if (u.nearest.length > 0) {
        out.push(`    ${ctx.t('cli.unrecognized.nearest')}`);
        for (const id of u.nearest) out.push(`      ${ctx.title(id)} ${style.dim(`[${id}]`)}  ${style.cyan(ctx.url(id))}`);
      }
      out.push(`    ${labelled(ctx.t('cli.unrecognized.search'), style.cyan(ctx.shapeSearchUrl(u.shape)))}`);
    }
  }
  return out;
}

export function formatText(results: readonly InputResult[], ctx: Context): string {
  const out: string[] = [];
  for (const r of results) out.push(...headerFor(ctx, r));
  const ranked = rankAcross(results);
  const several = results.length > 1;
  for (const { input, inputIndex, finding } of ranked) {
    out.push('');
    const where = several ? `${input}:${finding.line}` : ctx.t('cli.text.lineN', { line: finding.line });
    out.push(...findingBlock(ctx, finding, where, results[inputIndex]?.report?.version?.value));
  }
  out.push(...unrecognizedBlock(ctx, results));
  out.push('', summaryLine(ctx, results));
  if (ranked.length === 0 && results.some((r) => r.report)) out.push(ctx.t('cli.text.noFindingsHint', { list: 'openclaw-triage list' }));
  const footer = footerLinks(
    ctx,
    ranked.map((r) => r.finding.id),
  );
  if (footer.length > 0) out.push('', ...footer);
  return `${out.join('\n')}\n`;
}
