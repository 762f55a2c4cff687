//! Receptive fields of layer stacks against independent oracles: the atlas's model
//! summary, path counts by brute force through the core's conv2d (all-ones weights
//! propagating one input pixel at a time), and the published figures (Yu & Koltun,
//! Wang et al.).

use convatlas::arch::analysis::summarize;
use convatlas::arch::model::{Layer, Model, Op, Pool2dSpec};
use convatlas::budget::Budget;
use convatlas::nn::conv::{conv2d, Conv2dSpec, Padding};
use convatlas::nn::tensor::Tensor;
use convatlas::rfield::field::{fields, hdc, Hdc};
use convatlas::rfield::paths::{path_map, sides};
use convatlas::rfield::stack::{parse, to_text, LayerKind, StackError, StackLayer};
use proptest::prelude::*;

fn arb_layer() -> impl Strategy<Value = StackLayer> {
    (
        0usize..3,
        1usize..=5,
        1usize..=5,
        1usize..=3,
        1usize..=3,
        0usize..=2,
    )
        .prop_map(|(kind, kh, kw, s, d, p)| {
            let kind = [LayerKind::Conv, LayerKind::MaxPool, LayerKind::AvgPool][kind];
            StackLayer {
                kind,
                kernel: [kh, kw],
                stride: s,
                dilation: if kind == LayerKind::Conv { d } else { 1 },
                // Pooling pads at most half its window (as PyTorch and the core require).
                padding: if kind == LayerKind::Conv {
                    p
                } else {
                    p.min(kh.min(kw) / 2)
                },
            }
        })
}

/// A one-channel convolution with the layer's window (a pooling window has the same geometry).
fn window_spec(l: &StackLayer) -> Conv2dSpec {
    Conv2dSpec {
        in_channels: 1,
        out_channels: 1,
        kernel: l.kernel,
        stride: [l.stride; 2],
        dilation: [l.dilation; 2],
        padding: Padding::symmetric(l.padding),
        groups: 1,
        bias: false,
    }
}

/// The stack as a model description for the atlas's summary.
fn as_model(stack: &[StackLayer], n: usize) -> Model {
    let layers = stack
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let op = match l.kind {
                LayerKind::Conv => Op::Conv2d(window_spec(l)),
                kind => {
                    let spec = Pool2dSpec {
                        kernel: l.kernel,
                        stride: [l.stride; 2],
                        ..Pool2dSpec::square(1, 1, l.padding)
                    };
                    if kind == LayerKind::MaxPool {
                        Op::MaxPool2d(spec)
                    } else {
                        Op::AvgPool2d(spec)
                    }
                }
            };
            Layer::new(format!("l{i}"), op)
        })
        .collect();
    Model::new("stack", [1, n, n], layers)
}

