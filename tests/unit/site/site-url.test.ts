import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SITE_URL, parseSiteUrl, SITE_URL_VARIABLE, siteUrlFromEnvironment } from '../../../src/site-url.ts';

/**
 * HANDBOOK_SITE_URL, the handbook's public URL, is read in one place (src/site-url.ts) and feeds
 * Astro's `site`, /catalog.json and the CLI's default --docs-url. These pin how a value is read.
 */

test('is read from HANDBOOK_SITE_URL', () => {
  assert.equal(SITE_URL_VARIABLE, 'HANDBOOK_SITE_URL');
  assert.equal(siteUrlFromEnvironment({ HANDBOOK_SITE_URL: 'https://handbook.example.org' }), 'https://handbook.example.org');
});

test('falls back to the documented placeholder when unset or empty', () => {
  assert.equal(DEFAULT_SITE_URL, 'https://openclaw-handbook.example');
  assert.equal(siteUrlFromEnvironment({}), DEFAULT_SITE_URL);
  assert.equal(siteUrlFromEnvironment({ HANDBOOK_SITE_URL: '' }), DEFAULT_SITE_URL);
  assert.equal(siteUrlFromEnvironment({ HANDBOOK_SITE_URL: '  ' }), DEFAULT_SITE_URL);
});

test('ignores other variables of the environment', () => {
  assert.equal(siteUrlFromEnvironment({ SITE: 'https://other.example', SITE_URL: 'https://other.example' }), DEFAULT_SITE_URL);
});

test('gives the bare origin: no trailing slash, host in lower case, default port dropped', () => {
  assert.equal(parseSiteUrl('https://handbook.example.org/'), 'https://handbook.example.org');
  assert.equal(parseSiteUrl(' https://Handbook.Example.ORG '), 'https://handbook.example.org');
  assert.equal(parseSiteUrl('https://handbook.example.org:443/'), 'https://handbook.example.org');
});

test('keeps an explicit port and plain http (a LAN mirror or a preview)', () => {
  assert.equal(parseSiteUrl('http://192.0.2.10:8080'), 'http://192.0.2.10:8080');
  assert.equal(parseSiteUrl('http://localhost:4321/'), 'http://localhost:4321');
});

test('rejects a value that is not an absolute URL, and says what to set', () => {
  assert.throws(
    () => parseSiteUrl('handbook.example.org'),
    /HANDBOOK_SITE_URL must be the http\(s\) origin the handbook is served from, like https:\/\/handbook\.example\.org; "handbook\.example\.org" is not an absolute URL\./,
  );
});

test('rejects another scheme than http and https', () => {
  assert.throws(() => parseSiteUrl('ftp://handbook.example.org'), /"ftp:\/\/handbook\.example\.org" uses ftp:\./);
  assert.throws(() => parseSiteUrl('file:///srv/handbook'), /uses file:\./);
});

test('rejects a path, since the site is built for the root of its origin, and names the value to use', () => {
  assert.throws(
    () => parseSiteUrl('https://example.org/handbook/'),
    /has the path \/handbook\/, but the site is built for the root of its origin .* Serve it at https:\/\/example\.org\/ and set HANDBOOK_SITE_URL=https:\/\/example\.org\./,
  );
});

test('rejects a query, a fragment or credentials (they would end up in every printed link)', () => {
  assert.throws(() => parseSiteUrl('https://handbook.example.org/?ref=cli'), /has a query or a fragment/);
  assert.throws(() => parseSiteUrl('https://handbook.example.org/#top'), /has a query or a fragment/);
  assert.throws(() => parseSiteUrl('https://handbook.example.org/?'), /has a query or a fragment/);
  assert.throws(() => parseSiteUrl('https://user:secret@handbook.example.org'), /carries credentials/);
});
