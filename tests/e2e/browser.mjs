// Shared set-up for the end-to-end tests and the latency benchmark: Debian's
// Chromium through playwright-core, and the release build served from dist/.
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/// `prefix` serves the build under a sub-path only (see server.mjs); `root` serves another
/// directory than dist/.
export async function launch({ prefix = '', root = join(ROOT, 'dist') } = {}) {
  const server = await startServer(root, prefix);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    browser,
    server,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/// A tab, on no address yet, that records uncaught errors (a wasm panic shows up as one).
/// A test that visits many addresses visits them in one tab: a new tab costs this machine
/// about a second of CPU, a navigation in the same tab a fraction of that.
export async function openTab(browser, viewport = { width: 1400, height: 1000 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, errors };
}

/// A new tab (see `openTab`) showing the app at `url`.
export async function openPage(browser, url, viewport) {
  const { page, errors } = await openTab(browser, viewport);
  await page.goto(url);
  await page.waitForSelector('#main');
  return { page, errors };
}

/// Where every test's screenshots go (looked at by hand, not compared).
export const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/// A full-page screenshot named `name`.png. The page is told it prints first, so views out of
/// sight (which skip their redraws) show the current state, as on paper.
export async function shot(page, name) {
  await page.evaluate(() => new Promise((done) => {
    window.dispatchEvent(new Event('beforeprint'));
    setTimeout(done, 0);
  }));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/// A query value of the page's current URL.
export const param = (page, key) => new URL(page.url()).searchParams.get(key);

/// Waits until the page's URL has `key=value`.
export const waitParam = (page, key, value) =>
  page.waitForFunction(([k, v]) => new URL(location.href).searchParams.get(k) === v, [key, value]);
