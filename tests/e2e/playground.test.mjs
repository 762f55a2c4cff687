// End-to-end tests of the convolution playground on the release build.
// Screenshots of every lesson state visited go to tests/e2e/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, param, waitParam, shot } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

const attr = (page, sel, name) => page.getAttribute(sel, name);

// Independent oracle: a naive 2-D cross-correlation written here, not taken from the app.
function naiveConv(input, size, kernel, kh, kw, { stride = 1, pad = 0, dil = 1 }) {
  const oh = Math.floor((size + 2 * pad - dil * (kh - 1) - 1) / stride) + 1;
  const ow = Math.floor((size + 2 * pad - dil * (kw - 1) - 1) / stride) + 1;
  const out = [];
  for (let y = 0; y < oh; y++)
    for (let x = 0; x < ow; x++) {
      let acc = 0;
      for (let i = 0; i < kh; i++)
        for (let j = 0; j < kw; j++) {
          const r = y * stride + i * dil - pad;
          const c = x * stride + j * dil - pad;
          if (r >= 0 && r < size && c >= 0 && c < size) acc += kernel[i * kw + j] * input[r * size + c];
        }
      out.push(acc);
    }
  return { oh, ow, out };
}
const SOBEL_X = [-1, 0, 1, -2, 0, 2, -1, 0, 1];
const dotImage = (size) => Array.from({ length: size * size }, (_, i) => (i === (size >> 1) * size + (size >> 1) ? 1 : 0));
const parseOutput = (s) => s.split(',').map(Number);

