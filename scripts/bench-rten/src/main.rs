//! Our conv2d against rten's (`rten::ops::conv`, what rten's `Conv` operator runs)
//! on the benchmark layers, single-threaded, CPU time of the thread (see
//! `timing`), with achieved GFLOP/s against the core's peak.
//!
//! rten runs its work in its own Rayon pool, sized by `RTEN_NUM_THREADS`: it is set
//! to 1 here and the whole benchmark runs inside that pool, so every parallel loop
//! of rten runs on the one thread whose CPU time is measured. A check fails the run
//! if any other thread used CPU while rten was timed.
//!
//! Prints the machine's peak, a table, and last
//! `conv2d vs rten: R x (geomean over N shapes)`, where R above 1 means ours is faster.
//!
//! Run: `scripts/bench-rten.sh`, or
//! `cargo run --release --manifest-path scripts/bench-rten/Cargo.toml --target-dir target/bench-rten`.

mod timing;

use convatlas_bench_rten::{cases, rten_kernel, Case, TOLERANCE};
use std::hint::black_box;
use timing::{cpu_time_ms, process_cpu_s, thread_cpu_s};

fn main() {
    // Read once, when rten builds its pool; set before anything touches rayon.
    std::env::set_var("RTEN_NUM_THREADS", "1");
    std::env::set_var("RAYON_NUM_THREADS", "1");
    let peak = Peak::detect();
    peak.print();
    rten::thread_pool().run(move || bench(&peak));
}

fn bench(peak: &Peak) {
    let cases = cases();
    println!(
        "rten 0.27.0 with GEMM kernel {}; threads in rten's pool: 1 (RTEN_NUM_THREADS=1)",
        rten_kernel()
    );
    for c in &cases {
        match c.max_diff() {
            Ok(err) if err <= TOLERANCE => {}
            Ok(err) => fail(&format!(
                "{}: ours and rten differ by {err} (tolerance {TOLERANCE})",
                c.name
            )),
            Err(e) => fail(&e),
        }
    }
    // Two rounds over all layers, ours and rten in turn, the best time of each
    // kept: a burst of load on a shared machine does not decide a ratio.
    let mut ours = vec![f64::INFINITY; cases.len()];
    let mut theirs = vec![f64::INFINITY; cases.len()];
    for _ in 0..2 {
        for (i, c) in cases.iter().enumerate() {
            ours[i] = ours[i].min(cpu_time_ms(|| {
                black_box(c.ours());
            }));
            theirs[i] = theirs[i].min(time_rten_alone(c));
        }
    }
    println!(
        "{:<30} {:>8} {:>9} {:>9} {:>8} {:>9} {:>9} {:>9} {:>9} {:>10} {:>10}",
        "layer",
        "MMACs",
        "ours ms",
        "rten ms",
        "speedup",
        "ours GF/s",
        "rten GF/s",
        "ours %nom",
        "rten %nom",
        "ours %meas",
        "rten %meas"
    );
    let mut ratios = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        let flop = 2.0 * c.macs() as f64;
        let gflops = |ms: f64| flop / (ms * 1e-3) / 1e9;
        let pct = |ms: f64, peak: Option<f64>| match peak {
            Some(p) => format!("{:.1}", 100.0 * gflops(ms) / p),
            None => "-".into(),
        };
        let ratio = theirs[i] / ours[i];
        ratios.push(ratio);
        println!(
            "{:<30} {:>8.2} {:>9.4} {:>9.4} {:>7.2}x {:>9.1} {:>9.1} {:>9} {:>9} {:>10} {:>10}",
            c.name,
            c.macs() as f64 / 1e6,
            ours[i],
            theirs[i],
            ratio,
            gflops(ours[i]),
            gflops(theirs[i]),
            pct(ours[i], peak.nominal),
            pct(theirs[i], peak.nominal),
            pct(ours[i], peak.measured),
            pct(theirs[i], peak.measured),
        );
    }
    println!(
        "(GF/s = 2 x MACs / CPU time; %nom = share of the clock-based peak, %meas = share of \
         the measured FMA peak; speedup = rten ms / ours ms)"
    );
    println!(
        "conv2d vs rten: {:.2}x (geomean over {} shapes)",
        geomean(&ratios),
        ratios.len()
    );
}

