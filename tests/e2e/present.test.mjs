// Presentation mode: the settings' button starts it; one step per screen with no header or
// navigation, large type on the high-contrast theme; PageDown / PageUp (a clicker), the
// arrows, Home and End move between steps, arrows stay with a focused control, and "Exit"
// returns to the normal page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openPage, param, SHOTS } from './browser.mjs';

/// What the audience sees: the screen, not the whole page.
const screen = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

/// The step the bar shows, and the number of steps.
const counter = async (page) => (await page.textContent('#present-bar output')).split(' / ').map(Number);

/// Waits until the bar shows step `n`, and checks that step is at the top of the screen.
async function atStep(page, n) {
  await page.waitForFunction((n) => document.querySelector('#present-bar output')?.textContent.startsWith(`${n} /`), n);
  const top = await page.evaluate((n) => {
    const steps = [...document.querySelectorAll('#main article > *')].filter((el) => el.offsetHeight > 0);
    return steps[n - 1].getBoundingClientRect().top;
  }, n);
  assert.ok(Math.abs(top) < 45, `step ${n} is at the top (${top})`);
}

test('the button starts presentation mode; keys and the bar move between steps', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/group?cin=8&cout=8&g=2`, { width: 1280, height: 720 });
  await page.click('#present');
  await page.waitForSelector('#present-bar');
  assert.equal(param(page, 'present'), '1');
  assert.equal(param(page, 'g'), '2', 'the chapter keeps its state');
  assert.equal(await page.isVisible('header.top'), false);
  assert.equal(await page.isVisible('nav.chapters'), false);
  const root = await page.evaluate(() => ({ ...document.documentElement.dataset }));
  assert.equal(root.text, 'large');
  assert.equal(root.theme, 'dark');
  const [first, total] = await counter(page);
  assert.equal(first, 1);
  assert.ok(total >= 5, `${total} steps`);
  // Each step fills the screen but for the bar's strip (5rem): the next one starts below it.
  const { heights, least } = await page.evaluate(() => ({
    heights: [...document.querySelectorAll('#main article > *')].filter((e) => e.offsetHeight > 0).map((e) => e.getBoundingClientRect().height),
    least: innerHeight - 5 * parseFloat(getComputedStyle(document.documentElement).fontSize) - 1,
  }));
  assert.ok(heights.every((h) => h >= least), `${heights.join(' ')} against ${least}`);
  await page.keyboard.press('PageDown');
  await atStep(page, 2);
  await page.keyboard.press('ArrowRight');
  await atStep(page, 3);
  await page.keyboard.press('PageUp');
  await atStep(page, 2);
  await page.keyboard.press('End');
  await atStep(page, total);
  await page.keyboard.press('Home');
  await atStep(page, 1);
  await page.click('#present-bar button[aria-label="Next step"]');
  await atStep(page, 2);
  await screen(page, 'present-01-group-step-2');
  // With a control focused the arrows are the control's; a clicker's PageDown still moves.
  await page.focus('#main input[type=number]');
  await page.waitForTimeout(200); // focusing scrolls the control into view
  const before = await counter(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(200);
  assert.deepEqual(await counter(page), before);
  await page.keyboard.press('PageDown');
  await page.waitForFunction((n) => !document.querySelector('#present-bar output').textContent.startsWith(`${n} /`), before[0]);
  // Exit: back to the normal page, same state.
  await page.click('#present-bar button:last-child');
  await page.waitForSelector('header.top');
  assert.equal(param(page, 'present'), null);
  assert.equal(param(page, 'g'), '2');
  assert.equal(await page.$('#present-bar'), null);
  assert.deepEqual(errors, []);
});

test('presentation mode in Korean, from the address', async () => {
  const { page, errors } = await openPage(env.browser, `${env.base}/mobilenet?lang=ko&present=1`, { width: 1920, height: 1080 });
  await page.waitForSelector('#present-bar');
  assert.equal(await page.getAttribute('#present-bar', 'aria-label'), '발표 모드');
  await page.keyboard.press('PageDown');
  await atStep(page, 2);
  await screen(page, 'present-02-mobilenet-ko');
  assert.deepEqual(errors, []);
});

test('panels, figures and charts share one background and text colour per theme; presentation mode turns panels black', async () => {
  // The colour a computed style or a canvas pixel comes to, as "r,g,b".
  const css = (page, sel, prop) => page.$eval(sel, (el, prop) => getComputedStyle(el)[prop].match(/\d+/g).slice(0, 3).join(','), prop);
  const pixel = (page, sel) => page.$eval(sel, (c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data.slice(0, 3)].join(','));
  for (const [theme, panel, text] of [['light', '255,255,255', '17,24,39'], ['dark', '16,21,28', '243,244,246']]) {
    const { page, errors } = await openPage(env.browser, `${env.base}/group?theme=${theme}`);
    await page.waitForFunction(() => window.__convatlasDrawn?.['cost-chart'] > 0 && window.__convatlasDrawn?.connections > 0);
    assert.equal(await css(page, '.panel', 'backgroundColor'), panel, theme);
    assert.equal(await css(page, '.panel', 'color'), text, theme);
    assert.equal(await pixel(page, '#connections'), panel, `${theme}: the hand-drawn figure`);
    assert.equal(await pixel(page, '#cost-chart'), panel, `${theme}: the chart`);
    await page.goto(`${env.base}/group?theme=${theme}&present=1`);
    await page.waitForSelector('#present-bar');
    assert.equal(await css(page, '.panel', 'backgroundColor'), '0,0,0', `${theme}, presenting`);
    assert.equal(await css(page, '.panel', 'color'), '255,255,255', `${theme}, presenting`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});
