#![cfg(not(target_arch = "wasm32"))]
//! conv2d: the fast kernels and the backward pass against the naive reference,
//! a hand-worked golden case, finite-difference gradients, invalid inputs,
//! the resource budget, an instrumented MAC count, and property tests on random shapes.

use convatlas::budget::Budget;
use convatlas::error::Error;
use convatlas::nn::conv::reference::{conv2d_reference, conv2d_reference_counted};
use convatlas::nn::conv::{
    conv2d, conv2d_backward, conv2d_backward_input, conv2d_backward_reference, conv2d_with,
    Conv2dSpec, ConvPath, Padding,
};
use convatlas::nn::rng::Rng;
use convatlas::nn::tensor::Tensor;
use proptest::prelude::*;

fn rand_tensor(shape: &[usize], rng: &mut Rng) -> Tensor {
    let n = shape.iter().product();
    Tensor::from_vec(shape, rng.uniform_vec(n, -1.0, 1.0)).unwrap()
}

fn assert_close(a: &[f32], b: &[f32], tol: f32, what: &str) {
    assert_eq!(a.len(), b.len(), "{what}: lengths differ");
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        assert!(
            (x - y).abs() <= tol * (1.0 + y.abs()),
            "{what}[{i}]: {x} vs {y}"
        );
    }
}

fn spec(
    c: usize,
    o: usize,
    k: [usize; 2],
    s: [usize; 2],
    d: [usize; 2],
    padding: Padding,
    groups: usize,
) -> Conv2dSpec {
    Conv2dSpec {
        in_channels: c,
        out_channels: o,
        kernel: k,
        stride: s,
        dilation: d,
        padding,
        groups,
        bias: true,
    }
}

fn pad(t: usize, b: usize, l: usize, r: usize) -> Padding {
    Padding::Explicit {
        top: t,
        bottom: b,
        left: l,
        right: r,
    }
}

/// (name, spec, input H, W): every feature of the general conv and each fast-path shape.
fn cases() -> Vec<(&'static str, Conv2dSpec, usize, usize)> {
    let p1 = Padding::symmetric(1);
    vec![
        (
            "3x3 standard",
            spec(3, 4, [3, 3], [1, 1], [1, 1], p1, 1),
            7,
            6,
        ),
        (
            "3x3 stride 2",
            spec(4, 6, [3, 3], [2, 2], [1, 1], p1, 1),
            9,
            8,
        ),
        (
            "3x3 dilation 2",
            spec(2, 3, [3, 3], [1, 1], [2, 2], Padding::symmetric(2), 1),
            8,
            9,
        ),
        (
            "asymmetric padding",
            spec(2, 3, [3, 2], [1, 2], [1, 1], pad(0, 2, 1, 0), 1),
            6,
            7,
        ),
        (
            "same padding stride 2",
            spec(3, 2, [3, 3], [2, 2], [1, 1], Padding::Same, 1),
            8,
            7,
        ),
        (
            "same padding dilation 3",
            spec(2, 2, [3, 3], [1, 1], [3, 3], Padding::Same, 1),
            7,
            7,
        ),
        (
            "3x3, output as wide as the input, padding all on the left",
            spec(2, 3, [3, 3], [1, 1], [1, 1], pad(1, 1, 2, 0), 1),
            5,
            6,
        ),
        (
            "dilation 4 on a 3-wide input: outer taps miss every column",
            spec(2, 2, [3, 3], [1, 1], [4, 4], Padding::Same, 1),
            4,
            3,
        ),
        (
            "5x1 kernel, 1x3 stride",
            spec(2, 2, [5, 1], [1, 3], [1, 1], pad(2, 2, 0, 0), 1),
            6,
            10,
        ),
        (
            "grouped 3x3",
            spec(4, 6, [3, 3], [1, 1], [1, 1], p1, 2),
            5,
            5,
        ),
        (
            "depth-wise 3x3",
            spec(5, 5, [3, 3], [1, 1], [1, 1], p1, 5),
            8,
            9,
        ),
        (
            "depth-wise 3x3 stride 2",
            spec(4, 4, [3, 3], [2, 2], [1, 1], pad(0, 1, 0, 1), 4),
            9,
            8,
        ),
        (
            "depth-wise dilated",
            spec(3, 3, [3, 3], [1, 1], [2, 2], Padding::Same, 3),
            9,
            9,
        ),
        (
            "depth-wise multiplier 2",
            spec(3, 6, [3, 3], [1, 1], [1, 1], p1, 3),
            5,
            6,
        ),
        (
            "depth-wise 5x5 stride 2",
            spec(2, 2, [5, 5], [2, 2], [1, 1], Padding::symmetric(2), 2),
            9,
            7,
        ),
        (
            "point-wise",
            spec(6, 5, [1, 1], [1, 1], [1, 1], pad(0, 0, 0, 0), 1),
            4,
            5,
        ),
        (
            "grouped point-wise",
            spec(6, 9, [1, 1], [1, 1], [1, 1], pad(0, 0, 0, 0), 3),
            4,
            3,
        ),
        (
            "1x1 stride 2",
            spec(3, 4, [1, 1], [2, 2], [1, 1], pad(0, 0, 0, 0), 1),
            5,
            6,
        ),
        (
            "1x1 padded",
            spec(3, 2, [1, 1], [1, 1], [1, 1], p1, 1),
            3,
            3,
        ),
        (
            "kernel = input",
            spec(2, 3, [4, 5], [1, 1], [1, 1], pad(0, 0, 0, 0), 1),
            4,
            5,
        ),
        (
            "stride larger than kernel",
            spec(2, 2, [2, 2], [3, 3], [1, 1], pad(0, 0, 0, 0), 1),
            8,
            8,
        ),
        (
            "padding larger than kernel",
            spec(1, 2, [2, 2], [1, 1], [1, 1], Padding::symmetric(3), 1),
            3,
            3,
        ),
    ]
}

