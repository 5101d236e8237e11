/** The real catalog in content/ against the whole staged check, and against the handbook's pages. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkCatalog, STAGES } from '../../../src/catalog/check.ts';
import { formatProblem, loadCatalog } from '../../../src/catalog/load.ts';

test('the real catalog passes every stage of the check, none skipped', async () => {
  const { catalog, problems, skipped } = await checkCatalog();
  assert.ok(catalog, 'catalog did not load');
  assert.equal(problems.length, 0, `catalog problems:\n${problems.map((p) => `[stage ${p.stage}] ${formatProblem(p)}`).join('\n')}`);
  assert.deepEqual(skipped, [], `stages skipped: ${skipped.map((s) => `${s.stage} (${STAGES[s.stage]}): ${s.reason}`).join('; ')}`);
});

test('every section in sections.yaml has a page in both locales', () => {
  for (const section of loadCatalog().sections) {
    for (const locale of ['zh-cn', 'en']) {
      const file = section.slug === '' ? 'index.mdx' : `${section.slug}.mdx`;
      assert.ok(existsSync(join(process.cwd(), 'src/content/docs', locale, file)), `${locale}/${file} missing for section ${section.id}`);
    }
  }
});
