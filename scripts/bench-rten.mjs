// Our conv2d against rten's, both compiled to wasm32 (simd128) in one module
// (scripts/bench-rten/), run in Node on the benchmark layers. Checks that the outputs
// agree, then prints a table and `wasm conv2d vs rten: R x (geomean over N shapes)`,
// where R above 1 means ours is faster.
// Usage: node scripts/bench-rten.mjs <convatlas_bench_rten.wasm>
import { readFileSync } from "node:fs";

const TOLERANCE = 1e-3; // as natively (scripts/bench-rten/src/lib.rs)
const [wasmPath] = process.argv.slice(2);
// The module links the app's and rten's wasm-bindgen glue too; the benchmark never
// calls it, so every import is a stub that throws if it ever is called.
const module = await WebAssembly.compile(readFileSync(wasmPath));
const imports = {};
for (const { module: m, name, kind } of WebAssembly.Module.imports(module)) {
  if (kind !== "function") throw new Error(`unexpected ${kind} import ${m}.${name}`);
  (imports[m] ??= {})[name] = () => {
    throw new Error(`${m}.${name} called from the benchmark`);
  };
}
const { exports: wasm } = await WebAssembly.instantiate(module, imports);
const utf8 = (ptr, len) => new TextDecoder().decode(new Uint8Array(wasm.memory.buffer, ptr, len));
const name = (i) => utf8(wasm.layer_name_ptr(i), wasm.layer_name_len(i));

// Same method as benches/common and the native side: warm up, double the batch until
// it takes 20 ms, then the best of five batches, on the process's CPU time (user +
// system; Node runs the module on its one main thread).
const now = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function timeMs(run, i) {
  if (Number.isNaN(run(i, 1))) throw new Error(`layer ${i} failed in wasm`);
  let iters = 1;
  for (;;) {
    const t = now();
    run(i, iters);
    if (now() - t >= 20 || iters >= 1 << 20) break;
    iters *= 2;
  }
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t = now();
    run(i, iters);
    best = Math.min(best, (now() - t) / iters);
  }
  return best;
}

const n = wasm.layer_count();
for (let i = 0; i < n; i++) {
  const err = wasm.check(i);
  if (!(err <= TOLERANCE)) {
    throw new Error(`${name(i)}: ours and rten differ by ${err} in wasm (tolerance ${TOLERANCE})`);
  }
}
// Two rounds over all layers, ours and rten in turn, the best time of each kept.
const ours = new Array(n).fill(Infinity);
const rten = new Array(n).fill(Infinity);
for (let round = 0; round < 2; round++) {
  for (let i = 0; i < n; i++) {
    ours[i] = Math.min(ours[i], timeMs(wasm.run_ours, i));
    rten[i] = Math.min(rten[i], timeMs(wasm.run_rten, i));
  }
}

const pad = (s, w) => String(s).padStart(w);
console.log(`rten with GEMM kernel ${utf8(wasm.rten_kernel_ptr(), wasm.rten_kernel_len())}, single-threaded (a wasm32 build without threads)`);
console.log(
  `${"layer (wasm32 simd128)".padEnd(30)} ${pad("MMACs", 8)} ${pad("ours ms", 9)} ${pad("rten ms", 9)} ` +
    `${pad("speedup", 8)} ${pad("ours GF/s", 9)} ${pad("rten GF/s", 9)}`,
);
const ratios = [];
for (let i = 0; i < n; i++) {
  const flop = 2 * wasm.layer_macs(i);
  const gflops = (ms) => (flop / (ms * 1e-3) / 1e9).toFixed(1);
  const ratio = rten[i] / ours[i];
  ratios.push(ratio);
  console.log(
    `${name(i).padEnd(30)} ${pad((flop / 2e6).toFixed(2), 8)} ${pad(ours[i].toFixed(4), 9)} ` +
      `${pad(rten[i].toFixed(4), 9)} ${pad(ratio.toFixed(2), 7)}x ${pad(gflops(ours[i]), 9)} ${pad(gflops(rten[i]), 9)}`,
  );
}
const geomean = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
console.log(`wasm conv2d vs rten: ${geomean.toFixed(2)}x (geomean over ${ratios.length} shapes)`);
