/**
 * The command line of openclaw-triage, option by option, and every usage error with the exact
 * one-line message it prints in English and in Chinese (stderr, exit 2).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLocale, localeFrom, parseCommandLine, usageMessage, UsageError, type Options } from '../../../src/cli/args.ts';

const NO_LOCALE = {};
const parse = (...argv: string[]): Options => parseCommandLine(argv, NO_LOCALE);

/** The UsageError that `argv` raises (fails when it parses). */
function usageError(argv: string[]): UsageError {
  try {
    parseCommandLine(argv, NO_LOCALE);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  assert.fail(`${JSON.stringify(argv)} parsed without an error`);
}

describe('defaults', () => {
  test('no arguments scan standard input as text, in English, failing on errors, redacted, colour decided later', () => {
    assert.deepEqual(parse(), {
      command: 'scan',
      operands: [],
      format: 'text',
      lang: 'en',
      docsUrl: undefined,
      failOn: 'error',
      follow: false,
      color: undefined,
      redact: true,
      section: undefined,
      collect: { timeoutSeconds: 120, out: undefined, profile: undefined, url: undefined },
    });
  });

  test('the language comes from LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.equal(defaultLocale({ LANG: 'zh_CN.UTF-8' }), 'zh-CN');
    assert.equal(defaultLocale({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }), 'zh-CN');
    assert.equal(defaultLocale({ LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN' }), 'en');
    assert.equal(defaultLocale({ LC_ALL: '', LANG: 'zh_TW' }), 'zh-CN', 'an empty LC_ALL is not set');
    assert.equal(parseCommandLine([], { LANG: 'zh_CN.UTF-8' }).lang, 'zh-CN');
  });

  test('an unknown or C locale means English', () => {
    assert.equal(defaultLocale({ LANG: 'fr_FR.UTF-8' }), 'en');
    assert.equal(defaultLocale({ LANG: 'C' }), 'en');
    assert.equal(defaultLocale({ LANG: 'POSIX' }), 'en');
    assert.equal(defaultLocale({}), 'en');
  });

  test('locale names: zh-CN, zh_CN.UTF-8, zh-cn and zh are Chinese; en*, C and POSIX English; others unknown', () => {
    for (const value of ['zh-CN', 'zh_CN.UTF-8', 'zh-cn', 'zh']) assert.equal(localeFrom(value), 'zh-CN', value);
    for (const value of ['en', 'en_US.UTF-8', 'en-GB', 'C', 'C.UTF-8', 'POSIX']) assert.equal(localeFrom(value), 'en', value);
    for (const value of ['fr', 'de_DE', 'english', 'Chinese', '', undefined]) assert.equal(localeFrom(value), undefined, String(value));
  });
});

describe('each option', () => {
  test('--format text, json or sarif, also as --format=json', () => {
    for (const format of ['text', 'json', 'sarif'] as const) {
      assert.equal(parse('--format', format).format, format);
      assert.equal(parse(`--format=${format}`).format, format);
    }
  });

  test('--lang zh-CN or en, in any of the spellings a locale variable uses', () => {
    assert.equal(parse('--lang', 'zh-CN').lang, 'zh-CN');
    assert.equal(parse('--lang=zh_CN.UTF-8').lang, 'zh-CN');
    assert.equal(parse('--lang', 'en').lang, 'en');
    assert.equal(parseCommandLine(['--lang', 'en'], { LANG: 'zh_CN.UTF-8' }).lang, 'en', '--lang overrides the environment');
  });

  test('--docs-url takes an http(s) or file URL, without its trailing slashes', () => {
    assert.equal(parse('--docs-url', 'https://docs.example.org/').docsUrl, 'https://docs.example.org');
    assert.equal(parse('--docs-url=http://mirror.local/handbook//').docsUrl, 'http://mirror.local/handbook');
    assert.equal(parse('--docs-url', 'file:///srv/handbook').docsUrl, 'file:///srv/handbook');
  });

  test('--fail-on error, warning, info or none', () => {
    for (const level of ['error', 'warning', 'info', 'none'] as const) assert.equal(parse('--fail-on', level).failOn, level);
    assert.equal(parse('--fail-on=warning').failOn, 'warning');
  });

  test('--section goes with list', () => {
    assert.deepEqual(
      [parse('list', '--section', 'control-ui').section, parse('list', '--section=control-ui').command],
      ['control-ui', 'list'],
    );
  });

  test('-f and --follow follow standard input, also given as -', () => {
    assert.equal(parse('-f').follow, true);
    assert.equal(parse('--follow').follow, true);
    assert.deepEqual(parse('--follow', '-').operands, ['-']);
  });

  test('--color and --no-color (and --colour, --no-colour) force colour on or off; the last one wins', () => {
    assert.equal(parse('--color').color, true);
    assert.equal(parse('--colour').color, true);
    assert.equal(parse('--no-color').color, false);
    assert.equal(parse('--no-colour').color, false);
    assert.equal(parse('--no-color', '--color').color, true);
    assert.equal(parse('--color', '--no-color').color, false);
  });

  test('--no-redact turns redaction off', () => {
    assert.equal(parse('--no-redact').redact, false);
  });

  test('-h, --help and the help command show the help, whatever else is on the line', () => {
    for (const argv of [['-h'], ['--help'], ['help'], ['explain', '--help'], ['--version', '--help'], ['--follow', 'a.log', '-h']])
      assert.equal(parse(...argv).command, 'help', argv.join(' '));
  });

  test('-V and --version show the version', () => {
    assert.equal(parse('-V').command, 'version');
    assert.equal(parse('--version').command, 'version');
    assert.equal(parse('list', 'x', '--version').command, 'version', 'the version does not validate the rest');
  });

  test('short options combine: -fV is -f -V', () => {
    const options = parse('-fV');
    assert.deepEqual([options.follow, options.command], [true, 'version']);
  });

  test('a repeated option keeps its last value', () => {
    const options = parse(
      '--format',
      'json',
      '--lang',
      'zh-CN',
      '--format',
      'sarif',
      '--lang',
      'en',
      '--fail-on',
      'none',
      '--fail-on',
      'info',
    );
    assert.deepEqual([options.format, options.lang, options.failOn], ['sarif', 'en', 'info']);
  });

  test('a value may start with a single dash, or be --', () => {
    assert.equal(parse('list', '--section', '-x').section, '-x');
    assert.equal(parse('list', '--section', '--').section, '--');
  });
});

describe('collect and its options', () => {
  test('collect takes --timeout (seconds), --out, --profile and --url, with the common options', () => {
    const options = parse(
      'collect',
      '--timeout',
      '1.5',
      '--out',
      'bundle',
      '--profile',
      'work',
      '--url=wss://gw.example:18789/path',
      '--format',
      'json',
      '--lang',
      'zh-CN',
    );
    assert.deepEqual([options.command, options.format, options.lang, options.operands], ['collect', 'json', 'zh-CN', []]);
    assert.deepEqual(options.collect, { timeoutSeconds: 1.5, out: 'bundle', profile: 'work', url: 'wss://gw.example:18789/path' });
  });

  test('without them: 120 seconds per command, no bundle, the default profile and gateway', () => {
    assert.deepEqual(parse('collect').collect, { timeoutSeconds: 120, out: undefined, profile: undefined, url: undefined });
  });

  test('collect --help and help collect show the help of collect', () => {
    for (const argv of [
      ['collect', '--help'],
      ['collect', '-h', '--out', 'x'],
      ['help', 'collect'],
    ]) {
      const options = parse(...argv);
      assert.deepEqual([options.command, options.operands], ['help', ['collect']], argv.join(' '));
    }
  });
});

describe('commands and operands', () => {
  test('files are operands; - is standard input', () => {
    assert.deepEqual(parse('gateway.log', '-', 'probe.json'), { ...parse(), operands: ['gateway.log', '-', 'probe.json'] });
  });

  test('the first operand names the command: scan, collect, explain, list or help', () => {
    assert.equal(parse('collect').command, 'collect');
    assert.deepEqual([parse('scan', 'a.log').command, parse('scan', 'a.log').operands], ['scan', ['a.log']]);
    assert.deepEqual(
      [parse('explain', 'AUTH_TOKEN_MISMATCH').command, parse('explain', 'AUTH_TOKEN_MISMATCH').operands],
      ['explain', ['AUTH_TOKEN_MISMATCH']],
    );
    assert.equal(parse('list').command, 'list');
  });

  test('options may come before the command', () => {
    const options = parse('--lang', 'zh-CN', 'explain', '--format', 'json', 'origin', 'not', 'allowed');
    assert.deepEqual(
      [options.command, options.lang, options.format, options.operands],
      ['explain', 'zh-CN', 'json', ['origin', 'not', 'allowed']],
    );
  });

  test('a command word later on is an operand: scan explain scans a file named explain', () => {
    assert.deepEqual([parse('scan', 'explain').command, parse('scan', 'explain').operands], ['scan', ['explain']]);
    assert.deepEqual(parse('a.log', 'list').operands, ['a.log', 'list']);
    assert.deepEqual(parse('explain', 'list').operands, ['list']);
  });

  test('after -- everything is an operand, even a command word or an option', () => {
    const options = parse('--', 'list', '--format', '-f');
    assert.deepEqual(
      [options.command, options.operands, options.format, options.follow],
      ['scan', ['list', '--format', '-f'], 'text', false],
    );
  });
});

/**
 * Every usage error: the command line, the message key, and the exact line on stderr in English and
 * in Chinese. Upstream words (options, values, commands) stay as typed in both.
 */
const USAGE_ERRORS: Array<{ argv: string[]; key: string; en: string; zh: string }> = [
  {
    argv: ['--bogus'],
    key: 'cli.usage.unknownOption',
    en: 'openclaw-triage: unknown option --bogus. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: 未知选项 --bogus。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--bogus=1'],
    key: 'cli.usage.unknownOption',
    en: 'openclaw-triage: unknown option --bogus. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: 未知选项 --bogus。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['-x'],
    key: 'cli.usage.unknownOption',
    en: 'openclaw-triage: unknown option -x. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: 未知选项 -x。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['-fx'],
    key: 'cli.usage.unknownOption',
    en: 'openclaw-triage: unknown option -x. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: 未知选项 -x。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--fail-on'],
    key: 'cli.usage.missingValue',
    en: 'openclaw-triage: option --fail-on needs a value. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: 选项 --fail-on 需要一个值。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--format', '--lang', 'en'],
    key: 'cli.usage.missingValue',
    en: 'openclaw-triage: option --format needs a value. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: 选项 --format 需要一个值。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--follow=yes'],
    key: 'cli.usage.noValue',
    en: 'openclaw-triage: option --follow does not take a value. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: 选项 --follow 不接受值。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['-f=1'],
    key: 'cli.usage.noValue',
    en: 'openclaw-triage: option -f does not take a value. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: 选项 -f 不接受值。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--no-redact=true'],
    key: 'cli.usage.noValue',
    en: 'openclaw-triage: option --no-redact does not take a value. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: 选项 --no-redact 不接受值。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--format', 'xml'],
    key: 'cli.usage.badValue',
    en: 'openclaw-triage: --format cannot be "xml"; use one of: text, json, sarif. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --format 不能是“xml”，可选值：text, json, sarif。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--format='],
    key: 'cli.usage.badValue',
    en: 'openclaw-triage: --format cannot be ""; use one of: text, json, sarif. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --format 不能是“”，可选值：text, json, sarif。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--lang', 'fr'],
    key: 'cli.usage.badValue',
    en: 'openclaw-triage: --lang cannot be "fr"; use one of: zh-CN, en. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --lang 不能是“fr”，可选值：zh-CN, en。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--lang', 'C'],
    key: 'cli.usage.badValue',
    en: 'openclaw-triage: --lang cannot be "C"; use one of: zh-CN, en. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --lang 不能是“C”，可选值：zh-CN, en。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--fail-on=fatal'],
    key: 'cli.usage.badValue',
    en: 'openclaw-triage: --fail-on cannot be "fatal"; use one of: error, warning, info, none. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --fail-on 不能是“fatal”，可选值：error, warning, info, none。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--docs-url', 'docs.example.org'],
    key: 'cli.usage.badUrl',
    en: 'openclaw-triage: --docs-url needs an http(s):// or file:// URL, not "docs.example.org". Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --docs-url 需要 http(s):// 或 file:// 开头的地址，而不是“docs.example.org”。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['explain'],
    key: 'cli.usage.explainNeedsQuery',
    en: 'openclaw-triage: explain needs an id, a code or error text, e.g. openclaw-triage explain AUTH_TOKEN_MISMATCH. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: explain 需要一个 id、错误码或错误文本，例如 openclaw-triage explain AUTH_TOKEN_MISMATCH。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['list', 'x'],
    key: 'cli.usage.listNoOperands',
    en: 'openclaw-triage: list takes no file or query ("x"); filter with --section SECTION. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: list 不接受文件或查询词（“x”）；要筛选请用 --section 章节。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--section', 'control-ui'],
    key: 'cli.usage.sectionOnlyList',
    en: 'openclaw-triage: --section only works with list, e.g. openclaw-triage list --section control-ui. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --section 只能和 list 一起用，例如 openclaw-triage list --section control-ui。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['list', '--follow'],
    key: 'cli.usage.followOnlyScan',
    en: 'openclaw-triage: --follow only works when scanning, e.g. openclaw logs --follow | openclaw-triage --follow. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --follow 只用于扫描，例如 openclaw logs --follow | openclaw-triage --follow。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['--follow', 'gateway.log'],
    key: 'cli.usage.followStdin',
    en: 'openclaw-triage: --follow reads standard input; pipe the log into it: openclaw logs --follow | openclaw-triage --follow. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --follow 读取标准输入，请把日志用管道传给它：openclaw logs --follow | openclaw-triage --follow。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['collect', '--timeout', '0'],
    key: 'cli.usage.badTimeout',
    en: 'openclaw-triage: --timeout needs a number of seconds greater than 0, not "0". Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --timeout 需要一个大于 0 的秒数，而不是“0”。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['collect', '--timeout=10s'],
    key: 'cli.usage.badTimeout',
    en: 'openclaw-triage: --timeout needs a number of seconds greater than 0, not "10s". Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --timeout 需要一个大于 0 的秒数，而不是“10s”。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['collect', '--profile', '../etc'],
    key: 'cli.usage.badProfile',
    en: 'openclaw-triage: --profile needs a profile name (letters, digits, . _ -), not "../etc". Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --profile 需要一个配置档名称（字母、数字、. _ -），而不是“../etc”。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['collect', '--url', 'http://127.0.0.1:18789'],
    key: 'cli.usage.badGatewayUrl',
    en: 'openclaw-triage: --url needs the gateway\'s WebSocket URL (ws:// or wss://), not "http://127.0.0.1:18789". Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --url 需要 Gateway 的 WebSocket 地址（ws:// 或 wss://），而不是“http://127.0.0.1:18789”。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['gateway.log', '--out', 'bundle'],
    key: 'cli.usage.collectOnly',
    en: 'openclaw-triage: --out only works with collect, e.g. openclaw-triage collect --out …. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: --out 只能和 collect 一起用，例如 openclaw-triage collect --out …。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['collect', 'gateway.log'],
    key: 'cli.usage.collectNoOperands',
    en: 'openclaw-triage: collect runs the openclaw commands itself and takes no file ("gateway.log"); to read saved output, use openclaw-triage scan. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: collect 自己运行 openclaw 命令，不接受文件（“gateway.log”）；要读取保存下来的输出，请用 openclaw-triage scan。 运行 openclaw-triage --help 查看用法。',
  },
  {
    argv: ['collect', '--format', 'sarif'],
    key: 'cli.usage.collectFormat',
    en: 'openclaw-triage: collect prints text or json; use --format text or --format json. Run openclaw-triage --help for usage.',
    zh: 'openclaw-triage: collect 只输出 text 或 json；请用 --format text 或 --format json。 运行 openclaw-triage --help 查看用法。',
  },
];

