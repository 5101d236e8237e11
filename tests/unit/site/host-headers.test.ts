import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, PATH_HEADERS, SECURITY_HEADERS, serverHeaders, type HostHeader } from '../../../src/integrations/host-headers.ts';

/**
 * The headers the site expects from its host are defined once (src/integrations/host-headers.ts);
 * dist/_headers (Netlify, Cloudflare Pages), astro preview and the README's nginx and Caddy
 * configurations must all say exactly the same.
 */
const README = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const deploying = README.slice(README.indexOf('## Deploying'), README.indexOf('\n## ', README.indexOf('## Deploying') + 1));

/** `_headers` as Netlify and Cloudflare Pages read it: a path pattern, then indented `Name: value` lines. */
function parseHeadersFile(text: string): Map<string, Array<[string, string]>> {
  const rules = new Map<string, Array<[string, string]>>();
  let current: Array<[string, string]> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = []));
    else {
      const colon = line.indexOf(':');
      assert.ok(current && colon > 0, `a header line outside a rule or without a colon: ${JSON.stringify(line)}`);
      current.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const pairs = (headers: readonly HostHeader[]) => headers.map((h): [string, string] => [h.name, h.value]);

function codeBlocks(language: string): string {
  return [...deploying.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]).join('\n');
}

test('dist/_headers sends the security headers on every path and the path rules on theirs', () => {
  const rules = parseHeadersFile(headersFile());
  assert.deepEqual([...rules.keys()], ['/*', ...PATH_HEADERS.map((r) => r.path)]);
  assert.deepEqual(rules.get('/*'), pairs(SECURITY_HEADERS));
  for (const rule of PATH_HEADERS) assert.deepEqual(rules.get(rule.path), pairs(rule.headers), rule.path);
});

test('forbids framing with the one directive a <meta> policy cannot carry, and nothing that would block scripts', () => {
  const csp = SECURITY_HEADERS.filter((h) => h.name === 'Content-Security-Policy');
  assert.equal(csp.length, 1);
  assert.equal(csp[0]!.value, "frame-ancestors 'none'");
  assert.doesNotMatch(
    csp[0]!.value,
    /script-src|default-src/,
    'a site-wide script policy without the per-page hashes would block the inline scripts',
  );
});

test('astro preview and astro dev send the same security headers', () => {
  assert.deepEqual(Object.entries(serverHeaders()), pairs(SECURITY_HEADERS));
});

test("the README's header table lists exactly the security headers", () => {
  const rows = [...deploying.matchAll(/^\s*\| `([\w-]+)` \| `([^`]+)` \|/gm)].map((m) => [m[1], m[2]]);
  assert.deepEqual(rows, pairs(SECURITY_HEADERS));
});

test("the README's nginx configuration sends exactly these headers", () => {
  const nginx = codeBlocks('nginx');
  const lines = [...nginx.matchAll(/^\s*add_header (\S+) "([^"]*)" always;/gm)].map((m) => [m[1], m[2]]);
  // One location serves both catalog files, so a path header appears once however many paths share it.
  const pathHeaders = [...new Map(PATH_HEADERS.flatMap((r) => pairs(r.headers)).map((p) => [p.join(': '), p])).values()];
  assert.deepEqual(lines, [...pairs(SECURITY_HEADERS), ...pathHeaders]);
  // nginx drops inherited add_header lines in a location that has its own: every location includes the snippet.
  const locations = [...nginx.matchAll(/location [^{]+\{([^}]*)\}/g)].map((m) => m[1]!);
  assert.equal(locations.length, 3, 'locations for /, /_astro/ and the catalog');
  for (const body of locations) assert.match(body, /include snippets\/openclaw-handbook-headers\.conf;/);
});

test("the README's Caddyfile sends exactly these headers", () => {
  const caddy = codeBlocks('caddy');
  const global = /\n\theader \{\n([\s\S]*?)\n\t\}/.exec(caddy)?.[1] ?? '';
  assert.deepEqual(
    [...global.matchAll(/^\t\t(\S+) "([^"]*)"$/gm)].map((m) => [m[1], m[2]]),
    pairs(SECURITY_HEADERS),
  );
  const perPath = [...caddy.matchAll(/^\theader (\/\S*) (\S+) "([^"]*)"$/gm)].map((m) => [m[1], m[2], m[3]]);
  assert.deepEqual(
    perPath,
    PATH_HEADERS.flatMap((r) => r.headers.map((h) => [r.path, h.name, h.value])),
  );
});
