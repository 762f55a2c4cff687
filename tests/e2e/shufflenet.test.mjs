// End-to-end tests of the ShuffleNet chapter on the release build: the shuffle view (reach
// and permutation against the reshape-transpose oracle), the zoo's unit by groups and
// stride, one unit's cost against the paper's formulas written here, Table 2's best g by
// scale (papers.md), Tables 3 and 5, the URL and Korean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitParam, shot } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

const num = (text) => Number(text.replace(/,/g, ''));
const range = (a, b) => Array.from({ length: b - a }, (_, i) => a + i);

test('the shuffle joins the groups, and the unit is drawn from the zoo', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/shufflenet?sl=2&sg=3&sn=3&shuf=1&tr=4`);
  await page.waitForSelector('#reach-status');
  assert.match(await page.textContent('#reach-status'), /9 of 9/);
  const [g, n] = [3, 3];
  const perm = range(0, g * n).map((j) => (j % g) * n + Math.floor(j / g));
  assert.equal(await page.textContent('#permutation'), perm.join(' '));
  // The unit (stage 3 of ShuffleNet 1x, g = 3: 480 channels, bottleneck 120; Table 1).
  const unit = () => page.$eval('#unit-title ~ .block-diagram svg', (s) => s.textContent);
  await page.waitForSelector('#unit-title ~ .block-diagram svg');
  let text = await unit();
  for (const want of ['1×1 conv, g=3', '480 → 120 · BN · ReLU', 'channel shuffle, g=3', '3×3 depth-wise', '+']) {
    assert.ok(text.includes(want), `missing ${want}`);
  }
  await page.selectOption('#sn-stride', '2');
  await waitParam(page, 'ustride', '2');
  await page.selectOption('#sn-groups', '8');
  await waitParam(page, 'ug', '8');
  await page.waitForFunction(() => document.querySelector('#unit-title ~ .block-diagram svg')?.textContent.includes('g=8'));
  text = await unit();
  // Stride 2 at g = 8 (Table 1: 384 -> 768): avg-pooled shortcut, concatenated.
  assert.ok(text.includes('3×3 avg pool /2') && text.includes('concat → 768'), text.slice(0, 200));
  await shot(page, 'sn-01-unit-en-light');
  assert.deepEqual(errors, []);
});

test("one unit's cost is the paper's formula for ResNet, ResNeXt and ShuffleNet", async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/shufflenet?uc=256&um=64&uh=28&ug=4`);
  await page.waitForSelector('#unit-cost-table');
  const [c, m, g, hw] = [256, 64, 4, 28 * 28];
  const want = [hw * (2 * c * m + 9 * m * m), hw * (2 * c * m + (9 * m * m) / g), hw * ((2 * c * m) / g + 9 * m)];
  const got = (await page.$$eval('#unit-cost-table td.macs', (cs) => cs.map((c) => c.textContent))).map(num);
  assert.deepEqual(got, want);
  // c not divisible by g is refused with a message, and the page keeps working.
  await page.fill('#sn-c', '250');
  await page.press('#sn-c', 'Enter');
  await waitParam(page, 'uc', '250');
  await page.waitForSelector('#unit-cost-title ~ .table-scroll .error');
  assert.match(await page.textContent('#unit-cost-title ~ .table-scroll .error'), /divisible by g/);
  assert.deepEqual(errors, []);
});

test('Table 2 complete with the best g per scale, Tables 3 and 5, in Korean', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/shufflenet?lang=ko&theme=dark`);
  await page.waitForSelector('#scale-table');
  assert.match(await page.textContent('#main h1'), /채널 셔플/);
  const rows = await page.$$eval('#scale-table tbody tr', (rs) =>
    rs.map((r) => [r.querySelector('th').textContent, ...[...r.querySelectorAll('td')].map((t) => t.textContent)]));
  // papers.md, Table 2 (top-1 error % for g = 1, 2, 3, 4, 8).
  assert.deepEqual(rows.map((r) => r.slice(0, 6)), [
    ['1×', '33.6', '32.7', '32.6', '32.8', '32.4'],
    ['0.5×', '45.1', '44.4', '43.2', '41.6', '42.3'],
    ['0.25×', '57.1', '56.8', '55.0', '54.2', '52.7'],
  ]);
  // The best g, read off the paper's numbers here: 8, 4, 8.
  for (const r of rows) {
    const errs = r.slice(1, 6).map(Number);
    const best = [1, 2, 3, 4, 8][errs.indexOf(Math.min(...errs))];
    assert.equal(Number(r[6]), best, r[0]);
  }
  await page.waitForFunction(() => (window.__convatlasDrawn ?? {})['sn-scale'] > 0);
  const shuffle = await page.$$eval('#shuffle-table tbody tr', (rs) => rs.map((r) => [...r.querySelectorAll('td')].map((t) => t.textContent)));
  assert.deepEqual(shuffle[1], ['8', '37.6', '32.4', '5.2']);
  const versus = await page.$$eval('#versus-table tbody tr', (rs) => rs.map((r) => [...r.querySelectorAll('td')].map((t) => t.textContent)));
  assert.deepEqual(versus[3], ['49.4', '41', 'ShuffleNet 0.5× (g = 4)', '41.6', '38', '7.8']);
  await shot(page, 'sn-02-tables-ko-dark');
  assert.deepEqual(errors, []);
});
