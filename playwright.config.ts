import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/browser-path.ts';

// E2E_PORT lets parallel checkouts on one machine each serve their own build.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const executablePath = chromiumPath();

/** E2E tests run against the built site (`npm run build`), served by `astro preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          // Debian's Chromium on a closed network: no GPU, no QUIC, no background connections.
          args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --port ${PORT}`,
    url: `http://localhost:${PORT}/zh-cn/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
