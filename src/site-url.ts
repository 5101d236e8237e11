/**
 * The handbook's public URL, a build setting: the environment variable HANDBOOK_SITE_URL, read here
 * and nowhere else. It becomes
 *  - Astro's `site` (astro.config.mjs): canonical links, `og:url`, the sitemap;
 *  - the absolute URLs in `/catalog.json` and `/catalog.schema.json` (their routes get it from Astro's `site`);
 *  - the CLI's default `--docs-url` (src/cli/data.ts; scripts/build-cli.ts freezes it into the bundle).
 * Unset or empty, it is the placeholder below: local builds and tests work, but links printed by such
 * a CLI or found in such a sitemap go nowhere. A deployment sets it (see README, "Deploying").
 */
export const SITE_URL_VARIABLE = 'HANDBOOK_SITE_URL';

/** Placeholder origin for local builds (`.example` is reserved: it never resolves to anyone's site). */
export const DEFAULT_SITE_URL = 'https://openclaw-handbook.example';

/**
 * The origin (`https://host[:port]`, no trailing slash) that a value of HANDBOOK_SITE_URL names.
 * Throws a sentence saying what is wrong and what to set instead: the site is built for the root of
 * its origin (every link is `/zh-cn/…` or `/en/…`), so a path, a query or credentials cannot be right.
 */
export function parseSiteUrl(value: string | undefined): string {
  const text = value?.trim() ?? '';
  if (text === '') return DEFAULT_SITE_URL;
  const wanted = `${SITE_URL_VARIABLE} must be the http(s) origin the handbook is served from, like https://handbook.example.org`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${wanted}; "${text}" is not an absolute URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${wanted}; "${text}" uses ${url.protocol}.`);
  if (url.username || url.password) throw new Error(`${wanted}; "${text}" carries credentials, which would be printed in every link.`);
  if (url.search || url.hash || text.endsWith('?') || text.endsWith('#'))
    throw new Error(`${wanted}; "${text}" has a query or a fragment.`);
  if (url.pathname !== '/') {
    throw new Error(
      `${wanted}; "${text}" has the path ${url.pathname}, but the site is built for the root of its origin (its links are /zh-cn/… and /en/…). Serve it at ${url.origin}/ and set ${SITE_URL_VARIABLE}=${url.origin}.`,
    );
  }
  return url.origin;
}

/** HANDBOOK_SITE_URL of this process (or of `env`), parsed; the placeholder when unset. */
export function siteUrlFromEnvironment(env: Record<string, string | undefined> = process.env): string {
  return parseSiteUrl(env[SITE_URL_VARIABLE]);
}
