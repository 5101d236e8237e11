/** `/analyzer-samples.json`: the analyzer's "try a sample" texts, fetched once when the menu is first used. */
import type { APIRoute } from 'astro';
import { readSamples } from '../components/analyzer/samples.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(readSamples()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
