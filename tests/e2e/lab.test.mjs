// End-to-end tests of the tiny-models lab on the release build: the worker loads the
// shipped weights on demand (never in the first load), a drawn stroke is classified,
// test images carry their labels from the data file, training runs epoch by epoch in
// the worker and can be stopped, and bad input leaves the page working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, param, waitParam, shot, ROOT } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

// The label of test image i, read from the data file itself (record 5i + 4, byte 64).
const digits = readFileSync(join(ROOT, 'data', 'digits.bin'));
const label = (i) => digits[(5 * i + 4) * 65 + 64];

test('the lab loads its worker and weights only when opened, and classifies test images', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/playground`);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.waitForSelector('nav');
  await page.waitForTimeout(300);
  assert.ok(!requested.some((p) => /lab_worker|weights|digits\.bin/.test(p)), `first load fetched: ${requested}`);
  await page.goto(`${env.base}/lab?i=7`);
  await page.waitForSelector('#lab-facts');
  assert.match(await page.textContent('#lab-facts'), /tiny_plain|99\.\d\d%|\d+\.\d\d%/);
  assert.ok(requested.some((p) => p.endsWith('/weights/tiny_plain.cawt')));
  // Chromium has relaxed SIMD: the worker's fused build runs, and the plain one is not fetched.
  assert.equal(await page.getAttribute('.lab-train', 'data-simd'), 'relaxed');
  assert.ok(requested.some((p) => p.endsWith('/lab_worker_relaxed_bg.wasm')), `${requested}`);
  assert.ok(!requested.some((p) => p.endsWith('/lab_worker_bg.wasm')), `${requested}`);
  assert.match(await page.textContent('.lab-train .hint'), /relaxed SIMD, so the worker's matrix products use fused multiply-adds/);
  await page.waitForFunction(() => /\(#7\)/.test(document.querySelector('#lab-truth')?.textContent ?? ''));
  assert.match(await page.textContent('#lab-truth'), new RegExp(`: ${label(7)}$`));
  assert.match(await page.textContent('#lab-predicted'), new RegExp(`: ${label(7)}$`), 'the shipped tiny_plain gets this one right');
  const probs = await page.$$eval('#lab-probs li .value', (v) => v.map((x) => parseFloat(x.textContent)));
  assert.equal(probs.length, 10);
  assert.ok(Math.abs(probs.reduce((a, b) => a + b, 0) - 100) < 1, `${probs}`);
  assert.equal(await page.locator('canvas.lab-map').count(), 3, 'stem, conv2, conv3');
  await page.click('#lab-next');
  await waitParam(page, 'i', '8');
  await page.waitForFunction(() => /\(#8\)/.test(document.querySelector('#lab-truth').textContent));
  await page.waitForSelector('#lab-ablation tbody tr');
  assert.equal(await page.locator('#lab-ablation tbody tr').count(), 9);
  assert.equal(await page.locator('#lab-claims li').count(), 7);
  await page.waitForFunction(() => window.__convatlasDrawn?.['lab-scatter'] > 0);
  assert.match(await page.textContent('#lab-dead-total'), /Network dead: \d+\/80/);
  await shot(page, 'lab-01-sample-en-light');
  // Any ablation row can be rerun here: it sets the network, the schedule's epochs and seed 1.
  await page.click('#lab-ablation tbody tr:nth-child(8) button');
  await waitParam(page, 'm', 'tiny_fire');
  assert.equal(param(page, 'ep'), '12');
  assert.equal(param(page, 'seed'), '1');
  assert.deepEqual(errors, []);
});

test('a drawn one is read as a one; pointing at a channel shows its filter', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/lab?lang=ko&theme=dark`);
  await page.waitForSelector('#lab-facts');
  await page.waitForSelector('#lab-probs li');
  const pad = await page.locator('#lab-pad').boundingBox();
  await page.mouse.move(pad.x + 112, pad.y + 30);
  await page.mouse.down();
  for (let y = 30; y <= 200; y += 10) await page.mouse.move(pad.x + 112, pad.y + y);
  await page.mouse.up();
  await page.waitForFunction(() => /직접 그린/.test(document.querySelector('#lab-truth').textContent));
  assert.match(await page.textContent('#lab-predicted'), /: 1$/);
  await page.locator('canvas.lab-map').first().hover({ position: { x: 5, y: 5 } });
  await page.waitForFunction(() => /필터/.test(document.querySelector('#lab-filter').textContent));
  assert.match(await page.textContent('#lab-filter'), /1 × 3×3/);
  await shot(page, 'lab-02-drawn-ko-dark');
  // The effective receptive field of conv2 (two 3×3 layers): a 5 × 5 field, at most 25 core pixels.
  await page.waitForFunction(() => /5 × 5/.test(document.querySelector('#lab-erf-loaded-core').textContent));
  const core = Number(/(\d+)개/.exec(await page.textContent('#lab-erf-loaded-core'))[1]);
  assert.ok(core >= 1 && core <= 25, `${core}`);
  assert.deepEqual(errors, []);
});

