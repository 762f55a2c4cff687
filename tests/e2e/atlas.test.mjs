// End-to-end tests of the architecture atlas on the release build: totals against
// the papers' figures (shared/reference/papers.md), sorting, charts drawn, URL state.
// Screenshots go to tests/e2e/screenshots/atlas-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, param, waitParam, SHOTS } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

const shot = (page, name) => page.screenshot({ path: `${SHOTS}/atlas-${name}.png`, fullPage: true });
const number = async (page, sel) => Number((await page.textContent(sel)).replace(/[^0-9.]/g, ''));
const totals = async (page, table = '#layers') => ({
  macs: await number(page, `${table} .total-macs`),
  params: await number(page, `${table} .total-params`),
});
const near = (actual, expected, rel, what) =>
  assert.ok(Math.abs(actual / expected - 1) <= rel, `${what}: ${actual} vs ${expected}`);

async function open(query, viewport) {
  const { page, errors } = await openPage(env.browser, `${env.base}/atlas${query}`, viewport);
  await page.waitForSelector('#layers .total-macs');
  return { page, errors };
}

/// Share of the chart canvas's pixels that differ from its top-left pixel.
const inkedShare = (page) =>
  page.$eval('#atlas-chart', (c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 30) inked++;
    return inked / (data.length / 4);
  });

test('MobileNet totals follow Tables 6 and 7 as alpha and resolution are picked', async () => {
  const { page, errors } = await open('');
  let t = await totals(page);
  near(t.macs, 569e6, 0.01, '1.0 MobileNet-224 MACs');
  near(t.params, 4.2e6, 0.015, '1.0 MobileNet-224 params');
  await page.selectOption('#alpha', '0.75');
  await waitParam(page, 'alpha', '0.75');
  await page.waitForFunction(() => !document.querySelector('#layers .total-macs').textContent.startsWith('568'));
  t = await totals(page);
  near(t.macs, 325e6, 0.01, '0.75 MobileNet-224 MACs');
  near(t.params, 2.6e6, 0.02, '0.75 MobileNet-224 params');
  await page.selectOption('#alpha', '1.0');
  await page.selectOption('#res', '160');
  await waitParam(page, 'res', '160');
  await page.waitForFunction(() => document.querySelector('#layers .total-macs').textContent.startsWith('29'));
  near((await totals(page)).macs, 290e6, 0.01, '1.0 MobileNet-160 MACs');
  // Back restores the previous screen.
  await page.goBack();
  await waitParam(page, 'res', '224');
  assert.equal(await page.inputValue('#res'), '224');
  await shot(page, 'mobilenet');
  assert.deepEqual(errors, []);
});

test('1x1 convolutions carry about 95% of MobileNet MACs (Table 2) and the chart is drawn', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/atlas?chart=cost-by-type`, {
    width: 1400,
    height: 1000,
  });
  await page.waitForSelector('tr[data-kind="pointwise"]');
  const share = await number(page, 'tr[data-kind="pointwise"] td');
  assert.ok(Math.abs(share - 94.86) < 0.5, `1x1 share ${share}%`);
  await page.waitForFunction(() => window.__convatlasDrawn?.['atlas-chart']);
  assert.ok((await inkedShare(page)) > 0.02, 'chart canvas is blank');
  assert.deepEqual(errors, []);
});

test('every chart draws on a DPR-2 canvas at device resolution, dark and Korean too', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1300, height: 900 }, deviceScaleFactor: 2 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.base}/atlas?theme=dark&lang=ko&vs=shufflenet_v1&text=large`);
  await page.waitForSelector('#atlas-chart');
  const charts = await page.$$eval('#chart option', (os) => os.map((o) => o.value));
  assert.equal(charts.length, 7);
  for (const chart of charts) {
    if ((await page.inputValue('#chart')) !== chart) {
      await page.evaluate(() => (window.__convatlasDrawn = {}));
      await page.selectOption('#chart', chart);
      await waitParam(page, 'chart', chart);
    }
    await page.waitForFunction(() => window.__convatlasDrawn?.['atlas-chart']);
    const size = await page.$eval('#atlas-chart', (c) => [c.width, c.getBoundingClientRect().width]);
    assert.ok(Math.abs(size[0] - 2 * size[1]) <= 2, `${chart}: backing ${size[0]} for CSS ${size[1]}`);
    assert.ok((await inkedShare(page)) > 0.02, `${chart} is blank`);
    assert.equal(await page.$('.atlas-chart .error'), null, `${chart} failed`);
    await page.locator('#atlas-chart').screenshot({ path: `${SHOTS}/atlas-chart-${chart}-dark-ko.png` });
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('SqueezeNet 1.0 has torchvision\'s 1,248,424 parameters; columns sort both ways', async () => {
  const { page, errors } = await open('');
  await page.selectOption('#model', 'squeezenet1_0');
  await waitParam(page, 'model', 'squeezenet1_0');
  await page.waitForFunction(() => document.querySelector('#layers .total-params').textContent === '1,248,424');
  const macsColumn = () =>
    page.$$eval('#layers tbody tr', (rows) => rows.map((r) => Number(r.children[9].textContent.replace(/,/g, ''))));
  await page.click('button.sort[data-key="macs"]');
  await waitParam(page, 'sort', 'macs');
  assert.equal(await page.getAttribute('th:has(button[data-key="macs"])', 'aria-sort'), 'descending');
  let macs = await macsColumn();
  assert.ok(macs.every((m, i) => i === 0 || macs[i - 1] >= m), 'not descending');
  // SqueezeNet conv1: 96 filters 7x7 over 3 channels on a 109x109 map (independent arithmetic).
  assert.equal(macs[0], 96 * 7 * 7 * 3 * 109 * 109);
  await page.click('button.sort[data-key="macs"]');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('desc'));
  assert.equal(await page.getAttribute('th:has(button[data-key="macs"])', 'aria-sort'), 'ascending');
  macs = await macsColumn();
  assert.ok(macs.every((m, i) => i === 0 || macs[i - 1] <= m), 'not ascending');
  // Keyboard: the header buttons are reachable and work with Enter.
  await page.focus('button.sort[data-key="name"]');
  await page.keyboard.press('Enter');
  await waitParam(page, 'sort', 'name');
  await page.reload();
  await page.waitForSelector('#layers .total-params');
  assert.equal(await page.getAttribute('th:has(button[data-key="name"])', 'aria-sort'), 'ascending');
  assert.equal(await page.inputValue('#model'), 'squeezenet1_0');
  await shot(page, 'squeezenet-sorted');
  assert.deepEqual(errors, []);
});

