/** Messages between the analyzer island and its Web Worker (the island's side: worker-client.ts). */
import type { MatchableEntry, Report } from '../../engine/types.ts';

/** What one analysis reads: text (pasted, typed, a sample, a small file) or a file streamed as it is. */
export interface Source {
  text?: string | undefined;
  file?: Blob | undefined;
}

export type ToWorker = { type: 'catalog'; entries: MatchableEntry[] } | ({ type: 'run'; job: number; redact: boolean } & Source);

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'done'; job: number; report: Report }
  | { type: 'error'; job: number; message: string };
