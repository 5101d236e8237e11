/** The handbook pages the results link to, in the page's language (URLs from src/present/locale.ts). */
import type { LocalizedCatalog } from '../../catalog/artifact.ts';
import { searchPath, sectionPath, signaturePath } from '../../present/locale.ts';

export interface HandbookLinks {
  signature: (id: string) => string;
  /** The signature index filtered by a query (the "not in the catalog yet" search). */
  search: (query: string) => string;
  /** A section's title and page; undefined until the catalog is loaded, or for an unknown section. */
  section: (id: string) => { title: string; href: string } | undefined;
}

export function handbookLinks(base: string, locale: string, catalog: Pick<LocalizedCatalog, 'sections'> | null): HandbookLinks {
  return {
    signature: (id) => signaturePath(base, locale, id),
    search: (query) => searchPath(base, locale, query),
    section: (id) => {
      const s = catalog?.sections.find((section) => section.id === id);
      return s && { title: s.title, href: sectionPath(base, locale, s.slug) };
    },
  };
}
