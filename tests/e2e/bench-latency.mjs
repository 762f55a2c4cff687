// Latency benchmark (not a test): time from an input event to the finished redraw
// of every view, in headless Chromium on the release build (dist/).
// Events alternate between a slider change (dilation) and a painted kernel cell;
// each is timed from just before dispatch to when both canvases report drawing done
// (window.__convatlasDrawn, written at the end of each canvas redraw).
import { launch, openPage } from './browser.mjs';

const EVENTS = Number(process.env.EVENTS ?? 200);
const env = await launch();
try {
  // The heaviest playground state: a 32 x 32 input and a 7 x 7 kernel.
  const { page, errors } = await openPage(env.browser, `${env.base}/playground?size=32&kh=7&kw=7&pad=3`);
  await page.waitForSelector('#output-canvas[data-output]');
  const samples = { slider: [], kernel: [] };
  for (let i = 0; i < EVENTS; i++) {
    const kind = i % 2 === 0 ? 'slider' : 'kernel';
    const ms = await page.evaluate(async (kind) => {
      const drawn = () => window.__convatlasDrawn ?? {};
      const t0 = performance.now();
      if (kind === 'slider') {
        const el = document.querySelector('#dilation');
        el.value = el.value === '1' ? '2' : '1';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        const cell = document.querySelector('.kcell[data-row="3"][data-col="3"]');
        const shift = Number(cell.textContent) > 50; // keep the weight in range
        cell.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, shiftKey: shift, pointerId: 1 }));
        window.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 1 }));
      }
      const channel = new MessageChannel();
      await new Promise((resolve) => {
        const check = () => {
          const d = drawn();
          if (d.input >= t0 && d.output >= t0) resolve();
          else channel.port2.postMessage(0);
        };
        channel.port1.onmessage = check;
        check();
      });
      const d = drawn();
      return Math.max(d.input, d.output) - t0;
    }, kind);
    samples[kind].push(ms);
  }
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  const pct = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  };
  const row = (name, xs) =>
    console.log(`${name.padEnd(16)} n=${String(xs.length).padEnd(4)} p50 ${pct(xs, 50).toFixed(2)} ms   p95 ${pct(xs, 95).toFixed(2)} ms   max ${Math.max(...xs).toFixed(2)} ms`);
  row('slider change', samples.slider);
  row('kernel painted', samples.kernel);
  const all = [...samples.slider, ...samples.kernel];
  row('all events', all);
  console.log(`input to redraw: p50 ${pct(all, 50).toFixed(2)} ms, p95 ${pct(all, 95).toFixed(2)} ms over ${all.length} events (target p95 < 16 ms)`);
} finally {
  await env.close();
}
