/**
 * Rank order: conclusions first (they name the root cause), then specific before generic,
 * errors before warnings before info, then by first line.
 */
import type { Finding } from './types.ts';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(b.conclusion) - Number(a.conclusion) ||
    Number(a.generic) - Number(b.generic) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.line - b.line ||
    a.id.localeCompare(b.id)
  );
}

export function rankFindings(findings: Iterable<Finding>): Finding[] {
  return [...findings].sort(compareFindings);
}
