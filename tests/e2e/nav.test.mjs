// End-to-end test of moving between chapters by the navigation: every link commits its
// address (so reload, share and back/forward work), back returns to the chapter before, and
// each chapter runs in its own page module (src/app/entries.rs), the only one it fetches.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

test('every navigation link changes the address and back returns', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/dilation?lang=ko`);
  const hrefs = await page.$$eval('nav a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length >= 11, `${hrefs}`);
  let previous = '/dilation';
  for (const href of hrefs) {
    const path = href.split('?')[0];
    await page.click(`nav a[href="${href}"]`);
    await page.waitForFunction((p) => location.pathname === p, path);
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'ko', 'the language is kept');
    await waitModule(page, path);
    if (path !== previous) {
      await page.goBack();
      await page.waitForFunction((p) => location.pathname === p, previous);
      await waitModule(page, previous);
      await page.goForward();
      await page.waitForFunction((p) => location.pathname === p, path);
      await waitModule(page, path);
    }
    previous = path;
  }
  assert.deepEqual(errors, []);
});

/// The module serving `path` by the app's naming (`/group` → page_group, `/` → page_home).
const moduleOf = (path) => `page_${path === '/' ? 'home' : path.slice(1)}`;

/// Waits until `path`'s own module runs and shows its heading.
async function waitModule(page, path) {
  await page.waitForFunction(
    (m) => document.documentElement.dataset.page === m && document.querySelector('#main h1'),
    moduleOf(path),
  );
}

test('a visit fetches only the page module of its address', async () => {
  for (const path of ['/', '/group', '/atlas', '/lab']) {
    const page = await env.browser.newPage();
    const fetched = [];
    page.on('request', (r) => {
      const name = new URL(r.url()).pathname.split('/').pop();
      if (/^page_.*\.(js|wasm)$/.test(name)) fetched.push(name);
    });
    await page.goto(`${env.base}${path}`);
    await waitModule(page, path);
    const m = moduleOf(path);
    assert.deepEqual(fetched.sort(), [`${m}.js`, `${m}_bg.wasm`], path);
    await page.close();
  }
});

test('an address no chapter has says so, in the start page module', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/nowhere?lang=ko`);
  await page.waitForSelector('#main .not-found');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.page), 'page_home');
  assert.match(await page.textContent('#main .not-found'), /없는 페이지/);
  assert.deepEqual(errors, []);
});

test('a page module that cannot be fetched is reported, not a blank page', async () => {
  const page = await env.browser.newPage();
  await page.route('**/page_group_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(`${env.base}/group`);
  await page.waitForSelector('#load-error');
  assert.match(await page.textContent('#load-error'), /could not load this page \(page_group_bg\.wasm: HTTP 404\).*불러오지 못했습니다/);
  await page.close();
});
