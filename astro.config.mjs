// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { openclawLogGrammar } from './src/highlight/openclaw-log-grammar.ts';
import { pagefindRanking } from './src/search-ranking.ts';
import contentSecurityPolicy from './src/integrations/csp.ts';
import hostHeaders, { serverHeaders } from './src/integrations/host-headers.ts';
import { siteUrlFromEnvironment } from './src/site-url.ts';

// The site lives at the root of its origin. `site` is the public URL, HANDBOOK_SITE_URL at build
// (src/site-url.ts; a placeholder when unset): canonical links, the sitemap and /catalog.json use it.
export default defineConfig({
  site: siteUrlFromEnvironment(),
  trailingSlash: 'always',
  // The headers a host should send (src/integrations/host-headers.ts), also sent by `astro preview`,
  // so the end-to-end tests run under them.
  server: { headers: serverHeaders() },
  // `/` is not a page of its own: readers land on the default locale.
  redirects: { '/': '/zh-cn/' },
  integrations: [
    starlight({
      title: { 'zh-CN': 'OpenClaw Gateway 故障排查手册', en: 'OpenClaw Gateway Troubleshooting Handbook' },
      description: 'OpenClaw Gateway troubleshooting handbook, signature catalog and analyzers.',
      defaultLocale: 'zh-cn',
      locales: {
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      // Every internal link and anchor in the handbook is checked at build; a broken one fails it.
      plugins: [
        starlightLinksValidator({
          errorOnInconsistentLocale: true,
          // Generated routes (src/pages) are invisible to the validator; tests/e2e/links.spec.ts checks
          // every link and anchor of the built site, these included.
          exclude: ['/{zh-cn,en}/signatures/', '/{zh-cn,en}/signatures/**'],
        }),
      ],
      routeMiddleware: './src/route-middleware.ts',
      pagefind: { ranking: pagefindRanking },
      expressiveCode: {
        shiki: { langs: [openclawLogGrammar] },
        // Wrapped lines: long log lines stay readable, and no code block becomes a scrollable region
        // that keyboard users cannot reach (axe: scrollable-region-focusable).
        defaultProps: { wrap: true },
      },
      customCss: ['./src/styles/handbook.css'],
      sidebar: [
        { label: 'Start here', translations: { 'zh-CN': '从这里开始' }, items: [{ slug: 'index' }] },
        { label: 'Symptoms', translations: { 'zh-CN': '按症状排查' }, items: [{ autogenerate: { directory: 'sections' } }] },
        { label: 'Tools', translations: { 'zh-CN': '工具' }, items: [{ autogenerate: { directory: 'tools' } }] },
      ],
    }),
    preact(),
    // Writes dist/_headers for Netlify and Cloudflare Pages (see README, "Deploying").
    hostHeaders(),
    // Last, so it sees the final HTML of every page (see src/integrations/csp.ts).
    contentSecurityPolicy(),
  ],
});
