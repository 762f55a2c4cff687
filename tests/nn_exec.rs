#![cfg(not(target_arch = "wasm32"))]
//! The model executor: a network using every op is checked end to end by finite
//! differences (input and parameter gradients), output shapes agree with the arch
//! analysis, training on a synthetic set is reproducible and learns, and the
//! effective receptive field fills exactly the theoretical one for random weights.

use convatlas::arch::{summarize, Budget, Layer, Merge, Model, Op, Pool2dSpec};
use convatlas::error::Error;
use convatlas::nn::conv::{Conv2dSpec, Padding};
use convatlas::nn::data::stripes;
use convatlas::nn::optim::OptimizerKind;
use convatlas::nn::rng::Rng;
use convatlas::nn::tensor::Tensor;
use convatlas::run::erf::{effective_receptive_field, Unit};
use convatlas::run::exec::{Mode, Network};
use convatlas::run::train::{evaluate, train, TrainConfig};

#[allow(clippy::too_many_arguments)]
fn conv(name: &str, c: usize, o: usize, k: usize, s: usize, p: usize, d: usize, g: usize) -> Layer {
    let spec = Conv2dSpec {
        in_channels: c,
        out_channels: o,
        kernel: [k, k],
        stride: [s, s],
        dilation: [d, d],
        padding: Padding::symmetric(p),
        groups: g,
        bias: true,
    };
    Layer::new(name, Op::Conv2d(spec))
}

fn l(name: &str, op: Op) -> Layer {
    Layer::new(name, op)
}

/// Every op of the executor in one small network, input (2, 8, 8).
fn every_op() -> Model {
    Model::new(
        "every op",
        [2, 8, 8],
        vec![
            conv("c1", 2, 6, 3, 1, 1, 1, 1),
            l(
                "bn1",
                Op::BatchNorm {
                    channels: 6,
                    eps: 1e-5,
                },
            ),
            l("relu1", Op::Relu),
            l("pool1", Op::MaxPool2d(Pool2dSpec::square(2, 2, 0))),
            l(
                "fire",
                Op::Branches {
                    branches: vec![vec![conv("squeeze", 6, 4, 1, 1, 0, 1, 2)], vec![]],
                    merge: Merge::Concat,
                },
            ),
            l("shuffle", Op::ChannelShuffle { groups: 2 }),
            l("split", Op::ChannelSlice { start: 2, len: 8 }),
            l(
                "residual",
                Op::Branches {
                    branches: vec![
                        vec![conv("dw", 8, 8, 3, 1, 1, 1, 8), l("relu6", Op::Relu6)],
                        vec![],
                    ],
                    merge: Merge::Add,
                },
            ),
            l("drop", Op::Dropout { p: 0.25 }),
            l("avg", Op::AvgPool2d(Pool2dSpec::square(3, 1, 1))),
            l(
                "aux",
                Op::Aux {
                    layers: vec![l("aux_pool", Op::GlobalAvgPool)],
                },
            ),
            l(
                "stage",
                Op::Sequential {
                    layers: vec![conv("dilated", 8, 8, 3, 1, 2, 2, 1)],
                },
            ),
            l("adaptive", Op::AdaptiveAvgPool2d { output: [2, 2] }),
            l("flatten", Op::Flatten),
            l(
                "fc",
                Op::Linear {
                    in_features: 32,
                    out_features: 5,
                    bias: true,
                },
            ),
            l("softmax", Op::Softmax),
        ],
    )
}

fn rand_tensor(shape: &[usize], rng: &mut Rng) -> Tensor {
    let n = shape.iter().product();
    Tensor::from_vec(shape, rng.uniform_vec(n, -1.0, 1.0)).unwrap()
}

/// sum(out * r) for a copy of `net` (so running statistics do not drift), dropout seeded.
fn loss(net: &Network, x: &Tensor, r: &Tensor) -> f64 {
    let mut net = net.clone();
    let (out, _) = net.forward(x, Mode::Train, &mut Rng::new(7)).unwrap();
    out.data()
        .iter()
        .zip(r.data())
        .map(|(a, b)| *a as f64 * *b as f64)
        .sum()
}

