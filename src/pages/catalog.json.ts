/** `/catalog.json`: the whole signature catalog for other tools (schema at `/catalog.schema.json`). */
import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog/site.ts';
import { catalogDocument } from '../catalog/export.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(catalogDocument(getCatalog()), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
