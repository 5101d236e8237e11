/**
 * Real OpenClaw output, captured by `npm run lab` from real releases, is the oracle: on every
 * committed capture the engine reports what the scenario expects, on the right lines, and no error or
 * warning that nobody expected. Healthy captures yield no error or warning at all.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { analyze, compileCatalog } from '../../../src/engine/index.ts';
import { captureName, checkFindings, labCaptures, labReleases } from '../../../scripts/lab/fixtures.ts';
import { LAB_SECRETS } from '../../../scripts/lab/capture.ts';
import { loadScenarios } from '../../../scripts/lab/scenario.ts';

const compiled = compileCatalog(loadCatalog().entries);
const captures = labCaptures();
const ids = new Set(loadCatalog().entries.map((e) => e.id));

test('the lab has captures of at least 25 scenarios on each default release', () => {
  for (const release of labReleases()) {
    const scenarios = new Set(captures.filter((c) => c.release === release).map((c) => c.scenario.id));
    assert.ok(scenarios.size >= 25, `${release}: ${scenarios.size} scenarios captured`);
  }
});

test('every scenario file parses and names only catalog ids', () => {
  for (const { id, scenario } of loadScenarios()) {
    const named = [
      ...scenario.names,
      ...[...scenario.steps, ...scenario.background].flatMap((s) => [...s.expect.map((e) => e.id), ...s.allow, ...s.forbid]),
    ];
    for (const n of named) assert.ok(ids.has(n), `${id}.yaml names ${n}, which is not a catalog id`);
  }
});

describe('each capture yields what its scenario expects', () => {
  for (const capture of captures) {
    test(captureName(capture), () => {
      const report = analyze(capture.text, compiled);
      assert.deepEqual(
        checkFindings(capture, report.findings),
        [],
        `findings: ${report.findings.map((f) => `${f.id}@${f.line}`).join(', ')}`,
      );
    });
  }
});

test('the lab secrets never survive redaction in excerpts or matches', () => {
  for (const capture of captures.filter((c) => Object.values(LAB_SECRETS).some((s) => c.text.includes(s)))) {
    const shown = JSON.stringify(analyze(capture.text, compiled).findings.map((f) => [f.match, f.excerpt]));
    for (const secret of Object.values(LAB_SECRETS)) assert.ok(!shown.includes(secret), `${captureName(capture)} shows ${secret}`);
  }
});
