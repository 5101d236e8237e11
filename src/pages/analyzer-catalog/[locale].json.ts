/**
 * The analyzer's catalog files, exactly as the build step makes them (`buildArtifact` in
 * src/catalog/artifact.ts): `/analyzer-catalog/rules.json` (the match rules, the same for every
 * language; fetched when the island hydrates and handed to its Web Worker) and
 * `/analyzer-catalog/zh-CN.json`, `/analyzer-catalog/en.json` (one language's texts; fetched when the
 * reader turns to the analyzer, the same file whatever is pasted).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildArtifact } from '../../catalog/artifact.ts';
import { getCatalog } from '../../catalog/site.ts';
import { LOCALES, type Locale } from '../../present/locale.ts';

const RULES = 'rules';

export const getStaticPaths = (() => [RULES, ...LOCALES].map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

// Built once for the three routes.
let artifact: ReturnType<typeof buildArtifact> | undefined;

export const GET: APIRoute = ({ params }) => {
  artifact ??= buildArtifact(getCatalog());
  const body = params['locale'] === RULES ? artifact.rules : artifact.texts[params['locale'] as Locale];
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
