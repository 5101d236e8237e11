/**
 * The island's side of the worker protocol (protocol.ts). It loads the rules once and starts the
 * worker, runs one job at a time and turns the worker's messages into events of that job. Starting a
 * job or stopping while one runs terminates the worker and starts a fresh one: an analysis is one
 * synchronous loop in the worker, so terminating is the only way to interrupt it.
 *
 * Job ids come from the caller (the analysis state numbers its jobs, from 1); messages of any other
 * job, such as the last progress of a stopped one, are dropped here.
 */
import type { MatchableEntry, Report } from '../../engine/types.ts';
import type { Ladder } from '../../engine/ladder.ts';
import type { Commands, FromWorker, Source, ToWorker } from './protocol.ts';
import { errorText } from './translate.ts';

export type ClientEvent =
  /** The rules are compiled in the worker and everything `prepare` loads is there. */
  | { type: 'ready' }
  | { type: 'load-failed'; message: string }
  /** The job could not start: loading failed (`load-failed` says why). */
  | { type: 'unavailable'; job: number }
  | { type: 'progress'; job: number; percent: number }
  | { type: 'done'; job: number; report: Report; ladder?: Ladder | undefined }
  | { type: 'failed'; job: number; message: string };

/** What the client uses of a Worker (tests hand it a fake one). */
export type WorkerPort = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

export interface ClientOptions {
  /** The match rules, loaded on the first start and again on a start after a failure. */
  rules: () => Promise<MatchableEntry[]>;
  /** Each signature's commands, read when the rules are handed to the worker (for the checklist). */
  commands?: () => Commands;
  /** The checklist's commands (a section's own); absent: the handbook's five-command ladder. */
  rungs?: readonly string[] | undefined;
  /** Anything else to load before the analyzer counts as ready (the page's texts), alongside the rules. */
  prepare?: () => Promise<unknown>;
  onEvent: (event: ClientEvent) => void;
  spawn?: () => WorkerPort;
}

export interface AnalysisClient {
  /** Loads the rules and starts the worker once, and nothing else (a failed warm-up is retried by the next call). */
  warm(): Promise<void>;
  /** Warms up and loads what `prepare` loads, once; a failed start is retried by the next call. */
  start(): Promise<void>;
  /** Runs `job` on `source`, stopping the job before it; `earlier` are the reports of the pastes before. */
  run(job: number, source: Source, redact: boolean, earlier?: Report[]): void;
  /** Stops the running job, if any; its messages are dropped from now on. */
  stop(): void;
  dispose(): void;
}

const spawnWorker = (): WorkerPort => new Worker(new URL('./analyzer.worker.ts', import.meta.url), { type: 'module' });

/** Whole percent of the input read (an empty input is read at once). */
export const percentOf = (done: number, total: number) => (total > 0 ? Math.floor((done / total) * 100) : 100);

export function analysisClient({ rules, commands, rungs, prepare, onEvent, spawn = spawnWorker }: ClientOptions): AnalysisClient {
  let entries: MatchableEntry[] | undefined;
  let worker: WorkerPort | undefined;
  /** Settles when the current worker has compiled the rules. */
  let ready: Promise<void> | undefined;
  let warming: Promise<void> | undefined;
  let starting: Promise<void> | undefined;
  /** The job whose messages count; 0 when none does. */
  let current = 0;
  let busy = false;

  function boot(list: MatchableEntry[]): void {
    worker?.terminate();
    const w = spawn();
    ready = new Promise((resolve, reject) => {
      w.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.type === 'ready') resolve();
        else if (m.job === current) {
          if (m.type === 'progress') onEvent({ type: 'progress', job: m.job, percent: percentOf(m.done, m.total) });
          else {
            busy = false;
            onEvent(
              m.type === 'done'
                ? { type: 'done', job: m.job, report: m.report, ...(m.ladder ? { ladder: m.ladder } : {}) }
                : { type: 'failed', job: m.job, message: m.message },
            );
          }
        }
      });
      w.addEventListener('error', (event: ErrorEvent) => reject(new Error(event.message || 'worker failed')));
    });
    w.postMessage({
      type: 'catalog',
      entries: list,
      ...(commands ? { commands: commands() } : {}),
      ...(rungs ? { rungs } : {}),
    } satisfies ToWorker);
    worker = w;
  }

  function warm(): Promise<void> {
    if (!warming) {
      const pending = rules().then((list) => {
        entries = list;
        boot(list);
        return ready;
      });
      pending.catch(() => (warming = undefined));
      warming = pending;
    }
    return warming;
  }

  function start(): Promise<void> {
    if (!starting) {
      const pending = Promise.all([warm(), prepare?.()]).then(() => onEvent({ type: 'ready' }));
      pending.catch((error: unknown) => {
        starting = undefined;
        onEvent({ type: 'load-failed', message: errorText(error) });
      });
      starting = pending;
    }
    return starting;
  }

  function stop(): void {
    current = 0;
    if (busy && entries) boot(entries);
    busy = false;
  }

  return {
    warm,
    start,
    stop,
    run(job, source, redact, earlier) {
      stop();
      current = job;
      busy = true;
      start()
        .then(() => ready)
        .then(
          () => {
            if (job === current)
              worker!.postMessage({ type: 'run', job, redact, ...(earlier?.length ? { earlier } : {}), ...source } satisfies ToWorker);
          },
          () => {
            if (job !== current) return;
            busy = false;
            onEvent({ type: 'unavailable', job });
          },
        );
    },
    dispose() {
      current = 0;
      worker?.terminate();
    },
  };
}
