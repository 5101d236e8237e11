/**
 * What the results show, in one shape for a report of the worker and a shared one. A shared finding
 * takes its section, severity and kind from the reader's catalog; one whose id that catalog does not
 * know (a link from another build) is counted as dropped.
 */
import type { LocalizedCatalog } from '../../catalog/artifact.ts';
import type { Finding, Report, Skipped, Unrecognized } from '../../engine/types.ts';
import type { AnalysisState, Phase } from './analysis-state.ts';
import type { SharedReport } from './share-link.ts';

export interface ReportView {
  kinds: string[];
  lines: number;
  version?: string | undefined;
  findings: Finding[];
  unrecognized: Unrecognized[];
  skipped: Skipped[];
  /** Opened from a share link. */
  shared: boolean;
  /** Shared findings left out (malformed, or unknown to this catalog). */
  dropped: number;
}

export function reportView(report: Report | null, shared: SharedReport | null, catalog: Pick<LocalizedCatalog, 'byId'> | null): ReportView | null {
  if (report) return { kinds: report.inputKinds, lines: report.lines, version: report.version?.value, findings: report.findings, unrecognized: report.unrecognized, skipped: report.skipped, shared: false, dropped: 0 };
  if (!shared || !catalog) return null;
  let dropped = shared.dropped;
  const findings: Finding[] = [];
  for (const s of shared.findings) {
    const entry = catalog.byId.get(s.id);
    if (entry) findings.push({ ...s, section: entry.section, severity: entry.severity, generic: entry.generic, conclusion: entry.match.rule !== undefined });
    else dropped++;
  }
  return { kinds: shared.kinds, lines: shared.lines, version: shared.version, findings, unrecognized: [], skipped: [], shared: true, dropped };
}

/** The phase the root announces: "done" only with something to show (a shared report needs the catalog). */
export const shownPhase = (state: Pick<AnalysisState, 'phase'>, view: ReportView | null): Phase => (state.phase === 'done' && !view ? 'idle' : state.phase);