fn close(num: f32, ana: f32) -> bool {
    (num - ana).abs() <= 2e-3 + 3e-2 * ana.abs()
}

#[test]
fn every_op_backward_matches_finite_differences() {
    let mut rng = Rng::new(1);
    let net = Network::new(every_op(), &Budget::default(), 11).unwrap();
    let x = rand_tensor(&[2, 2, 8, 8], &mut rng);
    let (out, tape) = net
        .clone()
        .forward(&x, Mode::Train, &mut Rng::new(7))
        .unwrap();
    assert_eq!(out.shape(), &[2, 5, 1, 1]);
    assert_eq!(tape.aux.len(), 1);
    assert_eq!(tape.aux[0].1.shape(), &[2, 8, 1, 1]);
    let r = rand_tensor(out.shape(), &mut rng);
    let (dx, grads) = net.backward(&tape, &r).unwrap();
    let eps = 1e-3f32;
    let mut xp = x.clone();
    let mut bad = Vec::new();
    for i in 0..x.data().len() {
        let v = x.data()[i];
        xp.data_mut()[i] = v + eps;
        let up = loss(&net, &xp, &r);
        xp.data_mut()[i] = v - eps;
        let down = loss(&net, &xp, &r);
        xp.data_mut()[i] = v;
        let num = ((up - down) / (2.0 * eps as f64)) as f32;
        if !close(num, dx.data()[i]) {
            bad.push((i, num, dx.data()[i]));
        }
    }
    // A ReLU or max-pool kink inside a step may spoil a rare coordinate, never many.
    assert!(bad.len() <= 2, "input gradient mismatches: {bad:?}");

    let analytic: Vec<Vec<f32>> = grads.buffers().iter().map(|b| b.to_vec()).collect();
    let n_buffers = analytic.len();
    assert_eq!(n_buffers, net.params.buffers().len());
    let mut bad = Vec::new();
    for (bi, buf) in analytic.iter().enumerate() {
        for j in (0..buf.len()).step_by(buf.len().div_ceil(4)) {
            let mut np = net.clone();
            let v = np.params.buffers_mut()[bi][j];
            np.params.buffers_mut()[bi][j] = v + eps;
            let up = loss(&np, &x, &r);
            np.params.buffers_mut()[bi][j] = v - eps;
            let down = loss(&np, &x, &r);
            let num = ((up - down) / (2.0 * eps as f64)) as f32;
            if !close(num, buf[j]) {
                bad.push((bi, j, num, buf[j]));
            }
        }
    }
    assert!(bad.len() <= 2, "parameter gradient mismatches: {bad:?}");
}

#[test]
fn output_shapes_agree_with_the_analysis() {
    let model = every_op();
    let summary = summarize(&model, &Budget::default()).unwrap();
    let mut net = Network::new(model, &Budget::default(), 3).unwrap();
    let x = rand_tensor(&[3, 2, 8, 8], &mut Rng::new(2));
    for mode in [Mode::Train, Mode::Eval] {
        let (y, _) = net.forward(&x, mode, &mut Rng::new(1)).unwrap();
        assert_eq!(y.shape()[1..], summary.output);
        for row in y.data().chunks(5) {
            assert!(
                (row.iter().sum::<f32>() - 1.0).abs() < 1e-5,
                "softmax rows sum to 1"
            );
        }
    }
    let params: usize = net.params.buffers().iter().map(|b| b.len()).sum();
    assert_eq!(
        params as u64, summary.params,
        "parameters agree with the analysis' count"
    );
}

