// Latency benchmark (not a test): time from an input event to the finished redraw
// of every view it changes that is in sight, in headless Chromium on the release build
// (dist/). Each widget's control is scrolled to the middle of the window first, as a
// reader using it would have it. Each event is timed from just before dispatch to when
// every affected canvas within a screen of the window (the app's rule for redrawing a
// view: `use_in_sight`) reports drawing done (window.__convatlasDrawn, written at the
// end of each canvas redraw); views further away redraw when they come near.
import { launch, openPage } from './browser.mjs';

const EVENTS = Number(process.env.EVENTS ?? 200);

/// Runs `events` in the page, alternating kinds; returns the times per kind.
async function measure(page, kinds, count) {
  const samples = Object.fromEntries(kinds.map((k) => [k, []]));
  const seen = {};
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length];
    const ms = await page.evaluate(async ([kind, i]) => {
      const drawn = () => window.__convatlasDrawn ?? {};
      const slide = (sel, a, b) => {
        const el = document.querySelector(sel);
        el.value = el.value === a ? b : a;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      };
      // Within a screen's height of the window, as the app's observer's margin.
      const near = (id) => {
        const r = document.getElementById(id)?.getBoundingClientRect();
        return r !== undefined && r.bottom > -innerHeight && r.top < 2 * innerHeight;
      };
      const t0 = performance.now();
      let views;
      if (kind === 'dilation slider') {
        slide('#dilation', '1', '2');
        views = ['input', 'output'];
      } else if (kind === 'kernel painted') {
        const cell = document.querySelector('.kcell[data-row="3"][data-col="3"]');
        const shift = Number(cell.textContent) > 50; // keep the weight in range
        cell.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, shiftKey: shift, pointerId: 1 }));
        window.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 1 }));
        views = ['input', 'output'];
      } else if (kind === 'groups slider') {
        // Common divisors of 64 and 64: position 0 is g = 1, position 2 is g = 4.
        slide('#groups', '0', '2');
        views = ['connections', 'weights', 'cost-chart', 'maps-input', 'maps-middle'];
      } else if (kind === 'channel hover') {
        const el = document.querySelector('#connections');
        const r = el.getBoundingClientRect();
        const x = r.left + 30 + ((i * 37) % Math.max(1, r.width - 60));
        el.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: r.top + 34, pointerId: 1 }));
        views = ['connections'];
      } else if (kind === 'layer picked') {
        // The explorer: select another layer of the 8-layer stack (path map, ERF and table redraw).
        const radios = document.querySelectorAll('#rf-table input[type="radio"]');
        radios[i % radios.length].click();
        views = ['path-map', 'erf-map', 'unit-sees'];
      } else if (kind === 'unit picked') {
        const el = document.querySelector('#path-map');
        const r = el.getBoundingClientRect();
        // Left and right of centre in turn, so every click picks a different unit.
        const fx = (i >> 1) % 2 === 0 ? 0.35 : 0.65;
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: r.left + fx * r.width, clientY: r.top + r.height / 2 }));
        views = ['path-map', 'erf-map', 'unit-sees'];
      } else if (kind === 'shuffle toggle') {
        document.querySelector('#shuffle-on').click();
        views = ['shuffle'];
      } else if (kind === 'knock-out') {
        // Knock input channel 5 out and back in: the core runs twice (with and without it).
        const el = document.querySelector('#knock');
        el.value = el.value === '5' ? '' : '5';
        el.dispatchEvent(new Event('change', { bubbles: true }));
        views = ['maps-input', 'maps-middle'];
      }
      // The views that skip their redraws out of sight (the channel widget's), by canvas id.
      const ids = { connections: 'connections', weights: 'weight-blocks', 'cost-chart': 'cost-chart', 'maps-input': 'maps-input', 'maps-middle': 'maps-middle' };
      views = views.filter((v) => !(v in ids) || near(ids[v]));
      if (views.length === 0) throw new Error(`${kind}: no view it changes is in sight`);
      const channel = new MessageChannel();
      await new Promise((resolve, reject) => {
        const check = () => {
          const d = drawn();
          if (views.every((v) => d[v] >= t0)) resolve();
          else if (performance.now() - t0 > 5000) reject(new Error(`${kind}: no redraw of ${views} within 5 s`));
          else channel.port2.postMessage(0);
        };
        channel.port1.onmessage = check;
        check();
      });
      const d = drawn();
      return [Math.max(...views.map((v) => d[v])) - t0, views.join(', ')];
    }, [kind, i]);
    samples[kind].push(ms[0]);
    seen[kind] = ms[1];
  }
  for (const k of kinds) console.log(`${k}: views in sight ${seen[k]}`);
  return samples;
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const row = (name, xs) =>
  console.log(`${name.padEnd(16)} n=${String(xs.length).padEnd(4)} p50 ${pct(xs, 50).toFixed(2)} ms   p95 ${pct(xs, 95).toFixed(2)} ms   max ${Math.max(...xs).toFixed(2)} ms`);

// DIST=path benchmarks another build (for side-by-side comparisons).
const env = await launch(process.env.DIST ? { root: process.env.DIST } : {});
try {
  // The heaviest channel state: 64 -> 64 channels drawn, 16 x 16 maps, three shuffled layers of 8 x 8 channels.
  const channels = process.env.CH_URL ?? '/group?cin=64&cout=64&g=1&kh=3&kw=3&ms=16&sl=3&sg=8&sn=8&shuf=1';
  // [name, page, ready when, the control scrolled to the middle of the window, events]
  const widgets = [
    // The heaviest playground state: a 32 x 32 input and a 7 x 7 kernel.
    ['playground', '/playground?size=32&kh=7&kw=7&pad=3', '#output-canvas[data-output]', '#dilation', ['dilation slider', 'kernel painted']],
    ['channels', channels, '#maps-middle', '#groups', ['groups slider', 'channel hover']],
    ['shuffle', channels, '#maps-middle', '#shuffle-on', ['shuffle toggle']],
    ['feature maps', channels, '#maps-middle', '#knock', ['knock-out']],
    // The receptive-field explorer: an 8-layer stack on a 64 x 64 input field.
    ['explorer', '/dilation?layers=k3p1,k3d2p2,k3d4p4,k3p1,k3d2p2,k3d4p4,k3p1,k3p1&n=64', '#erf-status', '#path-map', ['layer picked', 'unit picked']],
  ];
  for (const [name, url, ready, control, kinds] of widgets) {
    const { page, errors } = await openPage(env.browser, `${env.base}${url}`);
    await page.waitForSelector(ready);
    await page.$eval(control, (el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(300);
    const samples = await measure(page, kinds, EVENTS);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    console.log(`== ${name}`);
    for (const k of kinds) row(k, samples[k]);
    const all = kinds.flatMap((k) => samples[k]);
    row('all events', all);
    console.log(`${name} input to redraw: p50 ${pct(all, 50).toFixed(2)} ms, p95 ${pct(all, 95).toFixed(2)} ms over ${all.length} events (target p95 < 8 ms)`);
    await page.close();
  }
} finally {
  await env.close();
}
