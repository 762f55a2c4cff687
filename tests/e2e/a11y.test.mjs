// Accessibility: axe-core (npm) on every chapter, in English on the light theme and in
// Korean on the dark one, reports no serious or critical violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, openPage } from './browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

/// The serious and critical violations on the page, one line each with where they are.
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help}; at ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

for (const [lang, theme] of [['en', 'light'], ['ko', 'dark']]) {
  test(`every chapter passes axe (${lang}, ${theme})`, async () => {
    const { page, errors } = await openPage(env.browser, `${env.base}/?lang=${lang}&theme=${theme}`);
    const routes = ['/', ...(await page.$$eval('nav a', (as) => as.map((a) => new URL(a.href).pathname)))];
    const found = [];
    for (const path of [...new Set(routes)]) {
      await page.goto(`${env.base}${path}?lang=${lang}&theme=${theme}`);
      await page.waitForSelector('#main h1');
      // Charts and maps draw after the first frame; let them settle.
      await page.waitForTimeout(300);
      for (const v of await violations(page)) found.push(`${path}: ${v}`);
      // Every figure on screen states its numbers.
      const figures = () => [...document.querySelectorAll('canvas[role=img]')]
        .filter((c) => c.offsetParent !== null)
        .filter((c) => !/\d/.test(c.getAttribute('aria-description') ?? ''))
        .map((c) => c.id || c.className);
      let mute = await page.evaluate(figures);
      for (let tries = 0; mute.length > 0 && tries < 50; tries++) {
        await page.waitForTimeout(200);
        mute = await page.evaluate(figures);
      }
      for (const id of mute) found.push(`${path}: canvas ${id} has no text alternative with numbers`);
    }
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
  });
}