/// rten's time on `c`, failing the run if a thread other than this one used CPU
/// meanwhile (rten would then not be single-threaded, or not on the measured thread).
fn time_rten_alone(c: &Case) -> f64 {
    let (all0, own0) = (process_cpu_s(), thread_cpu_s());
    let ms = cpu_time_ms(|| {
        black_box(c.rten());
    });
    let (all1, own1) = (process_cpu_s(), thread_cpu_s());
    let (own, others) = (own1 - own0, (all1 - all0) - (own1 - own0));
    if others > 0.01 * own + 0.001 {
        fail(&format!(
            "{}: other threads used {:.1} ms of CPU while rten was timed ({:.1} ms on \
             this thread): rten is not running single-threaded on this thread",
            c.name,
            others * 1e3,
            own * 1e3
        ));
    }
    ms
}

fn fail(msg: &str) -> ! {
    eprintln!("bench-rten: {msg}");
    std::process::exit(1);
}

/// Geometric mean.
fn geomean(xs: &[f64]) -> f64 {
    (xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp()
}

/// The single-core f32 peak: FMA units x lanes x 2 FLOP x clock.
struct Peak {
    /// From the clock and the vector width.
    nominal: Option<f64>,
    /// The best loop of independent FMAs.
    measured: Option<f64>,
    lines: Vec<String>,
}

impl Peak {
    fn detect() -> Peak {
        let mut lines = Vec::new();
        let clock = clock_mhz();
        match &clock {
            Some((mhz, source)) => lines.push(format!("clock: {mhz:.0} MHz, from {source}")),
            None => lines.push("clock: unknown (no cpufreq and no \"cpu MHz\")".into()),
        }
        let (avx2_fma, avx512f) = simd_features();
        lines.push(format!(
            "AVX2+FMA: {}, AVX-512F: {}",
            yes(avx2_fma),
            yes(avx512f)
        ));
        let nominal = match (avx2_fma, &clock) {
            (true, Some((mhz, _))) => {
                let p = 2.0 * 8.0 * 2.0 * mhz / 1e3;
                lines.push(format!(
                    "peak: {p:.1} GFLOP/s per core = 2 FMA units x 8 f32 lanes (256-bit) x 2 FLOP x \
                     {:.3} GHz (assumes two 256-bit FMA pipes and that clock; a turbo clock above \
                     it would raise the real peak)",
                    mhz / 1e3
                ));
                Some(p)
            }
            _ => {
                lines.push("peak: not computed (needs AVX2+FMA and a clock)".into());
                None
            }
        };
        let (fma256, fma512) = (measure_fma_256(), measure_fma_512());
        if let Some(gf) = fma256 {
            lines.push(format!(
                "measured: a loop of independent 256-bit FMAs reaches {gf:.1} GFLOP/s \
                 (= {:.2} GHz at 32 FLOP/cycle)",
                gf / 32.0
            ));
        }
        if let Some(gf) = fma512 {
            lines.push(format!(
                "measured: the same loop with 512-bit FMAs reaches {gf:.1} GFLOP/s \
                 (ours uses AVX2+FMA; rten's GEMM uses AVX-512 where present)"
            ));
        }
        let measured = match (fma256, fma512) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        Peak {
            nominal,
            measured,
            lines,
        }
    }

    fn print(&self) {
        for l in &self.lines {
            println!("{l}");
        }
    }
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// The clock in MHz and where it came from: cpufreq's maximum when the kernel has
/// it, else the first "cpu MHz" of /proc/cpuinfo.
fn clock_mhz() -> Option<(f64, &'static str)> {
    const MAX: &str = "/sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq";
    if let Some(khz) = std::fs::read_to_string(MAX)
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
    {
        return Some((khz / 1e3, "cpufreq cpuinfo_max_freq"));
    }
    let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    let mhz = info
        .lines()
        .find(|l| l.starts_with("cpu MHz"))?
        .split(':')
        .nth(1)?
        .trim()
        .parse()
        .ok()?;
    Some((mhz, "/proc/cpuinfo \"cpu MHz\" (no cpufreq here)"))
}

#[cfg(target_arch = "x86_64")]
fn simd_features() -> (bool, bool) {
    (
        is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma"),
        is_x86_feature_detected!("avx512f"),
    )
}

#[cfg(not(target_arch = "x86_64"))]
fn simd_features() -> (bool, bool) {
    (false, false)
}

/// Independent FMA chains per loop turn: more than latency x units (4 x 2 on
/// recent x86), so the loop is bound by FMA throughput.
const CHAINS: usize = 12;
const TURNS: usize = 1 << 14;

/// GFLOP/s of a loop of independent 256-bit FMAs, if the CPU has them.
#[cfg(target_arch = "x86_64")]
fn measure_fma_256() -> Option<f64> {
    if !simd_features().0 {
        return None;
    }
    #[target_feature(enable = "avx2,fma")]
    fn fma_loop(a: f32, b: f32) -> f32 {
        use std::arch::x86_64::*;
        let (va, vb) = (_mm256_set1_ps(a), _mm256_set1_ps(b));
        let mut acc = [_mm256_set1_ps(1.0); CHAINS];
        for _ in 0..TURNS {
            for r in acc.iter_mut() {
                *r = _mm256_fmadd_ps(*r, va, vb);
            }
        }
        let mut out = [0.0f32; 8];
        let sum = acc
            .iter()
            .fold(_mm256_setzero_ps(), |s, &r| _mm256_add_ps(s, r));
        // SAFETY: `out` holds 8 f32, the width of the store.
        unsafe { _mm256_storeu_ps(out.as_mut_ptr(), sum) };
        out.iter().sum()
    }
    // SAFETY: AVX2 and FMA were detected above.
    let ms = cpu_time_ms(|| {
        black_box(unsafe { fma_loop(black_box(0.999_9), black_box(1e-4)) });
    });
    Some((TURNS * CHAINS * 8 * 2) as f64 / (ms * 1e-3) / 1e9)
}

#[cfg(not(target_arch = "x86_64"))]
fn measure_fma_256() -> Option<f64> {
    None
}

/// GFLOP/s of the same loop with 512-bit FMAs, if the CPU has AVX-512F.
#[cfg(target_arch = "x86_64")]
fn measure_fma_512() -> Option<f64> {
    if !simd_features().1 {
        return None;
    }
    #[target_feature(enable = "avx512f")]
    fn fma_loop(a: f32, b: f32) -> f32 {
        use std::arch::x86_64::*;
        let (va, vb) = (_mm512_set1_ps(a), _mm512_set1_ps(b));
        let mut acc = [_mm512_set1_ps(1.0); CHAINS];
        for _ in 0..TURNS {
            for r in acc.iter_mut() {
                *r = _mm512_fmadd_ps(*r, va, vb);
            }
        }
        let sum = acc
            .iter()
            .fold(_mm512_setzero_ps(), |s, &r| _mm512_add_ps(s, r));
        _mm512_reduce_add_ps(sum)
    }
    // SAFETY: AVX-512F was detected above.
    let ms = cpu_time_ms(|| {
        black_box(unsafe { fma_loop(black_box(0.999_9), black_box(1e-4)) });
    });
    Some((TURNS * CHAINS * 16 * 2) as f64 / (ms * 1e-3) / 1e9)
}

#[cfg(not(target_arch = "x86_64"))]
fn measure_fma_512() -> Option<f64> {
    None
}
