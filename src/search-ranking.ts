/**
 * Pagefind ranking, shared by the Starlight config and the search test (which drives Pagefind's API
 * directly with the same options, so what it asserts is what readers get). `keywords` is the meta
 * field emitted by src/route-middleware.ts from each page's frontmatter: weighting it above the
 * title and body is what ranks the page that explains an error string first (see stack notes).
 */
export const pagefindRanking = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  metaWeights: { title: 5, keywords: 10, strings: 20 },
};
