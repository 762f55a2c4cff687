// What the Node benchmarks (bench-wasm.mjs, bench-rten.mjs) share: loading a benchmark
// wasm module whose wasm-bindgen imports are never called, and the timing method.
import { readFileSync } from "node:fs";

/// The exports of the wasm module at `path`. The benchmark crates link the app's (and
/// rten's) wasm-bindgen glue too; the kernels never call it, so every import is a stub
/// that throws if it ever is called.
export async function loadStubbed(path) {
  const module = await WebAssembly.compile(readFileSync(path));
  const imports = {};
  for (const { module: m, name, kind } of WebAssembly.Module.imports(module)) {
    if (kind !== "function") throw new Error(`unexpected ${kind} import ${m}.${name}`);
    (imports[m] ??= {})[name] = () => {
      throw new Error(`${m}.${name} called from the benchmark`);
    };
  }
  return (await WebAssembly.instantiate(module, imports)).exports;
}

// The process's CPU time in ms (user + system; Node runs the module on its one main
// thread), as the native side uses its thread's CPU time: both ignore time spent
// waiting for a core.
const now = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/// Milliseconds per call of `run(i, iters)` for layer `i`, as benches/common times the
/// native side: warm up, double the batch until it takes 20 ms, then the best of five.
export function timeMs(run, i) {
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
