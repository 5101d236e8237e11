/**
 * Lazy, once-per-page loading of the analyzer's data from the site's own origin, in the catalog's one
 * wire form (src/catalog/artifact.ts): the match rules (`/analyzer-catalog/rules.json`, for the Web
 * Worker) when the island hydrates, one language's texts (`/analyzer-catalog/<locale>.json`) when the
 * reader turns to the analyzer, and the sample texts (`/analyzer-samples.json`) when the samples menu
 * is first used. All of it is fetched before an analysis runs, so an analysis itself never makes a request.
 */
import { decodeCatalog, type LocalizedCatalog, type RulesFile, type TextsFile } from '../../catalog/artifact.ts';
import { joinUrl as url } from '../../present/locale.ts';

let rules: Promise<RulesFile> | undefined;
const catalogs = new Map<string, Promise<LocalizedCatalog>>();
let samples: Promise<Record<string, string>> | undefined;

async function getJson<T>(href: string): Promise<T> {
  const response = await fetch(href, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Retried on the next call after a failure (a flaky connection must not break the page for good). */
function once<T>(pending: Promise<T>, forget: () => void): Promise<T> {
  pending.catch(forget);
  return pending;
}

export function loadRules(base: string): Promise<RulesFile> {
  rules ??= once(getJson<RulesFile>(url(base, 'analyzer-catalog/rules.json')), () => (rules = undefined));
  return rules;
}

/** `locale` is the catalog's tag (`zh-CN` or `en`): the rules joined with that language's texts. */
export function loadCatalog(base: string, locale: string): Promise<LocalizedCatalog> {
  let pending = catalogs.get(locale);
  if (!pending) {
    pending = once(
      Promise.all([loadRules(base), getJson<TextsFile>(url(base, `analyzer-catalog/${locale}.json`))]).then(([r, texts]) =>
        decodeCatalog(r, texts),
      ),
      () => catalogs.delete(locale),
    );
    catalogs.set(locale, pending);
  }
  return pending;
}

export function loadSamples(base: string): Promise<Record<string, string>> {
  samples ??= once(getJson<Record<string, string>>(url(base, 'analyzer-samples.json')), () => (samples = undefined));
  return samples;
}
