//! Timing shared by the benchmarks: the best of five batches, each batch long
//! enough (at least 20 ms) for the clock to be precise. scripts/bench-wasm.mjs
//! times the wasm build the same way.
//!
//! [`time_ms`] reads the wall clock. [`cpu_time_ms`] reads the CPU time of the
//! calling thread (Linux `clock_gettime(CLOCK_THREAD_CPUTIME_ID)`), which does not count
//! the time the thread waits for a core, so it stays meaningful on a busy machine;
//! elsewhere it falls back to the wall clock. (It read `/proc/thread-self/schedstat`
//! before, whose count for a running thread moves only at a scheduler tick: steps of up
//! to 4 ms, a fifth of a batch, which made the best of five up to 8% too low.)

use convatlas::nn::conv::bench_layers::LayerShape;
use convatlas::nn::rng::Rng;
use convatlas::nn::tensor::Tensor;
use std::time::Instant;

/// Wall-clock milliseconds per call of `f`, the best of five batches.
#[allow(dead_code)] // each benchmark binary uses one of the two clocks
pub fn time_ms(f: impl FnMut()) -> f64 {
    best_of_five(f, wall_s)
}

/// CPU milliseconds of the calling thread per call of `f`, the best of five batches.
#[allow(dead_code)]
pub fn cpu_time_ms(f: impl FnMut()) -> f64 {
    match thread_cpu_s() {
        Some(_) => best_of_five(f, || thread_cpu_s().unwrap_or(0.0)),
        None => time_ms(f),
    }
}

/// Seconds since the first call, on the wall clock.
fn wall_s() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}

/// CPU seconds used by this thread so far, if the kernel tells.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_s() -> Option<f64> {
    /// `struct timespec` on 64-bit Linux.
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, t: *mut Timespec) -> i32;
    }
    /// `CLOCK_THREAD_CPUTIME_ID` in Linux's `<time.h>`.
    const THREAD_CPU: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `t` is a valid, writable timespec for the call to fill.
    let ok = unsafe { clock_gettime(THREAD_CPU, &mut t) } == 0;
    ok.then_some(t.sec as f64 + t.nsec as f64 * 1e-9)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_s() -> Option<f64> {
    None
}

/// Milliseconds per call of `f` on `clock` (seconds): double the batch until it
/// takes 20 ms, then the best of five batches.
fn best_of_five(mut f: impl FnMut(), clock: impl Fn() -> f64) -> f64 {
    f();
    let mut iters = 1usize;
    loop {
        let t = clock();
        for _ in 0..iters {
            f();
        }
        if clock() - t >= 0.02 || iters >= 1 << 20 {
            break;
        }
        iters *= 2;
    }
    (0..5)
        .map(|_| {
            let t = clock();
            for _ in 0..iters {
                f();
            }
            (clock() - t) * 1e3 / iters as f64
        })
        .fold(f64::INFINITY, f64::min)
}

/// Benchmark layer `i`'s input, weight and bias, from seeds `i`, `100 + i` and `200 + i`
/// (scripts/bench-wasm/src/lib.rs makes the same for the wasm build).
pub fn layer_tensors(i: usize, l: &LayerShape) -> (Tensor, Tensor, Tensor) {
    let s = &l.spec;
    let weight = [s.out_channels, s.in_per_group(), s.kernel[0], s.kernel[1]];
    (
        random(&l.input, i as u64),
        random(&weight, 100 + i as u64),
        random(&[s.out_channels], 200 + i as u64),
    )
}

/// A tensor of uniform values in [-1, 1) from a fixed seed.
fn random(shape: &[usize], seed: u64) -> Tensor {
    let n = shape.iter().product();
    Tensor::from_vec(shape, Rng::new(seed).uniform_vec(n, -1.0, 1.0))
        .expect("benchmark shapes are small")
}
