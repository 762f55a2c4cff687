//! Shape inference, costs, receptive fields, errors, budgets and JSON of `arch`,
//! checked against hand arithmetic from the papers' formulas.

use convatlas::arch::*;
use convatlas::error::Error;
use convatlas::nn::conv::{Conv2dSpec, Padding};
use convatlas::zoo::layers::*;

fn model(input: [usize; 3], layers: Vec<Layer>) -> Model {
    Model::new("test", input, layers)
}

fn run(input: [usize; 3], layers: Vec<Layer>) -> Result<Summary, Error> {
    summarize(&model(input, layers), &Budget::default())
}

/// The innermost error and the layer path it is reported in.
fn unwrap_layer(e: &Error) -> (String, &Error) {
    match e {
        Error::Layer { layer, source } => {
            let (inner_path, inner) = unwrap_layer(source);
            if inner_path.is_empty() {
                (layer.clone(), inner)
            } else {
                (format!("{layer} > {inner_path}"), inner)
            }
        }
        other => (String::new(), other),
    }
}

fn err_text(r: Result<Summary, Error>) -> (String, String) {
    let e = r.expect_err("expected an error");
    let (path, inner) = unwrap_layer(&e);
    (path, inner.to_string())
}

// ---------------------------------------------------------------- cost formulas

fn spec(m: usize, n: usize, k: usize, groups: usize) -> Op {
    Op::Conv2d(Conv2dSpec {
        in_channels: m,
        out_channels: n,
        kernel: [k, k],
        stride: [1, 1],
        dilation: [1, 1],
        padding: Padding::symmetric(k / 2),
        groups,
        bias: false,
    })
}

/// MobileNet Table 3: one layer, Dk=3, M=N=512, Df=14. Full conv 462M MACs / 2.36M
/// params; depth-wise separable 52.3M / 0.27M; alpha 0.75: 29.6M / 0.15M; with
/// rho 0.714 (Df 14 -> 10): 15.1M / 0.15M. Also eq. 2 and eq. 4 by hand.
#[test]
fn mobilenet_table3_one_layer() {
    let b = Budget::default();
    let cost = |ops: &[Op], input: [usize; 3]| -> (u64, u64) {
        let mut shape = input;
        let (mut p, mut m) = (0, 0);
        for op in ops {
            let (o, pp, mm) = leaf_cost(op, shape, &b).unwrap();
            shape = o;
            p += pp;
            m += mm;
        }
        (p, m)
    };
    let sep = |c: usize| [spec(c, c, 3, c), spec(c, c, 1, 1)];
    let (dk, m, n, df) = (3u64, 512u64, 512u64, 14u64);
    let (p, macs) = cost(&[spec(512, 512, 3, 1)], [512, 14, 14]);
    assert_eq!(macs, dk * dk * m * n * df * df); // eq. 2
    assert_eq!(
        (
            (macs as f64 / 1e6).round(),
            (p as f64 / 1e4).round() / 100.0
        ),
        (462.0, 2.36)
    );
    let (p, macs) = cost(&sep(512), [512, 14, 14]);
    assert_eq!(macs, dk * dk * m * df * df + m * n * df * df); // eq. 4
    assert_eq!(
        (
            (macs as f64 / 1e5).round() / 10.0,
            (p as f64 / 1e4).round() / 100.0
        ),
        (52.3, 0.27)
    );
    let (p, macs) = cost(&sep(384), [384, 14, 14]);
    assert_eq!(
        (
            (macs as f64 / 1e5).round() / 10.0,
            (p as f64 / 1e4).round() / 100.0
        ),
        (29.6, 0.15)
    );
    let (p, macs) = cost(&sep(384), [384, 10, 10]);
    assert_eq!(
        (
            (macs as f64 / 1e5).round() / 10.0,
            (p as f64 / 1e4).round() / 100.0
        ),
        (15.1, 0.15)
    );
    // eq. 5: separable / standard = 1/N + 1/Dk^2, with the analysis's own costs, at
    // several widths and map sides.
    for (c, side) in [(512, 14), (32, 112), (1024, 7), (3, 5)] {
        let (_, full) = cost(&[spec(c, c, 3, 1)], [c, side, side]);
        let (_, separable) = cost(&sep(c), [c, side, side]);
        let ratio = separable as f64 / full as f64;
        assert!(
            (ratio - (1.0 / c as f64 + 1.0 / 9.0)).abs() < 1e-12,
            "{c}: {ratio}"
        );
    }
}

