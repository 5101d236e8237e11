import { expect, test } from '@playwright/test';
import { cliOutputJsonSchema } from '../../src/cli/output-schema.ts';

/** The built site serves the JSON Schema of `openclaw-triage --format json`, and both CLI pages link it. */
test('/cli-output.schema.json is the schema of src/cli/output-schema.ts, as JSON', async ({ request }) => {
  const response = await request.get('/cli-output.schema.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/json/);
  expect(await response.json()).toEqual(cliOutputJsonSchema());
});

for (const locale of ['en', 'zh-cn'] as const) {
  test(`the ${locale} CLI page links the schema, and the link opens it`, async ({ page }) => {
    await page.goto(`/${locale}/tools/cli/`);
    const link = page.locator('main a[href="/cli-output.schema.json"]');
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(/\/cli-output\.schema\.json$/);
  });
}
