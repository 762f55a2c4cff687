// Nothing is cut off or pushes the page sideways on a phone: every chapter, in both
// languages, fits a 390-pixel-wide screen (wide tables and diagrams scroll or shrink
// inside their own panels).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

test('every chapter fits a phone screen in English and Korean', async () => {
  // One tab for every address (see openTab).
  const { page, errors } = await openPage(env.browser, `${env.base}/`, { width: 390, height: 800 });
  await page.waitForSelector('nav a');
  const routes = ['/', ...(await page.$$eval('nav a', (as) => as.map((a) => new URL(a.href).pathname)))];
  const wide = [];
  for (const lang of ['en', 'ko']) {
    for (const route of routes) {
      await page.goto(`${env.base}${route}?lang=${lang}`);
      await page.waitForSelector('#main h1');
      await page.waitForTimeout(300);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scroll > client) wide.push(`${lang} ${route}: ${scroll} > ${client}`);
      assert.deepEqual(errors, [], `${lang} ${route}`);
    }
  }
  assert.deepEqual(wide, []);
});
