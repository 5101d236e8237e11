/** `/catalog.schema.json`: JSON Schema of `/catalog.json`, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { catalogJsonSchema } from '../catalog/export.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(catalogJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
