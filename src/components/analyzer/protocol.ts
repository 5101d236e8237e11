/** Messages between the analyzer island and its Web Worker (the island's side: worker-client.ts). */
import type { Ladder } from '../../engine/ladder.ts';
import type { MatchableEntry, Report } from '../../engine/types.ts';

/** What one analysis reads: text (pasted, typed, a sample, a small file) or a file streamed as it is. */
export interface Source {
  text?: string | undefined;
  file?: Blob | undefined;
}

/** A signature's commands (from the catalog), which choose the next command of the checklist. */
export type Commands = Record<string, readonly string[]>;

export type ToWorker =
  /** `rungs`: the checklist's commands (a section's own, see `rungsFor`); absent: the five-command ladder. */
  | { type: 'catalog'; entries: MatchableEntry[]; commands?: Commands | undefined; rungs?: readonly string[] | undefined }
  /** `earlier`: the reports of the pastes before this one, for the checklist over all of them. */
  | ({ type: 'run'; job: number; redact: boolean; earlier?: Report[] | undefined } & Source);

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; job: number; done: number; total: number }
  /** `ladder`: the command checklist over the earlier reports and this one (src/engine/ladder.ts). */
  | { type: 'done'; job: number; report: Report; ladder?: Ladder | undefined }
  | { type: 'error'; job: number; message: string };
