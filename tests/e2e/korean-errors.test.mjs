// The Korean interface speaks Korean when something is wrong: every chapter opened with
// values it refuses, or combinations its core refuses, shows its notices and errors with
// no English sentence in them (identifiers such as model, layer and key names may stay).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openTab } from './browser.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => env?.close());

const HOSTILE = [
  '/playground?kh=99&kw=0&dil=abc&pad=-1&stride=9&size=4096&pos=99999&k=zzz&in=zzz',
  '/playground?kh=7&kw=7&dil=4&pad=0&size=8',
  '/expensive?d=0&w=99999&hw=1&pool=maybe',
  '/expensive?d=64&w=4096&hw=1024',
  '/dilation?layers=k3s2,k3s2,k3s2,k3s2,k3s2,k3s2,k3s2,k3s2&n=16',
  '/dilation?layers=k7d50&n=64',
  '/dilation?layers=bogus!!&n=1&sel=99&ux=999&uy=999&seed=-4',
  '/factorization?k=zzz&c=0&hw=99999',
  '/pointwise?cin=4096&cout=4096&oh=1024&ow=1024',
  '/group?cin=3&cout=5&g=2',
  '/group?cin=64&cout=64&g=64&ms=64&seed=zz&wp=zz&ko=999',
  '/depthwise?cin=0&ms=1',
  '/separable?pw=99999&kh=99',
  '/xception?sl=99&sg=99&sn=99&tr=9999',
  '/squeezenet?cin=4096&s=1&hw=512&fire=99',
  '/squeezenet?s=0&bypass=zz',
  '/mobilenet?alpha=0.1&res=32&df=1&k=7&m=4096&n=4096',
  '/shufflenet?uc=4096&ug=8&uh=512&um=4096&ustride=3',
  '/lab?m=zzz&ep=99999&i=-1&seed=x',
  '/atlas?model=zzz&chart=pie',
  '/atlas?model=mobilenet_v1&alpha=0.001&res=7',
  '/blocks?model=mobilenet_v1&res=8',
  '/blocks?model=resnext50_32x4d&block=zzz',
  '/glossary?ex=99999999',
  '/group?ex=-5',
];

/// Three or more plain words in a row: a sentence, not an identifier list.
const ENGLISH = /\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b/;

test('refused values and combinations are explained in Korean', async () => {
  const english = [];
  const { page, errors } = await openTab(env.browser);
  for (const url of HOSTILE) {
    await page.goto(`${env.base}${url}&lang=ko`);
    await page.waitForSelector('#main h1');
    await page.waitForTimeout(500);
    const texts = await page.$$eval('.error, [role=alert], .notice, .url-notice, #too-many', (els) =>
      els.map((e) => e.textContent.trim()).filter(Boolean));
    for (const t of texts) {
      const m = t.match(ENGLISH);
      if (m) english.push(`${url}: "${m[0]}" in ${t.slice(0, 160)}`);
    }
    assert.deepEqual(errors, [], url);
  }
  assert.deepEqual(english, []);
});
