/**
 * The redaction corpus (tests/fixtures/secrets/corpus.ts) through openclaw-triage as users get it:
 * packed, installed into an empty folder, run with this Node 22 binary (as in cli.test.ts). Text,
 * JSON, SARIF and --follow output never contain a secret value; every corpus line is in the text
 * output as an excerpt, masked.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batches, CORPUS, firstLineHasSecret, SECRET_VALUES } from '../../fixtures/secrets/corpus.ts';
import { packCli } from './packed-cli.ts';

const MASK = '‹redacted›';
let work: string;
let bin: string;
let batchFiles: string[];
let lineFiles: string[];

function run(args: string[], input = ''): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C' };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR', 'INIT_CWD']) delete env[k];
  return spawnSync(process.execPath, [bin, '--fail-on', 'none', ...args], {
    input,
    env,
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 << 20,
  });
}

function assertNoSecret(output: string, where: string): void {
  const shown = SECRET_VALUES.filter((v) => output.includes(v));
  assert.deepEqual(shown, [], `${where} shows secret values`);
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'openclaw-triage-secrets-'));
  bin = packCli(work).bin;
  // One file per batch: every corpus line is the first occurrence of its carrier's finding.
  batchFiles = batches().map((b, i) => {
    const file = join(work, `batch-${i + 1}.log`);
    writeFileSync(file, `${b.text}\n`);
    return file;
  });
  // One file per corpus line without a carrier: alone, a line is "not in the catalog yet" or nothing.
  mkdirSync(join(work, 'lines'));
  for (const [i, c] of CORPUS.entries()) writeFileSync(join(work, 'lines', `${String(i).padStart(3, '0')}.log`), `${c.text}\n`);
  lineFiles = readdirSync(join(work, 'lines')).map((n) => join(work, 'lines', n));
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('packed CLI on the redaction corpus', () => {
  test('text output shows every corpus line, masked, and no secret', () => {
    const r = run(batchFiles);
    assert.equal(r.status, 0, r.stderr);
    assertNoSecret(r.stdout + r.stderr, 'text output');
    for (const batch of batches()) {
      for (const { item, carrier } of batch.items) {
        const excerpt = r.stdout.split('\n').find((l) => l.includes(carrier.line) && l.includes(' · '));
        assert.ok(excerpt, `${item.name}: its line is not in the output`);
        if (firstLineHasSecret(item)) assert.ok(excerpt.includes(MASK), `${item.name}: not masked in ${excerpt}`);
      }
    }
  });

  test('--format json and --format sarif show no secret', () => {
    for (const format of ['json', 'sarif']) {
      const r = run(['--format', format, ...batchFiles]);
      assert.equal(r.status, 0, r.stderr);
      const doc = JSON.parse(r.stdout) as unknown;
      assert.ok(doc && typeof doc === 'object');
      assertNoSecret(r.stdout + r.stderr, `${format} output`);
    }
  });

  test('each line alone (not in the catalog yet: excerpt, shape, search link) shows no secret in text, JSON and SARIF', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const r = run(['--format', format, ...lineFiles]);
      assert.equal(r.status, 0, r.stderr);
      assertNoSecret(r.stdout + r.stderr, `${format} output`);
    }
    const doc = JSON.parse(run(['--format', 'json', ...lineFiles]).stdout) as { unrecognized?: Array<{ excerpt: string }> };
    assert.ok(
      (doc.unrecognized ?? []).some((u) => u.excerpt.includes(MASK)),
      'no masked line not in the catalog yet: the check above saw none',
    );
  });

  test('--follow annotates each line as it arrives, masked', () => {
    const text = batches()
      .map((b) => b.text)
      .join('\n');
    const r = run(['--follow'], `${text}\n`);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes(MASK));
    assertNoSecret(r.stdout + r.stderr, '--follow output');
  });

  test('--no-redact shows the secrets: the checks above look at the text that held them', () => {
    const r = run(['--no-redact', batchFiles[0]!]);
    assert.ok(SECRET_VALUES.some((v) => r.stdout.includes(v)));
  });
});
