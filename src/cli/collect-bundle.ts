/**
 * `collect --out DIR`: the bundle to attach to an issue, always redacted (whatever `--no-redact` said
 * for the terminal): `report.md` (collect-report.ts), `report.json` (the `--format json` document) and
 * `outputs/<rung>.txt`, what each command printed with colour codes removed, redacted by the engine's
 * redact() and with the environment's secrets masked.
 *
 * File names are the rungs', not the command lines (`outputs/logs.txt`), so that running collect again
 * into the same folder replaces its files instead of leaving stale ones beside them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { redact } from '../engine/redact.ts';
import type { Collection } from './collect-model.ts';
import { collectJson } from './collect-render.ts';
import { markdownReport } from './collect-report.ts';
import { maskSecrets } from './collect-run.ts';
import type { Context } from './context.ts';

/** The output file of each rung of LADDER, in its order. */
export const OUTPUT_FILES: readonly string[] = ['status.txt', 'gateway-status.txt', 'logs.txt', 'doctor.txt', 'channels-status.txt'];

// CSI (colours, cursor moves) and OSC (hyperlinks, titles) sequences: what a terminal would hide.
const TERMINAL_CODES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** An output as the bundle keeps it: readable in an issue, nothing secret in it. */
export function bundleText(text: string, secrets: readonly string[]): string {
  return maskSecrets(redact(text.replace(TERMINAL_CODES, '').replace(/\r\n?/g, '\n')), secrets);
}

/** Every string of a JSON value through `clean` (the document's matches, excerpts, names). */
function cleanStrings(value: unknown, clean: (s: string) => string): unknown {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return value.map((v) => cleanStrings(v, clean));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v, clean)]));
  return value;
}

export function writeBundle(dir: string, collection: Collection, ctx: Context, collectedAt = new Date()): { dir: string; files: string[] } {
  const root = resolve(dir);
  const outputsDir = join(root, 'outputs');
  mkdirSync(outputsDir, { recursive: true });
  const files: string[] = [];
  const outputs = new Map<number, { file: string; text: string }>();
  OUTPUT_FILES.forEach((name, rung) => {
    const c = collection.commands.find((x) => x.rung === rung);
    const path = join(outputsDir, name);
    if (!c?.run) {
      rmSync(path, { force: true });
      return;
    }
    const text = bundleText(c.text ?? '', collection.secrets);
    writeFileSync(path, text);
    outputs.set(rung, { file: `outputs/${name}`, text });
    files.push(`outputs/${name}`);
  });
  const clean = (s: string) => maskSecrets(redact(s), collection.secrets);
  writeFileSync(join(root, 'report.json'), `${JSON.stringify(cleanStrings(collectJson(collection, ctx), clean), null, 2)}\n`);
  writeFileSync(join(root, 'report.md'), markdownReport(collection, ctx, outputs, collectedAt));
  files.unshift('report.md', 'report.json');
  return { dir, files };
}
