#![cfg(not(target_arch = "wasm32"))]
//! Layer ops: forward values against naive formulas worked here independently,
//! every backward against central finite differences of its forward, and invalid inputs.

use convatlas::arch::Pool2dSpec;
use convatlas::nn::conv::Padding;
use convatlas::nn::ops::activation::*;
use convatlas::nn::ops::batchnorm::*;
use convatlas::nn::ops::concat::*;
use convatlas::nn::ops::dropout::*;
use convatlas::nn::ops::linear::*;
use convatlas::nn::ops::pool::*;
use convatlas::nn::ops::shuffle::*;
use convatlas::nn::ops::softmax::*;
use convatlas::nn::rng::Rng;
use convatlas::nn::tensor::Tensor;

fn rand_tensor(shape: &[usize], rng: &mut Rng) -> Tensor {
    let n = shape.iter().product();
    Tensor::from_vec(shape, rng.uniform_vec(n, -1.0, 1.0)).unwrap()
}

/// Distinct values spaced 0.05 apart, shuffled, so max pool and ReLU have no ties or
/// kinks within a finite-difference step.
fn spaced(shape: &[usize], rng: &mut Rng) -> Tensor {
    let n: usize = shape.iter().product();
    let mut v: Vec<f32> = (0..n)
        .map(|i| (i as f32 - n as f32 / 2.0) * 0.05 + 0.025)
        .collect();
    rng.shuffle(&mut v);
    Tensor::from_vec(shape, v).unwrap()
}

/// Checks `analytic` = d/dx sum(f(x) * r) by central differences on every element.
fn grad_check(
    name: &str,
    x: &Tensor,
    r: &Tensor,
    analytic: &Tensor,
    f: impl Fn(&Tensor) -> Tensor,
) {
    assert_eq!(analytic.shape(), x.shape(), "{name}: gradient shape");
    let loss = |t: &Tensor| -> f64 {
        f(t).data()
            .iter()
            .zip(r.data())
            .map(|(a, b)| *a as f64 * *b as f64)
            .sum()
    };
    let eps = 1e-2f32;
    let mut t = x.clone();
    for i in 0..x.data().len() {
        let v = t.data()[i];
        t.data_mut()[i] = v + eps;
        let up = loss(&t);
        t.data_mut()[i] = v - eps;
        let down = loss(&t);
        t.data_mut()[i] = v;
        let num = ((up - down) / (2.0 * eps as f64)) as f32;
        let a = analytic.data()[i];
        assert!(
            (num - a).abs() < 1e-2 * (1.0 + a.abs()),
            "{name}[{i}]: numeric {num} vs analytic {a}"
        );
    }
}

fn vec_tensor(v: &[f32]) -> Tensor {
    Tensor::from_vec(&[v.len()], v.to_vec()).unwrap()
}

#[test]
fn relu_and_relu6() {
    let x = Tensor::from_vec(&[1, 5], vec![-2.0, -0.5, 0.5, 5.0, 7.0]).unwrap();
    assert_eq!(relu_forward(&x).data(), &[0.0, 0.0, 0.5, 5.0, 7.0]);
    assert_eq!(relu6_forward(&x).data(), &[0.0, 0.0, 0.5, 5.0, 6.0]);
    let mut rng = Rng::new(1);
    let x = spaced(&[2, 3, 4, 5], &mut rng).map(|v| v * 4.0);
    let r = rand_tensor(x.shape(), &mut rng);
    grad_check(
        "relu",
        &x,
        &r,
        &relu_backward(&x, &r).unwrap(),
        relu_forward,
    );
    grad_check(
        "relu6",
        &x,
        &r,
        &relu6_backward(&x, &r).unwrap(),
        relu6_forward,
    );
    assert!(relu_backward(&x, &Tensor::zeros(&[2, 3]).unwrap()).is_err());
}

fn pool(
    k: [usize; 2],
    s: [usize; 2],
    padding: Padding,
    ceil_mode: bool,
    count_include_pad: bool,
) -> Pool2dSpec {
    Pool2dSpec {
        kernel: k,
        stride: s,
        padding,
        ceil_mode,
        count_include_pad,
    }
}

