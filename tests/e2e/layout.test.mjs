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
  const { page: first } = await openPage(env.browser, `${env.base}/`, { width: 390, height: 800 });
  await first.waitForSelector('nav a');
  const routes = ['/', ...(await first.$$eval('nav a', (as) => as.map((a) => new URL(a.href).pathname)))];
  await first.close();
  const wide = [];
  for (const lang of ['en', 'ko']) {
    for (const route of routes) {
      const { page, errors } = await openPage(env.browser, `${env.base}${route}?lang=${lang}`, { width: 390, height: 800 });
      await page.waitForSelector('#main h1');
      await page.waitForTimeout(300);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scroll > client) wide.push(`${lang} ${route}: ${scroll} > ${client}`);
      assert.deepEqual(errors, [], `${lang} ${route}`);
      await page.close();
    }
  }
  assert.deepEqual(wide, []);
});
