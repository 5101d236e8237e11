/** Everything a command needs: options, the catalog in the chosen language, links, strings, colour, output. */
import type { LocalizedCatalog, LocalizedEntry } from '../catalog/artifact.ts';
import type { Locale } from '../catalog/schema.ts';
import { compileCatalog, searchQuery, type CompiledCatalog } from '../engine/index.ts';
import { t as translate } from '../i18n/index.ts';
import { joinUrl, toSiteLocale } from '../present/locale.ts';
import type { Options } from './args.ts';
import type { CliData } from './data.ts';
import type { Style } from './style.ts';

export const TOOL_NAME = 'openclaw-triage';

export interface Context {
  options: Options;
  data: CliData;
  lang: Locale;
  catalog: LocalizedCatalog;
  compiled: CompiledCatalog;
  entry(id: string): LocalizedEntry | undefined;
  /** The entry's title in the chosen language, or the id when the catalog has no such entry. */
  title(id: string): string;
  sectionTitle(id: string): string;
  docsUrl: string;
  /** A page of the handbook in the chosen language: `${docsUrl}/${en|zh-cn}/${path}`. */
  pageUrl(path: string): string;
  /** `${docsUrl}/${en|zh-cn}/signatures/${id}/` */
  url(id: string): string;
  /** The handbook's search for a query: `${docsUrl}/${en|zh-cn}/signatures/?q=…` opens it with the query. */
  searchUrl(query: string): string;
  /** The search link for a line not in the catalog yet, from its shape (numbers, ids and paths masked). */
  shapeSearchUrl(shape: string): string;
  t(key: string, params?: Record<string, string | number>): string;
  style: Style;
  out(text: string): void;
  err(text: string): void;
}

/** The handbook's page of the CLI itself (`--help`, SARIF `informationUri`). */
export const CLI_PAGE = 'tools/cli/';

/**
 * Every link the CLI prints goes through here. The catalog's locale (`zh-CN`) is not the site's URL
 * segment (`zh-cn`, Starlight's lower-case locale directory); that mapping is the presentation core's
 * (src/present/locale.ts), shared with the site and the island.
 */
export function handbookUrl(docsUrl: string, lang: Locale, path: string): string {
  return joinUrl(docsUrl, `${toSiteLocale(lang)}/${path}`);
}

export function createContext(
  options: Options,
  data: CliData,
  style: Style,
  io: { out(text: string): void; err(text: string): void },
): Context {
  const lang = options.lang;
  const catalog = data.catalogs[lang];
  const byId = new Map(catalog.entries.map((e) => [e.id, e]));
  const sections = new Map(catalog.sections.map((s) => [s.id, s.title]));
  const docsUrl = options.docsUrl ?? data.docsUrl;
  const searchUrl = (query: string) => handbookUrl(docsUrl, lang, `signatures/?q=${encodeURIComponent(query)}`);
  let compiled: CompiledCatalog | undefined;
  return {
    options,
    data,
    lang,
    catalog,
    get compiled() {
      return (compiled ??= compileCatalog(catalog.entries));
    },
    entry: (id) => byId.get(id),
    title: (id) => byId.get(id)?.title ?? id,
    sectionTitle: (id) => sections.get(id) ?? id,
    docsUrl,
    pageUrl: (path) => handbookUrl(docsUrl, lang, path),
    url: (id) => handbookUrl(docsUrl, lang, `signatures/${id}/`),
    searchUrl,
    shapeSearchUrl: (shape) => searchUrl(searchQuery(shape)),
    t: (key, params) => translate(lang, key, params),
    style,
    out: io.out,
    err: io.err,
  };
}
