// Training benchmark (not a test): trains the lab's default network in headless
// Chromium's Web Worker and prints, per epoch, the time since "Train" was pressed and the
// test accuracy, then the time to 95% and whether each epoch's accuracy equals the native
// run's (scripts/bench-train.sh passes its output). It does so with both worker builds, the
// relaxed-SIMD one Chromium gets and the plain one other browsers get, alternating, and
// prints their ratio. Usage: node bench-train.mjs EPOCHS [NATIVE]
import { readFileSync } from 'node:fs';
import { launch, openPage } from './browser.mjs';

const epochs = Number(process.argv[2] ?? 3);
const native = process.argv[3]
  ? [...readFileSync(process.argv[3], 'utf8').matchAll(/test accuracy ([\d.]+)%/g)].map((m) => Number(m[1]))
  : [];
const env = await launch();

/// Trains in a fresh page; `relaxed: false` makes the page see a browser without relaxed
/// SIMD, so it starts the plain worker. Returns each epoch's time since "Train" and accuracy.
async function train(relaxed) {
  const page = await env.browser.newPage();
  if (!relaxed) await page.addInitScript(() => { WebAssembly.validate = () => false; });
  await page.goto(`${env.base}/lab?m=tiny_plain&ep=${epochs}&seed=1`);
  await page.waitForSelector('#lab-facts');
  const simd = await page.getAttribute('.lab-train', 'data-simd');
  const rows = await page.evaluate(
    (epochs) =>
      new Promise((resolve) => {
        const out = [];
        const text = document.querySelector('#lab-progress-text');
        const accuracy = document.querySelector('#lab-progress-accuracy');
        const start = performance.now();
        new MutationObserver(() => {
          const m = /(\d+)\/(\d+)/.exec(text.textContent);
          const a = /([\d.]+)%/.exec(accuracy.textContent);
          if (m && a && Number(m[1]) === out.length + 1) {
            out.push({ epoch: Number(m[1]), seconds: (performance.now() - start) / 1000, accuracy: Number(a[1]) });
            if (out.length === epochs) resolve(out);
          }
        }).observe(document.querySelector('.lab-train'), { subtree: true, childList: true, characterData: true });
        document.querySelector('#lab-train').click();
      }),
    epochs,
  );
  await page.close();
  return { simd, rows };
}

try {
  // Both worker builds side by side, alternating, two rounds each.
  const total = { relaxed: [], simd128: [] };
  for (const relaxed of [false, true, false, true]) {
    const { simd, rows } = await train(relaxed);
    console.log(`== worker: ${simd}`);
    for (const r of rows) {
      const same = native[r.epoch - 1] === undefined ? '' : r.accuracy === native[r.epoch - 1] ? ' (native: same)' : ` (native: ${native[r.epoch - 1]}%)`;
      console.log(`epoch ${r.epoch}: ${r.seconds.toFixed(2)} s, test accuracy ${r.accuracy.toFixed(2)}%${same}`);
    }
    const hit = rows.find((r) => r.accuracy >= 95);
    console.log(hit ? `browser (${simd}): tiny_plain reached ${hit.accuracy.toFixed(2)}% test accuracy in ${hit.seconds.toFixed(2)} s (epoch ${hit.epoch})` : `browser (${simd}): 95% not reached`);
    total[simd].push(rows[rows.length - 1].seconds);
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`relaxed SIMD worker vs plain: ${(mean(total.simd128) / mean(total.relaxed)).toFixed(2)}x faster (${epochs} epochs, mean of two runs each: ${mean(total.relaxed).toFixed(2)} s against ${mean(total.simd128).toFixed(2)} s)`);
} finally {
  await env.close();
}
