/** Reading what the engine can emit from its source (the catalog check's stage 6 and the authoring docs). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEngineVocabulary } from '../../../src/catalog/engine-vocabulary.ts';

test('tells named codes, codes passed through from the input and codes built at run time apart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'engine-'));
  const file = join(dir, 'parse-json.ts');
  writeFileSync(
    file,
    `type Json = Record<string, unknown>;
const obj = (v: unknown) => v as Json | undefined;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown) => (Array.isArray(v) ? v : []);
function status(doc: Json, out: { codes: Array<{ code: string; needle: string }> }): void {
  out.codes.push({ code: 'port-busy', needle: '"busy"' });
  out.codes.push({ code: doc['ok'] ? 'probe-ok' : 'probe-failed', needle: '"ok"' });
  const runtime = str(obj(doc['service'])?.['status']);
  if (runtime === 'running' || runtime === 'stopped') out.codes.push({ code: \`runtime-\${runtime}\`, needle: '' });
  if (runtime) out.codes.push({ code: 'state-' + runtime, needle: '' });
}
function frame(doc: Json, out: { codes: Array<{ code: string; needle: string }> }): void {
  const error = obj(doc['error']);
  const code = str(obj(error?.['details'])?.['code']);
  if (code) out.codes.push({ code, needle: code });
  for (const warning of arr(doc['warnings'])) {
    const id = str(obj(warning)?.['id']);
    if (id) out.codes.push({ code: id, needle: id });
  }
}
const READERS = { 'status-json': status, 'connect-frame': frame };
export const RULES = { 'both-at-once': () => undefined };
`,
  );
  const at = (line: number, reader: string, inputs: string[]) => ({ file, line, reader, inputs });
  assert.deepEqual(readEngineVocabulary(dir), {
    named: [
      { ...at(6, 'status', ['status-json']), code: 'port-busy' },
      { ...at(7, 'status', ['status-json']), code: 'probe-ok' },
      { ...at(7, 'status', ['status-json']), code: 'probe-failed' },
      { ...at(9, 'status', ['status-json']), code: 'runtime-running' },
      { ...at(9, 'status', ['status-json']), code: 'runtime-stopped' },
    ],
    passedThrough: [
      { ...at(15, 'frame', ['connect-frame']), from: 'error.details.code' },
      { ...at(18, 'frame', ['connect-frame']), from: 'warnings[].id' },
    ],
    unlisted: [{ ...at(10, 'status', ['status-json']), expression: "'state-' + runtime" }],
    rules: [{ rule: 'both-at-once', file, line: 22 }],
  });
});

test("finds the real engine's named codes, the input fields it passes through, and its rules", () => {
  const vocabulary = readEngineVocabulary();
  const portBusy = vocabulary.named.find((n) => n.code === 'port-busy');
  assert.deepEqual(portBusy && { file: portBusy.file, reader: portBusy.reader, inputs: portBusy.inputs }, {
    file: 'src/engine/parse-json.ts',
    reader: 'gatewayStatus',
    inputs: ['gateway-status-json'],
  });
  assert.ok(vocabulary.named.some((n) => n.code === 'runtime-running') && vocabulary.named.some((n) => n.code === 'runtime-stopped'));
  for (const from of ['error.details.code', 'warnings[].code', 'findings[].checkId', 'reason']) {
    assert.ok(
      vocabulary.passedThrough.some((p) => p.from === from),
      `no code passed through from ${from}: ${JSON.stringify(vocabulary.passedThrough)}`,
    );
  }
  assert.deepEqual(vocabulary.unlisted, []);
  assert.ok(vocabulary.rules.some((r) => r.rule === 'running-probe-failed' && r.file === 'src/engine/combine.ts'));
});