/// Inception v3 factorizations: a 5x5 costs 25/9 of a 3x3; two 3x3 instead of a 5x5
/// save 28%; 3x1 then 1x3 instead of 3x3 save 33%.
#[test]
fn inception_factorization_savings() {
    let b = Budget::default();
    let c = 64;
    let conv = |k: [usize; 2]| {
        Op::Conv2d(Conv2dSpec {
            in_channels: c,
            out_channels: c,
            kernel: k,
            stride: [1, 1],
            dilation: [1, 1],
            padding: Padding::Explicit {
                top: k[0] / 2,
                bottom: k[0] / 2,
                left: k[1] / 2,
                right: k[1] / 2,
            },
            groups: 1,
            bias: false,
        })
    };
    let macs = |k: [usize; 2]| leaf_cost(&conv(k), [c, 17, 17], &b).unwrap().2 as f64;
    assert!((macs([5, 5]) / macs([3, 3]) - 25.0 / 9.0).abs() < 1e-12);
    assert_eq!(
        ((1.0 - 2.0 * macs([3, 3]) / macs([5, 5])) * 100.0).round(),
        28.0
    );
    assert_eq!(
        ((1.0 - (macs([3, 1]) + macs([1, 3])) / macs([3, 3])) * 100.0).round(),
        33.0
    );
    // Two 2x2 instead of a 3x3 save only 11%, compared per output pixel (a 2x2 layer
    // without padding shrinks the map by one, so whole-layer totals would not compare).
    let per_pixel = |k: [usize; 2]| {
        let (out, _, macs) = leaf_cost(&conv(k), [c, 17, 17], &b).unwrap();
        macs as f64 / (out[1] * out[2]) as f64
    };
    assert_eq!(
        ((1.0 - 2.0 * per_pixel([2, 2]) / per_pixel([3, 3])) * 100.0).round(),
        11.0
    );
}

/// Output size: floor((i + 2p - d(k-1) - 1)/s) + 1.
#[test]
fn output_size_formula() {
    for (i, k, s, p, d) in [
        (224, 11, 4, 2, 1),
        (224, 7, 2, 3, 1),
        (64, 3, 1, 16, 16),
        (17, 3, 2, 0, 1),
    ] {
        let op = Op::Conv2d(Conv2dSpec {
            stride: [s, s],
            dilation: [d, d],
            padding: Padding::symmetric(p),
            ..Conv2dSpec::square(3, 8, k, p)
        });
        let (o, _, _) = leaf_cost(&op, [3, i, i], &Budget::default()).unwrap();
        assert_eq!(o[1], (i + 2 * p - d * (k - 1) - 1) / s + 1);
    }
}

// ---------------------------------------------------------------- pooling

#[test]
fn pool_output_sizes_floor_and_ceil() {
    // floor: (109 - 3)/2 + 1 = 54 either way; 56 -> 27 floor, 28 ceil.
    assert_eq!(pool_out_len(109, 3, 2, 0, 0, false), Some(54));
    assert_eq!(pool_out_len(109, 3, 2, 0, 0, true), Some(54));
    assert_eq!(pool_out_len(56, 3, 2, 0, 0, false), Some(27));
    assert_eq!(pool_out_len(56, 3, 2, 0, 0, true), Some(28));
    // PyTorch drops a last window that would start in the end padding:
    // i=5, k=2, s=2, p=1: ceil((5+2-2)/2)+1 = 4, but (4-1)*2 = 6 >= 5+1, so 3.
    assert_eq!(pool_out_len(5, 2, 2, 1, 1, true), Some(3));
    assert_eq!(pool_out_len(2, 3, 1, 0, 0, false), None);
    assert_eq!(pool_out_len(8, 3, 0, 0, 0, false), None);
}

#[test]
fn pool_padding_more_than_half_the_window_is_refused() {
    let (path, msg) = err_text(run([3, 8, 8], vec![max_pool("p", 3, 1, 2)]));
    assert_eq!(path, "p");
    assert!(
        msg.contains("more than half") && msg.contains("at most 1"),
        "{msg}"
    );
}

// ---------------------------------------------------------------- errors

#[test]
fn groups_must_divide_channels() {
    let (path, msg) = err_text(run(
        [6, 8, 8],
        vec![conv("bad", 6, 4, [3, 3], 1, [1, 1], 4, false)],
    ));
    assert_eq!(path, "bad");
    assert!(msg.contains("cannot be split into 4 groups"), "{msg}");
    assert!(msg.contains("groups must divide"), "{msg}");
}

