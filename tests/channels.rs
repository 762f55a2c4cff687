//! The channel lessons' logic against independent oracles: the core's conv2d and
//! channel shuffle (perturb one input channel, see which outputs change), the atlas's
//! model summary, and the published MobileNet Table 3 and ShuffleNet figures.

use convatlas::arch::{analysis::summarize, model::Layer, model::Model, model::Op};
use convatlas::budget::Budget;
use convatlas::channels::layer::{common_divisors, ChannelLayer};
use convatlas::channels::maps::{self, WeightPreset};
use convatlas::channels::published::{bottlenecks, describe, mobilenet_table3};
use convatlas::channels::shuffle::ShuffleStack;
use convatlas::channels::state::{ChannelsState, Lesson};
use convatlas::nn::conv::{conv2d, Conv2dSpec, Padding};
use convatlas::nn::ops::shuffle::channel_shuffle_forward;
use convatlas::nn::rng::Rng;
use convatlas::nn::tensor::Tensor;
use convatlas::query::Query;
use proptest::prelude::*;

/// The lessons' layer (see `ChannelLayer::square`).
fn layer(
    c_in: usize,
    c_out: usize,
    k: usize,
    groups: usize,
    pointwise: Option<usize>,
    hw: usize,
) -> ChannelLayer {
    ChannelLayer::square(c_in, c_out, k, groups, pointwise, hw)
}

/// Values in [0.5, 1]: positive weights cannot cancel, so a perturbation reaches every
/// output that has a path from it, and only those (the layers are linear).
fn rand_tensor(shape: &[usize], rng: &mut Rng) -> Tensor {
    let n = shape.iter().product();
    Tensor::from_vec(shape, rng.uniform_vec(n, 0.5, 1.0)).unwrap()
}

/// Which output channels of `run` change when input channel `i` of `x` is changed.
fn changed_by(x: &Tensor, i: usize, run: &dyn Fn(&Tensor) -> Tensor) -> Vec<bool> {
    let base = run(x);
    let [_, _, h, w] = x.dims4("test").unwrap();
    let mut y = x.clone();
    for v in &mut y.data_mut()[i * h * w..(i + 1) * h * w] {
        *v += 1.0;
    }
    maps::changed(&base, &run(&y))
}

/// A conv spec written out here, independent of the widget's own spec builder.
fn plain_spec(c_in: usize, c_out: usize, k: usize, groups: usize) -> Conv2dSpec {
    Conv2dSpec {
        in_channels: c_in,
        out_channels: c_out,
        kernel: [k, k],
        stride: [1, 1],
        dilation: [1, 1],
        padding: Padding::symmetric(k / 2),
        groups,
        bias: false,
    }
}