fn weight_for(s: &Conv2dSpec, rng: &mut Rng) -> Tensor {
    rand_tensor(
        &[s.out_channels, s.in_per_group(), s.kernel[0], s.kernel[1]],
        rng,
    )
}

#[test]
fn golden_cases_worked_by_hand() {
    // inp 1x1x3x3 = 1..9; one 2x2 filter [[1,0],[0,-1]], bias 0.5, stride 1, no padding:
    // out[y][x] = inp[y][x] - inp[y+1][x+1] + 0.5 = -4 + 0.5 at every position.
    let inp = Tensor::from_vec(&[1, 1, 3, 3], (1..=9).map(|v| v as f32).collect()).unwrap();
    let w = Tensor::from_vec(&[1, 1, 2, 2], vec![1.0, 0.0, 0.0, -1.0]).unwrap();
    let s = spec(1, 1, [2, 2], [1, 1], [1, 1], pad(0, 0, 0, 0), 1);
    for out in [
        conv2d_reference(&inp, &w, Some(&[0.5]), &s).unwrap(),
        conv2d(&inp, &w, Some(&[0.5]), &s).unwrap(),
    ] {
        assert_eq!(out.shape(), &[1, 1, 2, 2]);
        assert_eq!(out.data(), &[-3.5; 4]);
    }
    // Same padding, 3x3 ones filter on 3x3 ones: corner sums 4, edges 6, centre 9.
    let ones = Tensor::from_vec(&[1, 1, 3, 3], vec![1.0; 9]).unwrap();
    let w = Tensor::from_vec(&[1, 1, 3, 3], vec![1.0; 9]).unwrap();
    let s = spec(1, 1, [3, 3], [1, 1], [1, 1], Padding::Same, 1);
    for out in [
        conv2d_reference(&ones, &w, None, &s).unwrap(),
        conv2d(&ones, &w, None, &s).unwrap(),
    ] {
        assert_eq!(out.data(), &[4.0, 6.0, 4.0, 6.0, 9.0, 6.0, 4.0, 6.0, 4.0]);
    }
}

#[test]
fn every_kernel_matches_the_reference_forward() {
    let mut rng = Rng::new(1);
    for (name, s, h, w) in cases() {
        let x = rand_tensor(&[2, s.in_channels, h, w], &mut rng);
        let wt = weight_for(&s, &mut rng);
        let b = rng.uniform_vec(s.out_channels, -1.0, 1.0);
        let want = conv2d_reference(&x, &wt, Some(&b), &s).unwrap();
        for k in [ConvPath::Im2col, ConvPath::Depthwise, ConvPath::Pointwise] {
            if !k.supports(&s) {
                continue;
            }
            let got = conv2d_with(k, &x, &wt, Some(&b), &s, &Budget::default()).unwrap();
            assert_eq!(got.shape(), want.shape(), "{name} {k:?}");
            assert_close(got.data(), want.data(), 1e-5, &format!("{name} {k:?}"));
        }
        let got = conv2d(&x, &wt, None, &s).unwrap();
        let want = conv2d_reference(&x, &wt, None, &s).unwrap();
        assert_close(
            got.data(),
            want.data(),
            1e-5,
            &format!("{name} dispatch, no bias"),
        );
    }
}

