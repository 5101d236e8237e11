/**
 * The handbook's command ladder as a checklist: for each command, whether its output is among what was
 * read, what it says (the healthy signals, or the problems found in it), and the next command to run.
 * Shared by the analyzer island (one or more pastes) and `openclaw-triage collect` (one output per
 * command); both show the conclusions first and this checklist after them.
 */
import { compareFindings } from './rank.ts';
import type { Finding, InputKind, Report } from './types.ts';

export interface LadderRung {
  /** The command as the handbook prints it. */
  command: string;
  /** The input kinds its output is detected as. */
  kinds: readonly InputKind[];
}

const LOG_KINDS: readonly InputKind[] = ['logs-plain', 'logs-pretty', 'logs-json', 'logs-file', 'gateway-run', 'console', 'console-json'];

/**
 * The commands whose output the analyzer reads, each with the kinds that output is detected as. Whole
 * command lines, so that a rung named by a share link can only be one of these. A section's own
 * commands that no reader knows (`openclaw config get …`, `lsof`, `launchctl`) are not rungs: the
 * analyzer could never tick them off. `doctor --fix` writes, so it is not one either.
 */
const READABLE: ReadonlyArray<readonly [RegExp, readonly InputKind[]]> = [
  [/^openclaw status(?: --all| --deep)*$/, ['status']],
  [/^openclaw gateway status(?: --deep)*$/, ['gateway-status', 'gateway-status-json', 'gateway-probe', 'gateway-probe-json']],
  [/^openclaw gateway status(?: --deep)* --json$/, ['gateway-status-json']],
  [/^openclaw gateway probe(?: --ssh [\w.@<>-]+)?$/, ['gateway-probe', 'gateway-probe-json']],
  [/^openclaw gateway probe --json$/, ['gateway-probe-json']],
  [/^openclaw logs(?: --follow| --plain| --limit \d+)*$/, LOG_KINDS],
  [/^openclaw logs(?: --follow| --limit \d+)* --json$/, ['logs-json']],
  [/^openclaw doctor(?: --deep)?$/, ['doctor', 'doctor-lint-json']],
  [/^openclaw doctor --lint --json$/, ['doctor-lint-json']],
  [/^openclaw channels status(?: --probe)?$/, ['channels-status', 'channels-status-json']],
  [/^openclaw channels status(?: --probe)? --json$/, ['channels-status-json']],
  [/^openclaw cron status$/, ['cron-status']],
  [/^openclaw cron runs(?: --id [\w<>-]+| --limit \d+)*$/, ['cron-runs']],
  [/^openclaw system heartbeat last$/, ['heartbeat-last']],
  [/^openclaw --version$/, ['version']],
];

const normalized = (command: string) => command.trim().replace(/\s+/g, ' ');

