//! ShuffleNet v1 (Zhang et al. 2017, Table 1) and ShuffleNet v2 (torchvision).

use super::layers::*;
use crate::arch::Layer;

/// Stage-2 output channels of ShuffleNet v1 1x for `groups` (Table 1).
pub fn v1_stage2_channels(groups: usize) -> Option<usize> {
    match groups {
        1 => Some(144),
        2 => Some(200),
        3 => Some(240),
        4 => Some(272),
        8 => Some(384),
        _ => None,
    }
}

/// Stage-2 channels at `scale`: `scale * (Table 1 value)` rounded to a multiple of
/// `4 * groups` (so the bottleneck, a quarter of the output, splits into the groups);
/// exact at 1x. Stages 3 and 4 double it each time.
pub fn v1_scaled_stage2(groups: usize, scale: f32) -> Option<usize> {
    let base = v1_stage2_channels(groups)? as f64 * scale as f64;
    let unit = 4 * groups;
    // Nearest multiple, ties down (so 0.5x of 272 with g=4 gives 128, not 144).
    let n = ((base / unit as f64) + 0.5 - 1e-9).floor().max(1.0) as usize;
    Some(n * unit)
}

/// conv1 filters at `scale`: 24 at 1x and 1.5x, otherwise `24 * scale` rounded up to a
/// multiple of `groups` (Megvii's released layouts: 12 for g=3 and 16 for g=8 at 0.5x,
/// 48 at 2x).
pub fn v1_conv1_channels(groups: usize, scale: f32) -> usize {
    if scale == 1.0 || scale == 1.5 {
        return 24;
    }
    let c = ((24.0 * scale as f64).round() as usize).max(1);
    c.div_ceil(groups) * groups
}

/// ShuffleNet v1 unit. Stride 1: gconv1x1 -> BN ReLU -> shuffle -> dw3x3 -> BN ->
/// gconv1x1 -> BN, added to the input, then ReLU. Stride 2: the shortcut is a 3x3/2
/// average pool, the main branch gives `cout - cin` channels, outputs are concatenated.
/// The bottleneck is `cout / 4`; `first_grouped` is false for the first unit of stage 2.
fn v1_unit(
    name: &str,
    cin: usize,
    cout: usize,
    g: usize,
    stride: usize,
    first_grouped: bool,
) -> Layer {
    let mid = cout / 4;
    let g1 = if first_grouped { g } else { 1 };
    let main_out = if stride == 2 { cout - cin } else { cout };
    let mut main = vec![
        conv("gconv1", cin, mid, [1, 1], 1, [0, 0], g1, false),
        bn("bn1", mid),
        relu("relu1"),
    ];
    if g1 > 1 {
        main.push(shuffle("shuffle", g));
    }
    main.extend([
        conv("dwconv", mid, mid, [3, 3], stride, [1, 1], mid, false),
        bn("bn2", mid),
        conv("gconv2", mid, main_out, [1, 1], 1, [0, 0], g, false),
        bn("bn3", main_out),
    ]);
    let block = if stride == 2 {
        concat("merge", vec![vec![avg_pool("shortcut", 3, 2, 1)], main])
    } else {
        add("merge", vec![main, vec![]])
    };
    seq(name, vec![block, relu("relu")])
}

/// ShuffleNet v1 with `groups` in {1, 2, 3, 4, 8} and stage-2 width from [`v1_scaled_stage2`].
/// conv1 has [`v1_conv1_channels`] filters.
pub fn shufflenet_v1(groups: usize, scale: f32) -> Option<Vec<Layer>> {
    let c2 = v1_scaled_stage2(groups, scale)?;
    let c1 = v1_conv1_channels(groups, scale);
    let mut l = vec![
        conv("conv1", 3, c1, [3, 3], 2, [1, 1], 1, false),
        bn("conv1_bn", c1),
        relu("conv1_relu"),
        max_pool("maxpool", 3, 2, 1),
    ];
    let mut cin = c1;
    for (stage, (repeat, cout)) in [(3, c2), (7, 2 * c2), (3, 4 * c2)].into_iter().enumerate() {
        for i in 0..=repeat {
            let name = format!("stage{}.unit{}", stage + 2, i + 1);
            let stride = if i == 0 { 2 } else { 1 };
            l.push(v1_unit(
                &name,
                cin,
                cout,
                groups,
                stride,
                !(stage == 0 && i == 0),
            ));
            cin = cout;
        }
    }
    l.extend([
        gap("globalpool"),
        flatten("flatten"),
        linear("fc", cin, 1000),
    ]);
    Some(l)
}

/// torchvision ShuffleNet v2 unit (channel split, concat, shuffle with 2 groups).
fn v2_unit(name: &str, cin: usize, cout: usize, stride: usize) -> Layer {
    let bf = cout / 2;
    let b2_in = if stride == 1 { bf } else { cin };
    let branch2 = vec![
        conv("branch2_conv1", b2_in, bf, [1, 1], 1, [0, 0], 1, false),
        bn("branch2_bn1", bf),
        relu("branch2_relu1"),
        conv("branch2_dw", bf, bf, [3, 3], stride, [1, 1], bf, false),
        bn("branch2_bn2", bf),
        conv("branch2_conv2", bf, bf, [1, 1], 1, [0, 0], 1, false),
        bn("branch2_bn3", bf),
        relu("branch2_relu3"),
    ];
    let (b1, b2) = if stride == 1 {
        let mut b2 = vec![slice("split2", bf, bf)];
        b2.extend(branch2);
        (vec![slice("split1", 0, bf)], b2)
    } else {
        (
            vec![
                conv("branch1_dw", cin, cin, [3, 3], 2, [1, 1], cin, false),
                bn("branch1_bn1", cin),
                conv("branch1_conv", cin, bf, [1, 1], 1, [0, 0], 1, false),
                bn("branch1_bn2", bf),
                relu("branch1_relu"),
            ],
            branch2,
        )
    };
    seq(
        name,
        vec![concat("concat", vec![b1, b2]), shuffle("shuffle", 2)],
    )
}

/// torchvision `shufflenet_v2_x0_5` / `_x1_0`: stage channels `c`, repeats 4, 8, 4.
pub fn shufflenet_v2(c: [usize; 3]) -> Vec<Layer> {
    let mut l = vec![
        conv("conv1", 3, 24, [3, 3], 2, [1, 1], 1, false),
        bn("conv1_bn", 24),
        relu("conv1_relu"),
        max_pool("maxpool", 3, 2, 1),
    ];
    let mut cin = 24;
    for (s, (repeat, cout)) in [(4, c[0]), (8, c[1]), (4, c[2])].into_iter().enumerate() {
        for i in 0..repeat {
            let stride = if i == 0 { 2 } else { 1 };
            l.push(v2_unit(&format!("stage{}.{}", s + 2, i), cin, cout, stride));
            cin = cout;
        }
    }
    l.extend([
        conv("conv5", cin, 1024, [1, 1], 1, [0, 0], 1, false),
        bn("conv5_bn", 1024),
        relu("conv5_relu"),
        gap("globalpool"),
        flatten("flatten"),
        linear("fc", 1024, 1000),
    ]);
    l
}
