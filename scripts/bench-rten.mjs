// Our conv2d against rten's, both compiled to wasm32 (simd128) in one module
// (scripts/bench-rten/), run in Node on the benchmark layers. Checks that the outputs
// agree, then prints a table and `wasm conv2d vs rten: R x (geomean over N shapes)`,
// where R above 1 means ours is faster.
// Usage: node scripts/bench-rten.mjs <convatlas_bench_rten.wasm>
import { loadStubbed, timeMs } from "./bench-node.mjs";

const TOLERANCE = 1e-3; // as natively (scripts/bench-rten/src/lib.rs)
const [wasmPath] = process.argv.slice(2);
const wasm = await loadStubbed(wasmPath);
const utf8 = (ptr, len) => new TextDecoder().decode(new Uint8Array(wasm.memory.buffer, ptr, len));
const name = (i) => utf8(wasm.layer_name_ptr(i), wasm.layer_name_len(i));

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
