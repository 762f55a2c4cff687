//! Native times (CPU time of the thread, see `common`) of our conv2d on the
//! benchmark layers, one line per layer:
//! `index<TAB>name<TAB>ms<TAB>checksum`, read by scripts/bench-wasm.mjs to compare
//! with the wasm build. Run through `scripts/bench-wasm.sh`.

mod common;

use common::{cpu_time_ms, random};
use convatlas::nn::conv::{bench_layers::benchmark_layers, conv2d};

fn main() {
    for (i, l) in benchmark_layers().iter().enumerate() {
        let s = &l.spec;
        let x = random(&l.input, i as u64);
        let w = random(
            &[s.out_channels, s.in_per_group(), s.kernel[0], s.kernel[1]],
            100 + i as u64,
        );
        let b = random(&[s.out_channels], 200 + i as u64);
        let run = || conv2d(&x, &w, Some(b.data()), s).expect("benchmark layers are valid");
        let checksum: f32 = run().data().iter().take(64).sum();
        let ms = cpu_time_ms(|| {
            std::hint::black_box(run());
        });
        println!("{i}\t{}\t{ms}\t{checksum}", l.name);
    }
}
