//! Our conv2d against candle-core's on the same shapes, inputs and weights, in one
//! run, single-threaded (candle's matmul reads RAYON_NUM_THREADS, set to 1 here).
//! Prints a table and, last, `conv2d vs candle: R x (geomean over N shapes)`,
//! where R above 1 means ours is faster.
//!
//! Run: `cargo bench --bench conv_vs_candle`

mod common;

use candle_core::{Device, Tensor as Ct};
use common::{layer_tensors, time_ms};
use convatlas::nn::conv::{bench_layers::benchmark_layers, conv2d, ConvPath};

fn main() {
    // Set before candle or rayon start any thread.
    std::env::set_var("RAYON_NUM_THREADS", "1");
    let dev = Device::Cpu;
    println!(
        "{:<30} {:>8} {:>10} {:>10} {:>10} {:>9} {:>8}",
        "layer", "MMACs", "kernel", "ours ms", "candle ms", "GMAC/s", "speedup"
    );
    let mut ratios = Vec::new();
    for (i, l) in benchmark_layers().iter().enumerate() {
        let s = &l.spec;
        let (x, w, b) = layer_tensors(i, l);
        let ours = conv2d(&x, &w, Some(b.data()), s).expect("benchmark layers are valid");
        let xc = Ct::from_vec(x.data().to_vec(), x.shape(), &dev).expect("candle input");
        let wc = Ct::from_vec(w.data().to_vec(), w.shape(), &dev).expect("candle weight");
        let bc =
            Ct::from_vec(b.data().to_vec(), (1, s.out_channels, 1, 1), &dev).expect("candle bias");
        let pad = s.resolve_padding(l.input[2], l.input[3])[0];
        let theirs = || {
            xc.conv2d(&wc, pad, s.stride[0], s.dilation[0], s.groups)
                .and_then(|y| y.broadcast_add(&bc))
                .expect("candle conv2d")
        };
        let check: Vec<f32> = theirs()
            .flatten_all()
            .and_then(|t| t.to_vec1())
            .expect("candle output");
        let err = ours
            .data()
            .iter()
            .zip(&check)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0f32, f32::max);
        assert!(err < 1e-3, "{}: ours and candle differ by {err}", l.name);
        let t_ours = time_ms(|| {
            std::hint::black_box(conv2d(&x, &w, Some(b.data()), s).expect("valid"));
        });
        let t_candle = time_ms(|| {
            std::hint::black_box(theirs());
        });
        let [_, oh, ow] = s
            .output_shape([l.input[1], l.input[2], l.input[3]])
            .expect("valid");
        let mmacs = s.macs(oh, ow) as f64 / 1e6;
        let ratio = t_candle / t_ours;
        ratios.push(ratio);
        println!(
            "{:<30} {:>8.2} {:>10} {:>10.4} {:>10.4} {:>9.2} {:>7.2}x",
            l.name,
            mmacs,
            format!("{:?}", ConvPath::for_spec(s)),
            t_ours,
            t_candle,
            mmacs / t_ours,
            ratio
        );
    }
    println!(
        "conv2d vs candle: {:.2}x (geomean over {} shapes)",
        geomean(&ratios),
        ratios.len()
    );
}

/// Geometric mean.
fn geomean(xs: &[f64]) -> f64 {
    (xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp()
}
