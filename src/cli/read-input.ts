/**
 * Streams an input (a file or standard input) into the engine as text, in bounded chunks:
 * UTF-8 decoded leniently (invalid bytes become U+FFFD, a BOM is dropped, a character split across
 * chunks is kept whole), so memory stays constant whatever the input size and no byte sequence throws.
 */
import { decodeStream as decodeUtf8 } from '../engine/decode-stream.ts';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export const STDIN_NAME = '<stdin>';
// 64 KiB: chunk strings stay in V8's young generation and die young; megabyte chunks went to
// large-object space and piled up until a full GC (peak RSS 240 MB on a 100 MB file).
const CHUNK = 1 << 16;

/** Why an input could not be read, as an i18n key plus the system's own message (not translated). */
export class InputError extends Error {
  readonly key: string;
  readonly detail: string;
  constructor(key: string, detail: string) {
    super(detail);
    this.name = 'InputError';
    this.key = key;
    this.detail = detail;
  }
}

function inputError(error: unknown): InputError {
  const e = error as NodeJS.ErrnoException;
  const key =
    e.code === 'ENOENT'
      ? 'cli.io.notFound'
      : e.code === 'EISDIR'
        ? 'cli.io.isDirectory'
        : e.code === 'EACCES' || e.code === 'EPERM'
          ? 'cli.io.permission'
          : 'cli.io.readFailed';
  const message = String(e.message ?? e);
  return new InputError(key, e.code && !message.startsWith(e.code) ? `${e.code}: ${message}` : message);
}

/** Decodes a byte stream to text chunks; `onText` runs synchronously for each one (backpressure is the loop). */
export async function decodeStream(stream: AsyncIterable<Uint8Array | string>, onText: (text: string) => void): Promise<void> {
  try {
    await decodeUtf8(stream, onText);
  } catch (error) {
    throw error instanceof InputError ? error : inputError(error);
  }
}

/** Reads a named file (`-` is standard input) chunk by chunk; throws InputError when it cannot. */
export async function readInput(name: string, onText: (text: string) => void, stdin: Readable = process.stdin): Promise<void> {
  if (name === '-' || name === STDIN_NAME) return decodeStream(stdin, onText);
  try {
    const info = await stat(name);
    if (info.isDirectory()) throw Object.assign(new Error(`illegal operation on a directory, read '${name}'`), { code: 'EISDIR' });
  } catch (error) {
    throw inputError(error);
  }
  return decodeStream(createReadStream(name, { highWaterMark: CHUNK }), onText);
}
