/**
 * The catalog as its consumers load it, and the one codec for it.
 *
 * One build step (`buildArtifact`) turns the validated catalog into two kinds of files: `rules.json`,
 * the same for every language (what the engine matches on, plus the language-free facts such as
 * commands and release ranges), and `<locale>.json`, one language's texts. The site serves them
 * (`/analyzer-catalog/…`), the analyzer island fetches them, the CLI bundle embeds them
 * (`scripts/build-catalog.ts` writes them to `src/generated/catalog/`) and the tests read them back.
 * Every consumer turns them into the same `LocalizedCatalog` with `decodeCatalog`; no consumer
 * rebuilds defaults or reads the wire form itself.
 *
 * No runtime imports beyond the engine's types: the island bundles this module, so zod and the
 * YAML loader must stay out of it.
 */
import type { MatchableEntry, Severity } from '../engine/types.ts';
import { LOCALES, type Locale } from '../present/locale.ts';
import type { Catalog } from './schema.ts';

/** Bumped when the wire form changes; a reader refuses files of another version. */
export const ARTIFACT_VERSION = 1;

/** One signature as every consumer sees it: the engine's match rules plus one language's texts. */
export interface LocalizedEntry extends MatchableEntry {
  commands: string[];
  related: string[];
  retired: boolean;
  /** The releases that print it, and a note on how its wording changed. */
  versions: { since?: string | undefined; until?: string | undefined; note?: string | undefined } | undefined;
  title: string;
  meaning: string;
  fix: string[];
  versionAdvice: Array<{ since?: string | undefined; until?: string | undefined; advice: string }>;
}

export interface SectionTitle {
  id: string;
  slug: string;
  title: string;
}

export interface LocalizedCatalog {
  locale: Locale;
  sections: SectionTitle[];
  entries: LocalizedEntry[];
  byId: ReadonlyMap<string, LocalizedEntry>;
}

/** `rules.json`. Defaults (false, empty lists, no range) are left out on the wire and restored by decode. */
export interface RulesFile {
  version: typeof ARTIFACT_VERSION;
  entries: RuleRecord[];
}

export interface RuleRecord {
  id: string;
  section: string;
  severity: Severity;
  generic?: true;
  retired?: true;
  match: Partial<MatchableEntry['match']>;
  commands?: string[];
  related?: string[];
  since?: string;
  until?: string;
}

/** `<locale>.json`: section titles and, per signature id, its texts in that language. */
export interface TextsFile {
  version: typeof ARTIFACT_VERSION;
  locale: Locale;
  sections: SectionTitle[];
  texts: Record<string, TextRecord>;
}

export interface TextRecord {
  title: string;
  meaning: string;
  fix: string[];
  note?: string;
  advice?: Array<{ since?: string; until?: string; advice: string }>;
}

/** The whole build output: what `scripts/build-catalog.ts` writes, one file per key. */
export interface CatalogArtifact {
  rules: RulesFile;
  texts: Record<Locale, TextsFile>;
}

const present = <T>(value: T | undefined | false, wrap: (v: T) => object) =>
  value === undefined || value === false || (Array.isArray(value) && value.length === 0) ? {} : wrap(value);

function encodeRules(catalog: Catalog): RulesFile {
  return {
    version: ARTIFACT_VERSION,
    entries: catalog.entries.map((e) => ({
      id: e.id,
      section: e.section,
      severity: e.severity,
      ...present(e.generic, () => ({ generic: true as const })),
      ...present(e.retired, () => ({ retired: true as const })),
      match: Object.fromEntries(
        Object.entries(e.match).filter(([, v]) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0)),
      ),
      ...present(e.commands, (commands) => ({ commands })),
      ...present(e.related, (related) => ({ related })),
      ...present(e.versions?.since, (since) => ({ since })),
      ...present(e.versions?.until, (until) => ({ until })),
    })),
  };
}

function encodeTexts(catalog: Catalog, locale: Locale): TextsFile {
  return {
    version: ARTIFACT_VERSION,
    locale,
    sections: catalog.sections.map((s) => ({ id: s.id, slug: s.slug, title: s.title[locale] })),
    texts: Object.fromEntries(
      catalog.entries.map((e): [string, TextRecord] => [
        e.id,
        {
          title: e.title[locale],
          meaning: e.meaning[locale],
          fix: e.fix[locale],
          ...present(e.versions?.note?.[locale], (note) => ({ note })),
          ...present(
            e.versionAdvice.map((a) => ({
              ...present(a.since, (since) => ({ since })),
              ...present(a.until, (until) => ({ until })),
              advice: a.advice[locale],
            })),
            (advice) => ({ advice }),
          ),
        },
      ]),
    ),
  };
}

/** The build step: the validated catalog in its wire form, every language. */
export function buildArtifact(catalog: Catalog): CatalogArtifact {
  return {
    rules: encodeRules(catalog),
    texts: Object.fromEntries(LOCALES.map((locale) => [locale, encodeTexts(catalog, locale)])) as Record<Locale, TextsFile>,
  };
}

export class ArtifactError extends Error {}

// Short messages: this ships in the analyzer island, whose every byte is budgeted.
function checkVersion(file: { version?: unknown }, name: string): void {
  if (file.version !== ARTIFACT_VERSION)
    throw new ArtifactError(`${name}: catalog format ${String(file.version)}, expected ${ARTIFACT_VERSION} (rebuild)`);
}

function decodeRule(r: RuleRecord): MatchableEntry {
  const { literals = [], codes = [], ignoreCase = false, ...match } = r.match;
  return {
    id: r.id,
    section: r.section,
    severity: r.severity,
    generic: r.generic === true,
    match: { ...match, literals, codes, ignoreCase },
  };
}

/** Only what the engine needs (the island's Web Worker gets this before any text is loaded). */
export function decodeRules(rules: RulesFile): MatchableEntry[] {
  checkVersion(rules, 'rules.json');
  return rules.entries.map(decodeRule);
}

/** Joins the rules and one language's texts into the catalog every consumer uses. */
export function decodeCatalog(rules: RulesFile, texts: TextsFile): LocalizedCatalog {
  checkVersion(rules, 'rules.json');
  checkVersion(texts, `${texts.locale}.json`);
  const entries = rules.entries.map((r): LocalizedEntry => {
    const text = texts.texts[r.id];
    if (!text) throw new ArtifactError(`${texts.locale}.json: no texts for ${r.id} (rules and texts of different builds)`);
    return {
      ...decodeRule(r),
      commands: r.commands ?? [],
      related: r.related ?? [],
      retired: r.retired === true,
      versions: r.since || r.until || text.note ? { since: r.since, until: r.until, note: text.note } : undefined,
      title: text.title,
      meaning: text.meaning,
      fix: text.fix,
      versionAdvice: text.advice ?? [],
    };
  });
  return { locale: texts.locale, sections: texts.sections, entries, byId: new Map(entries.map((e) => [e.id, e])) };
}

/** The same catalog straight from the validated one (build-time consumers: the site, the build scripts). */
export function localizedCatalog(catalog: Catalog, locale: Locale): LocalizedCatalog {
  const artifact = buildArtifact(catalog);
  return decodeCatalog(artifact.rules, artifact.texts[locale]);
}
