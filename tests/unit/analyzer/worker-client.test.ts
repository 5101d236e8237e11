import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';
import type { MatchableEntry } from '../../../src/engine/types.ts';
import type { FromWorker, ToWorker } from '../../../src/components/analyzer/protocol.ts';
import { analysisClient, percentOf, type ClientEvent, type WorkerPort } from '../../../src/components/analyzer/worker-client.ts';

/**
 * The island's side of the worker protocol (src/components/analyzer/worker-client.ts), against a
 * stand-in worker that records what it is sent and answers as analyzer.worker.ts does.
 */
const entries: MatchableEntry[] = loadCatalog().entries;
const compiled = compileCatalog(entries);

class FakeWorker implements WorkerPort {
  posted: ToWorker[] = [];
  terminated = false;
  private listeners: Record<string, Array<(event: never) => void>> = {};
  addEventListener(type: string, listener: unknown): void {
    (this.listeners[type] ??= []).push(listener as (event: never) => void);
  }
  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(message: FromWorker): void {
    for (const l of this.listeners['message'] ?? []) l({ data: message } as never);
  }
  crash(message: string): void {
    for (const l of this.listeners['error'] ?? []) l({ message } as never);
  }
  /** The run messages it was sent. */
  runs() {
    return this.posted.filter((m) => m.type === 'run');
  }
}

