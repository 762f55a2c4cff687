// End-to-end tests of the channel lessons (point-wise, group, depth-wise, separable,
// Xception) on the release build. Expected values are computed here from the
// definitions (group arithmetic, reshape-transpose-flatten, the papers' tables).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, openTab, param, waitParam, shot } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

const number = async (page, sel) => Number((await page.textContent(sel)).replace(/,/g, ''));
const range = (a, b) => Array.from({ length: b - a }, (_, i) => a + i);

// Oracle: the outputs an input channel reaches in a g-group layer.
const outputsOf = (i, cin, cout, g) => {
  const group = Math.floor(i / (cin / g));
  return range(group * (cout / g), (group + 1) * (cout / g));
};

test('groups set through the UI change the drawn links, the numbers and the URL', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/group?cin=8&cout=8&g=1&kh=3&kw=3&oh=14&ow=14`);
  await page.waitForSelector('#connections[data-links="64"]');
  assert.equal(await number(page, '#total-params'), 8 * 8 * 9);
  await shot(page, 'ch-01-group-g1');
  await page.focus('#groups');
  await page.keyboard.press('ArrowRight');
  await waitParam(page, 'g', '2');
  await page.waitForSelector('#connections[data-links="32"]');
  assert.equal(await number(page, '#total-params'), 8 * 4 * 9);
  assert.equal(await number(page, '#total-macs'), 14 * 14 * 8 * 4 * 9);
  assert.match(await page.textContent('#ratio'), /0\.5000/);
  // Walk to the end of the slider: depth-wise, g = C_in.
  await page.keyboard.press('End');
  await waitParam(page, 'g', '8');
  await page.waitForSelector('#connections[data-links="8"]');
  assert.match(await page.textContent('#groups-value'), /8/);
  // Pointing at input channel 0 reports what it feeds.
  const box = await page.locator('#connections').boundingBox();
  const w = box.width;
  await page.mouse.move(box.x + 24 + 0.5 * (w - 48) / 8, box.y + 34);
  await page.waitForFunction(() => document.querySelector('#focus-status').textContent.length > 0);
  assert.match(await page.textContent('#focus-status'), /\b0\b.*\b1\b/);
  await shot(page, 'ch-02-group-depthwise-focus');
  assert.deepEqual(errors, []);
});

test('a view out of sight skips its redraws and draws the latest when it comes near or the page prints', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/group?cin=8&cout=8&g=1&kh=3&kw=3&ms=8`, { width: 1200, height: 700 });
  await page.waitForSelector('#connections[data-links="64"]');
  const drawn = () => page.evaluate(() => ({ ...window.__convatlasDrawn }));
  // Slide the groups from a place three screens away (the feature maps).
  await page.$eval('#maps-middle', (el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
  const before = await drawn();
  await page.$eval('#groups', (el) => {
    el.value = '1'; // common divisors of 8 and 8: 1, 2, 4, 8; position 1 is g = 2
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction((t) => window.__convatlasDrawn['maps-middle'] > t, before['maps-middle']);
  const after = await drawn();
  assert.equal(after.connections, before.connections, 'the links, out of sight, were not redrawn');
  assert.equal(await page.getAttribute('#connections', 'data-links'), '64');
  // Back in sight: the latest state is drawn (8 x 8 links in 2 groups: 32).
  await page.$eval('#connections', (el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForSelector('#connections[data-links="32"]');
  // Printing draws every view, seen or not.
  await page.$eval('#groups', (el) => {
    el.value = '3'; // g = 8
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.$eval('#maps-middle', (el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
  await page.$eval('#groups', (el) => {
    el.value = '2'; // g = 4
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForTimeout(100);
  assert.equal(await page.getAttribute('#connections', 'data-links'), '8');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForSelector('#connections[data-links="16"]');
  assert.deepEqual(errors, []);
});

test('knocking out an input map changes exactly its group\'s outputs, computed by the core', async () => {
  for (const g of [1, 4, 8]) {
    const { page, errors } = await openPage(env.browser, `${env.base}/group?cin=8&cout=8&g=${g}&ms=16`);
    await page.waitForSelector('#maps-input');
    // Tile i of a one-row grid of 72-pixel maps with 8-pixel gaps.
    const i = 5;
    await page.locator('#maps-input').click({ position: { x: i * 80 + 4 + 36, y: 14 + 36 } });
    await waitParam(page, 'ko', String(i));
    await page.waitForFunction(() => document.querySelector('#maps-middle')?.dataset.changed);
    const changed = (await page.getAttribute('#maps-middle', 'data-changed')).split(',').map(Number);
    assert.deepEqual(changed, outputsOf(i, 8, 8, g), `g=${g}`);
    assert.match(await page.textContent('#knock-status'), new RegExp(`${changed.length} of 8`));
    await shot(page, `ch-03-knockout-g${g}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
  // The same from the keyboard: the knock-out list on the depth-wise chapter (g = C_in = 6).
  const { page, errors } = await openPage(env.browser, `${env.base}/depthwise`);
  await page.selectOption('#knock', '3');
  await waitParam(page, 'ko', '3');
  await page.waitForFunction(() => document.querySelector('#maps-middle')?.dataset.changed === '3');
  await page.selectOption('#knock', '');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('ko'));
  assert.deepEqual(errors, []);
});

test('channel shuffle: reach through stacked groups and the permutation', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/group?sl=2&sg=3&sn=3&shuf=1&tr=4`);
  await page.waitForSelector('#reach-status');
  assert.match(await page.textContent('#reach-status'), /9 of 9/);
  // Oracle: reshape (g, n) -> transpose -> flatten.
  const [g, n] = [3, 3];
  const perm = range(0, g * n).map((j) => (j % g) * n + Math.floor(j / g));
  assert.equal(await page.textContent('#permutation'), perm.join(' '));
  await shot(page, 'ch-04-shuffle-on');
  await page.click('#shuffle-on');
  await waitParam(page, 'shuf', '0');
  await page.waitForFunction(() => /3 of 9/.test(document.querySelector('#reach-status').textContent));
  await shot(page, 'ch-05-shuffle-off');
  // Four groups of two, three layers: with the shuffle every input reaches every output.
  await page.goto(`${env.base}/group?sl=3&sg=4&sn=2&shuf=1&tr=0`);
  await page.waitForFunction(() => /8 of 8/.test(document.querySelector('#reach-status')?.textContent ?? ''));
  await page.click('#shuffle-step');
  assert.match(await page.textContent('#shuffle-moving'), /\d/);
  assert.deepEqual(errors, []);
});

test('separable: MobileNet Table 3 layer and the 1/N + 1/k^2 ratio', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/separable`);
  await page.click('#table3');
  await waitParam(page, 'cin', '512');
  await page.waitForFunction(() => document.querySelector('#total-macs').textContent.replace(/,/g, '') !== '');
  // Howard et al. 2017, Table 3: separable 52.3M Mult-Adds, 0.27M parameters.
  await page.waitForFunction(() => Number(document.querySelector('#total-macs').textContent.replace(/,/g, '')) > 5e7);
  const macs = await number(page, '#total-macs');
  const params = await number(page, '#total-params');
  assert.equal(Math.round(macs / 1e5) / 10, 52.3);
  assert.equal(Math.round(params / 1e4) / 100, 0.27);
  assert.match(await page.textContent('#ratio-formula'), /1\/512 \+ 1\/9/);
  assert.ok(await page.$('#too-many'), '512 channels are costed, not drawn');
  assert.ok(await page.$('#maps-problem'));
  await shot(page, 'ch-06-separable-table3');
  // The live Table 3: every computed row within the paper's rounding; a row loads into the widget.
  const cells = await page.$$eval('#table3 tbody tr', (rows) =>
    rows.map((r) => [...r.querySelectorAll('td.num')].map((td) => Number(td.textContent))));
  for (const [macs, paperMacs, params, paperParams] of cells) {
    assert.ok(Math.abs(macs - paperMacs) <= (paperMacs >= 100 ? 0.5 : 0.05), `${macs} vs ${paperMacs}`);
    assert.ok(Math.abs(params - paperParams) <= 0.005, `${params} vs ${paperParams}`);
  }
  await page.locator('#table3 button.show-row').nth(3).click();
  await waitParam(page, 'cin', '384');
  assert.equal(param(page, 'oh'), '10');
  assert.deepEqual(errors, []);
});

test('bad combinations and garbage URLs explain themselves and keep the page working', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/group?cin=6&cout=8&g=4`);
  await page.waitForSelector('#layer-error');
  assert.match(await page.textContent('#layer-error'), /1, 2/);
  assert.ok(await page.$('#connections'), 'the last valid picture stays');
  const garbage = await openPage(env.browser, `${env.base}/depthwise?cin=abc&g=0&wp=%00&ko=99999&sl=9`);
  await garbage.page.waitForSelector('.notice');
  const notice = await garbage.page.textContent('.notice');
  for (const key of ['cin', 'g', 'wp', 'ko', 'sl']) assert.match(notice, new RegExp(`${key}=`));
  await garbage.page.waitForSelector('#connections');
  await shot(garbage.page, 'ch-07-garbage');
  assert.deepEqual(errors, []);
  assert.deepEqual(garbage.errors, []);
});

test('every channel chapter in English and Korean, light and dark; point-wise pixel view', async () => {
  const { page, errors } = await openTab(env.browser);
  for (const lesson of ['pointwise', 'group', 'depthwise', 'separable', 'xception']) {
    for (const [lang, theme] of [['en', 'light'], ['en', 'dark'], ['ko', 'light'], ['ko', 'dark']]) {
      await page.goto(`${env.base}/${lesson}?lang=${lang}&theme=${theme}`);
      await page.waitForSelector('#papers li');
      await page.waitForSelector('#cost-chart');
      if (lang === 'ko') assert.match(await page.textContent('h1'), /[\uAC00-\uD7A3]/);
      if (lesson === 'pointwise') {
        await page.waitForSelector('#pixel-table');
        await page.waitForSelector('#bottleneck-table');
      }
      await shot(page, `ch-10-${lesson}-${lang}-${theme}`);
      assert.deepEqual(errors, [], `${lesson} ${lang}`);
    }
  }
  await page.goto(`${env.base}/xception?embed=1`);
  await page.waitForSelector('#connections');
  assert.equal(await page.$('nav.chapters'), null);
  await shot(page, 'ch-11-xception-embed');
  assert.equal(param(page, 'embed'), '1');
});