#[test]
fn dispatch_picks_the_fast_paths() {
    let dw = spec(8, 8, [3, 3], [1, 1], [1, 1], Padding::Same, 8);
    let pw = spec(8, 16, [1, 1], [1, 1], [1, 1], pad(0, 0, 0, 0), 1);
    let std = spec(8, 16, [3, 3], [1, 1], [1, 1], Padding::Same, 1);
    assert_eq!(ConvPath::for_spec(&dw), ConvPath::Depthwise);
    assert_eq!(ConvPath::for_spec(&pw), ConvPath::Pointwise);
    assert_eq!(ConvPath::for_spec(&std), ConvPath::Im2col);
}

#[test]
fn fast_backward_matches_the_reference_backward() {
    let mut rng = Rng::new(2);
    for (name, s, h, w) in cases() {
        let x = rand_tensor(&[2, s.in_channels, h, w], &mut rng);
        let wt = weight_for(&s, &mut rng);
        let out = conv2d_reference(&x, &wt, None, &s).unwrap();
        let dy = rand_tensor(out.shape(), &mut rng);
        let want = conv2d_backward_reference(&x, &wt, &dy, &s).unwrap();
        let got = conv2d_backward(&x, &wt, &dy, &s).unwrap();
        assert_close(
            got.input.data(),
            want.input.data(),
            1e-4,
            &format!("{name} dx"),
        );
        // The input's gradient alone, from the input's shape only.
        let alone = conv2d_backward_input(x.shape(), &wt, &dy, &s).unwrap();
        assert_eq!(alone.shape(), x.shape(), "{name}");
        assert_close(
            alone.data(),
            want.input.data(),
            1e-4,
            &format!("{name} dx alone"),
        );
        assert_close(
            got.weight.data(),
            want.weight.data(),
            1e-4,
            &format!("{name} dw"),
        );
        assert_close(&got.bias, &want.bias, 1e-4, &format!("{name} db"));
    }
}

/// Central difference of `loss` in coordinate `i` of `v`.
fn numeric(v: &mut [f32], i: usize, eps: f32, loss: &mut dyn FnMut(&[f32]) -> f64) -> f32 {
    let old = v[i];
    v[i] = old + eps;
    let up = loss(v);
    v[i] = old - eps;
    let down = loss(v);
    v[i] = old;
    ((up - down) / (2.0 * eps as f64)) as f32
}

/// Loss = sum(out * r) for a fixed random r, so dL/dout = r; the loss is evaluated
/// in f64 from the reference forward, and the gradients come from the fast backward.
#[test]
fn backward_matches_finite_differences() {
    let mut rng = Rng::new(3);
    for (name, s, h, w) in cases().into_iter().step_by(2) {
        let mut x = rand_tensor(&[1, s.in_channels, h, w], &mut rng);
        let mut wt = weight_for(&s, &mut rng);
        let mut b = rng.uniform_vec(s.out_channels, -1.0, 1.0);
        let r = rand_tensor(
            conv2d_reference(&x, &wt, None, &s).unwrap().shape(),
            &mut rng,
        );
        let g = conv2d_backward(&x, &wt, &r, &s).unwrap();
        let loss = |x: &Tensor, wt: &Tensor, b: &[f32]| -> f64 {
            let out = conv2d_reference(x, wt, Some(b), &s).unwrap();
            out.data()
                .iter()
                .zip(r.data())
                .map(|(o, r)| (*o as f64) * (*r as f64))
                .sum()
        };
        let (xs, ws) = (x.shape().to_vec(), wt.shape().to_vec());
        for i in (0..x.data().len()).step_by(7) {
            let num = numeric(x.data_mut(), i, 1e-2, &mut |v| {
                loss(&Tensor::from_vec(&xs, v.to_vec()).unwrap(), &wt, &b)
            });
            assert!(
                (num - g.input.data()[i]).abs() < 1e-2,
                "{name} dx[{i}]: {num} vs {}",
                g.input.data()[i]
            );
        }
        for i in (0..wt.data().len()).step_by(5) {
            let num = numeric(wt.data_mut(), i, 1e-2, &mut |v| {
                loss(&x, &Tensor::from_vec(&ws, v.to_vec()).unwrap(), &b)
            });
            assert!(
                (num - g.weight.data()[i]).abs() < 1e-2,
                "{name} dw[{i}]: {num} vs {}",
                g.weight.data()[i]
            );
        }
        let num = numeric(&mut b, 0, 1e-2, &mut |v| loss(&x, &wt, v));
        assert!(
            (num - g.bias[0]).abs() < 1e-2,
            "{name} db: {num} vs {}",
            g.bias[0]
        );
    }
}

