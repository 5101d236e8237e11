import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog, redact } from '../../../src/engine/index.ts';

/** Properties over arbitrary and mutated input, with a fixed seed and a bounded run count (CI). */
const SEED = 20261124;
const compiled = compileCatalog(loadCatalog().entries);
const samplesDir = join(process.cwd(), 'tests/fixtures/samples');
const samples = readdirSync(samplesDir).map((f) => readFileSync(join(samplesDir, f), 'utf8'));

// Mutations that real pastes suffer: truncation, doubled escapes, stray ANSI, mixed encodings, long lines, deep nesting.
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('double-escape' as const) }),
  fc.record({
    kind: fc.constant('ansi' as const),
    at: fc.nat(),
    code: fc.constantFrom('\u001b[31m', '\u001b[0m', '\u001b]8;;x\u0007', '\u001b['),
  }),
  fc.record({ kind: fc.constant('latin1' as const) }),
  fc.record({ kind: fc.constant('long-line' as const), n: fc.integer({ min: 1000, max: 10_000 }) }),
  fc.record({ kind: fc.constant('deep-json' as const), depth: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 40 }) }),
  fc.record({ kind: fc.constant('crlf' as const) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'double-escape':
      return text.replace(/"/g, '\\"').replace(/\\/g, '\\\\');
    case 'ansi': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.code + text.slice(at);
    }
    case 'latin1':
      return Buffer.from(text, 'utf8').toString('latin1');
    case 'long-line':
      return text + '\n' + 'x'.repeat(m.n) + ' device nonce mismatch ' + 'y'.repeat(m.n);
    case 'deep-json':
      return '['.repeat(m.depth) + text + ']'.repeat(m.depth);
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
  }
}

test('analyze never throws on arbitrary text and is deterministic', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
      const a = analyze(text, compiled);
      const b = analyze(text, compiled);
      assert.deepEqual(a, b);
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test('analyze never throws on mutated real samples and is deterministic', () => {
  fc.assert(
    fc.property(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 3 }), (sample, mutations) => {
      const text = mutations.reduce(mutate, sample);
      const a = analyze(text, compiled);
      assert.deepEqual(analyze(text, compiled), a);
      assert.equal(a.lines, text.split('\n').length - (text.endsWith('\n') ? 1 : 0) || (text.length > 0 ? 1 : 0));
    }),
    { seed: SEED, numRuns: 200 },
  );
});

test('redaction is idempotent on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...samples), (noise, sample) => {
      const text = sample.slice(0, 500) + noise;
      assert.equal(redact(redact(text)), redact(text));
    }),
    { seed: SEED, numRuns: 200 },
  );
});

// How the time grows with the input (10x the input for at most ~15x the time) and how long one
// pathological 1 MB line takes are measured by `npm run bench` (scripts/bench/engine.ts), not asserted
// here: a test must not depend on the machine's speed.

test('one pathological 1 MB line without newlines is read as one line, with no finding made up', () => {
  const report = analyze('device '.repeat(150_000), compiled);
  assert.equal(report.lines, 1);
  assert.deepEqual(report.findings, []);
});
