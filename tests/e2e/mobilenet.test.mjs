// End-to-end tests of the MobileNet chapter on the release build: Table 3's walk against
// eqs. 2 and 4 written here, the diagrams of both layers, alpha and rho on the whole
// network against Tables 6 and 7 (papers.md), Tables 2 and 4, the URL and Korean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, param, waitParam, shot } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

const num = (text) => Number(text.replace(/,/g, ''));
const column = (page, table, cls) =>
  page.$$eval(`${table} tbody td.${cls}`, (cells) => cells.map((c) => c.textContent));

/// Eq. 2 (standard) and eq. 4 (separable): MACs and weights of one layer.
const standard = (m, n, df, k) => [k * k * m * n * df * df, k * k * m * n];
const separable = (m, n, df, k) => [(k * k * m + m * n) * df * df, k * k * m + m * n];

async function assertWalk(page, m, n, df, k, alpha, res) {
  const am = Math.floor(m * alpha), an = Math.floor(n * alpha);
  const rdf = Math.max(1, Math.round((df * res) / 224));
  const want = [standard(m, n, df, k), separable(m, n, df, k), separable(am, an, df, k), separable(am, an, rdf, k)];
  await page.waitForFunction(
    (w) => document.querySelector('#walk-table td.macs')?.textContent.replace(/,/g, '') === String(w),
    want[0][0],
  );
  const macs = (await column(page, '#walk-table', 'macs')).map(num);
  const params = (await column(page, '#walk-table', 'params')).map(num);
  assert.deepEqual(macs, want.map((w) => w[0]));
  assert.deepEqual(params, want.map((w) => w[1]));
}

test("Table 3's walk, eq. 5 and the two layers' diagrams follow the controls", async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/mobilenet`);
  await page.waitForSelector('#walk-table');
  // The default is Table 3's layer: 462M, 52.3M, 29.6M, 15.1M MACs.
  await assertWalk(page, 512, 512, 14, 3, 0.75, 160);
  assert.match(await page.textContent('#mn-eq5'), /= 0\.1131/);
  const svgs = () => page.$$eval('.diagram-pair svg', (all) => all.map((s) => s.textContent));
  let [std, mob] = await svgs();
  assert.ok(std.includes('3×3 conv') && std.includes('512 → 512 · BN · ReLU'));
  assert.ok(mob.includes('3×3 depth-wise') && mob.includes('1×1 conv'));
  await page.fill('#mn-n', '64');
  await page.press('#mn-n', 'Enter');
  await waitParam(page, 'n', '64');
  await page.selectOption('#mn-k', '5');
  await waitParam(page, 'k', '5');
  await assertWalk(page, 512, 64, 14, 5, 0.75, 160);
  await page.waitForFunction(() => document.querySelector('.diagram-pair svg')?.textContent.includes('5×5 conv'));
  [std, mob] = await svgs();
  assert.ok(mob.includes('512 → 64 · BN · ReLU'));
  await shot(page, 'mn-01-layer-en-light');
  assert.deepEqual(errors, []);
});

test('alpha and rho on the whole network, Tables 6, 7, 2 and 4, in Korean', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/mobilenet?lang=ko&theme=dark`);
  await page.waitForSelector('#multipliers-table');
  assert.match(await page.textContent('#main h1'), /폭 배수/);
  await page.selectOption('#mn-alpha', '0.5');
  await waitParam(page, 'alpha', '0.5');
  await page.selectOption('#mn-res', '128');
  await waitParam(page, 'res', '128');
  await page.waitForFunction(() => document.querySelector('#multipliers-table tr.chosen th')?.textContent.includes('α 0.5, 128'));
  const rows = await page.$$eval('#multipliers-table tbody tr', (rs) =>
    rs.map((r) => [r.querySelector('th').textContent, ...[...r.querySelectorAll('td')].map((t) => t.textContent)]));
  // Tables 6 and 7 (papers.md): MACs and top-1 of the published points.
  const paper = Object.fromEntries(rows.map((r) => [r[0].split(' (')[0], [r[3], r[6]]]));
  assert.deepEqual(paper['α 1.0, 224'], ['569M', '70.6%']);
  assert.deepEqual(paper['α 0.25, 224'], ['41M', '50.6%']);
  assert.deepEqual(paper['α 1.0, 128'], ['186M', '64.4%']);
  // Ours rounds to the paper's MACs at every published point (Table 7's 160 px: 290.68 vs 290).
  for (const r of rows.filter((r) => r[3] !== '–')) {
    assert.ok(Math.abs(num(r[1]) / 1e6 - Number(r[3].replace('M', ''))) < 0.7, r.join(' | '));
  }
  await page.waitForFunction(() => (window.__convatlasDrawn ?? {})['mn-law'] > 0);
  // Table 2 at the chosen point still puts almost all MACs in the 1x1 convolutions.
  const pw = await page.$eval('#shares-table tr[data-kind="pointwise"]', (r) => [...r.querySelectorAll('td')].map((t) => t.textContent));
  assert.equal(pw[1], '94.86%');
  // At alpha 0.5, 128 px the 1x1 share is lower than at 1.0-224 (the depth-wise layers and
  // the first conv shrink only in proportion to alpha) but still most of the MACs.
  const share = Number(pw[0].replace('%', ''));
  assert.ok(share > 85 && share < 94.86, pw[0]);
  // Table 4: the paper's figures beside ours.
  const full = await page.$$eval('#full-table tbody tr', (rs) => rs.map((r) => [...r.querySelectorAll('td')].map((t) => t.textContent)));
  assert.deepEqual([full[0][1], full[0][3], full[0][4]], ['4866M', '29.3M', '71.7%']);
  assert.deepEqual([full[1][1], full[1][3], full[1][4]], ['569M', '4.2M', '70.6%']);
  await shot(page, 'mn-02-network-ko-dark');
  assert.deepEqual(errors, []);
});

test('bad URL values are named and replaced, the page keeps working', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/mobilenet?m=0&k=4&alpha=0.6&res=9`);
  await page.waitForSelector('.notice');
  const notice = await page.textContent('.notice');
  for (const key of ["m", "k", "alpha", "res"]) assert.match(notice, new RegExp(`${key}=`));
  await assertWalk(page, 512, 512, 14, 3, 0.75, 160);
  assert.deepEqual(errors, []);
});
