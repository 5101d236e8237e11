/** `/catalog.json`: the whole signature catalog for other tools (schema at `/catalog.schema.json`). */
import type { APIRoute } from 'astro';
import { getCatalog, requiredSite } from '../catalog/site.ts';
import { catalogDocument } from '../catalog/export.ts';

/** `site` is Astro's `site` (HANDBOOK_SITE_URL at build, see src/site-url.ts): the catalog's page URLs are on it. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(catalogDocument(getCatalog(), requiredSite(site)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
