import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/load.ts';
import { DIST, htmlFiles, parseHtml, readHtml, urlPathOf } from './built-site.ts';

/** Static checks over every page of the built site: no broken internal link, no missing anchor. */
const pages = htmlFiles().map((file) => {
  const document = parseHtml(readHtml(file));
  return {
    path: urlPathOf(file),
    ids: new Set(document.querySelectorAll('[id]').map((element) => element.getAttribute('id')!)),
    // Attribute values come decoded (`&amp;` is `&`), as a browser would follow them.
    hrefs: document.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
  };
});
const idsByPath = new Map(pages.map((page) => [page.path, page.ids]));

function resolves(pathname: string): boolean {
  if (idsByPath.has(pathname)) return true;
  const file = join(DIST, decodeURIComponent(pathname));
  return existsSync(file) && !file.endsWith('/');
}

test('every internal link and anchor on every built page resolves', () => {
  expect(pages.length).toBeGreaterThan(100);
  const broken: string[] = [];
  for (const { path: from, hrefs } of pages) {
    for (const href of hrefs) {
      if (href === '') continue; // a link to the page itself
      if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue; // external, mailto:, javascript: is never emitted
      const url = new URL(href, `http://site${from}`);
      if (!resolves(url.pathname)) broken.push(`${from} → ${href} (no such page)`);
      else if (
        url.hash.length > 1 &&
        idsByPath.has(url.pathname) &&
        !idsByPath.get(url.pathname)!.has(decodeURIComponent(url.hash.slice(1)))
      ) {
        broken.push(`${from} → ${href} (no such anchor)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test("every signature's handbook anchor exists on its section page in both locales", () => {
  const { sections, entries } = loadCatalog();
  const missing: string[] = [];
  for (const entry of entries) {
    for (const sectionId of [entry.section, ...entry.alsoIn]) {
      const section = sections.find((s) => s.id === sectionId)!;
      for (const locale of ['zh-cn', 'en']) {
        const path = `/${locale}/${section.slug ? `${section.slug}/` : ''}`;
        if (!idsByPath.get(path)?.has(entry.id)) missing.push(`${path}#${entry.id}`);
      }
    }
  }
  expect(missing).toEqual([]);
});

test('every catalog entry has a signature page in both locales', () => {
  const missing = loadCatalog()
    .entries.flatMap((e) => ['zh-cn', 'en'].map((l) => `/${l}/signatures/${e.id}/`))
    .filter((p) => !idsByPath.has(p));
  expect(missing).toEqual([]);
});
