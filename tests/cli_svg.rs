//! `convatlas svg` end to end: every chart is written as well-formed SVG with its
//! title, its categories and the citation of any published figure it shows.

mod common;
use common::run;

/// The SVG written to standard output by `svg ARGS -o -`.
fn svg(args: &[&str]) -> String {
    let mut all = vec!["svg"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", "-"]);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "{args:?}: {err}");
    check_xml(&out);
    out
}

/// Well-formed enough: one <svg> root, every element closed in order.
fn check_xml(text: &str) {
    let body = text.trim();
    assert!(
        body.starts_with("<svg") && body.ends_with("</svg>"),
        "not an svg document"
    );
    let mut open: Vec<String> = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("every tag is closed") + start;
        let tag = &rest[start + 1..end];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(
                open.pop().as_deref(),
                Some(name.trim()),
                "mismatched </{name}>"
            );
        } else if !tag.ends_with('/') && !tag.starts_with('?') && !tag.starts_with('!') {
            open.push(tag.split_whitespace().next().unwrap_or("").to_string());
        }
        rest = &rest[end + 1..];
    }
    assert!(open.is_empty(), "unclosed: {open:?}");
}

#[test]
fn cost_by_type_shows_that_1x1_convolutions_carry_most_macs() {
    let out = svg(&["cost-by-type", "mobilenet_v1"]);
    for text in [
        "Cost by layer type",
        "mobilenet_v1",
        "Conv 1x1",
        "Conv DW",
        "Fully connected",
        "94.9%",
    ] {
        assert!(out.contains(text), "missing {text}");
    }
}

#[test]
fn per_network_charts_name_their_networks() {
    let out = svg(&["layers", "mobilenet_v1", "shufflenet_v1:groups=8"]);
    assert!(out.contains("Parameters and MACs per layer") && out.contains("shufflenet_v1 (g=8)"));
    let out = svg(&["rf-growth", "vgg16", "resnet50", "--dark"]);
    assert!(
        out.contains("Receptive field growth")
            && out.contains("input 224 px")
            && out.contains("Araujo et al. 2019")
    );
    let out = svg(&["compare", "mobilenet_v1", "squeezenet1_0", "--zoom", "1.5"]);
    assert!(out.contains("mobilenet_v1 vs squeezenet1_0") && out.contains("MACs (millions)"));
}

#[test]
fn published_charts_cite_their_sources() {
    let out = svg(&["accuracy-vs-macs", "--width", "1280", "--height", "720"]);
    for text in [
        "Accuracy against MACs",
        "Howard et al. 2017",
        "Zhang et al. 2017",
        "torchvision",
        "computed by ConvAtlas",
    ] {
        assert!(out.contains(text), "missing {text}");
    }
    let out = svg(&["mobilenet-multipliers"]);
    assert!(
        out.contains("Howard et al. 2017, MobileNets, Table 6")
            && out.contains("Table 7")
            && out.contains("alpha 0.25")
    );
    let out = svg(&["shufflenet-groups"]);
    assert!(
        out.contains("Zhang et al. 2017, ShuffleNet")
            && out.contains("g=8")
            && out.contains("computed by ConvAtlas")
    );
}

