/** `/cli-output.schema.json`: JSON Schema of `openclaw-triage --format json`, generated from src/cli/output-schema.ts. */
import type { APIRoute } from 'astro';
import { cliOutputJsonSchema } from '../cli/output-schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(cliOutputJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
