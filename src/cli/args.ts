/**
 * Command-line arguments: `openclaw-triage [scan|collect|explain|list] [options] [operands]`.
 *
 * Node's own `parseArgs` (node:util) splits the command line into tokens; this module walks them in
 * order. It runs non-strict on purpose: strict mode throws Node's English messages, and every usage
 * error here must be a translated one-liner that says what to do (`UsageError`, i18n keys `cli.usage.*`).
 * Walking the tokens (rather than reading `values`) also gives the subcommand (the first operand, unless
 * it comes after `--`), the first error in command-line order, and "the last one wins" for repeats.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../catalog/schema.ts';
import type { Severity } from '../engine/types.ts';
import { t } from '../i18n/index.ts';
import { TOOL_NAME } from './context.ts';

export type Command = 'scan' | 'collect' | 'explain' | 'list' | 'help' | 'version';
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
  /** Options of `collect` only (a usage error with any other command). */
  collect: CollectOptions;
}

export interface CollectOptions {
  /** Seconds each `openclaw` command may take before it is stopped. */
  timeoutSeconds: number;
  /** Folder for the redacted bundle (`--out`), or undefined for none. */
  out: string | undefined;
  /** OpenClaw profile, passed on as `openclaw --profile NAME …`. */
  profile: string | undefined;
  /** Gateway WebSocket URL, passed on as `OPENCLAW_GATEWAY_URL` (see collect-run.ts for why). */
  url: string | undefined;
}

/**
 * How long one `openclaw` command of collect may run (`--timeout`). Not less: against a stopped
 * gateway, 2026.9.6's `status --all` and `channels status --probe` wait 60 s for it themselves
 * ("Gateway not reachable after waiting 60 s.") and then print what they know; the lab measured
 * 66–86 s on a loaded 2-core machine.
 */
export const DEFAULT_COLLECT_TIMEOUT_SECONDS = 120;

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

/**
 * The one line a usage error prints on stderr. Errors found while parsing are in the language of the
 * environment (`--lang` may be the very thing that is wrong) and point to `--help`; `seeHelp: false` is
 * for errors found later (an unknown section, an unknown explain query), whose message already says
 * what to run.
 */
export function usageMessage(error: UsageError, lang: Locale, seeHelp = true): string {
  return `${TOOL_NAME}: ${t(lang, error.key, error.params)}${seeHelp ? ` ${t(lang, 'cli.usage.seeHelp')}` : ''}`;
}

const COMMANDS: ReadonlySet<string> = new Set<Command>(['scan', 'collect', 'explain', 'list', 'help']);
const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'none'];

/**
 * Every option the CLI accepts. The `no-*` forms are options of their own (not parseArgs'
 * `allowNegative`) so that `--no-redact` exists without a `--redact`. British spellings are aliases.
 */
const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  'docs-url': { type: 'string' },
  'fail-on': { type: 'string' },
  section: { type: 'string' },
  timeout: { type: 'string' },
  out: { type: 'string' },
  profile: { type: 'string' },
  url: { type: 'string' },
  follow: { type: 'boolean', short: 'f' },
  color: { type: 'boolean' },
  colour: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-colour': { type: 'boolean' },
  'no-redact': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
type OptionName = keyof typeof OPTIONS;
/** Spellings accepted for convenience that the docs need not list. */
const ALIASES: ReadonlySet<OptionName> = new Set(['colour', 'no-colour']);

/** Every option as the docs must list it, short form first (tests check `--help`, the README and the CLI pages against it). */
export const DOCUMENTED_OPTIONS: readonly string[] = Object.entries(OPTIONS)
  .filter(([name]) => !ALIASES.has(name as OptionName))
  .flatMap(([name, o]) => ('short' in o ? [`-${o.short}`, `--${name}`] : [`--${name}`]));

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

