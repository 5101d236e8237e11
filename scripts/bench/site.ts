/**
 * The built site (dist/) served by `astro preview` on port 4330, and the system Chromium driven by
 * Playwright, for the browser and page-weight steps. The server is started here and stopped by
 * process group when done. Astro 7 allows one preview server per project: when another one is
 * running (the e2e tests use 4329), dist/ is served by a minimal static server in this process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from '../browser-path.ts';
import { distFile } from './page-resources.ts';

export const PORT = 4330;
export const BASE_URL = `http://localhost:${PORT}`;
export const LAUNCH_ARGS = ['--disable-gpu', '--disable-quic', '--disable-background-networking'];

async function up(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

function staticServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const file = distFile(new URL(req.url ?? '/', BASE_URL).pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html']! }).end(readFileSync(join(process.cwd(), 'dist', '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(PORT, () => resolve(server)));
}

/** How dist/ was served in the last `withSite` (for the report). */
export let servedBy = 'astro preview';

export async function withSite<T>(fn: (browser: Browser, baseURL: string) => Promise<T>): Promise<T> {
  if (!existsSync(join(process.cwd(), 'dist', 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  let server: ChildProcess | undefined;
  let fallback: Server | undefined;
  if (!(await up(`${BASE_URL}/zh-cn/`))) {
    server = spawn('npx', ['astro', 'preview', '--port', String(PORT)], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let exited = false;
    server.on('exit', () => (exited = true));
    const deadline = Date.now() + 60_000;
    while (!(await up(`${BASE_URL}/zh-cn/`))) {
      if (exited) {
        // Most likely "Another astro preview server is already running" (one per project).
        server = undefined;
        fallback = await staticServer();
        servedBy = 'static server (another astro preview was running)';
        break;
      }
      if (Date.now() > deadline) throw new Error(`astro preview did not answer on ${BASE_URL} within 60 s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: LAUNCH_ARGS });
  try {
    return await fn(browser, BASE_URL);
  } finally {
    await browser.close();
    fallback?.close();
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
}
