/**
 * Text shapes every surface renders the same way: `{placeholder}` filling, `backticked` inline code and
 * a matched span inside an excerpt. They return plain parts; each surface turns them into its own
 * markup (Preact nodes, Astro elements, ANSI), so pasted text is never parsed as HTML anywhere.
 */

/** Fills `{name}` placeholders; an unknown placeholder stays as written (a visible bug, not a blank). */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export interface TextPart {
  text: string;
  /** True for a `backticked` span (without its backticks). */
  code: boolean;
}

/** Splits a catalog or UI text into plain and `inline code` parts; empty parts are dropped. */
export function inlineCodeParts(text: string): TextPart[] {
  return text
    .split(/(`[^`]+`)/)
    .map((part, i) => (i % 2 === 1 ? { text: part.slice(1, -1), code: true } : { text: part, code: false }))
    .filter((part) => part.text.length > 0);
}

export interface ExcerptParts {
  before: string;
  match: string;
  after: string;
}

/**
 * The excerpt around its match, when `matchIndex` really points at the match (a shared report or a
 * redacted line may not); undefined otherwise, and the surface shows the excerpt and the match apart.
 */
export function excerptParts(excerpt: string, match: string, matchIndex: number): ExcerptParts | undefined {
  if (matchIndex < 0 || match.length === 0 || !excerpt.startsWith(match, matchIndex)) return undefined;
  return { before: excerpt.slice(0, matchIndex), match, after: excerpt.slice(matchIndex + match.length) };
}
