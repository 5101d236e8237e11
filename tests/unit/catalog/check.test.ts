import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCatalog } from '../../../src/catalog/check.ts';
import { formatProblem } from '../../../src/catalog/load.ts';

test('the real catalog passes every stage of the check', () => {
  const { catalog, problems } = checkCatalog();
  assert.ok(catalog, 'catalog did not load');
  assert.equal(problems.length, 0, `catalog problems:\n${problems.map((p) => `[stage ${p.stage}] ${formatProblem(p)}`).join('\n')}`);
});

test('every section in sections.yaml has signatures and a page in both locales', async () => {
  const { existsSync } = await import('node:fs');
  const { catalog } = checkCatalog();
  for (const section of catalog!.sections) {
    for (const locale of ['zh-cn', 'en']) {
      const file = section.slug === '' ? 'index.mdx' : `${section.slug}.mdx`;
      assert.ok(existsSync(join(process.cwd(), 'src/content/docs', locale, file)), `${locale}/${file} missing for section ${section.id}`);
    }
  }
});

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
  mkdirSync(join(dir, 'signatures'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const SECTIONS = 'sections:\n  - id: demo\n    slug: sections/demo\n    title: { zh-CN: 演示, en: Demo }\n';

test('a broken catalog reports every problem at once, with file, entry, field and a hint', () => {
  const dir = fixture({
    'sections.yaml': SECTIONS,
    'signatures/demo.yaml': `section: demo
signatures:
  - id: Bad_Id
    severity: fatal
    match: { literals: [] }
    title: { en: only English }
    meaning: { zh-CN: 含义, en: meaning }
    fix: { zh-CN: [一步], en: [one, two] }
    examples: { match: [x] }
`,
  });
  const { problems } = checkCatalog(dir);
  const text = problems.map(formatProblem).join('\n');
  assert.ok(problems.length >= 5, `expected all problems at once, got:\n${text}`);
  assert.match(text, /signatures\/demo\.yaml, entry "Bad_Id", field "id": must be kebab-case/);
  assert.match(text, /field "severity"/);
  assert.match(text, /field "title\.zh-CN": is required/);
  assert.match(text, /field "match": needs at least one of literals, codes, linePrefix or rule/);
  assert.match(text, /field "fix": zh-CN and en must have the same number of items/);
});

test('examples are tests: a match example that does not match and a nomatch that does are both reported', () => {
  const dir = fixture({
    'sections.yaml': SECTIONS,
    'signatures/demo.yaml': `section: demo
signatures:
  - id: demo-one
    severity: error
    match: { literals: ["device nonce mismatch"] }
    title: { zh-CN: 标题, en: Title }
    meaning: { zh-CN: 含义, en: Meaning }
    fix: { zh-CN: [修复], en: [Fix] }
    related: [no-such-id]
    examples:
      match: ["device nonce required"]
      nomatch: ["reason=device nonce mismatch"]
`,
  });
  const messages = checkCatalog(dir).problems.map(formatProblem).join('\n');
  assert.match(messages, /examples\.match\[0\]": does not yield "demo-one"/);
  assert.match(messages, /examples\.nomatch\[0\]": yields "demo-one" but must not/);
  assert.match(messages, /field "related": "no-such-id" is not a signature id/);
});
