/** Size budgets, one definition for `npm run bench` and tests/e2e/budgets.spec.ts (KB = 1024 bytes, gzip). */
const KB = 1024;

// 15 KB until the island gained its "not in the catalog yet" view (0.8 KB gz). Loading that view lazily
// would keep 15 KB but make an analysis fetch code, and "an analysis makes no request at all" matters more.
// 16.5 KB since the island decodes the catalog with the one codec the CLI shares (0.35 KB gz: the whole
// entry shape and the checks that refuse files of another build).
export const ISLAND_BUDGET = 16.5 * KB;

/**
 * The catalog data a page with an analyzer loads: the match rules (`/analyzer-catalog/rules.json`,
 * 12.7 KB), fetched when the island hydrates so that its Web Worker is compiled before anything is
 * pasted. The intent of 40 KB per page holds for every page, whatever the catalog's size.
 */
export const PAGE_CATALOG_BUDGET = 40 * KB;

/**
 * All the catalog data an analysis needs, every file together: the rules and one language's texts
 * (title, meaning, fix steps, release notes and advice of every signature, ≈225 bytes gz each: 236
 * entries make 52.9 KB in zh-CN), the same file whatever is pasted. The texts load when the reader
 * turns to the analyzer (focus, a click or a drag on it), which any input needs first, so an analysis
 * itself makes no request; a reader who only scrolls past an embedded analyzer does not load them.
 */
export const ANALYSIS_CATALOG_BUDGET = 68 * KB;
