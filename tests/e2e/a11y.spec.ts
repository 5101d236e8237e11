import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { loadCatalog } from '../../src/catalog/load.ts';
import { htmlFiles, urlPathOf } from './built-site.ts';

/**
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA), zero violations, one test per page: every hand-written page
 * of both locales, and of the 400-odd signature pages (one template) a few that together show every
 * optional block of that template, in both locales.
 */
// One page per worker for all its pages: the site's CSS, fonts and scripts stay in its cache, where a
// fresh context per test would fetch and compile them again (a third of this file's time).
const test = base.extend<object, { reader: Page }>({
  reader: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const { entries } = loadCatalog();

/** The template's optional blocks, as what makes an entry show each one. */
const VARIANTS: Record<string, (e: (typeof entries)[number]) => boolean> = {
  error: (e) => e.severity === 'error',
  warning: (e) => e.severity === 'warning',
  info: (e) => e.severity === 'info',
  generic: (e) => e.generic,
  conclusion: (e) => e.match.rule !== undefined,
  retired: (e) => e.retired,
  commands: (e) => e.commands.length > 0,
  related: (e) => e.related.length > 0,
  alsoIn: (e) => e.alsoIn.length > 0,
  versions: (e) => e.versions !== undefined,
  versionAdvice: (e) => e.versionAdvice.length > 0,
  seen: (e) => e.seen !== undefined && e.seen !== null,
  neverSeen: (e) => !e.seen,
  codes: (e) => e.match.codes.length > 0,
  nomatch: (e) => e.examples.nomatch.length > 0,
};

/** Greedy cover: the fewest entries that together show every variant. */
function coveringEntries(): string[] {
  const missing = new Set(Object.keys(VARIANTS));
  const chosen: string[] = [];
  while (missing.size > 0) {
    let best = entries[0]!;
    let bestCount = -1;
    for (const e of entries) {
      const count = [...missing].filter((v) => VARIANTS[v]!(e)).length;
      if (count > bestCount) [best, bestCount] = [e, count];
    }
    if (bestCount <= 0) break;
    chosen.push(best.id);
    for (const v of [...missing]) if (VARIANTS[v]!(best)) missing.delete(v);
  }
  return chosen;
}

const signatureIds = coveringEntries();
const pages = htmlFiles()
  .map(urlPathOf)
  .filter((p) => p.startsWith('/zh-cn/') || p.startsWith('/en/'))
  .filter((p) => !/\/signatures\/[^/]+\/$/.test(p) || signatureIds.some((id) => p.endsWith(`/signatures/${id}/`)))
  .sort();

test('the signature pages checked show every optional block of their template', () => {
  for (const [variant, has] of Object.entries(VARIANTS))
    expect(
      signatureIds.some((id) => has(entries.find((e) => e.id === id)!)),
      variant,
    ).toBe(true);
  expect(pages.filter((p) => p.includes('/signatures/') && !p.endsWith('/signatures/')).length).toBe(signatureIds.length * 2);
});

for (const path of pages) {
  test(`${path} has no WCAG A/AA violations`, async ({ reader }) => {
    await reader.goto(path);
    const { violations } = await new AxeBuilder({ page: reader }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
