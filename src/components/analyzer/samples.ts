/**
 * Build-time access to the analyzer's "try a sample" texts (Node only: the Astro wrapper lists
 * them, `/analyzer-samples.json` serves them). They are the constructed samples of
 * `tests/fixtures/samples/`, the same files the e2e tests paste.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Resolved from the working directory (npm scripts run at the package root), as the catalog loader does.
export const SAMPLES_DIR = join(process.cwd(), 'tests', 'fixtures', 'samples');

/** Which section preset a sample illustrates (the compact analyzers offer only theirs). */
export function sampleGroup(name: string): string {
  if (name.startsWith('connect-error-')) return 'connect-frame';
  if (name.startsWith('gateway-status')) return 'gateway-status';
  if (name.startsWith('gateway-probe')) return 'gateway-probe';
  if (name.startsWith('channels-status')) return 'channels-status';
  if (name.startsWith('heartbeat-') || name.startsWith('cron-')) return 'heartbeat-last';
  return 'logs';
}

export interface SampleInfo {
  name: string;
  group: string;
}

export function listSamples(): SampleInfo[] {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => /\.(?:txt|json|jsonl|log)$/.test(name))
    .sort()
    .map((name) => ({ name, group: sampleGroup(name) }));
}

export function readSamples(): Record<string, string> {
  return Object.fromEntries(listSamples().map(({ name }) => [name, readFileSync(join(SAMPLES_DIR, name), 'utf8')]));
}