test('dilation 2 set through the UI changes the taps, the output and the URL, and the URL restores it', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/playground`);
  await page.click('[data-sample="dot"]');
  await waitParam(page, 'in', 'dot');
  const tapsBefore = await attr(page, '#input-canvas', 'data-taps');
  const outBefore = await attr(page, '#output-canvas', 'data-output');
  assert.equal(tapsBefore, '0,0;0,1;0,2;1,0;1,1;1,2;2,0;2,1;2,2');
  assert.deepEqual(parseOutput(outBefore), naiveConv(dotImage(12), 12, SOBEL_X, 3, 3, {}).out);
  await shot(page, '01-dot-dilation-1');

  await page.focus('#dilation');
  await page.keyboard.press('ArrowRight');
  await waitParam(page, 'dil', '2');
  await page.waitForFunction((t) => document.querySelector('#input-canvas').dataset.taps !== t, tapsBefore);
  const taps = await attr(page, '#input-canvas', 'data-taps');
  assert.equal(taps, '0,0;0,2;0,4;2,0;2,2;2,4;4,0;4,2;4,4', 'taps spread by 2 with holes between');
  const out = await attr(page, '#output-canvas', 'data-output');
  assert.notEqual(out, outBefore);
  const expected = naiveConv(dotImage(12), 12, SOBEL_X, 3, 3, { dil: 2 });
  assert.deepEqual(parseOutput(out), expected.out);
  assert.match(await page.textContent('.output-view .dims'), new RegExp(`${expected.oh} x ${expected.ow}`));
  assert.match(await page.textContent('#formula-h'), /⌊\(12 \+ 2·0 − 2·\(3−1\) − 1\) \/ 1⌋ \+ 1 = 8/);
  await shot(page, '02-dot-dilation-2');

  // Loading the URL restores exactly the same state.
  const url = page.url();
  const again = await openPage(env.browser, url);
  await again.page.waitForSelector('#input-canvas[data-taps]');
  assert.equal(await attr(again.page, '#input-canvas', 'data-taps'), taps);
  assert.equal(await attr(again.page, '#output-canvas', 'data-output'), out);
  assert.equal(await again.page.inputValue('#dilation'), '2');
  await again.page.close();

  // Back restores the previous state.
  await page.goBack();
  await waitParam(page, 'dil', '1');
  await page.waitForFunction((t) => document.querySelector('#input-canvas').dataset.taps === t, tapsBefore);
  assert.equal(await attr(page, '#output-canvas', 'data-output'), outBefore);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a URL full of garbage falls back to defaults with a notice and the page keeps working', async () => {
  const garbage =
    '/playground?size=9999&in=zzz&kh=%F0%9F%92%A5&kw=-1&k=NaN,1&stride=1e9&pad=-&dil=abc&pos=-3&lang=xx&theme=%00&text=huge&embed=maybe&%%%=%';
  const { page, errors } = await openPage(env.browser, `${env.base}${garbage}`);
  await page.waitForSelector('.notice li');
  const notices = await page.$$eval('.notice li', (items) => items.map((li) => li.textContent));
  for (const key of ['size', 'stride', 'dil', 'pos', 'lang', 'theme']) {
    assert.ok(notices.some((n) => n.startsWith(`${key}=`)), `a notice for ${key}: ${notices.join(' | ')}`);
  }
  await page.waitForSelector('#input-canvas[data-taps]');
  assert.equal(await page.inputValue('#dilation'), '1');
  await shot(page, '03-garbage-url');
  await page.click('#step');
  await waitParam(page, 'pos', '1');
  assert.equal(param(page, 'size'), '12');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a kernel that does not fit explains itself and keeps the last valid picture', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/playground?size=8&in=edge`);
  await page.waitForSelector('#output-canvas[data-output]');
  await page.selectOption('#kernel-h', '7');
  await waitParam(page, 'kh', '7');
  await page.waitForFunction(() => document.querySelector('.output-view .dims').textContent === '2 x 6');
  const out = await attr(page, '#output-canvas', 'data-output');
  await page.focus('#dilation');
  await page.keyboard.press('ArrowRight');
  await waitParam(page, 'dil', '2');
  await page.waitForSelector('.error');
  assert.match(await page.textContent('.error'), /13.*larger than the padded input height 8/);
  assert.equal(await attr(page, '#output-canvas', 'data-output'), out, 'last valid output kept');
  await shot(page, '04-kernel-too-large');
  await page.keyboard.press('ArrowLeft');
  await waitParam(page, 'dil', '1');
  await page.waitForSelector('.error', { state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('painting a kernel cell and stepping update the output and the highlighted taps', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/playground?in=dot&size=9`);
  await page.waitForSelector('#output-canvas[data-output]');
  await page.click('[data-preset="identity"]');
  await waitParam(page, 'k', '0,0,0,0,1,0,0,0,0');
  await page.click('.kcell[data-row="0"][data-col="0"]');
  await waitParam(page, 'k', '1,0,0,0,1,0,0,0,0');
  // A painting stroke over three cells: the weights follow the pointer, and the address
  // is written once, at the release (one history entry for the stroke).
  const entries = await page.evaluate(() => history.length);
  const centre = async (row, col) => {
    const box = await page.locator(`.kcell[data-row="${row}"][data-col="${col}"]`).boundingBox();
    return [box.x + box.width / 2, box.y + box.height / 2];
  };
  await page.locator('.kgrid').scrollIntoViewIfNeeded();
  await page.mouse.move(...(await centre(2, 0)));
  await page.mouse.down();
  await page.mouse.move(...(await centre(2, 1)), { steps: 4 });
  await page.mouse.move(...(await centre(2, 2)), { steps: 4 });
  await page.waitForFunction(() => document.querySelector('.kcell[data-row="2"][data-col="2"]').textContent.trim() === '1');
  assert.equal(param(page, 'k'), '1,0,0,0,1,0,0,0,0', 'not written during the stroke');
  await page.mouse.up();
  await waitParam(page, 'k', '1,0,0,0,1,0,1,1,1');
  assert.equal(await page.evaluate(() => history.length), entries + 1);
  await page.click('[data-preset="identity"]');
  await page.click('.kcell[data-row="0"][data-col="0"]');
  await waitParam(page, 'k', '1,0,0,0,1,0,0,0,0');
  const kernel = [1, 0, 0, 0, 1, 0, 0, 0, 0];
  const out = parseOutput(await attr(page, '#output-canvas', 'data-output'));
  assert.deepEqual(out, naiveConv(dotImage(9), 9, kernel, 3, 3, {}).out);
  await page.click('#step');
  await waitParam(page, 'pos', '1');
  assert.equal(await attr(page, '#input-canvas', 'data-taps'), '0,1;0,2;0,3;1,1;1,2;1,3;2,1;2,2;2,3');
  await page.fill('#weight-value', '-2.5');
  await page.press('#weight-value', 'Enter');
  await waitParam(page, 'k', '-2.5,0,0,0,1,0,0,0,0');
  assert.match(await page.textContent('#written-sum'), /^y\[0,1\] = \(−2\.5\)·0 \+ /);
  await shot(page, '05-painted-kernel');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Korean, dark theme, large text and embed mode', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/playground?lang=ko&theme=dark&text=large`);
  await page.waitForSelector('#input-canvas[data-taps]');
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.match(await page.textContent('h1'), /합성곱/);
  await shot(page, '06-korean-dark-large');
  await page.selectOption('#lang', 'en');
  await waitParam(page, 'lang', null);
  assert.match(await page.textContent('h1'), /Convolution playground/);
  assert.equal(param(page, 'theme'), 'dark', 'switching language keeps the theme');

  const embed = await openPage(env.browser, `${env.base}/playground?embed=1&dil=3`, { width: 800, height: 700 });
  await embed.page.waitForSelector('#input-canvas[data-taps]');
  assert.equal(await embed.page.$('header.top'), null, 'no header in embed mode');
  assert.equal(await embed.page.$('nav.chapters'), null, 'no navigation in embed mode');
  await shot(embed.page, '07-embed');
  assert.deepEqual([...errors, ...embed.errors], []);
  await embed.page.close();
  await page.close();
});

