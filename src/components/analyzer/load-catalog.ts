/**
 * Lazy, once-per-page loading of the analyzer's data from the site's own origin: the catalog
 * (match rules in `/analyzer-catalog/rules.json`, one language's texts in
 * `/analyzer-catalog/<locale>.json`) when the island hydrates, and the sample texts
 * (`/analyzer-samples.json`) when the samples menu is first used. All of it is fetched before an
 * analysis runs, so an analysis itself never makes a request.
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

interface RawRules {
  entries: Array<{
    id: string;
    section: string;
    severity: ClientEntry['severity'];
    generic?: boolean;
    match: Partial<MatchableEntry['match']>;
    commands?: string[];
  }>;
}
interface RawTexts {
  locale: string;
  sections: ClientCatalog['sections'];
  texts: Record<string, [string, string, string[], ClientEntry['versionAdvice']?]>;
}

const catalogs = new Map<string, Promise<ClientCatalog>>();
let rules: Promise<RawRules> | undefined;
let samples: Promise<Record<string, string>> | undefined;

function url(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

async function getJson<T>(href: string): Promise<T> {
  const response = await fetch(href, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** `locale` is the catalog's tag (`zh-CN` or `en`). Fetches the rules and that language's texts once. */
export function loadCatalog(base: string, locale: string): Promise<ClientCatalog> {
  let pending = catalogs.get(locale);
  if (!pending) {
    rules ??= getJson<RawRules>(url(base, 'analyzer-catalog/rules.json'));
    pending = Promise.all([rules, getJson<RawTexts>(url(base, `analyzer-catalog/${locale}.json`))]).then(([r, texts]) => {
      const entries = r.entries.map((e): ClientEntry => {
        const [title = e.id, meaning = '', fix = [], versionAdvice] = texts.texts[e.id] ?? [];
        return {
          id: e.id,
          section: e.section,
          severity: e.severity,
          generic: e.generic === true,
          match: { ...e.match, literals: e.match.literals ?? [], ignoreCase: e.match.ignoreCase === true, codes: e.match.codes ?? [] },
          commands: e.commands ?? [],
          title,
          meaning,
          fix,
          versionAdvice,
        };
      });
      return { locale: texts.locale, sections: texts.sections, entries, byId: new Map(entries.map((e) => [e.id, e])) };
    });
    pending.catch(() => {
      catalogs.delete(locale);
      rules = undefined;
    });
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
