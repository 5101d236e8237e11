/**
 * "Not in the catalog yet": a line that looks like a problem and matches no signature is reported,
 * once per shape, with the nearest catalog entries; healthy output and explained lines yield none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog, searchQuery } from '../../../src/engine/index.ts';
import { lineShape, looksLikeProblem, problemText } from '../../../src/engine/unrecognized.ts';
import { labCaptures } from '../../../scripts/lab/fixtures.ts';

const compiled = compileCatalog(loadCatalog().entries);

test('error and warning levels, Error:, failed, denied, refused and non-zero exits look like problems', () => {
  for (const line of [
    '2026-12-02T13:03:36.960+00:00 error [gateway] something exploded',
    '13:03:36 warn gateway/ws something odd',
    '{"0":"x","_meta":{"logLevelName":"ERROR"}}',
    'TypeError: Cannot read properties of undefined',
    'Slack upload failed for channel C123',
    'permission denied while opening the socket',
    'connection refused by the relay',
    'process exited with code 3',
  ])
    assert.ok(looksLikeProblem(line), line);
  for (const line of [
    '[gateway] ready',
    'Doctor complete: no errors',
    '  --fail-on error|warning   exit with 1 when …',
    '[openclaw] Try: openclaw doctor',
  ])
    assert.ok(!looksLikeProblem(line), line);
});

test('repeats of one message with other numbers, ids and paths are one shape', () => {
  const a = lineShape('2026-12-02T13:03:36.960+00:00 error [slack] upload 4f2a9c1e failed for /home/alice/a.png after 3 tries');
  const b = lineShape('2026-12-03T01:00:00Z error [slack] upload 9b0c77aa failed for /home/bob/b.png after 12 tries');
  assert.equal(a, b);
  assert.equal(problemText('{"0":"Slack upload failed","_meta":{"logLevelName":"ERROR"}}'), 'Slack upload failed');
});

test('an unknown problem line is reported once per shape, counted, with the nearest entries and words to search', () => {
  const text = [
    '2026-12-02T13:03:36Z error [gateway] sidecar ENOSPC while writing /tmp/a',
    '2026-12-02T13:03:37Z error [gateway] sidecar ENOSPC while writing /tmp/b',
    'unauthorized: gateway token mismatch (provide gateway auth token)',
  ].join('\n');
  const report = analyze(text, compiled);
  assert.deepEqual(
    report.findings.map((f) => f.id),
    ['auth-token-mismatch'],
  );
  assert.equal(report.unrecognized.length, 1);
  assert.deepEqual([report.unrecognized[0]!.line, report.unrecognized[0]!.lastLine, report.unrecognized[0]!.count], [1, 2, 2]);
  assert.equal(searchQuery(report.unrecognized[0]!.shape), 'sidecar ENOSPC while writing');
});

test('a line near a catalog entry names it as nearest', () => {
  const report = analyze('2026-12-02T13:03:36Z error [gateway] device token rotation failed: device token mismatch pending', compiled);
  const near = report.unrecognized[0]?.nearest ?? report.findings.map((f) => f.id);
  assert.ok(near.length > 0);
});

test('at most 20 shapes are kept', () => {
  const text = Array.from(
    { length: 50 },
    (_, i) => `error: problem kind ${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 26)]} failed`,
  ).join('\n');
  assert.equal(analyze(text, compiled).unrecognized.length, 20);
});

test('healthy real output yields no line that is not in the catalog', () => {
  const healthy = labCaptures(['healthy']);
  assert.ok(healthy.length > 0);
  for (const capture of healthy) {
    const unknown = analyze(capture.text, compiled).unrecognized;
    assert.deepEqual(
      unknown.map((u) => u.excerpt),
      [],
      `${capture.release}/${capture.record.name}`,
    );
  }
});
