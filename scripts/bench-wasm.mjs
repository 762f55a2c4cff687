// Times our conv2d compiled to wasm32 (simd128) in Node against the native times
// of `cargo bench --bench conv_native` on the same layers, and prints a table and
// `wasm vs native: R x slower (geomean over N shapes)`.
// Usage: [LABEL=name] node scripts/bench-wasm.mjs <kernels.wasm> <native.tsv>...
import { readFileSync } from "node:fs";
import { loadStubbed, timeMs } from "./bench-node.mjs";

const [wasmPath, ...nativePaths] = process.argv.slice(2);
const { layer_count, run } = await loadStubbed(wasmPath);
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
const pad = (s, n) => String(s).padStart(n);
console.log(`${"layer".padEnd(30)} ${pad("native ms", 10)} ${pad("wasm ms", 10)} ${pad("slower", 8)}`);
for (const l of native) {
  const sum = run(l.index, 1);
  if (Math.abs(sum - l.checksum) > 1e-3 * (1 + Math.abs(l.checksum))) {
    throw new Error(`${l.name}: wasm checksum ${sum} differs from native ${l.checksum}`);
  }
}
// Two rounds over all layers, the best time of each kept, as on the native side.
const wasmMs = native.map((l) => timeMs(run, l.index));
native.forEach((l, i) => (wasmMs[i] = Math.min(wasmMs[i], timeMs(run, l.index))));
const ratios = [];
native.forEach((l, i) => {
  const ms = wasmMs[i];
  ratios.push(ms / l.ms);
  console.log(`${l.name.padEnd(30)} ${pad(l.ms.toFixed(4), 10)} ${pad(ms.toFixed(4), 10)} ${pad((ms / l.ms).toFixed(2), 7)}x`);
});
const geomean = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
console.log(`${process.env.LABEL ?? "wasm"} vs native: ${geomean.toFixed(2)}x slower (geomean over ${ratios.length} shapes)`);
