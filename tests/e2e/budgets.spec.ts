/**
 * Size budgets of the built site (sizes, not times; gzip level 6, KB = 1024 bytes):
 *  1. a page without an analyzer ships no JS beyond Starlight's own;
 *  2. the analyzer island is within ISLAND_BUDGET;
 *  3. the catalog data a page loads is within PAGE_CATALOG_BUDGET (the match rules, no texts), and
 *     all that an analysis needs within ANALYSIS_CATALOG_BUDGET (the rules and one language's texts,
 *     loaded when the reader turns to the analyzer; scripts/bench/budgets.ts says why).
 *
 * "Starlight's own" JS is what the 404 page and the signature index carry (pages rendered by
 * Starlight's layout with no component of ours that has a script: asserted below), plus the scripts
 * of Starlight's optional built-ins, known by the names Astro gives them: the table of contents
 * (`TableOfContents` / `MobileTableOfContents`), search (`Search`, and Pagefind under /pagefind/,
 * loaded at idle) and Expressive Code (`ec.<hash>.js`, pages with code blocks).
 * "Ships" means loaded: the browser checks record every request (islands hydrate when scrolled to);
 * a static check over every page in dist/ catches what the sampled pages would miss.
 *
 * The island counted in (2) is every JS file (and inline script) an Analyze page loads beyond a
 * plain content page of the same locale: the island's component chunk, Preact and its hooks, Astro's
 * Preact renderer and island runtime. Not counted: the Web Worker (it holds the engine and loads
 * when the island warms up) and the catalog JSON (budget 3), both lazily loaded.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { beyond, DIST, inlineScripts, loadPage, referencedScripts, type Resource } from '../../scripts/bench/page-resources.ts';
import { ANALYSIS_CATALOG_BUDGET, ISLAND_BUDGET, PAGE_CATALOG_BUDGET } from '../../scripts/bench/budgets.ts';
import { htmlFiles, parseHtml, readHtml, urlPathOf } from './built-site.ts';

const KB = 1024;

const LOCALES = ['zh-cn', 'en'] as const;
const STARLIGHT_OPTIONAL =
  /^\/_astro\/(?:(?:TableOfContents|MobileTableOfContents|Search)\.astro_astro_type_script_index_\d+_lang|ec)\.[\w-]+\.js$/;
const REFERENCE_PAGES = ['404.html', ...LOCALES.map((l) => join(l, 'signatures', 'index.html'))].map((p) => join(DIST, p));

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const list = (resources: Resource[]) => resources.map((r) => `${r.path} (${kb(r.gzip)} gz)`).join(', ');
const sum = (resources: Resource[]) => resources.reduce((n, r) => n + r.gzip, 0);
const isJs = (r: Resource) => r.kind === 'js' || r.kind === 'worker';

function referenceScripts() {
  const external = new Set<string>();
  const inline = new Set<string>();
  for (const file of REFERENCE_PAGES) {
    const document = parseHtml(readHtml(file));
    expect(
      document.querySelectorAll('astro-island').length,
      `${urlPathOf(file)} is a reference for Starlight's own JS and must have no island`,
    ).toBe(0);
    for (const src of referencedScripts(document)) external.add(src);
    for (const script of inlineScripts(document)) inline.add(script.path);
  }
  return { external, inline };
}

test.describe('budgets', () => {
  test("pages without an analyzer carry no JS beyond Starlight's own (every page in dist/)", () => {
    const reference = referenceScripts();
    const problems: string[] = [];
    let checked = 0;
    for (const file of htmlFiles()) {
      const document = parseHtml(readHtml(file));
      if (document.querySelector('[data-analyzer]')) continue;
      checked++;
      const path = urlPathOf(file);
      if (document.querySelector('astro-island')) problems.push(`${path}: has an <astro-island> (a hydrated component) but no analyzer`);
      for (const src of referencedScripts(document)) {
        if (!reference.external.has(src) && !STARLIGHT_OPTIONAL.test(src))
          problems.push(`${path}: loads ${src}, which is not one of Starlight's scripts`);
      }
      for (const script of inlineScripts(document)) {
        if (!reference.inline.has(script.path))
          problems.push(`${path}: has an inline script (${script.raw} bytes, ${script.path}) that Starlight's pages do not have`);
      }
    }
    expect(checked, 'no page without an analyzer found in dist/ (run `npm run build`)').toBeGreaterThan(10);
    expect(problems.slice(0, 20), `${problems.length} problem(s) on ${checked} pages without an analyzer`).toEqual([]);
  });

  for (const locale of LOCALES) {
    test(`content pages load no JS beyond Starlight's own (${locale}, in the browser)`, async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const reference = referenceScripts();
      // What the reference pages load at run time (their scripts' imports and Pagefind included).
      const allowed = new Set([...reference.external, ...reference.inline]);
      for (const path of ['/404.html', `/${locale}/signatures/`]) {
        for (const r of (await loadPage(page, baseURL!, path)).resources) if (isJs(r)) allowed.add(r.path);
      }
      for (const path of [
        `/${locale}/tools/cli/`,
        `/${locale}/signatures/auth-token-mismatch/`,
        `/${locale}/signatures/port-in-use-eaddrinuse/`,
      ]) {
        const loaded = await loadPage(page, baseURL!, path);
        expect(loaded.islands, `${path} has ${loaded.islands} island(s)`).toBe(0);
        const extra = loaded.resources.filter(
          (r) => isJs(r) && !allowed.has(r.path) && !STARLIGHT_OPTIONAL.test(r.path) && !r.path.startsWith('/pagefind/'),
        );
        expect(extra, `${path} loads JS beyond Starlight's own: ${list(extra)} (${sum(extra)} bytes gz over a budget of 0)`).toEqual([]);
      }
    });

    test(`analyzer island and all the catalog data of a page stay within budget (${locale})`, async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const plain = await loadPage(page, baseURL!, `/${locale}/tools/cli/`);
      const analyze = await loadPage(page, baseURL!, `/${locale}/tools/analyze/`);
      expect(analyze.islands, `/${locale}/tools/analyze/ has no island`).toBeGreaterThan(0);

      const island = beyond(analyze.resources, plain.resources).filter((r) => r.kind === 'js');
      const islandGzip = sum(island);
      expect(island.length, 'the Analyze page loads no island JS: is the analyzer still on it?').toBeGreaterThan(0);
      expect
        .soft(
          islandGzip,
          `analyzer island: ${kb(islandGzip)} gz is ${islandGzip - ISLAND_BUDGET} bytes over the ${kb(ISLAND_BUDGET)} budget; files: ${list(island)}`,
        )
        .toBeLessThanOrEqual(ISLAND_BUDGET);

      const catalogOf = (resources: Resource[]) => resources.filter((r) => r.kind === 'json' && r.path.startsWith('/analyzer-catalog/'));
      const loaded = catalogOf(analyze.resources);
      expect(
        loaded.map((r) => r.path),
        `the Analyze page, scrolled through and not used, loads the match rules and no texts (loaded: ${analyze.resources.map((r) => r.path).join(', ')})`,
      ).toEqual(['/analyzer-catalog/rules.json']);
      expect
        .soft(
          sum(loaded),
          `catalog data of one page: ${kb(sum(loaded))} gz over the ${kb(PAGE_CATALOG_BUDGET)} budget; files: ${list(loaded)}`,
        )
        .toBeLessThanOrEqual(PAGE_CATALOG_BUDGET);

      const analysed = await loadPage(page, baseURL!, `/${locale}/tools/analyze/`, {
        analyze: 'listen EADDRINUSE: address already in use 127.0.0.1:18789',
      });
      const needed = catalogOf(analysed.resources);
      const texts = locale === 'en' ? 'en' : 'zh-CN';
      expect(needed.map((r) => r.path).sort(), "an analysis loads the rules and its page's language's texts, nothing more").toEqual(
        ['/analyzer-catalog/rules.json', `/analyzer-catalog/${texts}.json`].sort(),
      );
      expect
        .soft(
          sum(needed),
          `catalog data of an analysis: ${kb(sum(needed))} gz over the ${kb(ANALYSIS_CATALOG_BUDGET)} budget; files: ${list(needed)}`,
        )
        .toBeLessThanOrEqual(ANALYSIS_CATALOG_BUDGET);
    });
  }
});
