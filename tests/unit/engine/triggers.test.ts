/**
 * The engine runs its per-line readers (facts, versions, "not in the catalog yet") only on lines where
 * the automaton saw one of their triggers. This checks, on every real capture of the lab and every
 * catalog example, that no line a reader accepts lacks its trigger: a reader's regex and its trigger
 * list cannot drift apart unnoticed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { FACT_TRIGGERS, readLineFacts } from '../../../src/engine/facts.ts';
import { normalizeLine } from '../../../src/engine/normalize.ts';
import { looksLikeProblem, PROBLEM_TRIGGERS } from '../../../src/engine/unrecognized.ts';
import { detectVersionInLine, VERSION_TRIGGERS } from '../../../src/engine/version.ts';

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith('.txt')) yield path;
  }
}

const lines = [
  ...[...files(join(process.cwd(), 'tests/fixtures/lab'))].flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/)),
  ...loadCatalog().entries.flatMap((e) => e.examples.match.flatMap((x) => x.split('\n'))),
].map(normalizeLine);

const readers = [
  { name: 'readLineFacts', triggers: FACT_TRIGGERS, accepts: (line: string) => readLineFacts(line, 1, {}) },
  // `openclaw --version` output (a line that is only the version) is read without a trigger (VERSION_START in analyze.ts).
  {
    name: 'detectVersionInLine',
    triggers: VERSION_TRIGGERS,
    accepts: (line: string) => (detectVersionInLine(line, 1)?.source ?? 'version-output') !== 'version-output',
  },
  { name: 'looksLikeProblem', triggers: PROBLEM_TRIGGERS, accepts: looksLikeProblem },
];

for (const reader of readers) {
  test(`every line ${reader.name} accepts carries one of its triggers`, () => {
    const accepted = lines.filter(reader.accepts);
    assert.ok(accepted.length > 0, `${reader.name} accepted no line: the corpus is not what this test thinks`);
    const missed = accepted.filter((line) => !reader.triggers.some((t) => line.toLowerCase().includes(t)));
    assert.deepEqual(
      missed.slice(0, 5),
      [],
      `${missed.length} line(s) ${reader.name} reads carry no trigger, so the engine would never read them`,
    );
  });
}
