/** What was read: the detected input kinds, the line count and the release, then the parts that could not be read fully. */
import type { Skipped } from '../../engine/types.ts';
import type { ReportView } from './report-view.ts';
import type { Translate } from './translate.ts';

export function ReportSummary({ view, t }: { view: ReportView; t: Translate }) {
  return (
    <dl class="analyzer-summary">
      <dt>{t('analyzer.kinds')}</dt>
      <dd>
        {view.kinds.length > 0
          ? view.kinds.map((k) => (
              <span class="analyzer-kind" key={k}>
                {t(`analyzer.kind.${k}`)}
              </span>
            ))
          : '—'}
      </dd>
      <dt>{t('analyzer.read')}</dt>
      <dd>{view.lines}</dd>
      {view.version && (
        <>
          <dt>{t('analyzer.version')}</dt>
          <dd>{view.version}</dd>
        </>
      )}
    </dl>
  );
}

export function SkippedList({ skipped, t }: { skipped: Skipped[]; t: Translate }) {
  return (
    <div class="analyzer-skipped">
      <p>{t('analyzer.skipped.title')}</p>
      <ul>
        {skipped.map((s, i) => (
          <li key={i}>
            {t(`analyzer.skipped.${s.reason}`, { start: s.startLine, end: s.endLine, count: s.count })}
            {s.reason === 'json-invalid' && s.detail && <span class="analyzer-detail"> ({s.detail})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