/// Path counts by brute force: every input pixel as a delta image (one batch), pushed
/// through conv2d with all-ones weights of each layer's window (a pooling window has
/// the same geometry); the output at the unit counts the paths from that pixel.
fn brute_paths(stack: &[StackLayer], n: usize, unit: (usize, usize)) -> Vec<u64> {
    let mut x = Tensor::zeros(&[n * n, 1, n, n]).unwrap();
    for p in 0..n * n {
        x.data_mut()[p * n * n + p] = 1.0;
    }
    for l in stack {
        let spec = window_spec(l);
        let w = Tensor::from_vec(
            &[1, 1, l.kernel[0], l.kernel[1]],
            vec![1.0; l.kernel[0] * l.kernel[1]],
        )
        .unwrap();
        x = conv2d(&x, &w, None, &spec).unwrap();
    }
    let [_, _, oh, ow] = x.dims4("test").unwrap();
    (0..n * n)
        .map(|p| x.data()[p * oh * ow + unit.0 * ow + unit.1].round() as u64)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn text_form_round_trips(stack in prop::collection::vec(arb_layer(), 1..=8)) {
        prop_assert_eq!(parse(&to_text(&stack)).unwrap(), stack);
    }

    #[test]
    fn fields_equal_the_atlas_summary(stack in prop::collection::vec(arb_layer(), 1..=6)) {
        let n = 200;
        prop_assume!(sides(&stack, n).is_ok());
        let summary = summarize(&as_model(&stack, n), &Budget::default()).unwrap();
        // The summary reports the larger axis.
        for (f, row) in fields(&stack).iter().zip(&summary.layers) {
            prop_assert_eq!(f.rf.size[0].max(f.rf.size[1]), row.receptive_field);
            prop_assert_eq!(f.rf.stride[0].max(f.rf.stride[1]), row.rf_stride);
            prop_assert_eq!(f.rf.padding[0].max(f.rf.padding[1]), row.rf_padding);
        }
    }

    #[test]
    fn path_counts_equal_brute_force(stack in prop::collection::vec(arb_layer(), 1..=3), fy in 0.0f64..1.0, fx in 0.0f64..1.0) {
        let n = 12;
        let Ok(s) = sides(&stack, n) else { return Ok(()) };
        let [oh, ow] = *s.last().unwrap();
        let unit = (((fy * oh as f64) as usize).min(oh - 1), ((fx * ow as f64) as usize).min(ow - 1));
        let map = path_map(&stack, stack.len(), n, unit).unwrap();
        prop_assert_eq!(map.counts, brute_paths(&stack, n, unit));
    }

    /// Coverage (from the unbounded line counts) equals the share of reached pixels inside
    /// the field of a unit whose field lies inside the input, counted by brute force.
    #[test]
    fn coverage_equals_brute_force(rates in prop::collection::vec(1usize..=3, 1..=3)) {
        let stack: Vec<StackLayer> = rates.iter().map(|&d| StackLayer { dilation: d, ..StackLayer::conv(3) }).collect();
        let f = *fields(&stack).last().unwrap();
        let r = f.rf.size[0] as usize;
        let n = r + 2;
        let counts = brute_paths(&stack, n, (1, 1));
        let reached = counts.iter().filter(|&&c| c > 0).count();
        prop_assert!((f.coverage.unwrap() - reached as f64 / (r * r) as f64).abs() < 1e-12);
    }
}

proptest! {
    /// The HDC rule is sufficient: when it holds, counting finds no holes.
    #[test]
    fn hdc_verdict_agrees_with_the_coverage(rates in prop::collection::vec(1usize..=7, 2..=4)) {
        let stack: Vec<StackLayer> = rates.iter().map(|&d| StackLayer { dilation: d, ..StackLayer::conv(3) }).collect();
        let covered = fields(&stack).last().unwrap().coverage == Some(1.0);
        let Hdc::Checked { holds, .. } = hdc(&stack) else { panic!("a stride-1 3x3 stack is checked") };
        prop_assert!(!holds || covered, "rates {:?}", rates);
    }
}

#[test]
fn yu_koltun_context_module_grows_as_published() {
    // papers.md: 3x3 convolutions with dilations 1, 1, 2, 4, 8, 16, 1: RF 3, 5, 9, 17, 33, 65, 67.
    let stack = parse("k3,k3,k3d2,k3d4,k3d8,k3d16,k3").unwrap();
    let rf: Vec<u64> = fields(&stack).iter().map(|f| f.rf.size[0]).collect();
    assert_eq!(rf, vec![3, 5, 9, 17, 33, 65, 67]);
    assert!(fields(&stack).iter().all(|f| f.coverage == Some(1.0)));
}

#[test]
fn gridding_and_the_hdc_rule() {
    // Wang et al.: one 3x3 layer with r = 2 uses 9 of 25 pixels.
    let one = fields(&parse("k3d2").unwrap())[0];
    assert_eq!(one.coverage, Some(9.0 / 25.0));
    let cov = |t: &str| fields(&parse(t).unwrap()).last().unwrap().coverage.unwrap();
    assert!(cov("k3d2,k3d2,k3d2") < 1.0);
    assert_eq!(cov("k3,k3d2,k3d3"), 1.0);
    assert_eq!(cov("k3,k3d2,k3d5"), 1.0);
    // K = 3: [1, 2, 5] passes, [1, 2, 9] fails.
    let verdict = |t: &str| match hdc(&parse(t).unwrap()) {
        Hdc::Checked { holds, m, .. } => Some((holds, m)),
        Hdc::NotApplicable => None,
    };
    assert_eq!(verdict("k3,k3d2,k3d5").map(|v| v.0), Some(true));
    assert_eq!(verdict("k3,k3d2,k3d9").map(|v| v.0), Some(false));
    assert_eq!(verdict("k3d2,k3d2,k3d2").map(|v| v.0), Some(false));
    assert_eq!(verdict("k3,k3d2,k3d5").unwrap().1, vec![2, 5]);
    assert_eq!(verdict("k7s2p3,maxk3s2,k3"), None);
}

