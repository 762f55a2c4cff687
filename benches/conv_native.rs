//! Native times (CPU time of the thread, see `common`) of our conv2d on the
//! benchmark layers, for scripts/bench-wasm.mjs to compare with the wasm build.
//! Without arguments it times every layer once; with `--serve` it reads layer
//! indexes from stdin and times each as it is asked, so the wasm side can take turns
//! with it. One line per timing: `index<TAB>name<TAB>ms<TAB>checksum`.

mod common;

use common::{cpu_time_ms, layer_tensors};
use convatlas::nn::conv::bench_layers::{benchmark_layers, LayerShape};
use convatlas::nn::conv::conv2d;
use std::io::{BufRead, Write};

/// Times layer `i` and prints its line.
fn time_layer(i: usize, l: &LayerShape) {
    let s = &l.spec;
    let (x, w, b) = layer_tensors(i, l);
    let run = || conv2d(&x, &w, Some(b.data()), s).expect("benchmark layers are valid");
    let checksum: f32 = run().data().iter().take(64).sum();
    let ms = cpu_time_ms(|| {
        std::hint::black_box(run());
    });
    println!("{i}\t{}\t{ms}\t{checksum}", l.name);
    let _ = std::io::stdout().flush();
}

fn main() {
    let layers = benchmark_layers();
    if !std::env::args().any(|a| a == "--serve") {
        for (i, l) in layers.iter().enumerate() {
            time_layer(i, l);
        }
        return;
    }
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        match line
            .trim()
            .parse::<usize>()
            .ok()
            .and_then(|i| Some((i, layers.get(i)?)))
        {
            Some((i, l)) => time_layer(i, l),
            None => println!("no layer {line:?}: 0 to {}", layers.len() - 1),
        }
    }
}