/** The rung for a command line (a trailing shell comment aside), or undefined when no reader knows its output. */
export function rungFor(line: string): LadderRung | undefined {
  const comment = line.search(/\s#/);
  const command = normalized(comment < 0 ? line : line.slice(0, comment));
  const kinds = READABLE.find(([form]) => form.test(command))?.[1];
  return kinds && { command, kinds };
}

/**
 * The checklist of a list of commands, as a page prints them: those whose output the analyzer reads,
 * in order; a later command whose output is detected as the same kinds as an earlier one adds nothing
 * (`openclaw gateway status --deep` after `openclaw gateway status`).
 */
export function rungsFor(lines: readonly string[]): LadderRung[] {
  const rungs: LadderRung[] = [];
  for (const line of lines) {
    const rung = rungFor(line);
    if (rung && !rungs.some((r) => r.kinds.join() === rung.kinds.join())) rungs.push(rung);
  }
  return rungs;
}

/** The five commands of the handbook's first page, in the order they are run. */
export const LADDER: readonly LadderRung[] = rungsFor([
  'openclaw status',
  'openclaw gateway status',
  'openclaw logs --follow',
  'openclaw doctor',
  'openclaw channels status --probe',
]);

/**
 * `problem`: an error was found in its output. Warnings alone do not make a rung a problem: the ladder's
 * own commands provoke some on a healthy gateway (2026.4.9's `openclaw logs` asks for more scopes and
 * logs `pairing required`; 2026.9.6 logs the CLI's limited-scope probes), so they are listed, not judged.
 */
export type LadderStatus = 'missing' | 'healthy' | 'problem';

export interface LadderStep {
  command: string;
  status: LadderStatus;
  /** Error and warning findings from this command's output, in rank order (ids). */
  findings: string[];
  /** Healthy signals (info findings) from it, e.g. `runtime-running`. */
  signals: string[];
}

export interface NextCommand {
  command: string;
  /** The finding whose fix names it; absent when it is simply the next unrun rung of the ladder. */
  because?: string | undefined;
}

export interface Ladder {
  steps: LadderStep[];
  /** What to run next; absent when every rung is there and no error calls for a command. */
  next?: NextCommand | undefined;
}

export interface LadderOptions {
  /**
   * One output per command, as `openclaw-triage collect` reads them: `rungOf[i]` is the index of the
   * rung whose command printed `reports[i]` (undefined: none). Without it, outputs are attributed to
   * rungs by the kinds of their blocks, as a paste holding several commands' output needs.
   */
  rungOf?: readonly (number | undefined)[] | undefined;
  /**
   * Commands already dealt with although their rung may be missing (run but timed out, absent from the
   * release, or deliberately not run): never suggested next.
   */
  ran?: readonly string[] | undefined;
}

/**
 * The findings of `report` that stand on lines of a block of one of `kinds`: by first or last
 * occurrence, and conclusions by the lines of the facts they were drawn from.
 */
function findingsOf(report: Report, kinds: readonly InputKind[]): Finding[] {
  const blocks = report.blocks.filter((b) => kinds.includes(b.kind));
  const inside = (line: number) => blocks.some((b) => line >= b.startLine && line <= b.endLine);
  return report.findings.filter((f) => (f.conclusion ? (f.evidence ?? []).some(inside) : inside(f.line) || inside(f.lastLine)));
}

/**
 * The checklist over every report read so far (one per paste or per command output; findings are
 * already in rank order within each). `commandsOf` gives a signature's commands from the catalog.
 */
export function buildLadder(
  reports: readonly Report[],
  commandsOf: (id: string) => readonly string[],
  rungs: readonly LadderRung[] = LADDER,
  options: LadderOptions = {},
): Ladder {
  const { rungOf } = options;
  const steps = rungs.map((rung, index): LadderStep => {
    let present: boolean;
    let found: Finding[];
    if (rungOf) {
      // One output per command: everything it printed is that command's, whatever kinds its blocks
      // were detected as (2026.9.6's `openclaw logs` answers a token mismatch with a close message
      // and no log line at all), and a problem found in it is there even if no block was recognised.
      const own = reports.filter((_, i) => rungOf[i] === index);
      found = own.flatMap((r) => r.findings);
      present = own.some((r) => r.blocks.some((b) => rung.kinds.includes(b.kind))) || found.some((f) => f.severity !== 'info');
    } else {
      present = reports.some((r) => r.blocks.some((b) => rung.kinds.includes(b.kind)));
      found = reports.flatMap((r) => findingsOf(r, rung.kinds));
    }
    const ids = (keep: (f: Finding) => boolean) => [...new Set(found.filter(keep).map((f) => f.id))];
    const status: LadderStatus = !present ? 'missing' : found.some((f) => f.severity === 'error') ? 'problem' : 'healthy';
    return { command: rung.command, status, findings: ids((f) => f.severity !== 'info'), signals: ids((f) => f.severity === 'info') };
  });

  // A command already run tells nothing new. The next one comes from the fix of the most telling error
  // (conclusions first, as ranked), else it is the first rung not run yet. Warnings do not choose it
  // (see LadderStatus); their fixes are on their findings.
  const run = new Set([...steps.filter((s) => s.status !== 'missing').map((s) => s.command), ...(options.ran ?? [])].map(normalized));
  for (const f of reports
    .flatMap((r) => r.findings)
    .filter((x) => x.severity === 'error')
    .sort(compareFindings)) {
    const command = commandsOf(f.id).find((c) => !run.has(normalized(c)));
    if (command) return { steps, next: { command, because: f.id } };
  }
  const missing = steps.find((s) => s.status === 'missing' && !run.has(normalized(s.command)));
  return { steps, next: missing ? { command: missing.command } : undefined };
}