#[test]
fn kernel_larger_than_padded_input() {
    let (path, msg) = err_text(run([3, 3, 3], vec![conv_k("c", 3, 4, 5, 1, 0)]));
    assert_eq!(path, "c");
    assert!(msg.contains("larger than the padded input"), "{msg}");
    // A dilated 3x3 (extent 5) on a 4x4 input, same story.
    let (_, msg) = err_text(run(
        [3, 4, 4],
        vec![conv_dilated("d", 3, 4, [3, 3], 1, 2, [0, 0], 1, true)],
    ));
    assert!(msg.contains("= 5"), "{msg}");
}

#[test]
fn zero_sizes_are_refused() {
    let (_, msg) = err_text(run([3, 0, 8], vec![relu("r")]));
    assert!(msg.contains("at least 1"), "{msg}");
    let (path, msg) = err_text(run([3, 8, 8], vec![conv_k("c", 3, 0, 3, 1, 1)]));
    assert_eq!(path, "c");
    assert!(msg.contains("out_channels is 0"), "{msg}");
    let (_, msg) = err_text(run(
        [3, 8, 8],
        vec![conv("c", 3, 3, [0, 3], 1, [0, 0], 1, true)],
    ));
    assert!(msg.contains("kernel height is 0"), "{msg}");
    let (_, msg) = err_text(run([3, 8, 8], vec![adaptive("a", 0, 1)]));
    assert!(msg.contains("0x1"), "{msg}");
}

#[test]
fn mismatched_branches_are_named() {
    let (path, msg) = err_text(run(
        [8, 8, 8],
        vec![seq(
            "stage",
            vec![add("block", vec![vec![conv_k("c", 8, 4, 1, 1, 0)], vec![]])],
        )],
    ));
    assert_eq!(path, "stage.block");
    assert!(
        msg.contains("[4, 8, 8]") && msg.contains("[8, 8, 8]"),
        "{msg}"
    );
    assert!(msg.contains("same [C, H, W]"), "{msg}");
    let (path, msg) = err_text(run(
        [8, 8, 8],
        vec![concat("cat", vec![vec![max_pool("p", 2, 2, 0)], vec![]])],
    ));
    assert_eq!(path, "cat");
    assert!(
        msg.contains("4x4") && msg.contains("same height and width"),
        "{msg}"
    );
    let (path, msg) = err_text(run([8, 8, 8], vec![concat("none", vec![])]));
    assert_eq!(path, "none");
    assert!(msg.contains("no branches"), "{msg}");
}

#[test]
fn errors_inside_branches_name_the_full_path() {
    let (path, msg) = err_text(run(
        [8, 8, 8],
        vec![concat(
            "mixed",
            vec![
                vec![conv_k("ok", 8, 4, 1, 1, 0)],
                vec![conv_k("wrong", 7, 4, 1, 1, 0)],
            ],
        )],
    ));
    assert_eq!(path, "mixed.wrong");
    assert!(msg.contains("8 channels but the layer expects 7"), "{msg}");
}

#[test]
fn other_op_errors() {
    let (path, msg) = err_text(run([8, 4, 4], vec![linear("fc", 8, 10)]));
    assert_eq!(path, "fc");
    assert!(msg.contains("add a flatten"), "{msg}");
    let (_, msg) = err_text(run([8, 4, 4], vec![flatten("f"), linear("fc", 100, 10)]));
    assert!(
        msg.contains("128 features but the layer expects 100"),
        "{msg}"
    );
    let (_, msg) = err_text(run([8, 4, 4], vec![bn("bn", 7)]));
    assert!(msg.contains("normalises 7"), "{msg}");
    let (_, msg) = err_text(run([8, 4, 4], vec![shuffle("s", 3)]));
    assert!(msg.contains("cannot be shuffled in 3 groups"), "{msg}");
    let (_, msg) = err_text(run([8, 4, 4], vec![slice("s", 6, 4)]));
    assert!(msg.contains("inside 0..8"), "{msg}");
    let (_, msg) = err_text(run([8, 4, 4], vec![slice("s", usize::MAX, 2)]));
    assert!(msg.contains("inside 0..8"), "{msg}");
    let (_, msg) = err_text(run([8, 4, 4], vec![dropout("d", 1.5)]));
    assert!(msg.contains("0 <= p < 1"), "{msg}");
    let (_, msg) = err_text(run([8, 4, 4], vec![bn_eps("bn", 8, f32::NAN)]));
    assert!(msg.contains("eps"), "{msg}");
}

