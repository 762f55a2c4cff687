//! Exports for the Node runner (scripts/bench-wasm.mjs): the same benchmark layers,
//! inputs and weights as `cargo bench --bench conv_native`, run by our conv2d.
//! Plain `extern "C"` functions, no bindings: Node calls them with numbers.

use convatlas::nn::conv::{conv2d, bench_layers::benchmark_layers};
use convatlas::nn::rng::Rng;
use convatlas::nn::tensor::Tensor;
use std::cell::RefCell;

thread_local! {
    /// Input, weight and bias of each layer, made on first use.
    static DATA: RefCell<Vec<Option<(Tensor, Tensor, Vec<f32>)>>> = RefCell::new(Vec::new());
}

/// The values of `benches/common::layer_tensors`: uniform in [-1, 1) from a fixed seed.
fn random(shape: &[usize], seed: u64) -> Option<Tensor> {
    let n = shape.iter().product();
    Tensor::from_vec(shape, Rng::new(seed).uniform_vec(n, -1.0, 1.0)).ok()
}

/// How many benchmark layers there are.
#[no_mangle]
pub extern "C" fn layer_count() -> u32 {
    benchmark_layers().len() as u32
}

/// Runs layer `i` `iters` times; returns a checksum of the last output, or NaN on an error.
#[no_mangle]
pub extern "C" fn run(i: u32, iters: u32) -> f32 {
    let layers = benchmark_layers();
    let Some(l) = layers.get(i as usize) else {
        return f32::NAN;
    };
    let s = &l.spec;
    DATA.with(|d| {
        let mut d = d.borrow_mut();
        d.resize(layers.len(), None);
        let i = i as usize;
        if d[i].is_none() {
            let w = [s.out_channels, s.in_per_group(), s.kernel[0], s.kernel[1]];
            let (Some(x), Some(w), Some(b)) = (
                random(&l.input, i as u64),
                random(&w, 100 + i as u64),
                random(&[s.out_channels], 200 + i as u64),
            ) else {
                return f32::NAN;
            };
            d[i] = Some((x, w, b.into_vec()));
        }
        let Some((x, w, b)) = &d[i] else {
            return f32::NAN;
        };
        let mut sum = 0.0;
        for _ in 0..iters {
            match conv2d(x, w, Some(b), s) {
                Ok(y) => sum = y.data().iter().take(64).sum(),
                Err(_) => return f32::NAN,
            }
        }
        sum
    })
}
