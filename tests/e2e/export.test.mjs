// Figures leave the app as files: a chart as a PNG (the canvas as drawn) and a block
// diagram as an SVG that parses and holds the diagram's text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('charts download as PNG images of what is drawn', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/atlas?chart=cost-by-type`);
  await page.waitForFunction(() => (window.__convatlasDrawn ?? {})['atlas-chart'] > 0);
  let got = await download(page, () => page.click('.png-export'));
  assert.equal(got.name, 'atlas-cost-by-type.png');
  assert.deepEqual([...got.bytes.subarray(0, 8)], PNG);
  assert.ok(got.bytes.length > 5000, `${got.bytes.length} bytes`);
  await page.goto(`${env.base}/mobilenet?lang=ko`);
  await page.waitForFunction(() => (window.__convatlasDrawn ?? {})['mn-law'] > 0);
  got = await download(page, () => page.click('#multipliers-title ~ .chart-export .png-export'));
  assert.equal(got.name, 'mobilenet-law.png');
  assert.deepEqual([...got.bytes.subarray(0, 8)], PNG);
  // Twice the chart's size on screen (IHDR: width and height, big-endian, at bytes 16 and 20).
  const css = await page.$eval('#mn-law', (c) => [parseFloat(c.style.width), parseFloat(c.style.height)]);
  assert.deepEqual([got.bytes.readUInt32BE(16), got.bytes.readUInt32BE(20)], css.map((v) => Math.round(2 * v)));
  assert.deepEqual(errors, []);
});

test('charts download as SVG with their title and sources, in the page language', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/atlas?chart=cost-by-type&lang=ko`);
  await page.waitForFunction(() => (window.__convatlasDrawn ?? {})['atlas-chart'] > 0);
  const got = await download(page, () => page.click('.svg-export'));
  assert.equal(got.name, 'atlas-cost-by-type.svg');
  const text = got.bytes.toString('utf8');
  assert.ok(text.startsWith('<svg') && text.trimEnd().endsWith('</svg>'), text.slice(0, 80));
  const texts = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].trim());
  assert.ok(texts.includes('층 종류별 비용'), texts.join(' | '));
  assert.ok(texts.some((t) => t.startsWith('출처: Howard et al. 2017')), texts.join(' | '));
  // The same numbers the chart's text alternative states.
  const description = await page.getAttribute('#atlas-chart', 'aria-description');
  assert.ok(texts.includes('94.9%') && description.includes('94.9'), description);
  // The SVG parses as XML in the browser.
  const parsed = await page.evaluate((svg) => new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror') === null, text);
  assert.ok(parsed);
  assert.deepEqual(errors, []);
});

test('a block diagram downloads as an SVG holding its text', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/blocks?model=resnext50_32x4d&block=layer1.1`);
  await page.waitForSelector('.block-svg svg');
  const got = await download(page, () => page.click('.block-diagram a[download]'));
  assert.equal(got.name, 'resnext50_32x4d-layer1_1.svg');
  const text = got.bytes.toString('utf8');
  assert.ok(text.startsWith('<svg') && text.trimEnd().endsWith('</svg>'));
  assert.ok(text.includes('3×3 conv, g=32') && text.includes('128 → 128 · BN · ReLU'));
  // The same drawing the page shows: as many texts and boxes.
  const shown = await page.$eval('.block-svg svg', (s) => [s.querySelectorAll('text').length, s.querySelectorAll('rect').length]);
  assert.deepEqual([(text.match(/<text /g) ?? []).length, (text.match(/<rect /g) ?? []).length], shown);
  assert.deepEqual(errors, []);
});
