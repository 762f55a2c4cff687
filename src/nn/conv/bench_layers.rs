//! Layer shapes the fast kernels are tuned and benchmarked on: lesson-sized
//! convolutions and the layer types of MobileNet v1 (Howard et al. 2017),
//! ShuffleNet (Zhang et al. 2017) and dilated context modules (Yu and Koltun 2016).

use super::{Conv2dSpec, Padding};

/// One benchmark layer: a name, its hyper-parameters and its input (N, C, H, W).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayerShape {
    pub name: &'static str,
    pub spec: Conv2dSpec,
    pub input: [usize; 4],
}

#[allow(clippy::too_many_arguments)] // one benchmark row: name and seven numbers
fn layer(
    name: &'static str,
    c: usize,
    o: usize,
    k: usize,
    s: usize,
    d: usize,
    groups: usize,
    hw: usize,
) -> LayerShape {
    let pad = d * (k - 1) / 2;
    LayerShape {
        name,
        spec: Conv2dSpec {
            in_channels: c,
            out_channels: o,
            kernel: [k, k],
            stride: [s, s],
            dilation: [d, d],
            padding: Padding::symmetric(pad),
            groups,
            bias: true,
        },
        input: [1, c, hw, hw],
    }
}

/// The benchmark set, one image each: tiny lesson layers, then MobileNet-like ones.
pub fn benchmark_layers() -> Vec<LayerShape> {
    vec![
        layer("lesson 3x3 1->8 @28", 1, 8, 3, 1, 1, 1, 28),
        layer("lesson 3x3 8->16 @14", 8, 16, 3, 1, 1, 1, 14),
        layer("lesson 5x5 4->8 @16", 4, 8, 5, 1, 1, 1, 16),
        layer("first 3x3/2 3->32 @112", 3, 32, 3, 2, 1, 1, 112),
        layer("3x3 32->32 @28", 32, 32, 3, 1, 1, 1, 28),
        layer("3x3 64->64 @14", 64, 64, 3, 1, 1, 1, 14),
        layer("dw 3x3 64 @56", 64, 64, 3, 1, 1, 64, 56),
        layer("dw 3x3/2 128 @56", 128, 128, 3, 2, 1, 128, 56),
        layer("dw 3x3 512 @14", 512, 512, 3, 1, 1, 512, 14),
        layer("pw 1x1 64->128 @56", 64, 128, 1, 1, 1, 1, 56),
        layer("pw 1x1 512->512 @14", 512, 512, 1, 1, 1, 1, 14),
        layer("grouped 1x1 g=3 240->240 @28", 240, 240, 1, 1, 1, 3, 28),
        layer("dilated 3x3 d=2 32->32 @28", 32, 32, 3, 1, 2, 1, 28),
    ]
}
