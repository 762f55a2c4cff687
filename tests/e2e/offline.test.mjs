// Offline use (web/sw.js): after one visit every chapter, deep link and the lab (its worker,
// weights and digits) work with the server stopped; a new release is offered, takes over
// when asked, and leaves only its own cache.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, appendFileSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { launch, openPage, shot, ROOT } from './browser.mjs';

/// Every file of a build directory, relative to it (the oracle for what must be cached).
function filesOf(dir, top = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path, top) : [relative(top, path)];
  });
}

/// Waits for the service worker to be active and to control the page; returns the names
/// of ConvAtlas's caches and the files in the newest one.
async function cached(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('convatlas-'));
    const cache = await caches.open(names[names.length - 1]);
    const files = (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1));
    return { names, files };
  });
}

/// A copy of the release build, so that a test can change it.
function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), 'convatlas-dist-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  return dir;
}

test('after one visit every chapter, a deep link and the lab work with the server stopped', async () => {
  const env = await launch();
  try {
    const { page, errors } = await openPage(env.browser, `${env.base}/`);
    const { names, files } = await cached(page);
    assert.equal(names.length, 1);
    const expected = filesOf(join(ROOT, 'dist')).filter((f) => f !== 'sw.js' && f !== '404.html' && !/\/index\.html$/.test(f));
    assert.deepEqual([...files].sort(), expected.sort(), 'the cache holds every file of the build');
    const routes = await page.$$eval('nav a', (as) => as.map((a) => new URL(a.href).pathname));
    assert.ok(routes.length >= 15);

    env.server.closeAllConnections();
    await new Promise((resolve) => env.server.close(resolve));
    const down = await fetch(`${env.base}/index.html`).then(() => 'reached', () => 'down');
    assert.equal(down, 'down', 'the server is stopped');

    await page.reload();
    await page.waitForSelector('#main h1');
    for (const path of routes) {
      await page.goto(`${env.base}${path}`);
      await page.waitForFunction(
        (m) => document.documentElement.dataset.page === m && document.querySelector('#main h1'),
        `page_${path.slice(1)}`
      );
    }
    // A deep link with its state, in Korean.
    await page.goto(`${env.base}/mobilenet?lang=ko&alpha=0.5`);
    await page.waitForFunction(() => document.querySelector('#multipliers-table tr.chosen th')?.textContent.includes('α 0.5'));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    // The lab: its worker, the weights and the digits come from the cache.
    await page.goto(`${env.base}/lab`);
    await page.waitForFunction(() => /\d+\.\d\d%/.test(document.querySelector('#lab-facts')?.textContent ?? ''));
    await shot(page, 'offline-01-lab-with-server-stopped');
    assert.deepEqual(errors, []);
  } finally {
    await env.browser.close();
  }
});

test('a new release is offered, takes over when asked and replaces the cache', async () => {
  const dir = copyOfDist();
  const env = await launch({ root: dir });
  try {
    const { page, errors } = await openPage(env.browser, `${env.base}/group`);
    const before = await cached(page);
    assert.equal(before.names.length, 1);
    assert.equal(await page.$('#update-notice'), null, 'no notice without a new release');

    // The next release: one file changes, the worker's list gets a new version.
    appendFileSync(join(dir, 'page_home.js'), '\n// next release\n');
    execFileSync('bash', [join(ROOT, 'scripts', 'offline-manifest.sh'), dir]);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForSelector('#update-notice button');
    // In the interface's language only.
    assert.equal(await page.textContent('#update-notice button'), 'A new version of ConvAtlas is ready: reload');
    // The open page keeps the release it was loaded with until the reader asks.
    assert.deepEqual((await page.evaluate(() => caches.keys())).filter((n) => n.startsWith('convatlas-')).length, 2);
    await shot(page, 'offline-02-new-release-notice');
    await Promise.all([page.waitForEvent('load'), page.click('#update-notice button')]);
    await page.waitForSelector('#main h1');
    const after = await cached(page);
    assert.equal(after.names.length, 1, 'the old release\'s cache is gone');
    assert.notEqual(after.names[0], before.names[0]);
    const home = await page.evaluate(async (name) => (await (await caches.open(name)).match('page_home.js')).text(), after.names[0]);
    assert.ok(home.includes('// next release'), 'the cache holds the new release');
    assert.equal(await page.$('#update-notice'), null);
    assert.deepEqual(errors, []);
  } finally {
    await env.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
