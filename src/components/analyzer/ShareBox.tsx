/** The report's actions (copy as Markdown, share link) and the share link once made, selectable. */
import type { Translate } from './translate.ts';

export function ReportActions({ t, onCopyReport, onShare }: { t: Translate; onCopyReport: () => void; onShare: () => void }) {
  return (
    <div class="analyzer-actions">
      <button type="button" onClick={onCopyReport}>
        {t('analyzer.copyReport')}
      </button>
      <button type="button" onClick={onShare}>
        {t('analyzer.share')}
      </button>
    </div>
  );
}

export function ShareBox({ t, uid, href }: { t: Translate; uid: string; href: string }) {
  return (
    <p class="analyzer-share">
      <label for={`${uid}-share`}>{t('analyzer.share.label')}</label>
      <input id={`${uid}-share`} type="url" readOnly value={href} onFocus={(event) => event.currentTarget.select()} />
    </p>
  );
}
