/**
 * The analyzer's state, as one pure reducer: what runs (`job`, `source`), what is shown (a report of
 * the worker or a shared one), progress, the problem, the note under the paste box, the live-region
 * announcement, redaction and the share link. Texts are `Message`s (keys and parameters), so the
 * state is plain data in any language, and every transition is unit-tested without a browser.
 *
 * The worker follows `job`: every action that bumps it starts `source` in the worker, or stops the
 * worker when there is no source (cleared, cancelled, a shared report). Events of an older job are
 * dropped, so a result that arrives after the reader moved on never shows.
 */
import type { Ladder } from '../../engine/ladder.ts';
import type { Report } from '../../engine/types.ts';
import type { Source } from './protocol.ts';
import type { SharedReport } from './share-link.ts';
import type { Message } from './translate.ts';
import type { ClientEvent } from './worker-client.ts';

export type Phase = 'idle' | 'working' | 'done';

export interface AnalysisState {
  phase: Phase;
  /** The catalog is loaded and compiled in the worker. */
  ready: boolean;
  /** The analysis the worker is asked to run; bumped by every run and every stop. */
  job: number;
  /** What the last analysis read: "Analyze" on an empty box and the redaction switch run it again. */
  source: Source | null;
  report: Report | null;
  /**
   * The reports of the pastes before the current one ("add another output"), in paste order. Each
   * paste is analysed on its own; clearing or cancelling the current one keeps them.
   */
  earlier: Report[];
  /** The command checklist over the earlier pastes and the current one (the worker builds it). */
  ladder: Ladder | null;
  /** The checklist over the earlier pastes alone: what shows again when the current one is dropped. */
  earlierLadder: Ladder | null;
  shared: SharedReport | null;
  /** Percent of the input read. */
  progress: number;
  redact: boolean;
  problem: Message | null;
  /** The note under the paste box (a file or a large paste analysed without being shown, a sample). */
  note: Message | null;
  /** What the live region says. */
  announcement: Message | null;
  shareHref: string;
}

export type AnalysisAction =
  | ClientEvent
  /** The box was edited; it is analysed when typing pauses. */
  | { type: 'typing' }
  /** Analyse `source`; `note` replaces the note under the box (undefined keeps it). */
  | { type: 'run'; source: Source; note?: Message | undefined }
  /** The box was emptied. */
  | { type: 'clear' }
  | { type: 'cancel' }
  /** A share link was opened: its report, or null when it cannot be read. */
  | { type: 'open-shared'; shared: SharedReport | null }
  | { type: 'redact'; on: boolean }
  | { type: 'share-link'; href: string }
  /** "Add another output": the current report joins the earlier ones and the box takes the next paste. */
  | { type: 'another' }
  | { type: 'announce'; message: Message };

export const initialAnalysis: AnalysisState = {
  phase: 'idle',
  ready: false,
  job: 0,
  source: null,
  report: null,
  earlier: [],
  ladder: null,
  earlierLadder: null,
  shared: null,
  progress: 0,
  redact: true,
  problem: null,
  note: null,
  announcement: null,
  shareHref: '',
};

const sharedOpened = (shared: SharedReport): Message => ({ key: 'analyzer.announce.shared', params: { count: shared.findings.length } });

/** The current report, if any, is dropped, and the worker stops; the earlier pastes stay on screen. */
const stopped = (s: AnalysisState): AnalysisState => ({
  ...s,
  phase: s.earlier.length > 0 ? 'done' : 'idle',
  job: s.job + 1,
  source: null,
  report: null,
  ladder: s.earlierLadder,
  shared: null,
  shareHref: '',
});

const run = (s: AnalysisState, source: Source, note: Message | null | undefined = s.note): AnalysisState => ({
  ...s,
  phase: 'working',
  job: s.job + 1,
  source,
  shared: null,
  shareHref: '',
  problem: null,
  progress: 0,
  note,
});

export function analysisReducer(s: AnalysisState, a: AnalysisAction): AnalysisState {
  if ('job' in a && a.job !== s.job) return s;
  switch (a.type) {
    case 'ready':
      // A shared report waits only for the catalog.
      return s.shared && s.phase === 'working'
        ? { ...s, ready: true, phase: 'done', announcement: sharedOpened(s.shared) }
        : { ...s, ready: true };
    case 'load-failed':
      return {
        ...s,
        phase: s.shared && s.phase === 'working' ? 'idle' : s.phase,
        problem: { key: 'analyzer.error.load', params: { message: a.message } },
      };
    case 'unavailable':
      return { ...s, phase: 'idle' };
    case 'progress':
      return { ...s, progress: a.percent };
    case 'done': {
      const count = a.report.findings.length;
      return {
        ...s,
        phase: 'done',
        report: a.report,
        ladder: a.ladder ?? null,
        progress: 100,
        announcement: {
          key: count > 0 ? 'analyzer.announce.done' : 'analyzer.announce.none',
          params: { count },
          kinds: a.report.inputKinds,
        },
      };
    }
    case 'failed': {
      const problem = { key: 'analyzer.error.analysis', params: { message: a.message } };
      return { ...s, phase: s.earlier.length > 0 ? 'done' : 'idle', report: null, ladder: s.earlierLadder, problem, announcement: problem };
    }
    case 'typing':
      return { ...s, phase: 'working', note: null };
    case 'run':
      return run(s, a.source, a.note);
    case 'clear':
      return { ...stopped(s), note: null };
    case 'cancel':
      return { ...stopped(s), note: null, announcement: { key: 'analyzer.announce.cancelled' } };
    case 'open-shared': {
      const { shared } = a;
      // A shared report replaces the whole session.
      const fresh = stopped({ ...s, earlier: [], earlierLadder: null });
      if (!shared) {
        const problem = { key: 'analyzer.share.invalid' };
        return { ...fresh, problem, announcement: problem };
      }
      return s.ready ? { ...fresh, shared, phase: 'done', announcement: sharedOpened(shared) } : { ...fresh, shared, phase: 'working' };
    }
    case 'redact':
      // The findings on screen follow the switch: the last source is analysed again.
      return s.source ? { ...run(s, s.source), redact: a.on } : { ...s, redact: a.on };
    case 'share-link':
      return { ...s, shareHref: a.href };
    case 'announce':
      return { ...s, announcement: a.message };
    case 'another':
      if (!s.report) return s;
      return {
        ...s,
        phase: 'done',
        job: s.job + 1,
        source: null,
        report: null,
        earlier: [...s.earlier, s.report],
        earlierLadder: s.ladder,
        shareHref: '',
        note: null,
        announcement: { key: 'analyzer.ladder.announce.another', params: { paste: s.earlier.length + 2 } },
      };
  }
}
