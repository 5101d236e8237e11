/**
 * The analyzer island: one paste box (or a file, or a sample), analysed in a Web Worker with the
 * same engine as the CLI; findings in rank order with fixes, copy-as-Markdown and share links.
 *
 * Contract (tests rely on it): the root carries `data-analyzer`, `data-state="idle|working|done"`
 * and `data-input-kind`; its paste box is the root's `textarea`; each finding element carries
 * `data-signature-id`, `data-line` and `data-severity`. The command checklist after the findings
 * carries its own contract (LadderChecklist.tsx).
 *
 * "Add another output" keeps the analysis and takes the next paste: each paste is analysed on its
 * own (the state keeps the earlier reports), and the findings and the checklist cover all of them.
 *
 * Nothing leaves the browser: the catalog and the worker load from this origin when the island
 * hydrates; an analysis itself makes no request. Pasted text is only ever rendered as text.
 *
 * Its parts: the state is one reducer (analysis-state.ts), the worker is driven by a small client
 * (worker-client.ts), every way text comes in is an `Input` (input-sources.ts), and the views are
 * small components (Toolbar, ProgressBar, Results and what it holds).
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { decodeRules, type LocalizedCatalog } from '../../catalog/artifact.ts';
import { toLocale, toSiteLocale } from '../../present/locale.ts';
import { analysisReducer, initialAnalysis } from './analysis-state.ts';
import { Inline } from './FindingCard.tsx';
import { largePaste, openedFile, sampleText, sharedLink, typedText, TYPING_PAUSE_MS, type Input } from './input-sources.ts';
import { loadMarkdownReport, loadShareCodec } from './lazy-modules.ts';
import { handbookLinks } from './links.ts';
import { loadCatalog, loadRules, loadSamples } from './load-catalog.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { reportView, shownPhase } from './report-view.ts';
import { Results } from './Results.tsx';
import { Toolbar } from './Toolbar.tsx';
import { errorText, translator } from './translate.ts';
import type { Commands } from './protocol.ts';
import { analysisClient } from './worker-client.ts';

export interface AnalyzerProps {
  /** Starlight locale of the page: `zh-cn` or `en`. */
  locale: string;
  /** The `analyzer.*` and `severity.*` UI strings of that locale. */
  strings: Record<string, string>;
  /** Site base path, ending in `/`. */
  base: string;
  /** Input the section's analyzer is preset to (`content/sections.yaml` `analyzerPreset`). */
  preset?: string | undefined;
  compact?: boolean | undefined;
  /** The commands of the section's checklist (its page's own that the analyzer reads); absent: the five-command ladder. */
  rungs?: readonly string[] | undefined;
  /** Sample files offered in the "try a sample" menu. */
  samples: Array<{ name: string; group: string }>;
  /** The full analyzer page of this locale. */
  fullHref: string;
}

/** Where `navigator.clipboard` is refused (no permission, not a secure context). */
function fallbackCopy(text: string): void {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    document.execCommand('copy');
  } finally {
    area.remove();
  }
}

