/**
 * `npm run triage -- …`: the CLI from the repository's sources. Rebuilds the catalog artifact (so edits
 * to content/ show at once), then runs in the folder where npm was called, so relative paths mean what
 * the user typed.
 */
import { writeCatalogArtifact } from './build-catalog.ts';

try {
  writeCatalogArtifact();
} catch (error) {
  process.stderr.write(`openclaw-triage: ${(error as Error).message}\n`);
  process.exit(2);
}
process.chdir(process.env['INIT_CWD'] ?? process.cwd());
await import('../src/cli/main.ts');
