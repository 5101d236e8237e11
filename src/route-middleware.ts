import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Search hygiene, per stack notes: a fallback page (shown in a locale that lacks it) would put the
 * other language's text into this locale's Pagefind index, so it is left out; a page's `keywords`
 * become a Pagefind meta field that `pagefind.ranking.metaWeights` weights above body text, and a
 * signature page's exact strings a second one weighted higher still, so the page that explains a
 * string outranks pages that merely mention it.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.isFallback) route.entry.data.pagefind = false;
  const { keywords, signatureStrings } = route.entry.data;
  if (keywords && keywords.length > 0) {
    route.head.push({ tag: 'meta', attrs: { 'data-pagefind-meta': 'keywords[content]', content: keywords.join(', ') } });
  }
  if (signatureStrings && signatureStrings.length > 0) {
    route.head.push({ tag: 'meta', attrs: { 'data-pagefind-meta': 'strings[content]', content: signatureStrings.join(', ') } });
  }
});
