//! Timing shared by the benchmarks: the best of five batches, each batch long
//! enough (at least 20 ms) for the clock to be precise. scripts/bench-wasm.mjs
//! times the wasm build the same way.

use convatlas::nn::rng::Rng;
use convatlas::nn::tensor::Tensor;
use std::time::Instant;

/// Milliseconds per call of `f`, the best of five batches.
pub fn time_ms(mut f: impl FnMut()) -> f64 {
    f();
    let mut iters = 1usize;
    loop {
        let t = Instant::now();
        for _ in 0..iters {
            f();
        }
        if t.elapsed().as_secs_f64() >= 0.02 || iters >= 1 << 20 {
            break;
        }
        iters *= 2;
    }
    (0..5)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..iters {
                f();
            }
            t.elapsed().as_secs_f64() * 1e3 / iters as f64
        })
        .fold(f64::INFINITY, f64::min)
}

/// A tensor of uniform values in [-1, 1) from a fixed seed.
pub fn random(shape: &[usize], seed: u64) -> Tensor {
    let n = shape.iter().product();
    Tensor::from_vec(shape, Rng::new(seed).uniform_vec(n, -1.0, 1.0))
        .expect("benchmark shapes are small")
}
