//! Small constructors for the zoo's layers, so each network reads like its paper's table.

use crate::arch::{Layer, Merge, Op, Pool2dSpec};
use crate::nn::conv::{Conv2dSpec, Padding};

/// A conv layer: kernel (kh, kw), stride `s`, symmetric padding (ph, pw), `groups`, `bias`.
#[allow(clippy::too_many_arguments)]
pub fn conv(
    name: &str,
    cin: usize,
    cout: usize,
    k: [usize; 2],
    s: usize,
    p: [usize; 2],
    groups: usize,
    bias: bool,
) -> Layer {
    conv_dilated(name, cin, cout, k, s, 1, p, groups, bias)
}

/// A conv layer with dilation `d` on both axes.
#[allow(clippy::too_many_arguments)]
pub fn conv_dilated(
    name: &str,
    cin: usize,
    cout: usize,
    k: [usize; 2],
    s: usize,
    d: usize,
    p: [usize; 2],
    groups: usize,
    bias: bool,
) -> Layer {
    conv_padded(
        name,
        cin,
        cout,
        k,
        s,
        d,
        Padding::Explicit {
            top: p[0],
            bottom: p[0],
            left: p[1],
            right: p[1],
        },
        groups,
        bias,
    )
}

/// A conv layer with any padding (explicit or TensorFlow SAME).
#[allow(clippy::too_many_arguments)]
pub fn conv_padded(
    name: &str,
    cin: usize,
    cout: usize,
    k: [usize; 2],
    s: usize,
    d: usize,
    padding: Padding,
    groups: usize,
    bias: bool,
) -> Layer {
    Layer::new(
        name,
        Op::Conv2d(Conv2dSpec {
            in_channels: cin,
            out_channels: cout,
            kernel: k,
            stride: [s, s],
            dilation: [d, d],
            padding,
            groups,
            bias,
        }),
    )
}

/// Square `k x k` conv, stride `s`, padding `p`, one group, with bias.
pub fn conv_k(name: &str, cin: usize, cout: usize, k: usize, s: usize, p: usize) -> Layer {
    conv(name, cin, cout, [k, k], s, [p, p], 1, true)
}

pub fn bn(name: &str, c: usize) -> Layer {
    bn_eps(name, c, 1e-5)
}

pub fn bn_eps(name: &str, c: usize, eps: f32) -> Layer {
    Layer::new(name, Op::BatchNorm { channels: c, eps })
}

pub fn relu(name: &str) -> Layer {
    Layer::new(name, Op::Relu)
}

pub fn relu6(name: &str) -> Layer {
    Layer::new(name, Op::Relu6)
}

pub fn max_pool(name: &str, k: usize, s: usize, p: usize) -> Layer {
    Layer::new(name, Op::MaxPool2d(Pool2dSpec::square(k, s, p)))
}

pub fn max_pool_ceil(name: &str, k: usize, s: usize) -> Layer {
    Layer::new(name, Op::MaxPool2d(Pool2dSpec::square(k, s, 0).ceil()))
}

pub fn max_pool_same(name: &str, k: usize, s: usize) -> Layer {
    Layer::new(
        name,
        Op::MaxPool2d(Pool2dSpec {
            padding: Padding::Same,
            ..Pool2dSpec::square(k, s, 0)
        }),
    )
}

pub fn avg_pool(name: &str, k: usize, s: usize, p: usize) -> Layer {
    Layer::new(name, Op::AvgPool2d(Pool2dSpec::square(k, s, p)))
}

pub fn gap(name: &str) -> Layer {
    Layer::new(name, Op::GlobalAvgPool)
}

pub fn adaptive(name: &str, oh: usize, ow: usize) -> Layer {
    Layer::new(name, Op::AdaptiveAvgPool2d { output: [oh, ow] })
}

pub fn flatten(name: &str) -> Layer {
    Layer::new(name, Op::Flatten)
}

pub fn dropout(name: &str, p: f32) -> Layer {
    Layer::new(name, Op::Dropout { p })
}

pub fn linear(name: &str, cin: usize, cout: usize) -> Layer {
    Layer::new(
        name,
        Op::Linear {
            in_features: cin,
            out_features: cout,
            bias: true,
        },
    )
}

pub fn shuffle(name: &str, groups: usize) -> Layer {
    Layer::new(name, Op::ChannelShuffle { groups })
}

pub fn slice(name: &str, start: usize, len: usize) -> Layer {
    Layer::new(name, Op::ChannelSlice { start, len })
}

pub fn seq(name: &str, layers: Vec<Layer>) -> Layer {
    Layer::new(name, Op::Sequential { layers })
}

pub fn concat(name: &str, branches: Vec<Vec<Layer>>) -> Layer {
    Layer::new(
        name,
        Op::Branches {
            branches,
            merge: Merge::Concat,
        },
    )
}

pub fn add(name: &str, branches: Vec<Vec<Layer>>) -> Layer {
    Layer::new(
        name,
        Op::Branches {
            branches,
            merge: Merge::Add,
        },
    )
}

/// conv (no bias) + batch norm + ReLU, named `{name}.conv`, `{name}.bn`, `{name}.relu`
/// inside a sequential `name` (torchvision's BasicConv2d / ConvBNReLU).
#[allow(clippy::too_many_arguments)]
pub fn conv_bn_relu(
    name: &str,
    cin: usize,
    cout: usize,
    k: [usize; 2],
    s: usize,
    p: [usize; 2],
    groups: usize,
    eps: f32,
) -> Layer {
    seq(
        name,
        vec![
            conv("conv", cin, cout, k, s, p, groups, false),
            bn_eps("bn", cout, eps),
            relu("relu"),
        ],
    )
}