#[test]
fn five_by_five_and_two_three_by_threes_see_the_same() {
    let rf = |t: &str| fields(&parse(t).unwrap()).last().unwrap().rf.size;
    assert_eq!(rf("k5"), rf("k3,k3"));
    assert_eq!(rf("k7"), rf("k3,k3,k3"));
    assert_eq!(rf("k1x3,k3x1"), rf("k3"));
}

#[test]
fn bad_text_names_the_layer_and_what_is_allowed() {
    let err = |t: &str| parse(t).unwrap_err();
    assert_eq!(err(""), StackError::Empty);
    assert!(matches!(
        err("k3,k3,k3,k3,k3,k3,k3,k3,k3"),
        StackError::TooManyLayers { count: 9 }
    ));
    assert!(matches!(err(&"k3,".repeat(80)), StackError::TooLong { .. }));
    for (text, layer) in [
        ("k3,x3", 2),
        ("k3,k0", 2),
        ("k3s0", 1),
        ("k3,k3,k3d2d2", 3),
        ("maxk3d2", 1),
        ("k3q1", 1),
        ("k", 1),
        ("k3,,k3", 2),
        ("k99999999", 1),
        ("k3 s2", 1),
    ] {
        let e = err(text);
        let message = e.to_string();
        assert!(
            message.contains(&format!("layer {layer}")),
            "{text}: {message}"
        );
    }
    assert!(err("k12").to_string().contains("1..=11"));
    assert!(err("maxk3d2").to_string().contains("no dilation"));
}

mod url_state {
    use convatlas::query::Query;
    use convatlas::rfield::stack::parse;
    use convatlas::rfield::state::{RfState, PRESETS};

    fn round_trip(s: &RfState) -> (RfState, usize) {
        let mut q = Query::default();
        s.write(&mut q);
        let mut notices = vec![];
        let back = RfState::from_query(&Query::parse(&q.to_search()), &mut notices);
        (back, notices.len())
    }

    #[test]
    fn every_preset_parses_and_round_trips_with_a_unit() {
        for (_, text) in PRESETS {
            assert!(parse(text).is_ok(), "{text}");
            let mut s = RfState::default();
            s.set_text(text);
            s.selected = 1;
            s.unit = Some((3, 4));
            s.n = 96;
            assert_eq!(round_trip(&s), (s.clone(), 0), "{text}");
        }
    }

    #[test]
    fn bad_text_is_kept_with_its_problem_and_bad_numbers_fall_back() {
        let q = Query::parse("layers=k3,zz&n=1000&sel=9&uy=x&ux=999");
        let mut notices = vec![];
        let s = RfState::from_query(&q, &mut notices);
        assert_eq!(s.text, "k3,zz");
        assert!(s
            .stack
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("layer 2"));
        let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["n", "sel", "uy", "ux"]);
        assert_eq!((s.n, s.selected, s.unit), (64, 1, None));
    }
}

mod effective_field {
    use convatlas::rfield::erf::{erf_input, forward, pixels_for_mass, ErfNet, ErfView, CHANNELS};
    use convatlas::rfield::paths::path_map;
    use convatlas::rfield::stack::{parse, StackLayer};

    /// The ERF of `unit` of layer `upto` from one forward pass of `stack`.
    fn erf_of(
        stack: &[StackLayer],
        upto: usize,
        n: usize,
        unit: (usize, usize),
        seed: u64,
    ) -> ErfView {
        ErfNet::new(stack, n, seed)
            .unwrap()
            .erf(upto, unit)
            .unwrap()
    }

