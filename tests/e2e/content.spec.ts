import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, mainText, proseText, readHtml, urlPathOf } from './built-site.ts';

/** The seed's commands and signature strings, extracted once from tests/fixtures/seed (see the fixture). */
const seed = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/seed-strings.json'), 'utf8')) as {
  commands: string[];
  signatures: string[];
};

for (const locale of ['zh-cn', 'en']) {
  test.describe(`the built ${locale} handbook`, () => {
    const pages = htmlFiles().filter((f) => urlPathOf(f).startsWith(`/${locale}/`));
    const text = pages.map((f) => mainText(readHtml(f))).join('\n');

    test('shows every command of the seed verbatim', () => {
      expect(seed.commands.filter((c) => !text.includes(c))).toEqual([]);
    });

    test('shows every signature string of the seed verbatim', () => {
      expect(seed.signatures.filter((s) => !text.includes(s))).toEqual([]);
    });

    test('has no page whose main content is in the other language', () => {
      const wrong = pages.filter((f) => {
        const main = proseText(readHtml(f));
        const han = (main.match(/[\u4e00-\u9fff]/g) ?? []).length;
        return locale === 'en' ? han > 20 : han === 0;
      });
      expect(wrong.map(urlPathOf)).toEqual([]);
    });
  });
}
