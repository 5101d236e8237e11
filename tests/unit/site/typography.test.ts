import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { dictionaries } from '../../../src/i18n/index.ts';

/**
 * Chinese typography: zh-CN prose uses full-width punctuation (，；：（）？！) and one space between a
 * Chinese character and a Latin word, a number or inline code (`使用 token 认证`). Code, commands,
 * config keys and upstream strings stay as they are, so inline code is masked before checking (its
 * backticks still count as Latin, so `运行\`x\`` is caught) and so are `{placeholders}`.
 * Full-width punctuation next to Latin (`（dashboard）`, `token：`) is fine.
 */
const HAN = /\p{Script=Han}/u;
const FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef]/u;
const isCjk = (c: string | undefined) => c !== undefined && (HAN.test(c) || FULL_WIDTH.test(c));
const isLatinLike = (c: string | undefined) => c !== undefined && /[A-Za-z0-9`]/.test(c);

/** Inline code and placeholders keep their length in characters (so positions stay valid) but lose their content. */
function mask(text: string): string {
  return text
    .replace(/`[^`\n]*`/g, (code) => `\`${'x'.repeat([...code].length - 2)}\``)
    .replace(/\{\w+\}/g, (placeholder) => 'x'.repeat(placeholder.length));
}

/** The offending snippets in one text: ASCII `,;:()?!` touching Chinese, and Chinese touching Latin with no space. */
export function typographyProblems(text: string): string[] {
  const masked = mask(text);
  const chars = [...masked];
  const original = [...text];
  const snippet = (i: number) =>
    `…${original
      .slice(Math.max(0, i - 8), i + 9)
      .join('')
      .replace(/\n/g, '⏎')}…`;
  const problems: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const [before, c, after] = [chars[i - 1], chars[i]!, chars[i + 1]];
    if (/[,;:()?!]/.test(c) && (isCjk(before) || isCjk(after))) problems.push(`ASCII "${c}" next to Chinese: ${snippet(i)}`);
    if (HAN.test(c) && isLatinLike(after)) problems.push(`no space between Chinese and Latin: ${snippet(i)}`);
    if (HAN.test(c) && isLatinLike(before)) problems.push(`no space between Latin and Chinese: ${snippet(i - 1)}`);
  }
  return problems;
}

interface ZhText {
  where: string;
  text: string;
}

