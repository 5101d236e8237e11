/** Messages between the analyzer island and its Web Worker. */
import type { MatchableEntry, Report } from '../../engine/types.ts';

export type ToWorker =
  | { type: 'catalog'; entries: MatchableEntry[] }
  | { type: 'run'; job: number; text?: string | undefined; file?: Blob | undefined; redact: boolean };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'done'; job: number; report: Report }
  | { type: 'error'; job: number; message: string };
