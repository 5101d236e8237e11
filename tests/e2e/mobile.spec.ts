/**
 * On a phone (390 × 844, an iPhone 13/14 in CSS pixels) no page scrolls sideways: wide tables and
 * long code or log lines scroll inside their own box or wrap, the page itself is never wider than
 * the screen. One test per page type and state, in both locales.
 */
import { engage } from './analyzer-page.ts';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/load.ts';
import { captureName, labCaptures } from '../../scripts/lab/fixtures.ts';
import { htmlFiles, parseHtml, readHtml, urlPathOf } from './built-site.ts';

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

const LOCALES = ['zh-cn', 'en'] as const;

/** The signature page most likely to overflow: the entry with the longest example line. */
const longestExampleEntry = loadCatalog()
  .entries.map((e) => ({ id: e.id, longest: Math.max(0, ...[...e.examples.match, ...e.examples.nomatch].map((x) => x.length)) }))
  .sort((a, b) => b.longest - a.longest)[0]!;

/** The lab capture with the longest line (real `openclaw logs` output with tens of kilobytes per line). */
const longestLineCapture = labCaptures()
  .map((c) => ({ capture: c, longest: Math.max(...c.text.split('\n').map((line) => line.length)) }))
  .sort((a, b) => b.longest - a.longest)[0]!;

/** Elements that stick out of the screen without a scrolling or clipping box around them (for the failure message). */
async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const insideScroller = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const out = new Set<Element>();
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5 && !insideScroller(el)) out.add(el);
    }
    const culprits = [...out]
      .filter((el) => !out.has(el.parentElement!))
      .slice(0, 10)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}> ends at ${Math.round(el.getBoundingClientRect().right)} px`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, culprits };
  });
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth, culprits } = await horizontalOverflow(page);
  expect(innerWidth, 'the viewport is a phone').toBe(PHONE.width);
  expect(
    scrollWidth,
    `the page is ${scrollWidth} px wide on a ${innerWidth} px screen; sticking out: ${culprits.join(', ')}`,
  ).toBeLessThanOrEqual(innerWidth);
}

/** Opens a page; where it has an analyzer, scrolls to it and waits until it is hydrated (its real layout). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const analyzer = page.locator('[data-analyzer]').first();
  if ((await analyzer.count()) > 0) {
    await analyzer.scrollIntoViewIfNeeded();
    await page.locator('astro-island:not([ssr]) [data-analyzer]').first().waitFor();
    await engage(analyzer);
  }
}

/** Pages whose content has a Markdown table (found in dist/). */
const pagesWithTables = htmlFiles()
  .filter((file) => parseHtml(readHtml(file)).querySelector('main .sl-markdown-content table'))
  .map(urlPathOf);

test('the long-line capture and signature page really are long (the premise of these tests)', () => {
  expect(longestLineCapture.longest, captureName(longestLineCapture.capture)).toBeGreaterThan(2_000);
  expect(longestExampleEntry.longest, longestExampleEntry.id).toBeGreaterThan(120);
});

for (const locale of LOCALES) {
  test.describe(`on a 390 px phone (${locale})`, () => {
    const pages: Array<[type: string, path: string]> = [
      ['the home page', `/${locale}/`],
      ['a section page with a table and an embedded analyzer', `/${locale}/sections/control-ui/`],
      ['a section page with a table, an analyzer and long codes in its signature list', `/${locale}/sections/agent-storage-error/`],
      ['the analyzer page before analysing', `/${locale}/tools/analyze/`],
      ['the signatures index', `/${locale}/signatures/`],
      [`a signature page (${longestExampleEntry.id}, the longest example)`, `/${locale}/signatures/${longestExampleEntry.id}/`],
      ['the CLI page', `/${locale}/tools/cli/`],
    ];
    for (const [type, path] of pages) {
      test(`${type} does not scroll sideways`, async ({ page }) => {
        await open(page, path);
        await expectNoSidewaysScroll(page);
      });
    }

    test('the analyzer page does not scroll sideways after analysing the capture with the longest line', async ({ page }) => {
      await open(page, `/${locale}/tools/analyze/`);
      const root = page.locator('[data-analyzer]');
      await root.locator('textarea').fill(longestLineCapture.capture.text);
      await expect(root).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
      await expect(root.locator('[data-signature-id]').first()).toBeVisible();
      await expectNoSidewaysScroll(page);
    });

    test('the command checklist of a two-paste analysis, with its next command, does not scroll sideways', async ({ page }) => {
      await open(page, `/${locale}/tools/analyze/`);
      const root = page.locator('[data-analyzer]');
      await root.locator('textarea').fill(longestLineCapture.capture.text);
      await expect(root.locator('[data-ladder]')).toBeVisible({ timeout: 20_000 });
      await root.locator('[data-add-paste]').click();
      await root
        .locator('textarea')
        .fill(readFileSync(join(process.cwd(), 'tests/fixtures/lab/2026.9.6/wrong-token/gateway-status.txt'), 'utf8'));
      await expect(root.locator('[data-paste="2"]').first()).toBeVisible({ timeout: 20_000 });
      await expect(root.locator('[data-ladder-step]')).toHaveCount(5);
      await expect(root.locator('[data-next-command]')).toBeVisible();
      await expectNoSidewaysScroll(page);
    });

    test("the embedded analyzer's checklist does not scroll a section page sideways", async ({ page }) => {
      await open(page, `/${locale}/sections/control-ui/`);
      const root = page.locator('[data-analyzer]').first();
      await root
        .locator('textarea')
        .fill(readFileSync(join(process.cwd(), 'tests/fixtures/lab/2026.9.6/wrong-token/gateway-status.txt'), 'utf8'));
      await expect(root.locator('[data-ladder]')).toBeVisible({ timeout: 20_000 });
      await expectNoSidewaysScroll(page);
    });

    test('every table of the handbook fits the screen, so none is a scrolling box out of keyboard reach', async ({ page }) => {
      const pages = pagesWithTables.filter((path) => path.startsWith(`/${locale}/`));
      expect(pages.length, 'pages with a table').toBeGreaterThan(2);
      const scrolling: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        const widths = await page
          .locator('.sl-markdown-content table')
          .evaluateAll((tables) => tables.map((t) => [t.scrollWidth, t.clientWidth]));
        for (const [scrollWidth, clientWidth] of widths)
          if (scrollWidth! > clientWidth!) scrolling.push(`${path}: a table ${scrollWidth} px wide in a ${clientWidth} px box`);
      }
      expect(scrolling).toEqual([]);
    });

    test('search results do not scroll the page sideways', async ({ page }) => {
      await open(page, `/${locale}/sections/control-ui/`);
      await page
        .getByRole('button', { name: locale === 'en' ? 'Search' : '搜索' })
        .first()
        .click();
      await page.locator('#starlight__search input').fill('EADDRINUSE');
      await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
  });
}
