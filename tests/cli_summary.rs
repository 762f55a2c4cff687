//! `convatlas summary` end to end: the text table, and the JSON contract checked
//! key by key, against its own sums, against a hand-computed model and against
//! published figures.

use serde_json::Value;

/// Runs the binary; returns (exit code, stdout, stderr).
mod common;
use common::run;

fn json(args: &[&str]) -> Value {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: not JSON: {e}"))
}

fn u(v: &Value, key: &str) -> u64 {
    v[key]
        .as_u64()
        .unwrap_or_else(|| panic!("{key} is not a non-negative integer: {v}"))
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

fn shape(v: &Value) -> [u64; 3] {
    let a = v.as_array().expect("a shape is an array");
    assert_eq!(a.len(), 3, "a shape has 3 entries: {v}");
    [0, 1, 2].map(|i| a[i].as_u64().expect("shape entries are integers"))
}

/// Checks the contract's keys and types, and that the totals are the sums of the layers.
fn check_contract(v: &Value) {
    assert_eq!(
        keys(v),
        [
            "input",
            "layers",
            "macs",
            "model",
            "params",
            "receptive_field",
            "rf_padding",
            "rf_stride"
        ]
    );
    assert!(v["model"].is_string());
    shape(&v["input"]);
    let layers = v["layers"].as_array().expect("layers is an array");
    assert!(!layers.is_empty());
    let (mut params, mut macs) = (0u64, 0u64);
    for l in layers {
        assert_eq!(
            keys(l),
            [
                "macs",
                "name",
                "op",
                "out_shape",
                "params",
                "receptive_field",
                "rf_padding",
                "rf_stride"
            ]
        );
        assert!(l["name"].is_string() && l["op"].is_string());
        shape(&l["out_shape"]);
        params += u(l, "params");
        macs += u(l, "macs");
        assert!(u(l, "receptive_field") >= 1 && u(l, "rf_stride") >= 1);
        u(l, "rf_padding");
    }
    assert_eq!(
        params,
        u(v, "params"),
        "params total is the sum of the layers"
    );
    assert_eq!(macs, u(v, "macs"), "MACs total is the sum of the layers");
}

#[test]
fn every_zoo_network_keeps_the_json_contract() {
    let (code, list, _) = run(&["list"]);
    assert_eq!(code, 0);
    let names: Vec<&str> = list
        .lines()
        .skip(1)
        .take_while(|l| !l.starts_with("CHARTS"))
        .filter(|l| l.starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(
        names.len() >= 19 && names.contains(&"mobilenet_v1") && names.contains(&"tiny_fire"),
        "{names:?}"
    );
    for name in names {
        let v = json(&["summary", name, "--json"]);
        check_contract(&v);
        assert_eq!(v["model"], name);
    }
}

#[test]
fn top_level_receptive_field_is_the_last_layer_before_global_pooling() {
    let v = json(&["summary", "mobilenet_v1", "--json"]);
    let layers = v["layers"].as_array().unwrap();
    let pool = layers
        .iter()
        .position(|l| l["op"] == "global_avg_pool")
        .expect("a global pool");
    let before = &layers[pool - 1];
    for key in ["receptive_field", "rf_stride", "rf_padding"] {
        assert_eq!(before[key], v[key], "{key}");
    }
    assert_eq!(u(&v, "rf_stride"), 32, "five stride-2 layers");
}

/// Published parameter counts (torchvision metadata) are matched exactly, and
/// published MACs within the papers' rounding.
#[test]
fn totals_match_published_figures() {
    for (name, params) in [
        ("resnet50", 25_557_032),
        ("mobilenet_v2", 3_504_872),
        ("squeezenet1_0", 1_248_424),
        ("shufflenet_v2_x1_0", 2_278_604),
    ] {
        assert_eq!(
            u(&json(&["summary", name, "--json"]), "params"),
            params,
            "{name}"
        );
    }
    let close = |args: &[&str], macs_m: f64, tol: f64| {
        let got = u(&json(args), "macs") as f64 / 1e6;
        assert!(
            (got - macs_m).abs() <= macs_m * tol,
            "{args:?}: {got:.1}M vs {macs_m}M"
        );
    };
    // Howard et al. 2017, Tables 6 and 7.
    close(&["summary", "mobilenet_v1", "--json"], 569.0, 0.01);
    close(
        &["summary", "mobilenet_v1", "--alpha", "0.75", "--json"],
        325.0,
        0.02,
    );
    close(
        &["summary", "mobilenet_v1", "--alpha=0.5", "--json"],
        149.0,
        0.02,
    );
    close(
        &["summary", "mobilenet_v1", "--resolution", "160", "--json"],
        290.0,
        0.01,
    );
    // Zhang et al. 2017, Table 1 (complexity by groups, 1x).
    for (g, macs) in [
        ("1", 143.0),
        ("2", 140.0),
        ("3", 137.0),
        ("4", 133.0),
        ("8", 137.0),
    ] {
        close(
            &[
                "summary",
                "shufflenet_v1",
                "--groups",
                g,
                "--scale",
                "1.0",
                "--json",
            ],
            macs,
            0.02,
        );
    }
    // torchvision: resnet50 4.089 G.
    close(&["summary", "resnet50", "--json"], 4089.0, 0.005);
}

/// A model file whose figures are worked out by hand from the formulas.
const TINY: &str = r#"{"name": "tiny", "input": [3, 32, 32], "layers": [
 {"name": "conv1", "op": "conv2d", "in_channels": 3, "out_channels": 8, "kernel": [3, 3],
  "stride": [1, 1], "dilation": [1, 1],
  "padding": {"explicit": {"top": 1, "bottom": 1, "left": 1, "right": 1}}, "groups": 1, "bias": true},
 {"name": "dw", "op": "conv2d", "in_channels": 8, "out_channels": 8, "kernel": [3, 3],
  "stride": [2, 2], "dilation": [1, 1],
  "padding": {"explicit": {"top": 1, "bottom": 1, "left": 1, "right": 1}}, "groups": 8, "bias": false},
 {"name": "pool", "op": "global_avg_pool"},
 {"name": "fc", "op": "linear", "in_features": 8, "out_features": 10}
]}"#;

