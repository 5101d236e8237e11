/**
 * The handbook's command ladder as a checklist (src/engine/ladder.ts): for each of its commands (the
 * first page's five, or on a section page the commands of that section the analyzer reads),
 * whether its output was read and what it says, then the next command to run, with a copy button.
 * Shown after the findings, whose conclusions come first.
 *
 * Contract (tests rely on it): the root carries `data-ladder`; each step `data-ladder-step="<command>"`
 * and `data-status="missing|healthy|problem"`; the suggested command is the `data-next-command` element.
 */
import type { Ladder } from '../../engine/ladder.ts';
import type { Translate } from './translate.ts';

interface Props {
  ladder: Ladder;
  t: Translate;
  titleOf: (id: string) => string | undefined;
  signatureHref: (id: string) => string;
  onCopy: (text: string, doneKey: string) => void;
}

function Ids({ ids, props }: { ids: string[]; props: Props }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={props.signatureHref(id)}>{props.titleOf(id) ?? id}</a>
        </span>
      ))}
    </>
  );
}

export function LadderChecklist(props: Props) {
  const { ladder, t } = props;
  const next = ladder.next;
  return (
    <section class="analyzer-ladder" data-ladder="">
      <h3>{t('analyzer.ladder.title')}</h3>
      <ol>
        {ladder.steps.map((s) => (
          <li key={s.command} data-ladder-step={s.command} data-status={s.status}>
            <span class="analyzer-ladder-mark">{t(`analyzer.ladder.status.${s.status}`)}</span> <code>{s.command}</code>
            {s.findings.length > 0 && (
              <p>
                {t('analyzer.ladder.found')}: <Ids ids={s.findings} props={props} />
              </p>
            )}
            {s.signals.length > 0 && (
              <p>
                {t('analyzer.ladder.signals')}: <Ids ids={s.signals} props={props} />
              </p>
            )}
          </li>
        ))}
      </ol>
      {next ? (
        <div class="analyzer-ladder-next">
          <p>{t('analyzer.ladder.next')}</p>
          <p class="analyzer-commands">
            <code data-next-command="">{next.command}</code>{' '}
            <button
              type="button"
              class="analyzer-copy"
              onClick={() => props.onCopy(next.command, 'analyzer.copied.command')}
              aria-label={t('analyzer.copyCommand', { command: next.command })}
            >
              {t('analyzer.copy')}
            </button>
          </p>
          {next.because && (
            <p>
              {t('analyzer.ladder.because')} <a href={props.signatureHref(next.because)}>{props.titleOf(next.because) ?? next.because}</a>
            </p>
          )}
        </div>
      ) : (
        <p class="analyzer-ladder-next">{t('analyzer.ladder.complete')}</p>
      )}
    </section>
  );
}