#[test]
fn max_pool_forward_and_gradient() {
    // 4x4 ramp, 2x2 windows stride 2: each window's max is its bottom-right value.
    let x = Tensor::from_vec(&[1, 1, 4, 4], (0..16).map(|v| v as f32).collect()).unwrap();
    let (y, _) = max_pool_forward(&x, &Pool2dSpec::square(2, 2, 0)).unwrap();
    assert_eq!(y.data(), &[5.0, 7.0, 13.0, 15.0]);
    // Ceil mode keeps the partial last window: 3x3 input, 2x2 stride 2 -> 2x2.
    let x3 = Tensor::from_vec(&[1, 1, 3, 3], (1..=9).map(|v| v as f32).collect()).unwrap();
    let (y, _) = max_pool_forward(&x3, &Pool2dSpec::square(2, 2, 0).ceil()).unwrap();
    assert_eq!(y.data(), &[5.0, 6.0, 8.0, 9.0]);
    // Padding never wins, even against negative values.
    let neg = x3.map(|v| -v);
    let (y, _) = max_pool_forward(&neg, &Pool2dSpec::square(3, 3, 1)).unwrap();
    assert_eq!(y.data(), &[-1.0]);
    let mut rng = Rng::new(2);
    let specs = [
        Pool2dSpec::square(3, 2, 0),
        Pool2dSpec::square(3, 2, 1),
        Pool2dSpec::square(3, 2, 0).ceil(),
        pool([2, 3], [1, 2], Padding::Same, false, true),
    ];
    for spec in specs {
        let x = spaced(&[2, 2, 7, 6], &mut rng);
        let (y, arg) = max_pool_forward(&x, &spec).unwrap();
        let r = rand_tensor(y.shape(), &mut rng);
        let dx = max_pool_backward(x.shape(), &arg, &r).unwrap();
        grad_check("max_pool", &x, &r, &dx, |t| {
            max_pool_forward(t, &spec).unwrap().0
        });
    }
}

#[test]
fn avg_pool_forward_and_gradient() {
    let x = Tensor::from_vec(&[1, 1, 2, 2], vec![1.0, 2.0, 3.0, 4.0]).unwrap();
    let y = avg_pool_forward(&x, &Pool2dSpec::square(2, 2, 0)).unwrap();
    assert_eq!(y.data(), &[2.5]);
    // 3x3 windows with padding 1 on a 2x2 input: 4 valid taps of a 9-tap window.
    let excl = pool([3, 3], [1, 1], Padding::symmetric(1), false, false);
    assert_eq!(avg_pool_forward(&x, &excl).unwrap().data(), &[2.5; 4]);
    let incl = Pool2dSpec::square(3, 1, 1);
    assert_eq!(
        avg_pool_forward(&x, &incl).unwrap().data(),
        &[10.0 / 9.0; 4]
    );
    // Ceil mode (PyTorch): the partial windows divide by their size inside the input.
    let x3 = Tensor::from_vec(&[1, 1, 3, 3], (1..=9).map(|v| v as f32).collect()).unwrap();
    let y = avg_pool_forward(&x3, &Pool2dSpec::square(2, 2, 0).ceil()).unwrap();
    assert_eq!(y.data(), &[3.0, 4.5, 7.5, 9.0]);
    let mut rng = Rng::new(3);
    let specs = [
        excl,
        incl,
        Pool2dSpec::square(2, 2, 0),
        Pool2dSpec::square(3, 2, 1).ceil(),
        pool([3, 2], [2, 1], Padding::Same, false, false),
    ];
    for spec in specs {
        let x = rand_tensor(&[2, 3, 5, 6], &mut rng);
        let y = avg_pool_forward(&x, &spec).unwrap();
        let r = rand_tensor(y.shape(), &mut rng);
        let dx = avg_pool_backward(x.shape(), &spec, &r).unwrap();
        grad_check("avg_pool", &x, &r, &dx, |t| {
            avg_pool_forward(t, &spec).unwrap()
        });
    }
}