#[test]
fn invalid_inputs_and_budgets_are_refused() {
    let mut net = Network::new(every_op(), &Budget::default(), 3).unwrap();
    let err = net
        .forward(
            &Tensor::zeros(&[1, 3, 8, 8]).unwrap(),
            Mode::Eval,
            &mut Rng::new(0),
        )
        .unwrap_err();
    assert!(err.to_string().contains("takes (N, 2, 8, 8)"), "{err}");
    // A batch whose activations pass the budget is refused before the forward pass.
    let summary = summarize(&every_op(), &Budget::default()).unwrap();
    let small = Budget {
        max_total_bytes: 3 * summary.activation_bytes,
        ..Budget::default()
    };
    let mut net = Network::new(every_op(), &small, 3).unwrap();
    let x = Tensor::zeros(&[4, 2, 8, 8]).unwrap();
    let err = net.forward(&x, Mode::Eval, &mut Rng::new(0)).unwrap_err();
    assert!(
        matches!(err, Error::Budget { .. }) && err.to_string().contains("batch of 4"),
        "{err}"
    );
    let x = Tensor::zeros(&[3, 2, 8, 8]).unwrap();
    assert!(net.forward(&x, Mode::Eval, &mut Rng::new(0)).is_ok());
    let tight = Budget {
        max_params: 100,
        ..Budget::default()
    };
    assert!(matches!(
        Network::new(every_op(), &tight, 3),
        Err(Error::Budget { .. }) | Err(Error::Layer { .. })
    ));
    // A layer whose parameters do not fit its description fails naming the layer.
    let mut bad = every_op();
    bad.layers[0] = conv("c1", 2, 6, 3, 1, 1, 1, 1);
    let mut broken = Network::new(bad, &Budget::default(), 1).unwrap();
    broken.model.layers[0] = conv("c1", 2, 6, 5, 1, 2, 1, 1);
    let err = broken
        .forward(
            &rand_tensor(&[1, 2, 8, 8], &mut Rng::new(0)),
            Mode::Eval,
            &mut Rng::new(0),
        )
        .unwrap_err();
    assert!(
        err.to_string().contains("layer 'c1'") && err.to_string().contains("weight shape"),
        "{err}"
    );
}

fn tiny_cnn() -> Model {
    Model::new(
        "tiny",
        [1, 12, 12],
        vec![
            conv("c1", 1, 8, 3, 1, 1, 1, 1),
            l(
                "bn1",
                Op::BatchNorm {
                    channels: 8,
                    eps: 1e-5,
                },
            ),
            l("relu1", Op::Relu),
            l("pool1", Op::MaxPool2d(Pool2dSpec::square(2, 2, 0))),
            conv("c2", 8, 16, 3, 1, 1, 1, 1),
            l("relu2", Op::Relu),
            l("gap", Op::GlobalAvgPool),
            l("flatten", Op::Flatten),
            l(
                "fc",
                Op::Linear {
                    in_features: 16,
                    out_features: 4,
                    bias: true,
                },
            ),
        ],
    )
}

#[test]
fn training_is_reproducible_and_learns() {
    let train_set = stripes(192, 12, 0.3, 1).unwrap();
    let test_set = stripes(96, 12, 0.3, 2).unwrap();
    let cfg = TrainConfig {
        epochs: 4,
        batch_size: 16,
        optimizer: OptimizerKind::adam(0.01),
        seed: 5,
        cosine: false,
    };
    let run = || {
        let mut net = Network::new(tiny_cnn(), &Budget::default(), 9).unwrap();
        let history = train(&mut net, &train_set, &cfg).unwrap();
        (net, history)
    };
    let (mut net, history) = run();
    let (net2, history2) = run();
    assert_eq!(history, history2, "same seed, same run");
    assert_eq!(net.params, net2.params);
    assert!(
        history.last().unwrap().loss < history[0].loss * 0.5,
        "{history:?}"
    );
    let before = evaluate(
        &mut Network::new(tiny_cnn(), &Budget::default(), 9).unwrap(),
        &test_set,
        32,
    )
    .unwrap();
    let after = evaluate(&mut net, &test_set, 32).unwrap();
    assert!(
        after.accuracy >= 0.9,
        "held-out accuracy {after:?} (untrained {before:?})"
    );
    // The ERF of a trained network: a class score's gradient over one test image,
    // which after global pooling reaches every pixel.
    let (img, _) = test_set.batch(&[0]).unwrap();
    let unit = Unit {
        channel: Some(0),
        y: 0,
        x: 0,
    };
    let map = effective_receptive_field(&mut net, &img, unit).unwrap();
    assert_eq!((map.h, map.w), (12, 12));
    assert_eq!(map.support(0.0), Some([0, 11, 0, 11]));

    let sgd = TrainConfig {
        optimizer: OptimizerKind::sgd(0.05),
        ..cfg
    };
    let mut net = Network::new(tiny_cnn(), &Budget::default(), 9).unwrap();
    let h = train(&mut net, &train_set, &sgd).unwrap();
    assert!(
        h.last().unwrap().loss < h[0].loss,
        "SGD with momentum lowers the loss: {h:?}"
    );
    assert!(train(
        &mut net,
        &train_set,
        &TrainConfig {
            batch_size: 0,
            ..cfg
        }
    )
    .is_err());
}

