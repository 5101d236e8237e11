import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { BASE_DIRECTIVES, policyFor, withPolicy } from '../../../src/integrations/csp.ts';

/** The CSP <meta> that the build puts into every page (src/integrations/csp.ts). */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

test('allows exactly the inline scripts of the page, by hash', () => {
  const page =
    '<!doctype html><html><head><script>theme()</script></head><body><script type="module" src="/_astro/a.js"></script><script>  </script></body></html>';
  const directives = policyFor(page).split('; ');
  // The external script needs no hash ('self'), and neither does a script that is only whitespace.
  assert.equal(
    directives.find((d) => d.startsWith('script-src')),
    `script-src 'self' 'wasm-unsafe-eval' ${sha256('theme()')}`,
  );
  for (const directive of BASE_DIRECTIVES) assert.ok(directives.includes(directive), directive);
});

test('puts the policy first in <head>, before any script', () => {
  const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><script>x()</script></head><body></body></html>';
  const out = withPolicy(page);
  assert.ok(out.startsWith('<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy"'), out.slice(0, 120));
  assert.equal(META.exec(out)![1], policyFor(page));
});

test('gives a page without a <head> tag (the redirect page for /) its policy right after the doctype', () => {
  const redirect =
    '<!doctype html><title>Redirecting to: /zh-cn/</title><meta http-equiv="refresh" content="0;url=/zh-cn/"><body><a href="/zh-cn/">/zh-cn/</a></body>';
  const out = withPolicy(redirect);
  assert.ok(out.startsWith('<!doctype html><meta http-equiv="content-security-policy"'), out.slice(0, 80));
  assert.ok(out.endsWith(redirect.slice('<!doctype html>'.length)));
});

test('does not take a <header> element for the head', () => {
  const page = '<!doctype html><html><body><header>x</header></body></html>';
  assert.ok(withPolicy(page).startsWith('<!doctype html><html><meta http-equiv="content-security-policy"'));
  assert.ok(withPolicy(page).includes('<header>x</header>'));
});
