// Our conv2d compiled to wasm32, timed in Node, against the native build on the same
// layers, the sides taking turns: for each round and each layer, the native bench (a
// child process in `--serve` mode) times the layer, then each wasm build does. Each
// side keeps its best time per layer. This machine's speed drifts by a third from one
// ten seconds to the next, so timing one side long after the other would measure the
// drift as much as the code.
// Usage: node scripts/bench-wasm.mjs <conv_native binary> <rounds> <label>=<kernels.wasm>...
// Prints, per wasm build, a table and `<label> vs native: R x slower (geomean over N shapes)`.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { loadStubbed, timeMs } from "./bench-node.mjs";

const [nativePath, roundsArg, ...builds] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!nativePath || !(rounds >= 1) || builds.length === 0 || builds.some((b) => !b.includes("="))) {
  throw new Error("usage: bench-wasm.mjs <conv_native binary> <rounds> <label>=<kernels.wasm>...");
}
const wasm = [];
for (const build of builds) {
  const at = build.indexOf("=");
  wasm.push({ label: build.slice(0, at), ...(await loadStubbed(build.slice(at + 1))) });
}

// The native side: one line asked for, one line answered.
const child = spawn(nativePath, ["--serve"], { stdio: ["pipe", "pipe", "inherit"] });
const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
async function native(i) {
  child.stdin.write(`${i}\n`);
  const { value, done } = await answers.next();
  if (done) throw new Error("the native bench stopped");
  const [index, name, ms, checksum] = value.split("\t");
  if (Number(index) !== i) throw new Error(`native bench: ${value}`);
  return { name, ms: Number(ms), checksum: Number(checksum) };
}

const count = wasm[0].layer_count();
const nativeBest = [];
const wasmBest = wasm.map(() => []);
for (let round = 1; round <= rounds; round++) {
  console.error(`[bench-wasm] round ${round} of ${rounds}`);
  for (let i = 0; i < count; i++) {
    const n = await native(i);
    if (round === 1) {
      nativeBest[i] = n;
      for (const w of wasm) {
        const sum = w.run(i, 1);
        if (!(Math.abs(sum - n.checksum) <= 1e-3 * (1 + Math.abs(n.checksum)))) {
          throw new Error(`${n.name}: ${w.label} checksum ${sum} differs from native ${n.checksum}`);
        }
      }
    }
    nativeBest[i].ms = Math.min(nativeBest[i].ms, n.ms);
    wasm.forEach((w, v) => (wasmBest[v][i] = Math.min(wasmBest[v][i] ?? Infinity, timeMs(w.run, i))));
  }
}
child.stdin.end();

const pad = (s, n) => String(s).padStart(n);
wasm.forEach((w, v) => {
  console.log(`${"layer".padEnd(30)} ${pad("native ms", 10)} ${pad("wasm ms", 10)} ${pad("slower", 8)}`);
  const ratios = nativeBest.map((l, i) => {
    const ms = wasmBest[v][i];
    console.log(`${l.name.padEnd(30)} ${pad(l.ms.toFixed(4), 10)} ${pad(ms.toFixed(4), 10)} ${pad((ms / l.ms).toFixed(2), 7)}x`);
    return ms / l.ms;
  });
  const geomean = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  console.log(`${w.label} vs native: ${geomean.toFixed(2)}x slower (geomean over ${ratios.length} shapes)`);
  if (v + 1 < wasm.length) console.log();
});
