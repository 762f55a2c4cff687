// End-to-end test of moving between chapters by the navigation: every link commits its
// address (so reload, share and back/forward work), and back returns to the chapter before.
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
    await page.waitForSelector('#main h1');
    if (path !== previous) {
      await page.goBack();
      await page.waitForFunction((p) => location.pathname === p, previous);
      await page.goForward();
      await page.waitForFunction((p) => location.pathname === p, path);
    }
    previous = path;
  }
  assert.deepEqual(errors, []);
});
