/**
 * `--format json`: the stable, versioned contract other tools rely on (README, docs page, tests).
 * Its schema is src/cli/output-schema.ts (served as `/cli-output.schema.json`); `toJson` is typed by it.
 *
 *   { "version": 1, "tool": {"name", "version"}, "inputs": [{"name", "kind", "lines"}],
 *     "findings": [{"id", "section", "severity", "input", "line", "match", "title", "url", "count"}] }
 *
 * Additive fields (consumers ignore what they do not know): `inputs[].kinds` (every kind detected, in
 * order), `inputs[].openclawVersion`, `inputs[].error`, and top-level `skipped`, `errors` and
 * `unrecognized` (problem-looking lines no signature explains: `{input, line, lastLine, count, shape,
 * excerpt, nearest: [{id, title, url}], search}`).
 * `inputs[].kind` is the first kind detected (`empty` for an empty input, `unreadable` when it
 * could not be read).
 */
import type { Context } from './context.ts';
import { TOOL_NAME } from './context.ts';
import type { CliOutput } from './output-schema.ts';
import { rankAcross, type InputResult } from './scan.ts';

export const JSON_FORMAT_VERSION = 1;

export function inputKind(result: InputResult): CliOutput['inputs'][number]['kind'] {
  if (result.error) return 'unreadable';
  return result.report?.inputKinds[0] ?? 'empty';
}

export function toJson(results: readonly InputResult[], ctx: Context): CliOutput {
  const doc: CliOutput = {
    version: JSON_FORMAT_VERSION,
    tool: { name: TOOL_NAME, version: ctx.data.toolVersion },
    inputs: results.map((r) => ({
      name: r.name,
      kind: inputKind(r),
      lines: r.report?.lines ?? 0,
      kinds: r.report?.inputKinds ?? [],
      ...(r.report?.version ? { openclawVersion: { value: r.report.version.value, line: r.report.version.line } } : {}),
      ...(r.error ? { error: r.error.detail } : {}),
    })),
    findings: rankAcross(results).map(({ input, finding: f }) => ({
      id: f.id,
      section: f.section,
      severity: f.severity,
      input,
      line: f.line,
      match: f.match,
      title: ctx.title(f.id),
      url: ctx.url(f.id),
      count: f.count,
    })),
  };
  const unrecognized = results.flatMap((r) =>
    (r.report?.unrecognized ?? []).map((u) => ({
      input: r.name,
      line: u.line,
      lastLine: u.lastLine,
      count: u.count,
      shape: u.shape,
      excerpt: u.excerpt,
      nearest: u.nearest.map((id) => ({ id, title: ctx.title(id), url: ctx.url(id) })),
      search: ctx.shapeSearchUrl(u.shape),
    })),
  );
  if (unrecognized.length > 0) doc.unrecognized = unrecognized;
  const skipped = results.flatMap((r) => (r.report?.skipped ?? []).map((s) => ({ input: r.name, ...s })));
  if (skipped.length > 0) doc.skipped = skipped;
  const errors = results.filter((r) => r.error).map((r) => ({ input: r.name, message: r.error!.detail }));
  if (errors.length > 0) doc.errors = errors;
  return doc;
}

export function formatJson(results: readonly InputResult[], ctx: Context): string {
  return `${JSON.stringify(toJson(results, ctx), null, 2)}\n`;
}
