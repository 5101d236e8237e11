/**
 * The analyzer's Web Worker: compiles the catalog once, then analyses text or a file in chunks,
 * posting progress so the page stays responsive. Cancelling terminates the worker (the island
 * starts a fresh one). It never fetches anything: the island hands it the catalog.
 */
import { decodeStream } from '../../engine/decode-stream.ts';
import { compileCatalog, createAnalyzer, type CompiledCatalog } from '../../engine/index.ts';
import { buildLadder, LADDER, type LadderRung, rungsFor } from '../../engine/ladder.ts';
import type { Report } from '../../engine/types.ts';
import type { Commands, FromWorker, ToWorker } from './protocol.ts';

const CHUNK = 256 * 1024;
let compiled: CompiledCatalog | undefined;
let commands: Commands = {};
let rungs: readonly LadderRung[] = LADDER;

const post = (message: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);

/** The stream's chunks (Safari's ReadableStream is not async-iterable itself). */
async function* chunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  for (;;) {
    const next = await reader.read();
    if (next.done) return;
    yield next.value;
  }
}

// The checklist is built here, beside the engine, rather than in the island: the island's code has a
// size budget (scripts/bench/budgets.ts) and the worker's does not.
async function run(job: number, redact: boolean, text: string | undefined, file: Blob | undefined, earlier: Report[]): Promise<void> {
  if (!compiled) throw new Error('catalog not loaded');
  const analyzer = createAnalyzer(compiled, { redact });
  if (file) {
    const total = file.size;
    let done = 0;
    await decodeStream(
      chunks(file.stream()),
      (text) => analyzer.push(text),
      (bytes) => {
        done += bytes;
        post({ type: 'progress', job, done, total });
      },
    );
  } else {
    const input = text ?? '';
    const total = input.length;
    for (let at = 0; at < total; at += CHUNK) {
      analyzer.push(input.slice(at, at + CHUNK));
      post({ type: 'progress', job, done: Math.min(total, at + CHUNK), total });
    }
  }
  const report = analyzer.end();
  post({ type: 'done', job, report, ladder: buildLadder([...earlier, report], (id) => commands[id] ?? [], rungs) });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'catalog') {
    compiled = compileCatalog(message.entries);
    commands = message.commands ?? {};
    rungs = message.rungs ? rungsFor(message.rungs) : LADDER;
    post({ type: 'ready' });
  } else if (message.type === 'run') {
    run(message.job, message.redact, message.text, message.file, message.earlier ?? []).catch((error: unknown) =>
      post({ type: 'error', job: message.job, message: error instanceof Error ? error.message : String(error) }),
    );
  }
};