#[test]
fn the_chart_is_written_to_the_named_file_with_its_size() {
    let dir = std::env::temp_dir().join(format!("convatlas-cli-svg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("chart.svg");
    let p = path.to_str().unwrap();
    let (code, out, err) = run(&[
        "svg",
        "layers",
        "mobilenet_v1",
        "-o",
        p,
        "--width=1200",
        "--height=800",
    ]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    let text = std::fs::read_to_string(&path).unwrap();
    check_xml(&text);
    assert!(text.contains("width=\"1200\"") && text.contains("height=\"800\""));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn every_listed_chart_can_be_drawn() {
    let (_, help, _) = run(&["svg", "--help"]);
    let charts: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("CHARTS"))
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(charts.len(), 7, "{help}");
    for chart in charts {
        let models: &[&str] = match chart {
            "accuracy-vs-macs" | "mobilenet-multipliers" | "shufflenet-groups" => &[],
            "compare" => &["xception", "inception_v3"],
            _ => &["dilated_context"],
        };
        let mut args = vec![chart];
        args.extend_from_slice(models);
        svg(&args);
    }
}

#[test]
fn names_from_a_model_file_are_escaped() {
    let dir = std::env::temp_dir().join(format!("convatlas-cli-svg-esc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("odd.json");
    let model = r#"{"name": "<b>&\"net\" 모델", "input": [3, 16, 16], "layers": [
        {"name": "c<1>", "op": "conv2d", "in_channels": 3, "out_channels": 4, "kernel": [3, 3],
         "stride": [1, 1], "dilation": [1, 1], "padding": "same", "groups": 1, "bias": false},
        {"name": "pool", "op": "global_avg_pool"}]}"#;
    std::fs::write(&path, model).unwrap();
    let p = path.to_str().unwrap();
    for chart in ["layers", "cost-by-type", "rf-growth"] {
        let out = svg(&[chart, p]);
        assert!(
            out.contains("&lt;b&gt;&amp;") && out.contains("모델"),
            "{chart}"
        );
    }
    assert!(svg(&["layers", p]).contains("c&lt;1&gt;"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn svg_block_draws_a_fire_module_in_either_language() {
    let out = svg(&["block", "squeezenet1_0", "fire2"]);
    for text in [
        "squeezenet1_0 · fire2",
        "input 96×54×54",
        "concat → 128",
        "16 → 64 · ReLU",
        "11,920 params",
    ] {
        assert!(out.contains(text), "missing {text}");
    }
    let ko = svg(&[
        "block",
        "shufflenet_v1",
        "stage2.unit2",
        "--lang",
        "ko",
        "--dark",
    ]);
    assert!(ko.contains("입력 240×28×28") && ko.contains("channel shuffle, g=3"));
}

#[test]
fn svg_block_lists_the_blocks_when_one_is_missing_or_unknown() {
    let (code, _, err) = run(&["svg", "block", "resnet50", "-o", "-"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("blocks of resnet50: layer1.0, layer1.1"),
        "{err}"
    );
    let (code, _, err) = run(&["svg", "block", "resnet50", "layer9", "-o", "-"]);
    assert_eq!(code, 1);
    assert!(err.contains("'layer9' is not a block of resnet50"), "{err}");
    let (code, _, err) = run(&["svg", "block", "vgg16", "-o", "-"]);
    assert_eq!(code, 2);
    assert!(err.contains("vgg16 has no blocks"), "{err}");
    let (code, _, err) = run(&[
        "svg", "block", "resnet50", "layer1.0", "--lang", "fr", "-o", "-",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("languages: en, ko"), "{err}");
    let (code, _, err) = run(&["svg", "layers", "resnet50", "--lang", "de", "-o", "-"]);
    assert_eq!(code, 2);
    assert!(err.contains("--lang is 'de'; languages: en, ko"), "{err}");
}

/// The text nodes of an SVG, in order.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            Some(
                t.split_once('>')?
                    .1
                    .split_once("</text>")?
                    .0
                    .trim()
                    .to_string(),
            )
        })
        .collect()
}

#[test]
fn charts_speak_korean_with_the_same_numbers() {
    let hangul = |s: &str| s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    for chart in [
        "cost-by-type",
        "layers",
        "rf-growth",
        "accuracy-vs-macs",
        "mobilenet-multipliers",
        "shufflenet-groups",
    ] {
        let models: &[&str] = match chart {
            "cost-by-type" | "layers" | "rf-growth" => &["mobilenet_v1"],
            _ => &[],
        };
        let svg = |lang: &str| {
            let mut args = vec!["svg", chart];
            args.extend_from_slice(models);
            args.extend_from_slice(&["--lang", lang, "-o", "-"]);
            let (code, out, err) = run(&args);
            assert_eq!(code, 0, "{chart} {lang}: {err}");
            texts(&out)
        };
        let (en, ko) = (svg("en"), svg("ko"));
        assert!(
            !en.iter().any(|t| hangul(t)),
            "{chart}: English has Hangul: {en:?}"
        );
        assert!(
            ko.iter().filter(|t| hangul(t)).count() >= 3,
            "{chart}: too little Korean: {ko:?}"
        );
        // Every number drawn is the same in both languages.
        let numbers = |v: &[String]| -> Vec<String> {
            v.iter()
                .filter(|t| t.chars().all(|c| c.is_ascii_digit() || ".%kM-".contains(c)))
                .cloned()
                .collect()
        };
        assert!(!numbers(&en).is_empty(), "{chart}: no numbers");
        assert_eq!(numbers(&en), numbers(&ko), "{chart}");
    }
    let title = |chart: &str, model: &[&str]| {
        let mut args = vec!["svg", chart];
        args.extend_from_slice(model);
        args.extend_from_slice(&["--lang", "ko", "-o", "-"]);
        texts(&run(&args).1)
    };
    let ko = title("cost-by-type", &["mobilenet_v1"]);
    assert!(
        ko.iter().any(|t| t.starts_with("출처: Howard et al. 2017")),
        "{ko:?}"
    );
    assert!(ko.iter().any(|t| t == "1×1 합성곱"), "{ko:?}");
}

#[test]
fn svg_page_draws_a_chapters_chart_in_the_state_of_its_address() {
    // 3×3, 8 → 8 on 14×14 with g = 4: k·k·(C_in/g)·C_out = 9·2·8 = 144 parameters and
    // 144·14·14 = 28,224 MACs (28.2k on the chart).
    let out = svg(&[
        "page",
        "https://example.org/convatlas/group?cin=8&cout=8&g=4&kh=3&kw=3&oh=14&ow=14",
    ]);
    let t = texts(&out);
    assert!(t.contains(&"g=4 (144)".to_string()), "{t:?}");
    assert!(t.contains(&"g=4 (28.2k)".to_string()), "{t:?}");
    // The address's language, unless --lang says otherwise.
    let ko = texts(&svg(&["page", "/xception?lang=ko"]));
    assert!(ko.iter().any(|t| t.contains("타워")), "{ko:?}");
    let en = texts(&svg(&["page", "/xception?lang=ko", "--lang", "en"]));
    assert!(en.iter().any(|t| t.contains("towers")), "{en:?}");
    // The growth of a dilated stack: 3, 7, 15 (1 + 2·(1 + 2 + 4)).
    let rf = texts(&svg(&["page", "/dilation?layers=k3p1,k3d2p2,k3d4p4"]));
    for label in ["3 (k3p1)", "7 (k3d2p2)", "15 (k3d4p4)"] {
        assert!(rf.contains(&label.to_string()), "{label} in {rf:?}");
    }
    assert!(texts(&svg(&["page", "/mobilenet"]))
        .iter()
        .any(|t| t.contains("α²ρ²")));
    assert!(texts(&svg(&["page", "/shufflenet"]))
        .iter()
        .any(|t| t.contains("Table 2")));
}

#[test]
fn svg_page_refuses_addresses_it_cannot_draw_and_says_what_is_allowed() {
    for (args, said) in [
        (
            vec!["svg", "page", "/playground", "-o", "-"],
            "chapters with one: /pointwise",
        ),
        (
            vec!["svg", "page", "/group?cin=8&cout=8&g=3", "-o", "-"],
            "allowed: 1, 2, 4, 8",
        ),
        (
            vec!["svg", "page", "/dilation?layers=k0", "-o", "-"],
            "layers",
        ),
        (
            vec!["svg", "page", "/mobilenet?alpha=0.3", "-o", "-"],
            "alpha=0.3 is not allowed",
        ),
        (vec!["svg", "page", "-o", "-"], "one ADDRESS"),
    ] {
        let (code, out, err) = run(&args);
        assert_ne!(code, 0, "{args:?}");
        assert!(out.is_empty(), "{args:?} wrote {out}");
        assert!(err.contains(said), "{args:?}: {err}");
    }
}
