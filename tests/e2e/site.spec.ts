import { expect, type Page, test } from '@playwright/test';

/**
 * Picks a language as a reader does, once the page has loaded: the picker is Starlight's custom
 * element, and a choice made before its script runs goes nowhere (seen under load after a click).
 */
async function pickLanguage(page: Page, picker: string, label: string): Promise<void> {
  await page.waitForLoadState('load');
  await page.getByRole('combobox', { name: picker }).first().selectOption({ label });
}

test.describe('the bilingual site', () => {
  test('redirects / to the Chinese landing page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-cn\/$/);
  });

  for (const [path, lang, heading] of [
    ['/zh-cn/', 'zh-CN', /诊断|排查/],
    ['/en/', 'en', /ladder|troubleshoot|diagnos/i],
  ] as const) {
    test(`renders ${path} with html[lang=${lang}]`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(heading);
      await expect(page.getByText('openclaw channels status --probe').first()).toBeVisible();
    });
  }

  test('the language picker switches locale and keeps the page', async ({ page }) => {
    await page.goto('/zh-cn/sections/control-ui/');
    await pickLanguage(page, '选择语言', 'English');
    await expect(page).toHaveURL(/\/en\/sections\/control-ui\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await pickLanguage(page, 'Select language', '简体中文');
    await expect(page).toHaveURL(/\/zh-cn\/sections\/control-ui\/$/);
  });

  test('the language picker keeps a generated signature page', async ({ page }) => {
    await page.goto('/en/signatures/');
    const first = page.locator('.signature-index a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await pickLanguage(page, 'Select language', '简体中文');
    await expect(page).toHaveURL(new RegExp(`${href!.replace('/en/', '/zh-cn/')}$`));
  });

  for (const [path, term, expected] of [
    ['/zh-cn/', '诊断命令梯队', '/zh-cn/'],
    ['/en/', 'ladder', '/en/'],
  ] as const) {
    test(`search on ${path} finds the landing page by "${term}"`, async ({ page }) => {
      await page.goto(path);
      await page
        .getByRole('button', { name: /搜索|Search/ })
        .first()
        .click();
      await page.locator('#starlight__search input').fill(term);
      const first = page.locator('dialog[open] .pagefind-ui__result-link').first();
      await expect(first).toBeVisible();
      expect(new URL((await first.getAttribute('href'))!, 'http://x').pathname).toBe(expected);
    });
  }
});
