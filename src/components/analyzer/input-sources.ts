/**
 * Every way a text reaches the analyzer, as one shape. Typing, a paste (a huge one included), a file
 * from the picker or a drop and a sample each become an `Input` that says what to analyse, what the
 * paste box shows from now on and the note under it. A share link becomes one that carries the shared
 * report instead. The island runs every input in one place (`start` in Analyzer.tsx).
 */
import { loadShareCodec } from './lazy-modules.ts';
import type { Source } from './protocol.ts';
import type { SharedReport } from './share-link.ts';
import type { Message } from './translate.ts';

export type Input = AnalysedInput | SharedInput;

export interface AnalysedInput {
  source: Source;
  /** The new content of the paste box; undefined leaves it as it is. */
  box?: string | undefined;
  /** The note under the box; undefined keeps the current one. */
  note?: Message | undefined;
}

export interface SharedInput {
  /** The report of a share link; null when the link cannot be read. */
  shared: SharedReport | null;
}

/** Files larger than this are streamed to the worker instead of being shown in the paste box. */
export const LARGE_FILE = 2 * 1024 * 1024;
/** Pastes longer than this (characters) are analysed without being laid out in the paste box. */
export const LARGE_PASTE = 2 * 1024 * 1024;
/** Typing is analysed once it pauses this long. */
export const TYPING_PAUSE_MS = 300;

export function formatSize(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What is in the paste box (typed, or a paste the browser laid out). */
export const typedText = (text: string): AnalysedInput => ({ source: { text } });

/**
 * A paste too large for the box, whether the paste event or the input event after it brings it: taken
 * out before the browser lays it out (megabytes of text would freeze the page). Undefined otherwise.
 */
export function largePaste(text: string): AnalysedInput | undefined {
  return text.length > LARGE_PASTE
    ? { source: { text }, box: '', note: { key: 'analyzer.paste.large', params: { size: formatSize(text.length) } } }
    : undefined;
}

/** A file from the picker or a drop: a small one is shown in the box, a large one streamed. */
export async function openedFile(file: File): Promise<AnalysedInput> {
  const params = { name: file.name, size: formatSize(file.size) };
  if (file.size > LARGE_FILE) return { source: { file }, box: '', note: { key: 'analyzer.file.streamed', params } };
  const text = await file.text();
  return { source: { text }, box: text, note: { key: 'analyzer.file.loaded', params } };
}

/** A sample of the "try a sample" menu, from the sample texts; undefined for a name not among them. */
export function sampleText(name: string, samples: Record<string, string>): AnalysedInput | undefined {
  const text = Object.hasOwn(samples, name) ? samples[name] : undefined;
  return text === undefined ? undefined : { source: { text }, box: text, note: { key: 'analyzer.sample.loaded', params: { name } } };
}

/** Whether a URL hash carries a shared report: the test `decodeShare` makes first, without loading it. */
export const hasSharedReport = (hash: string) => /(?:^#|&)report=/.test(hash);

/** The report of a `#report=…` URL hash, decoded once the codec is loaded; undefined when the hash has none. */
export function sharedLink(hash: string): Promise<SharedInput> | undefined {
  return hasSharedReport(hash) ? loadShareCodec().then(({ decodeShare }) => ({ shared: decodeShare(hash) ?? null })) : undefined;
}
