/**
 * The catalog's public form for other tools: `/catalog.json` and its JSON Schema. (The lean files the
 * analyzer island and the CLI load are the build artifact: `artifact.ts`.)
 */
import { z } from 'zod';
import { Section, Seen, Signature, type Catalog } from './schema.ts';

export const CATALOG_FORMAT_VERSION = 1;

const CatalogDocument = z.strictObject({
  version: z.literal(CATALOG_FORMAT_VERSION).describe('Format version of this document; it changes only when a field changes meaning or goes away.'),
  sections: z.array(Section).describe('The handbook sections, in sidebar order.'),
  signatures: z
    .array(
      Signature.extend({
        section: z.string().describe('Id of the home section: the file the signature is written in (`content/signatures/<section>.yaml`).'),
        seen: Seen.nullable().describe(
          'Where the lab (npm run lab) found this signature in real OpenClaw output: every release it was seen in, and up to three captured lines with their release, scenario, capture and command. null when it has not been seen in real output yet (its wording then comes from the OpenClaw docs or source).',
        ),
      }),
    )
    .describe('Every signature, grouped by home section.'),
});

export function catalogDocument(catalog: Catalog): z.input<typeof CatalogDocument> {
  return {
    version: CATALOG_FORMAT_VERSION,
    sections: catalog.sections,
    signatures: catalog.entries.map(({ file: _file, seen, ...entry }) => ({ ...entry, seen: seen ?? null })),
  };
}

export function catalogJsonSchema(): Record<string, unknown> {
  return {
    $id: '/catalog.schema.json',
    title: 'OpenClaw Gateway signature catalog',
    ...z.toJSONSchema(CatalogDocument, { io: 'output', unrepresentable: 'any' }),
  };
}
