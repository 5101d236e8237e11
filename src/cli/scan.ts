/**
 * `openclaw-triage scan`: every input streamed through its own engine analyzer (line numbers are
 * per input), then the findings of all inputs in one rank order. No matching logic lives here.
 */
import type { Severity } from '../engine/types.ts';
import { createAnalyzer, type Finding, type Occurrence, type Report } from '../engine/index.ts';
import { compareFindings, severityRank } from '../engine/rank.ts';
import type { FailOn } from './args.ts';
import type { Context } from './context.ts';
import { InputError, readInput, STDIN_NAME } from './read-input.ts';

export interface InputResult {
  /** As given on the command line; `<stdin>` for standard input. */
  name: string;
  report?: Report;
  error?: InputError;
}

export interface RankedFinding {
  input: string;
  /** Index into the results, for the input's report. */
  inputIndex: number;
  finding: Finding;
}

/** Analyses one input; `onOccurrence` sees every occurrence as its line is read (`--follow`). */
export async function scanInput(
  name: string,
  ctx: Context,
  hooks: { onOccurrence?: (o: Occurrence) => void; onAnalyzer?: (end: () => Report) => void } = {},
): Promise<InputResult> {
  const display = name === '-' ? STDIN_NAME : name;
  const analyzer = createAnalyzer(ctx.compiled, { redact: ctx.options.redact, onOccurrence: hooks.onOccurrence });
  let report: Report | undefined;
  const end = () => (report ??= analyzer.end());
  hooks.onAnalyzer?.(end);
  try {
    await readInput(name, (text) => analyzer.push(text));
  } catch (error) {
    if (error instanceof InputError) return { name: display, error };
    throw error;
  }
  return { name: display, report: end() };
}

export async function scanAll(names: readonly string[], ctx: Context): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for (const name of names.length > 0 ? names : ['-']) results.push(await scanInput(name, ctx));
  return results;
}

/** Findings of all inputs in rank order (ties keep input order). */
export function rankAcross(results: readonly InputResult[]): RankedFinding[] {
  const all: RankedFinding[] = [];
  results.forEach((r, inputIndex) => {
    for (const finding of r.report?.findings ?? []) all.push({ input: r.name, inputIndex, finding });
  });
  return all.sort((a, b) => compareFindings(a.finding, b.finding) || a.inputIndex - b.inputIndex);
}

export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(severity) <= severityRank(failOn);
}

/** 2 when an input could not be read, else 1 when a finding is at or above `--fail-on`, else 0. */
export function exitCodeFor(results: readonly InputResult[], failOn: FailOn): number {
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.report?.findings.some((f) => reachesFailOn(f.severity, failOn))) ? 1 : 0;
}
