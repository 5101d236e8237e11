import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../src/engine/index.ts';
import { enginePatterns } from '../../../src/engine/patterns.ts';
import { MAKE_IT_LINEAR, unsafeRegexReason } from '../../../src/catalog/regex-safety.ts';

/**
 * No regex may backtrack catastrophically: a pasted log is hostile input. The catalog's regexes are
 * stage 3 of the catalog check (tests/unit/catalog/real-catalog.test.ts); the engine's own, declared
 * through `pattern()`, go through the same recheck verdict here.
 */
test('the engine declares its patterns for the check', () => {
  assert.ok(enginePatterns.length >= 20, `only ${enginePatterns.length} engine patterns registered`);
});

test('no engine regex is vulnerable to catastrophic backtracking', async () => {
  const unsafe: string[] = [];
  // One at a time: recheck's fuzzer is CPU-bound, and in parallel on two cores it times out.
  for (const re of enginePatterns) {
    const reason = await unsafeRegexReason(re.source, re.flags);
    if (reason) unsafe.push(`engine pattern ${re}: ${reason}; ${MAKE_IT_LINEAR}`);
  }
  assert.deepEqual(unsafe, []);
});