#[test]
fn global_and_adaptive_avg_pool() {
    let x = Tensor::from_vec(&[1, 2, 1, 2], vec![1.0, 3.0, -2.0, 6.0]).unwrap();
    assert_eq!(global_avg_pool_forward(&x).unwrap().data(), &[2.0, 2.0]);
    let mut rng = Rng::new(4);
    let x = rand_tensor(&[2, 3, 4, 5], &mut rng);
    let r = rand_tensor(&[2, 3, 1, 1], &mut rng);
    let dx = global_avg_pool_backward(x.shape(), &r).unwrap();
    grad_check("global_avg_pool", &x, &r, &dx, |t| {
        global_avg_pool_forward(t).unwrap()
    });
    // Adaptive 5 -> 3 along a row: windows 0..2, 1..4, 3..5 (PyTorch).
    let row = Tensor::from_vec(&[1, 1, 1, 5], vec![1.0, 2.0, 3.0, 4.0, 5.0]).unwrap();
    assert_eq!(
        adaptive_avg_pool_forward(&row, [1, 3]).unwrap().data(),
        &[1.5, 3.0, 4.5]
    );
    let r = rand_tensor(&[2, 3, 3, 2], &mut rng);
    let dx = adaptive_avg_pool_backward(x.shape(), [3, 2], &r).unwrap();
    grad_check("adaptive_avg_pool", &x, &r, &dx, |t| {
        adaptive_avg_pool_forward(t, [3, 2]).unwrap()
    });
}

#[test]
fn pool_invalid_inputs() {
    let x = Tensor::zeros(&[1, 1, 4, 4]).unwrap();
    let err = max_pool_forward(&x, &Pool2dSpec::square(2, 1, 2))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("max_pool2d") && err.contains("padding"),
        "{err}"
    );
    let err = avg_pool_forward(&x, &Pool2dSpec::square(5, 1, 0))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("avg_pool2d") && err.contains("larger than the padded input"),
        "{err}"
    );
    assert!(max_pool_forward(
        &x,
        &pool([2, 2], [0, 1], Padding::symmetric(0), false, true)
    )
    .is_err());
    assert!(max_pool_forward(
        &Tensor::zeros(&[4, 4]).unwrap(),
        &Pool2dSpec::square(2, 2, 0)
    )
    .is_err());
    assert!(max_pool_backward(&[1, 1, 4, 4], &[Some(99)], &Tensor::zeros(&[1]).unwrap()).is_err());
    assert!(avg_pool_backward(
        &[1, 1, 4, 4],
        &Pool2dSpec::square(2, 2, 0),
        &Tensor::zeros(&[1, 1, 3, 3]).unwrap()
    )
    .is_err());
    assert!(adaptive_avg_pool_forward(&x, [0, 1]).is_err());
}

#[test]
fn batchnorm_training_and_inference() {
    // One channel, values 1..4: mean 2.5, biased var 1.25.
    let x = Tensor::from_vec(&[4, 1], vec![1.0, 2.0, 3.0, 4.0]).unwrap();
    let mut bn = BatchNorm::new(1);
    let (y, _) = batchnorm_forward_train(&x, &mut bn).unwrap();
    let s = (1.25f32 + 1e-5).sqrt();
    for (v, want) in y.data().iter().zip([-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s]) {
        assert!((v - want).abs() < 1e-5);
    }
    // Running stats move 10% towards the batch mean and the unbiased variance 5/3.
    assert!((bn.running_mean[0] - 0.25).abs() < 1e-6);
    assert!((bn.running_var[0] - (0.9 + 0.1 * 5.0 / 3.0)).abs() < 1e-6);
    let e = batchnorm_forward_eval(&x, &bn).unwrap();
    let want = (1.0 - 0.25) / (bn.running_var[0] + 1e-5).sqrt();
    assert!((e.data()[0] - want).abs() < 1e-5);

    let mut rng = Rng::new(5);
    let x = rand_tensor(&[3, 2, 3, 4], &mut rng);
    let mut bn = BatchNorm::new(2);
    bn.gamma = vec![1.5, -0.7];
    bn.beta = vec![0.2, 0.3];
    let (y, cache) = batchnorm_forward_train(&x, &mut bn.clone()).unwrap();
    let r = rand_tensor(y.shape(), &mut rng);
    let g = batchnorm_backward(&r, &cache, &bn).unwrap();
    grad_check("batchnorm dx", &x, &r, &g.input, |t| {
        batchnorm_forward_train(t, &mut bn.clone()).unwrap().0
    });
    grad_check(
        "batchnorm dgamma",
        &vec_tensor(&bn.gamma),
        &r,
        &vec_tensor(&g.gamma),
        |gm| {
            let mut b = bn.clone();
            b.gamma = gm.data().to_vec();
            batchnorm_forward_train(&x, &mut b).unwrap().0
        },
    );
    grad_check(
        "batchnorm dbeta",
        &vec_tensor(&bn.beta),
        &r,
        &vec_tensor(&g.beta),
        |bt| {
            let mut b = bn.clone();
            b.beta = bt.data().to_vec();
            batchnorm_forward_train(&x, &mut b).unwrap().0
        },
    );
    // Inference mode: running statistics are constants.
    bn.running_mean = vec![0.1, -0.2];
    bn.running_var = vec![0.5, 2.0];
    let ge = batchnorm_backward_eval(&x, &r, &bn).unwrap();
    grad_check("batchnorm eval dx", &x, &r, &ge.input, |t| {
        batchnorm_forward_eval(t, &bn).unwrap()
    });
    grad_check(
        "batchnorm eval dgamma",
        &vec_tensor(&bn.gamma),
        &r,
        &vec_tensor(&ge.gamma),
        |gm| {
            let mut b = bn.clone();
            b.gamma = gm.data().to_vec();
            batchnorm_forward_eval(&x, &b).unwrap()
        },
    );
    assert!(batchnorm_forward_eval(&Tensor::zeros(&[2, 3, 1, 1]).unwrap(), &bn).is_err());
}

