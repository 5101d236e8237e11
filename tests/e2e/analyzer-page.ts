/** Opening a page's analyzer in the browser tests: scrolled to (islands hydrate when visible), hydrated, and ready. */
import { expect, type Locator, type Page } from '@playwright/test';

export async function openAnalyzer(page: Page, path = '/en/tools/analyze/'): Promise<Locator> {
  await page.goto(path);
  const root = page.locator('[data-analyzer]').first();
  await root.scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr]) [data-analyzer]').first().waitFor();
  await engage(root);
  return root;
}

/**
 * Turns to a hydrated analyzer as a reader does before any input (focus in its box), which loads its
 * texts, and waits until it is ready.
 */
export async function engage(root: Locator): Promise<void> {
  await root.locator('textarea').first().focus();
  await expect(root).toHaveAttribute('data-ready', 'true');
}
