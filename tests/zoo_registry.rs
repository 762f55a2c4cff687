//! The zoo registry: names, parameters, validation messages, and no panic from any input.

use convatlas::arch::{from_json, summarize, Budget};
use convatlas::error::Error;
use convatlas::zoo::{self, Param, ZooParams};
use proptest::prelude::*;

const EXPECTED: [&str; 18] = [
    "alexnet",
    "alexnet_grouped",
    "vgg16",
    "inception_v3",
    "xception",
    "squeezenet1_0",
    "squeezenet1_1",
    "squeezenet1_0_simple_bypass",
    "squeezenet1_0_complex_bypass",
    "mobilenet_v1",
    "mobilenet_v1_full",
    "mobilenet_v2",
    "shufflenet_v1",
    "shufflenet_v2_x0_5",
    "shufflenet_v2_x1_0",
    "resnet50",
    "resnext50_32x4d",
    "dilated_context",
];

#[test]
fn every_model_builds_with_defaults() {
    assert_eq!(zoo::names(), EXPECTED);
    for name in zoo::names() {
        let d = zoo::defaults(name).unwrap();
        let m = zoo::build(name, &d).unwrap();
        assert_eq!(m.name, name);
        assert_eq!(
            zoo::build(name, &ZooParams::default()).unwrap(),
            m,
            "{name}"
        );
        let info = zoo::info(name).unwrap();
        assert_eq!(m.input, [info.channels, info.resolution, info.resolution]);
        assert!(info.params.contains(&Param::Resolution));
    }
}

#[test]
fn parameters_per_model() {
    assert_eq!(
        zoo::info("mobilenet_v1").unwrap().params,
        &[Param::Alpha, Param::Resolution]
    );
    assert_eq!(
        zoo::info("shufflenet_v1").unwrap().params,
        &[Param::Groups, Param::Scale, Param::Resolution]
    );
    let d = zoo::defaults("shufflenet_v1").unwrap();
    assert_eq!((d.groups, d.scale, d.alpha), (Some(3), Some(1.0), None));
    let d = zoo::defaults("inception_v3").unwrap();
    assert_eq!(d.resolution, Some(299));
}

fn param_error(name: &str, p: ZooParams) -> String {
    match zoo::build(name, &p) {
        Err(e @ Error::Param { .. }) => e.to_string(),
        other => panic!("{name} {p:?}: expected a parameter error, got {other:?}"),
    }
}

#[test]
fn invalid_parameters_list_what_is_allowed() {
    let msg = param_error("nope", ZooParams::default());
    assert!(
        msg.contains("no model named 'nope'") && msg.contains("resnet50"),
        "{msg}"
    );
    let msg = param_error(
        "mobilenet_v1",
        ZooParams {
            alpha: Some(1.5),
            ..Default::default()
        },
    );
    assert!(
        msg.contains("alpha is 1.5") && msg.contains("0.25..=1.0"),
        "{msg}"
    );
    let msg = param_error(
        "mobilenet_v1",
        ZooParams {
            alpha: Some(f32::NAN),
            ..Default::default()
        },
    );
    assert!(msg.contains("0.25..=1.0"), "{msg}");
    let msg = param_error(
        "shufflenet_v1",
        ZooParams {
            groups: Some(5),
            ..Default::default()
        },
    );
    assert!(
        msg.contains("groups is 5") && msg.contains("1, 2, 3, 4 or 8"),
        "{msg}"
    );
    let msg = param_error(
        "shufflenet_v1",
        ZooParams {
            scale: Some(0.3),
            ..Default::default()
        },
    );
    assert!(msg.contains("0.25, 0.5, 1.0, 1.5 or 2.0"), "{msg}");
    let msg = param_error(
        "resnet50",
        ZooParams {
            resolution: Some(16),
            ..Default::default()
        },
    );
    assert!(msg.contains("32..=1024"), "{msg}");
    let msg = param_error(
        "resnet50",
        ZooParams {
            resolution: Some(4000),
            ..Default::default()
        },
    );
    assert!(msg.contains("resolution is 4000"), "{msg}");
    let msg = param_error(
        "alexnet",
        ZooParams {
            alpha: Some(0.5),
            ..Default::default()
        },
    );
    assert!(
        msg.contains("does not take the parameter 'alpha'") && msg.contains("resolution"),
        "{msg}"
    );
    // Too small for the network: the message names the layer that does not fit.
    let msg = param_error(
        "alexnet",
        ZooParams {
            resolution: Some(32),
            ..Default::default()
        },
    );
    assert!(
        msg.contains("does not fit") && msg.contains("pool"),
        "{msg}"
    );
}

