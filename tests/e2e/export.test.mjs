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

test('hand-drawn figures download as PNG at twice their size and as vector SVG', async () => {
  // 8 → 8 channels in 4 groups: each output reads 8/4 = 2 inputs, 8 · 2 = 16 links.
  const { page, errors } = await openPage(env.browser, `${env.base}/group?cin=8&cout=8&g=4`);
  await page.waitForFunction(() => (window.__convatlasDrawn ?? {}).connections > 0);
  const exports = '#connections ~ .chart-export, .canvas-frame:has(#connections) ~ .chart-export';
  const png = await download(page, () => page.click(`${exports} >> .png-export`));
  assert.equal(png.name, 'connections.png');
  assert.deepEqual([...png.bytes.subarray(0, 8)], PNG);
  const [w, h] = await page.$eval('#connections', (c) => [parseFloat(c.style.width), parseFloat(c.style.height)]);
  // Twice the width; twice the height plus the title and source lines.
  assert.equal(png.bytes.readUInt32BE(16), Math.round(2 * w));
  assert.ok(png.bytes.readUInt32BE(20) > Math.round(2 * h), `${png.bytes.readUInt32BE(20)} vs ${2 * h}`);

  const svg = await download(page, () => page.click(`${exports} >> .svg-export`));
  assert.equal(svg.name, 'connections.svg');
  const text = svg.bytes.toString('utf8');
  const shape = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    const lines = [...doc.querySelectorAll('path')].map((p) => (p.getAttribute('d').match(/L/g) ?? []).length);
    return {
      lines: lines.reduce((a, b) => a + b, 0),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      width: Number(doc.documentElement.getAttribute('width')),
    };
  }, text);
  assert.ok(shape, 'the SVG parses');
  assert.equal(shape.lines, 8 * (8 / 4));
  assert.equal(shape.width, w);
  const label = await page.getAttribute('#connections', 'aria-label');
  assert.equal(shape.texts[shape.texts.length - 2], label);
  assert.ok(shape.texts[shape.texts.length - 1].startsWith('ConvAtlas · http'), shape.texts.at(-1));
  // Its text alternative states the same numbers.
  const description = await page.getAttribute('#connections', 'aria-description');
  assert.match(description, /8 input channels to 8 output channels in 4 groups: each output channel reads 2 input channels, 16 connections/);
  assert.deepEqual(errors, []);
});

test('the playground output states its values, in Korean too', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/playground?lang=ko`);
  await page.waitForFunction(() => (window.__convatlasDrawn ?? {}).output > 0);
  const values = (await page.getAttribute('#output-canvas', 'data-output')).split(',');
  const description = await page.getAttribute('#output-canvas', 'aria-description');
  assert.ok(description.includes('출력'), description);
  // The first values of the map, in order.
  assert.ok(description.includes(values.slice(0, 5).join(', ')), `${description} / ${values.slice(0, 5)}`);
  const svg = await download(page, () => page.click('.output-view .svg-export'));
  assert.equal(svg.name, 'playground-output.svg');
  const cells = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent);
  }, svg.bytes.toString('utf8'));
  // The Korean figure name is the file's title.
  assert.equal(cells.at(-2), await page.getAttribute('#output-canvas', 'aria-label'));
  assert.deepEqual(errors, []);
});