describe('usage errors: one line in each language', () => {
  for (const { argv, key, en, zh } of USAGE_ERRORS) {
    test(`${argv.join(' ')} → ${key}`, () => {
      const error = usageError(argv);
      assert.equal(error.key, key);
      assert.equal(usageMessage(error, 'en'), en);
      assert.equal(usageMessage(error, 'zh-CN'), zh);
      for (const line of [en, zh]) assert.doesNotMatch(line, /\n|\{\w+\}/, 'one line, every placeholder filled');
    });
  }

  test('every usage error key is covered above', async () => {
    const { dictionaries } = await import('../../../src/i18n/index.ts');
    const keys = Object.keys(dictionaries.en).filter((k) => k.startsWith('cli.usage.') && k !== 'cli.usage.seeHelp');
    assert.deepEqual([...new Set(USAGE_ERRORS.map((e) => e.key))].sort(), keys.sort());
  });

  test('the first mistake on the line is the one reported', () => {
    assert.equal(usageError(['--format', 'xml', '--bogus']).key, 'cli.usage.badValue');
    assert.equal(usageError(['--bogus', '--format', 'xml']).key, 'cli.usage.unknownOption');
  });

  test('a mistaken option is reported even next to --help or --version', () => {
    assert.equal(usageError(['--help', '--bogus']).key, 'cli.usage.unknownOption');
    assert.equal(usageError(['--version', '--format', 'xml']).key, 'cli.usage.badValue');
  });

  test('errors found after parsing print without the pointer to --help', () => {
    const error = new UsageError('cli.list.unknownSection', { section: 'nope', sections: 'install, control-ui' });
    assert.equal(usageMessage(error, 'en', false), 'openclaw-triage: unknown section "nope"; use one of: install, control-ui.');
    assert.equal(usageMessage(error, 'zh-CN', false), 'openclaw-triage: 未知章节“nope”，可选：install, control-ui。');
  });
});
