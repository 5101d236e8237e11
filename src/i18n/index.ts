/**
 * UI strings: one flat dotted-key dictionary per locale (as Starlight does), shared by Astro
 * components, the analyzer islands and the CLI. Both dictionaries must have the same keys (tested).
 */
import en from './en.json' with { type: 'json' };
import zhCN from './zh-CN.json' with { type: 'json' };
import { interpolate } from '../present/text.ts';

export const dictionaries = { 'zh-CN': zhCN, en } as const;
export type MessageKey = keyof typeof en;
type Dictionary = Record<string, string>;

/** Accepts Starlight locales (`zh-cn`, `en`), BCP-47 tags (`zh-CN`) or POSIX ones (`zh_CN.UTF-8`). */
export function dictionaryFor(locale: string | undefined): Dictionary {
  return locale && /^zh/i.test(locale) ? dictionaries['zh-CN'] : dictionaries.en;
}

/** Looks up `key` and fills `{placeholders}`. A missing key is a bug: it shows the key itself. */
export function t(locale: string | undefined, key: MessageKey | (string & {}), params: Record<string, string | number> = {}): string {
  return interpolate(dictionaryFor(locale)[key] ?? key, params);
}
