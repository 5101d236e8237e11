import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dictionaries } from '../../../src/i18n/index.ts';

const DOCS = join(process.cwd(), 'src/content/docs');

function pagesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pagesUnder(path) : /\.mdx?$/.test(name) ? [relative(dir, path)] : [];
  });
}

function pages(locale: string): string[] {
  const root = join(DOCS, locale);
  return pagesUnder(root)
    .map((p) => p.replace(/\\/g, '/'))
    .sort();
}

test('every handbook page exists in both zh-cn and en', () => {
  const zh = pages('zh-cn');
  const en = pages('en');
  assert.ok(zh.length > 0, 'no zh-cn pages found');
  assert.deepEqual(
    { onlyZhCn: zh.filter((p) => !en.includes(p)), onlyEn: en.filter((p) => !zh.includes(p)) },
    { onlyZhCn: [], onlyEn: [] },
    'a page exists in one language only: write its translation (same path under the other locale)',
  );
});

test('the UI dictionaries of both locales have the same keys and no empty strings', () => {
  const zh = dictionaries['zh-CN'] as Record<string, string>;
  const en = dictionaries.en as Record<string, string>;
  assert.deepEqual(
    Object.keys(zh).filter((k) => !(k in en)),
    [],
    'keys only in zh-CN.json',
  );
  assert.deepEqual(
    Object.keys(en).filter((k) => !(k in zh)),
    [],
    'keys only in en.json',
  );
  for (const [locale, dict] of Object.entries({ 'zh-CN': zh, en })) {
    for (const [key, value] of Object.entries(dict)) assert.ok(value.trim().length > 0, `${locale}: "${key}" is empty`);
  }
});

test('the same placeholders appear in both translations of a UI string', () => {
  const zh = dictionaries['zh-CN'] as Record<string, string>;
  const en = dictionaries.en as Record<string, string>;
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(en)) if (key in zh) assert.deepEqual(names(zh[key]!), names(en[key]!), `placeholders differ for "${key}"`);
});
