// Helpers for tests that read the built site in dist/ directly (links, verbatim strings, budgets, site URL).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(process.cwd(), 'dist');

export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** `/zh-cn/sections/x/` for dist/zh-cn/sections/x/index.html. */
export function urlPathOf(file: string): string {
  return (
    '/' +
    relative(DIST, file)
      .replace(/\\/g, '/')
      .replace(/index\.html$/, '')
      .replace(/\.html$/, '/')
  );
}

export function readHtml(file: string): string {
  return readFileSync(file, 'utf8');
}

/**
 * An HTML page parsed into a DOM (node-html-parser), so tests query elements and attributes instead
 * of matching markup with regexes. Only <script>, <style> and <noscript> keep their content as raw
 * text: node-html-parser treats <pre> as raw text by default, which would leave the tags of
 * Expressive Code's highlighted spans in the text of every code block.
 */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { blockTextElements: { script: true, noscript: true, style: true } });
}

/** The page's <main> (the handbook content), or the whole document for a page without one. */
function mainOf(html: string): HTMLElement {
  const document = parseHtml(html);
  return document.querySelector('main') ?? document;
}

/** Text of an element once the elements matching `selector` are removed (entities decoded). */
function textWithout(element: HTMLElement, selector: string): string {
  for (const node of element.querySelectorAll(selector)) node.remove();
  return element.textContent;
}

/** Visible text of the main content (what a reader sees; scripts and styles left out). */
export function mainText(html: string): string {
  return textWithout(mainOf(html), 'script, style');
}

/** Main-content prose only: code blocks and inline code removed (they hold upstream strings and sample output). */
export function proseText(html: string): string {
  return textWithout(mainOf(html), 'script, style, pre, code, figure');
}
