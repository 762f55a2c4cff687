// End-to-end tests of the dilated-convolution and receptive-field chapter on the
// release build. Expected values come from the papers (Yu & Koltun; Wang et al.) and
// from a one-dimensional reach count written here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, param, waitParam, shot } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());


// Oracle: input offsets reaching one unit through stacked k-tap layers with these rates.
function reach1d(k, rates) {
  let set = new Set([0]);
  for (const r of rates) {
    const next = new Set();
    for (const p of set) for (let t = 0; t < k; t++) next.add(p + t * r);
    set = next;
  }
  const span = 1 + rates.reduce((a, r) => a + r * (k - 1), 0);
  return { reached: set.size, span };
}

test('taps and holes: one dilated kernel, its numbers and a playground link that runs it', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/dilation`);
  await page.waitForSelector('#taps-facts');
  assert.match(await page.textContent('#taps-facts'), /3×3 kernel at dilation 2: 9 weights spread over 5 × 5 pixels, with 16 holes/);
  await page.selectOption('#taps-d', '4');
  await waitParam(page, 'td', '4');
  // 9 taps on a 9 × 9 span: 81 − 9 = 72 holes.
  await page.waitForFunction(() => /9 × 9 pixels, with 72 holes/.test(document.querySelector('#taps-facts').textContent));
  await page.click('#taps-open');
  await page.waitForFunction(() => location.pathname === '/playground');
  await page.waitForSelector('#main canvas');
  assert.equal(param(page, 'dil'), '4');
  assert.equal(param(page, 'pad'), '4');
  assert.deepEqual(errors, []);
});

test('the context module grows as Yu & Koltun publish', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/dilation`);
  await page.waitForSelector('#rf-table');
  const rf = await page.$$eval('#rf-table td.rf-size', (tds) => tds.map((td) => Number(td.textContent)));
  assert.deepEqual(rf, [3, 5, 9, 17, 33, 65, 67]);
  assert.match(await page.textContent('#hdc-status'), /M_2 = 1/);
  // The last layer's 67 x 67 field, clipped to the 64 x 64 picture, is all of it.
  assert.match(await page.textContent('#sees-status'), /64 × 64 part of the 64 × 64 picture \(100%/);
  await shot(page, 'rf-01-context-en-light');
  assert.deepEqual(errors, []);
});

test('gridding preset: holes counted, HDC fails; typed HDC rates cover the field', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/dilation?lang=ko&theme=dark`);
  await page.click('button.preset[data-stack="k3d2,k3d2,k3d2"]');
  await waitParam(page, 'layers', 'k3d2,k3d2,k3d2');
  const { reached, span } = reach1d(3, [2, 2, 2]);
  await page.waitForSelector(`#path-map[data-reached="${reached * reached}"]`);
  const coverage = await page.$$eval('#rf-table td.coverage', (tds) => tds.map((td) => td.textContent));
  assert.equal(coverage[2], `${((100 * reached * reached) / (span * span)).toFixed(1)}%`);
  assert.match(await page.textContent('#hdc-status'), /M_2 = 2/);
  await shot(page, 'rf-02-gridding-ko-dark');

  await page.fill('#stack', 'k3,k3d2,k3d5');
  await page.click('.stack-text button[type="submit"]');
  await waitParam(page, 'layers', 'k3,k3d2,k3d5');
  const hdc = reach1d(3, [1, 2, 5]);
  assert.equal(hdc.reached, hdc.span, 'rates 1, 2, 5 leave no holes');
  await page.waitForSelector(`#path-map[data-reached="${hdc.reached * hdc.reached}"]`);
  assert.match(await page.textContent('#hdc-status'), /M_2 = 2, M_3 = 5/);
  assert.deepEqual(errors, []);
});

test('bad text explains itself and keeps the picture; clicking the map picks a unit', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/dilation?layers=k3,k3d2`);
  await page.fill('#stack', 'k3,zz');
  await page.press('#stack', 'Enter');
  await waitParam(page, 'layers', 'k3,zz');
  await page.waitForSelector('#stack-error');
  assert.match(await page.textContent('#stack-error'), /layer 2/);
  assert.ok(await page.$('#path-map'));
  await shot(page, 'rf-03-bad-text');
  await page.goto(`${env.base}/dilation?layers=k3,k3d2&n=32`);
  await page.waitForSelector('#path-map');
  await page.locator('#path-map').click({ position: { x: 20, y: 20 } });
  await page.waitForFunction(() => new URL(location.href).searchParams.has('uy'));
  assert.ok(Number(param(page, 'uy')) < 16, 'a unit near the top-left');
  // Reload restores the same unit.
  const url = page.url();
  await page.goto(url);
  await page.waitForSelector('#unit-status');
  assert.match(await page.textContent('#unit-status'), new RegExp(`\\(${param(page, 'uy')}, ${param(page, 'ux')}\\)`));
  for (const [lang, theme] of [['en', 'dark'], ['ko', 'light']]) {
    await page.goto(`${env.base}/dilation?layers=k7s2p3,maxk3s2p1,k3p1&lang=${lang}&theme=${theme}`);
    await page.waitForSelector('#path-map');
    await shot(page, `rf-04-strided-${lang}-${theme}`);
  }
  assert.deepEqual(errors, []);
});

test('effective receptive field: inside the theoretical field, re-rolled by the seed', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/dilation?layers=k3p1,k3p1,k3p1,k3p1,k3p1,k3p1,k3p1,k3p1&n=48`);
  await page.waitForSelector('#erf-status');
  await page.waitForFunction(() => /289/.test(document.querySelector('#erf-status').textContent));
  // 8 layers of 3x3: a 17 x 17 = 289-pixel field; Luo et al.: 95% of the gradient in well under all of it.
  const pixels = Number((await page.textContent('#erf-status')).match(/(\d+) pixels/)[1]);
  assert.ok(pixels > 9 && pixels < 289 * 0.8, `${pixels} pixels hold 95%`);
  await page.click('#reroll');
  await waitParam(page, 'seed', '2');
  await page.waitForFunction(() => /seed 2/.test(document.querySelector('#erf-seed').textContent));
  await shot(page, 'rf-05-erf-deep-stack');
  assert.deepEqual(errors, []);
});