    /// The gradient reaches exactly the pixels that have a path to the unit (a random
    /// linear network cancels nowhere), on presets with holes, strides and pooling.
    #[test]
    fn the_gradient_lives_where_the_paths_are() {
        for text in [
            "k3d2,k3d2,k3d2",
            "k3,k3d2,k3d5",
            "k5s2p2,avgk3s2,k3",
            "k1x3,k3x1",
        ] {
            let stack = parse(text).unwrap();
            let n = 24;
            let paths = path_map(&stack, stack.len(), n, (1, 2)).unwrap();
            let erf = erf_of(&stack, stack.len(), n, (1, 2), 7);
            for (i, (&c, &g)) in paths.counts.iter().zip(&erf.values).enumerate() {
                assert_eq!(c > 0, g > 0.0, "{text}: pixel {i}: {c} paths, gradient {g}");
            }
        }
    }

    /// The backward pass equals central finite differences of the forward pass, for every
    /// layer of one forward pass kept ([`ErfNet`]).
    #[test]
    fn the_gradient_equals_finite_differences() {
        // Linear stacks (a max pool's argmax could flip under the finite step).
        for text in ["k3,avgk2s2,k3d2", "k3s2p1,avgk3p1,k1x3"] {
            let stack = parse(text).unwrap();
            let (n, seed, unit) = (14, 5, (1, 1));
            let net = ErfNet::new(&stack, n, seed).unwrap();
            for upto in 1..=stack.len() {
                let erf = net.erf(upto, unit).unwrap();
                assert_matches_finite_differences(&stack, upto, n, seed, unit, &erf.values, text);
            }
        }
    }

    fn assert_matches_finite_differences(
        stack: &[convatlas::rfield::stack::StackLayer],
        upto: usize,
        n: usize,
        seed: u64,
        unit: (usize, usize),
        values: &[f32],
        text: &str,
    ) {
        {
            let x = erf_input(n, seed).unwrap();
            let unit_sum = |t: &convatlas::nn::tensor::Tensor| -> f64 {
                let y = forward(stack, upto, t, seed).unwrap();
                let [_, c, oh, ow] = y.dims4("t").unwrap();
                (0..c)
                    .map(|ch| f64::from(y.data()[(ch * oh + unit.0) * ow + unit.1]))
                    .sum()
            };
            let eps = 1e-2f32;
            assert_eq!(values.len(), n * n);
            for (p, &got) in values.iter().enumerate() {
                let mut total = 0.0f64;
                for ch in 0..CHANNELS {
                    let mut t = x.clone();
                    t.data_mut()[ch * n * n + p] += eps;
                    let up = unit_sum(&t);
                    t.data_mut()[ch * n * n + p] -= 2.0 * eps;
                    total += ((up - unit_sum(&t)) / (2.0 * f64::from(eps))).abs();
                }
                let got = f64::from(got);
                assert!(
                    (total - got).abs() < 1e-2 + 1e-2 * total,
                    "{text} up to layer {upto}: pixel {p}: {total} vs {got}"
                );
            }
        }
    }

    /// A network past the cost bound is refused before any computation, so no stack can
    /// freeze the page.
    #[test]
    fn costly_networks_are_refused() {
        let stack = parse("k11p5,k11p5,k11p5,k11p5").unwrap();
        let err = ErfNet::new(&stack, 128, 1)
            .unwrap()
            .erf(4, (64, 64))
            .unwrap_err();
        assert!(
            matches!(err, convatlas::error::Error::Budget { .. }),
            "{err}"
        );
        // The forward pass kept stops at the first layer past the bound: the layers
        // before it still have their ERF, the later ones the refusal.
        let stack = parse("k3p1,k11p5,k11p5,k11p5").unwrap();
        let net = ErfNet::new(&stack, 128, 1).unwrap();
        let first = net.erf(1, (64, 64)).unwrap();
        // One 3x3 layer: the gradient is on the unit's 3x3 window and nowhere else.
        for (i, &g) in first.values.iter().enumerate() {
            let (y, x) = (i / 128, i % 128);
            let inside = y.abs_diff(64) <= 1 && x.abs_diff(64) <= 1;
            assert_eq!(g > 0.0, inside, "pixel ({y}, {x}): {g}");
        }
        assert!(net.erf(2, (64, 64)).is_err());
        let err = net.erf(4, (64, 64)).unwrap_err();
        assert!(
            matches!(err, convatlas::error::Error::Budget { .. }),
            "{err}"
        );
    }

