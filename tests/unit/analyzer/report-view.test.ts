import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localizedCatalog } from '../../../src/catalog/artifact.ts';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';
import { reportView, shownPhase } from '../../../src/components/analyzer/report-view.ts';
import type { SharedReport } from '../../../src/components/analyzer/share-link.ts';

/** What the results show, for a report of the worker and for a shared one (src/components/analyzer/report-view.ts). */
const catalog = loadCatalog();
const en = localizedCatalog(catalog, 'en');
const compiled = compileCatalog(catalog.entries);
const report = analyze(
  '2026-04-09T06:12:05.000Z warn gateway unauthorized: gateway token mismatch\nlisten EADDRINUSE: address already in use 127.0.0.1:18789\n',
  compiled,
);
const conclusion = en.entries.find((e) => e.match.rule !== undefined)!;

const shared: SharedReport = {
  kinds: ['logs-plain'],
  lines: 2,
  version: '2026.4.9',
  findings: [
    {
      id: 'auth-token-mismatch',
      line: 1,
      lastLine: 1,
      count: 1,
      match: 'gateway token mismatch',
      excerpt: 'unauthorized: gateway token mismatch',
      matchIndex: 14,
    },
    { id: 'no-such-signature-anywhere', line: 2, lastLine: 2, count: 1, match: 'x', excerpt: 'x', matchIndex: 0 },
    { id: conclusion.id, line: 2, lastLine: 2, count: 1, match: '', excerpt: '', matchIndex: -1, evidence: [1, 2] },
  ],
  dropped: 1,
};

test('a report of the worker is shown as the engine made it', () => {
  assert.ok(report.findings.length >= 2);
  const view = reportView(report, null, null)!;
  assert.equal(view.findings, report.findings);
  assert.deepEqual(view.kinds, report.inputKinds);
  assert.equal(view.lines, report.lines);
  assert.equal(view.skipped, report.skipped);
  assert.equal(view.unrecognized, report.unrecognized);
  assert.equal(view.shared, false);
  assert.equal(view.dropped, 0);
});

test("a shared finding takes its section, severity, generic flag and kind from the reader's catalog", () => {
  const view = reportView(null, shared, en)!;
  const entry = en.byId.get('auth-token-mismatch')!;
  assert.deepEqual(view.findings[0], {
    ...shared.findings[0],
    section: entry.section,
    severity: entry.severity,
    generic: entry.generic,
    conclusion: false,
  });
  assert.equal(view.findings[1]!.id, conclusion.id);
  assert.equal(view.findings[1]!.conclusion, true);
  assert.deepEqual(view.findings[1]!.evidence, [1, 2]);
  assert.equal(view.shared, true);
  assert.equal(view.version, '2026.4.9');
  assert.deepEqual(view.skipped, []);
  assert.deepEqual(view.unrecognized, []);
});

test('shared findings this catalog does not know are counted with those the link dropped', () => {
  const view = reportView(null, shared, en)!;
  assert.deepEqual(
    view.findings.map((f) => f.id),
    ['auth-token-mismatch', conclusion.id],
  );
  assert.equal(view.dropped, 2);
});

test('a shared report shows nothing until the catalog is loaded', () => {
  assert.equal(reportView(null, shared, null), null);
  assert.equal(reportView(null, null, en), null);
});

test('the root says done only when there is something to show', () => {
  assert.equal(shownPhase({ phase: 'done' }, null), 'idle');
  assert.equal(shownPhase({ phase: 'done' }, reportView(report, null, null)), 'done');
  assert.equal(shownPhase({ phase: 'working' }, null), 'working');
  assert.equal(shownPhase({ phase: 'idle' }, null), 'idle');
});
