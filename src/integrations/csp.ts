/**
 * A strict Content Security Policy for the static build, as a <meta> tag in every page.
 *
 * Why not Astro's `security.csp`: it hashes only the scripts Astro bundles, while Starlight and
 * Expressive Code also ship `is:inline` scripts and style attributes, so pages broke under it. This
 * integration hashes every inline <script> actually present in each built page instead.
 *
 * Scripts: only this origin and those exact inline scripts; 'wasm-unsafe-eval' lets Pagefind compile
 * its WebAssembly (it does not allow JavaScript eval). Styles: this origin plus inline styles
 * (Starlight and Expressive Code use style attributes; styles cannot run code). Nothing third-party.
 * What a <meta> policy cannot carry (`frame-ancestors`) is a header: see ./host-headers.ts.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/g;

export const BASE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export function policyFor(html: string): string {
  const hashes = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
    if (body!.trim().length > 0) hashes.add(`'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
  }
  return [...BASE_DIRECTIVES, ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' ')].join('; ');
}

const HEAD_TAG = /<head(\s[^>]*)?>/;
const DOCTYPE_AND_HTML_TAG = /^(\s*<!doctype[^>]*>)?(\s*<html(\s[^>]*)?>)?/i;

/**
 * The page with its policy as the first element of <head>, so it governs every script that follows.
 * A page without a <head> tag (Astro's redirect page for `/`) gets it right after the doctype and
 * <html>: the HTML parser opens the head there implicitly, so the meta is still in it.
 */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
  if (HEAD_TAG.test(html)) return html.replace(HEAD_TAG, (head) => head + meta);
  return html.replace(DOCTYPE_AND_HTML_TAG, (start) => start + meta);
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'handbook-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          await writeFile(file, withPolicy(await readFile(file, 'utf8')));
          pages++;
        }
        logger.info(`content security policy added to ${pages} pages`);
      },
    },
  };
}
