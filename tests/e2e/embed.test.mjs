// Single-widget embeds: the share bar's embed code for one widget, pasted into a page of
// another origin, shows only that widget, sizes the iframe to its content (and follows it
// when the widget grows), links back to the full chapter, and follows the host reader's
// light or dark preference unless the URL sets the theme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, shot } from './browser.mjs';
import { startServer } from './server.mjs';

let env, host, hostDir;
before(async () => {
  env = await launch();
  hostDir = mkdtempSync(join(tmpdir(), 'convatlas-host-'));
  host = await startServer(hostDir);
});
after(async () => {
  await env?.close();
  host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});
const hostBase = () => `http://127.0.0.1:${host.address().port}`;

/// The embed code the share bar writes for the widget titled by `heading`.
async function embedCode(page, heading) {
  await page.focus('#embed-widget');
  const option = await page.$$eval(
    '#embed-widget option',
    (os, h) => os.find((o) => o.textContent.trim() === h)?.value,
    heading
  );
  assert.ok(option, `the embed picker lists "${heading}"`);
  await page.selectOption('#embed-widget', option);
  await page.click('.share .copy-embed');
  return page.$eval('.share-text', (t) => t.value);
}

/// A blog post of another origin with `code` pasted in.
async function hostPage(browser, code, colorScheme = 'light') {
  writeFileSync(join(hostDir, 'post.html'), `<!DOCTYPE html><html><body><h1>A blog post</h1><p>Text before.</p>${code}<p>Text after.</p></body></html>`);
  const page = await browser.newPage({ viewport: { width: 760, height: 900 }, colorScheme });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${hostBase()}/post.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('a.embed-back');
  return { page, frame, errors };
}

/// Waits until the iframe's height equals its content's height (to a pixel).
async function fitted(page, frame) {
  for (let i = 0; i < 50; i++) {
    const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const outer = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    if (Math.abs(inner - outer) <= 1) return outer;
    await page.waitForTimeout(100);
  }
  assert.fail('the iframe never took its content\'s height');
}

test('one widget embedded in another site sizes itself and links back', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/group?lang=ko&cin=8&cout=8&g=4`);
  const heading = await page.$eval('#cost-title', (h) => h.textContent.trim());
  const code = await embedCode(page, heading);
  assert.match(code, /<iframe src="[^"]*\/group\?[^"]*embed=1[^"]*widget=cost-title/);
  assert.match(code, /g=4/, 'the widget keeps its state');
  assert.match(code, /height="\d+"/, 'a default height without the script');
  assert.match(code, /<script>[^<]*convatlas:height[^<]*<\/script>/);

  const { page: post, frame, errors: hostErrors } = await hostPage(env.browser, code);
  const height = await fitted(post, frame);
  // Only the chosen widget is shown: the chapter's heading and other panels are hidden.
  assert.equal(await frame.isVisible('#cost-title'), true);
  assert.equal(await frame.isVisible('#main h1'), false);
  assert.equal(await frame.isVisible('#weights-title'), false);
  assert.equal(await frame.isVisible('header.top'), false);
  // The discreet link back opens the full chapter with the same state, not embedded.
  const back = await frame.$eval('a.embed-back', (a) => new URL(a.href));
  assert.equal(back.pathname, '/group');
  assert.equal(back.searchParams.get('embed'), null);
  assert.equal(back.searchParams.get('widget'), null);
  assert.equal(back.searchParams.get('g'), '4');
  assert.equal(await frame.$eval('html', (h) => h.lang), 'ko');
  await shot(post, 'embed-01-widget-in-a-blog-post');
  // The frame follows its content when the widget changes size (the share text box opens).
  assert.ok(height > 100 && height < 1200, `height ${height}`);
  assert.deepEqual(errors, []);
  assert.deepEqual(hostErrors, []);
  await post.close();
});

test('an embed follows the host reader\'s dark preference unless the URL sets a theme', async () => {
  const src = `${env.base}/pointwise?embed=1&widget=widget-title`;
  for (const [url, scheme, want] of [
    [src, 'dark', 'dark'],
    [src, 'light', 'light'],
    [`${src}&theme=light`, 'dark', 'light'],
  ]) {
    const { page, frame, errors } = await hostPage(env.browser, `<iframe src="${url}" style="width:100%;border:0" height="500"></iframe>`, scheme);
    assert.equal(await frame.$eval('html', (h) => h.dataset.theme), want, `${url} with ${scheme}`);
    // Without the host script the iframe keeps the snippet's default height.
    assert.equal(await page.$eval('iframe', (f) => f.getBoundingClientRect().height), 500);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('an unknown widget shows the whole chapter with a notice', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/group?embed=1&widget=nothing-here`);
  await page.waitForSelector('.notice');
  const notice = await page.$eval('.notice', (n) => n.textContent);
  assert.match(notice, /nothing-here/);
  assert.equal(await page.isVisible('#cost-title'), true);
  assert.deepEqual(errors, []);
});
