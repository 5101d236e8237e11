// Helpers for tests that read the built site in dist/ directly (links, verbatim strings, budgets).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
  return '/' + relative(DIST, file).replace(/\\/g, '/').replace(/index\.html$/, '').replace(/\.html$/, '/');
}

export function readHtml(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Visible text of the main content, with tags removed and entities decoded (good enough for verbatim checks). */
export function mainText(html: string): string {
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? html;
  return decodeEntities(main.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ''));
}

/** Main-content prose only: code blocks and inline code removed (they hold upstream strings and sample output). */
export function proseText(html: string): string {
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? html;
  return mainText(main.replace(/<pre[\s\S]*?<\/pre>|<code[\s\S]*?<\/code>|<figure[\s\S]*?<\/figure>/g, ''));
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
