/**
 * What the results show, in one shape for the reports of the worker (one per paste) and a shared one.
 * A shared finding takes its section, severity and kind from the reader's catalog; one whose id that
 * catalog does not know (a link from another build) is counted as dropped.
 *
 * Several pastes are read one by one (line numbers stay per paste), so their findings are merged in
 * rank order, each labelled with its paste; the command ladder is built over all of them.
 */
import type { LocalizedCatalog } from '../../catalog/artifact.ts';
import type { Ladder } from '../../engine/ladder.ts';
import type { Finding, Report, Skipped, Unrecognized } from '../../engine/types.ts';
import type { AnalysisState, Phase } from './analysis-state.ts';
import type { SharedReport } from './share-link.ts';

/** A finding with the paste it was read from (1-based), set only when there are several pastes. */
export type ViewFinding = Finding & { paste?: number | undefined };

export interface ReportView {
  kinds: string[];
  lines: number;
  version?: string | undefined;
  findings: ViewFinding[];
  unrecognized: Unrecognized[];
  skipped: Skipped[];
  /** Opened from a share link. */
  shared: boolean;
  /** Shared findings left out (malformed, or unknown to this catalog). */
  dropped: number;
  /** How many pastes were read. */
  pastes: number;
  /** The command ladder over every paste; absent until the catalog (which gives the commands) is loaded. */
  ladder?: Ladder | undefined;
}

type CatalogPart = Pick<LocalizedCatalog, 'byId'>;

/**
 * A shared ladder (its rungs' commands already checked by the link's decoder, share-link.ts) keeps only
 * what this catalog vouches for: known ids, and a next command that is one of its rungs or one of the
 * commands of the finding it comes from (a link cannot make the page offer an arbitrary command to copy).
 */
function trustedLadder(ladder: Ladder | undefined, catalog: CatalogPart): Ladder | undefined {
  if (!ladder) return undefined;
  const known = (ids: string[]) => ids.filter((id) => catalog.byId.has(id));
  const steps = ladder.steps.map((s) => ({ ...s, findings: known(s.findings), signals: known(s.signals) }));
  const n = ladder.next;
  const fromFix = n?.because !== undefined && (catalog.byId.get(n.because)?.commands ?? []).includes(n.command);
  const next =
    n && (fromFix || steps.some((s) => s.command === n.command))
      ? { command: n.command, because: fromFix ? n.because : undefined }
      : undefined;
  return { steps, next };
}

function mergedView(reports: readonly Report[], ladder: Ladder | undefined): ReportView {
  const [first] = reports as [Report];
  // One paste is shown exactly as the engine made it.
  if (reports.length === 1) {
    return {
      kinds: first.inputKinds,
      lines: first.lines,
      version: first.version?.value,
      findings: first.findings,
      unrecognized: first.unrecognized,
      skipped: first.skipped,
      shared: false,
      dropped: 0,
      pastes: 1,
      ladder,
    };
  }
  const findings: ViewFinding[] = reports.flatMap((r, i) => r.findings.map((f) => ({ ...f, paste: i + 1 })));
  // Conclusions first, as within each paste (the sort is stable: rank order per paste stays).
  findings.sort((a, b) => Number(b.conclusion) - Number(a.conclusion));
  return {
    kinds: [...new Set(reports.flatMap((r) => r.inputKinds))],
    lines: reports.reduce((sum, r) => sum + r.lines, 0),
    version: reports.find((r) => r.version)?.version?.value,
    findings,
    unrecognized: reports.flatMap((r) => r.unrecognized),
    skipped: reports.flatMap((r) => r.skipped),
    shared: false,
    dropped: 0,
    pastes: reports.length,
    ladder,
  };
}

/**
 * `reports`: one report, or the reports of every paste so far, in paste order; `ladder`: the worker's
 * checklist over them (analysis-state.ts).
 */
export function reportView(
  reports: Report | readonly Report[] | null,
  shared: SharedReport | null,
  catalog: CatalogPart | null,
  ladder?: Ladder | null,
): ReportView | null {
  const list = reports === null ? [] : Array.isArray(reports) ? reports : [reports as Report];
  if (list.length > 0) return mergedView(list, ladder ?? undefined);
  if (!shared || !catalog) return null;
  let dropped = shared.dropped;
  const findings: ViewFinding[] = [];
  for (const s of shared.findings) {
    const entry = catalog.byId.get(s.id);
    if (entry)
      findings.push({
        ...s,
        section: entry.section,
        severity: entry.severity,
        generic: entry.generic,
        conclusion: entry.match.rule !== undefined,
      });
    else dropped++;
  }
  const pastes = Math.max(1, ...findings.map((f) => f.paste ?? 1));
  return {
    kinds: shared.kinds,
    lines: shared.lines,
    version: shared.version,
    findings,
    unrecognized: [],
    skipped: [],
    shared: true,
    dropped,
    pastes,
    ladder: trustedLadder(shared.ladder, catalog),
  };
}

/** The phase the root announces: "done" only with something to show (a shared report needs the catalog). */
export const shownPhase = (state: Pick<AnalysisState, 'phase'>, view: ReportView | null): Phase =>
  state.phase === 'done' && !view ? 'idle' : state.phase;
