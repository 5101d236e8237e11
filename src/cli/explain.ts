/**
 * `openclaw-triage explain <id | code | error text>`, offline, like `rustc --explain`.
 * Lookup order: exact id, exact structured code, a catalog literal found in the query or the query
 * found in a literal (case-insensitive), and finally the engine run on the query as a pasted line.
 */
import type { LocalizedEntry } from '../catalog/artifact.ts';
import { analyze } from '../engine/index.ts';
import { UsageError } from './args.ts';
import type { Context } from './context.ts';
import { labelled, severityLabel } from './format-text.ts';

export interface Explanation {
  entry: LocalizedEntry;
  /** How the query was resolved. */
  via: 'id' | 'code' | 'literal' | 'engine';
  /** Other entries the query also matched, best first. */
  others: LocalizedEntry[];
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest id or code to a mistyped query, if it is close enough. */
export function suggestion(ctx: Context, query: string): string | undefined {
  const q = query.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const e of ctx.catalog.entries) {
    for (const name of [e.id, ...e.match.codes]) {
      const d = distance(q, name.toLowerCase());
      if (!best || d < best.d) best = { name, d };
    }
  }
  return best && best.d <= Math.max(2, Math.floor(q.length / 5)) ? best.name : undefined;
}

export function findExplanation(ctx: Context, query: string): Explanation | undefined {
  const q = query.trim();
  const entries = ctx.catalog.entries;
  const rank = (list: LocalizedEntry[]) =>
    [...list].sort((a, b) => Number(a.generic) - Number(b.generic) || Number(a.retired) - Number(b.retired));
  const result = (via: Explanation['via'], list: LocalizedEntry[]): Explanation | undefined => {
    const [entry, ...others] = rank(list);
    return entry && { entry, via, others };
  };

  const byId = entries.find((e) => e.id === q) ?? entries.find((e) => e.id === q.toLowerCase());
  if (byId) return { entry: byId, via: 'id', others: [] };
  const byCode = entries.filter((e) => e.match.codes.includes(q));
  if (byCode.length > 0) return result('code', byCode);
  const byCodeCi = entries.filter((e) => e.match.codes.some((c) => c.toLowerCase() === q.toLowerCase()));
  if (byCodeCi.length > 0) return result('code', byCodeCi);

  const lower = q.toLowerCase();
  if (lower.length >= 3) {
    // Longest literal first: `gateway token mismatch` beats a bare `unauthorized`.
    const scored: Array<{ e: LocalizedEntry; score: number }> = [];
    for (const e of entries) {
      let score = 0;
      for (const literal of e.match.literals) {
        const l = literal.toLowerCase();
        // A literal inside the query must be long enough to mean something (catalogs have literals like `-`).
        if ((l.length >= 6 && lower.includes(l)) || l.includes(lower)) score = Math.max(score, Math.min(l.length, lower.length));
      }
      if (score > 0) scored.push({ e, score });
    }
    scored.sort((a, b) => Number(a.e.generic) - Number(b.e.generic) || b.score - a.score);
    if (scored.length > 0) return { entry: scored[0]!.e, via: 'literal', others: scored.slice(1).map((s) => s.e) };
  }

  const report = analyze(q, ctx.compiled, { redact: ctx.options.redact });
  const found = report.findings.map((f) => ctx.entry(f.id)).filter((e): e is LocalizedEntry => e !== undefined);
  return found.length > 0 ? { entry: found[0]!, via: 'engine', others: found.slice(1) } : undefined;
}

export function formatExplanation(ctx: Context, x: Explanation): string {
  const { style } = ctx;
  const e = x.entry;
  const h = (key: string) => style.bold(ctx.t(key));
  const out: string[] = [];
  out.push(`${style.bold(e.title)} ${style.dim(`[${e.id}]`)}`);
  out.push(
    labelled(
      ctx.t('cli.explain.severity'),
      `${style.severity(e.severity, severityLabel(ctx, e.severity))}${e.generic ? style.dim(`  (${ctx.t('cli.explain.generic')})`) : ''}${e.retired ? style.dim(`  (${ctx.t('cli.explain.retired')})`) : ''}`,
    ),
  );
  out.push(labelled(ctx.t('cli.explain.section'), `${ctx.sectionTitle(e.section)} ${style.dim(`(${e.section})`)}`));
  if (e.match.literals.length > 0 || e.match.codes.length > 0 || e.match.regex || e.match.rule) {
    out.push('', h('cli.explain.strings'));
    for (const l of e.match.literals) out.push(`  ${l}`);
    if (e.match.regex) out.push(`  ${labelled(ctx.t('cli.explain.regex'), style.dim(e.match.regex))}`);
    if (e.match.codes.length > 0) out.push(`  ${labelled(ctx.t('cli.explain.codes'), e.match.codes.join(', '))}`);
    if (e.match.rule) out.push(`  ${labelled(ctx.t('cli.explain.rule'), e.match.rule)}`);
  }
  out.push('', h('cli.explain.meaning'), `  ${e.meaning.trim()}`);
  out.push('', h('cli.explain.fix'));
  for (const [i, step] of e.fix.entries()) out.push(`  ${i + 1}. ${step.trim()}`);
  if (e.commands.length > 0) out.push('', h('cli.explain.commands'), ...e.commands.map((c) => `  ${c}`));
  if (e.versions || e.versionAdvice.length > 0) {
    out.push('', h('cli.explain.versions'));
    if (e.versions?.since || e.versions?.until) {
      const range = [
        e.versions.since && ctx.t('cli.explain.since', { version: e.versions.since }),
        e.versions.until && ctx.t('cli.explain.until', { version: e.versions.until }),
      ]
        .filter(Boolean)
        .join(', ');
      out.push(`  ${range}`);
    }
    if (e.versions?.note) out.push(`  ${e.versions.note.trim()}`);
    for (const a of e.versionAdvice) {
      const range = [a.since && `≥ ${a.since}`, a.until && `< ${a.until}`].filter(Boolean).join(', ') || ctx.t('cli.explain.allVersions');
      out.push(`  ${range}: ${a.advice.trim()}`);
    }
  }
  if (e.related.length > 0) out.push('', labelled(ctx.t('cli.explain.related'), e.related.join(', ')));
  out.push('', labelled(ctx.t('cli.explain.url'), style.cyan(ctx.url(e.id))));
  if (x.others.length > 0)
    out.push(
      '',
      style.dim(
        ctx.t('cli.explain.others', {
          ids: x.others
            .slice(0, 8)
            .map((o) => o.id)
            .join(', '),
        }),
      ),
    );
  return `${out.join('\n')}\n`;
}

export function explainJson(ctx: Context, x: Explanation): string {
  const { match, ...rest } = x.entry;
  return `${JSON.stringify({ ...rest, match, via: x.via, url: ctx.url(x.entry.id), others: x.others.map((o) => o.id) }, null, 2)}\n`;
}

export function explain(ctx: Context): number {
  const query = ctx.options.operands.join(' ');
  const x = findExplanation(ctx, query);
  if (!x) {
    const close = suggestion(ctx, query.trim());
    throw new UsageError(close ? 'cli.explain.unknownSuggest' : 'cli.explain.unknown', { query, suggestion: close ?? '' });
  }
  ctx.out(ctx.options.format === 'text' ? formatExplanation(ctx, x) : explainJson(ctx, x));
  return 0;
}
