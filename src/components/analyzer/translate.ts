/**
 * UI texts of the island: `t(key, params)` reads the page's dictionary (the `analyzer.*` and
 * `severity.*` strings the Astro wrapper hands over), and a `Message` is a text not yet translated,
 * so that the analysis state (analysis-state.ts) stays plain data, independent of the language.
 */
import { interpolate } from '../../present/text.ts';

export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

/** A UI text by dictionary key; `kinds` fill `{kinds}` with the names of those input kinds. */
export interface Message {
  key: string;
  params?: Params | undefined;
  kinds?: string[] | undefined;
}

export function translator(strings: Record<string, string>): { t: Translate; say: (message: Message) => string } {
  // A missing key shows the key itself: a visible bug, not a blank.
  const t: Translate = (key, params) => interpolate(strings[key] ?? key, params);
  const say = ({ key, params, kinds }: Message) =>
    t(key, kinds ? { ...params, kinds: kinds.map((k) => t(`analyzer.kind.${k}`)).join(', ') } : params);
  return { t, say };
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
