// End-to-end tests of the SqueezeNet chapter on the release build: the Fire module's cost
// against the formula written here, the metaparameters and presets through the controls,
// the network's stages and Table 3, the URL, Korean, and bad URL values.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, param, waitParam, shot } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

const num = (text) => Number(text.replace(/,/g, ''));
const fireCells = (page) =>
  page.$$eval('#fire-table tbody tr', (rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent.trim())));

/// The Fire module and the plain 3x3 layer, written out (biases included).
function expected(cin, s, e1, e3, side) {
  const weights = cin * s + s * e1 + 9 * s * e3;
  const plain = 9 * cin * (e1 + e3);
  return {
    fire: [weights + s + e1 + e3, weights * side * side],
    plain: [plain + e1 + e3, plain * side * side],
  };
}

async function assertCosts(page, cin, s, e1, e3, side) {
  const want = expected(cin, s, e1, e3, side);
  await page.waitForFunction(
    (p) => document.querySelector('#fire-table tr.fire td.params')?.textContent.replace(/,/g, '') === String(p),
    want.fire[0],
  );
  const rows = await fireCells(page);
  assert.deepEqual(rows[0].map(num), want.fire);
  assert.deepEqual(rows[1].map(num), want.plain);
}

test('the Fire module is costed against a plain 3x3 layer as the controls set it', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/squeezenet`);
  await page.waitForSelector('#fire-table');
  // The default is SqueezeNet v1.0's fire2: 96 -> 16 -> 64 + 64 on 54 x 54.
  assert.equal(await page.inputValue('#fire-preset'), 'fire2');
  await assertCosts(page, 96, 16, 64, 64, 54);
  assert.match(await page.textContent('#fire-meta'), /SR = s \/ \(e1 \+ e3\) = 0\.125/);
  await page.fill('#fire-e3', '32');
  await page.press('#fire-e3', 'Enter');
  await waitParam(page, 'e3', '32');
  await assertCosts(page, 96, 16, 64, 32, 54);
  assert.equal(await page.inputValue('#fire-preset'), '', 'no longer one of the network\'s');
  // SR 0.25 of e = 96 expand filters: s = 24; pct 0.75: e3 = 72, e1 = 24.
  await page.fill('#fire-sr', '0.25');
  await page.press('#fire-sr', 'Enter');
  await waitParam(page, 's', '24');
  await page.fill('#fire-pct', '0.75');
  await page.press('#fire-pct', 'Enter');
  await waitParam(page, 'e3', '72');
  assert.equal(param(page, 'e1'), '24');
  await assertCosts(page, 96, 24, 24, 72, 54);
  // A squeeze wider than the expand filters is flagged.
  await page.fill('#fire-s', '200');
  await page.press('#fire-s', 'Enter');
  await page.waitForSelector('#fire-no-squeeze');
  await page.selectOption('#fire-preset', 'fire9');
  await waitParam(page, 'cin', '512');
  assert.deepEqual([param(page, 's'), param(page, 'e1'), param(page, 'e3'), param(page, 'hw')], ['64', '256', '256', '13']);
  await assertCosts(page, 512, 64, 256, 256, 13);
  assert.equal(await page.$('#fire-no-squeeze'), null);
  await shot(page, 'sq-01-fire9-en-light');
  // The URL restores the same module.
  const again = await openPage(env.browser, page.url());
  await again.page.waitForSelector('#fire-table');
  await assertCosts(again.page, 512, 64, 256, 256, 13);
  assert.deepEqual(errors, []);
  assert.deepEqual(again.errors, []);
});

test('downsample late and the three variants, in Korean', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/squeezenet?lang=ko&theme=dark`);
  await page.waitForSelector('#late-table');
  assert.match(await page.textContent('#main h1'), /Fire 모듈/);
  const stages = await page.$$eval('#late-table tbody tr', (rows) =>
    rows.map((r) => [r.querySelector('th').textContent, ...[...r.querySelectorAll('td')].map((t) => t.textContent)]));
  assert.equal(stages.length, 13);
  assert.deepEqual(stages.filter((r) => r[0].startsWith('pool')).map((r) => r[1]), ['96 × 54 × 54', '256 × 27 × 27', '512 × 13 × 13']);
  // Every stage's MACs add up to torchvision's 0.819 G.
  const total = stages.reduce((a, r) => a + num(r[2]), 0);
  assert.equal(Math.round(total / 1e6), 819);
  assert.match(await page.textContent('#late-note'), /8개 가운데 7개/);
  const variants = await page.$$eval('#variants-table tbody tr', (rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((t) => t.textContent)));
  assert.deepEqual(variants.map((r) => r[1]), ['57.5%', '60.4%', '58.8%']);
  assert.equal(variants[0][0], '1,248,424');
  assert.equal(variants[1][0], '1,248,424', 'a simple bypass adds no parameters');
  assert.ok(num(variants[2][0]) > 1248424);
  await shot(page, 'sq-02-tables-ko-dark');
  assert.deepEqual(errors, []);
});

test('bad URL values are named and replaced, the page keeps working', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/squeezenet?e1=0&hw=99999&cin=x`);
  await page.waitForSelector('.notice');
  const notice = await page.textContent('.notice');
  for (const key of ['e1', 'hw', 'cin']) assert.match(notice, new RegExp(key));
  await assertCosts(page, 96, 16, 64, 64, 54);
  assert.deepEqual(errors, []);
});