fn arb_layer() -> impl Strategy<Value = ChannelLayer> {
    (
        1usize..=12,
        1usize..=12,
        prop::sample::select(vec![1usize, 3]),
        prop::option::of(1usize..=6),
    )
        .prop_flat_map(|(c_in, c_out, k, pw)| {
            let divisors = common_divisors(c_in, c_out);
            (Just((c_in, c_out, k, pw)), prop::sample::select(divisors))
        })
        .prop_map(|((c_in, c_out, k, pw), g)| layer(c_in, c_out, k, g, pw, 6))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The widget's connections are exactly the dependencies the core computes.
    #[test]
    fn connectivity_agrees_with_the_core(l in arb_layer(), seed in 0u64..1000) {
        let mut rng = Rng::new(seed);
        let spec = plain_spec(l.c_in, l.c_out, l.kernel[0], l.groups);
        let w = rand_tensor(&[l.c_out, l.c_in / l.groups, l.kernel[0], l.kernel[1]], &mut rng);
        let x = rand_tensor(&[1, l.c_in, 6, 6], &mut rng);
        let run = |x: &Tensor| conv2d(x, &w, None, &spec).unwrap();
        for i in 0..l.c_in {
            let want = changed_by(&x, i, &run);
            let got: Vec<bool> = (0..l.c_out).map(|o| l.outputs_of(i).contains(&o)).collect();
            prop_assert_eq!(&got, &want, "input {} of {:?}", i, l);
            for (o, &changed) in want.iter().enumerate() {
                prop_assert_eq!(l.inputs_of(o).contains(&i), changed);
            }
        }
    }

    /// The knock-out view marks exactly the maps the core says change (both layers).
    #[test]
    fn knock_out_marks_the_dependent_maps(l in arb_layer(), seed in 0u64..50, preset in 0usize..3) {
        let preset = WeightPreset::ALL[preset];
        for k in 0..l.c_in {
            let m = maps::run(&l, preset, seed, 8, Some(k)).unwrap();
            let want: Vec<bool> = (0..l.c_out).map(|o| l.outputs_of(k).contains(&o)).collect();
            prop_assert_eq!(&m.middle_changed, &want);
            // The 1x1 layer mixes the changed middle maps into its outputs: some change (a
            // weighted sum of the changes can still cancel for one output by chance).
            if l.pointwise.is_some() {
                prop_assert!(m.output_changed.iter().any(|&c| c));
            }
            let plane = 64;
            prop_assert!(m.input.data()[k * plane..(k + 1) * plane].iter().all(|&v| v == 0.0));
        }
    }

    /// Reachability through stacked grouped layers agrees with running the core:
    /// grouped 1x1 convolutions with random weights and the core's channel shuffle between them.
    #[test]
    fn shuffle_reach_agrees_with_the_core(
        layers in 2usize..=3, groups in 2usize..=8, per_group in 1usize..=8,
        shuffle: bool, seed in 0u64..1000, traced_frac in 0.0f64..1.0,
    ) {
        let stack = ShuffleStack { layers, groups, per_group, shuffle };
        let c = stack.channels();
        let traced = ((traced_frac * c as f64) as usize).min(c - 1);
        let mut rng = Rng::new(seed);
        let spec = plain_spec(c, c, 1, groups);
        let weights: Vec<Tensor> = (0..layers).map(|_| rand_tensor(&[c, per_group, 1, 1], &mut rng)).collect();
        let run = |x: &Tensor| {
            let mut y = x.clone();
            for (l, w) in weights.iter().enumerate() {
                if l > 0 && shuffle {
                    y = channel_shuffle_forward(&y, groups).unwrap();
                }
                y = conv2d(&y, w, None, &spec).unwrap();
            }
            y
        };
        let x = rand_tensor(&[1, c, 2, 2], &mut rng);
        let reach = stack.reach(traced);
        for (i, &reached) in reach[0].iter().enumerate() {
            prop_assert_eq!(reached, changed_by(&x, i, &run)[traced], "input {}", i);
        }
    }

    /// Every value survives the URL; the costs match the atlas's model summary.
    #[test]
    fn state_round_trips_and_costs_match_the_atlas(l in arb_layer(), seed in 0u64..=9999, ko in prop::option::of(0usize..12)) {
        let mut s = Lesson::Group.preset();
        s.layer = l;
        s.seed = seed;
        s.knocked = ko.filter(|&k| k < l.c_in);
        let mut q = Query::default();
        s.write(&mut q);
        let mut notices = vec![];
        let back = ChannelsState::from_query(&Query::parse(&q.to_search()), Lesson::Pointwise, &mut notices);
        prop_assert_eq!(&back, &s);
        prop_assert!(notices.is_empty());

        let mut layers = vec![Layer::new("spatial", Op::Conv2d(Conv2dSpec { padding: Padding::Same, ..plain_spec(l.c_in, l.c_out, l.kernel[0], l.groups) }))];
        if let Some(n) = l.pointwise {
            layers.push(Layer::new("pointwise", Op::Conv2d(plain_spec(l.c_out, n, 1, 1))));
        }
        let summary = summarize(&Model::new("widget", [l.c_in, 6, 6], layers), &Budget::default()).unwrap();
        prop_assert_eq!((l.cost().params, l.cost().macs), (summary.params, summary.macs));
    }
}

#[test]
fn mobilenet_table_3_one_layer() {
    // Howard et al. 2017, Table 3: Dk=3, M=N=512, Df=14 (figures typed here from the paper).
    let paper = [(462.0, 2.36), (52.3, 0.27), (29.6, 0.15), (15.1, 0.15)];
    let rows = mobilenet_table3();
    for (row, (macs, params)) in rows.iter().zip(paper) {
        let cost = row.layer.cost();
        assert_eq!((row.paper_macs_m, row.paper_params_m), (macs, params));
        // The paper prints 3 significant figures: within half a unit of the last digit.
        let half_unit = if macs >= 100.0 { 0.5 } else { 0.05 };
        assert!(
            (cost.macs as f64 / 1e6 - macs).abs() <= half_unit,
            "{row:?}: {cost:?}"
        );
        assert!(
            (cost.params as f64 / 1e6 - params).abs() <= 0.005,
            "{row:?}: {cost:?}"
        );
    }
    // Eq. 5: 1/N + 1/Dk^2, "8 to 9 times less computation".
    let ratio = rows[1].layer.ratio();
    assert!((ratio - (1.0 / 512.0 + 1.0 / 9.0)).abs() < 1e-12);
    assert!((8.0..9.0).contains(&(1.0 / ratio)));
}

#[test]
fn bottlenecks_match_the_papers_layer_sizes() {
    // ResNeXt eq. 4 / papers.md: the ResNet bottleneck block has 69,632 weights.
    let [resnet, inc3, inc5] = bottlenecks();
    assert_eq!(resnet.reduced_cost().params, 69_632);
    assert_eq!(resnet.plain.cost().params, 3 * 3 * 256 * 256);
    // GoogLeNet inception (3a): 3x3 branch 1x1 192->96 then 3x3 96->128; 5x5 branch 192->16->32.
    assert_eq!(inc3.reduced_cost().params, (192 * 96 + 9 * 96 * 128) as u64);
    assert_eq!(
        inc5.reduced_cost().macs,
        (28 * 28 * (192 * 16 + 25 * 16 * 32)) as u64
    );
    assert_eq!(describe(&inc5.reduced), "1×1 192→16, 5×5 16→32");
}

