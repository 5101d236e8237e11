/**
 * `report.md` of collect's bundle: ready to paste into an issue. The diagnosis (conclusions first), the
 * checklist with the next command, each command with its exit code, duration and output, and links to
 * the handbook, in the CLI's language. Every text in it has been redacted (collect-bundle.ts passes
 * the redacted outputs; findings are redacted again here, whatever `--no-redact` said for the terminal).
 */
import { redact } from '../engine/redact.ts';
import { missingReason, reasonText, type Collection } from './collect-model.ts';
import { ladderJson } from './collect-render.ts';
import { maskSecrets } from './collect-run.ts';
import { CLI_PAGE, TOOL_NAME, type Context } from './context.ts';
import { labelled } from './format-text.ts';
import { rankAcross } from './scan.ts';

/** Outputs longer than this many lines show their head and tail in the report (the file has them all). */
const OUTPUT_LINES = 200;
const HEAD_TAIL = 80;

/** Inline code that survives backticks inside the text. */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\s+/g, ' ')}${pad}${fence}`;
}

/** A fenced block that no line of `text` can close early. */
function fenced(text: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/^`{3,}/gm)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}text`, text.replace(/\n$/, ''), fence];
}

/** A table cell: pipes escaped, one line. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function markdownReport(
  collection: Collection,
  ctx: Context,
  outputs: ReadonlyMap<number, { file: string; text: string }>,
  collectedAt: Date,
): string {
  const clean = (text: string) => maskSecrets(redact(text), collection.secrets);
  const t = ctx.t;
  const title = collection.openclawVersion
    ? t('cli.collect.md.titleVersion', { version: collection.openclawVersion })
    : t('cli.collect.md.title');
  const out = [`# ${title}`, ''];
  out.push(`- ${t('cli.collect.md.tool', { tool: `${TOOL_NAME} ${ctx.data.toolVersion}`, count: ctx.catalog.entries.length })}`);
  out.push(`- ${t('cli.collect.md.when', { date: collectedAt.toISOString().replace(/\.\d+Z$/, 'Z') })}`);
  if (ctx.options.collect.profile) out.push(`- ${t('cli.collect.md.profile', { profile: code(ctx.options.collect.profile) })}`);
  if (ctx.options.collect.url) out.push(`- ${t('cli.collect.md.url', { url: code(clean(ctx.options.collect.url)) })}`);
  out.push(`- ${t('cli.collect.md.redacted')}`, '');

  out.push(`## ${t('cli.collect.md.diagnosis')}`, '');
  const ranked = rankAcross(collection.results);
  // Errors and warnings one by one, in rank order (conclusions first); healthy signals and notes on one line.
  const problems = ranked.filter((r) => r.finding.severity !== 'info');
  if (problems.length === 0) out.push(t('cli.collect.md.noProblems'), '');
  problems.forEach(({ input, finding: f }, i) => {
    const where = t('cli.collect.md.where', { command: code(input), line: f.line });
    out.push(`${i + 1}. **${ctx.title(f.id)}** · ${t(`severity.${f.severity}`)} · ${code(f.id)} · ${where}`);
    if (f.match.trim()) out.push(`   ${labelled(t('cli.collect.md.matched'), code(clean(f.match)))}`);
    out.push(`   ${ctx.url(f.id)}`);
  });
  if (problems.length > 0) out.push('');
  const notes = [...new Set(ranked.filter((r) => r.finding.severity === 'info').map((r) => r.finding.id))];
  if (notes.length > 0)
    out.push(
      labelled(t('cli.collect.md.notes'), notes.map((id) => `${ctx.title(id)} (${code(id)})`).join(t('cli.collect.md.listSeparator'))),
      '',
    );

  out.push(`## ${t('cli.collect.md.checklist')}`, '');
  out.push(
    `| ${[t('cli.collect.md.col.status'), t('cli.collect.md.col.command'), t('cli.collect.md.col.ran'), t('cli.collect.md.col.exit'), t('cli.collect.md.col.time'), t('cli.collect.md.col.findings')].join(' | ')} |`,
  );
  out.push('|---|---|---|---|---|---|');
  const steps = ladderJson(collection);
  steps.forEach((s, i) => {
    const c = collection.commands.find((x) => x.rung === i)!;
    const reason = missingReason(c, s.status);
    const found = [...s.findings.map(code), ...s.signals.map((id) => `${code(id)} (${t('severity.info')})`)].join(', ');
    const why = reason ? reasonText(ctx, reason, c, collection.timeoutSeconds) : '';
    const exit = s.run ? (s.run.timedOut ? t('cli.collect.md.stopped') : String(s.run.exitCode ?? s.run.signal)) : '—';
    out.push(
      `| ${[t(`cli.collect.status.${s.status}`), code(s.command), s.run ? code(s.run.command) : '—', exit, s.run ? seconds(s.run.durationMs) : '—', [found, why].filter(Boolean).join('; ') || '—'].map(cell).join(' | ')} |`,
    );
  });
  const next = collection.ladder.next;
  out.push('');
  if (next) {
    const because = next.because ? ` ${t('cli.collect.nextBecause', { title: ctx.title(next.because), id: next.because })}` : '';
    out.push(`**${t('cli.collect.next')}** ${code(next.command)}${because}`);
  } else out.push(t('cli.collect.nextNone'));
  out.push('');

  out.push(`## ${t('cli.collect.md.commands')}`, '');
  for (const c of collection.commands) {
    if (!c.run || !c.line) continue;
    const file = outputs.get(c.rung);
    const state = c.run.timedOut
      ? t('cli.collect.ranTimedOut', { command: code(c.line), seconds: collection.timeoutSeconds })
      : t('cli.collect.ran', {
          command: code(c.line),
          code: String(c.run.exitCode ?? c.run.signal),
          seconds: (c.run.durationMs / 1000).toFixed(1),
        });
    out.push(`### ${code(c.line)}`, '', `${state}${file ? ` · ${code(file.file)}` : ''}`, '');
    const text = file?.text ?? '';
    const lines = text.replace(/\n$/, '').split('\n');
    if (text.trim() === '') {
      out.push(`_${t('cli.collect.md.noOutput')}_`, '');
      continue;
    }
    const shown =
      lines.length > OUTPUT_LINES
        ? [...lines.slice(0, HEAD_TAIL), t('cli.collect.md.cut', { count: lines.length - 2 * HEAD_TAIL }), ...lines.slice(-HEAD_TAIL)]
        : lines;
    out.push(
      '<details>',
      `<summary>${t('cli.collect.md.output', { lines: lines.length })}</summary>`,
      '',
      ...fenced(shown.join('\n')),
      '',
      '</details>',
      '',
    );
  }

  out.push(`## ${t('cli.collect.md.links')}`, '');
  for (const id of [...new Set(ranked.map((r) => r.finding.id))]) out.push(`- [${ctx.title(id)}](${ctx.url(id)})`);
  out.push(`- [${t('cli.collect.md.ladderPage')}](${ctx.pageUrl('')})`);
  out.push(`- [${t('cli.collect.md.cliPage')}](${ctx.pageUrl(CLI_PAGE)})`);
  out.push('');
  return out.join('\n');
}
