//! The benchmark layers set up for both convolutions: our `conv2d` and rten's
//! `rten::ops::conv` (the function rten's `Conv` operator runs), on the same NCHW
//! inputs, weights and biases as `benches/conv_vs_candle.rs` (same seeds).
//!
//! Natively, `src/main.rs` times them. On wasm32 this library also exports plain
//! `extern "C"` functions for the Node runner (`scripts/bench-rten.mjs`).

use convatlas::nn::conv::{bench_layers::benchmark_layers, conv2d, Conv2dSpec};
use convatlas::nn::rng::Rng;
use convatlas::nn::tensor::Tensor;
use rten::ops::Padding;
use rten::BufferPool;
use rten_tensor::prelude::*;
use rten_tensor::{NdTensor, Tensor as RtenTensor};

/// Largest absolute difference allowed between the two outputs (the candle
/// comparison uses the same bound).
pub const TOLERANCE: f32 = 1e-3;

/// One benchmark layer with its data, in our tensors and in rten's.
pub struct Case {
    pub name: &'static str,
    pub spec: Conv2dSpec,
    x: Tensor,
    w: Tensor,
    b: Vec<f32>,
    rx: RtenTensor<f32>,
    rw: RtenTensor<f32>,
    rb: NdTensor<f32, 1>,
    /// rten's order: [top, left, bottom, right].
    padding: [usize; 4],
    /// rten's scratch buffers (im2col, packed weights), reused across calls as a
    /// model run reuses them.
    pool: BufferPool,
}

/// The same values as `benches/common::random`: uniform in [-1, 1) from a seed.
fn random(shape: &[usize], seed: u64) -> Tensor {
    let n = shape.iter().product();
    Tensor::from_vec(shape, Rng::new(seed).uniform_vec(n, -1.0, 1.0))
        .expect("benchmark shapes are small")
}

/// Every benchmark layer, with the seeds of `benches/conv_vs_candle.rs`.
pub fn cases() -> Vec<Case> {
    benchmark_layers()
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let s = l.spec;
            let x = random(&l.input, i as u64);
            let w = random(
                &[s.out_channels, s.in_per_group(), s.kernel[0], s.kernel[1]],
                100 + i as u64,
            );
            let b = random(&[s.out_channels], 200 + i as u64).into_vec();
            let [t, bottom, left, r] = s.resolve_padding(l.input[2], l.input[3]);
            Case {
                name: l.name,
                spec: s,
                rx: RtenTensor::from_data(x.shape(), x.data().to_vec()),
                rw: RtenTensor::from_data(w.shape(), w.data().to_vec()),
                rb: NdTensor::from_data([b.len()], b.clone()),
                x,
                w,
                b,
                padding: [t, left, bottom, r],
                pool: BufferPool::new(),
            }
        })
        .collect()
}

impl Case {
    /// Our convolution, with the bias.
    pub fn ours(&self) -> Vec<f32> {
        conv2d(&self.x, &self.w, Some(&self.b), &self.spec)
            .expect("benchmark layers are valid")
            .into_vec()
    }

    /// Checksum of our output (the first 64 values), to keep the work observable.
    pub fn ours_checksum(&self) -> f32 {
        conv2d(&self.x, &self.w, Some(&self.b), &self.spec)
            .expect("benchmark layers are valid")
            .data()
            .iter()
            .take(64)
            .sum()
    }

    /// rten's convolution, with the bias, on the same hyper-parameters.
    pub fn rten(&self) -> RtenTensor<f32> {
        let s = &self.spec;
        rten::ops::conv(
            &self.pool,
            self.rx.view(),
            self.rw.view(),
            Some(self.rb.view()),
            Padding::Fixed(self.padding.into()),
            s.groups,
            &s.stride,
            &s.dilation,
        )
        .expect("rten conv")
    }

    /// Checksum of rten's output (the first 64 values).
    pub fn rten_checksum(&self) -> f32 {
        self.rten().iter().take(64).sum()
    }

