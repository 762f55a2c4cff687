// End-to-end tests of the convolution-factorization chapter on the release build:
// costs against arithmetic written here, rank-1 verdicts for known kernels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, param, waitParam, shot } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

const cells = (page) =>
  page.$$eval('#compare-table tbody tr', (rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent.trim())));

test('the comparison is costed at the channels and map side set in the page', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/factorization`);
  await page.waitForSelector('#compare-table tbody tr');
  let rows = await cells(page);
  // Row 0: k5; row 1: k3,k3 (25 against 18 weights per channel pair, 28% fewer).
  assert.equal(rows[0][0], 'k5');
  assert.equal(rows[0][2], '25');
  assert.equal(rows[1][2], '18');
  assert.equal(rows[0][5], '28%');
  assert.equal(rows[0][1], rows[1][1], 'the same receptive field');
  await page.fill('#channels', '128');
  await page.press('#channels', 'Enter');
  await waitParam(page, 'c', '128');
  await page.waitForFunction(() => document.querySelector('#compare-table tbody tr td:nth-child(4)').textContent.replace(/,/g, '') === String(128 * 128 * 17 * 17 * 25));
  rows = await cells(page);
  assert.equal(Number(rows[1][3].replace(/,/g, '')), 128 * 128 * 17 * 17 * 18);
  await shot(page, 'fa-01-compare-en-light');
  // Figure 6 module from the zoo: the 1×7 then 7×1 branch costed as 17·17·(768·128 + 7·128·128 + 7·128·192).
  const row = await page.$$eval('table[data-block="Mixed_6b"] tbody tr', (rows) => rows[1].textContent);
  assert.match(row, /1×7 128→128 → 7×1 128→192/);
  assert.match(row, new RegExp((17 * 17 * (768 * 128 + 7 * 128 * 128 + 7 * 128 * 192)).toLocaleString('en-US')));
  // Its block diagram: four branches, the factorized 1×7 and 7×1 boxes, concatenated to 768.
  await page.click('details[data-block="Mixed_6b"] summary');
  const svg = await page.$eval('details[data-block="Mixed_6b"] svg', (s) => s.textContent);
  for (const want of ['1×7 conv', '7×1 conv', '128 → 192 · BN · ReLU', 'concat → 768', 'input 768×17×17']) {
    assert.ok(svg.includes(want), `missing ${want}`);
  }
  assert.deepEqual(errors, []);
});

test('rank-1 kernels run as two passes; the Laplacian does not', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/factorization?lang=ko&theme=dark`);
  await page.waitForSelector('#rank1-verdict');
  assert.match(await page.textContent('#rank1-verdict'), /계수 1 \(/);
  await page.click('button[data-kernel="laplacian"]');
  await waitParam(page, 'k', 'laplacian');
  await page.waitForFunction(() => /계수 1이 아님/.test(document.querySelector('#rank1-verdict').textContent));
  await shot(page, 'fa-02-laplacian-ko-dark');
  await page.click('button[data-kernel="gaussian"]');
  await waitParam(page, 'k', 'gaussian');
  await page.waitForFunction(() => /^계수 1 \(/.test(document.querySelector('#rank1-verdict').textContent));
  assert.equal(param(page, 'theme'), 'dark');
  for (const [lang, theme] of [['en', 'dark'], ['ko', 'light']]) {
    await page.goto(`${env.base}/factorization?lang=${lang}&theme=${theme}&k=sharpen`);
    await page.waitForSelector('#rank1-verdict');
    await shot(page, `fa-03-sharpen-${lang}-${theme}`);
  }
  assert.deepEqual(errors, []);
});