/// The instrumented reference counts every multiply-add it executes and every tap it
/// skips on the padding; together they are `N * macs`, because `macs` counts padding
/// taps too (the papers' convention).
#[test]
fn executed_multiply_adds_match_the_mac_formula() {
    let mut rng = Rng::new(4);
    for (name, s, h, w) in cases() {
        let x = rand_tensor(&[2, s.in_channels, h, w], &mut rng);
        let wt = weight_for(&s, &mut rng);
        let (out, count) = conv2d_reference_counted(&x, &wt, None, &s).unwrap();
        let [_, _, oh, ow] = out.dims4("test").unwrap();
        assert_eq!(count.executed + count.padding, 2 * s.macs(oh, ow), "{name}");
        let [t, bo, l, r] = s.resolve_padding(h, w);
        if t + bo + l + r == 0 {
            assert_eq!(count.padding, 0, "{name}: no padding, every tap executes");
        }
    }
    // 1x1 image, 3x3 kernel, padding 1: only the centre tap is real, 8 of 9 fall on padding.
    let s = spec(1, 1, [3, 3], [1, 1], [1, 1], Padding::symmetric(1), 1);
    let one = Tensor::from_vec(&[1, 1, 1, 1], vec![2.0]).unwrap();
    let w = Tensor::from_vec(&[1, 1, 3, 3], vec![1.0; 9]).unwrap();
    let (_, count) = conv2d_reference_counted(&one, &w, None, &s).unwrap();
    assert_eq!((count.executed, count.padding), (1, 8));
    // MobileNet Table 3 layer (Dk=3, M=N=512, Df=14, full conv): 462M MACs.
    let s = spec(512, 512, [3, 3], [1, 1], [1, 1], Padding::symmetric(1), 1);
    assert_eq!(s.macs(14, 14), 462_422_016);
}

#[test]
fn invalid_inputs_are_refused_with_clear_errors() {
    let s = spec(4, 6, [3, 3], [1, 1], [1, 1], Padding::symmetric(1), 2);
    let x = Tensor::zeros(&[1, 4, 5, 5]).unwrap();
    let w = Tensor::zeros(&[6, 2, 3, 3]).unwrap();
    let no_pad = Conv2dSpec {
        dilation: [4, 1],
        padding: pad(0, 0, 0, 0),
        ..s
    };
    type Case = (
        &'static str,
        Tensor,
        Tensor,
        Option<Vec<f32>>,
        Conv2dSpec,
        &'static str,
    );
    let cases: Vec<Case> = vec![
        (
            "rank",
            Tensor::zeros(&[4, 5, 5]).unwrap(),
            w.clone(),
            None,
            s,
            "4-D",
        ),
        (
            "channels",
            Tensor::zeros(&[1, 3, 5, 5]).unwrap(),
            w.clone(),
            None,
            s,
            "3 channels",
        ),
        (
            "weight",
            x.clone(),
            Tensor::zeros(&[6, 4, 3, 3]).unwrap(),
            None,
            s,
            "weight shape",
        ),
        (
            "bias",
            x.clone(),
            w.clone(),
            Some(vec![0.0; 5]),
            s,
            "bias has 5",
        ),
        (
            "groups",
            x.clone(),
            w.clone(),
            None,
            Conv2dSpec { groups: 3, ..s },
            "groups",
        ),
        (
            "zero stride",
            x.clone(),
            w.clone(),
            None,
            Conv2dSpec {
                stride: [0, 1],
                ..s
            },
            "stride height is 0",
        ),
        (
            "kernel too big",
            x.clone(),
            w.clone(),
            None,
            no_pad,
            "larger than the padded input",
        ),
        (
            "empty batch",
            Tensor::zeros(&[0, 4, 5, 5]).unwrap(),
            w.clone(),
            None,
            s,
            "batch is empty",
        ),
        (
            "empty image",
            Tensor::zeros(&[1, 4, 0, 5]).unwrap(),
            w.clone(),
            None,
            s,
            "at least 1",
        ),
    ];
    for (name, x, w, b, s, needle) in cases {
        let fast = conv2d(&x, &w, b.as_deref(), &s).unwrap_err();
        let slow = conv2d_reference(&x, &w, b.as_deref(), &s).unwrap_err();
        assert_eq!(fast, slow, "{name}");
        assert!(fast.to_string().contains(needle), "{name}: {fast}");
    }
    let err = conv2d_with(ConvPath::Depthwise, &x, &w, None, &s, &Budget::default()).unwrap_err();
    assert!(matches!(err, Error::Param { .. }), "{err}");
    let dy = Tensor::zeros(&[1, 6, 4, 5]).unwrap();
    let err = conv2d_backward(&x, &w, &dy, &s).unwrap_err();
    assert!(err.to_string().contains("output gradient"), "{err}");
}

