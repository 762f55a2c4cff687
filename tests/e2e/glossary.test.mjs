// The glossary page: every entry in both languages, the jump list's anchors, and each
// entry's links opening the chapters that show the term, keeping the language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, shot } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

test('the glossary lists every term with links to its chapters, in Korean too', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/glossary?lang=ko&theme=dark`);
  await page.waitForSelector('.glossary-entry');
  const entries = await page.$$eval('.glossary-entry', (s) => s.map((e) => ({ id: e.id, term: e.querySelector('h2').textContent, links: [...e.querySelectorAll('.chapter-links a')].map((a) => a.getAttribute('href')) })));
  assert.ok(entries.length >= 12, `${entries.length} entries`);
  const macs = entries.find((e) => e.id === 'macs');
  assert.match(macs.term, /곱셈-누산/);
  assert.match(await page.$eval('#macs p', (p) => p.textContent), /Mult-Adds.*FLOPs/);
  for (const e of entries) {
    assert.match(e.term, /[가-힣]/, `${e.id} in Korean`);
    assert.ok(e.links.length >= 1, e.id);
    for (const href of e.links) assert.match(href, /^\/[a-z]+\?lang=ko&theme=dark$/, `${e.id}: ${href}`);
  }
  // The jump list points at every entry.
  const jumps = await page.$$eval('.glossary-jump a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(jumps, entries.map((e) => `#${e.id}`));
  await shot(page, 'glossary-01-ko-dark');
  // An entry's link opens its chapter in Korean.
  await page.click('#channel-shuffle .chapter-links a');
  await page.waitForFunction(() => document.documentElement.dataset.page === 'page_shufflenet' && document.querySelector('#main h1'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  assert.deepEqual(errors, []);
});

test('the glossary in English, reached from the navigation', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/`);
  await page.click('nav a[href="/glossary"]');
  await page.waitForSelector('.glossary-entry');
  const term = await page.$eval('#receptive-field h2', (h) => h.textContent);
  assert.equal(term, 'Receptive field');
  assert.doesNotMatch(await page.$eval('#main', (m) => m.textContent), /[가-힣]/);
  await shot(page, 'glossary-02-en-light');
  assert.deepEqual(errors, []);
});
