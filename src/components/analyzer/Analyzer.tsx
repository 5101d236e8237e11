/**
 * The analyzer island: one paste box (or a file, or a sample), analysed in a Web Worker with the
 * same engine as the CLI; findings in rank order with fixes, copy-as-Markdown and share links.
 *
 * Contract (tests rely on it): the root carries `data-analyzer`, `data-state="idle|working|done"`
 * and `data-input-kind`; its paste box is the root's `textarea`; each finding element carries
 * `data-signature-id`, `data-line` and `data-severity`.
 *
 * Nothing leaves the browser: the catalog and the worker load from this origin when the island
 * hydrates; an analysis itself makes no request. Pasted text is only ever rendered as text.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decodeRules, type LocalizedCatalog } from '../../catalog/artifact.ts';
import type { Finding, MatchableEntry, Report, Skipped, Unrecognized } from '../../engine/types.ts';
import { interpolate } from '../../present/text.ts';
import { searchPath, sectionPath, signaturePath, toLocale, toSiteLocale } from '../../present/locale.ts';
import { FindingCard, Inline } from './FindingCard.tsx';
import { UnrecognizedList } from './UnrecognizedList.tsx';
import { loadCatalog, loadRules, loadSamples } from './load-catalog.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { decodeShare, type SharedReport } from './share-link.ts';

// The Markdown report and the share link's writer (both carry the redaction rules) are only needed on
// their buttons: their own chunks, fetched on that click (never during an analysis), keep the island
// within its budget.
let reportModule: Promise<typeof import('./markdown-report.ts')> | undefined;
const loadReportModule = () => (reportModule ??= import('./markdown-report.ts'));
let shareModule: Promise<typeof import('./share-link-encode.ts')> | undefined;
const loadShareModule = () => (shareModule ??= import('./share-link-encode.ts'));

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
  /** Sample files offered in the "try a sample" menu. */
  samples: Array<{ name: string; group: string }>;
  /** The full analyzer page of this locale. */
  fullHref: string;
}

type State = 'idle' | 'working' | 'done';

interface View {
  kinds: string[];
  lines: number;
  version?: string | undefined;
  findings: Finding[];
  unrecognized: Unrecognized[];
  skipped: Skipped[];
  shared: boolean;
  dropped: number;
}

/** Files larger than this are streamed to the worker instead of being shown in the paste box. */
const LARGE_FILE = 2 * 1024 * 1024;
/** Pastes longer than this (characters) are analysed without being laid out in the paste box. */
const LARGE_PASTE = 2 * 1024 * 1024;
const DEBOUNCE_MS = 300;