test('two networks side by side: ShuffleNet groups follow Table 1', async () => {
  const { page, errors } = await open('');
  await page.selectOption('#vs', 'shufflenet_v1');
  await waitParam(page, 'vs', 'shufflenet_v1');
  await page.waitForSelector('#vs_layers .total-macs');
  near((await totals(page, '#vs_layers')).macs, 137e6, 0.015, 'ShuffleNet 1x g=3');
  await page.selectOption('#vs_groups', '8');
  await waitParam(page, 'vs_groups', '8');
  await page.waitForFunction(() => document.querySelector('#vs_layers caption').textContent.includes('g=8'));
  near((await totals(page, '#vs_layers')).macs, 137e6, 0.015, 'ShuffleNet 1x g=8');
  near((await totals(page)).macs, 569e6, 0.01, 'MobileNet beside it');
  const compared = (n) => number(page, `.atlas-compare tr[data-row="macs"] td:nth-of-type(${n})`);
  near(await compared(1), 569e6, 0.01, 'side-by-side table, first');
  near(await compared(2), 137e6, 0.015, 'side-by-side table, second');
  await page.selectOption('#chart', 'compare');
  await waitParam(page, 'chart', 'compare');
  await shot(page, 'side-by-side');
  // Removing the second network drops the side-by-side chart.
  await page.selectOption('#vs', '');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('vs'));
  assert.equal(new URL(page.url()).searchParams.get('chart'), 'cost-by-type');
  assert.equal(await page.$('#vs_layers'), null);
  assert.deepEqual(errors, []);
});

test('garbage in the URL: a notice, the defaults, and a working page', async () => {
  const { page, errors } = await open(
    '?model=lenet&alpha=7&res=99999999999999999999&groups=x&chart=pie&sort=%3Cscript%3E&desc=2&vs=inception_v3&vs_res=40'
  );
  const notice = await page.textContent('.notice');
  for (const key of ['model=lenet', 'alpha=7', 'chart=pie', 'sort=', 'desc=2', 'vs_res=40'])
    assert.ok(notice.includes(key), `notice lacks ${key}: ${notice}`);
  near((await totals(page)).macs, 569e6, 0.01, 'default network');
  // Inception v3 cannot take 40 px; its default 299 is shown.
  assert.equal(await page.inputValue('#vs_res'), '299');
  assert.ok((await page.textContent('#vs_layers caption')).includes('(299)'));
  await page.selectOption('#alpha', '0.5');
  await waitParam(page, 'alpha', '0.5');
  near((await totals(page)).macs, 149e6, 0.01, '0.5 MobileNet-224');
  await shot(page, 'garbage');
  assert.deepEqual(errors, []);
});

test('embed mode shows only the widget', async () => {
  const { page, errors } = await open('?embed=1&model=xception');
  assert.equal(await page.$('header.top'), null);
  assert.equal(await page.$('nav'), null);
  // Xception: 22,855,952 trainable parameters (Chollet 2017); ours add batch-norm
  // weight and bias, which Keras counts as trainable too.
  near((await totals(page)).params, 22855952, 0.001, 'Xception params');
  await shot(page, 'embed');
  assert.deepEqual(errors, []);
});

test('each network names the layout it is built from, in both languages', async () => {
  const { page, errors } = await open('?model=inception_v3');
  await page.waitForFunction(() => document.querySelector('#source')?.textContent.includes('torchvision inception_v3'));
  assert.match(await page.textContent('#source'), /^Layout: torchvision inception_v3; Szegedy et al\. 2016$/);
  assert.match(await page.textContent('#main'), /where they differ from the paper, as torchvision's Inception v3 does/);
  const ko = await open('?model=xception&lang=ko');
  await ko.page.waitForFunction(() => document.querySelector('#source')?.textContent.startsWith('구성 출처: Keras Xception'));
  assert.deepEqual(errors, []);
  assert.deepEqual(ko.errors, []);
});

test('the accuracy chart says why SqueezeNet has two marks', async () => {
  const { page, errors } = await open('?chart=accuracy-vs-macs');
  await page.waitForSelector('#accuracy-note');
  assert.match(await page.textContent('#accuracy-note'), /1,700 M.*819 M.*833 M/);
  const ko = await open('?chart=accuracy-vs-macs&lang=ko');
  await ko.page.waitForSelector('#accuracy-note');
  assert.match(await ko.page.textContent('#accuracy-note'), /표 9: 1,700 M/);
  assert.deepEqual(errors, []);
  assert.deepEqual(ko.errors, []);
});
