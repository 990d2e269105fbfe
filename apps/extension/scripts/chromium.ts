import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

/** Where the browser is: `CHROME_PATH`, else Debian's chromium, else whatever is on PATH. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // Not on PATH; try the next name.
    }
  }
  return null;
}

/** What to do when `findChromium` finds nothing. */
export function installHint(): string {
  const wrong = process.env.CHROME_PATH
    ? `CHROME_PATH is ${process.env.CHROME_PATH}, which does not exist. `
    : '';
  return (
    `${wrong}No Chromium or Chrome found. Install one (on Debian or Ubuntu: \`sudo apt-get install chromium\`) ` +
    'or point CHROME_PATH at a Chrome or Chromium executable.'
  );
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request the browser made to somewhere other than 127.0.0.1 or the extension itself. */
  outsideRequests: string[];
  close(): Promise<void>;
}

/**
 * Chromium with the built extension loaded, in a throw-away profile. Chromium writes under the home
 * folder even with a temporary profile, so its config and cache go to temporary folders too.
 */
export async function launchWithExtension(options: {
  executablePath: string;
  extensionDir: string;
  headless: boolean;
  locale?: string;
}): Promise<Launched> {
  const scratch = mkdtempSync(join(tmpdir(), 'enlace-chromium-'));
  const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: options.executablePath,
    headless: options.headless,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1200, height: 900 },
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(scratch, 'config'),
      XDG_CACHE_HOME: join(scratch, 'cache'),
      // On Linux the interface language (and so the extension's) follows LANGUAGE, not --lang.
      ...(options.locale ? { LANGUAGE: options.locale.replace('-', '_') } : {}),
    },
    args: [
      // Without this Playwright's own --disable-extensions wins and nothing loads.
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--no-sandbox',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|about:|blob:)/.test(url))
      outsideRequests.push(url);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    outsideRequests,
    async close() {
      await context.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
