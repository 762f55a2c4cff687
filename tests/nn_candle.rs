#![cfg(not(target_arch = "wasm32"))]
//! Independent oracle: candle-core's conv2d and its autograd. Our forward and
//! backward must agree with candle to 1e-4 on random shapes (groups, dilation,
//! stride, symmetric, asymmetric and "same" padding).
//!
//! candle pads symmetrically and takes one stride and one dilation for both axes,
//! so the candle side pads explicitly (`pad_with_zeros`), crops to the rows and
//! columns the kernel reads (so its transposed-conv gradient has the input's size),
//! and convolves without padding; gradients flow back through the pad and the crop.
//! The padding (TensorFlow SAME included) and the output size are worked out here,
//! from their definitions, not by our `Conv2dSpec`.

use candle_core::{Device, Tensor as Ct, Var};
use convatlas::nn::conv::{conv2d, conv2d_backward, Conv2dSpec, Padding};
use convatlas::nn::rng::Rng;
use convatlas::nn::tensor::Tensor;
use proptest::prelude::*;

struct Candle {
    shape: Vec<usize>,
    out: Vec<f32>,
    dx: Vec<f32>,
    dw: Vec<f32>,
    db: Vec<f32>,
}

/// candle's forward and its gradients of `sum(out * r)`.
fn candle_conv(
    x: &Tensor,
    w: &Tensor,
    b: &[f32],
    r: &[f32],
    s: &Conv2dSpec,
) -> candle_core::Result<Candle> {
    let dev = Device::Cpu;
    let xv = Var::from_vec(x.data().to_vec(), x.shape(), &dev)?;
    let wv = Var::from_vec(w.data().to_vec(), w.shape(), &dev)?;
    let bv = Var::from_vec(b.to_vec(), (1, b.len(), 1, 1), &dev)?;
    let [_, _, h, wd] = x.dims4("test").unwrap();
    let (eh, ew) = (
        s.dilation[0] * (s.kernel[0] - 1) + 1,
        s.dilation[1] * (s.kernel[1] - 1) + 1,
    );
    let ((t, bo), (l, ri)) = match s.padding {
        Padding::Explicit {
            top,
            bottom,
            left,
            right,
        } => ((top, bottom), (left, right)),
        Padding::Same => (
            same_padding(h, s.stride[0], eh),
            same_padding(wd, s.stride[1], ew),
        ),
    };
    // floor((i + p_start + p_end - extent) / s) + 1 on each axis.
    let oh = (h + t + bo - eh) / s.stride[0] + 1;
    let ow = (wd + l + ri - ew) / s.stride[1] + 1;
    let xp = xv
        .as_tensor()
        .pad_with_zeros(2, t, bo)?
        .pad_with_zeros(3, l, ri)?;
    let xp =
        xp.narrow(2, 0, (oh - 1) * s.stride[0] + eh)?
            .narrow(3, 0, (ow - 1) * s.stride[1] + ew)?;
    let out = xp.conv2d(wv.as_tensor(), 0, s.stride[0], s.dilation[0], s.groups)?;
    let out = out.broadcast_add(bv.as_tensor())?;
    let rt = Ct::from_vec(r.to_vec(), out.shape(), &dev)?;
    let grads = (&out * &rt)?.sum_all()?.backward()?;
    let flat = |v: &Var| -> candle_core::Result<Vec<f32>> {
        grads
            .get(v)
            .expect("candle returns a gradient for every input")
            .flatten_all()?
            .to_vec1()
    };
    Ok(Candle {
        shape: out.dims().to_vec(),
        out: out.flatten_all()?.to_vec1()?,
        dx: flat(&xv)?,
        dw: flat(&wv)?,
        db: flat(&bv)?,
    })
}

/// TensorFlow's SAME padding of one axis: the output is ceil(in / stride), and the
/// padding that needs is split with the extra pixel at the end.
fn same_padding(input: usize, stride: usize, extent: usize) -> (usize, usize) {
    let out = input.div_ceil(stride);
    let total = ((out - 1) * stride + extent).saturating_sub(input);
    (total / 2, total - total / 2)
}