#[test]
fn every_allowed_shufflenet_and_mobilenet_variant_builds() {
    for g in [1, 2, 3, 4, 8] {
        for s in [0.25f32, 0.5, 1.0, 1.5, 2.0] {
            let p = ZooParams {
                groups: Some(g),
                scale: Some(s),
                ..Default::default()
            };
            zoo::build("shufflenet_v1", &p).unwrap_or_else(|e| panic!("g={g} s={s}: {e}"));
        }
    }
    for a in [0.25f32, 0.5, 0.75, 1.0, 0.3] {
        for r in [32, 128, 224, 1024] {
            let p = ZooParams {
                alpha: Some(a),
                resolution: Some(r),
                ..Default::default()
            };
            zoo::build("mobilenet_v1", &p).unwrap_or_else(|e| panic!("alpha {a} res {r}: {e}"));
        }
    }
}

#[test]
fn largest_resolution_fits_the_default_budget() {
    for name in zoo::names() {
        let p = ZooParams {
            resolution: Some(1024),
            ..Default::default()
        };
        zoo::build(name, &p).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn a_tight_budget_refuses_large_models() {
    let b = Budget {
        max_macs: 1_000_000_000,
        ..Budget::default()
    };
    let e = zoo::build_with_budget("vgg16", &ZooParams::default(), &b).unwrap_err();
    assert!(e.to_string().contains("multiply-accumulates"), "{e}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any parameters give a model or an error, never a panic; a model built is the one
    /// asked for (its input side is the resolution given) and its table adds up to its
    /// totals (the per-layer rows are what the atlas shows and sums).
    #[test]
    fn build_never_panics_and_the_table_adds_up(
        idx in 0usize..20,
        alpha in proptest::option::of(-2.0f32..3.0),
        res in proptest::option::of(0usize..5000),
        groups in proptest::option::of(0usize..20),
        scale in proptest::option::of(prop_oneof![Just(0.25f32), Just(0.5), Just(1.0), Just(1.5), Just(2.0), -1.0f32..3.0]),
    ) {
        let name = EXPECTED.get(idx).copied().unwrap_or("unknown");
        let p = ZooParams { alpha, resolution: res, groups, scale };
        if let Ok(m) = zoo::build(name, &p) {
            let s = summarize(&m, &Budget::default()).unwrap();
            if let Some(r) = res {
                prop_assert_eq!([s.input[1], s.input[2]], [r, r]);
            }
            prop_assert_eq!(s.layers.iter().map(|r| r.params).sum::<u64>(), s.params, "{}", name);
            prop_assert_eq!(s.layers.iter().map(|r| r.macs).sum::<u64>(), s.macs, "{}", name);
        }
    }

    /// Any single conv layer on any input gives a summary or an error, never a panic.
    #[test]
    fn conv_analysis_never_panics(
        cin in 0usize..70_000, cout in 0usize..70_000, k in 0usize..2000, s in 0usize..2000,
        d in 0usize..2000, p in 0usize..2000, g in 0usize..100, h in 0usize..5000, w in 0usize..5000,
    ) {
        let text = format!(
            r#"{{"name": "p", "input": [{cin}, {h}, {w}], "layers": [{{"name": "c", "op": "conv2d",
            "in_channels": {cin}, "out_channels": {cout}, "kernel": [{k}, {k}], "stride": [{s}, {s}],
            "dilation": [{d}, {d}], "padding": {{"explicit": {{"top": {p}, "bottom": {p}, "left": {p}, "right": {p}}}}},
            "groups": {g}, "bias": true}}, {{"name": "pool", "op": "max_pool2d", "kernel": [{k}, {k}],
            "stride": [{s}, {s}], "ceil_mode": true}}]}}"#
        );
        let m = from_json(&text, &Budget::default()).unwrap();
        let _ = summarize(&m, &Budget::default());
    }

    /// Any text gives a model or an error, never a panic.
    #[test]
    fn json_never_panics(cut in 0usize..2000, junk in "[\\[\\]{}:,\"a-z0-9 ]{0,40}") {
        let base = include_str!("data/tiny_branching.json");
        let cut = cut.min(base.len());
        let text = format!("{}{}", base.get(..cut).unwrap_or(""), junk);
        if let Ok(m) = from_json(&text, &Budget::default()) {
            let _ = summarize(&m, &Budget::default());
        }
    }
}
