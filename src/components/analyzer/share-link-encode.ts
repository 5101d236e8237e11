/**
 * Writing a share link (the format and its reader are in share-link.ts). Loaded on the "share link"
 * click, like the Markdown report: it carries the redaction rules, which the island would otherwise
 * load with every analyzer page (the Web Worker has its own copy for the analysis).
 */
import { redact } from '../../engine/redact.ts';
import type { Finding, Report } from '../../engine/types.ts';
import { cap, MAX_FINDINGS, MAX_FRAGMENT, VERSION, type Wire } from './share-link.ts';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function encodeShare(report: Pick<Report, 'inputKinds' | 'lines' | 'version' | 'findings'>): string {
  const findings = (withExcerpts: boolean): Wire[] =>
    report.findings.slice(0, MAX_FINDINGS).map((f: Finding) => {
      // Redaction is idempotent: applied again here so a link is redacted even if the display is not.
      const match = cap(redact(f.match));
      const excerpt = withExcerpts ? cap(redact(f.excerpt)) : '';
      const wire: Wire = [f.id, f.line, f.lastLine, f.count, match, excerpt, excerpt ? excerpt.indexOf(match) : -1];
      if (f.evidence?.length) wire.push(f.evidence.slice(0, 16));
      return wire;
    });
  const doc = (withExcerpts: boolean) =>
    toBase64Url(JSON.stringify({ v: VERSION, k: report.inputKinds, n: report.lines, r: report.version?.value, f: findings(withExcerpts) }));
  const full = doc(true);
  return full.length <= MAX_FRAGMENT ? full : doc(false);
}