/** Every `zh-CN` string in the catalog: section titles and every field of every entry. */
function catalogTexts(): ZhText[] {
  const { sections, entries } = loadCatalog();
  const texts: ZhText[] = sections.map((s) => ({ where: `content/sections.yaml ${s.id} title`, text: s.title['zh-CN'] }));
  const walk = (value: unknown, path: string, where: string, inZh: boolean) => {
    if (typeof value === 'string') {
      if (inZh) texts.push({ where: `${where} ${path}`, text: value });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`, where, inZh);
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) walk(v, path ? `${path}.${key}` : key, where, inZh || key === 'zh-CN');
    }
  };
  for (const entry of entries) walk(entry, '', `${entry.file} ${entry.id}`, false);
  return texts;
}

const DOCS = join(process.cwd(), 'src/content/docs/zh-cn');

function pagesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pagesUnder(path) : /\.mdx?$/.test(name) ? [path] : [];
  });
}

/**
 * The prose of an MDX page, one text per line (so a problem names its line): frontmatter strings
 * except `keywords` (search terms, not prose), and the body without fenced code, import/export lines,
 * JSX tags (an Aside's `title` attribute is prose and kept), MDX comments and link targets.
 * Removed parts become blanks, never joins, so line numbers stay right.
 */
export function pageProse(source: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let body = source;
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (frontmatter) {
    const data = parseYaml(frontmatter[1]!) as Record<string, unknown>;
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    for (const [key, value] of Object.entries(data)) if (key !== 'keywords') for (const text of strings(value)) out.push({ line: 0, text });
    body = blank(frontmatter[0]) + source.slice(frontmatter[0].length);
  }
  body = body
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/^(?:import|export)\s[^\n]*$/gm, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/<\/?[A-Za-z][^>]*>/g, (tag) => {
      const title = /\btitle="([^"]*)"/.exec(tag);
      return title ? ` ${title[1]} `.padEnd(tag.length) : blank(tag);
    })
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*\)/g, (target) => `]${' '.repeat(target.length - 1)}`);
  body.split('\n').forEach((text, i) => {
    if (HAN.test(text)) out.push({ line: i + 1, text });
  });
  return out;
}

function pageTexts(): ZhText[] {
  return pagesUnder(DOCS)
    .sort()
    .flatMap((path) => {
      const file = relative(process.cwd(), path).replace(/\\/g, '/');
      return pageProse(readFileSync(path, 'utf8')).map(({ line, text }) => ({
        where: line ? `${file}:${line}` : `${file} frontmatter`,
        text,
      }));
    });
}

function dictionaryTexts(): ZhText[] {
  return Object.entries(dictionaries['zh-CN'] as Record<string, string>).map(([key, text]) => ({
    where: `src/i18n/zh-CN.json "${key}"`,
    text,
  }));
}

/**
 * Problems that are right as they are, as `where` prefix + snippet. Like the search test's ranking
 * gaps, an entry fails the test once nothing matches it any more. Empty for now: everything the
 * checker flagged so far was a real mistake.
 */
const EXEMPTIONS: Array<{ where: string; problem: string; why: string }> = [];

function unexempted(texts: ZhText[]): { problems: string[]; used: Set<number> } {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const { where, text } of texts) {
    for (const problem of typographyProblems(text)) {
      const exemption = EXEMPTIONS.findIndex((e) => where.startsWith(e.where) && problem === e.problem);
      if (exemption >= 0) used.add(exemption);
      else problems.push(`${where}: ${problem}`);
    }
  }
  return { problems, used };
}

test('the checker flags ASCII punctuation and missing spaces around Chinese, and accepts the handbook style', () => {
  assert.deepEqual(
    typographyProblems('gateway 使用 token 认证，但这次连接没有带上共享 token（见 `openclaw config get gateway.auth.token`）。'),
    [],
  );
  assert.deepEqual(typographyProblems('控制 UI（dashboard）连不上：运行 `openclaw status`，再看 `Runtime: running`。共 {count} 条'), []);
  assert.deepEqual(typographyProblems('在 `profile="user", a:b (c)` 上不要改代码里的标点'), []);
  assert.deepEqual(typographyProblems('gateway 使用 token 认证,但这次连接(没有)带上共享token。'), [
    'ASCII "," next to Chinese: …token 认证,但这次连接(没有…',
    'ASCII "(" next to Chinese: …认证,但这次连接(没有)带上共享t…',
    'ASCII ")" next to Chinese: …但这次连接(没有)带上共享toke…',
    'no space between Chinese and Latin: …接(没有)带上共享token。…',
  ]);
  assert.equal(typographyProblems('运行`openclaw status`查看').length, 2, 'inline code glued to Chinese on both sides');
  assert.equal(typographyProblems('共{count}条').length, 2, 'a placeholder glued to Chinese on both sides');
  assert.equal(typographyProblems('2026年8月起').length, 3, 'numbers glued to Chinese');
  assert.equal(typographyProblems('（见下方）,然后').length, 1, 'ASCII comma after full-width punctuation');
});

test('page prose extraction drops code, imports, JSX, keywords and link targets but keeps Aside titles', () => {
  const page = [
    '---',
    'title: 标题：示例',
    'keywords: ["认证,失败", "token漂移"]',
    'sidebar:',
    '  label: 侧栏',
    '---',
    "import { Aside } from '@astrojs/starlight/components';",
    '',
    '正文，见 [链接](/zh-cn/a(b)/)。',
    '```bash',
    'echo 代码,不查',
    '```',
    '<Aside type="note" title="提示(旧)">',
    '<SectionSignatures section="control-ui" />',
  ].join('\n');
  const prose = pageProse(page);
  assert.deepEqual(
    prose.map((p) => [p.line, p.text.replace(/\s+/g, ' ').trim()]),
    [
      [0, '标题：示例'],
      [0, '侧栏'],
      [9, '正文，见 [链接] 。'],
      [13, '提示(旧)'],
    ],
  );
  assert.equal(prose.flatMap((p) => typographyProblems(p.text)).length, 2, 'only the Aside title "(旧)" is flagged');
});

test('the catalog, the zh-CN pages and the zh-CN UI dictionary follow Chinese typography', () => {
  const texts = [...catalogTexts(), ...pageTexts(), ...dictionaryTexts()];
  assert.ok(texts.length > 1000, `only ${texts.length} zh-CN texts found`);
  const { problems, used } = unexempted(texts);
  const unneeded = EXEMPTIONS.filter((_, i) => !used.has(i)).map((e) => `exemption no longer needed, remove it: ${e.where} ${e.problem}`);
  assert.deepEqual([...problems, ...unneeded], []);
});
