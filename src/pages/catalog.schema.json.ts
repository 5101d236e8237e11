/** `/catalog.schema.json`: JSON Schema of `/catalog.json`, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { catalogJsonSchema } from '../catalog/export.ts';
import { requiredSite } from '../catalog/site.ts';

/** Its `$id` is its absolute URL on Astro's `site` (HANDBOOK_SITE_URL at build, see src/site-url.ts). */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(catalogJsonSchema(requiredSite(site)), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
