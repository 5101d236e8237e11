/**
 * Which read-only form of each ladder command the installed release offers. Decided from the release's
 * own `openclaw <command> --help`, not from a list of versions: flags come and go between releases
 * (2026.9.6's `doctor --lint` does not exist in 2026.4.9, whose `logs` has no `--password`), and a
 * release the handbook has never seen answers the same question the same way.
 *
 * Read-only is the rule: collect never passes a flag that repairs, migrates, writes config or state,
 * or waits forever (`FORBIDDEN_FLAGS`), whatever a release offers.
 */
import { LADDER, type LadderRung } from '../engine/index.ts';

/** Why a rung's command is not run at all. */
export type SkipReason = 'not-in-release' | 'no-read-only-form' | 'help-failed';

/** What `openclaw <words> --help` says about a command. */
export interface CommandHelp {
  /** False when the release has no such command (it then prints the root help, exit 0). */
  exists: boolean;
  /** Every long option its Options section lists, e.g. `--lint`. */
  options: ReadonlySet<string>;
}

export interface RungCommand {
  /** Index of its rung in LADDER. */
  rung: number;
  /** The command words after `openclaw`; its help is `openclaw <words> --help`. */
  words: readonly string[];
  /** The arguments that run it read-only, given what its help lists, or why it is not run. */
  form(options: ReadonlySet<string>): string[] | { skip: SkipReason };
}

/**
 * Flags collect never passes: `doctor --fix`/`--repair`/`--yes`/`--force`/`--generate-gateway-token`
 * write config or state, `doctor --non-interactive` still applies "safe migrations" (2026.4.9's only
 * unattended doctor), and `logs --follow` never ends.
 */
export const FORBIDDEN_FLAGS: readonly string[] = [
  '--fix',
  '--repair',
  '--yes',
  '--force',
  '--generate-gateway-token',
  '--non-interactive',
  '--follow',
  '--allow-exec',
  '--post-upgrade',
  '--session-sqlite',
  '--state-sqlite',
];

const rungIndex = (command: string): number => {
  const index = LADDER.findIndex((r: LadderRung) => r.command === command);
  if (index < 0) throw new Error(`collect: no ladder rung "${command}"`);
  return index;
};

/** Adds each flag the help lists, and nothing else. */
const offered = (options: ReadonlySet<string>, ...flags: string[][]) => flags.filter((f) => options.has(f[0]!)).flat();

/** The five rungs' commands, in ladder order. */
export const RUNG_COMMANDS: readonly RungCommand[] = [
  {
    rung: rungIndex('openclaw status'),
    words: ['status'],
    // `--all` is the full read-only diagnosis OpenClaw itself calls pasteable (tokens redacted).
    form: (options) => ['status', ...offered(options, ['--all'])],
  },
  {
    rung: rungIndex('openclaw gateway status'),
    words: ['gateway', 'status'],
    // The text form, not --json: the engine draws its conclusions (a configured gateway that does not
    // listen) from the text's `Config (cli):` and probe lines; the JSON form gives only the failed probe.
    form: () => ['gateway', 'status'],
  },
  {
    rung: rungIndex('openclaw logs --follow'),
    words: ['logs'],
    // The last lines, not --follow. Plain rather than --json: 2026.4.9's JSON lines carry the CLI's own
    // `gateway connect failed: … pairing required` as an error, its plain form as the warning it is.
    form: (options) => ['logs', ...offered(options, ['--limit', '200'], ['--plain'])],
  },
  {
    rung: rungIndex('openclaw doctor'),
    words: ['doctor'],
    // Only `doctor --lint` is read-only; a release without it (2026.4.9) has no doctor collect may run.
    form: (options) => (options.has('--lint') ? ['doctor', '--lint', ...offered(options, ['--json'])] : { skip: 'no-read-only-form' }),
  },
  {
    rung: rungIndex('openclaw channels status --probe'),
    words: ['channels', 'status'],
    form: (options) => ['channels', 'status', ...offered(options, ['--probe'])],
  },
];

const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;

/** Reads a command's `--help`: whether the release has it (its Usage line), and the options it lists. */
export function parseHelp(text: string, words: readonly string[]): CommandHelp {
  const plain = text.replace(ANSI, '');
  const usage = new RegExp(`^Usage: openclaw ${words.join(' ')}(?: |$)`, 'm');
  // Option lines are indented by two spaces (`  --lint  Run read-only…`, `  -h, --help`); wrapped
  // descriptions are indented further, so a `--flag` quoted in prose is not taken for an option.
  const options = new Set([...plain.matchAll(/^ {2}(?:-\w, )?(--[a-z][\w-]*)/gm)].map((m) => m[1]!));
  return { exists: usage.test(plain), options };
}

/** The arguments of a rung's command for a release whose help says `help`, or why it is not run. */
export function chooseForm(command: RungCommand, help: CommandHelp | undefined): string[] | { skip: SkipReason } {
  if (!help) return { skip: 'help-failed' };
  if (!help.exists) return { skip: 'not-in-release' };
  const form = command.form(help.options);
  if (Array.isArray(form)) {
    const forbidden = form.find((arg) => FORBIDDEN_FLAGS.includes(arg));
    // A programming error, never a user's: fail loudly rather than run something that writes.
    if (forbidden) throw new Error(`collect: refusing to run openclaw ${form.join(' ')} (${forbidden} is not read-only)`);
  }
  return form;
}

/** `2026.4.9` from `openclaw --version` (`OpenClaw 2026.4.9 (0512059)`, or the bare number of older releases). */
export function parseVersion(text: string): string | undefined {
  return /\b(\d{4}\.\d{1,2}\.\d{1,2}(?:-[\w.]+)?)\b/.exec(text.replace(ANSI, ''))?.[1];
}
