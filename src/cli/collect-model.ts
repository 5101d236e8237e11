/** What collect gathered, shared by the run (collect.ts), the output (collect-render.ts) and the bundle. */
import type { Ladder } from '../engine/index.ts';
import type { SkipReason } from './collect-forms.ts';
import type { CommandRun } from './collect-run.ts';
import type { Context } from './context.ts';
import type { InputResult } from './scan.ts';

/** Why a rung has no usable output: not run (SkipReason), or run without one. */
export type MissingReason = SkipReason | 'timeout' | 'unrecognized';

export interface CollectedCommand {
  /** Index of its rung in LADDER. */
  rung: number;
  /** The rung's command as the handbook names it (`openclaw logs --follow`). */
  command: string;
  /** The command line that ran (`openclaw logs --limit 200 --plain`); undefined when not run. */
  line?: string | undefined;
  run?: CommandRun | undefined;
  skip?: SkipReason | undefined;
  /** What it printed, decoded (for the bundle). */
  text?: string | undefined;
  /** Its analysis; `name` is `line`. */
  result?: InputResult | undefined;
}

export interface Collection {
  /** The release `openclaw --version` named, if it did. */
  openclawVersion: string | undefined;
  commands: CollectedCommand[];
  /** One per command that ran, in ladder order. */
  results: InputResult[];
  ladder: Ladder;
  /** Values never to print: the secret variables of the environment. */
  secrets: string[];
  timeoutSeconds: number;
}

/** Why a rung of the checklist is missing, when it is. */
export function missingReason(c: CollectedCommand, status: string): MissingReason | undefined {
  if (c.skip) return c.skip;
  if (status !== 'missing' || !c.run) return undefined;
  return c.run.timedOut ? 'timeout' : 'unrecognized';
}

export function reasonText(ctx: Context, reason: MissingReason, c: CollectedCommand, timeoutSeconds: number): string {
  return ctx.t(`cli.collect.reason.${reason}`, { seconds: timeoutSeconds, code: String(c.run?.exitCode ?? c.run?.signal ?? '?') });
}
