//! Bad input never panics: each case exits non-zero with "error: ..." and a
//! message that says what is wrong (the model, the parameter, the JSON position,
//! the layer whose shapes do not fit).

mod common;
use common::run;

/// Runs `args`, expects exit `code` and `needle` in the error message.
fn fails(args: &[&str], code: i32, needle: &str) {
    let (got, out, err) = run(args);
    assert!(!err.contains("panicked"), "{args:?} panicked: {err}");
    assert_eq!(got, code, "{args:?}: {err}");
    assert!(out.is_empty(), "{args:?} printed {out}");
    assert!(err.starts_with("error: "), "{args:?}: {err}");
    assert!(
        err.contains(needle),
        "{args:?}: expected '{needle}' in {err}"
    );
}

struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        let p = std::env::temp_dir().join(format!("convatlas-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

const CONV: &str = r#""kernel": [3, 3], "stride": [1, 1], "dilation": [1, 1],
 "padding": {"explicit": {"top": 1, "bottom": 1, "left": 1, "right": 1}}, "groups": 1, "bias": true"#;

#[test]
fn bad_models_and_parameters_are_named() {
    fails(
        &["summary", "mobilenet_v3"],
        1,
        "unknown model 'mobilenet_v3'",
    );
    fails(&["summary", "mobilenet_v3"], 1, "shufflenet_v1");
    fails(
        &["summary", "mobilenet_v1", "--alpha", "0.2"],
        1,
        "alpha is 0.2 (allowed: 0.25..=1.0)",
    );
    fails(
        &["summary", "mobilenet_v1", "--alpha", "abc"],
        2,
        "--alpha expects a number",
    );
    fails(
        &["summary", "mobilenet_v1", "--alpha", "1e999"],
        2,
        "finite",
    );
    fails(
        &["summary", "shufflenet_v1", "--groups", "5"],
        1,
        "groups is 5",
    );
    fails(
        &["summary", "shufflenet_v1", "--scale", "0.3"],
        1,
        "scale is 0.3",
    );
    fails(
        &["summary", "vgg16", "--alpha", "0.5"],
        1,
        "does not take the parameter 'alpha'",
    );
    fails(
        &["summary", "resnet50", "--resolution", "2000"],
        1,
        "resolution is 2000",
    );
    fails(
        &[
            "summary",
            "resnet50",
            "--resolution",
            "99999999999999999999999",
        ],
        2,
        "whole number",
    );
    fails(
        &["summary", "mobilenet_v1:alpha=x"],
        2,
        "'alpha=x' in a model spec",
    );
    fails(&["summary", "mobilenet_v1:depth=3"], 2, "'depth=3'");
    fails(
        &["summary", "mobilenet_v1", "--bogus"],
        2,
        "unknown option '--bogus'",
    );
    fails(&["summary"], 2, "exactly one MODEL");
    fails(&["frobnicate"], 2, "unknown command 'frobnicate'");
}

#[test]
fn malformed_json_reports_line_and_column() {
    let dir = TempDir::new("bad-json");
    let missing_comma = "{\n  \"name\": \"x\",\n  \"input\": [3, 32, 32]\n  \"layers\": []\n}";
    fails(
        &["summary", &dir.file("a.json", missing_comma.as_bytes())],
        1,
        "line 4, column 3",
    );
    let unknown_op =
        r#"{"name": "x", "input": [3, 8, 8], "layers": [{"name": "l", "op": "conv3d"}]}"#;
    fails(
        &["summary", &dir.file("b.json", unknown_op.as_bytes())],
        1,
        "line 1, column",
    );
    fails(
        &["summary", &dir.file("c.json", b"")],
        1,
        "line 1, column 0",
    );
}

#[test]
fn shapes_that_do_not_fit_name_the_layer() {
    let dir = TempDir::new("bad-shape");
    let model = format!(
        r#"{{"name": "mis", "input": [3, 32, 32], "layers": [
 {{"name": "conv1", "op": "conv2d", "in_channels": 3, "out_channels": 8, {CONV}}},
 {{"name": "conv2", "op": "conv2d", "in_channels": 16, "out_channels": 8, {CONV}}}]}}"#
    );
    fails(
        &["summary", &dir.file("mis.json", model.as_bytes())],
        1,
        "layer 'conv2'",
    );
    let fc = r#"{"name": "fc", "input": [3, 8, 8], "layers": [{"name": "head", "op": "linear", "in_features": 3, "out_features": 2}]}"#;
    fails(
        &["summary", &dir.file("fc.json", fc.as_bytes())],
        1,
        "layer 'head'",
    );
    fails(
        &[
            "svg",
            "layers",
            &dir.file("mis2.json", model.as_bytes()),
            "-o",
            "-",
        ],
        1,
        "layer 'conv2'",
    );
}

#[test]
fn files_are_bounded_and_must_be_text() {
    let dir = TempDir::new("bad-file");
    let big = vec![b' '; (4 << 20) + 1];
    fails(
        &["summary", &dir.file("big.json", &big)],
        1,
        "larger than 4 MiB",
    );
    fails(
        &["summary", &dir.file("bin.json", &[0xff, 0xfe, 0x00])],
        1,
        "not UTF-8",
    );
    fails(&["summary", dir.0.to_str().unwrap()], 1, "is not a file");
    let f = dir.file("ok.json", b"{}");
    fails(
        &["summary", &f, "--alpha", "0.5"],
        2,
        "apply to zoo networks",
    );
}

