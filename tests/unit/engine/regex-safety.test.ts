import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from 'recheck';
import { loadCatalog } from '../../../src/catalog/load.ts';
import '../../../src/engine/index.ts';
import { enginePatterns } from '../../../src/engine/patterns.ts';

/**
 * No regex may backtrack catastrophically: a pasted log is hostile input. recheck analyses each
 * pattern (automaton or fuzzing); a vulnerable one fails with its id or source and the attack string.
 */
const patterns = [
  ...loadCatalog().entries.flatMap((e) => (e.match.regex ? [{ name: `catalog entry "${e.id}"`, source: e.match.regex, flags: e.match.ignoreCase ? 'i' : '' }] : [])),
  ...enginePatterns.map((re) => ({ name: `engine pattern ${re}`, source: re.source, flags: re.flags.replace(/[gyd]/g, '') })),
];

test('there are patterns to check (catalog and engine)', () => {
  assert.ok(enginePatterns.length >= 20, `only ${enginePatterns.length} engine patterns registered`);
  assert.ok(patterns.length > enginePatterns.length);
});

test('no catalog or engine regex is vulnerable to catastrophic backtracking', async () => {
  const vulnerable: string[] = [];
  // One at a time: recheck's fuzzer is CPU-bound, and in parallel on two cores it times out.
  for (const p of patterns) {
    const result = await check(p.source, p.flags, { timeout: 30_000 });
    if (result.status === 'vulnerable') vulnerable.push(`${p.name}: ${result.complexity.type} (attack: ${JSON.stringify(result.attack.pattern)})`);
    else if (result.status === 'unknown') vulnerable.push(`${p.name}: could not be proven safe (${result.error.kind}); simplify it`);
  }
  assert.deepEqual(vulnerable, []);
});
