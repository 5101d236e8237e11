/** One finding: severity, title, meaning, fix, commands (with copy buttons), links and the matched line. */
import type { LocalizedEntry } from '../../catalog/artifact.ts';
import { excerptParts, inlineCodeParts } from '../../present/text.ts';
import { adviceFor } from '../../present/versions.ts';
import type { ViewFinding } from './report-view.ts';
import type { Translate } from './translate.ts';

export type { ViewFinding };

/** Text with `backticked` spans as <code>; everything stays text (never HTML). */
export function Inline({ text }: { text: string }) {
  return <>{inlineCodeParts(text).map((p, i) => (p.code ? <code key={i}>{p.text}</code> : p.text))}</>;
}

function Excerpt({ f, t }: { f: ViewFinding; t: Translate }) {
  const { excerpt, match } = f;
  const parts = excerptParts(excerpt, match, f.matchIndex);
  const body = parts ? (
    <>
      {parts.before}
      <mark>{parts.match}</mark>
      {parts.after}
    </>
  ) : (
    excerpt
  );
  return (
    <div class="analyzer-excerpt">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useAriaPropsSupportedByRole: a long line scrolls inside its box, and axe requires a scrollable region to be reachable by keyboard and named. */}
      <pre tabIndex={0} aria-label={t('analyzer.line', { line: f.line })}>
        <span class="analyzer-ln" aria-hidden="true">
          {f.line}
        </span>
        <code>{body}</code>
      </pre>
      {!parts && match && (
        <p class="analyzer-matched">
          {t('analyzer.matched')}: <mark>{match}</mark>
        </p>
      )}
    </div>
  );
}

export function FindingCard(props: {
  f: ViewFinding;
  entry: LocalizedEntry | undefined;
  t: Translate;
  version?: string | undefined;
  signatureHref: string;
  sectionHref?: string | undefined;
  sectionTitle?: string | undefined;
  compact?: boolean | undefined;
  uid: string;
  /** Copies a text, then announces the UI text `doneKey`. */
  onCopy: (text: string, doneKey: string) => void;
}) {
  const { f, entry, t, compact } = props;
  const advice = adviceFor(entry?.versionAdvice ?? [], props.version);
  const lines =
    f.count > 1 ? t('analyzer.linesRange', { line: f.line, last: f.lastLine, count: f.count }) : t('analyzer.line', { line: f.line });
  // Line numbers count within each paste: with several, the paste is named ("Paste 2, line 7").
  const where = f.paste ? t('analyzer.ladder.pasteLine', { paste: f.paste, lines }) : lines;
  const details = (
    <>
      {entry && (
        <>
          <p class="analyzer-meaning">
            <Inline text={entry.meaning} />
          </p>
          {advice.map((a, i) => (
            <p class="analyzer-advice" key={i}>
              <strong>{t('analyzer.versionAdvice', { version: props.version! })}</strong> <Inline text={a.advice} />
            </p>
          ))}
          <h4>{t('analyzer.fix')}</h4>
          <ol class="analyzer-fix">
            {entry.fix.map((step, i) => (
              <li key={i}>
                <Inline text={step} />
              </li>
            ))}
          </ol>
          {entry.commands.length > 0 && (
            <>
              <h4>{t('analyzer.commands')}</h4>
              <ul class="analyzer-commands">
                {entry.commands.map((command) => (
                  <li key={command}>
                    <code>{command}</code>
                    <button
                      type="button"
                      class="analyzer-copy"
                      onClick={() => props.onCopy(command, 'analyzer.copied.command')}
                      aria-label={t('analyzer.copyCommand', { command })}
                    >
                      {t('analyzer.copy')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
  return (
    <article class="analyzer-finding" aria-labelledby={`${props.uid}-${f.id}`}>
      <header>
        <span class={`analyzer-sev analyzer-sev-${f.severity}`}>{t(`severity.${f.severity}`)}</span>
        {f.conclusion && <span class="analyzer-tag">{t('analyzer.conclusion')}</span>}
        {f.generic && <span class="analyzer-tag">{t('analyzer.generic')}</span>}
        <h3 id={`${props.uid}-${f.id}`}>{entry?.title ?? f.id}</h3>
      </header>
      <p class="analyzer-where">
        {where}
        {f.evidence && f.evidence.length > 0 && <> · {t('analyzer.evidence', { lines: f.evidence.join(', ') })}</>}
        {' · '}
        <code>{f.id}</code>
      </p>
      <Excerpt f={f} t={t} />
      {compact ? (
        <details>
          <summary>{t('analyzer.details')}</summary>
          {details}
        </details>
      ) : (
        details
      )}
      <p class="analyzer-links">
        <a href={props.signatureHref}>{t('analyzer.signaturePage')}</a>
        {props.sectionHref && (
          <>
            {' · '}
            <a href={props.sectionHref}>{t('analyzer.sectionLink', { section: props.sectionTitle ?? f.section })}</a>
          </>
        )}
      </p>
    </article>
  );
}
