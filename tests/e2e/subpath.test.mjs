// The release build hosted under a sub-path (a project page such as /convatlas/): every
// chapter and deep link loads, links and the router stay under it, a reload works, the
// lab's worker fetches its files there, and no request leaves the sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, shot } from './browser.mjs';

const PREFIX = '/convatlas';
let env;
before(async () => {
  env = await launch({ prefix: PREFIX });
});
after(async () => env?.close());

/// The module serving a route by the app's naming (`/group` → page_group, `/` → page_home).
const moduleOf = (route) => (route === '/' ? 'page_home' : `page_${route.slice(1)}`);

test('every chapter loads under the sub-path, styled, with its own module', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}${PREFIX}/`);
  await page.waitForSelector('nav a');
  const routes = await page.$$eval('nav a', (as) => as.map((a) => new URL(a.href).pathname));
  assert.ok(routes.length >= 15, routes.join(' '));
  for (const path of routes) assert.ok(path.startsWith(`${PREFIX}/`), `a link leaves the sub-path: ${path}`);
  for (const path of ['/', ...routes.map((p) => p.slice(PREFIX.length))]) {
    await page.goto(`${env.base}${PREFIX}${path}`);
    await page.waitForFunction((m) => document.documentElement.dataset.page === m && document.querySelector('#main h1, #main .not-found'), moduleOf(path));
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector('nav')).display !== 'inline');
    assert.ok(styled, `${path}: the stylesheet did not load`);
  }
  assert.deepEqual(env.server.outside, [], 'every request stays under the sub-path');
  assert.deepEqual(errors, []);
});

test('links, back, reload, an unknown address and the lab worker under the sub-path', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}${PREFIX}/mobilenet?lang=ko`);
  await page.waitForSelector('#walk-table');
  await page.click('nav a[href*="/shufflenet"]');
  await page.waitForURL(`${env.base}${PREFIX}/shufflenet?lang=ko`);
  await page.waitForFunction(() => document.documentElement.dataset.page === 'page_shufflenet' && document.querySelector('#reach-status'));
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.dataset.page === 'page_mobilenet' && document.querySelector('#walk-table'));
  // A control writes the URL under the sub-path, and a reload restores it.
  await page.selectOption('#mn-alpha', '0.5');
  await page.waitForURL(/\/convatlas\/mobilenet\?.*alpha=0\.5/);
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#multipliers-table tr.chosen th')?.textContent.includes('α 0.5'));
  // A chapter address with a trailing slash (a static host's directory) works too.
  await page.goto(`${env.base}${PREFIX}/atlas/`);
  await page.waitForFunction(() => document.documentElement.dataset.page === 'page_atlas' && document.querySelector('#layers'));
  const blockLink = await page.$eval('#layers tbody th a', (a) => new URL(a.href).pathname);
  assert.equal(blockLink, `${PREFIX}/blocks`);
  await page.goto(`${env.base}${PREFIX}/nowhere`);
  await page.waitForSelector('#main .not-found');
  // The lab's worker and its weights come from the sub-path.
  await page.goto(`${env.base}${PREFIX}/lab`);
  await page.waitForSelector('#lab-facts');
  await page.waitForFunction(() => /\d+\.\d\d%/.test(document.querySelector('#lab-facts')?.textContent ?? ''));
  await shot(page, 'sub-01-lab-under-subpath');
  assert.deepEqual(env.server.outside, [], 'every request stays under the sub-path');
  assert.deepEqual(errors, []);
});
