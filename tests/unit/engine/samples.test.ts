import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';

/**
 * Every sample of real OpenClaw output gives exactly the reviewed findings (id, first line, count)
 * in rank order, and the detected input kinds. Regenerate with scripts/sample-expectations.ts and
 * review the diff when the catalog changes.
 */
const dir = join(process.cwd(), 'tests/fixtures/samples');
const expectations = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/sample-expectations.json'), 'utf8')) as Record<
  string,
  { kinds: string[]; findings: Array<[string, number, number]> }
>;
const compiled = compileCatalog(loadCatalog().entries);
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

describe('each sample yields exactly its reviewed findings', () => {
  for (const [file, expected] of Object.entries(expectations)) {
    test(file, () => {
      const report = analyze(read(file), compiled);
      assert.deepEqual(report.inputKinds, expected.kinds, 'input kinds');
      assert.deepEqual(
        report.findings.map((f) => [f.id, f.line, f.count]),
        expected.findings,
      );
      assert.deepEqual(report.skipped, [], 'nothing skipped in a well-formed sample');
    });
  }
});

test('a paste of several outputs yields the union of their findings', () => {
  const files = ['gateway-status-stopped.txt', 'connect-error-DEVICE_AUTH_NONCE_MISMATCH.json', 'logs-plain.txt', 'heartbeat-last.json'];
  const mixed = analyze(files.map(read).join('\n'), compiled);
  const union = new Set(files.flatMap((f) => expectations[f]!.findings.map(([id]) => id)));
  assert.deepEqual(new Set(mixed.findings.map((f) => f.id)), union);
  for (const kind of ['gateway-status', 'connect-frame', 'logs-plain', 'heartbeat-last'])
    assert.ok(mixed.inputKinds.includes(kind as never), kind);
});

test('combined conclusions rank before the single signals they rest on', () => {
  const report = analyze(read('gateway-status-stopped.txt'), compiled);
  assert.equal(report.findings[0]?.id, 'config-cli-service-mismatch');
  assert.equal(report.findings[0]?.conclusion, true);
  assert.ok((report.findings[0]?.evidence?.length ?? 0) >= 1);
});

test('CRLF, ANSI colours and a pasted shell prompt do not change the findings', () => {
  const plain = analyze(read('gateway-run-errors.txt'), compiled).findings.map((f) => f.id);
  const noisy = read('gateway-run-errors.txt')
    .split('\n')
    .map((l) => `\u001b[31m${l}\u001b[0m\r`)
    .join('\n');
  assert.deepEqual(
    analyze(noisy, compiled).findings.map((f) => f.id),
    plain,
  );
});

test('a truncated JSON document is reported and its lines are still searched', () => {
  const text = read('connect-error-AUTH_TOKEN_MISMATCH.json').split('\n').slice(0, 9).join('\n');
  const report = analyze(text, compiled);
  assert.ok(report.findings.some((f) => f.id === 'auth-token-mismatch'));
  assert.equal(report.skipped[0]?.reason, 'json-truncated');
});

test('malformed JSON is reported with the parser message, not thrown', () => {
  const report = analyze('{\n  "type": "res",\n  "ok": false,,\n  "error": {"message": "device nonce mismatch"}\n}', compiled);
  assert.equal(report.skipped[0]?.reason, 'json-invalid');
  assert.ok(report.findings.some((f) => f.id === 'device-nonce-mismatch'));
});

test('binary garbage is skipped and said so', () => {
  const report = analyze('\u0000\u0001\u0002garbage\u0000\nRuntime: stopped\n', compiled);
  assert.equal(report.skipped[0]?.reason, 'binary');
  assert.ok(report.findings.some((f) => f.id === 'runtime-stopped'));
});

test('empty input is an empty report', () => {
  const report = analyze('', compiled);
  assert.deepEqual([report.lines, report.findings.length, report.inputKinds.length], [0, 0, 0]);
});

test('findings are redacted by default and raw with redact: false', () => {
  const line =
    '2026-04-09T06:15:42.940Z warn gateway/ws {"subsystem":"gateway/ws"} closed before connect conn=1 remote=127.0.0.1 fwd=n/a origin=http://127.0.0.1:18789/?token=abcdef123456 host=127.0.0.1:18789 ua=n/a code=1008 reason=device nonce mismatch';
  assert.match(analyze(line, compiled).findings[0]!.excerpt, /token=‹redacted›/);
  assert.match(analyze(line, compiled, { redact: false }).findings[0]!.excerpt, /token=abcdef123456/);
});