fn stack(n: usize, dilation: usize, size: usize) -> Model {
    let layers = (0..n)
        .flat_map(|i| {
            [
                conv(&format!("c{i}"), 2, 2, 3, 1, dilation, dilation, 1),
                l(&format!("r{i}"), Op::Relu),
            ]
        })
        .collect();
    Model::new("stack", [2, size, size], layers)
}

#[test]
fn erf_fills_the_theoretical_receptive_field() {
    for (n, d) in [(1, 1), (3, 1), (2, 2)] {
        let model = stack(n, d, 21);
        let rf = summarize(&model, &Budget::default())
            .unwrap()
            .receptive_field as usize;
        let mut net = Network::new(model, &Budget::default(), 4).unwrap();
        let x = rand_tensor(&[1, 2, 21, 21], &mut Rng::new(5)).map(|v| v.abs() + 0.1);
        let map = effective_receptive_field(
            &mut net,
            &x,
            Unit {
                channel: None,
                y: 10,
                x: 10,
            },
        )
        .unwrap();
        let [t, b, le, r] = map.support(0.0).unwrap();
        assert_eq!(
            (b - t + 1, r - le + 1),
            (rf, rf),
            "{n} layers, dilation {d}"
        );
        assert_eq!((t + b, le + r), (20, 20), "centred on the unit");
    }
    // One dilated layer touches only every second pixel: 9 of the 25 in its 5x5 field.
    let one = Model::new("dilated", [2, 11, 11], vec![conv("c", 2, 2, 3, 1, 2, 2, 1)]);
    let mut net = Network::new(one, &Budget::default(), 4).unwrap();
    let x = rand_tensor(&[1, 2, 11, 11], &mut Rng::new(6)).map(|v| v.abs() + 0.1);
    let map = effective_receptive_field(
        &mut net,
        &x,
        Unit {
            channel: Some(0),
            y: 5,
            x: 5,
        },
    )
    .unwrap();
    assert_eq!(map.values.iter().filter(|&&v| v > 0.0).count(), 9);
}

#[test]
fn erf_equals_finite_differences_of_the_unit() {
    let model = stack(2, 1, 9);
    let mut net = Network::new(model, &Budget::default(), 8).unwrap();
    let x = rand_tensor(&[1, 2, 9, 9], &mut Rng::new(9));
    let unit = Unit {
        channel: Some(1),
        y: 4,
        x: 3,
    };
    let map = effective_receptive_field(&mut net, &x, unit).unwrap();
    let f = |t: &Tensor| -> f64 {
        let (y, _) = net
            .clone()
            .forward(t, Mode::Eval, &mut Rng::new(0))
            .unwrap();
        y.data()[(9 + 4) * 9 + 3] as f64
    };
    let eps = 1e-3f32;
    for i in 0..81 {
        let mut total = 0.0f32;
        for c in 0..2 {
            let mut t = x.clone();
            t.data_mut()[c * 81 + i] += eps;
            let up = f(&t);
            t.data_mut()[c * 81 + i] -= 2.0 * eps;
            total += (((up - f(&t)) / (2.0 * eps as f64)) as f32).abs();
        }
        assert!(
            (total - map.values[i]).abs() < 1e-2 + 2e-2 * total,
            "pixel {i}: {total} vs {}",
            map.values[i]
        );
    }
    assert!(effective_receptive_field(
        &mut net,
        &x,
        Unit {
            channel: Some(2),
            y: 0,
            x: 0
        }
    )
    .is_err());
    assert!(effective_receptive_field(
        &mut net,
        &rand_tensor(&[2, 2, 9, 9], &mut Rng::new(1)),
        unit
    )
    .is_err());
}

