/** The row under the paste box: analyze, open a file, try a sample, the redaction switch and (compact) the full analyzer. */
import type { Translate } from './translate.ts';

interface Props {
  t: Translate;
  samples: Array<{ name: string }>;
  redact: boolean;
  /** The link to the full analyzer page, shown by the compact form. */
  fullHref?: string | undefined;
  onAnalyze: () => void;
  onFile: (file: File) => void;
  /** The samples menu is about to be used: fetch the sample texts now. */
  onSamplesWanted: () => void;
  onSample: (name: string) => void;
  onRedact: (on: boolean) => void;
}

export function Toolbar({ t, samples, redact, fullHref, onAnalyze, onFile, onSamplesWanted, onSample, onRedact }: Props) {
  return (
    <div class="analyzer-toolbar">
      <button type="button" class="analyzer-primary" onClick={onAnalyze}>
        {t('analyzer.analyze')}
      </button>
      <label class="analyzer-file">
        <input
          type="file"
          accept=".txt,.log,.json,.jsonl,text/*,application/json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) onFile(file);
            // Cleared so that opening the same file again is a change too.
            input.value = '';
          }}
        />
        <span>{t('analyzer.openFile')}</span>
      </label>
      {samples.length > 0 && (
        <select
          aria-label={t('analyzer.samples')}
          onFocus={onSamplesWanted}
          onPointerDown={onSamplesWanted}
          onChange={(event) => {
            const select = event.currentTarget;
            onSample(select.value);
            select.value = '';
          }}
        >
          <option value="">{t('analyzer.samples')}</option>
          {samples.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
        </select>
      )}
      <label class="analyzer-check">
        <input type="checkbox" checked={redact} onChange={(event) => onRedact(event.currentTarget.checked)} />
        <span>{t('analyzer.redact')}</span>
      </label>
      {fullHref && (
        <a class="analyzer-full" href={fullHref}>
          {t('analyzer.compact.full')}
        </a>
      )}
    </div>
  );
}
