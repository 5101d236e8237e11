import { expect, test, type Page } from '@playwright/test';

/**
 * The built site runs under its strict CSP with no violation, and loading pages and using search
 * only ever talks to the site's own origin.
 */
const PAGES = [
  '/zh-cn/',
  '/en/',
  '/en/sections/control-ui/',
  '/zh-cn/sections/cron-heartbeat/',
  '/en/signatures/',
  '/zh-cn/signatures/device-nonce-mismatch/',
  '/en/tools/analyze/',
  '/zh-cn/tools/cli/',
];

async function watch(page: Page) {
  const violations: string[] = [];
  const foreign: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(msg.text());
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:') foreign.push(req.url());
  });
  return {
    violations: async () => [
      ...violations,
      ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[]),
    ],
    foreign,
  };
}

test('every page type sends a strict CSP: no unsafe-eval, no third-party origin', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toBeTruthy();
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
  }
});

test('pages and search work under the CSP with no violation and no third-party request', async ({ page }) => {
  const watcher = await watch(page);
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/en/');
  await page
    .getByRole('button', { name: /Search/ })
    .first()
    .click();
  await page.locator('#starlight__search input').fill('EADDRINUSE');
  await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible();
  expect(await watcher.violations()).toEqual([]);
  expect(watcher.foreign).toEqual([]);
});
