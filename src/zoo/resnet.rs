//! ResNet-50 and ResNeXt-50 (32x4d) as torchvision builds them (stride on the 3x3
//! conv, "ResNet v1.5"), and TF-slim's resnet_v1_50 (stride at the end of each
//! block) used to check receptive fields against Araujo et al.

use super::layers::*;
use crate::arch::Layer;
use crate::nn::conv::Padding;

/// torchvision bottleneck: 1x1 -> 3x3 (stride, groups) -> 1x1 (x4), BN after each,
/// projection shortcut (1x1 conv with stride + BN) when the shape changes.
fn bottleneck(
    name: &str,
    cin: usize,
    planes: usize,
    width: usize,
    groups: usize,
    stride: usize,
) -> Layer {
    let cout = planes * 4;
    let body = vec![
        conv("conv1", cin, width, [1, 1], 1, [0, 0], 1, false),
        bn("bn1", width),
        relu("relu1"),
        conv("conv2", width, width, [3, 3], stride, [1, 1], groups, false),
        bn("bn2", width),
        relu("relu2"),
        conv("conv3", width, cout, [1, 1], 1, [0, 0], 1, false),
        bn("bn3", cout),
    ];
    let shortcut = if stride != 1 || cin != cout {
        vec![
            conv("downsample", cin, cout, [1, 1], stride, [0, 0], 1, false),
            bn("downsample_bn", cout),
        ]
    } else {
        vec![]
    };
    seq(name, vec![add("add", vec![body, shortcut]), relu("relu")])
}

/// torchvision ResNet-50 family: `groups` and `width_per_group` give ResNeXt
/// (`width = planes * width_per_group / 64 * groups`; 1 and 64 give ResNet-50).
pub fn resnet50_family(groups: usize, width_per_group: usize) -> Vec<Layer> {
    let mut l = vec![
        conv("conv1", 3, 64, [7, 7], 2, [3, 3], 1, false),
        bn("bn1", 64),
        relu("relu"),
        max_pool("maxpool", 3, 2, 1),
    ];
    let mut cin = 64;
    for (i, (blocks, planes, stride)) in [(3, 64, 1), (4, 128, 2), (6, 256, 2), (3, 512, 2)]
        .into_iter()
        .enumerate()
    {
        let width = planes * width_per_group / 64 * groups;
        for b in 0..blocks {
            let s = if b == 0 { stride } else { 1 };
            l.push(bottleneck(
                &format!("layer{}.{b}", i + 1),
                cin,
                planes,
                width,
                groups,
                s,
            ));
            cin = planes * 4;
        }
    }
    l.extend([gap("avgpool"), flatten("flatten"), linear("fc", 2048, 1000)]);
    l
}

/// TF-slim `resnet_v1_50`: the stride-2 unit is the last of blocks 1..3, the stride
/// sits on the 3x3 conv (`conv2d_same`: explicit symmetric padding `(k-1)/2` when
/// strided, SAME otherwise), pool1 is a SAME 3x3/2 max pool, and a strided unit with
/// an identity shortcut subsamples it with a 1x1/2 max pool.
pub fn resnet_v1_50_slim() -> Vec<Layer> {
    let conv_same = |name: &str, cin: usize, cout: usize, k: usize, s: usize| {
        if s == 1 {
            conv_padded(name, cin, cout, [k, k], 1, 1, Padding::Same, 1, false)
        } else {
            conv(
                name,
                cin,
                cout,
                [k, k],
                s,
                [(k - 1) / 2, (k - 1) / 2],
                1,
                false,
            )
        }
    };
    let mut l = vec![
        conv_same("conv1", 3, 64, 7, 2),
        bn("conv1_bn", 64),
        relu("conv1_relu"),
        max_pool_same("pool1", 3, 2),
    ];
    let mut cin = 64;
    for (i, (units, base, stride)) in [(3, 64, 2), (4, 128, 2), (6, 256, 2), (3, 512, 1)]
        .into_iter()
        .enumerate()
    {
        let cout = base * 4;
        let mut block = Vec::new();
        for u in 0..units {
            let s = if u + 1 == units { stride } else { 1 };
            let shortcut = if cin == cout {
                if s == 1 {
                    vec![]
                } else {
                    vec![max_pool("shortcut", 1, s, 0)]
                }
            } else {
                vec![
                    conv("shortcut", cin, cout, [1, 1], s, [0, 0], 1, false),
                    bn("shortcut_bn", cout),
                ]
            };
            let body = vec![
                conv("conv1", cin, base, [1, 1], 1, [0, 0], 1, false),
                bn("conv1_bn", base),
                relu("conv1_relu"),
                conv_same("conv2", base, base, 3, s),
                bn("conv2_bn", base),
                relu("conv2_relu"),
                conv("conv3", base, cout, [1, 1], 1, [0, 0], 1, false),
                bn("conv3_bn", cout),
            ];
            block.push(seq(
                &format!("unit_{}", u + 1),
                vec![add("add", vec![body, shortcut]), relu("relu")],
            ));
            cin = cout;
        }
        l.push(seq(&format!("block{}", i + 1), block));
    }
    l.extend([
        gap("pool5"),
        flatten("flatten"),
        linear("logits", 2048, 1000),
    ]);
    l
}
