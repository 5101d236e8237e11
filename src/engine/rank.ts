/**
 * Rank order: conclusions first (they name the root cause), then specific before generic,
 * errors before warnings before info, then by first line.
 */
import { SEVERITIES, type Finding, type Severity } from './types.ts';

/** 0 for the worst (`error`); one order for ranking and for thresholds such as the CLI's `--fail-on`. */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(b.conclusion) - Number(a.conclusion) ||
    Number(a.generic) - Number(b.generic) ||
    severityRank(a.severity) - severityRank(b.severity) ||
    a.line - b.line ||
    a.id.localeCompare(b.id)
  );
}

export function rankFindings(findings: Iterable<Finding>): Finding[] {
  return [...findings].sort(compareFindings);
}