    /// Before any layer the unit is an input pixel: its gradient is one per channel, there only.
    #[test]
    fn the_erf_before_any_layer_is_the_pixel_itself() {
        let stack = parse("k3,k3").unwrap();
        let erf = erf_of(&stack, 0, 12, (5, 7), 2);
        for (i, &g) in erf.values.iter().enumerate() {
            let want = if i == 5 * 12 + 7 {
                CHANNELS as f32
            } else {
                0.0
            };
            assert_eq!(g, want, "pixel {i}");
        }
        assert_eq!(erf.mass_pixels, 1);
    }

    #[test]
    fn mass_is_counted_from_the_largest_values() {
        assert_eq!(pixels_for_mass(&[1.0, 4.0, 2.0, 3.0], 0.7), 2);
        assert_eq!(pixels_for_mass(&[1.0, 4.0, 2.0, 3.0], 1.0), 4);
        assert_eq!(pixels_for_mass(&[0.0; 5], 0.95), 0);
    }

    /// Luo et al. 2016: the effective field grows slower than the theoretical one, so
    /// the share of the theoretical field that holds 95% of the gradient falls with depth.
    #[test]
    fn deeper_stacks_use_less_of_their_field() {
        let stack = parse("k3p1,k3p1,k3p1,k3p1,k3p1,k3p1,k3p1,k3p1").unwrap();
        let share = |upto| erf_of(&stack, upto, 32, (16, 16), 3).share();
        let (two, eight) = (share(2), share(8));
        assert!(eight < two, "2 layers {two}, 8 layers {eight}");
        assert!(eight < 0.6, "8 layers of 3x3: {eight}");
    }
}

/// The taps-and-holes view: a k×k kernel at dilation d reads exactly the input offsets
/// {0, d, .., d(k−1)}² of its d(k−1)+1 span (the playground's dilated taps), and its
/// state round-trips through the URL with bad values refused.
#[test]
fn dilated_taps_sit_d_apart_on_the_span() {
    use convatlas::rfield::state::{tap_grid, RfState};
    for k in 1..=7 {
        for d in 1..=4 {
            let (span, grid) = tap_grid(k, d);
            assert_eq!(span, d * (k - 1) + 1);
            let taps: Vec<(usize, usize)> = (0..span * span)
                .filter(|&i| grid[i])
                .map(|i| (i / span, i % span))
                .collect();
            let expected: Vec<(usize, usize)> = (0..k)
                .flat_map(|y| (0..k).map(move |x| (y * d, x * d)))
                .collect();
            assert_eq!(taps, expected, "k {k} d {d}");
        }
    }
    let mut notices = vec![];
    let s = RfState::from_query(&convatlas::query::Query::parse("?tk=5&td=3"), &mut notices);
    assert_eq!((s.taps, notices.len()), ((5, 3), 0));
    let s = RfState::from_query(&convatlas::query::Query::parse("?tk=9&td=0"), &mut notices);
    assert_eq!((s.taps, notices.len()), ((3, 2), 2));
}

#[test]
fn stack_errors_speak_korean_with_the_same_numbers() {
    use convatlas::i18n::Lang;
    let hangul = |s: &str| s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    let digits = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .map(str::to_string)
            .collect()
    };
    for text in [
        "",
        &"k3,".repeat(80),
        "k3,k3,k3,k3,k3,k3,k3,k3,k3",
        "k3,q7",
        "k3,k3s99",
        "k3s2s2",
        "maxk3d2",
        "maxk2p2",
    ] {
        let e = parse(text).expect_err(text);
        let (en, ko) = (e.message(Lang::En), e.message(Lang::Ko));
        assert_eq!(en, e.to_string());
        assert!(hangul(&ko) && !hangul(&en), "{text}: {ko}");
        let mut en_numbers = digits(&en);
        let mut ko_numbers = digits(&ko);
        en_numbers.sort();
        ko_numbers.sort();
        assert_eq!(en_numbers, ko_numbers, "{text}: {en} / {ko}");
    }
}