#[test]
fn a_model_file_gives_the_hand_computed_figures() {
    let dir = std::env::temp_dir().join(format!("convatlas-cli-summary-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("tiny.json");
    std::fs::write(&path, TINY).unwrap();
    let path = path.to_str().unwrap();
    let v = json(&["summary", path, "--json"]);
    check_contract(&v);
    // conv1: 32x32x8 outputs x 3x3x3 taps; params 3*3*3*8 + 8.
    // dw: 16x16x8 outputs x 3x3 taps; params 3*3*8. fc: 8*10 (+10 bias).
    let conv1 = 32 * 32 * 8 * 27;
    let dw = 16 * 16 * 8 * 9;
    assert_eq!(u(&v, "macs"), conv1 + dw + 80);
    assert_eq!(u(&v, "params"), 216 + 8 + 72 + 80 + 10);
    let layers = v["layers"].as_array().unwrap();
    assert_eq!(shape(&layers[1]["out_shape"]), [8, 16, 16]);
    // RF: 3, then 3 + (3-1)*1 = 5 with stride 2; padding 1 + 1*1 = 2.
    assert_eq!(
        (
            u(&v, "receptive_field"),
            u(&v, "rf_stride"),
            u(&v, "rf_padding")
        ),
        (5, 2, 2)
    );
    assert_eq!(v["model"], "tiny");

    let (code, table, _) = run(&["summary", path]);
    assert_eq!(code, 0);
    assert!(
        table.contains("Total params: 386") && table.contains("Total MACs: 239,696"),
        "{table}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_text_table_is_aligned_with_totals() {
    let (code, out, err) = run(&["summary", "mobilenet_v1", "--alpha", "0.5"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Model: mobilenet_v1 (alpha 0.5)\nInput: [3, 224, 224]\n"),
        "{out}"
    );
    let header = out
        .lines()
        .find(|l| l.starts_with("Layer"))
        .expect("a header");
    for col in ["Op", "Output shape", "Params", "MACs", "RF", "RF stride"] {
        assert!(header.contains(col), "{col}");
    }
    // Right-aligned numbers: every layer row ends at the same column as the header.
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with("conv")).collect();
    assert!(rows.len() > 20);
    assert!(rows.iter().all(|r| r.len() == header.len()), "ragged rows");
    assert!(
        out.contains("conv13.pw")
            && out.contains("Total MACs: ")
            && out.contains("Receptive field: 315 px")
    );
    let v = json(&["summary", "mobilenet_v1", "--alpha", "0.5", "--json"]);
    let grouped = |n: u64| {
        let s = n.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    assert!(out.contains(&format!("Total params: {} ", grouped(u(&v, "params")))));
}

#[test]
fn inline_parameters_override_the_options() {
    let a = json(&[
        "summary",
        "mobilenet_v1:alpha=0.25,resolution=128",
        "--json",
    ]);
    let b = json(&[
        "summary",
        "mobilenet_v1",
        "--alpha",
        "0.25",
        "--resolution",
        "128",
        "--json",
    ]);
    assert_eq!(a, b);
    let c = json(&[
        "summary",
        "mobilenet_v1:alpha=0.25",
        "--alpha",
        "1.0",
        "--json",
    ]);
    assert_eq!(
        u(&c, "macs"),
        u(
            &json(&["summary", "mobilenet_v1", "--alpha", "0.25", "--json"]),
            "macs"
        )
    );
}
