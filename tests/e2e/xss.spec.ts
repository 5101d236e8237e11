import { engage } from './analyzer-page.ts';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * A corpus of injection payloads, each inside a line that carries a real signature, goes into the
 * analyzer by paste, by the file picker and by a file drop. Every payload must show up as inert text:
 * no dialog, no new script element, no element created from it, no navigation.
 */
const CORPUS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<script>window.__xss=2;alert(2)</script>',
  '<svg onload="window.__xss=3;alert(3)"><script>alert(3)</script></svg>',
  '<a href="javascript:window.__xss=4;alert(4)">open</a>',
  '[click me](javascript:window.__xss=5) ![x](javascript:alert(5))',
  '<iframe srcdoc="<script>parent.__xss=6</script>"></iframe>',
  '"><details open ontoggle="window.__xss=7">',
  'abc\u202Egnp.exe\u202C \u2066<b>bidi</b>\u2069',
];
const LINE = (payload: string, i: number) =>
  `2026-04-09T06:18:0${i}.262Z warn gateway/ws {"subsystem":"gateway/ws"} closed before connect conn=9d2e remote=127.0.0.1 code=1008 reason=device nonce mismatch ${payload}`;
const TEXT = CORPUS.map(LINE).join('\n');

async function open(page: Page): Promise<{ root: Locator; scripts: number; url: string; dialogs: () => number }> {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/en/tools/analyze/');
  const root = page.locator('[data-analyzer]');
  await page.locator('astro-island:not([ssr]) [data-analyzer]').waitFor();
  await engage(root);
  return { root, scripts: await page.locator('script').count(), url: page.url(), dialogs: () => dialogs };
}

async function assertInert(page: Page, ctx: Awaited<ReturnType<typeof open>>): Promise<void> {
  await expect(ctx.root).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await expect(ctx.root.locator('[data-signature-id="device-nonce-mismatch"]')).toHaveCount(1);
  const excerpt = ctx.root.locator('[data-signature-id="device-nonce-mismatch"] .analyzer-excerpt');
  await expect(excerpt).toContainText('reason=device nonce mismatch <img src=x onerror=');
  const results = ctx.root.locator('.analyzer-results');
  await expect(results.locator('img, script, svg, iframe, details, b')).toHaveCount(0);
  await expect(results.locator('a[href^="javascript:"]')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('script').count()).toBe(ctx.scripts);
  expect(ctx.dialogs()).toBe(0);
  expect(page.url()).toBe(ctx.url);
}

test('payloads pasted into the analyzer are inert text', async ({ page }) => {
  const ctx = await open(page);
  await ctx.root.locator('textarea').fill(TEXT);
  await assertInert(page, ctx);
});

test('payloads in a file opened with the file picker are inert text', async ({ page }) => {
  const ctx = await open(page);
  await ctx.root.locator('input[type="file"]').setInputFiles({ name: 'gateway.log', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
  await assertInert(page, ctx);
});

test('payloads in a dropped file are inert text', async ({ page }) => {
  const ctx = await open(page);
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.log', { type: 'text/plain' }));
    return dt;
  }, TEXT);
  await ctx.root.dispatchEvent('dragover', { dataTransfer: transfer });
  await ctx.root.dispatchEvent('drop', { dataTransfer: transfer });
  await assertInert(page, ctx);
});
