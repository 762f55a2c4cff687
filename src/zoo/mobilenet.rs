//! MobileNet v1 (Howard et al. 2017, TF-slim layout) and MobileNet v2 (torchvision).

use super::layers::*;
use crate::arch::Layer;
use crate::nn::conv::Padding;

/// TF-slim's channel rounding for width multiplier `alpha`: `max(floor(d * alpha), 8)`.
pub fn v1_depth(d: usize, alpha: f32) -> usize {
    (((d as f64) * alpha as f64 + 1e-9).floor() as usize).max(8)
}

/// MobileNet v1, paper Table 1: a full 3x3/2 conv, 13 depth-wise separable layers,
/// global average pooling and a 1000-way classifier. Convs have no bias; every conv is
/// followed by batch norm and ReLU. Padding is TensorFlow SAME, as in the released model.
pub fn mobilenet_v1(alpha: f32) -> Vec<Layer> {
    v1_layers(alpha, true)
}

/// MobileNet v1 with a full 3x3 convolution (BN, ReLU) in place of each depth-wise
/// separable pair: the "Conv MobileNet" of the paper's Table 4.
pub fn mobilenet_v1_full(alpha: f32) -> Vec<Layer> {
    v1_layers(alpha, false)
}

/// The v1 layout with separable layers, or with full convolutions in their place.
fn v1_layers(alpha: f32, separable: bool) -> Vec<Layer> {
    const BLOCKS: [(usize, usize); 13] = [
        (64, 1),
        (128, 2),
        (128, 1),
        (256, 2),
        (256, 1),
        (512, 2),
        (512, 1),
        (512, 1),
        (512, 1),
        (512, 1),
        (512, 1),
        (1024, 2),
        (1024, 1),
    ];
    let eps = 1e-3;
    let c0 = v1_depth(32, alpha);
    let mut l = vec![seq(
        "conv0",
        vec![
            conv_padded("conv", 3, c0, [3, 3], 2, 1, Padding::Same, 1, false),
            bn_eps("bn", c0, eps),
            relu("relu"),
        ],
    )];
    let mut cin = c0;
    for (i, &(d, s)) in BLOCKS.iter().enumerate() {
        let cout = v1_depth(d, alpha);
        let name = format!("conv{}", i + 1);
        if !separable {
            l.push(seq(
                &name,
                vec![
                    conv_padded("conv", cin, cout, [3, 3], s, 1, Padding::Same, 1, false),
                    bn_eps("bn", cout, eps),
                    relu("relu"),
                ],
            ));
            cin = cout;
            continue;
        }
        l.push(seq(
            &name,
            vec![
                conv_padded("dw", cin, cin, [3, 3], s, 1, Padding::Same, cin, false),
                bn_eps("dw_bn", cin, eps),
                relu("dw_relu"),
                conv("pw", cin, cout, [1, 1], 1, [0, 0], 1, false),
                bn_eps("pw_bn", cout, eps),
                relu("pw_relu"),
            ],
        ));
        cin = cout;
    }
    l.extend([
        gap("avgpool"),
        dropout("dropout", 0.001),
        flatten("flatten"),
        linear("fc", cin, 1000),
    ]);
    l
}

/// torchvision `mobilenet_v2` (width 1.0): inverted residuals with linear bottlenecks.
pub fn mobilenet_v2() -> Vec<Layer> {
    // (expansion t, output channels c, repeats n, first stride s), paper Table 2.
    const CFG: [(usize, usize, usize, usize); 7] = [
        (1, 16, 1, 1),
        (6, 24, 2, 2),
        (6, 32, 3, 2),
        (6, 64, 4, 2),
        (6, 96, 3, 1),
        (6, 160, 3, 2),
        (6, 320, 1, 1),
    ];
    let cbr = |name: &str, cin: usize, cout: usize, k: usize, s: usize, g: usize| {
        seq(
            name,
            vec![
                conv("conv", cin, cout, [k, k], s, [k / 2, k / 2], g, false),
                bn("bn", cout),
                relu6("relu6"),
            ],
        )
    };
    let mut l = vec![cbr("features0", 3, 32, 3, 2, 1)];
    let mut cin = 32;
    let mut idx = 1;
    for &(t, c, n, s) in CFG.iter() {
        for i in 0..n {
            let stride = if i == 0 { s } else { 1 };
            let hidden = cin * t;
            let mut body = Vec::new();
            if t != 1 {
                body.push(cbr("expand", cin, hidden, 1, 1, 1));
            }
            body.push(cbr("dw", hidden, hidden, 3, stride, hidden));
            body.push(conv("project", hidden, c, [1, 1], 1, [0, 0], 1, false));
            body.push(bn("project_bn", c));
            let name = format!("features{idx}");
            l.push(if stride == 1 && cin == c {
                add(&name, vec![body, vec![]])
            } else {
                seq(&name, body)
            });
            cin = c;
            idx += 1;
        }
    }
    l.extend([
        cbr(&format!("features{idx}"), cin, 1280, 1, 1, 1),
        gap("avgpool"),
        flatten("flatten"),
        dropout("dropout", 0.2),
        linear("classifier", 1280, 1000),
    ]);
    l
}
