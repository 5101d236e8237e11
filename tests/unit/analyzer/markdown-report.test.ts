/**
 * "Copy report" (src/components/analyzer/markdown-report.ts): the redacted Markdown summary the
 * analyzer puts on the clipboard. These tests pin its structure, line by line, in both languages:
 * people paste it into issues and chats, so its shape is a contract of its own.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { localizedCatalog, type LocalizedCatalog, type LocalizedEntry } from '../../../src/catalog/artifact.ts';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { markdownReport } from '../../../src/components/analyzer/markdown-report.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';
import type { Finding } from '../../../src/engine/types.ts';
import { t } from '../../../src/i18n/index.ts';

const ORIGIN = 'https://handbook.test';

/** A one-entry catalog written here, so that catalog edits do not move these expectations. */
function fixtureCatalog(locale: 'en' | 'zh-CN', overrides: Partial<LocalizedEntry> = {}): LocalizedCatalog {
  const entry: LocalizedEntry = {
    id: 'auth-token-mismatch',
    section: 'control-ui',
    severity: 'error',
    generic: false,
    match: { literals: ['gateway token mismatch'], ignoreCase: false, codes: ['AUTH_TOKEN_MISMATCH'] },
    title: locale === 'en' ? 'Shared gateway token does not match' : '共享 token 与 gateway 不一致',
    meaning: locale === 'en' ? 'The client sent an old token.' : '客户端发送的是旧 token。',
    fix: locale === 'en' ? ['Get the current token.', 'Paste it in the Control UI.'] : ['取得当前 token。', '把它粘贴到 Control UI。'],
    commands: ['openclaw config get gateway.auth.token', 'openclaw dashboard'],
    related: [],
    retired: false,
    versions: undefined,
    versionAdvice: [],
    ...overrides,
  };
  return {
    locale,
    sections: [{ id: 'control-ui', slug: 'sections/control-ui', title: 'Control UI' }],
    entries: [entry],
    byId: new Map([[entry.id, entry]]),
  };
}

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'auth-token-mismatch',
    section: 'control-ui',
    severity: 'error',
    generic: false,
    conclusion: false,
    line: 12,
    lastLine: 12,
    count: 1,
    match: 'gateway token mismatch',
    excerpt: 'disconnected (1008): unauthorized: gateway token mismatch',
    matchIndex: 35,
    ...overrides,
  };
}

function report(
  locale: 'en' | 'zh-CN',
  options: { findings: Finding[]; kinds?: string[]; lines?: number; version?: string; catalog?: LocalizedCatalog; withSections?: boolean },
): string {
  const site = locale === 'en' ? 'en' : 'zh-cn';
  const catalog = options.catalog ?? fixtureCatalog(locale);
  return markdownReport({
    view: { findings: options.findings, kinds: options.kinds ?? ['close-message'], lines: options.lines ?? 44, version: options.version },
    catalog,
    t: (key, params) => t(locale, key, params),
    origin: ORIGIN,
    links: {
      signature: (id: string) => `/${site}/signatures/${id}/`,
      section: (id: string) => {
        const s = options.withSections === false ? undefined : catalog.sections.find((x) => x.id === id);
        return s && { title: s.title, href: `/${site}/${s.slug}/` };
      },
    },
  });
}

describe('the whole report, line by line', () => {
  test('in English: title, input summary, release, count, then each finding with its fix, commands and links, and the footer', () => {
    const text = report('en', { findings: [finding({ count: 3, lastLine: 40 })], version: '2026.4.9' });
    assert.equal(
      text,
      [
        '# OpenClaw Gateway analyzer report',
        '',
        '- Input: Control UI / CLI close message (lines read: 44)',
        '- OpenClaw release: 2026.4.9',
        '- Findings: 1',
        '',
        '## 1. Shared gateway token does not match',
        '',
        '- error · `auth-token-mismatch` · lines 12–40, seen 3 times',
        '- Matched: `gateway token mismatch`',
        '- Line: `disconnected (1008): unauthorized: gateway token mismatch`',
        '',
        'The client sent an old token.',
        '',
        '1. Get the current token.',
        '2. Paste it in the Control UI.',
        '',
        '```sh',
        'openclaw config get gateway.auth.token',
        'openclaw dashboard',
        '```',
        '',
        'Signature page: https://handbook.test/en/signatures/auth-token-mismatch/',
        'Handbook section: https://handbook.test/en/sections/control-ui/',
        '',
        '_Generated in the browser by the OpenClaw Gateway Troubleshooting Handbook analyzer; secrets masked._',
      ].join('\n'),
    );
  });

  test('in Chinese: the same structure with the Chinese labels and zh-cn links', () => {
    const text = report('zh-CN', { findings: [finding()] });
    assert.equal(
      text,
      [
        '# OpenClaw Gateway 分析报告',
        '',
        '- 输入: 控制 UI / CLI 的关闭消息 (读取 44 行)',
        '- 结果：1 条',
        '',
        '## 1. 共享 token 与 gateway 不一致',
        '',
        '- 错误 · `auth-token-mismatch` · 第 12 行',
        '- 匹配内容: `gateway token mismatch`',
        '- 所在行: `disconnected (1008): unauthorized: gateway token mismatch`',
        '',
        '客户端发送的是旧 token。',
        '',
        '1. 取得当前 token。',
        '2. 把它粘贴到 Control UI。',
        '',
        '```sh',
        'openclaw config get gateway.auth.token',
        'openclaw dashboard',
        '```',
        '',
        '错误特征页面: https://handbook.test/zh-cn/signatures/auth-token-mismatch/',
        '手册章节: https://handbook.test/zh-cn/sections/control-ui/',
        '',
        '_由《OpenClaw Gateway 故障排查手册》的分析器在浏览器中生成；敏感信息已遮盖。_',
      ].join('\n'),
    );
  });
});

