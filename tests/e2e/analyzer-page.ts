/** Opening a page's analyzer in the browser tests: scrolled to (islands hydrate when visible), hydrated, and ready. */
import { expect, type Locator, type Page } from '@playwright/test';

export async function openAnalyzer(page: Page, path = '/en/tools/analyze/'): Promise<Locator> {
  await page.goto(path);
  const root = page.locator('[data-analyzer]').first();
  await root.scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr]) [data-analyzer]').first().waitFor();
  await expect(root).toHaveAttribute('data-ready', 'true');
  return root;
}