#[test]
fn grouping_divides_the_cost_by_g() {
    let base = layer(256, 512, 3, 1, None, 28);
    for (g, cost) in base.across_groups() {
        assert_eq!(cost.macs * g as u64, base.cost().macs, "g={g}");
        assert_eq!(cost.params * g as u64, base.cost().params, "g={g}");
    }
    assert_eq!(common_divisors(12, 18), vec![1, 2, 3, 6]);
    assert_eq!(common_divisors(1, 7), vec![1]);
}

#[test]
fn shufflenet_unit_costs_match_the_paper_formulas() {
    // ShuffleNet paper: for c input channels, bottleneck m, h x w map, g groups,
    // ResNeXt unit hw(2cm + 9m^2/g), ShuffleNet unit hw(2cm/g + 9m).
    let (c, m, h, g) = (240usize, 60usize, 28usize, 3usize);
    let hw = (h * h) as u64;
    let gconv_in = layer(c, m, 1, g, None, h).cost().macs;
    let dw = layer(m, m, 3, m, None, h).cost().macs;
    let gconv_out = layer(m, c, 1, g, None, h).cost().macs;
    assert_eq!(
        gconv_in + dw + gconv_out,
        hw * (2 * c * m / g + 9 * m) as u64
    );
    let resnext = layer(c, m, 1, 1, None, h).cost().macs
        + layer(m, m, 3, g, None, h).cost().macs
        + layer(m, c, 1, 1, None, h).cost().macs;
    assert_eq!(resnext, hw * (2 * c * m + 9 * m * m / g) as u64);
}

#[test]
fn shuffle_permutation_is_the_papers_and_the_kernels() {
    // papers.md: 9 channels, 3 groups: 1 4 7 2 5 8 3 6 9 (1-based).
    let stack = ShuffleStack {
        layers: 2,
        groups: 3,
        per_group: 3,
        shuffle: true,
    };
    assert_eq!(stack.permutation(), vec![0, 3, 6, 1, 4, 7, 2, 5, 8]);
    // Without the shuffle an output sees only its group; with it, every group (n >= g).
    let reached = |s: ShuffleStack| s.reach(4)[0].iter().filter(|&&r| r).count();
    assert_eq!(
        reached(ShuffleStack {
            shuffle: false,
            ..stack
        }),
        3
    );
    assert_eq!(reached(stack), 9);
}

#[test]
fn depthwise_and_multiplier() {
    let mut s = Lesson::Depthwise.preset();
    assert!(s.layer.is_depthwise());
    s.set_depthwise(3);
    assert_eq!(
        (s.layer.groups, s.layer.c_out, s.layer.depth_multiplier()),
        (6, 18, Some(3))
    );
    // Depth-wise with multiplier 1: knocking out channel 2 changes map 2 alone.
    let m = maps::run(
        &Lesson::Depthwise.preset().layer,
        WeightPreset::Edges,
        1,
        16,
        Some(2),
    )
    .unwrap();
    assert_eq!(m.middle_changed, (0..6).map(|o| o == 2).collect::<Vec<_>>());
}

#[test]
fn garbage_urls_fall_back_with_a_notice_each() {
    let q = Query::parse("cin=0&cout=x&kh=9&kw=-1&g=0&pw=99999&oh=0&ow=abc&ms=4&wp=sharp&seed=-3&ko=99&sl=7&sg=1&sn=0&shuf=2&tr=999");
    let mut notices = vec![];
    let s = ChannelsState::from_query(&q, Lesson::Group, &mut notices);
    let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(
        keys,
        vec![
            "cin", "cout", "pw", "kh", "kw", "g", "oh", "ow", "ko", "sg", "sl", "sn", "shuf", "ms",
            "wp", "seed", "tr"
        ]
    );
    let d = Lesson::Group.preset();
    assert_eq!(s.layer, d.layer);
    assert_eq!(s.shuffle, d.shuffle);
    assert_eq!(s.knocked, None);
}

#[test]
fn a_group_count_that_does_not_divide_is_kept_and_explained() {
    let s = ChannelsState::from_query(
        &Query::parse("cin=6&cout=8&g=4"),
        Lesson::Group,
        &mut vec![],
    );
    assert_eq!(s.layer.groups, 4);
    assert!(s.layer.check().is_err());
    assert!(matches!(
        maps::run(&s.layer, WeightPreset::Edges, 1, 16, None),
        Err(maps::MapsProblem::Layer(_))
    ));
}

#[test]
fn big_layers_are_costed_but_not_run() {
    let big = layer(1024, 1024, 3, 1, Some(1024), 7);
    assert!(!big.drawable());
    assert!(matches!(
        maps::run(&big, WeightPreset::Random, 1, 16, None),
        Err(maps::MapsProblem::TooManyChannels { .. })
    ));
    let heavy = layer(64, 64, 7, 1, Some(64), 7);
    assert!(matches!(
        maps::run(&heavy, WeightPreset::Random, 1, 32, Some(1)),
        Err(maps::MapsProblem::TooCostly { .. })
    ));
}
