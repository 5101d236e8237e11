/** docs-dev/CATALOG-AUTHORING.md: its field, code and rule lists are generated, and never stale. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AUTHORING_DOC, authoringReference, GENERATOR, withGeneratedBlocks } from '../../../src/catalog/authoring-reference.ts';
import { loadCatalog } from '../../../src/catalog/load.ts';

test('the generated blocks of the authoring doc match the schema, the engine and the catalog', () => {
  const doc = readFileSync(AUTHORING_DOC, 'utf8');
  assert.ok(
    doc === withGeneratedBlocks(doc, authoringReference(loadCatalog())),
    `${AUTHORING_DOC} is stale: run \`${GENERATOR}\` and commit the result`,
  );
});

test('the field reference carries each field with its schema description', () => {
  const { 'signature-fields': fields } = authoringReference(loadCatalog());
  assert.match(fields!, /^\| `match\.codes` \| list of text \| default `\[\]` \| Structured codes the engine reads/m);
  assert.match(fields!, /^\| `versionAdvice\[\]\.until` \| text \| optional \| First release it no longer applies to/m);
});

test('a generated block whose markers are gone is an error, not a silently stale doc', () => {
  assert.throws(() => withGeneratedBlocks('# no markers\n', { 'engine-codes': 'x' }), /has no "<!-- generated: engine-codes/);
});
