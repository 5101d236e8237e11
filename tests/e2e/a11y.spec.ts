import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { htmlFiles, urlPathOf } from './built-site.ts';

/** axe (WCAG 2.0, 2.1 and 2.2, A and AA) on every built page of both locales: zero violations. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = htmlFiles()
  .map(urlPathOf)
  .filter((p) => p.startsWith('/zh-cn/') || p.startsWith('/en/'))
  .sort();
const SHARDS = 8;

for (let shard = 0; shard < SHARDS; shard++) {
  test(`pages ${shard + 1}/${SHARDS} have no WCAG A/AA violations`, async ({ page }) => {
    test.setTimeout(300_000);
    const failures: string[] = [];
    for (const path of pages.filter((_, i) => i % SHARDS === shard)) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) failures.push(`${path}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(failures).toEqual([]);
  });
}