#[test]
fn linear_against_naive_loops_and_gradients() {
    let mut rng = Rng::new(6);
    let (n, fin, out) = (3, 7, 5);
    let x = rand_tensor(&[n, fin], &mut rng);
    let w = rand_tensor(&[out, fin], &mut rng);
    let b = rng.uniform_vec(out, -1.0, 1.0);
    let y = linear_forward(&x, &w, Some(&b)).unwrap();
    for i in 0..n {
        for (o, bo) in b.iter().enumerate() {
            let want: f32 = bo
                + (0..fin)
                    .map(|k| x.data()[i * fin + k] * w.data()[o * fin + k])
                    .sum::<f32>();
            assert!((y.data()[i * out + o] - want).abs() < 1e-5);
        }
    }
    let r = rand_tensor(y.shape(), &mut rng);
    let g = linear_backward(&x, &w, &r).unwrap();
    grad_check("linear dx", &x, &r, &g.input, |t| {
        linear_forward(t, &w, Some(&b)).unwrap()
    });
    grad_check("linear dw", &w, &r, &g.weight, |t| {
        linear_forward(&x, t, Some(&b)).unwrap()
    });
    grad_check(
        "linear db",
        &vec_tensor(&b),
        &r,
        &vec_tensor(&g.bias),
        |t| linear_forward(&x, &w, Some(t.data())).unwrap(),
    );
    assert!(linear_forward(&x, &Tensor::zeros(&[5, 6]).unwrap(), None).is_err());
    assert!(linear_forward(&x, &w, Some(&[0.0; 4])).is_err());
}

#[test]
fn softmax_cross_entropy() {
    let z = Tensor::from_vec(&[1, 3], vec![1.0, 2.0, 3.0]).unwrap();
    let p = softmax_forward(&z).unwrap();
    let e: Vec<f32> = [1.0f32, 2.0, 3.0].iter().map(|v| v.exp()).collect();
    let s: f32 = e.iter().sum();
    for (a, b) in p.data().iter().zip(&e) {
        assert!((a - b / s).abs() < 1e-6);
    }
    let (loss, _) = cross_entropy_forward(&z, &[2]).unwrap();
    assert!((loss - (s.ln() - 3.0)).abs() < 1e-5);
    // Large logits stay finite.
    let big = Tensor::from_vec(&[1, 2], vec![1000.0, -1000.0]).unwrap();
    assert!(cross_entropy_forward(&big, &[1]).unwrap().0.is_finite());

    let mut rng = Rng::new(7);
    let z = rand_tensor(&[4, 5], &mut rng).map(|v| v * 3.0);
    let labels = [0, 4, 2, 2];
    let (_, p) = cross_entropy_forward(&z, &labels).unwrap();
    let d = cross_entropy_backward(&p, &labels).unwrap();
    let one = Tensor::from_vec(&[1], vec![1.0]).unwrap();
    grad_check("cross_entropy", &z, &one, &d, |t| {
        Tensor::from_vec(&[1], vec![cross_entropy_forward(t, &labels).unwrap().0]).unwrap()
    });
    // Softmax over channels at every pixel, and its gradient.
    let x = rand_tensor(&[2, 4, 2, 3], &mut rng);
    let p = softmax_channels_forward(&x).unwrap();
    let s: f32 = (0..4).map(|k| p.data()[k * 6 + 1]).sum();
    assert!((s - 1.0).abs() < 1e-6, "channel probabilities sum to 1");
    let r = rand_tensor(x.shape(), &mut rng);
    let dx = softmax_channels_backward(&p, &r).unwrap();
    grad_check("softmax channels", &x, &r, &dx, |t| {
        softmax_channels_forward(t).unwrap()
    });
    assert!(cross_entropy_forward(&z, &[0, 1, 5, 0])
        .unwrap_err()
        .to_string()
        .contains("0..5"));
    assert!(cross_entropy_forward(&z, &[0, 1]).is_err());
}

