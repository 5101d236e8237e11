import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAKE_IT_LINEAR, unsafeRegexReason } from '../../../src/catalog/regex-safety.ts';
import { EXEMPT, readEngineRegexes } from './engine-regexes.ts';

/**
 * No regex may backtrack catastrophically: a pasted log is hostile input. The catalog's regexes are
 * stage 3 of the catalog check (tests/unit/catalog/real-catalog.test.ts); the engine's own are read
 * from its source (engine-regexes.ts) and go through the same recheck verdict here.
 */
const { regexes, unreadable, unusedExemptions } = readEngineRegexes();

test('every regex in the engine can be read from its source', () => {
  assert.ok(regexes.length >= 60, `only ${regexes.length} regexes found in src/engine: is the reader still reading?`);
  assert.deepEqual(unreadable, [], 'build these from string constants of the module, or exempt them in engine-regexes.ts with the reason');
  assert.deepEqual(unusedExemptions, [], `exemptions that match nothing any more (remove them): ${Object.keys(EXEMPT).join(', ')}`);
});

test('every engine regex compiles as it is read', () => {
  for (const r of regexes) assert.doesNotThrow(() => new RegExp(r.source, r.flags), `${r.where}: /${r.source}/${r.flags}`);
});

test('no engine regex is vulnerable to catastrophic backtracking', async () => {
  const unsafe: string[] = [];
  // One at a time: recheck's fuzzer is CPU-bound, and in parallel on two cores it times out.
  for (const r of regexes) {
    const reason = await unsafeRegexReason(r.source, r.flags);
    if (reason) unsafe.push(`${r.where} /${r.source}/${r.flags}: ${reason}; ${MAKE_IT_LINEAR}`);
  }
  assert.deepEqual(unsafe, []);
});
