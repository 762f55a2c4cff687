// End-to-end tests of the opening chapter on the release build: the cost of the stack
// against k²·C_in·C_out·H_out·W_out computed here, pooling's effect, and the trained
// network's channels loaded on request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitParam, shot } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

/// MACs and params of the stack, written out independently of the app.
function cost({ w, d, st, hw, pool }) {
  let [macs, params, cin, side] = [0, 0, 3, hw];
  for (let s = 0; s < st; s++) {
    const cout = w * 2 ** Math.min(s, 3);
    for (let i = 0; i < d; i++) {
      macs += 9 * cin * cout * side * side;
      params += (9 * cin + 1) * cout;
      cin = cout;
    }
    if (pool) side = Math.floor(side / 2);
  }
  return { macs, params };
}
const num = async (page, sel) => Number((await page.textContent(sel)).replace(/,/g, ''));

test('the totals follow the formula as the sliders and pooling change', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/expensive`);
  await page.waitForSelector('#plain-macs');
  let c = cost({ w: 64, d: 2, st: 5, hw: 224, pool: true });
  assert.equal(await num(page, '#plain-macs'), c.macs);
  assert.equal(await num(page, '#plain-params'), c.params);
  await page.locator('#plain-depth').fill('3');
  await waitParam(page, 'd', '3');
  c = cost({ w: 64, d: 3, st: 5, hw: 224, pool: true });
  await page.waitForFunction((m) => document.querySelector('#plain-macs').textContent.replace(/,/g, '') === String(m), c.macs);
  await page.uncheck('#plain-pool');
  await waitParam(page, 'pool', '0');
  const off = cost({ w: 64, d: 3, st: 5, hw: 224, pool: false });
  await page.waitForFunction((m) => document.querySelector('#plain-macs').textContent.replace(/,/g, '') === String(m), off.macs);
  assert.match(await page.textContent('#plain-scaling'), new RegExp(`×${(c.macs / off.macs).toFixed(2)}`));
  await shot(page, 'pl-01-nopool-en-light');
  assert.deepEqual(errors, []);
});

test('the trained network loads on request with its dead-channel counts; Korean, dark', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/expensive?lang=ko&theme=dark&w=32&hw=64`);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.waitForSelector('#plain-macs');
  assert.equal(await num(page, '#plain-macs'), cost({ w: 32, d: 2, st: 5, hw: 64, pool: true }).macs);
  assert.ok(!requested.some((p) => /lab_worker|weights/.test(p)), 'nothing of the lab before the button');
  await page.click('#plain-load');
  await page.waitForSelector('canvas.lab-map');
  assert.match(await page.textContent('.plain-trained'), /죽은 채널 \d+\/16/);
  await shot(page, 'pl-02-trained-ko-dark');
  await page.goto(`${env.base}/expensive?w=999&d=x&hw=1`);
  await page.waitForSelector('#plain-macs');
  assert.match(await page.textContent('.notice'), /999/);
  assert.deepEqual(errors, []);
});