#[test]
fn channel_shuffle_matches_the_paper_order() {
    // 9 channels, 3 groups: order 1 4 7 2 5 8 3 6 9 (1-based, papers.md).
    let x = Tensor::from_vec(&[1, 9, 1, 1], (1..=9).map(|v| v as f32).collect()).unwrap();
    let y = channel_shuffle_forward(&x, 3).unwrap();
    assert_eq!(y.data(), &[1.0, 4.0, 7.0, 2.0, 5.0, 8.0, 3.0, 6.0, 9.0]);
    let mut rng = Rng::new(8);
    let x = rand_tensor(&[2, 6, 2, 3], &mut rng);
    let r = rand_tensor(x.shape(), &mut rng);
    grad_check(
        "shuffle",
        &x,
        &r,
        &channel_shuffle_backward(&r, 2).unwrap(),
        |t| channel_shuffle_forward(t, 2).unwrap(),
    );
    assert!(channel_shuffle_forward(&x, 4).is_err());
    assert!(channel_shuffle_forward(&x, 0).is_err());
}

#[test]
fn concat_add_flatten() {
    let a = Tensor::from_vec(&[2, 1, 1, 2], vec![1.0, 2.0, 3.0, 4.0]).unwrap();
    let b = Tensor::from_vec(
        &[2, 2, 1, 2],
        vec![5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0],
    )
    .unwrap();
    let y = concat_forward(&[&a, &b]).unwrap();
    assert_eq!(y.shape(), &[2, 3, 1, 2]);
    assert_eq!(
        y.data(),
        &[1.0, 2.0, 5.0, 6.0, 7.0, 8.0, 3.0, 4.0, 9.0, 10.0, 11.0, 12.0]
    );
    let parts = concat_backward(&y, &[1, 2]).unwrap();
    assert_eq!((&parts[0], &parts[1]), (&a, &b));
    let mut rng = Rng::new(9);
    let x = rand_tensor(&[2, 3, 2, 2], &mut rng);
    let other = rand_tensor(&[2, 2, 2, 2], &mut rng);
    let r = rand_tensor(&[2, 5, 2, 2], &mut rng);
    let dx = concat_backward(&r, &[3, 2]).unwrap().remove(0);
    grad_check("concat", &x, &r, &dx, |t| {
        concat_forward(&[t, &other]).unwrap()
    });
    assert!(concat_forward(&[&a, &Tensor::zeros(&[1, 1, 1, 2]).unwrap()]).is_err());
    assert!(concat_forward(&[]).is_err());

    let s = add_forward(&a, &a).unwrap();
    assert_eq!(s.data(), &[2.0, 4.0, 6.0, 8.0]);
    let r2 = rand_tensor(a.shape(), &mut rng);
    grad_check("add", &a, &r2, &add_backward(&r2).0, |t| {
        add_forward(t, &a.map(|v| v * 0.5)).unwrap()
    });
    assert!(add_forward(&a, &b).is_err());

    let f = flatten_forward(&b).unwrap();
    assert_eq!(f.shape(), &[2, 4]);
    let rf = rand_tensor(f.shape(), &mut rng);
    grad_check(
        "flatten",
        &b,
        &rf,
        &flatten_backward(b.shape(), &rf).unwrap(),
        |t| flatten_forward(t).unwrap(),
    );
}