function formatSize(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

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
  const { strings, compact } = props;
  const siteLocale = toSiteLocale(props.locale);
  const catalogLocale = toLocale(props.locale);
  // One analyzer per page: ids derived from props match between server render and hydration.
  const uid = `analyzer-${compact ? `compact-${props.preset ?? 'any'}` : 'full'}`;
  const t = (key: string, params: Record<string, string | number> = {}) => interpolate(strings[key] ?? key, params);

  const [state, setState] = useState<State>('idle');
  const [ready, setReady] = useState(false);
  const [catalog, setCatalog] = useState<LocalizedCatalog | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [shared, setShared] = useState<SharedReport | null>(null);
  const [progress, setProgress] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState('');
  const [fileNote, setFileNote] = useState('');
  const [redactOn, setRedactOn] = useState(true);
  const [shareHref, setShareHref] = useState('');

  const textarea = useRef<HTMLTextAreaElement>(null);
  const worker = useRef<{ worker: Worker; ready: Promise<void> } | null>(null);
  const rulesRef = useRef<MatchableEntry[] | null>(null);
  const warming = useRef<Promise<void> | null>(null);
  const job = useRef(0);
  const busy = useRef(false);
  const redactRef = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSource = useRef<{ text?: string; file?: File } | null>(null);

  const announce = (text: string) => setAnnouncement(text);

  function onWorkerMessage(event: MessageEvent<FromWorker>): void {
    const m = event.data;
    if (m.type === 'ready' || m.job !== job.current) return;
    if (m.type === 'progress') setProgress(m.total > 0 ? Math.floor((m.done / m.total) * 100) : 100);
    else if (m.type === 'done') {
      busy.current = false;
      setReport(m.report);
      setProgress(100);
      setState('done');
      const kinds = m.report.inputKinds.map((k) => t(`analyzer.kind.${k}`)).join(', ');
      announce(
        m.report.findings.length > 0
          ? t('analyzer.announce.done', { count: m.report.findings.length, kinds })
          : t('analyzer.announce.none', { kinds }),
      );
    } else if (m.type === 'error') {
      busy.current = false;
      setReport(null);
      setState('idle');
      setProblem(t('analyzer.error.analysis', { message: m.message }));
      announce(t('analyzer.error.analysis', { message: m.message }));
    }
  }

  function startWorker(entries: MatchableEntry[]): void {
    const w = new Worker(new URL('./analyzer.worker.ts', import.meta.url), { type: 'module' });
    const readyPromise = new Promise<void>((resolve, reject) => {
      w.addEventListener('message', function onReady(event: MessageEvent<FromWorker>) {
        if (event.data.type === 'ready') {
          w.removeEventListener('message', onReady);
          resolve();
        }
      });
      w.addEventListener('error', (event) => reject(new Error(event.message || 'worker failed')));
    });
    w.addEventListener('message', onWorkerMessage);
    w.postMessage({ type: 'catalog', entries } satisfies ToWorker);
    worker.current = { worker: w, ready: readyPromise };
  }

  const loadFailed = (error: unknown) => setProblem(t('analyzer.error.load', { message: error instanceof Error ? error.message : String(error) }));

  /** Loads the catalog and starts the worker (rules only) once; every analysis after that is local. */
  function warm(): Promise<void> {
    warming.current ??= Promise.all([
      loadRules(props.base).then((rules) => {
        rulesRef.current = decodeRules(rules);
        startWorker(rulesRef.current);
        return worker.current!.ready;
      }),
      loadCatalog(props.base, catalogLocale).then(setCatalog),
    ]).then(() => setReady(true));
    warming.current.catch((error: unknown) => {
      warming.current = null;
      loadFailed(error);
    });
    return warming.current;
  }

  /** Stops a running analysis: the worker is terminated and a fresh one takes its place. */
  function restartWorker(): void {
    worker.current?.worker.terminate();
    worker.current = null;
    if (rulesRef.current) startWorker(rulesRef.current);
  }

  async function run(source: { text?: string; file?: File }): Promise<void> {
    clearTimeout(timer.current);
    const id = ++job.current;
    if (busy.current) restartWorker();
    busy.current = true;
    lastSource.current = source;
    setShared(null);
    setShareHref('');
    setProblem('');
    setProgress(0);
    setState('working');
    try {
      await warm();
      await worker.current!.ready;
    } catch {
      if (id === job.current) {
        busy.current = false;
        setState('idle');
      }
      return;
    }
    if (id !== job.current) return;
    worker.current!.worker.postMessage({ type: 'run', job: id, text: source.text, file: source.file, redact: redactRef.current } satisfies ToWorker);
  }

  function reset(): void {
    clearTimeout(timer.current);
    job.current++;
    if (busy.current) restartWorker();
    busy.current = false;
    lastSource.current = null;
    setReport(null);
    setShared(null);
    setShareHref('');
    setState('idle');
  }

  function cancel(): void {
    reset();
    setFileNote('');
    announce(t('analyzer.announce.cancelled'));
  }

  function onInput(): void {
    const text = textarea.current?.value ?? '';
    clearTimeout(timer.current);
    if (text.length > LARGE_PASTE) {
      // Taken out of the box before the browser lays it out (megabytes of text would freeze the page).
      textarea.current!.value = '';
      setFileNote(t('analyzer.paste.large', { size: formatSize(text.length) }));
      void run({ text });
      return;
    }
    setFileNote('');
    if (text.trim() === '') {
      reset();
      return;
    }
    setState('working');
    timer.current = setTimeout(() => void run({ text: textarea.current?.value ?? '' }), DEBOUNCE_MS);
  }

  function analyzeNow(): void {
    const text = textarea.current?.value ?? '';
    if (text.trim() !== '') void run({ text });
    else if (lastSource.current) void run(lastSource.current);
    else textarea.current?.focus();
  }

  /** A huge paste stays out of the box (laying out megabytes of text would freeze the page). */
  function onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length <= LARGE_PASTE) return;
    event.preventDefault();
    clearTimeout(timer.current);
    if (textarea.current) textarea.current.value = '';
    setFileNote(t('analyzer.paste.large', { size: formatSize(text.length) }));
    void run({ text });
  }

  function openFile(file: File): void {
    if (file.size > LARGE_FILE) {
      if (textarea.current) textarea.current.value = '';
      setFileNote(t('analyzer.file.streamed', { name: file.name, size: formatSize(file.size) }));
      void run({ file });
      return;
    }
    void file.text().then((text) => {
      if (textarea.current) textarea.current.value = text;
      setFileNote(t('analyzer.file.loaded', { name: file.name, size: formatSize(file.size) }));
      void run({ text });
    });
  }

  function onDrop(event: DragEvent): void {
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    openFile(file);
  }

  function pickSample(name: string): void {
    if (!name) return;
    void loadSamples(props.base)
      .then((all) => {
        const text = all[name];
        if (text === undefined || !textarea.current) return;
        textarea.current.value = text;
        setFileNote(t('analyzer.sample.loaded', { name }));
        void run({ text });
      })
      .catch((error: unknown) => setProblem(t('analyzer.error.load', { message: error instanceof Error ? error.message : String(error) })));
  }

  function setRedaction(on: boolean): void {
    redactRef.current = on;
    setRedactOn(on);
    if (lastSource.current && !shared) void run(lastSource.current);
  }

  async function copy(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      fallbackCopy(text);
    }
    announce(done);
  }

  const signatureHref = (id: string) => signaturePath(props.base, siteLocale, id);
  const searchHref = (query: string) => searchPath(props.base, siteLocale, query);
  const sectionOf = (id: string) => catalog?.sections.find((s) => s.id === id);
  const sectionHref = (id: string) => {
    const s = sectionOf(id);
    return s ? sectionPath(props.base, siteLocale, s.slug) : undefined;
  };

  // Hydration: warm up (catalog + worker), and open a shared report from the URL fragment.
  useEffect(() => {
    void warm().catch(() => {});
    if (compact) return undefined;
    const readHash = () => {
      const decoded = decodeShare(location.hash);
      if (decoded === undefined) return;
      job.current++;
      lastSource.current = null;
      setReport(null);
      if (decoded === null) {
        setShared(null);
        setState('idle');
        setProblem(t('analyzer.share.invalid'));
        announce(t('analyzer.share.invalid'));
        return;
      }
      setShared(decoded);
      setState('working');
      void warm()
        .then(() => {
          setState('done');
          announce(t('analyzer.announce.shared', { count: decoded.findings.length }));
        })
        .catch(() => setState('idle'));
    };
    readHash();
    addEventListener('hashchange', readHash);
    return () => removeEventListener('hashchange', readHash);
  }, []);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      worker.current?.worker.terminate();
    },
    [],
  );

  const view: View | null = useMemo(() => {
    if (report) return { kinds: report.inputKinds, lines: report.lines, version: report.version?.value, findings: report.findings, unrecognized: report.unrecognized, skipped: report.skipped, shared: false, dropped: 0 };
    if (shared && catalog) {
      let dropped = shared.dropped;
      const findings: Finding[] = [];
      for (const s of shared.findings) {
        const entry = catalog.byId.get(s.id);
        if (!entry) {
          dropped++;
          continue;
        }
        findings.push({ ...s, section: entry.section, severity: entry.severity, generic: entry.generic, conclusion: entry.match.rule !== undefined });
      }
      return { kinds: shared.kinds, lines: shared.lines, version: shared.version, findings, unrecognized: [], skipped: [], shared: true, dropped };
    }
    return null;
  }, [report, shared, catalog]);

  const shownState: State = state === 'done' && !view ? 'idle' : state;
  const kindsAttr = shownState === 'done' && view ? view.kinds.join(' ') : '';
  const presetSamples = props.preset && compact ? props.samples.filter((s) => s.group === props.preset) : [];
  const samples = presetSamples.length > 0 ? presetSamples : props.samples;
  const presetHint = props.preset ? strings[`analyzer.preset.${props.preset}`] : undefined;

  async function shareLink(): Promise<void> {
    if (!view) return;
    const { encodeShare } = await loadShareModule();
    const fragment = encodeShare({ inputKinds: view.kinds as Report['inputKinds'], lines: view.lines, version: view.version ? { value: view.version, line: 0, source: 'json' } : undefined, findings: view.findings });
    const href = `${new URL(props.fullHref, location.href).href}#report=${fragment}`;
    setShareHref(href);
    void copy(href, t('analyzer.copied.share'));
  }

  async function copyReport(): Promise<void> {
    if (!view || !catalog) return;
    const { markdownReport } = await loadReportModule();
    const text = markdownReport({ findings: view.findings, kinds: view.kinds, lines: view.lines, version: view.version, catalog, t, origin: location.origin, signatureHref, sectionHref });
    await copy(text, t('analyzer.copied.report'));
  }

  return (
    <section
      class={`analyzer not-content${compact ? ' analyzer-compact' : ''}`}
      data-analyzer=""
      data-state={shownState}
      data-input-kind={kindsAttr}
      data-ready={ready ? 'true' : 'false'}
      data-preset={props.preset ?? ''}
      aria-labelledby={`${uid}-label`}
      onDragOver={(event) => {
        if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
      }}
      onDrop={onDrop}
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
        ref={textarea}
        rows={compact ? 5 : 10}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        placeholder={t('analyzer.placeholder')}
        aria-describedby={`${presetHint ? `${uid}-hint ` : ''}${uid}-privacy`}
        onInput={onInput}
        onPaste={onPaste}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            analyzeNow();
          }
        }}
      />
      <div class="analyzer-toolbar">
        <button type="button" class="analyzer-primary" onClick={analyzeNow}>
          {t('analyzer.analyze')}
        </button>
        <label class="analyzer-file">
          <input
            type="file"
            accept=".txt,.log,.json,.jsonl,text/*,application/json"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) openFile(file);
              input.value = '';
            }}
          />
          <span>{t('analyzer.openFile')}</span>
        </label>
        {samples.length > 0 && (
          <select
            aria-label={t('analyzer.samples')}
            onFocus={() => void loadSamples(props.base).catch(() => {})}
            onPointerDown={() => void loadSamples(props.base).catch(() => {})}
            onChange={(event) => {
              const select = event.currentTarget;
              pickSample(select.value);
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
          <input type="checkbox" checked={redactOn} onChange={(event) => setRedaction(event.currentTarget.checked)} />
          <span>{t('analyzer.redact')}</span>
        </label>
        {compact && (
          <a class="analyzer-full" href={props.fullHref}>
            {t('analyzer.compact.full')}
          </a>
        )}
      </div>
      <p class="analyzer-privacy" id={`${uid}-privacy`}>
        {t('analyzer.privacy')}
      </p>
      {fileNote && <p class="analyzer-note">{fileNote}</p>}
      {problem && (
        <p class="analyzer-problem" role="alert">
          {problem}
        </p>
      )}
      {shownState === 'working' && (
        <div class="analyzer-progress">
          <progress max={100} value={progress} aria-label={t('analyzer.progress')} />
          <span>{t('analyzer.progressValue', { percent: progress })}</span>
          <button type="button" onClick={cancel}>
            {t('analyzer.cancel')}
          </button>
        </div>
      )}
      <p class="analyzer-status" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {shownState === 'done' && view && (
        <div class="analyzer-results">
          {view.shared && <p class="analyzer-note">{t('analyzer.share.opened')}</p>}
          {view.dropped > 0 && <p class="analyzer-problem">{t('analyzer.share.dropped', { count: view.dropped })}</p>}
          <dl class="analyzer-summary">
            <dt>{t('analyzer.kinds')}</dt>
            <dd>
              {view.kinds.length > 0 ? view.kinds.map((k) => <span class="analyzer-kind" key={k}>{t(`analyzer.kind.${k}`)}</span>) : '—'}
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
          {view.skipped.length > 0 && (
            <div class="analyzer-skipped">
              <p>{t('analyzer.skipped.title')}</p>
              <ul>
                {view.skipped.map((s, i) => (
                  <li key={i}>
                    {t(`analyzer.skipped.${s.reason}`, { start: s.startLine, end: s.endLine, count: s.count })}
                    {s.reason === 'json-invalid' && s.detail && <span class="analyzer-detail"> ({s.detail})</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {view.findings.length === 0 ? (
            <p class="analyzer-none">{t('analyzer.none')}</p>
          ) : (
            <ol class="analyzer-findings">
              {view.findings.map((f) => (
                <li key={f.id} data-signature-id={f.id} data-line={String(f.line)} data-severity={f.severity}>
                  <FindingCard
                    f={f}
                    uid={uid}
                    entry={catalog?.byId.get(f.id)}
                    t={t}
                    version={view.version}
                    signatureHref={signatureHref(f.id)}
                    sectionHref={sectionHref(f.section)}
                    sectionTitle={sectionOf(f.section)?.title}
                    compact={compact}
                    onCopy={(text, done) => void copy(text, done)}
                  />
                </li>
              ))}
            </ol>
          )}
          {view.unrecognized.length > 0 && (
            <UnrecognizedList lines={view.unrecognized} t={t} titleOf={(id) => catalog?.byId.get(id)?.title} signatureHref={signatureHref} searchHref={searchHref} />
          )}
          {view.findings.length > 0 && (
            <div class="analyzer-actions">
              <button type="button" onClick={copyReport}>
                {t('analyzer.copyReport')}
              </button>
              <button type="button" onClick={shareLink}>
                {t('analyzer.share')}
              </button>
            </div>
          )}
          {shareHref && (
            <p class="analyzer-share">
              <label for={`${uid}-share`}>{t('analyzer.share.label')}</label>
              <input id={`${uid}-share`} type="url" readOnly value={shareHref} onFocus={(event) => event.currentTarget.select()} />
            </p>
          )}
        </div>
      )}
    </section>
  );
}
