/**
 * Command-line arguments: `openclaw-triage [scan|explain|list] [options] [operands]`.
 * Hand-written (rather than node:util parseArgs) so every usage error is a translated one-liner
 * that says what to do.
 */
import type { Locale } from '../catalog/schema.ts';
import type { Severity } from '../engine/types.ts';

export type Command = 'scan' | 'explain' | 'list' | 'help' | 'version';
export type Format = 'text' | 'json' | 'sarif';
export type FailOn = Severity | 'none';

export interface Options {
  command: Command;
  /** Files for scan (`-` is standard input), the query words for explain. */
  operands: string[];
  format: Format;
  lang: Locale;
  docsUrl: string | undefined;
  failOn: FailOn;
  follow: boolean;
  /** undefined: decide from the terminal and NO_COLOR / FORCE_COLOR. */
  color: boolean | undefined;
  redact: boolean;
  section: string | undefined;
}

/** A mistake on the command line: exit 2 with `key` (an i18n key) filled with `params`. */
export class UsageError extends Error {
  readonly key: string;
  readonly params: Record<string, string>;
  constructor(key: string, params: Record<string, string> = {}) {
    super(key);
    this.name = 'UsageError';
    this.key = key;
    this.params = params;
  }
}

const COMMANDS = new Set(['scan', 'explain', 'list', 'help']);
const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'none'];
const VALUE_OPTIONS = new Set(['--format', '--lang', '--docs-url', '--fail-on', '--section']);

/** `zh-CN`, `zh_CN.UTF-8`, `zh-cn`, `zh` → zh-CN; `en*`, `C`, `POSIX` → en; anything else → undefined. */
export function localeFrom(value: string | undefined): Locale | undefined {
  if (!value) return undefined;
  if (/^zh/i.test(value)) return 'zh-CN';
  if (/^(?:en|c|posix)(?:[_.@-]|$)/i.test(value)) return 'en';
  return undefined;
}

/** The language from LC_ALL, then LC_MESSAGES, then LANG (the first one set wins), else English. */
export function defaultLocale(env: NodeJS.ProcessEnv): Locale {
  const value = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'];
  return localeFrom(value) ?? 'en';
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError('cli.usage.badValue', { option, value, allowed: allowed.join(', ') });
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const options: Options = {
    command: 'scan',
    operands: [],
    format: 'text',
    lang: defaultLocale(env),
    docsUrl: undefined,
    failOn: 'error',
    follow: false,
    color: undefined,
    redact: true,
    section: undefined,
  };
  let commandSeen = false;
  let onlyOperands = false;
  let wantsHelp = false;
  let wantsVersion = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyOperands || arg === '-' || !arg.startsWith('-')) {
      if (!commandSeen && options.operands.length === 0 && !onlyOperands && COMMANDS.has(arg)) options.command = arg as Command;
      else options.operands.push(arg);
      commandSeen = true;
      continue;
    }
    if (arg === '--') {
      onlyOperands = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
    if (VALUE_OPTIONS.has(name)) {
      if (value === undefined) {
        value = argv[++i];
        if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError('cli.usage.missingValue', { option: name });
      }
    } else if (value !== undefined) {
      throw new UsageError('cli.usage.noValue', { option: name });
    }
    switch (name) {
      case '--format':
        options.format = oneOf(name, value!, FORMATS);
        break;
      case '--lang': {
        const lang = localeFrom(value);
        if (!lang || /^(?:c|posix)$/i.test(value!)) throw new UsageError('cli.usage.badValue', { option: name, value: value!, allowed: 'zh-CN, en' });
        options.lang = lang;
        break;
      }
      case '--docs-url':
        if (!/^(?:https?|file):\/\/\S+$/i.test(value!)) throw new UsageError('cli.usage.badUrl', { value: value! });
        options.docsUrl = value!.replace(/\/+$/, '');
        break;
      case '--fail-on':
        options.failOn = oneOf(name, value!, FAIL_ON);
        break;
      case '--section':
        options.section = value!;
        break;
      case '--follow':
      case '-f':
        options.follow = true;
        break;
      case '--no-color':
      case '--no-colour':
        options.color = false;
        break;
      case '--color':
      case '--colour':
        options.color = true;
        break;
      case '--no-redact':
        options.redact = false;
        break;
      case '--help':
      case '-h':
        wantsHelp = true;
        break;
      case '--version':
      case '-V':
        wantsVersion = true;
        break;
      default:
        throw new UsageError('cli.usage.unknownOption', { option: name });
    }
  }

  if (wantsHelp || options.command === 'help') return { ...options, command: 'help' };
  if (wantsVersion) return { ...options, command: 'version' };
  if (options.command === 'explain' && options.operands.length === 0) throw new UsageError('cli.usage.explainNeedsQuery');
  if (options.command === 'list' && options.operands.length > 0) throw new UsageError('cli.usage.listNoOperands', { operand: options.operands[0]! });
  if (options.section !== undefined && options.command !== 'list') throw new UsageError('cli.usage.sectionOnlyList');
  if (options.follow && options.command !== 'scan') throw new UsageError('cli.usage.followOnlyScan');
  if (options.follow && options.operands.some((o) => o !== '-')) throw new UsageError('cli.usage.followStdin');
  return options;
}