export default function Analyzer(props: AnalyzerProps) {
  const { base, compact, preset } = props;
  const { t, say } = translator(props.strings);
  // One analyzer per page: ids derived from props match between server render and hydration.
  const uid = `analyzer-${compact ? `compact-${preset ?? 'any'}` : 'full'}`;

  const [state, dispatch] = useReducer(analysisReducer, initialAnalysis);
  const [catalog, setCatalog] = useState<LocalizedCatalog | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const client = useMemo(() => {
    // Each signature's commands, for the checklist the worker builds (read from the same rules file).
    let commands: Commands = {};
    return analysisClient({
      rules: () =>
        loadRules(base).then((file) => {
          commands = Object.fromEntries(file.entries.map((r) => [r.id, r.commands ?? []]));
          return decodeRules(file);
        }),
      commands: () => commands,
      rungs: props.rungs,
      prepare: () => loadCatalog(base, toLocale(props.locale)).then(setCatalog),
      onEvent: dispatch,
    });
  }, []);

  const engage = () => void client.start().catch(() => {});

  /** Every input, typed, pasted, opened, dropped, picked or linked, runs here. */
  function start(input: Input): void {
    clearTimeout(typing.current);
    if ('shared' in input) {
      dispatch({ type: 'open-shared', shared: input.shared });
      // A shared report needs only the catalog (and a retry, if it failed to load before).
      client.start().catch(() => {});
      return;
    }
    if (input.box !== undefined && box.current) box.current.value = input.box;
    dispatch({ type: 'run', source: input.source, note: input.note });
  }

  /** A paste too large for the box runs at once, from the paste event or from the input event. */
  function startLarge(text: string): boolean {
    const input = largePaste(text);
    if (input) start(input);
    return input !== undefined;
  }

  function onInput(): void {
    const text = box.current?.value ?? '';
    if (startLarge(text)) return;
    clearTimeout(typing.current);
    if (text.trim() === '') {
      dispatch({ type: 'clear' });
      return;
    }
    dispatch({ type: 'typing' });
    typing.current = setTimeout(() => start(typedText(box.current?.value ?? '')), TYPING_PAUSE_MS);
  }

  function analyzeNow(): void {
    const text = box.current?.value ?? '';
    if (text.trim() !== '') start(typedText(text));
    else if (state.source) start({ source: state.source });
    else box.current?.focus();
  }

  const openFile = (file: File) => void openedFile(file).then(start);
  const loadFailed = (error: unknown) => dispatch({ type: 'load-failed', message: errorText(error) });

  function pickSample(name: string): void {
    if (!name) return;
    loadSamples(base).then((all) => {
      const input = sampleText(name, all);
      if (input) start(input);
    }, loadFailed);
  }

  async function copy(text: string, doneKey: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      fallbackCopy(text);
    }
    dispatch({ type: 'announce', message: { key: doneKey } });
  }

  // The worker follows the state: each job runs its source, or stops the worker when it has none.
  useEffect(() => (state.source ? client.run(state.job, state.source, state.redact, state.earlier) : client.stop()), [state.job]);

  // Hydration: warm up (the match rules and the worker), and open a shared report from the URL
  // fragment. The texts (the larger part of the catalog) load when the reader turns to the analyzer
  // (`engage`): a reader who scrolls past it does not pay for them, and any input needs that turn first
  // (a paste or a keystroke needs focus, a file a click or a drag), so an analysis still waits on nothing.
  useEffect(() => {
    client.warm().catch(() => {});
    const readHash = () => sharedLink(location.hash)?.then(start, loadFailed);
    if (!compact) {
      readHash();
      addEventListener('hashchange', readHash);
    }
    return () => {
      removeEventListener('hashchange', readHash);
      clearTimeout(typing.current);
      client.dispose();
    };
  }, []);

  const pastes = useMemo(() => (state.report ? [...state.earlier, state.report] : state.earlier), [state.report, state.earlier]);
  const view = useMemo(() => reportView(pastes, state.shared, catalog, state.ladder), [pastes, state.shared, catalog, state.ladder]);
  const links = handbookLinks(base, toSiteLocale(props.locale), catalog);
  const phase = shownPhase(state, view);
  const presetSamples = preset && compact ? props.samples.filter((s) => s.group === preset) : [];
  const presetHint = preset ? props.strings[`analyzer.preset.${preset}`] : undefined;

  async function shareLink(): Promise<void> {
    if (!view) return;
    const { encodeShare, SHARE_PARAM } = await loadShareCodec();
    const href = `${new URL(props.fullHref, location.href).href}#${SHARE_PARAM}=${encodeShare(view)}`;
    dispatch({ type: 'share-link', href });
    await copy(href, 'analyzer.copied.share');
  }

  /** "Add another output": keeps what was read and empties the box for the next command's output. */
  function addAnother(): void {
    clearTimeout(typing.current);
    dispatch({ type: 'another' });
    if (box.current) {
      box.current.value = '';
      box.current.focus();
    }
  }

  async function copyReport(): Promise<void> {
    if (!view || !catalog) return;
    const { markdownReport } = await loadMarkdownReport();
    await copy(markdownReport({ view, catalog, t, origin: location.origin, links }), 'analyzer.copied.report');
  }

  return (
    <section
      class={`analyzer not-content${compact ? ' analyzer-compact' : ''}`}
      data-analyzer=""
      data-state={phase}
      data-input-kind={phase === 'done' && view ? view.kinds.join(' ') : ''}
      data-ready={state.ready ? 'true' : 'false'}
      data-preset={preset ?? ''}
      aria-labelledby={`${uid}-label`}
      onFocusCapture={engage}
      onPointerDown={engage}
      onDragEnter={engage}
      onDragOver={(event) => {
        if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
      }}
      onDrop={(event) => {
        const file = event.dataTransfer?.files?.[0];
        if (!file) return;
        event.preventDefault();
        openFile(file);
      }}
    >
      <label id={`${uid}-label`} for={`${uid}-input`} class="analyzer-label">
        {compact ? t('analyzer.compact.label') : t('analyzer.label')}
      </label>
      {presetHint && (
        <p class="analyzer-hint" id={`${uid}-hint`}>
          <Inline text={presetHint} />
        </p>
      )}
      <textarea
        id={`${uid}-input`}
        ref={box}
        rows={compact ? 5 : 10}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        placeholder={t('analyzer.placeholder')}
        aria-describedby={`${presetHint ? `${uid}-hint ` : ''}${uid}-privacy`}
        onInput={onInput}
        onPaste={(event) => {
          if (startLarge(event.clipboardData?.getData('text/plain') ?? '')) event.preventDefault();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            analyzeNow();
          }
        }}
      />
      <Toolbar
        t={t}
        samples={presetSamples.length > 0 ? presetSamples : props.samples}
        redact={state.redact}
        fullHref={compact ? props.fullHref : undefined}
        onAnalyze={analyzeNow}
        onFile={openFile}
        onSamplesWanted={() => void loadSamples(base).catch(() => {})}
        onSample={pickSample}
        onRedact={(on) => dispatch({ type: 'redact', on })}
      />
      <p class="analyzer-privacy" id={`${uid}-privacy`}>
        {t('analyzer.privacy')}
      </p>
      {state.note && <p class="analyzer-note">{say(state.note)}</p>}
      {state.problem && (
        <p class="analyzer-problem" role="alert">
          {say(state.problem)}
        </p>
      )}
      {phase === 'working' && <ProgressBar t={t} percent={state.progress} onCancel={() => dispatch({ type: 'cancel' })} />}
      <p class="analyzer-status" role="status" aria-live="polite" aria-atomic="true">
        {state.announcement && say(state.announcement)}
      </p>
      {(phase === 'done' || state.earlier.length > 0) && view && (
        <Results
          view={view}
          catalog={catalog}
          links={links}
          t={t}
          uid={uid}
          compact={compact}
          shareHref={state.shareHref}
          onCopy={(text, doneKey) => void copy(text, doneKey)}
          onCopyReport={copyReport}
          onShare={shareLink}
          onAnother={state.report ? addAnother : undefined}
        />
      )}
    </section>
  );
}