#[test]
fn deep_stacks_concentrate_the_erf() {
    // Luo et al. 2016: the ERF is roughly Gaussian and fills only part of the theoretical
    // RF. With 8 layers of 3x3 (RF 17), most of the gradient mass lies in the central 9x9.
    let mut net = Network::new(stack(8, 1, 25), &Budget::default(), 12).unwrap();
    let x = rand_tensor(&[1, 2, 25, 25], &mut Rng::new(13)).map(|v| v.abs() + 0.1);
    let map = effective_receptive_field(
        &mut net,
        &x,
        Unit {
            channel: None,
            y: 12,
            x: 12,
        },
    )
    .unwrap();
    let central = map.mass_within(12, 12, 4);
    assert!(central > 0.6, "central 9x9 holds {central} of the mass");
    assert!(map.mass_within(12, 12, 8) > 0.999);
}

#[test]
fn optimizers_follow_their_formulas() {
    use convatlas::nn::optim::Optimizer;
    // SGD, momentum 0.9, lr 0.1: v1 = g, w1 = w0 - 0.1 g; v2 = 0.9 g + g, w2 = w1 - 0.1 * 1.9 g.
    let mut opt = Optimizer::new(OptimizerKind::sgd(0.1)).unwrap();
    let mut w = vec![1.0f32, -2.0];
    let g = [0.5f32, 1.0];
    opt.step(&mut [&mut w], &[&g]).unwrap();
    opt.step(&mut [&mut w], &[&g]).unwrap();
    assert!(
        (w[0] - (1.0 - 0.1 * 0.5 * 2.9)).abs() < 1e-6 && (w[1] - (-2.0 - 0.1 * 2.9)).abs() < 1e-6,
        "{w:?}"
    );
    // Adam's first step moves every weight by lr against the sign of its gradient.
    let mut opt = Optimizer::new(OptimizerKind::adam(0.01)).unwrap();
    let mut w = vec![1.0f32, 1.0];
    opt.step(&mut [&mut w], &[&[3.0, -0.001]]).unwrap();
    assert!(
        (w[0] - 0.99).abs() < 1e-5 && (w[1] - 1.01).abs() < 1e-4,
        "{w:?}"
    );
    // Buffers must keep their sizes from step to step.
    assert!(opt.step(&mut [&mut [0.0; 3]], &[&[0.0; 3]]).is_err());
    assert!(Optimizer::new(OptimizerKind::Sgd {
        lr: f32::NAN,
        momentum: 0.9,
        weight_decay: 0.0
    })
    .is_err());
}

#[test]
fn the_network_budget_bounds_every_kernel_call_forward_and_backward() {
    // One 3×3 conv, 2 → 4 channels on 8×8: 8·8·4·2·9 = 4,608 multiply-accumulates per image.
    let model = Model::new("one", [2, 8, 8], vec![conv("c", 2, 4, 3, 1, 1, 1, 1)]);
    let x = Tensor::from_vec(&[1, 2, 8, 8], (0..128).map(|i| i as f32 / 64.0).collect()).unwrap();
    let mut rng = Rng::new(3);
    let tight = Budget {
        max_call_macs: 4_607,
        ..Budget::default()
    };
    let mut net = Network::new(model.clone(), &tight, 1).unwrap();
    let err = net.forward(&x, Mode::Train, &mut rng).unwrap_err();
    assert!(
        format!("{err}").contains("4608, over the limit of 4607"),
        "{err}"
    );
    // Exactly enough: forward runs; the backward pass is held to the same budget.
    let mut net = Network::new(
        model,
        &Budget {
            max_call_macs: 4_608,
            ..Budget::default()
        },
        1,
    )
    .unwrap();
    let (y, tape) = net.forward(&x, Mode::Train, &mut rng).unwrap();
    assert!(net.backward(&tape, &y).is_ok());
    net.budget.max_elements = 100; // the input gradient alone has 128 elements
    let err = net.backward(&tape, &y).unwrap_err();
    assert!(
        matches!(err, Error::Layer { ref source, .. } if matches!(**source, Error::Budget { limit: 100, .. })),
        "{err}"
    );
}
