import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';
import {
  analysisReducer,
  initialAnalysis,
  type AnalysisAction,
  type AnalysisState,
} from '../../../src/components/analyzer/analysis-state.ts';
import type { SharedReport } from '../../../src/components/analyzer/share-link.ts';

/** The analyzer's state transitions (src/components/analyzer/analysis-state.ts), on real engine reports. */
const compiled = compileCatalog(loadCatalog().entries);
const sample = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/samples', name), 'utf8');
const stopped = analyze(sample('gateway-status-stopped.txt'), compiled);
const nothing = analyze('hello world\n', compiled);
const shared: SharedReport = {
  kinds: ['logs-plain'],
  lines: 3,
  findings: [
    {
      id: 'auth-token-mismatch',
      line: 2,
      lastLine: 2,
      count: 1,
      match: 'gateway token mismatch',
      excerpt: 'unauthorized: gateway token mismatch',
      matchIndex: 14,
      evidence: undefined,
    },
  ],
  dropped: 0,
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Applies actions in order; every state is frozen, so a reducer that mutates throws. */
const after = (actions: AnalysisAction[], from: AnalysisState = initialAnalysis) =>
  actions.reduce((s, a) => deepFreeze(analysisReducer(s, a)), deepFreeze(from));

const ready = after([{ type: 'ready' }]);
const running = after([{ type: 'run', source: { text: 'x' } }], ready);

test('starts idle and not ready, with redaction on and nothing to show', () => {
  assert.equal(initialAnalysis.phase, 'idle');
  assert.equal(initialAnalysis.ready, false);
  assert.equal(initialAnalysis.redact, true);
  assert.equal(initialAnalysis.report, null);
  assert.equal(initialAnalysis.shared, null);
  assert.equal(initialAnalysis.source, null);
});

test('a run starts a new job from zero progress and clears the problem, the shared report and the share link', () => {
  const before: AnalysisState = {
    ...ready,
    job: 4,
    progress: 55,
    problem: { key: 'analyzer.share.invalid' },
    shared,
    shareHref: 'http://x/#report=abc',
  };
  const s = after([{ type: 'run', source: { text: 'listen EADDRINUSE' } }], before);
  assert.equal(s.phase, 'working');
  assert.equal(s.job, 5);
  assert.deepEqual(s.source, { text: 'listen EADDRINUSE' });
  assert.equal(s.progress, 0);
  assert.equal(s.problem, null);
  assert.equal(s.shared, null);
  assert.equal(s.shareHref, '');
});

test('a run keeps the note under the box unless its input brings one', () => {
  const note = { key: 'analyzer.file.loaded', params: { name: 'gateway.log', size: '3 KB' } };
  const withNote = after([{ type: 'run', source: { text: 'a' }, note }], ready);
  assert.deepEqual(withNote.note, note);
  assert.deepEqual(after([{ type: 'run', source: { text: 'b' } }], withNote).note, note);
  const other = { key: 'analyzer.sample.loaded', params: { name: 'logs.jsonl' } };
  assert.deepEqual(after([{ type: 'run', source: { text: 'c' }, note: other }], withNote).note, other);
});

test('typing shows the analyzer working and clears the note, without starting a job', () => {
  const s = after(
    [
      { type: 'run', source: { text: 'a' }, note: { key: 'analyzer.sample.loaded' } },
      { type: 'done', job: 1, report: stopped },
      { type: 'typing' },
    ],
    ready,
  );
  assert.equal(s.phase, 'working');
  assert.equal(s.note, null);
  assert.equal(s.job, 1);
});

test('progress and the result of the current job are taken', () => {
  const s = after([{ type: 'progress', job: running.job, percent: 42 }], running);
  assert.equal(s.progress, 42);
  const done = after([{ type: 'done', job: running.job, report: stopped }], s);
  assert.equal(done.phase, 'done');
  assert.equal(done.report, stopped);
  assert.equal(done.progress, 100);
});

test('progress, results, errors and start failures of an earlier job are dropped', () => {
  const next = after([{ type: 'run', source: { text: 'newer' } }], running);
  const old = running.job;
  for (const action of [
    { type: 'progress', job: old, percent: 99 },
    { type: 'done', job: old, report: stopped },
    { type: 'failed', job: old, message: 'boom' },
    { type: 'unavailable', job: old },
  ] satisfies AnalysisAction[]) {
    assert.equal(analysisReducer(next, action), next, action.type);
  }
});

test('a finished analysis announces the number of findings and the input kinds', () => {
  assert.ok(stopped.findings.length > 0);
  const s = after([{ type: 'done', job: running.job, report: stopped }], running);
  assert.deepEqual(s.announcement, {
    key: 'analyzer.announce.done',
    params: { count: stopped.findings.length },
    kinds: stopped.inputKinds,
  });
});

test('a finished analysis with no finding announces that none matched', () => {
  assert.equal(nothing.findings.length, 0);
  const s = after([{ type: 'done', job: running.job, report: nothing }], running);
  assert.equal(s.announcement?.key, 'analyzer.announce.none');
  assert.equal(s.phase, 'done');
});

test('a failed analysis returns to idle and says why, in the problem and in the live region', () => {
  const s = after([{ type: 'failed', job: running.job, message: 'catalog not loaded' }], running);
  assert.equal(s.phase, 'idle');
  assert.equal(s.report, null);
  assert.deepEqual(s.problem, { key: 'analyzer.error.analysis', params: { message: 'catalog not loaded' } });
  assert.deepEqual(s.announcement, s.problem);
});

test('an analysis that cannot start (its data failed to load) returns to idle', () => {
  const s = after(
    [
      { type: 'load-failed', message: 'HTTP 404' },
      { type: 'unavailable', job: running.job },
    ],
    running,
  );
  assert.equal(s.phase, 'idle');
  assert.deepEqual(s.problem, { key: 'analyzer.error.load', params: { message: 'HTTP 404' } });
});

test('emptying the box stops the job and drops the report, the source, the note and the share link', () => {
  const done = after(
    [
      { type: 'done', job: running.job, report: stopped },
      { type: 'share-link', href: 'http://x/#report=a' },
    ],
    { ...running, note: { key: 'analyzer.sample.loaded' } },
  );
  const s = after([{ type: 'clear' }], done);
  assert.equal(s.phase, 'idle');
  assert.equal(s.job, done.job + 1);
  assert.equal(s.source, null);
  assert.equal(s.report, null);
  assert.equal(s.note, null);
  assert.equal(s.shareHref, '');
  assert.equal(s.announcement, done.announcement);
});

test('cancelling stops the job like emptying the box, and announces it', () => {
  const s = after([{ type: 'cancel' }], running);
  assert.equal(s.phase, 'idle');
  assert.equal(s.job, running.job + 1);
  assert.equal(s.source, null);
  assert.deepEqual(s.announcement, { key: 'analyzer.announce.cancelled' });
});

test('switching redaction analyses the last source again with the new setting', () => {
  const done = after([{ type: 'done', job: running.job, report: stopped }], running);
  const s = after([{ type: 'redact', on: false }], done);
  assert.equal(s.redact, false);
  assert.equal(s.phase, 'working');
  assert.equal(s.job, done.job + 1);
  assert.deepEqual(s.source, done.source);
});

test('switching redaction with nothing analysed only records the setting', () => {
  const s = after([{ type: 'redact', on: false }], ready);
  assert.equal(s.redact, false);
  assert.equal(s.phase, 'idle');
  assert.equal(s.job, ready.job);
});

test('a shared report opened before the catalog is loaded waits for it, then shows and is announced', () => {
  const opening = after([{ type: 'open-shared', shared }]);
  assert.equal(opening.phase, 'working');
  assert.equal(opening.shared, shared);
  const s = after([{ type: 'ready' }], opening);
  assert.equal(s.phase, 'done');
  assert.deepEqual(s.announcement, { key: 'analyzer.announce.shared', params: { count: 1 } });
});

test('a shared report opened once the analyzer is ready shows at once', () => {
  const s = after([{ type: 'open-shared', shared }], ready);
  assert.equal(s.phase, 'done');
  assert.equal(s.shared, shared);
  assert.equal(s.announcement?.key, 'analyzer.announce.shared');
});

test('opening a share link stops the running analysis and forgets its source', () => {
  const s = after([{ type: 'open-shared', shared }], running);
  assert.equal(s.job, running.job + 1);
  assert.equal(s.source, null);
  assert.equal(s.report, null);
  assert.equal(analysisReducer(s, { type: 'done', job: running.job, report: stopped }), s);
});

test('an unreadable share link is reported and shows nothing', () => {
  const s = after([{ type: 'open-shared', shared: null }], ready);
  assert.equal(s.phase, 'idle');
  assert.equal(s.shared, null);
  assert.deepEqual(s.problem, { key: 'analyzer.share.invalid' });
  assert.deepEqual(s.announcement, s.problem);
});

test('a shared report whose catalog fails to load returns to idle, with the reason', () => {
  const s = after([
    { type: 'open-shared', shared },
    { type: 'load-failed', message: 'HTTP 500' },
  ]);
  assert.equal(s.phase, 'idle');
  assert.equal(s.problem?.key, 'analyzer.error.load');
});

test('a failed sample load while an analysis runs is reported and leaves the analysis running', () => {
  const s = after([{ type: 'load-failed', message: 'HTTP 404' }], running);
  assert.equal(s.phase, 'working');
  assert.equal(s.problem?.key, 'analyzer.error.load');
});

test('a share link and copy announcements are recorded as given', () => {
  const s = after(
    [
      { type: 'share-link', href: 'http://localhost/en/tools/analyze/#report=abc' },
      { type: 'announce', message: { key: 'analyzer.copied.share' } },
    ],
    ready,
  );
  assert.equal(s.shareHref, 'http://localhost/en/tools/analyze/#report=abc');
  assert.deepEqual(s.announcement, { key: 'analyzer.copied.share' });
});