// ---------------------------------------------------------------- shapes and rows

#[test]
fn branching_shapes_costs_and_receptive_fields() {
    // A Fire-like block then a residual around a dilated depth-wise conv.
    let s = run(
        [8, 16, 16],
        vec![
            concat(
                "fire",
                vec![
                    vec![conv_k("e1", 8, 4, 1, 1, 0)],
                    vec![conv_k("e3", 8, 6, 3, 1, 1)],
                ],
            ),
            add(
                "res",
                vec![
                    vec![conv_dilated("dw", 10, 10, [3, 3], 1, 2, [2, 2], 10, false)],
                    vec![],
                ],
            ),
            gap("gap"),
            flatten("flat"),
            linear("fc", 10, 3),
        ],
    )
    .unwrap();
    let names: Vec<&str> = s.layers.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        ["fire.e1", "fire.e3", "fire", "res.dw", "res", "gap", "flat", "fc"]
    );
    let r = |n: &str| s.layers.iter().find(|r| r.name == n).unwrap();
    assert_eq!(r("fire").out_shape, [10, 16, 16]);
    assert_eq!(r("fire").op.as_str(), "concat");
    assert_eq!(r("res").op.as_str(), "add");
    assert_eq!(s.output, [3, 1, 1]);
    // params: 8*4+4, 8*6*9+6, 10*9, 10*3+3.
    assert_eq!(s.params, 36 + 438 + 90 + 33);
    // MACs: 256*(32 + 432 + 90) + 30.
    assert_eq!(s.macs, 256 * (32 + 432 + 90) + 30);
    // RF: the merge takes the larger branch (3), then a dilated 3x3 (extent 5): 7.
    assert_eq!(r("fire").receptive_field, 3);
    assert_eq!(r("res").receptive_field, 7);
    assert_eq!(r("res").rf_padding, 1 + 2);
    // The model's RF is that of the last layer before global pooling.
    assert_eq!((s.receptive_field, s.rf_stride, s.rf_padding), (7, 1, 3));
    // Global pooling covers the whole input.
    assert_eq!(r("gap").receptive_field, 7 + 15);
    // Activation memory: every output in f32.
    assert_eq!(r("fire").act_bytes, 10 * 16 * 16 * 4);
    assert_eq!(
        s.activation_bytes,
        s.layers.iter().map(|r| r.act_bytes).sum::<u64>()
    );
}

#[test]
fn receptive_field_recurrence_and_asymmetric_kernels() {
    // 1x7 then 7x1: each axis grows on its own; the row reports the larger axis.
    let s = run(
        [4, 17, 17],
        vec![
            conv("h", 4, 4, [1, 7], 1, [0, 3], 1, false),
            conv("v", 4, 4, [7, 1], 2, [3, 0], 1, false),
        ],
    )
    .unwrap();
    assert_eq!(s.layers[0].rf.size, [1, 7]);
    assert_eq!(s.layers[0].receptive_field, 7);
    assert_eq!(s.layers[1].rf.size, [7, 7]);
    assert_eq!(s.layers[1].rf.stride, [2, 2]);
    assert_eq!(s.layers[1].rf.padding, [3, 3]);
    // Araujo: r_in = s*r_out + k - s, going backwards, agrees with the forward pass.
    let rf = ReceptiveField::IDENTITY
        .then([11, 11], [4, 4], [2, 2])
        .then([3, 3], [2, 2], [0, 0])
        .then([5, 5], [1, 1], [2, 2]);
    let back = [(5u64, 1u64), (3, 2), (11, 4)]
        .iter()
        .fold(1u64, |r, &(k, s)| s * r + k - s);
    assert_eq!(rf.size[0], back);
    // Padding: 2 (conv1) + 0 (pool) + 2 * 8 (conv2 after stride 8).
    assert_eq!(rf.padding[0], 2 + 2 * 8);
}

#[test]
fn aux_heads_pass_the_main_path_through() {
    let s = run(
        [4, 8, 8],
        vec![
            Layer::new(
                "aux",
                Op::Aux {
                    layers: vec![gap("g"), flatten("f"), linear("fc", 4, 2)],
                },
            ),
            conv_k("c", 4, 4, 3, 1, 1),
        ],
    )
    .unwrap();
    assert_eq!(s.aux_outputs, vec![[2, 1, 1]]);
    assert_eq!(s.output, [4, 8, 8]);
    assert_eq!(s.params, 10 + 4 * 4 * 9 + 4);
    assert!(s
        .layers
        .iter()
        .filter(|r| r.name.starts_with("aux."))
        .all(|r| r.aux));
    // The aux head's global pooling does not end the main path's spatial part.
    assert_eq!(s.receptive_field, 3);
}

