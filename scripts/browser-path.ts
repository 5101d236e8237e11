// Where the e2e tests find Chromium: $CHROMIUM_PATH, then the system package, else Playwright's own.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** An explicit or system Chromium, or undefined to let Playwright use the browser it installed. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return SYSTEM_CHROMIUM.find((p) => existsSync(p));
}
