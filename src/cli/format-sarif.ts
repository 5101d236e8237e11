/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning UIs. One rule per signature found (with `helpUri`
 * to its handbook page), one result per finding at its first line; the occurrence count is in
 * `properties.count`.
 */
import type { Severity } from '../engine/types.ts';
import type { Context } from './context.ts';
import { CLI_PAGE, TOOL_NAME } from './context.ts';
import { rankAcross, type InputResult } from './scan.ts';
import { STDIN_NAME } from './read-input.ts';

/** The rule of "not in the catalog yet" results: problem-looking lines no signature explains. */
export const UNRECOGNIZED_RULE = 'not-in-catalog';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function artifactUri(name: string): string {
  if (name === STDIN_NAME) return 'stdin';
  return encodeURI(name.replace(/\\/g, '/'));
}

export function toSarif(results: readonly InputResult[], ctx: Context): Record<string, unknown> {
  const ranked = rankAcross(results);
  const ruleIndex = new Map<string, number>();
  const rules: Array<Record<string, unknown>> = [];
  for (const { finding } of ranked) {
    if (ruleIndex.has(finding.id)) continue;
    const entry = ctx.entry(finding.id);
    ruleIndex.set(finding.id, rules.length);
    rules.push({
      id: finding.id,
      name: finding.id,
      shortDescription: { text: ctx.title(finding.id) },
      fullDescription: { text: entry?.meaning ?? finding.id },
      helpUri: ctx.url(finding.id),
      help: { text: (entry?.fix ?? []).map((step, i) => `${i + 1}. ${step}`).join('\n') || ctx.url(finding.id) },
      defaultConfiguration: { level: LEVEL[finding.severity] },
      properties: { section: finding.section, generic: finding.generic },
    });
  }
  const unrecognized = results.flatMap((r, inputIndex) => (r.report?.unrecognized ?? []).map((u) => ({ input: r.name, inputIndex, u })));
  if (unrecognized.length > 0) {
    ruleIndex.set(UNRECOGNIZED_RULE, rules.length);
    rules.push({
      id: UNRECOGNIZED_RULE,
      name: UNRECOGNIZED_RULE,
      shortDescription: { text: ctx.t('cli.unrecognized.title') },
      fullDescription: { text: ctx.t('cli.unrecognized.meaning') },
      helpUri: ctx.searchUrl(''),
      defaultConfiguration: { level: 'note' },
    });
  }
  const unrecognizedResults = unrecognized.map(({ input, inputIndex, u }) => ({
    ruleId: UNRECOGNIZED_RULE,
    ruleIndex: ruleIndex.get(UNRECOGNIZED_RULE),
    level: 'note',
    message: { text: `${ctx.t('cli.unrecognized.title')}: ${u.excerpt}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(input), index: inputIndex },
          region: { startLine: Math.max(1, u.line), snippet: { text: u.excerpt } },
        },
      },
    ],
    properties: { count: u.count, lastLine: u.lastLine, shape: u.shape, nearest: u.nearest, search: ctx.shapeSearchUrl(u.shape) },
  }));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: ctx.data.toolVersion, informationUri: ctx.pageUrl(CLI_PAGE), rules } },
        artifacts: results.map((r) => ({ location: { uri: artifactUri(r.name) } })),
        results: ranked
          .map(({ input, inputIndex, finding: f }) => ({
            ruleId: f.id,
            ruleIndex: ruleIndex.get(f.id),
            level: LEVEL[f.severity],
            message: { text: `${ctx.title(f.id)}: ${f.match}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(input), index: inputIndex },
                  region: { startLine: Math.max(1, f.line), snippet: { text: f.excerpt } },
                },
              },
            ],
            properties: { count: f.count, lastLine: f.lastLine },
          }))
          .concat(unrecognizedResults as never[]),
        invocations: [
          {
            executionSuccessful: !results.some((r) => r.error),
            toolExecutionNotifications: results
              .filter((r) => r.error)
              .map((r) => ({ level: 'error', message: { text: `${r.name}: ${r.error!.detail}` } })),
          },
        ],
      },
    ],
  };
}

export function formatSarif(results: readonly InputResult[], ctx: Context): string {
  return `${JSON.stringify(toSarif(results, ctx), null, 2)}\n`;
}
