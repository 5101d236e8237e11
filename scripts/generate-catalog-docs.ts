// Rewrites the generated blocks of docs-dev/CATALOG-AUTHORING.md from the schema, the engine and the
// catalog: `npx node scripts/generate-catalog-docs.ts` (tests/unit/catalog/authoring-doc.test.ts fails when they are stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { AUTHORING_DOC, authoringReference, withGeneratedBlocks } from '../src/catalog/authoring-reference.ts';
import { loadCatalog } from '../src/catalog/load.ts';

const before = readFileSync(AUTHORING_DOC, 'utf8');
const after = withGeneratedBlocks(before, authoringReference(loadCatalog()));
if (after === before) console.log(`${AUTHORING_DOC}: up to date`);
else {
  writeFileSync(AUTHORING_DOC, after);
  console.log(`${AUTHORING_DOC}: generated blocks rewritten`);
}