/// One epoch of tiny_plain (seed 1) in the lab; returns the test accuracy it reports and the
/// worker build that ran. `relaxed: false` makes the page see a browser without relaxed SIMD.
async function oneEpoch(relaxed) {
  const page = await env.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  if (!relaxed) await page.addInitScript(() => { WebAssembly.validate = () => false; });
  await page.goto(`${env.base}/lab?m=tiny_plain&ep=1&seed=1&i=7`);
  await page.waitForFunction(() => /\(#7\)/.test(document.querySelector('#lab-truth')?.textContent ?? ''));
  assert.match(await page.textContent('#lab-predicted'), new RegExp(`: ${label(7)}$`));
  await page.click('#lab-train');
  await page.waitForFunction(() => /%/.test(document.querySelector('#lab-progress-accuracy').textContent), null, { timeout: 60000 });
  const accuracy = parseFloat(/([\d.]+)%/.exec(await page.textContent('#lab-progress-accuracy'))[1]);
  const simd = await page.getAttribute('.lab-train', 'data-simd');
  const fetched = requested.filter((p) => /lab_worker/.test(p)).map((p) => p.split('/').pop());
  assert.deepEqual(errors, []);
  await page.close();
  return { accuracy, simd, fetched };
}

test('a browser without relaxed SIMD gets the plain worker, which classifies and trains as the fused one does', async () => {
  const plain = await oneEpoch(false);
  assert.equal(plain.simd, 'simd128');
  assert.ok(plain.fetched.includes('lab_worker_bg.wasm') && !plain.fetched.includes('lab_worker_relaxed_bg.wasm'), `${plain.fetched}`);
  const fused = await oneEpoch(true);
  assert.equal(fused.simd, 'relaxed');
  assert.ok(fused.fetched.includes('lab_worker_relaxed_bg.wasm') && !fused.fetched.includes('lab_worker_bg.wasm'), `${fused.fetched}`);
  // The same run but for rounding: fused multiply-adds round once where the plain build rounds twice.
  assert.ok(plain.accuracy > 80 && fused.accuracy > 80, `${plain.accuracy}% and ${fused.accuracy}%`);
  assert.ok(Math.abs(plain.accuracy - fused.accuracy) <= 1, `${plain.accuracy}% against ${fused.accuracy}%`);
});

test('training runs in the worker epoch by epoch, and stop brings the shipped weights back', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/lab?m=tiny_alpha050&ep=2&seed=3`);
  await page.waitForSelector('#lab-facts');
  await page.click('#lab-train');
  await page.waitForFunction(() => document.querySelector('#lab-progress-text').textContent.trim() === '1/2', null, { timeout: 60000 });
  await page.waitForFunction(() => /weights trained in this page/.test(document.querySelector('#lab-facts')?.textContent ?? ''), null, { timeout: 60000 });
  assert.equal((await page.textContent('#lab-progress-text')).trim(), '2/2');
  await shot(page, 'lab-03-trained-en-light');
  // A long run stopped mid-epoch: a fresh worker, the shipped weights, no error.
  await page.fill('#lab-epochs', '30');
  await page.press('#lab-epochs', 'Enter');
  await waitParam(page, 'ep', '30');
  await page.click('#lab-train');
  await page.click('#lab-stop');
  await page.waitForFunction(() => /shipped weights/.test(document.querySelector('#lab-facts')?.textContent ?? ''));
  assert.match(await page.textContent('#lab-message'), /Stopped/);
  assert.deepEqual(errors, []);
});

test('bad URL values fall back with a notice; the lab keeps working', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/lab?m=tiny_nothing&i=99999&ep=-3&seed=x`);
  await page.waitForSelector('#lab-facts');
  const notices = await page.textContent('.notice');
  assert.match(notices, /tiny_nothing/);
  assert.equal(param(page, 'm'), 'tiny_nothing');
  await page.waitForSelector('#lab-probs li');
  assert.match(await page.textContent('#lab-facts'), /14458/);
  assert.deepEqual(errors, []);
});