describe('the parts that vary', () => {
  test('findings are numbered in the order given', () => {
    const text = report('en', { findings: [finding(), finding({ id: 'unknown-id', line: 3 }), finding({ line: 30 })] });
    assert.deepEqual(text.match(/^## .+$/gm), [
      '## 1. Shared gateway token does not match',
      '## 2. unknown-id',
      '## 3. Shared gateway token does not match',
    ]);
    assert.match(text, /^- Findings: 3$/m);
  });

  test('a finding whose id is not in the catalog: the id as title, no meaning, fix or commands, still its links', () => {
    const text = report('en', { findings: [finding({ id: 'gone-entry', section: 'nowhere' })] });
    const block = text.slice(text.indexOf('## 1.'), text.indexOf('_Generated'));
    assert.equal(
      block,
      [
        '## 1. gone-entry',
        '',
        '- error · `gone-entry` · line 12',
        '- Matched: `gateway token mismatch`',
        '- Line: `disconnected (1008): unauthorized: gateway token mismatch`',
        '',
        'Signature page: https://handbook.test/en/signatures/gone-entry/',
        '',
        '',
      ].join('\n'),
    );
  });

  test('no release line without a detected release, no section line without a section page, no line without an excerpt', () => {
    const text = report('en', { findings: [finding({ excerpt: '' })], withSections: false });
    assert.doesNotMatch(text, /OpenClaw release/);
    assert.doesNotMatch(text, /Handbook section/);
    assert.doesNotMatch(text, /^- Line:/m);
  });

  test('no commands block when the entry has no commands', () => {
    const catalog = fixtureCatalog('en', { commands: [] });
    assert.doesNotMatch(report('en', { findings: [finding()], catalog }), /```/);
  });

  test('no findings: the summary and the footer only', () => {
    assert.equal(
      report('en', { findings: [], kinds: [], lines: 0 }),
      [
        '# OpenClaw Gateway analyzer report',
        '',
        '- Input: — (lines read: 0)',
        '- Findings: 0',
        '',
        '_Generated in the browser by the OpenClaw Gateway Troubleshooting Handbook analyzer; secrets masked._',
      ].join('\n'),
    );
  });

  test('several kinds are listed with their labels, in order', () => {
    assert.match(
      report('en', { findings: [], kinds: ['gateway-status', 'logs-plain'] }),
      /^- Input: openclaw gateway status, log lines \(openclaw logs\) \(lines read: 44\)$/m,
    );
  });
});

describe('inline code stays inline code, and secrets stay masked', () => {
  test('a backtick inside the text gets a longer fence; one at an edge gets a space', () => {
    const text = report('en', { findings: [finding({ match: 'run `openclaw doctor`', excerpt: '`x` and ``y``' })] });
    assert.match(text, /^- Matched: `` run `openclaw doctor` ``$/m);
    assert.match(text, /^- Line: ``` `x` and ``y`` ```$/m);
  });

  test('newlines and runs of spaces collapse to one space, so the code stays on its line', () => {
    assert.match(report('en', { findings: [finding({ excerpt: 'a\n  b\t\tc' })] }), /^- Line: `a b c`$/m);
  });

  test('the match and the line are redacted again, even when the finding arrived unmasked', () => {
    const text = report('en', {
      findings: [
        finding({ match: 'token=abcd1234secretvalue', excerpt: 'Authorization: Bearer abcd1234efgh5678 token=abcd1234secretvalue' }),
      ],
    });
    assert.doesNotMatch(text, /abcd1234secretvalue|abcd1234efgh5678/);
    assert.match(text, /^- Matched: `token=‹redacted›`$/m);
    assert.match(text, /^- Line: `Authorization: Bearer ‹redacted› token=‹redacted›`$/m);
  });
});

describe('on real findings and the real catalog', () => {
  const catalog = loadCatalog();
  const compiled = compileCatalog(catalog.entries);
  const samplesDir = join(process.cwd(), 'tests', 'fixtures', 'samples');
  const clientCatalog = (locale: 'en' | 'zh-CN'): LocalizedCatalog => localizedCatalog(catalog, locale);

  for (const locale of ['en', 'zh-CN'] as const) {
    test(`every sample gives one section per finding with its title, fix steps and signature link (${locale})`, () => {
      const client = clientCatalog(locale);
      for (const sample of readdirSync(samplesDir).sort()) {
        const r = analyze(readFileSync(join(samplesDir, sample), 'utf8'), compiled);
        const text = report(locale, {
          findings: r.findings,
          kinds: r.inputKinds,
          lines: r.lines,
          version: r.version?.value,
          catalog: client,
        });
        const headings = text.match(/^## \d+\. .+$/gm) ?? [];
        assert.deepEqual(
          headings,
          r.findings.map((f, i) => `## ${i + 1}. ${client.byId.get(f.id)!.title}`),
          sample,
        );
        for (const f of r.findings) {
          const site = locale === 'en' ? 'en' : 'zh-cn';
          assert.ok(text.includes(`: ${ORIGIN}/${site}/signatures/${f.id}/\n`), `${sample}: link to ${f.id}`);
          for (const step of client.byId.get(f.id)!.fix) assert.ok(text.includes(`. ${step}\n`), `${sample}: a fix step of ${f.id}`);
        }
        assert.ok(text.startsWith(`# ${t(locale, 'analyzer.report.title')}\n\n- `), sample);
        assert.ok(text.endsWith(`_${t(locale, 'analyzer.report.footer')}_`), sample);
        assert.doesNotMatch(text, /\{\w+\}/, `${sample}: every placeholder filled`);
      }
    });
  }
});
