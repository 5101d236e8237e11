import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Search hygiene, per stack notes: a fallback page (shown in a locale that lacks it) would put the
 * other language's text into this locale's Pagefind index, so it is left out; a page's `keywords`
 * become a Pagefind meta field that `pagefind.ranking.metaWeights` weights above body text, and a
 * signature page's exact strings a second one weighted higher still, so the page that explains a
 * string outranks pages that merely mention it.
 */
const CJK_RUN = /[\u3400-\u9fff]{2,}/g;

/**
 * Pagefind does not word-segment meta fields, while the browser segments a Chinese query into words
 * (`配对请求` → `配对` + `请求`). So a Chinese keyword also contributes its 1- to 4-character n-grams,
 * which contain whatever words the browser's segmenter picks. Single characters are needed: words
 * missing from its dictionary come out one character at a time (`网关` → `网` + `关`, `断线` →
 * `断` + `线`), and a query word matches only as a prefix, so a keyword's last character would
 * otherwise match nothing (`控制台总是断线` missed the page whose keywords say `控制台老是断线`).
 */
export function metaTerms(keywords: string[]): string {
  const terms = new Set<string>();
  for (const keyword of keywords) {
    terms.add(keyword);
    for (const [run] of keyword.matchAll(CJK_RUN)) {
      for (let n = 1; n <= 4; n++) for (let i = 0; i + n <= run.length; i++) terms.add(run.slice(i, i + n));
    }
  }
  return [...terms].join(', ');
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.isFallback) route.entry.data.pagefind = false;
  const { keywords, signatureStrings } = route.entry.data;
  if (keywords && keywords.length > 0) {
    route.head.push({ tag: 'meta', attrs: { 'data-pagefind-meta': 'keywords[content]', content: metaTerms(keywords) } });
  }
  if (signatureStrings && signatureStrings.length > 0) {
    route.head.push({ tag: 'meta', attrs: { 'data-pagefind-meta': 'strings[content]', content: signatureStrings.join(', ') } });
  }
});
