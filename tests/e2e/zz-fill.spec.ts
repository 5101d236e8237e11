import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
test('fill 20MB', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/tools/analyze/');
  const root = page.locator('[data-analyzer]');
  await expect(root).toHaveAttribute('data-ready', 'true');
  const base = readFileSync('tests/fixtures/samples/logs-plain.txt', 'utf8');
  const big = base.repeat(Math.ceil(20e6 / base.length));
  await page.evaluate(() => { const w = window as any; w.__gap = 0; let last = performance.now(); const tick = (n: number) => { w.__gap = Math.max(w.__gap, n - last); last = n; requestAnimationFrame(tick); }; requestAnimationFrame(tick); });
  const t0 = Date.now();
  await root.locator('textarea').fill(big);
  console.log('fill took', Date.now() - t0);
  await expect(root).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  console.log('done after', Date.now() - t0, 'max frame gap', await page.evaluate(() => (window as any).__gap));
  const t1 = Date.now(); await page.evaluate(() => 1); console.log('eval', Date.now() - t1);
  await root.locator('textarea').press('End');
  console.log('findings', await root.locator('[data-signature-id]').count());
});
