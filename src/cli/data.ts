/**
 * What the CLI knows besides the engine: the catalog in both languages, its own version and the
 * docs URL. They come from the catalog's build step (scripts/build-catalog.ts writes
 * src/generated/catalog/); esbuild inlines these JSON files into the packed CLI, and Node imports
 * them as they are in the repository (`npm run triage` runs the build step first).
 */
import rules from '../generated/catalog/rules.json' with { type: 'json' };
import en from '../generated/catalog/en.json' with { type: 'json' };
import zhCN from '../generated/catalog/zh-CN.json' with { type: 'json' };
import meta from '../generated/catalog/meta.json' with { type: 'json' };
import { decodeCatalog, type LocalizedCatalog, type RulesFile, type TextsFile } from '../catalog/artifact.ts';
import type { Locale } from '../present/locale.ts';

export interface CliData {
  /** Version of the handbook package (the CLI's version). */
  toolVersion: string;
  /** Default base of signature links: the site's public URL. */
  docsUrl: string;
  catalogs: Record<Locale, LocalizedCatalog>;
}

// JSON imports are typed by their content (`severity: string`); the build step wrote them from the codec's types.
const asRules = (data: unknown) => data as RulesFile;
const asTexts = (data: unknown) => data as TextsFile;

export function loadCliData(): CliData {
  return {
    toolVersion: meta.toolVersion,
    docsUrl: meta.docsUrl,
    catalogs: { en: decodeCatalog(asRules(rules), asTexts(en)), 'zh-CN': decodeCatalog(asRules(rules), asTexts(zhCN)) },
  };
}
