// starlight-links-validator ships its TypeScript sources, which fail our strict `tsc` on their own
// types (not ours). `tsconfig.json` maps the package to this declaration so we type-check our use of it.
import type { StarlightPlugin } from '@astrojs/starlight/types';

export interface StarlightLinksValidatorOptions {
  errorOnInconsistentLocale?: boolean;
  exclude?: string[];
}

export default function starlightLinksValidator(options?: StarlightLinksValidatorOptions): StarlightPlugin;
