import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { catalogDocument, CatalogDocument, catalogJsonSchema } from '../../../src/catalog/export.ts';

/**
 * /catalog.json carries absolute URLs of the handbook's pages, on the public URL the site was built
 * for (Astro's `site`, from HANDBOOK_SITE_URL), so other tools can link readers to the right page.
 */
const catalog = loadCatalog();
const SITE = 'https://handbook.example.org';

test('names the public URL it was built for', () => {
  assert.equal(catalogDocument(catalog, SITE).site, SITE);
  assert.equal(catalogDocument(catalog, new URL(`${SITE}/`)).site, SITE);
});

test("links every signature to its own page in both languages, on the site's origin", () => {
  const document = catalogDocument(catalog, SITE);
  assert.equal(document.signatures.length, catalog.entries.length);
  for (const signature of document.signatures) {
    assert.deepEqual(signature.urls, {
      'zh-CN': `${SITE}/zh-cn/signatures/${signature.id}/`,
      en: `${SITE}/en/signatures/${signature.id}/`,
    });
  }
});

test('links every section to its page in both languages (the landing section to the locale root)', () => {
  const document = catalogDocument(catalog, SITE);
  for (const section of document.sections) {
    const path = section.slug ? `${section.slug}/` : '';
    assert.deepEqual(section.urls, { 'zh-CN': `${SITE}/zh-cn/${path}`, en: `${SITE}/en/${path}` });
  }
  assert.ok(
    document.sections.some((s) => s.slug === ''),
    'the catalog has a landing-page section',
  );
});

test('follows the site it is given: another origin, another set of URLs', () => {
  const mirror = catalogDocument(catalog, 'http://192.0.2.10:8080');
  assert.equal(mirror.site, 'http://192.0.2.10:8080');
  assert.ok(mirror.signatures.every((s) => s.urls.en.startsWith('http://192.0.2.10:8080/en/signatures/')));
});

test('validates against its own schema, and the schema is identified by its absolute URL', () => {
  const parsed = CatalogDocument.safeParse(catalogDocument(catalog, SITE));
  assert.ok(parsed.success, parsed.success ? '' : parsed.error.message);
  assert.equal(catalogJsonSchema(SITE)['$id'], `${SITE}/catalog.schema.json`);
});

test('the JSON Schema declares the URLs it carries', () => {
  const schema = catalogJsonSchema(SITE) as { required: string[]; properties: Record<string, any> };
  assert.ok(schema.required.includes('site'));
  const signature = schema.properties['signatures'].items;
  assert.ok(signature.required.includes('urls'));
  assert.deepEqual(Object.keys(signature.properties.urls.properties).sort(), ['en', 'zh-CN']);
  assert.equal(signature.properties.urls.properties.en.format, 'uri');
});