#[test]
fn svg_usage_errors_are_explained() {
    fails(&["svg"], 2, "needs a CHART");
    fails(&["svg", "pie", "-o", "-"], 2, "unknown chart 'pie'");
    fails(&["svg", "layers", "vgg16"], 2, "needs -o");
    fails(
        &["svg", "layers", "-o", "-"],
        2,
        "takes 1 to 2 models, got 0",
    );
    fails(
        &["svg", "compare", "vgg16", "-o", "-"],
        2,
        "takes 2 to 4 models, got 1",
    );
    fails(
        &["svg", "accuracy-vs-macs", "vgg16", "-o", "-"],
        2,
        "takes no models",
    );
    fails(
        &["svg", "layers", "vgg16", "-o", "-", "--width", "0"],
        2,
        "--width is '0'",
    );
    fails(
        &["svg", "layers", "vgg16", "-o", "/nonexistent-dir/x.svg"],
        3,
        "cannot write /nonexistent-dir/x.svg",
    );
}

/// A table of hostile inputs: whatever they do, they end with a clear error, not a panic.
#[test]
fn hostile_inputs_never_panic() {
    let dir = TempDir::new("hostile");
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let huge = r#"{"name": "h", "input": [3, 4096, 4096], "layers": [{"name": "c", "op": "conv2d", "in_channels": 3, "out_channels": 65536, "kernel": [3, 3], "stride": [1, 1], "dilation": [1, 1], "padding": {"explicit": {"top": 1, "bottom": 1, "left": 1, "right": 1}}, "groups": 1, "bias": true}]}"#;
    let zero = r#"{"name": "z", "input": [0, 0, 0], "layers": []}"#;
    let negative = r#"{"name": "n", "input": [-3, 8, 8], "layers": []}"#;
    let overflow = r#"{"name": "o", "input": [3, 8, 18446744073709551616], "layers": []}"#;
    let stride0 = r#"{"name": "s", "input": [3, 8, 8], "layers": [{"name": "c", "op": "conv2d", "in_channels": 3, "out_channels": 3, "kernel": [3, 3], "stride": [0, 0], "dilation": [1, 1], "padding": {"explicit": {"top": 0, "bottom": 0, "left": 0, "right": 0}}, "groups": 1, "bias": true}]}"#;
    let files: Vec<String> = [
        ("deep.json", deep.as_str()),
        ("huge.json", huge),
        ("zero.json", zero),
        ("neg.json", negative),
        ("overflow.json", overflow),
        ("stride0.json", stride0),
        ("null.json", "null"),
        ("array.json", "[]"),
        ("nan.json", r#"{"name": "x", "input": [3, 8, 8], "layers": [{"name": "d", "op": "dropout", "p": NaN}]}"#),
    ]
    .iter()
    .map(|(name, text)| dir.file(name, text.as_bytes()))
    .collect();
    let mut cases: Vec<Vec<String>> = files
        .iter()
        .flat_map(|f| {
            [
                vec!["summary".to_string(), f.clone()],
                vec!["summary".into(), f.clone(), "--json".into()],
                vec![
                    "svg".into(),
                    "rf-growth".into(),
                    f.clone(),
                    "-o".into(),
                    "-".into(),
                ],
            ]
        })
        .collect();
    for line in [
        "summary ''",
        "summary -",
        "summary /dev/null",
        "summary /dev/zero",
        "summary mobilenet_v1: --json",
        "summary mobilenet_v1:alpha=NaN",
        "summary mobilenet_v1:,,,",
        "summary shufflenet_v1:groups=-1",
        "summary shufflenet_v1 --groups 0",
        "summary shufflenet_v1 --groups 18446744073709551615",
        "summary mobilenet_v1 --alpha -0",
        "summary mobilenet_v1 --resolution 0",
        "summary mobilenet_v1 --resolution 31",
        "summary squeezenet1_0 --resolution 32",
        "summary inception_v3 --resolution 64",
        "summary xception --resolution 1024 --json",
        "svg layers mobilenet_v1 -o - --zoom 0",
        "svg layers mobilenet_v1 -o - --height 99999",
        "svg compare a b c d e -o -",
        "svg cost-by-type mobilenet_v1 mobilenet_v1 mobilenet_v1 -o -",
        "svg -- -o",
        "--alpha 0.5",
        "help nothing",
        "-",
        "--",
    ] {
        cases.push(
            line.split(' ')
                .map(|s| s.trim_matches('\'').to_string())
                .collect(),
        );
    }
    for case in &cases {
        let args: Vec<&str> = case.iter().map(String::as_str).collect();
        let (code, _, err) = run(&args);
        assert!(!err.contains("panicked"), "{args:?} panicked: {err}");
        if code != 0 {
            assert!(
                err.starts_with("error: ") && err.len() > 12,
                "{args:?}: unclear error {err:?}"
            );
        }
    }
}

#[test]
fn help_documents_every_command_and_option() {
    let (code, out, err) = run(&["--help"]);
    assert_eq!((code, err.as_str()), (0, ""));
    for text in [
        "summary MODEL",
        "svg CHART",
        "--alpha",
        "--resolution",
        "--groups",
        "--scale",
        "--json",
        "-o FILE",
        "--dark",
        "--zoom",
        "EXIT STATUS",
        "rf_padding",
        "shufflenet-groups",
    ] {
        assert!(out.contains(text), "help lacks {text}");
    }
    // The model file example in the help loads.
    let start = out.find("{\"name\"").expect("a JSON example");
    let end = out[start..].find("]}").expect("its end") + start + 2;
    let dir = TempDir::new("help");
    let (code, table, err) = run(&[
        "summary",
        &dir.file("example.json", &out.as_bytes()[start..end]),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(table.contains("Model: tiny") && table.contains("fc"));
    let (code, out, _) = run(&["summary", "--help"]);
    assert!(code == 0 && out.contains("--json"));
    let (code, out, _) = run(&[]);
    assert!(code == 0 && out.contains("USAGE"));
}