// ---------------------------------------------------------------- budget

#[test]
fn budget_refuses_before_walking() {
    let b = Budget::default();
    // Too many layers: refused by count.
    let many = vec![relu("r"); b.max_layers + 1];
    let e = summarize(&model([1, 8, 8], many), &b).unwrap_err();
    assert!(
        matches!(e, Error::Budget { ref what, .. } if what.contains("layer count")),
        "{e}"
    );
    // Too deep.
    let mut l = relu("r");
    for i in 0..(b.max_depth + 2) {
        l = seq(&format!("s{i}"), vec![l]);
    }
    let e = summarize(&model([1, 8, 8], vec![l]), &b).unwrap_err();
    assert!(
        matches!(e, Error::Budget { ref what, .. } if what.contains("depth")),
        "{e}"
    );
    // Input too large.
    let e = run([3, 5000, 5000], vec![relu("r")]).unwrap_err();
    assert!(
        matches!(
            e,
            Error::Budget {
                needed: 5000,
                limit: 4096,
                ..
            }
        ),
        "{e}"
    );
    let e = run([100_000, 8, 8], vec![relu("r")]).unwrap_err();
    assert!(matches!(e, Error::Budget { .. }), "{e}");
}

#[test]
fn budget_limits_cost_and_memory() {
    let tight = Budget {
        max_macs: 1_000_000,
        ..Budget::default()
    };
    let m = model([16, 64, 64], vec![conv_k("big", 16, 16, 3, 1, 1)]);
    let e = summarize(&m, &tight).unwrap_err();
    assert!(e.to_string().contains("multiply-accumulates"), "{e}");
    let tight = Budget {
        max_layer_bytes: 1000,
        ..Budget::default()
    };
    let e = summarize(&m, &tight).unwrap_err();
    assert!(
        e.to_string().contains("layer 'big'") && e.to_string().contains("memory"),
        "{e}"
    );
    let tight = Budget {
        max_params: 100,
        ..Budget::default()
    };
    assert!(summarize(&m, &tight)
        .unwrap_err()
        .to_string()
        .contains("parameters"));
    // Huge channel counts are refused, not overflowed.
    let e = run([3, 8, 8], vec![conv_k("c", 3, usize::MAX, 3, 1, 1)]).unwrap_err();
    assert!(e.to_string().contains("out_channels"), "{e}");
    let e = run([3, 8, 8], vec![linear("fc", usize::MAX, usize::MAX)]).unwrap_err();
    assert!(e.to_string().contains("in_features"), "{e}");
}

// ---------------------------------------------------------------- JSON

#[test]
fn json_example_files_load() {
    let b = Budget::default();
    let tiny = load_model(include_str!("data/tiny_branching.json"), &b).unwrap();
    let s = summarize(&tiny, &b).unwrap();
    assert_eq!(s.output, [10, 1, 1]);
    // conv1 3x3 (27*8), fire 8->4 1x1 (+4) and 8->4 3x3 (+4), dw 8*9, fc 8*10+10, bn 16.
    assert_eq!(s.params, 216 + 16 + 36 + 292 + 72 + 90);
    let v2 = load_model(include_str!("data/alexnet_v2.json"), &b).unwrap();
    assert_eq!(summarize(&v2, &b).unwrap().output, [1000, 1, 1]);
}

#[test]
fn json_round_trips_every_zoo_model() {
    let b = Budget::default();
    for name in convatlas::zoo::names() {
        let m = convatlas::zoo::build(name, &Default::default()).unwrap();
        let text = to_json(&m).unwrap();
        assert_eq!(from_json(&text, &b).unwrap(), m, "{name}");
    }
}

