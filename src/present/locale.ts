/**
 * The two reading languages and the URLs built from them, for the site, the analyzer island and the CLI.
 * The catalog and the UI dictionaries use BCP-47 tags (`zh-CN`, `en`); Starlight's URLs use lower-case
 * keys (`/zh-cn/…`, `/en/…`). This is the one place that maps one to the other.
 */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const SITE_LOCALES = ['zh-cn', 'en'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

/** Chinese unless the tag says English; accepts `zh-cn`, `zh-CN`, `zh_CN.UTF-8`, `en`, `en-US`, undefined. */
export function toLocale(tag: string | undefined): Locale {
  return tag !== undefined && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}

export function toSiteLocale(tag: string | undefined): SiteLocale {
  return toLocale(tag) === 'en' ? 'en' : 'zh-cn';
}

/** Joins a site base (`/`, `/handbook/` or `https://host/handbook`) and a path without a leading slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

// The handbook's URLs, relative to `base` (a path or a full origin). Separate functions, so that a
// bundle keeps only the ones it uses.
export const sectionPath = (base: string, locale: string, slug: string) =>
  joinUrl(base, `${toSiteLocale(locale)}/${slug ? `${slug}/` : ''}`);
export const signaturePath = (base: string, locale: string, id: string) => joinUrl(base, `${toSiteLocale(locale)}/signatures/${id}/`);
/** The signature index filtered by a query (the "not in the catalog yet" search link). */
export const searchPath = (base: string, locale: string, query: string) =>
  joinUrl(base, `${toSiteLocale(locale)}/signatures/?q=${encodeURIComponent(query)}`);
export const cliPagePath = (base: string, locale: string) => joinUrl(base, `${toSiteLocale(locale)}/tools/cli/`);
