/** The results of an analysis or a shared report: summary, skipped parts, findings, lines not in the catalog yet, actions. */
import { FindingList, type FindingListProps } from './FindingList.tsx';
import { LadderChecklist } from './LadderChecklist.tsx';
import { ReportSummary, SkippedList } from './ReportSummary.tsx';
import { ReportActions, ShareBox } from './ShareBox.tsx';
import { UnrecognizedList } from './UnrecognizedList.tsx';

interface Props extends FindingListProps {
  shareHref: string;
  onCopyReport: () => void;
  onShare: () => void;
  /** "Add another output"; absent for a shared report, and while the next paste is not read yet. */
  onAnother?: (() => void) | undefined;
}

export function Results(props: Props) {
  const { view, t, catalog, links } = props;
  return (
    <div class="analyzer-results">
      {view.shared && <p class="analyzer-note">{t('analyzer.share.opened')}</p>}
      {view.dropped > 0 && <p class="analyzer-problem">{t('analyzer.share.dropped', { count: view.dropped })}</p>}
      <ReportSummary view={view} t={t} />
      {view.skipped.length > 0 && <SkippedList skipped={view.skipped} t={t} />}
      <FindingList view={view} catalog={catalog} links={links} t={t} uid={props.uid} compact={props.compact} onCopy={props.onCopy} />
      {view.ladder && (
        <LadderChecklist
          ladder={view.ladder}
          t={t}
          titleOf={(id) => catalog?.byId.get(id)?.title}
          signatureHref={links.signature}
          onCopy={props.onCopy}
        />
      )}
      {view.unrecognized.length > 0 && (
        <UnrecognizedList
          lines={view.unrecognized}
          t={t}
          titleOf={(id) => catalog?.byId.get(id)?.title}
          signatureHref={links.signature}
          searchHref={links.search}
        />
      )}
      {view.findings.length > 0 && <ReportActions t={t} onCopyReport={props.onCopyReport} onShare={props.onShare} />}
      {props.shareHref && <ShareBox t={t} uid={props.uid} href={props.shareHref} />}
      {props.onAnother && (
        <p class="analyzer-another">
          <button type="button" onClick={props.onAnother} data-add-paste="">
            {t('analyzer.ladder.another', { paste: view.pastes + 1 })}
          </button>
        </p>
      )}
    </div>
  );
}