fn assert_close(a: &[f32], b: &[f32], what: &str) {
    assert_eq!(a.len(), b.len(), "{what}: lengths differ");
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        assert!(
            (x - y).abs() <= 1e-4 * (1.0 + y.abs()),
            "{what}[{i}]: ours {x} vs candle {y}"
        );
    }
}

fn check(s: &Conv2dSpec, n: usize, h: usize, w: usize, seed: u64) {
    let mut rng = Rng::new(seed);
    let x = Tensor::from_vec(
        &[n, s.in_channels, h, w],
        rng.uniform_vec(n * s.in_channels * h * w, -1.0, 1.0),
    )
    .unwrap();
    let wshape = [s.out_channels, s.in_per_group(), s.kernel[0], s.kernel[1]];
    let wt =
        Tensor::from_vec(&wshape, rng.uniform_vec(wshape.iter().product(), -1.0, 1.0)).unwrap();
    let b = rng.uniform_vec(s.out_channels, -1.0, 1.0);
    let ours = conv2d(&x, &wt, Some(&b), s).unwrap();
    let r = Tensor::from_vec(ours.shape(), rng.uniform_vec(ours.data().len(), -1.0, 1.0)).unwrap();
    let grads = conv2d_backward(&x, &wt, &r, s).unwrap();
    let c = candle_conv(&x, &wt, &b, r.data(), s).unwrap();
    let what = format!("{s:?} on {n}x{h}x{w}");
    assert_eq!(ours.shape(), c.shape.as_slice(), "output shape {what}");
    assert_close(ours.data(), &c.out, &format!("forward {what}"));
    assert_close(grads.input.data(), &c.dx, &format!("dx {what}"));
    assert_close(grads.weight.data(), &c.dw, &format!("dw {what}"));
    assert_close(&grads.bias, &c.db, &format!("db {what}"));
}

fn spec(
    c: usize,
    o: usize,
    k: usize,
    s: usize,
    d: usize,
    padding: Padding,
    groups: usize,
) -> Conv2dSpec {
    Conv2dSpec {
        in_channels: c,
        out_channels: o,
        kernel: [k, k],
        stride: [s, s],
        dilation: [d, d],
        padding,
        groups,
        bias: true,
    }
}

#[test]
fn mobilenet_like_layers_agree_with_candle() {
    let p1 = Padding::symmetric(1);
    let none = Padding::symmetric(0);
    let table = [
        (spec(3, 8, 3, 2, 1, p1, 1), 17, 16), // first layer, 3x3 stride 2
        (spec(8, 8, 3, 1, 1, p1, 8), 12, 12), // 3x3 depth-wise
        (spec(8, 8, 3, 2, 1, Padding::Same, 8), 13, 12), // depth-wise stride 2, TF same
        (spec(8, 16, 1, 1, 1, none, 1), 9, 7), // point-wise
        (spec(12, 12, 1, 1, 1, none, 3), 6, 6), // grouped 1x1 (ShuffleNet)
        (spec(4, 6, 3, 1, 2, Padding::symmetric(2), 1), 11, 9), // dilated 3x3
        (
            spec(
                4,
                4,
                3,
                1,
                1,
                Padding::Explicit {
                    top: 0,
                    bottom: 2,
                    left: 1,
                    right: 0,
                },
                2,
            ),
            7,
            8,
        ),
    ];
    for (i, (s, h, w)) in table.iter().enumerate() {
        check(s, 2, *h, *w, i as u64);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn random_shapes_agree_with_candle(
        g in 1usize..4, cg in 1usize..4, og in 1usize..4, k in 1usize..4, st in 1usize..3, d in 1usize..3,
        pads in (0usize..3, 0usize..3, 0usize..3, 0usize..3), same in prop::bool::ANY,
        n in 1usize..3, dh in 0usize..5, dw in 0usize..5, seed in 0u64..1000,
    ) {
        let padding = if same { Padding::Same } else {
            Padding::Explicit { top: pads.0, bottom: pads.1, left: pads.2, right: pads.3 }
        };
        let s = spec(g * cg, g * og, k, st, d, padding, g);
        let extent = d * (k - 1) + 1;
        check(&s, n, extent + dh, extent + dw, seed);
    }
}
