/**
 * Lazy, once-per-page loading of the analyzer's data from the site's own origin: the per-locale
 * catalog (`/analyzer-catalog/<locale>.json`) and the sample texts (`/analyzer-samples.json`).
 * Both are fetched before any analysis runs, so an analysis itself never makes a request.
 */
import type { MatchableEntry } from '../../engine/types.ts';

export interface ClientEntry extends MatchableEntry {
  title: string;
  meaning: string;
  fix: string[];
  commands: string[];
  versionAdvice?: Array<{ since?: string; until?: string; advice: string }> | undefined;
}

export interface ClientCatalog {
  locale: string;
  sections: Array<{ id: string; slug: string; title: string }>;
  entries: ClientEntry[];
  byId: Map<string, ClientEntry>;
}

interface RawEntry extends Omit<ClientEntry, 'match'> {
  match: { literals?: string[]; regex?: string; ignoreCase?: boolean; codes?: string[]; rule?: string };
}

const catalogs = new Map<string, Promise<ClientCatalog>>();
let samples: Promise<Record<string, string>> | undefined;

function url(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

async function getJson<T>(href: string): Promise<T> {
  const response = await fetch(href, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** `locale` is the catalog's tag (`zh-CN` or `en`). */
export function loadCatalog(base: string, locale: string): Promise<ClientCatalog> {
  let pending = catalogs.get(locale);
  if (!pending) {
    pending = getJson<{ locale: string; sections: ClientCatalog['sections']; entries: RawEntry[] }>(url(base, `analyzer-catalog/${locale}.json`)).then((raw) => {
      const entries = raw.entries.map(
        (e): ClientEntry => ({
          ...e,
          generic: e.generic === true,
          match: { literals: e.match.literals ?? [], regex: e.match.regex, ignoreCase: e.match.ignoreCase === true, codes: e.match.codes ?? [], rule: e.match.rule },
        }),
      );
      return { locale: raw.locale, sections: raw.sections, entries, byId: new Map(entries.map((e) => [e.id, e])) };
    });
    pending.catch(() => catalogs.delete(locale));
    catalogs.set(locale, pending);
  }
  return pending;
}

export function loadSamples(base: string): Promise<Record<string, string>> {
  samples ??= getJson<Record<string, string>>(url(base, 'analyzer-samples.json'));
  samples.catch(() => (samples = undefined));
  return samples;
}

/** Only the matching rules go to the worker (the texts stay on the page). */
export function matchable(catalog: ClientCatalog): MatchableEntry[] {
  return catalog.entries.map(({ id, section, severity, generic, match }) => ({ id, section, severity, generic, match }));
}
