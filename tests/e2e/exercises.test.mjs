// "Check yourself": each chapter ends with questions; a prediction is judged on reveal,
// the answer is the one the chapter's formula gives (written out here), and the version
// in the address changes the numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, shot, param, waitParam } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

/// The numbers in a text, in order ("3×3, 256 → 256, g = 32" → [3, 3, 256, 256, 32]).
const numbers = (text) => (text.replace(/(\d),(\d)/g, '$1$2').match(/\d+(\.\d+)?/g) ?? []).map(Number);

test('the group chapter asks for the parameters of a grouped layer and judges the prediction', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/group`);
  await page.waitForSelector('.exercise');
  const prompt = await page.textContent('.exercise:first-child p');
  // Version 0 is the example: a 3×3, 256 → 256 convolution in 32 groups.
  const [k1, k2, cin, cout, g] = numbers(prompt);
  const params = k1 * k2 * (cin / g) * cout;
  await page.fill('#ex-guess-0', String(params + 1));
  await page.click('.exercise:first-child .reveal');
  const wrong = await page.textContent('.exercise:first-child .answer');
  assert.match(wrong, /Not quite/);
  assert.ok(numbers(wrong).includes(params), `${wrong} states ${params}`);
  await page.fill('#ex-guess-0', params.toLocaleString('en-US'));
  assert.match(await page.textContent('.exercise:first-child .answer'), /^Right/);
  await shot(page, 'exercises-01-group');
  // Another version: other numbers, in the address.
  await page.click('#ex-next');
  await waitParam(page, 'ex', '1');
  await page.waitForFunction((p) => document.querySelector('.exercise:first-child p').textContent !== p, prompt);
  assert.deepEqual(errors, []);
});

test('every chapter ends with two or three questions, in Korean too', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/?lang=ko`);
  const routes = ['/expensive', '/playground', '/dilation', '/factorization', '/pointwise', '/group', '/depthwise', '/separable', '/xception', '/squeezenet', '/mobilenet', '/shufflenet'];
  for (const route of routes) {
    await page.goto(`${env.base}${route}?lang=ko&ex=7`);
    await page.waitForSelector('.exercise');
    const count = await page.$$eval('.exercise', (l) => l.length);
    assert.ok(count >= 2 && count <= 3, `${route}: ${count}`);
    assert.match(await page.textContent('#ex-title'), /스스로/);
    assert.match(await page.textContent('.exercise p'), /[가-힣]/, route);
    await page.click('.exercise .reveal');
    assert.match(await page.textContent('.exercise .answer'), /답은/, route);
  }
  // A bad version is named and replaced.
  await page.goto(`${env.base}/group?ex=banana`);
  await page.waitForSelector('.exercises .notice');
  assert.equal(param(page, 'ex'), 'banana');
  assert.deepEqual(errors, []);
});
