import { launch, openPage } from './browser.mjs';
const env = await launch();
const urls = [
  '/blocks?model=mobilenet_v1&res=8', '/blocks?model=mobilenet_v1&res=4000', '/blocks?model=resnext50_32x4d&block=zzz',
  '/group?cin=4096&cout=4096&g=1&kh=7&kw=7&oh=512&ow=512', '/group?cin=3&cout=5&g=2', '/group?cin=64&cout=64&ms=64',
  '/mobilenet?alpha=0.1&res=32', '/mobilenet?df=1&k=7&m=4096&n=4096',
  '/squeezenet?cin=4096&s=1&hw=512', '/squeezenet?s=0', '/shufflenet?uc=4096&ug=8&uh=512&um=4096',
  '/expensive?d=64&w=4096&hw=1024', '/expensive?d=0', '/dilation?layers=k99d99,k99d99,k99d99&n=256',
  '/dilation?layers=k3s2,k3s2,k3s2,k3s2,k3s2,k3s2,k3s2,k3s2,k3s2&n=16', '/dilation?layers=k7d50&n=64',
  '/atlas?model=mobilenet_v1&alpha=0.001', '/atlas?model=zzz', '/pointwise?cin=4096&cout=4096&oh=1024&ow=1024',
];
for (const u of urls) {
  const { page } = await openPage(env.browser, `${env.base}${u}${u.includes('?') ? '&' : '?'}lang=ko`);
  await page.waitForTimeout(600);
  const texts = await page.$$eval('.error, [role=alert], .notice, .note.error, .warning', (els) => els.map((e) => e.textContent.trim()).filter(Boolean));
  const english = texts.filter((t) => (t.match(/[A-Za-z]{4,}/g) ?? []).length >= 3);
  if (english.length) console.log(u, '\n   ', english.join('\n    '));
  await page.close();
}
await env.close();
