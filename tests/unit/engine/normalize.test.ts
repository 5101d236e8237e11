import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksBinary, normalizeLine, stripAnsi, unescapeJsonText } from '../../../src/engine/normalize.ts';

test('strips colour, cursor and OSC-8 hyperlink escapes', () => {
  assert.equal(stripAnsi('\u001b[31mRuntime: stopped\u001b[0m'), 'Runtime: stopped');
  assert.equal(stripAnsi('\u001b]8;;https://docs.openclaw.ai\u0007docs\u001b]8;;\u0007'), 'docs');
});

test('removes CR, clack frames and shell prompts', () => {
  assert.equal(normalizeLine('RPC probe: ok\r'), 'RPC probe: ok');
  assert.equal(normalizeLine('│  Doctor complete.'), 'Doctor complete.');
  assert.equal(normalizeLine('◇  '), '');
  assert.equal(normalizeLine('$ openclaw gateway status'), 'openclaw gateway status');
  assert.equal(normalizeLine('alice@host:~$ openclaw doctor'), 'openclaw doctor');
});

test('keeps ordinary lines unchanged', () => {
  const line = '2026-04-09T06:12:01.114Z info gateway {"subsystem":"gateway"} loading configuration…';
  assert.equal(normalizeLine(line), line);
});

test('unescapes one level of JSON string escaping', () => {
  assert.equal(unescapeJsonText('Remote CDP for profile \\"work\\" is not reachable'), 'Remote CDP for profile "work" is not reachable');
  assert.equal(unescapeJsonText('a\\\\"b'), 'a\\"b');
});

test('recognises binary garbage but not text with tabs or escapes', () => {
  assert.equal(looksBinary('abc\u0000def'), true);
  assert.equal(looksBinary('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015'), true);
  assert.equal(looksBinary('\tindented\tline with\u001b[0m colour and more text'), false);
});
