// End-to-end tests of the block diagrams on the release build: the diagrams page (pickers,
// URL, Korean, bad values), a layer row of the atlas opening its block, and the SqueezeNet
// chapter's live Fire module and bypass variants. Expected channels and shapes are the
// papers' (ResNet Table 1, ShuffleNet Table 1, SqueezeNet Table 1), written here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, param, waitParam, shot } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

const svgText = (page) => page.$eval('.block-svg svg', (s) => s.textContent);
const waitSvg = (page, text) =>
  page.waitForFunction((t) => document.querySelector('.block-svg svg')?.textContent.includes(t), text);

test('the diagrams page draws the chosen block and follows the pickers', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/blocks?model=resnet50&block=layer1.0`);
  await waitSvg(page, 'resnet50 · layer1.0');
  const text = await svgText(page);
  // ResNet Table 1, conv2_x: 1x1 64, 3x3 64, 1x1 256, and the projection shortcut.
  for (const want of ['64 → 64 · BN · ReLU', '64 → 256 · BN', 'input 64×56×56', 'output 256×56×56', '+']) {
    assert.ok(text.includes(want), `missing ${want}`);
  }
  assert.match(await page.textContent('#block-cli'), /convatlas svg block resnet50 layer1\.0 -o resnet50-layer1_0\.svg/);
  const href = await page.getAttribute('.block-diagram a[download]', 'href');
  assert.ok(href.startsWith('data:image/svg+xml'), href.slice(0, 40));
  // Another network: its first block is shown and written to the URL.
  await page.selectOption('#block-model', 'shufflenet_v1');
  await waitParam(page, 'block', 'stage2.unit1');
  await waitSvg(page, 'concat → 240');
  await page.selectOption('#block-path', 'stage2.unit2');
  await waitParam(page, 'block', 'stage2.unit2');
  await waitSvg(page, 'channel shuffle, g=3');
  await shot(page, 'blk-01-shufflenet-en-light');
  assert.deepEqual(errors, []);
});

test('Korean, dark, and URL values the page cannot use', async () => {
  const { page, errors } = await openPage(
    env.browser,
    `${env.base}/blocks?model=inception_v3&block=Mixed_7b&lang=ko&theme=dark`,
  );
  await waitSvg(page, '입력 1280×8×8');
  assert.match(await page.textContent('#main h1'), /블록 다이어그램/);
  assert.ok((await svgText(page)).includes('concat → 2048'));
  await shot(page, 'blk-02-inception-e-ko-dark');
  const bad = await openPage(env.browser, `${env.base}/blocks?model=vgg16&block=zzz`);
  await bad.page.waitForSelector('.notice');
  assert.match(await bad.page.textContent('.notice'), /model/);
  await waitSvg(bad.page, 'squeezenet1_0 · fire2');
  assert.deepEqual(errors, []);
  assert.deepEqual(bad.errors, []);
});

test('a layer row of the atlas opens the diagram of its block', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/atlas?model=squeezenet1_0&lang=ko`);
  const link = page.locator('#layers tbody th a', { hasText: 'fire3.squeeze1x1' });
  await link.click();
  await page.waitForURL(/\/blocks\?/);
  await waitSvg(page, 'squeezenet1_0 · fire3');
  assert.equal(param(page, 'block'), 'fire3');
  assert.equal(param(page, 'lang'), 'ko');
  // fire3 (SqueezeNet Table 1): 128 -> 16 -> 64 + 64 on 54 x 54.
  assert.ok((await svgText(page)).includes('128 → 16 · ReLU'));
  assert.deepEqual(errors, []);
});

test('the SqueezeNet chapter draws its Fire module live and the bypass variants', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/squeezenet`);
  await page.waitForSelector('#fire-table');
  const fireSvg = () => page.$$eval('.block-diagram svg', (all) => all[0].textContent);
  await page.waitForFunction(() => document.querySelector('.block-diagram svg')?.textContent.includes('96 → 16'));
  await page.fill('#fire-e3', '32');
  await page.press('#fire-e3', 'Enter');
  await waitParam(page, 'e3', '32');
  await page.waitForFunction(() => document.querySelector('.block-diagram svg')?.textContent.includes('concat → 96'));
  // A box shows the weights and biases of its layer: 16 * 32 * 9 + 32 = 4,640.
  assert.ok((await fireSvg()).includes('4640 params'), 'the expand 3x3 cost');
  assert.ok((await fireSvg()).includes('16 → 32 · ReLU'), 'the expand 3x3 box follows e3');
  // The variants: simple bypass has no shortcut around fire2 (96 in, 128 out) ...
  const variant = () => page.$$eval('.block-diagram svg', (all) => all[all.length - 1].textContent);
  await page.selectOption('#variant-fire', '2');
  await waitParam(page, 'fire', '2');
  await page.waitForFunction(() => [...document.querySelectorAll('.block-diagram svg')].pop()?.textContent.includes('fire2'));
  assert.ok(!(await variant()).includes('identity'));
  // ... complex bypass puts a 1x1 convolution there, and fire3 gets the identity.
  await page.selectOption('#variant-bypass', 'complex');
  await waitParam(page, 'bypass', 'complex');
  await page.waitForFunction(() => [...document.querySelectorAll('.block-diagram svg')].pop()?.textContent.includes('96 → 128'));
  await page.selectOption('#variant-fire', '3');
  await page.waitForFunction(() => [...document.querySelectorAll('.block-diagram svg')].pop()?.textContent.includes('identity'));
  await shot(page, 'blk-03-squeezenet-variants-en-light');
  assert.deepEqual(errors, []);
});