/** Lets pending promise callbacks run (loading, readiness). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

function setup(options: { rules?: () => Promise<MatchableEntry[]>; prepare?: () => Promise<unknown> } = {}) {
  const workers: FakeWorker[] = [];
  const events: ClientEvent[] = [];
  let loads = 0;
  const client = analysisClient({
    rules:
      options.rules ??
      (() => {
        loads++;
        return Promise.resolve(entries);
      }),
    prepare: options.prepare,
    onEvent: (event) => events.push(event),
    spawn: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  });
  return { client, workers, events, loads: () => loads, last: () => workers.at(-1)! };
}

test('starting hands the worker the rules, and is ready once the worker has compiled them', async () => {
  const { client, workers, events } = setup();
  const started = client.start();
  await settle();
  assert.equal(workers.length, 1);
  assert.deepEqual(workers[0]!.posted, [{ type: 'catalog', entries }]);
  assert.deepEqual(events, [], 'not ready before the worker says so');
  workers[0]!.send({ type: 'ready' });
  await started;
  assert.deepEqual(events, [{ type: 'ready' }]);
});

test('starting twice loads and spawns once', async () => {
  const { client, workers, loads } = setup();
  void client.start();
  void client.start();
  await settle();
  workers[0]!.send({ type: 'ready' });
  await client.start();
  assert.equal(workers.length, 1);
  assert.equal(loads(), 1);
});

test('warming up compiles the rules in the worker and loads nothing else; starting after it reuses that worker', async () => {
  let prepared = 0;
  const { client, workers, events, loads } = setup({ prepare: () => Promise.resolve(prepared++) });
  const warmed = client.warm();
  await settle();
  workers[0]!.send({ type: 'ready' });
  await warmed;
  assert.equal(prepared, 0, 'the texts wait for the reader');
  assert.deepEqual(events, [], 'not ready for input while the texts are not there');
  await client.start();
  assert.equal(prepared, 1);
  assert.equal(workers.length, 1, 'the warm worker is the one that runs');
  assert.equal(loads(), 1);
  assert.deepEqual(events, [{ type: 'ready' }]);
});

test('a warm-up that failed is tried again by the next start', async () => {
  let calls = 0;
  const { client, last, events } = setup({
    rules: () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(entries)),
  });
  await client.warm().catch(() => {});
  assert.deepEqual(events, [], 'a warm-up says nothing: nobody asked for the analyzer yet');
  const started = client.start();
  await settle();
  last().send({ type: 'ready' });
  await started;
  assert.equal(calls, 2);
  assert.deepEqual(events, [{ type: 'ready' }]);
});

test('ready waits for what prepare loads too', async () => {
  let loaded!: () => void;
  const { client, last, events } = setup({ prepare: () => new Promise<void>((resolve) => (loaded = resolve)) });
  void client.start();
  await settle();
  last().send({ type: 'ready' });
  await settle();
  assert.deepEqual(events, []);
  loaded();
  await settle();
  assert.deepEqual(events, [{ type: 'ready' }]);
});

test('a job is sent once the worker is ready, with its source and the redaction setting', async () => {
  const { client, last } = setup();
  client.run(1, { text: 'listen EADDRINUSE' }, false);
  await settle();
  assert.deepEqual(last().runs(), [], 'not before the worker is ready');
  last().send({ type: 'ready' });
  await settle();
  assert.deepEqual(last().runs(), [{ type: 'run', job: 1, redact: false, text: 'listen EADDRINUSE' }]);
});

test('a file source is sent as the file, for the worker to stream', async () => {
  const { client, last } = setup();
  const file = new Blob(['a log line\n']);
  client.run(1, { file }, true);
  await settle();
  last().send({ type: 'ready' });
  await settle();
  assert.equal(last().runs()[0]!.file, file);
});

test('progress is reported in whole percent, then the report of the job', async () => {
  const { client, last, events } = setup();
  client.run(3, { text: 'x' }, true);
  await settle();
  last().send({ type: 'ready' });
  await settle();
  const report = analyze('listen EADDRINUSE: address already in use 127.0.0.1:18789', compiled);
  last().send({ type: 'progress', job: 3, done: 1, total: 3 });
  last().send({ type: 'done', job: 3, report });
  assert.deepEqual(events.slice(1), [
    { type: 'progress', job: 3, percent: 33 },
    { type: 'done', job: 3, report },
  ]);
});

test('percent of an empty input is 100', () => {
  assert.equal(percentOf(0, 0), 100);
  assert.equal(percentOf(999, 1000), 99);
  assert.equal(percentOf(1000, 1000), 100);
});

test('an analysis error of the job is reported as failed', async () => {
  const { client, last, events } = setup();
  client.run(1, { text: 'x' }, true);
  await settle();
  last().send({ type: 'ready' });
  await settle();
  last().send({ type: 'error', job: 1, message: 'catalog not loaded' });
  assert.deepEqual(events.at(-1), { type: 'failed', job: 1, message: 'catalog not loaded' });
});

test('a new job while one runs terminates the worker and starts a fresh one with the same rules', async () => {
  const { client, workers } = setup();
  client.run(1, { text: 'first' }, true);
  await settle();
  workers[0]!.send({ type: 'ready' });
  await settle();
  client.run(2, { text: 'second' }, true);
  assert.equal(workers[0]!.terminated, true);
  assert.equal(workers.length, 2);
  assert.deepEqual(workers[1]!.posted, [{ type: 'catalog', entries }]);
  workers[1]!.send({ type: 'ready' });
  await settle();
  assert.deepEqual(workers[1]!.runs(), [{ type: 'run', job: 2, redact: true, text: 'second' }]);
});

test('a new job after the last one finished reuses the worker', async () => {
  const { client, workers } = setup();
  client.run(1, { text: 'first' }, true);
  await settle();
  workers[0]!.send({ type: 'ready' });
  await settle();
  workers[0]!.send({ type: 'done', job: 1, report: analyze('', compiled) });
  client.run(2, { text: 'second' }, true);
  await settle();
  assert.equal(workers.length, 1);
  assert.equal(workers[0]!.terminated, false);
  assert.deepEqual(
    workers[0]!.runs().map((r) => r.job),
    [1, 2],
  );
});

test('messages of a stopped job are dropped', async () => {
  const { client, workers, events } = setup();
  client.run(1, { text: 'x' }, true);
  await settle();
  workers[0]!.send({ type: 'ready' });
  await settle();
  client.stop();
  assert.equal(workers[0]!.terminated, true, 'a busy worker is stopped by terminating it');
  const count = events.length;
  workers[0]!.send({ type: 'progress', job: 1, done: 1, total: 2 });
  workers[0]!.send({ type: 'done', job: 1, report: analyze('', compiled) });
  assert.equal(events.length, count);
});

test('a job stopped before the worker was ready is never sent', async () => {
  const { client, last } = setup();
  client.run(1, { text: 'x' }, true);
  client.stop();
  await settle();
  last().send({ type: 'ready' });
  await settle();
  assert.deepEqual(last().runs(), []);
});

test('a failed load is reported, its job cannot start, and the next start loads again', async () => {
  let attempts = 0;
  const { client, events, workers } = setup({
    rules: () => (++attempts === 1 ? Promise.reject(new Error('rules.json: HTTP 503')) : Promise.resolve(entries)),
  });
  client.run(1, { text: 'x' }, true);
  await settle();
  assert.deepEqual(events, [
    { type: 'load-failed', message: 'rules.json: HTTP 503' },
    { type: 'unavailable', job: 1 },
  ]);
  assert.equal(workers.length, 0);
  client.run(2, { text: 'x' }, true);
  await settle();
  assert.equal(attempts, 2);
  workers[0]!.send({ type: 'ready' });
  await settle();
  assert.deepEqual(
    workers[0]!.runs().map((r) => r.job),
    [2],
  );
});

test('a worker that fails to start is a load failure', async () => {
  const { client, last, events } = setup();
  const started = client.start();
  await settle();
  last().crash('SyntaxError in worker script');
  await assert.rejects(started, /SyntaxError in worker script/);
  assert.deepEqual(events, [{ type: 'load-failed', message: 'SyntaxError in worker script' }]);
});

test('disposing terminates the worker', async () => {
  const { client, last } = setup();
  void client.start();
  await settle();
  client.dispose();
  assert.equal(last().terminated, true);
});

test("the worker gets each signature's commands with the rules, the earlier pastes with a run, and its checklist comes back with the report", async () => {
  const workers: FakeWorker[] = [];
  const events: ClientEvent[] = [];
  const commands = { 'auth-token-mismatch': ['openclaw config get gateway.auth.token'] };
  const client = analysisClient({
    rules: () => Promise.resolve(entries),
    commands: () => commands,
    onEvent: (e) => events.push(e),
    spawn: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  });
  const earlier = [analyze('listen EADDRINUSE: address already in use 127.0.0.1:18789', compiled)];
  client.run(2, { text: 'x' }, true, earlier);
  await settle();
  assert.deepEqual(workers[0]!.posted[0], { type: 'catalog', entries, commands });
  workers[0]!.send({ type: 'ready' });
  await settle();
  assert.deepEqual(workers[0]!.runs(), [{ type: 'run', job: 2, redact: true, earlier, text: 'x' }]);
  const report = analyze('x', compiled);
  const ladder = { steps: [], next: { command: 'openclaw status' } };
  workers[0]!.send({ type: 'done', job: 2, report, ladder });
  assert.deepEqual(events.at(-1), { type: 'done', job: 2, report, ladder });
});
