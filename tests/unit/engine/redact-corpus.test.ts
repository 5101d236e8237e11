/**
 * The redaction corpus through the engine: every fake secret of tests/fixtures/secrets/corpus.ts, in
 * every form, is masked by `redact()` and never appears in a report (findings, excerpts, lines not
 * in the catalog yet, their shapes, skipped-input details). The packed CLI and the page are checked on
 * the same corpus in tests/unit/cli/redact-corpus.test.ts and tests/e2e/redaction.spec.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog, redact } from '../../../src/engine/index.ts';
import { MASK } from '../../../src/engine/redact.ts';
import { batches, carried, CARRIERS, CORPUS, firstLineHasSecret, SECRET_VALUES } from '../../fixtures/secrets/corpus.ts';

const compiled = compileCatalog(loadCatalog().entries);

function assertNoSecret(text: string, values: readonly string[], where: string): void {
  for (const value of values) assert.ok(!text.includes(value), `${where} shows ${JSON.stringify(value)}:\n${text.slice(0, 2000)}`);
}

describe('redact() on the corpus', () => {
  for (const c of CORPUS) {
    test(`masks ${c.name}`, () => {
      const once = redact(c.text);
      assertNoSecret(once, c.values, 'the redacted text');
      assert.ok(once.includes(MASK), `nothing masked in ${JSON.stringify(once)}`);
      assert.equal(redact(once), once, 'redacting twice changes the text');
      // Line by line (how the engine redacts) as well as whole.
      for (const line of c.text.split('\n')) assert.equal(redact(redact(line)), redact(line));
    });
  }

  test('a private key block keeps its line count and its BEGIN and END lines', () => {
    const block = CORPUS.find((c) => c.secret === 'privateKey' && c.form === 'multi-line block')!;
    const masked = redact(block.text);
    assert.equal(masked.split('\n').length, block.text.split('\n').length - block.values.length + 1);
    assert.match(masked, /^key file contents:\n-----BEGIN PRIVATE KEY-----\n‹redacted›\n-----END PRIVATE KEY-----$/);
  });
});

describe('analyze() on the corpus', () => {
  test('every carrier line yields its own finding, also with a secret after it', () => {
    for (const carrier of CARRIERS) {
      const ids = analyze(carried(CORPUS[0]!, carrier), compiled).findings.map((f) => f.id);
      assert.ok(ids.includes(carrier.id), `${carrier.id} not found in its carrier line (found: ${ids.join(', ')})`);
    }
  });

  for (const c of CORPUS) {
    test(`a report shows ${c.name} masked`, () => {
      const carrier = CARRIERS[CORPUS.indexOf(c) % CARRIERS.length]!;
      const report = analyze(carried(c, carrier), compiled);
      const finding = report.findings.find((f) => f.id === carrier.id);
      assert.ok(finding, `no ${carrier.id} finding`);
      // The secret's line is on screen (so the check below means something), and masked.
      assert.ok(finding.excerpt.startsWith(carrier.line), `the excerpt is another line: ${finding.excerpt}`);
      if (firstLineHasSecret(c)) assert.ok(finding.excerpt.includes(MASK), `excerpt not masked: ${finding.excerpt}`);
      assertNoSecret(JSON.stringify(report), c.values, 'the report');
      // Alone, a problem-looking line is "not in the catalog yet": its excerpt and shape are masked too.
      assertNoSecret(JSON.stringify(analyze(c.text, compiled)), c.values, 'the report of the line alone');
    });
  }

  test('each batch of the corpus shows every line once, masked, and no secret', () => {
    for (const batch of batches()) {
      const report = analyze(batch.text, compiled);
      for (const { item, carrier } of batch.items) {
        const f = report.findings.find((x) => x.id === carrier.id);
        assert.ok(f, `${item.name}: no ${carrier.id} finding in the batch`);
        assert.ok(f.excerpt.startsWith(carrier.line), `${item.name}: the excerpt is another line: ${f.excerpt}`);
        if (firstLineHasSecret(item)) assert.ok(f.excerpt.includes(MASK), `${item.name}: excerpt not masked: ${f.excerpt}`);
      }
      assertNoSecret(JSON.stringify(report), SECRET_VALUES, 'a batch report');
    }
  });

  test('a line not in the catalog yet has a masked shape and search words', () => {
    const token = CORPUS.find((c) => c.name === 'the gateway token after --token on a command line')!;
    const report = analyze(`${'2026-12-02T13:03:36Z'} error [gateway] sidecar restart failed: ${token.text.slice(2)}`, compiled);
    assert.equal(report.unrecognized.length, 1);
    assert.match(report.unrecognized[0]!.shape, /--token ‹redacted›/);
    assertNoSecret(JSON.stringify(report), token.values, 'the report');
  });

  test('broken JSON is reported with the parser message, masked', () => {
    const token = CORPUS.find((c) => c.secret === 'gatewayToken' && c.form === 'JSON')!;
    const report = analyze(`{"gateway": {"auth": {"token": "${token.values[0]}", oops}}}`, compiled);
    assert.equal(report.skipped[0]?.reason, 'json-invalid');
    assertNoSecret(JSON.stringify(report), token.values, 'the report');
  });

  test('recognition does not depend on redaction: the same findings with it on and off', () => {
    for (const batch of batches()) {
      const ids = (redactOn: boolean) => analyze(batch.text, compiled, { redact: redactOn }).findings.map((f) => [f.id, f.line, f.count]);
      assert.deepEqual(ids(true), ids(false));
    }
  });
});
