/** The findings in rank order, one card each, on elements that carry the DOM contract (`data-signature-id`, `data-line`, `data-severity`). */
import type { LocalizedCatalog } from '../../catalog/artifact.ts';
import { FindingCard } from './FindingCard.tsx';
import type { HandbookLinks } from './links.ts';
import type { ReportView } from './report-view.ts';
import type { Translate } from './translate.ts';

export interface FindingListProps {
  view: ReportView;
  catalog: LocalizedCatalog | null;
  links: HandbookLinks;
  t: Translate;
  uid: string;
  compact?: boolean | undefined;
  onCopy: (text: string, doneKey: string) => void;
}

export function FindingList({ view, catalog, links, t, uid, compact, onCopy }: FindingListProps) {
  if (view.findings.length === 0) return <p class="analyzer-none">{t('analyzer.none')}</p>;
  return (
    <ol class="analyzer-findings">
      {view.findings.map((f) => {
        const section = links.section(f.section);
        return (
          <li
            key={`${f.paste ?? 1}-${f.id}`}
            data-paste={f.paste === undefined ? undefined : String(f.paste)}
            data-signature-id={f.id}
            data-line={String(f.line)}
            data-severity={f.severity}
          >
            <FindingCard
              f={f}
              uid={uid}
              entry={catalog?.byId.get(f.id)}
              t={t}
              version={view.version}
              signatureHref={links.signature(f.id)}
              sectionHref={section?.href}
              sectionTitle={section?.title}
              compact={compact}
              onCopy={onCopy}
            />
          </li>
        );
      })}
    </ol>
  );
}
