/** Progress of a running analysis, with the button that cancels it. */
import type { Translate } from './translate.ts';

export function ProgressBar({ t, percent, onCancel }: { t: Translate; percent: number; onCancel: () => void }) {
  return (
    <div class="analyzer-progress">
      <progress max={100} value={percent} aria-label={t('analyzer.progress')} />
      <span>{t('analyzer.progressValue', { percent })}</span>
      <button type="button" onClick={onCancel}>
        {t('analyzer.cancel')}
      </button>
    </div>
  );
}