test('copy embed code gives an iframe of the same state in embed mode', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/playground?dil=2`);
  await page.click('.copy-embed');
  await page.waitForSelector('.share-text');
  const code = await page.inputValue('.share-text');
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/playground\?[^"]*dil=2[^"]*embed=1" title="ConvAtlas: Convolution playground"/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('clicking an output cell and playing the animation move the current position', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/playground?size=8&in=checker`);
  await page.waitForSelector('#output-canvas[data-output]');
  // 8x8 input, 3x3 kernel: a 6x6 output. Click the centre of cell (row 2, col 3).
  const box = await page.locator('#output-canvas').boundingBox();
  await page.mouse.click(box.x + (3.5 * box.width) / 6, box.y + (2.5 * box.height) / 6);
  await waitParam(page, 'pos', String(2 * 6 + 3));
  assert.equal(await attr(page, '#input-canvas', 'data-taps'), '2,3;2,4;2,5;3,3;3,4;3,5;4,3;4,4;4,5');
  await page.click('#play');
  await page.waitForFunction(() => Number(new URL(location.href).searchParams.get('pos')) >= 17, null, { timeout: 10000 });
  await page.click('#play');
  assert.equal(await page.getAttribute('#play', 'aria-pressed'), 'false');
  await shot(page, '08-animation');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the written-out multiply-add wraps inside its panel on a phone and a projector, in both languages', async () => {
  for (const [lang, width] of [['en', 390], ['ko', 390], ['en', 1920], ['ko', 1280]]) {
    const url = `${env.base}/playground?lang=${lang}&kh=5&kw=5&size=16&text=large`;
    const { page, errors } = await openPage(env.browser, url, { width, height: 900 });
    await page.waitForSelector('#written-sum');
    const fits = await page.$eval('#written-sum', (code) => {
      const panel = code.closest('section') ?? code.parentElement;
      const box = code.getBoundingClientRect();
      const outer = panel.getBoundingClientRect();
      return box.right <= outer.right + 0.5 && code.scrollWidth <= code.clientWidth + 1;
    });
    assert.ok(fits, `${lang} at ${width}px: the sum runs past its panel`);
    if (width === 390) await shot(page, `pg-09-sum-${lang}-phone`);
    assert.deepEqual(errors, []);
  }
});