    /// The output shape (N, O, OH, OW).
    pub fn output_shape(&self) -> [usize; 4] {
        let [o, oh, ow] = self
            .spec
            .output_shape([self.x.shape()[1], self.x.shape()[2], self.x.shape()[3]])
            .expect("benchmark layers are valid");
        [self.x.shape()[0], o, oh, ow]
    }

    /// Multiply-accumulates of one call (batch 1): `OH * OW * O * (C/groups) * KH * KW`.
    pub fn macs(&self) -> u64 {
        let [n, _, oh, ow] = self.output_shape();
        n as u64 * self.spec.macs(oh, ow)
    }

    /// Largest absolute difference between our output and rten's; an error if
    /// the shapes differ.
    pub fn max_diff(&self) -> Result<f32, String> {
        let ours = self.ours();
        let theirs = self.rten();
        if theirs.shape() != self.output_shape() {
            return Err(format!(
                "{}: rten's output is {:?}, ours {:?}",
                self.name,
                theirs.shape(),
                self.output_shape()
            ));
        }
        Ok(ours
            .iter()
            .zip(theirs.iter())
            .map(|(a, b)| (a - b).abs())
            .fold(0.0f32, f32::max))
    }
}

/// The name of the f32 GEMM kernel rten picks on this machine.
pub fn rten_kernel() -> &'static str {
    static NAME: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    NAME.get_or_init(|| {
        rten_gemm::GemmExecutor::<f32>::default()
            .kernel_name()
            .to_string()
    })
}

/// Exports for the Node runner: `layer_count`, `layer_name_ptr`/`layer_name_len`
/// and `rten_kernel_ptr`/`rten_kernel_len` (UTF-8 in linear memory), `layer_macs`,
/// `check` (the largest difference, NaN if the shapes differ) and
/// `run_ours`/`run_rten` (`iters` calls, the last output's checksum).
#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::{cases, Case};
    use std::cell::OnceCell;

    thread_local! {
        static CASES: OnceCell<Vec<Case>> = const { OnceCell::new() };
    }

    fn with_case<R>(i: u32, default: R, f: impl FnOnce(&Case) -> R) -> R {
        CASES.with(|c| match c.get_or_init(cases).get(i as usize) {
            Some(case) => f(case),
            None => default,
        })
    }

    #[no_mangle]
    pub extern "C" fn layer_count() -> u32 {
        CASES.with(|c| c.get_or_init(cases).len() as u32)
    }

    #[no_mangle]
    pub extern "C" fn layer_name_ptr(i: u32) -> *const u8 {
        with_case(i, std::ptr::null(), |c| c.name.as_ptr())
    }

    #[no_mangle]
    pub extern "C" fn layer_name_len(i: u32) -> u32 {
        with_case(i, 0, |c| c.name.len() as u32)
    }

    /// The name of the GEMM kernel rten picked (UTF-8 in linear memory).
    #[no_mangle]
    pub extern "C" fn rten_kernel_ptr() -> *const u8 {
        super::rten_kernel().as_ptr()
    }

    #[no_mangle]
    pub extern "C" fn rten_kernel_len() -> u32 {
        super::rten_kernel().len() as u32
    }

    #[no_mangle]
    pub extern "C" fn layer_macs(i: u32) -> f64 {
        with_case(i, f64::NAN, |c| c.macs() as f64)
    }

    #[no_mangle]
    pub extern "C" fn check(i: u32) -> f32 {
        with_case(i, f32::NAN, |c| c.max_diff().unwrap_or(f32::NAN))
    }

    #[no_mangle]
    pub extern "C" fn run_ours(i: u32, iters: u32) -> f32 {
        with_case(i, f32::NAN, |c| {
            let mut sum = 0.0;
            for _ in 0..iters {
                sum = c.ours_checksum();
            }
            sum
        })
    }

    #[no_mangle]
    pub extern "C" fn run_rten(i: u32, iters: u32) -> f32 {
        with_case(i, f32::NAN, |c| {
            let mut sum = 0.0;
            for _ in 0..iters {
                sum = c.rten_checksum();
            }
            sum
        })
    }
}
