/**
 * The redaction corpus (tests/fixtures/secrets/corpus.ts) pasted into the analyzer on the built site:
 * the rendered findings and lines not in the catalog yet (text and markup), the "copy report"
 * Markdown and the share link's fragment never contain a secret value. Each batch puts every corpus
 * line on screen as some finding's excerpt, so the checks look at the very lines that held secrets.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadCatalog } from '../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../src/engine/index.ts';
import { batches, firstLineHasSecret, SECRET_VALUES } from '../fixtures/secrets/corpus.ts';
import { openAnalyzer } from './analyzer-page.ts';

const MASK = '‹redacted›';
const compiled = compileCatalog(loadCatalog().entries);

async function paste(root: Locator, text: string): Promise<void> {
  await root.locator('textarea').fill('');
  await expect(root).toHaveAttribute('data-state', 'idle');
  await root.locator('textarea').fill(text);
  await expect(root).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
}

/** The secret values found in `text` (none expected). */
const leaked = (text: string) => SECRET_VALUES.filter((v) => text.includes(v));

async function shareFragment(root: Locator): Promise<string> {
  await root.getByRole('button', { name: 'Share link' }).click();
  const input = root.locator('.analyzer-share input');
  await expect(input).toHaveValue(/#report=/);
  const href = await input.inputValue();
  expect(leaked(href)).toEqual([]);
  return Buffer.from(new URL(href).hash.slice('#report='.length), 'base64url').toString('utf8');
}

async function copiedReport(page: Page, root: Locator): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await root.getByRole('button', { name: 'Copy report (Markdown)' }).click();
  await expect(root.getByRole('status')).toHaveText('Report copied as Markdown.');
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('redaction in the page', () => {
  test.describe.configure({ mode: 'serial' });

  batches().forEach((batch, n) => {
    test(`corpus batch ${n + 1}: findings, excerpts, copied report and share link show no secret`, async ({ page, context }) => {
      test.setTimeout(120_000);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const root = await openAnalyzer(page);
      await paste(root, batch.text);

      // Every corpus line is on screen, as its carrier's finding, and masked where it held a secret.
      const ids = await root.locator('[data-signature-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-signature-id')));
      expect(ids).toEqual(analyze(batch.text, compiled).findings.map((f) => f.id));
      for (const { item, carrier } of batch.items) {
        const excerpt = root.locator(`[data-signature-id="${carrier.id}"] .analyzer-excerpt`);
        await expect(excerpt, item.name).toContainText(carrier.line.slice(0, 40));
        if (firstLineHasSecret(item)) await expect(excerpt, item.name).toContainText(MASK);
      }
      const results = root.locator('.analyzer-results');
      expect(leaked(await results.innerText()), 'rendered text').toEqual([]);
      // Markup too: attributes such as the search links of lines not in the catalog yet.
      expect(leaked(await results.evaluate((e) => e.outerHTML)), 'rendered markup').toEqual([]);

      const markdown = await copiedReport(page, root);
      expect(markdown).toContain('# OpenClaw Gateway analyzer report');
      expect(markdown.split(MASK).length - 1).toBeGreaterThanOrEqual(batch.items.filter(({ item }) => firstLineHasSecret(item)).length);
      expect(leaked(markdown), 'copied report').toEqual([]);

      const fragment = await shareFragment(root);
      expect(fragment.split(MASK).length - 1).toBeGreaterThanOrEqual(batch.items.filter(({ item }) => firstLineHasSecret(item)).length);
      expect(leaked(fragment), 'share link').toEqual([]);
    });
  });

  test('with "Mask secrets" off the page shows the raw text, and the report and the link are still masked', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const root = await openAnalyzer(page);
    await root.getByRole('checkbox', { name: 'Mask secrets' }).uncheck();
    const batch = batches()[0]!;
    await paste(root, batch.text);
    // The switch works: the raw secrets are on screen (the reader asked for them)…
    expect(leaked(await root.locator('.analyzer-results').innerText()).length).toBeGreaterThan(0);
    // …but nothing that leaves the page carries them.
    expect(leaked(await copiedReport(page, root)), 'copied report').toEqual([]);
    expect(leaked(await shareFragment(root)), 'share link').toEqual([]);
  });
});
