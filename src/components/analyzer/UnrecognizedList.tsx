/**
 * "Not in the catalog yet": the lines of a paste that look like a problem but match no signature,
 * one per shape, with the nearest catalog entries and a link that searches the handbook for it.
 */
import type { Unrecognized } from '../../engine/types.ts';
import { searchQuery } from '../../engine/unrecognized.ts';
import type { Translate } from './translate.ts';

interface Props {
  lines: Unrecognized[];
  t: Translate;
  titleOf: (id: string) => string | undefined;
  signatureHref: (id: string) => string;
  /** The handbook search for a query (the signature index opens the site search with `?q=`). */
  searchHref: (query: string) => string;
}

export function UnrecognizedList({ lines, t, titleOf, signatureHref, searchHref }: Props) {
  return (
    <div class="analyzer-unrecognized" data-unrecognized>
      <p class="analyzer-unrecognized-title">{t('analyzer.unrecognized.title', { count: lines.length })}</p>
      <p>{t('analyzer.unrecognized.lead')}</p>
      <ul>
        {lines.map((u) => (
          <li key={u.shape} data-unrecognized-line={String(u.line)} data-severity="info">
            <span class="analyzer-line">
              {u.count > 1
                ? t('analyzer.linesRange', { line: u.line, last: u.lastLine, count: u.count })
                : t('analyzer.line', { line: u.line })}
            </span>{' '}
            <code class="analyzer-excerpt">{u.excerpt}</code>
            {u.nearest.length > 0 && (
              <p>
                {t('analyzer.unrecognized.nearest')}{' '}
                {u.nearest.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ' · '}
                    <a href={signatureHref(id)}>{titleOf(id) ?? id}</a>
                  </span>
                ))}
              </p>
            )}
            <p>
              <a href={searchHref(searchQuery(u.shape))}>{t('analyzer.unrecognized.search')}</a>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