#[test]
fn budget_is_refused_before_allocating() {
    let s = spec(4, 4, [3, 3], [1, 1], [1, 1], Padding::Same, 1);
    let x = Tensor::zeros(&[1, 4, 8, 8]).unwrap();
    let w = Tensor::zeros(&[4, 4, 3, 3]).unwrap();
    let tight = Budget {
        max_elements: 100,
        max_call_macs: u64::MAX,
        ..Budget::default()
    };
    let err = conv2d_with(ConvPath::Im2col, &x, &w, None, &s, &tight).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Budget {
                needed: 256,
                limit: 100,
                ..
            }
        ),
        "{err}"
    );
    let cheap = Budget {
        max_elements: 1 << 20,
        max_call_macs: 1000,
        ..Budget::default()
    };
    let err = conv2d_with(ConvPath::Im2col, &x, &w, None, &s, &cheap).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Budget {
                needed: 9216,
                limit: 1000,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("over the limit"), "{err}");
    // A layer whose output would pass the default budget is refused from the shapes alone.
    let wide = spec(1, 1024, [1, 1], [1, 1], [1, 1], pad(0, 0, 0, 0), 1);
    let x = Tensor::zeros(&[1, 1, 300, 300]).unwrap();
    let err = conv2d(&x, &Tensor::zeros(&[1024, 1, 1, 1]).unwrap(), None, &wide).unwrap_err();
    assert!(matches!(err, Error::Budget { .. }), "{err}");
}

/// Random layers: groups, channels, kernel, stride and dilation drawn per axis
/// (so 1×1 strides and dilations occur), padding explicit or SAME, and one case
/// in four a plain point-wise layer (1×1, stride 1, no padding) for that fast path.
fn arb_case() -> impl Strategy<Value = (Conv2dSpec, usize, usize, usize)> {
    let dims = (
        1usize..4,
        1usize..4,
        1usize..4,
        1usize..4,
        1usize..3,
        (1usize..3, 1usize..3),
    );
    let rest = (
        (1usize..3, 1usize..3),
        0usize..3,
        0usize..3,
        0usize..4,
        1usize..3,
        (prop::bool::ANY, prop::bool::weighted(0.25)),
    );
    (dims, rest).prop_flat_map(
        |((g, cg, og, kh, kw, stride), (dilation, pt, pl, extra, n, (same, pointwise)))| {
            let padding = if same {
                Padding::Same
            } else {
                pad(pt, extra % 2, pl, extra / 2)
            };
            let mut sp = Conv2dSpec {
                in_channels: g * cg,
                out_channels: g * og,
                kernel: [kh, kw],
                stride: [stride.0, stride.1],
                dilation: [dilation.0, dilation.1],
                padding,
                groups: g,
                bias: true,
            };
            if pointwise {
                sp.kernel = [1, 1];
                sp.stride = [1, 1];
                sp.dilation = [1, 1];
                sp.padding = pad(0, 0, 0, 0);
            }
            let [eh, ew] = sp.extent();
            let (ph, pw) = match sp.padding {
                Padding::Explicit {
                    top,
                    bottom,
                    left,
                    right,
                } => (top + bottom, left + right),
                Padding::Same => (0, 0),
            };
            let min_h = eh.saturating_sub(ph).max(1);
            let min_w = ew.saturating_sub(pw).max(1);
            (Just(sp), Just(n), min_h..min_h + 6, min_w..min_w + 6)
        },
    )
}

