//! `convatlas rf` end to end: the JSON contract key by key against the published
//! receptive fields (Yu & Koltun; Araujo et al.'s AlexNet v2 layers) and Wang et al.'s
//! gridding figures, the table, and bad input.

use serde_json::Value;

mod common;
use common::run;

fn json(layers: &str) -> Value {
    let (code, out, err) = run(&["rf", layers, "--json"]);
    assert_eq!(code, 0, "{layers}: {err}");
    serde_json::from_str(&out).expect("JSON")
}

#[test]
fn json_contract_and_the_context_module() {
    let v = json("k3,k3,k3d2,k3d4,k3d8,k3d16,k3");
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "coverage",
            "hdc",
            "layers",
            "receptive_field",
            "rf_padding",
            "rf_stride"
        ]
    );
    let layers = v["layers"].as_array().unwrap();
    let mut layer_keys: Vec<&str> = layers[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    layer_keys.sort_unstable();
    assert_eq!(
        layer_keys,
        [
            "coverage",
            "receptive_field",
            "rf_padding",
            "rf_stride",
            "spec"
        ]
    );
    // papers.md, Yu & Koltun 2016: 3, 5, 9, 17, 33, 65, 67.
    let rf: Vec<u64> = layers
        .iter()
        .map(|l| l["receptive_field"].as_u64().unwrap())
        .collect();
    assert_eq!(rf, [3, 5, 9, 17, 33, 65, 67]);
    assert_eq!(layers[2]["spec"], "k3d2");
    assert_eq!(v["receptive_field"], 67);
    assert_eq!(v["coverage"], 1.0);
    assert_eq!(v["hdc"], true);
}

#[test]
fn alexnet_v2_fields_as_published() {
    // Araujo et al. (google-research receptive_field), alexnet_v2 (VALID padding):
    // conv1 11/4, pool1 19/8, conv2 51/8, conv3 99/16 (papers.md).
    let v = json("k11s4,maxk3s2,k5,maxk3s2,k3");
    let got: Vec<(u64, u64)> = v["layers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["receptive_field"].as_u64().unwrap(),
                l["rf_stride"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, [(11, 4), (19, 8), (51, 8), (67, 16), (99, 16)]);
}

#[test]
fn gridding_figures() {
    // Wang et al.: k = 3, r = 2 uses 9 of 25 pixels; [1, 2, 9] fails the HDC rule.
    assert_eq!(json("k3d2")["coverage"], 9.0 / 25.0);
    assert_eq!(json("k3,k3d2,k3d9")["hdc"], false);
    assert_eq!(json("k3d2,k3d2,k3d2")["hdc"], false);
    assert!(json("k3d2,k3d2,k3d2")["coverage"].as_f64().unwrap() < 1.0);
}

#[test]
fn table_and_bad_input() {
    let (code, out, _) = run(&["rf", "k3,k3d2,k3d5"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("k3d5") && out.contains("HDC") && out.contains("holds"),
        "{out}"
    );
    for bad in [
        "",
        "k3,,k3",
        "k0",
        "maxk3d2",
        "k3s9",
        "k3,k3,k3,k3,k3,k3,k3,k3,k3",
    ] {
        let (code, out, err) = run(&["rf", bad]);
        assert_eq!(code, 1, "{bad}");
        assert!(
            out.is_empty() && err.starts_with("error: rf: "),
            "{bad}: {err}"
        );
    }
    let (code, _, err) = run(&["rf"]);
    assert_eq!(code, 2, "{err}");
    let (code, out, _) = run(&["rf", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("k3,k3d2,k3d4"));
}
