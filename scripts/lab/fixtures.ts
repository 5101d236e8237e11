/**
 * The committed lab captures and what their scenarios expect of the analyzer. Shared by the tests
 * (engine, packed CLI, browser), the "seen in real output" index and the drift report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/engine/types.ts';
import {
  FIXTURE_DIR,
  inRange,
  loadScenario,
  type CaptureManifest,
  type CaptureRecord,
  type Checklist,
  type Expectation,
  type NamedScenario,
} from './scenario.ts';

export interface LabCapture {
  release: string;
  scenario: NamedScenario;
  manifest: CaptureManifest;
  record: CaptureRecord;
  /** Path of the fixture file. */
  path: string;
  /** Its text, as captured (ANSI included). */
  text: string;
  /** Ids that must be found (for this release), ids that may be, ids that must not. */
  expect: Expectation[];
  allow: string[];
  forbid: string[];
  doctor: boolean;
}

export function labReleases(dir = FIXTURE_DIR): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((r) => /^\d{4}\./.test(r))
        .sort()
    : [];
}

/** Every committed capture, with its scenario's expectations resolved for its release. */
export function labCaptures(only?: string[], dir = FIXTURE_DIR): LabCapture[] {
  const captures: LabCapture[] = [];
  const scenarios = new Map<string, NamedScenario>();
  for (const release of labReleases(dir)) {
    for (const id of readdirSync(join(dir, release)).sort()) {
      const manifestFile = join(dir, release, id, 'manifest.json');
      if (!existsSync(manifestFile) || (only && !only.includes(id))) continue;
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CaptureManifest;
      let scenario = scenarios.get(id);
      if (!scenario) scenarios.set(id, (scenario = loadScenario(id)));
      for (const record of manifest.captures) {
        const spec = [...scenario.scenario.steps, ...scenario.scenario.background].find((s) => s.name === record.name);
        // collect's JSON is openclaw-triage's output, not OpenClaw's: labCollectCaptures() has those.
        if (spec && 'source' in spec && spec.source === 'collect') continue;
        const path = join(dir, release, id, record.file);
        captures.push({
          release,
          scenario,
          manifest,
          record,
          path,
          text: readFileSync(path, 'utf8'),
          expect: (spec?.expect ?? []).filter((e) => inRange(release, e)),
          allow: spec?.allow ?? [],
          forbid: spec?.forbid ?? [],
          doctor: spec !== undefined && 'doctor' in spec && spec.doctor,
        });
      }
    }
  }
  return captures;
}

/** The analyzer's findings on a capture, in the shape the checks compare. */
export interface Found {
  id: string;
  severity: string;
  line: number;
}

/**
 * What is wrong with the findings on a capture: an expected id missing or on the wrong line, an
 * error or warning finding that nobody expected or allowed, a forbidden id. Empty when all is well.
 */
export function checkFindings(
  capture: LabCapture,
  findings: Array<Pick<Finding, 'id' | 'severity' | 'line'>>,
  lines = capture.text.split('\n'),
): string[] {
  const problems: string[] = [];
  const ids = new Set(findings.map((f) => f.id));
  for (const e of capture.expect) {
    const found = findings.find((f) => f.id === e.id);
    if (!found) problems.push(`missing ${e.id}`);
    else if (e.on && !(lines[found.line - 1] ?? '').includes(e.on))
      problems.push(`${e.id} on line ${found.line}, which does not contain "${e.on}"`);
  }
  const expected = new Set([...capture.expect.map((e) => e.id), ...capture.allow]);
  for (const f of findings)
    if ((f.severity === 'error' || f.severity === 'warning') && !expected.has(f.id))
      problems.push(`unexpected ${f.severity} ${f.id} (line ${f.line})`);
  for (const id of capture.forbid) if (ids.has(id)) problems.push(`forbidden ${id}`);
  return problems;
}

/** A capture's display name: `2026.9.6/wrong-token/gateway-status`. */
export const captureName = (c: LabCapture) => `${c.release}/${c.scenario.id}/${c.record.name}`;

/** A capture of `openclaw-triage collect` run by the lab, with its bundle and what its scenario expects. */
export interface CollectCapture {
  release: string;
  scenario: NamedScenario;
  record: CaptureRecord;
  /** The JSON it printed (`collect --format json`), as text. */
  text: string;
  /** Its `--out` folder: report.md, report.json, outputs/. */
  bundle: string;
  /** The scenario's checklist, with the rung expectations of other releases left out. */
  checklist: Checklist | undefined;
}

export function labCollectCaptures(dir = FIXTURE_DIR): CollectCapture[] {
  const captures: CollectCapture[] = [];
  for (const release of labReleases(dir)) {
    for (const id of readdirSync(join(dir, release)).sort()) {
      const manifestFile = join(dir, release, id, 'manifest.json');
      if (!existsSync(manifestFile)) continue;
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CaptureManifest;
      const scenario = loadScenario(id);
      const steps = scenario.scenario.steps.filter((s) => s.source === 'collect');
      if (steps.length === 0) continue;
      for (const record of manifest.captures) {
        const step = steps.find((s) => s.name === record.name);
        if (!step) continue;
        const checklist = step.checklist && { ...step.checklist, rungs: step.checklist.rungs.filter((r) => inRange(release, r)) };
        captures.push({
          release,
          scenario,
          record,
          text: readFileSync(join(dir, release, id, record.file), 'utf8'),
          bundle: join(dir, release, id, record.name),
          checklist,
        });
      }
    }
  }
  return captures;
}

/** The parts of collect's JSON a checklist speaks of. */
export interface CollectDoc {
  ladder?: Array<{ command: string; status: string; findings: string[]; reason?: string | undefined }> | undefined;
  next?: { command: string; because?: string | undefined } | null | undefined;
}

/** What is wrong with collect's output against the scenario's checklist; empty when all is well. */
export function checkChecklist(checklist: Checklist, doc: CollectDoc, exitCode: number | null): string[] {
  const problems: string[] = [];
  if (exitCode !== checklist.exitCode) problems.push(`exit code ${exitCode}, expected ${checklist.exitCode}`);
  const ladder = doc.ladder ?? [];
  for (const want of checklist.rungs) {
    const got = ladder.find((r) => r.command === want.command);
    if (!got) {
      problems.push(`no rung "${want.command}"`);
      continue;
    }
    if (got.status !== want.status)
      problems.push(`${want.command}: ${got.status}, expected ${want.status}${got.reason ? ` (reason ${got.reason})` : ''}`);
    for (const id of want.findings)
      if (!got.findings.includes(id)) problems.push(`${want.command}: no finding ${id} (has ${got.findings.join(', ') || 'none'})`);
    if (want.reason !== undefined && got.reason !== want.reason)
      problems.push(`${want.command}: reason ${got.reason ?? 'none'}, expected ${want.reason}`);
  }
  if (checklist.next === null && doc.next) problems.push(`next is ${doc.next.command}, expected nothing`);
  if (checklist.next) {
    if (!doc.next) problems.push('no next command');
    else {
      if (checklist.next.command !== undefined && doc.next.command !== checklist.next.command)
        problems.push(`next is ${doc.next.command}, expected ${checklist.next.command}`);
      if (checklist.next.because !== undefined && doc.next.because !== checklist.next.because)
        problems.push(`next because ${doc.next.because ?? 'nothing'}, expected ${checklist.next.because}`);
    }
  }
  return problems;
}