#[test]
fn malformed_json_reports_line_and_column() {
    let b = Budget::default();
    let text = "{\n  \"name\": \"x\",\n  \"input\": [3, 8, 8],\n  \"layers\": [ {\"name\": \"r\", \"op\": \"relu\"}, ]\n}";
    match from_json(text, &b) {
        Err(Error::Parse { line, column, .. }) => assert_eq!((line, column), (4, 44)),
        other => panic!("{other:?}"),
    }
    let unknown = "{\"name\": \"x\", \"input\": [3, 8, 8],\n \"layers\": [{\"name\": \"r\", \"op\": \"swish\"}]}";
    match from_json(unknown, &b) {
        Err(Error::Parse { line, message, .. }) => {
            assert_eq!(line, 2);
            assert!(
                message.contains("swish") && message.contains("relu"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
    let missing = "{\"name\": \"x\", \"input\": [3, 8, 8], \"layers\": [{\"name\": \"c\", \"op\": \"conv2d\", \"in_channels\": 3}]}";
    let e = from_json(missing, &b).unwrap_err();
    assert!(
        matches!(e, Error::Parse { .. }) && e.to_string().contains("missing field"),
        "{e}"
    );
    // A misspelt optional field is an error, not silently ignored.
    let typo = "{\"name\": \"x\", \"input\": [3, 8, 8], \"layers\": [\n  {\"name\": \"p\", \"op\": \"max_pool2d\", \"kernel\": [2, 2], \"stride\": [2, 2], \"ceil_mod\": true}]}";
    match from_json(typo, &b) {
        Err(Error::Parse {
            line,
            column,
            message,
        }) => {
            assert_eq!((line, column), (2, 73));
            assert!(
                message.contains("ceil_mod") && message.contains("`ceil_mode`"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
    // Valid JSON, invalid model: load_model reports the layer.
    let bad = "{\"name\": \"x\", \"input\": [3, 8, 8], \"layers\": [{\"name\": \"b\", \"op\": \"batch_norm\", \"channels\": 4}]}";
    let e = load_model(bad, &b).unwrap_err();
    assert!(
        matches!(e, Error::Layer { ref layer, .. } if layer == "b"),
        "{e}"
    );
    // Too long for the budget: refused before parsing.
    let small = Budget {
        max_json_chars: 10,
        ..b
    };
    assert!(matches!(from_json(text, &small), Err(Error::Budget { .. })));
    // Nesting beyond serde_json's recursion limit is an error, not a stack overflow.
    let deep = format!(
        "{{\"name\": \"x\", \"input\": [1, 8, 8], \"layers\": [{}{}]}}",
        "{\"name\": \"s\", \"op\": \"sequential\", \"layers\": [".repeat(500),
        "]}".repeat(500)
    );
    assert!(from_json(&deep, &b).is_err());
}

/// The CLI prints the summary as it serialises: exactly the contract's keys.
#[test]
fn summary_json_contract() {
    let s = convatlas::zoo::summary("squeezenet1_1", &Default::default()).unwrap();
    let v: serde_json::Value = serde_json::to_value(&s).unwrap();
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let mut top = vec![
        "model",
        "input",
        "params",
        "macs",
        "receptive_field",
        "rf_stride",
        "rf_padding",
        "layers",
    ];
    top.sort();
    assert_eq!(keys(&v), top);
    let mut row = vec![
        "name",
        "op",
        "out_shape",
        "params",
        "macs",
        "receptive_field",
        "rf_stride",
        "rf_padding",
    ];
    row.sort();
    for r in v["layers"].as_array().unwrap() {
        assert_eq!(keys(r), row);
    }
    assert_eq!(v["model"], "squeezenet1_1");
    assert_eq!(v["input"], serde_json::json!([3, 224, 224]));
    assert_eq!(v["params"], 1_235_496);
}

/// The schema example in `arch`'s module docs is a valid model.
#[test]
fn module_doc_example_loads() {
    let src = include_str!("../src/arch/mod.rs");
    let body: Vec<&str> = src
        .lines()
        .map(|l| l.trim_start_matches("//!").strip_prefix(' ').unwrap_or(""))
        .skip_while(|l| !l.starts_with("```json"))
        .skip(1)
        .take_while(|l| !l.starts_with("```"))
        .collect();
    let m = load_model(&body.join("\n"), &Budget::default()).unwrap();
    let s = summarize(&m, &Budget::default()).unwrap();
    assert_eq!(s.output, [10, 1, 1]);
}

#[test]
fn containers_list_their_children() {
    let b = concat("b", vec![vec![relu("x")], vec![]]);
    assert_eq!(b.op.children().len(), 2);
    assert!(b.op.is_container());
    let s = seq("s", vec![relu("x"), relu("y")]);
    assert_eq!(s.op.children()[0].len(), 2);
    assert!(relu("r").op.children().is_empty());
}
