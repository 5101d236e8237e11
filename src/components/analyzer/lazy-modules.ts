/**
 * Code the island loads only when it is used, each its own chunk: the Markdown report (on "copy
 * report") and the share-link codec (on "share link", or when the page opens with `#report=…`). With
 * the codec goes the redaction it applies again to a link. Neither is needed for an analysis, so an
 * analysis still makes no request, and the island stays within its budget (scripts/bench/budgets.ts).
 * Each is fetched once; a failed fetch is tried again on the next use.
 */
let report: Promise<typeof import('./markdown-report.ts')> | undefined;
let shareCodec: Promise<typeof import('./share-link.ts')> | undefined;

function once<T>(pending: Promise<T>, forget: () => void): Promise<T> {
  pending.catch(forget);
  return pending;
}

export const loadMarkdownReport = () => (report ??= once(import('./markdown-report.ts'), () => (report = undefined)));
export const loadShareCodec = () => (shareCodec ??= once(import('./share-link.ts'), () => (shareCodec = undefined)));
