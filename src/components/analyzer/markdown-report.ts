/** "Copy report": a redacted Markdown summary of the findings, in the page's language. */
import { redact } from '../../engine/redact.ts';
import type { LocalizedCatalog } from '../../catalog/artifact.ts';
import type { Ladder } from '../../engine/ladder.ts';
import type { HandbookLinks } from './links.ts';
import type { ReportView } from './report-view.ts';
import type { Translate } from './translate.ts';

/** Inline code that survives backticks inside the text. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\s+/g, ' ')}${pad}${fence}`;
}

/** The command checklist after the findings: ids and commands from the catalog, nothing of the paste. */
function checklist(ladder: Ladder, catalog: LocalizedCatalog, t: Translate): string[] {
  const titles = (ids: string[]) => ids.map((id) => `${catalog.byId.get(id)?.title ?? id} (${code(id)})`).join(', ');
  const out = [`## ${t('analyzer.ladder.title')}`, ''];
  for (const s of ladder.steps) {
    const box = s.status === 'missing' ? '[ ]' : '[x]';
    out.push(`- ${box} ${code(s.command)}: ${t(`analyzer.ladder.status.${s.status}`)}`);
    if (s.findings.length) out.push(`  - ${t('analyzer.ladder.found')}: ${titles(s.findings)}`);
    if (s.signals.length) out.push(`  - ${t('analyzer.ladder.signals')}: ${titles(s.signals)}`);
  }
  out.push('');
  if (ladder.next) {
    out.push(t('analyzer.ladder.next'), '', '```sh', ladder.next.command, '```');
    if (ladder.next.because) out.push('', `${t('analyzer.ladder.because')} ${titles([ladder.next.because])}`);
  } else out.push(t('analyzer.ladder.complete'));
  return out;
}

export function markdownReport(options: {
  view: Pick<ReportView, 'findings' | 'kinds' | 'lines' | 'version' | 'ladder'>;
  catalog: LocalizedCatalog;
  t: Translate;
  /** The site's origin: links in a copied report are absolute. */
  origin: string;
  links: Pick<HandbookLinks, 'signature' | 'section'>;
}): string {
  const { view, catalog, t, origin, links } = options;
  const { findings, kinds, lines, version } = view;
  const out = [`# ${t('analyzer.report.title')}`, ''];
  out.push(
    `- ${t('analyzer.report.input')}: ${kinds.map((k) => t(`analyzer.kind.${k}`)).join(', ') || '—'} (${t('analyzer.lines', { count: lines })})`,
  );
  if (version) out.push(`- ${t('analyzer.report.version')}: ${version}`);
  out.push(`- ${t('analyzer.report.count', { count: findings.length })}`, '');
  findings.forEach((f, i) => {
    const entry = catalog.byId.get(f.id);
    const lines =
      f.count > 1 ? t('analyzer.linesRange', { line: f.line, last: f.lastLine, count: f.count }) : t('analyzer.line', { line: f.line });
    const where = f.paste ? t('analyzer.ladder.pasteLine', { paste: f.paste, lines }) : lines;
    out.push(`## ${i + 1}. ${entry?.title ?? f.id}`, '');
    out.push(`- ${t(`severity.${f.severity}`)} · ${code(f.id)} · ${where}`);
    out.push(`- ${t('analyzer.matched')}: ${code(redact(f.match))}`);
    if (f.excerpt) out.push(`- ${t('analyzer.report.line')}: ${code(redact(f.excerpt))}`);
    if (entry) {
      out.push('', entry.meaning, '');
      for (const [n, step] of entry.fix.entries()) out.push(`${n + 1}. ${step}`);
      if (entry.commands.length) out.push('', '```sh', ...entry.commands, '```');
    }
    const section = links.section(f.section);
    out.push('', `${t('analyzer.signaturePage')}: ${origin}${links.signature(f.id)}`);
    if (section) out.push(`${t('analyzer.sectionPage')}: ${origin}${section.href}`);
    out.push('');
  });
  if (view.ladder) out.push(...checklist(view.ladder, catalog, t), '');
  out.push(`_${t('analyzer.report.footer')}_`);
  return out.join('\n');
}
