/** `openclaw-triage list [--section S]`: the catalog, one signature per line (id, severity, section, title). */
import { UsageError } from './args.ts';
import type { Context } from './context.ts';
import { severityLabel } from './format-text.ts';

export function list(ctx: Context): number {
  const { section } = ctx.options;
  if (section !== undefined && !ctx.catalog.sections.some((s) => s.id === section)) {
    throw new UsageError('cli.list.unknownSection', { section, sections: ctx.catalog.sections.map((s) => s.id).join(', ') });
  }
  const entries = ctx.catalog.entries.filter((e) => section === undefined || e.section === section);
  if (ctx.options.format !== 'text') {
    const rows = entries.map((e) => ({
      id: e.id,
      severity: e.severity,
      section: e.section,
      title: e.title,
      codes: e.match.codes,
      url: ctx.url(e.id),
    }));
    ctx.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const idWidth = Math.max(...entries.map((e) => e.id.length), 2);
  const sectionWidth = Math.max(...entries.map((e) => e.section.length), 7);
  const sevWidth = Math.max(...(['error', 'warning', 'info'] as const).map((s) => severityLabel(ctx, s).length));
  const { style } = ctx;
  const lines = entries.map((e) => {
    const sev = severityLabel(ctx, e.severity);
    return `${e.id.padEnd(idWidth)}  ${style.severity(e.severity, sev)}${' '.repeat(sevWidth - sev.length)}  ${e.section.padEnd(sectionWidth)}  ${e.title}${e.retired ? style.dim(` (${ctx.t('cli.explain.retired')})`) : ''}`;
  });
  lines.push(style.dim(ctx.t('cli.list.count', { count: entries.length })));
  ctx.out(`${lines.join('\n')}\n`);
  return 0;
}