function isKnown(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/** The value of a string option: `--opt=value` or `--opt value`, where `value` may not be another long option. */
function optionValue(token: { rawName: string; value?: string | undefined; inlineValue?: boolean | undefined }): string {
  const { rawName, value, inlineValue } = token;
  // parseArgs takes the next argument whatever it is; `--format --lang en` is a forgotten value, not the format "--lang".
  if (value === undefined || (!inlineValue && value.startsWith('--') && value.length > 2))
    throw new UsageError('cli.usage.missingValue', { option: rawName });
  return value;
}

export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
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
    collect: { timeoutSeconds: DEFAULT_COLLECT_TIMEOUT_SECONDS, out: undefined, profile: undefined, url: undefined },
  };
  /** Collect's own options, in the order given, for the error that names the first one used elsewhere. */
  const collectOnly: string[] = [];
  let afterTerminator = false;
  let sawOperand = false;
  let wantsHelp = false;
  let wantsVersion = false;
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });

  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      afterTerminator = true;
      continue;
    }
    if (token.kind === 'positional') {
      // The first operand names the command, unless `--` came first (`-- list` scans a file named list).
      if (!sawOperand && !afterTerminator && COMMANDS.has(token.value)) options.command = token.value as Command;
      else options.operands.push(token.value);
      sawOperand = true;
      continue;
    }
    const arg = argv[token.index]!;
    // parseArgs reads `-f=1` as the group `-f -= -1`; it is `-f` given a value.
    if (!arg.startsWith('--') && arg.includes('=')) throw new UsageError('cli.usage.noValue', { option: arg.slice(0, arg.indexOf('=')) });
    const { name, rawName } = token;
    if (!isKnown(name)) throw new UsageError('cli.usage.unknownOption', { option: rawName });
    if (OPTIONS[name].type === 'boolean' && token.value !== undefined) throw new UsageError('cli.usage.noValue', { option: rawName });
    switch (name) {
      case 'format':
        options.format = oneOf(rawName, optionValue(token), FORMATS);
        break;
      case 'lang': {
        const value = optionValue(token);
        const lang = localeFrom(value);
        // LANG=C means English, but `--lang C` is not a language anyone means to ask for.
        if (!lang || /^(?:c|posix)$/i.test(value))
          throw new UsageError('cli.usage.badValue', { option: rawName, value, allowed: 'zh-CN, en' });
        options.lang = lang;
        break;
      }
      case 'docs-url': {
        const value = optionValue(token);
        if (!/^(?:https?|file):\/\/\S+$/i.test(value)) throw new UsageError('cli.usage.badUrl', { value });
        options.docsUrl = value.replace(/\/+$/, '');
        break;
      }
      case 'fail-on':
        options.failOn = oneOf(rawName, optionValue(token), FAIL_ON);
        break;
      case 'section':
        options.section = optionValue(token);
        break;
      case 'timeout': {
        const value = optionValue(token);
        const seconds = Number(value);
        if (!/^\d+(?:\.\d+)?$/.test(value) || !(seconds > 0)) throw new UsageError('cli.usage.badTimeout', { value });
        options.collect.timeoutSeconds = seconds;
        collectOnly.push(rawName);
        break;
      }
      case 'out': {
        const value = optionValue(token);
        if (value.trim() === '') throw new UsageError('cli.usage.missingValue', { option: rawName });
        options.collect.out = value;
        collectOnly.push(rawName);
        break;
      }
      case 'profile': {
        const value = optionValue(token);
        // OpenClaw turns the name into a folder (~/.openclaw-<name>): a plain name, never an option or a path.
        if (!/^[A-Za-z0-9][\w.-]*$/.test(value)) throw new UsageError('cli.usage.badProfile', { value });
        options.collect.profile = value;
        collectOnly.push(rawName);
        break;
      }
      case 'url': {
        const value = optionValue(token);
        if (!/^wss?:\/\/[^\s/]+\S*$/i.test(value)) throw new UsageError('cli.usage.badGatewayUrl', { value });
        options.collect.url = value;
        collectOnly.push(rawName);
        break;
      }
      case 'follow':
        options.follow = true;
        break;
      case 'color':
      case 'colour':
        options.color = true;
        break;
      case 'no-color':
      case 'no-colour':
        options.color = false;
        break;
      case 'no-redact':
        options.redact = false;
        break;
      case 'help':
        wantsHelp = true;
        break;
      case 'version':
        wantsVersion = true;
        break;
    }
  }

  // `collect --help` and `help collect`: the help of collect alone.
  if (wantsHelp && options.command === 'collect') return { ...options, command: 'help', operands: ['collect'] };
  if (wantsHelp || options.command === 'help') return { ...options, command: 'help' };
  if (wantsVersion) return { ...options, command: 'version' };
  if (options.command === 'explain' && options.operands.length === 0) throw new UsageError('cli.usage.explainNeedsQuery');
  if (options.command === 'list' && options.operands.length > 0)
    throw new UsageError('cli.usage.listNoOperands', { operand: options.operands[0]! });
  if (options.section !== undefined && options.command !== 'list') throw new UsageError('cli.usage.sectionOnlyList');
  if (options.follow && options.command !== 'scan') throw new UsageError('cli.usage.followOnlyScan');
  if (options.follow && options.operands.some((o) => o !== '-')) throw new UsageError('cli.usage.followStdin');
  if (options.command !== 'collect' && collectOnly.length > 0) throw new UsageError('cli.usage.collectOnly', { option: collectOnly[0]! });
  if (options.command === 'collect' && options.format === 'sarif') throw new UsageError('cli.usage.collectFormat');
  if (options.command === 'collect' && options.operands.length > 0)
    throw new UsageError('cli.usage.collectNoOperands', { operand: options.operands[0]! });
  return options;
}
