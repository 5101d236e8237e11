/** Everything a command needs: options, the catalog in the chosen language, links, strings, colour, output. */
import type { LocalizedCatalog, LocalizedEntry } from '../catalog/artifact.ts';
import type { Locale } from '../catalog/schema.ts';
import { compileCatalog, type CompiledCatalog } from '../engine/index.ts';
import { t as translate } from '../i18n/index.ts';
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
  sectionTitle(id: string): string;
  docsUrl: string;
  /** `${docsUrl}/${en|zh-cn}/signatures/${id}/` */
  url(id: string): string;
  /** The handbook's search for a query: `${docsUrl}/${en|zh-cn}/signatures/?q=…` opens it with the query. */
  searchUrl(query: string): string;
  t(key: string, params?: Record<string, string | number>): string;
  style: Style;
  out(text: string): void;
  err(text: string): void;
}

export function signatureUrl(docsUrl: string, lang: Locale, id: string): string {
  return `${docsUrl}/${lang === 'zh-CN' ? 'zh-cn' : 'en'}/signatures/${id}/`;
}

export function searchUrl(docsUrl: string, lang: Locale, query: string): string {
  return `${docsUrl}/${lang === 'zh-CN' ? 'zh-cn' : 'en'}/signatures/?q=${encodeURIComponent(query)}`;
}

export function createContext(options: Options, data: CliData, style: Style, io: { out(text: string): void; err(text: string): void }): Context {
  const lang = options.lang;
  const catalog = data.catalogs[lang];
  const byId = new Map(catalog.entries.map((e) => [e.id, e]));
  const sections = new Map(catalog.sections.map((s) => [s.id, s.title]));
  const docsUrl = options.docsUrl ?? data.docsUrl;
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
    sectionTitle: (id) => sections.get(id) ?? id,
    docsUrl,
    url: (id) => signatureUrl(docsUrl, lang, id),
    searchUrl: (query) => searchUrl(docsUrl, lang, query),
    t: (key, params) => translate(lang, key, params),
    style,
    out: io.out,
    err: io.err,
  };
}
