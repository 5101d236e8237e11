/**
 * content/seen-in-real-output.json (where each signature was seen in real OpenClaw output) is
 * generated from the committed lab captures; it must match them, name only catalog ids and hold no
 * lab secret.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONTENT_DIR, loadCatalog, loadSeen, SEEN_FILE, type CatalogProblem } from '../../../src/catalog/load.ts';
import { LAB_SECRETS } from '../../../scripts/lab/capture.ts';
import { buildSeenIndex, seenIndexText } from '../../../scripts/lab/seen.ts';

const path = join(DEFAULT_CONTENT_DIR, SEEN_FILE);
const committed = readFileSync(path, 'utf8');
const index = JSON.parse(committed) as Record<string, unknown>;
const ids = Object.keys(index).filter((k) => k !== '//');

test('the committed seen-in-real-output.json is what the lab captures yield now', () => {
  assert.equal(
    committed,
    seenIndexText(buildSeenIndex()),
    'content/seen-in-real-output.json is stale: run `npm run lab -- seen` and commit it',
  );
});

test('the seen index parses against the catalog schema and says it is generated', () => {
  const problems: CatalogProblem[] = [];
  loadSeen(DEFAULT_CONTENT_DIR, problems);
  assert.deepEqual(problems, []);
  assert.match(String(index['//']), /npm run lab -- seen/);
});

test('every id in the seen index is a catalog id', () => {
  const catalog = new Set(loadCatalog().entries.map((e) => e.id));
  assert.deepEqual(
    ids.filter((id) => !catalog.has(id)),
    [],
    'not catalog ids: run `npm run lab -- seen` after renaming or removing a signature',
  );
});

test('the catalog entries carry what the seen index says', () => {
  const entries = loadCatalog().entries;
  for (const id of ids) assert.deepEqual(entries.find((e) => e.id === id)?.seen, index[id], id);
  for (const e of entries.filter((e) => !ids.includes(e.id))) assert.equal(e.seen, undefined, e.id);
});

test('no line or command in the seen index contains a lab secret', () => {
  for (const secret of Object.values(LAB_SECRETS))
    assert.ok(!committed.includes(secret), `content/seen-in-real-output.json shows ${secret}`);
});