#[test]
fn dropout_is_seeded_and_inverted() {
    let x = Tensor::from_vec(&[1, 1000], vec![1.0; 1000]).unwrap();
    let (y, mask) = dropout_forward(&x, 0.3, true, &mut Rng::new(10)).unwrap();
    let (y2, _) = dropout_forward(&x, 0.3, true, &mut Rng::new(10)).unwrap();
    assert_eq!(y, y2, "same seed, same mask");
    let kept = y.data().iter().filter(|&&v| v > 0.0).count();
    assert!((600..800).contains(&kept), "kept {kept} of 1000 at p = 0.3");
    assert!(y
        .data()
        .iter()
        .all(|&v| v == 0.0 || (v - 1.0 / 0.7).abs() < 1e-6));
    let (e, _) = dropout_forward(&x, 0.3, false, &mut Rng::new(10)).unwrap();
    assert_eq!(e, x, "identity in evaluation");
    let mut rng = Rng::new(11);
    let r = rand_tensor(x.shape(), &mut rng);
    grad_check(
        "dropout",
        &x,
        &r,
        &dropout_backward(&mask, &r).unwrap(),
        |t| {
            Tensor::from_vec(
                t.shape(),
                t.data()
                    .iter()
                    .zip(mask.data())
                    .map(|(a, m)| a * m)
                    .collect(),
            )
            .unwrap()
        },
    );
    assert!(dropout_forward(&x, 1.0, true, &mut rng).is_err());
    assert!(dropout_forward(&x, f32::NAN, true, &mut rng).is_err());
}

mod properties {
    use super::*;
    use convatlas::nn::rng::Rng;
    use proptest::prelude::{
        any, prop_assert, prop_assert_eq, proptest, Just, ProptestConfig, Strategy,
    };

    fn arb_pool() -> impl Strategy<Value = (Pool2dSpec, [usize; 4])> {
        (
            1usize..4,
            1usize..4,
            1usize..3,
            1usize..3,
            0usize..2,
            any::<bool>(),
            any::<bool>(),
        )
            .prop_flat_map(|(kh, kw, sh, sw, p, ceil, same)| {
                let padding = if same {
                    Padding::Same
                } else {
                    Padding::symmetric(p.min(kh / 2).min(kw / 2))
                };
                let spec = Pool2dSpec {
                    kernel: [kh, kw],
                    stride: [sh, sw],
                    padding,
                    ceil_mode: ceil,
                    count_include_pad: false,
                };
                (
                    Just(spec),
                    (1usize..3, 1usize..4, kh..kh + 5, kw..kw + 5)
                        .prop_map(|(n, c, h, w)| [n, c, h, w]),
                )
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn pools_on_random_shapes((spec, shape) in arb_pool(), seed in 0u64..1000) {
            let x = rand_tensor(&shape, &mut Rng::new(seed));
            let (mx, arg) = max_pool_forward(&x, &spec).unwrap();
            let avg = avg_pool_forward(&x, &spec).unwrap();
            prop_assert_eq!(mx.shape(), avg.shape());
            for (m, a) in mx.data().iter().zip(avg.data()) {
                prop_assert!(m + 1e-6 >= *a, "the max of a window is at least its mean");
            }
            // Every window holds an input pixel, and each output's gradient lands on the inputs whole.
            let ones = Tensor::from_vec(mx.shape(), vec![1.0; mx.data().len()]).unwrap();
            prop_assert!(arg.iter().all(Option::is_some));
            let dmax: f32 = max_pool_backward(x.shape(), &arg, &ones).unwrap().data().iter().sum();
            let davg: f32 = avg_pool_backward(x.shape(), &spec, &ones).unwrap().data().iter().sum();
            prop_assert!((dmax - ones.data().len() as f32).abs() < 1e-3);
            prop_assert!((davg - ones.data().len() as f32).abs() < 1e-3);
        }

        #[test]
        fn shuffle_and_concat_round_trip(g in 1usize..4, n in 1usize..4, split in 1usize..4, seed in 0u64..1000) {
            let x = rand_tensor(&[2, g * n, 2, 3], &mut Rng::new(seed));
            let y = channel_shuffle_forward(&x, g).unwrap();
            prop_assert_eq!(&channel_shuffle_backward(&y, g).unwrap(), &x);
            let c = g * n;
            let parts = concat_backward(&x, &[split.min(c), c - split.min(c)]);
            if c > split {
                let parts = parts.unwrap();
                prop_assert_eq!(&concat_forward(&[&parts[0], &parts[1]]).unwrap(), &x);
            }
        }
    }
}
