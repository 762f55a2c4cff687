// Times our conv2d compiled to wasm32 (simd128) in Node against the native times
// of `cargo bench --bench conv_native` on the same layers, and prints a table and
// `wasm vs native: R x slower (geomean over N shapes)`.
// Usage: node scripts/bench-wasm.mjs <kernels.wasm> <native.tsv>...
import { readFileSync } from "node:fs";

const [wasmPath, ...nativePaths] = process.argv.slice(2);
// The crate links the app's wasm-bindgen glue too; the kernels never call it, so
// every import is a stub that throws if it ever is called.
const module = await WebAssembly.compile(readFileSync(wasmPath));
const imports = {};
for (const { module: m, name, kind } of WebAssembly.Module.imports(module)) {
  if (kind !== "function") throw new Error(`unexpected ${kind} import ${m}.${name}`);
  (imports[m] ??= {})[name] = () => {
    throw new Error(`${m}.${name} called from the benchmark`);
  };
}
const instance = await WebAssembly.instantiate(module, imports);
const { layer_count, run } = instance.exports;
// One or more native runs; the best time of each layer is kept.
const runs = nativePaths.map((path) =>
  readFileSync(path, "utf8").trim().split("\n").map((line) => {
    const [index, name, ms, checksum] = line.split("\t");
    return { index: Number(index), name, ms: Number(ms), checksum: Number(checksum) };
  }),
);
const native = runs[0].map((l, i) => ({ ...l, ms: Math.min(...runs.map((r) => r[i].ms)) }));
if (native.length !== layer_count()) {
  throw new Error(`native run has ${native.length} layers, wasm ${layer_count()}`);
}

// Same method as benches/common: warm up, double the batch until it takes 20 ms,
// then the best of five batches, on the process's CPU time (user + system), as the
// native side uses its thread's CPU time: both ignore time spent waiting for a core.
const now = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function timeMs(i) {
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

const pad = (s, n) => String(s).padStart(n);
console.log(`${"layer".padEnd(30)} ${pad("native ms", 10)} ${pad("wasm ms", 10)} ${pad("slower", 8)}`);
for (const l of native) {
  const sum = run(l.index, 1);
  if (Math.abs(sum - l.checksum) > 1e-3 * (1 + Math.abs(l.checksum))) {
    throw new Error(`${l.name}: wasm checksum ${sum} differs from native ${l.checksum}`);
  }
}
// Two rounds over all layers, the best time of each kept, as on the native side.
const wasmMs = native.map((l) => timeMs(l.index));
native.forEach((l, i) => (wasmMs[i] = Math.min(wasmMs[i], timeMs(l.index))));
const ratios = [];
native.forEach((l, i) => {
  const ms = wasmMs[i];
  ratios.push(ms / l.ms);
  console.log(`${l.name.padEnd(30)} ${pad(l.ms.toFixed(4), 10)} ${pad(ms.toFixed(4), 10)} ${pad((ms / l.ms).toFixed(2), 7)}x`);
});
const geomean = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
console.log(`wasm vs native: ${geomean.toFixed(2)}x slower (geomean over ${ratios.length} shapes)`);