#[test]
fn the_random_layers_include_unit_strides_dilations_and_point_wise() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = arb_case();
    let (mut unit_stride, mut unit_dilation, mut pointwise, mut strided) = (0, 0, 0, 0);
    for _ in 0..400 {
        let (s, ..) = strategy.new_tree(&mut runner).unwrap().current();
        unit_stride += usize::from(s.stride == [1, 1]);
        unit_dilation += usize::from(s.dilation == [1, 1]);
        pointwise += usize::from(ConvPath::Pointwise.supports(&s));
        strided += usize::from(s.stride[0] != s.stride[1]);
    }
    assert!(
        unit_stride > 50 && unit_dilation > 50,
        "{unit_stride} {unit_dilation}"
    );
    assert!(
        pointwise > 50,
        "the point-wise fast path is drawn {pointwise} times"
    );
    assert!(strided > 50, "{strided}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn random_shapes_fast_equals_reference((s, n, h, w) in arb_case(), seed in 0u64..1000) {
        let mut rng = Rng::new(seed);
        let x = rand_tensor(&[n, s.in_channels, h, w], &mut rng);
        let wt = weight_for(&s, &mut rng);
        let b = rng.uniform_vec(s.out_channels, -1.0, 1.0);
        let want = conv2d_reference(&x, &wt, Some(&b), &s).unwrap();
        for k in [ConvPath::Im2col, ConvPath::Depthwise, ConvPath::Pointwise] {
            if k.supports(&s) {
                let got = conv2d_with(k, &x, &wt, Some(&b), &s, &Budget::default()).unwrap();
                assert_close(got.data(), want.data(), 1e-5, &format!("{k:?} {s:?}"));
            }
        }
        let dy = rand_tensor(want.shape(), &mut rng);
        let gw = conv2d_backward_reference(&x, &wt, &dy, &s).unwrap();
        let gg = conv2d_backward(&x, &wt, &dy, &s).unwrap();
        assert_close(gg.input.data(), gw.input.data(), 1e-4, "dx");
        assert_close(gg.weight.data(), gw.weight.data(), 1e-4, "dw");
        assert_close(&gg.bias, &gw.bias, 1e-4, "db");
    }
}

#[test]
fn resnet_sized_channel_counts_are_accepted_and_absurd_ones_refused() {
    // ResNet-50's last stage has 2,048 channels: a valid conv2d.
    let wide = spec(2048, 512, [1, 1], [1, 1], [1, 1], pad(0, 0, 0, 0), 1);
    assert_eq!(wide.output_shape([2048, 7, 7]).unwrap(), [512, 7, 7]);
    let absurd = spec(1 << 20, 8, [1, 1], [1, 1], [1, 1], pad(0, 0, 0, 0), 1);
    let err = absurd
        .output_shape([1 << 20, 1, 1])
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("in_channels") && err.contains("1..=65536"),
        "{err}"
    );
}

#[test]
fn one_definition_of_depth_wise_and_grouped() {
    use convatlas::nn::conv::{grouping, Grouping};
    assert_eq!(grouping(1, 64), Grouping::Full);
    assert_eq!(
        grouping(1, 1),
        Grouping::Full,
        "a one-channel input is not depth-wise"
    );
    assert_eq!(grouping(32, 32), Grouping::Depthwise);
    assert_eq!(grouping(2, 96), Grouping::Grouped);
    // Every depth-wise layer can run on the depth-wise kernel.
    for c in 2..9 {
        let s = spec(c, 2 * c, [3, 3], [1, 1], [1, 1], pad(1, 1, 1, 1), c);
        assert!(s.is_depthwise() && ConvPath::Depthwise.supports(&s));
        let g = spec(2 * c, 2 * c, [3, 3], [1, 1], [1, 1], pad(1, 1, 1, 1), c);
        assert!(!g.is_depthwise());
    }
}
