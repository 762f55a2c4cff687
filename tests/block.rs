//! Block diagrams against the model descriptions and the papers: every block of
//! every zoo network has the model's branches and merges, the analysis's shapes
//! and costs (summed independently from the summary's rows), and a layout with
//! no overlapping boxes; the named blocks have the layers their papers list.

use convatlas::arch::{summarize, Budget, Layer, Merge, Model, Op, Summary};
use convatlas::block::layout::{layout, Item, Words};
use convatlas::block::svg::to_svg;
use convatlas::block::{self, Block, BoxKind, Element, OpBox};
use convatlas::charts::ChartTheme;
use convatlas::i18n::Lang;
use convatlas::zoo::{self, ZooParams};

fn model(name: &str) -> (Model, Summary) {
    let m = zoo::build(name, &ZooParams::default()).unwrap();
    let s = summarize(&m, &Budget::default()).unwrap();
    (m, s)
}

fn inside(row: &str, path: &str) -> bool {
    row == path || (row.starts_with(path) && row.as_bytes().get(path.len()) == Some(&b'.'))
}

/// The layer at `path`, found by walking names (dots may be part of a name).
fn layer_at<'a>(layers: &'a [Layer], prefix: &str, path: &str) -> Option<&'a Layer> {
    layers.iter().find_map(|l| {
        let here = if prefix.is_empty() {
            l.name.clone()
        } else {
            format!("{prefix}.{}", l.name)
        };
        if here == path {
            Some(l)
        } else if inside(path, &here) {
            l.op.children()
                .into_iter()
                .find_map(|c| layer_at(c, &here, path))
        } else {
            None
        }
    })
}

/// Forks of the graph, depth first, with the path they were built from.
fn forks(body: &[Element], out: &mut Vec<block::Fork>) {
    for e in body {
        if let Element::Fork(f) = e {
            out.push(f.clone());
            for b in &f.branches {
                forks(&b.body, out);
            }
        }
    }
}

fn boxes(body: &[Element], out: &mut Vec<OpBox>) {
    for e in body {
        match e {
            Element::Op(b) => out.push(b.clone()),
            Element::Fork(f) => f.branches.iter().for_each(|b| boxes(&b.body, out)),
        }
    }
}

fn check_block(m: &Model, s: &Summary, path: &str) -> Block {
    let b = block::build(m, s, path).unwrap_or_else(|e| panic!("{}/{path}: {e}", m.name));
    let rows: Vec<_> = s.layers.iter().filter(|r| inside(&r.name, path)).collect();
    assert!(!rows.is_empty(), "{path}");
    let params: u64 = rows.iter().map(|r| r.params).sum();
    let macs: u64 = rows.iter().map(|r| r.macs).sum();
    assert_eq!((b.params, b.macs), (params, macs), "{}/{path} cost", m.name);
    assert_eq!(b.input, rows[0].in_shape, "{path} input");
    // The block's output is the output of its last analysed row (a merge row
    // comes after its branches).
    assert_eq!(b.output, rows[rows.len() - 1].out_shape, "{path} output");
    let mut fs = Vec::new();
    forks(&b.body, &mut fs);
    for f in &fs {
        let Some(Layer {
            op: Op::Branches { branches, merge },
            ..
        }) = layer_at(&m.layers, "", &f.path)
        else {
            panic!("{}: a fork that is not a branches layer", f.path)
        };
        assert_eq!(f.merge, *merge, "{}", f.path);
        assert_eq!(f.branches.len(), branches.len(), "{}", f.path);
        for (drawn, described) in f.branches.iter().zip(branches) {
            assert_eq!(drawn.body.is_empty(), described.is_empty(), "{}", f.path);
        }
        let row = s.layers.iter().find(|r| r.name == f.path).unwrap();
        assert_eq!(f.output, row.out_shape, "{}", f.path);
        // Branch costs add up to every analysed row inside the fork.
        let inner: Vec<_> = s
            .layers
            .iter()
            .filter(|r| inside(&r.name, &f.path))
            .collect();
        let (p, mc) = f
            .branches
            .iter()
            .fold((0, 0), |(p, mc), b| (p + b.params, mc + b.macs));
        assert_eq!(p, inner.iter().map(|r| r.params).sum::<u64>(), "{}", f.path);
        assert_eq!(mc, inner.iter().map(|r| r.macs).sum::<u64>(), "{}", f.path);
    }
    b
}

#[test]
fn every_block_of_every_zoo_network_agrees_with_its_description() {
    let mut seen = 0;
    for name in zoo::names() {
        let (m, s) = model(name);
        for path in block::blocks(&m) {
            let b = check_block(&m, &s, &path);
            let d = layout(&b, &Words::of(Lang::En));
            let mut drawn = Vec::new();
            boxes(&b.body, &mut drawn);
            let rects: Vec<_> = d
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Box { rect, .. } | Item::Pill { rect, .. } | Item::Merge { rect, .. } => {
                        Some(*rect)
                    }
                    _ => None,
                })
                .collect();
            let box_count = d
                .items
                .iter()
                .filter(|i| matches!(i, Item::Box { .. }))
                .count();
            assert_eq!(box_count, drawn.len(), "{name}/{path}");
            for (i, a) in rects.iter().enumerate() {
                assert!(
                    a.x >= 0.0 && a.y >= 0.0 && a.x + a.w <= d.width && a.y + a.h <= d.height,
                    "{name}/{path}: {a:?} outside {}x{}",
                    d.width,
                    d.height
                );
                for b in &rects[i + 1..] {
                    assert!(!a.overlaps(b), "{name}/{path}: {a:?} overlaps {b:?}");
                }
            }
            seen += 1;
        }
    }
    assert!(seen > 150, "only {seen} blocks");
}

/// (title, channels, folded layers) of each box, in order.
fn described(b: &Block) -> Vec<(String, String, String)> {
    let mut all = Vec::new();
    boxes(&b.body, &mut all);
    all.iter()
        .map(|o| (o.title.clone(), o.channels.clone(), o.after.join(" ")))
        .collect()
}

fn strs(v: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    v.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

#[test]
fn the_fire_module_is_squeeze_then_two_expands_concatenated() {
    // SqueezeNet Table 1, fire2: s1x1 = 16, e1x1 = 64, e3x3 = 64 on 96 channels.
    let (m, s) = model("squeezenet1_0");
    let b = check_block(&m, &s, "fire2");
    assert_eq!(
        described(&b),
        strs(&[
            ("1×1 conv", "96 → 16", "ReLU"),
            ("1×1 conv", "16 → 64", "ReLU"),
            ("3×3 conv", "16 → 64", "ReLU"),
        ])
    );
    let Element::Fork(f) = &b.body[1] else {
        panic!("the expand layers are not branches")
    };
    assert_eq!(f.merge, Merge::Concat);
    assert_eq!(b.output[0], 128);
    // Table 1's parameter count for fire2 (before pruning): 11,920.
    assert_eq!(b.params, 11_920);
}

#[test]
fn bypass_variants_add_an_identity_or_a_1x1_shortcut() {
    let (m, s) = model("squeezenet1_0_simple_bypass");
    let b = check_block(&m, &s, "fire3_bypass");
    let Element::Fork(f) = &b.body[0] else {
        panic!("no fork")
    };
    assert_eq!(f.merge, Merge::Add);
    assert!(
        f.branches[1].body.is_empty(),
        "simple bypass is the identity"
    );
    let (m, s) = model("squeezenet1_0_complex_bypass");
    let b = check_block(&m, &s, "fire2_bypass");
    let Element::Fork(f) = &b.body[0] else {
        panic!("no fork")
    };
    let mut shortcut = Vec::new();
    boxes(&f.branches[1].body, &mut shortcut);
    assert_eq!(shortcut.len(), 1);
    assert_eq!(
        (shortcut[0].title.as_str(), shortcut[0].channels.as_str()),
        ("1×1 conv", "96 → 128")
    );
}

#[test]
fn resnet_and_resnext_blocks_have_the_papers_bottlenecks() {
    // ResNet Table 1, conv2_x: [1×1, 64; 3×3, 64; 1×1, 256]; the first block
    // projects its shortcut to 256 channels.
    let (m, s) = model("resnet50");
    let b = check_block(&m, &s, "layer1.0");
    assert_eq!(
        described(&b),
        strs(&[
            ("1×1 conv", "64 → 64", "BN ReLU"),
            ("3×3 conv", "64 → 64", "BN ReLU"),
            ("1×1 conv", "64 → 256", "BN"),
            ("1×1 conv", "64 → 256", "BN"),
            ("ReLU", "256", ""),
        ])
    );
    // ResNeXt Table 1, conv2: [1×1, 128; 3×3, 128, C = 32; 1×1, 256].
    let (m, s) = model("resnext50_32x4d");
    let b = check_block(&m, &s, "layer1.1");
    assert_eq!(
        described(&b),
        strs(&[
            ("1×1 conv", "256 → 128", "BN ReLU"),
            ("3×3 conv, g=32", "128 → 128", "BN ReLU"),
            ("1×1 conv", "128 → 256", "BN"),
            ("ReLU", "256", ""),
        ])
    );
    let mut all = Vec::new();
    boxes(&b.body, &mut all);
    assert_eq!(all[1].kind, BoxKind::Group);
}

#[test]
fn shufflenet_units_shuffle_between_group_convolutions() {
    // ShuffleNet Fig. 2 (b) and (c), g = 3, stage 2 of Table 1 (240 channels).
    let (m, s) = model("shufflenet_v1");
    let b = check_block(&m, &s, "stage2.unit2");
    assert_eq!(
        described(&b),
        strs(&[
            ("1×1 conv, g=3", "240 → 60", "BN ReLU"),
            ("channel shuffle, g=3", "60", ""),
            ("3×3 depth-wise", "60 → 60", "BN"),
            ("1×1 conv, g=3", "60 → 240", "BN"),
            ("ReLU", "240", ""),
        ])
    );
    let b = check_block(&m, &s, "stage3.unit1");
    let Element::Fork(f) = &b.body[0] else {
        panic!("no fork")
    };
    assert_eq!(f.merge, Merge::Concat);
    let mut shortcut = Vec::new();
    boxes(&f.branches[0].body, &mut shortcut);
    assert_eq!(shortcut[0].title, "3×3 avg pool /2");
    assert_eq!(b.output[0], 480);
}

#[test]
fn mobilenet_layers_and_inverted_residuals() {
    // MobileNet Fig. 3 right: 3×3 depth-wise, BN, ReLU, 1×1, BN, ReLU.
    let (m, s) = model("mobilenet_v1");
    let b = check_block(&m, &s, "conv2");
    assert_eq!(
        described(&b),
        strs(&[
            ("3×3 depth-wise /2", "64 → 64", "BN ReLU"),
            ("1×1 conv", "64 → 128", "BN ReLU"),
        ])
    );
    // MobileNet v2 Table 1 with t = 6: expand 1×1 to 6k, 3×3 depth-wise, linear
    // 1×1 projection; a residual when the stride is 1 and the channels agree.
    let (m, s) = model("mobilenet_v2");
    let b = check_block(&m, &s, "features3");
    assert_eq!(
        described(&b),
        strs(&[
            ("1×1 conv", "24 → 144", "BN ReLU6"),
            ("3×3 depth-wise", "144 → 144", "BN ReLU6"),
            ("1×1 conv", "144 → 24", "BN"),
        ])
    );
    assert!(matches!(&b.body[0], Element::Fork(f) if f.merge == Merge::Add));
}

#[test]
fn inception_e_nests_its_split_branches() {
    // Inception v3 Fig. 7 (torchvision's Mixed_7b): the 3×3 branches split into
    // 1×3 and 3×1 whose outputs are concatenated inside the module.
    let (m, s) = model("inception_v3");
    let b = check_block(&m, &s, "Mixed_7b");
    let mut fs = Vec::new();
    forks(&b.body, &mut fs);
    assert_eq!(fs.len(), 3);
    assert_eq!(fs[0].branches.len(), 4);
    assert_eq!(b.output, [2048, 8, 8]);
    for name in ["Mixed_5b", "Mixed_6a", "Mixed_6b", "Mixed_7a", "Mixed_7c"] {
        check_block(&m, &s, name);
    }
}

#[test]
fn xception_blocks_are_separable_convolutions_with_shortcuts() {
    let (m, s) = model("xception");
    let entry = check_block(&m, &s, "block2");
    let Element::Fork(f) = &entry.body[0] else {
        panic!("no fork")
    };
    assert_eq!(f.merge, Merge::Add);
    let mut shortcut = Vec::new();
    boxes(&f.branches[1].body, &mut shortcut);
    assert_eq!(shortcut[0].title, "1×1 conv /2");
    let middle = check_block(&m, &s, "block5");
    let kinds: Vec<BoxKind> = {
        let mut all = Vec::new();
        boxes(&middle.body, &mut all);
        all.iter().map(|b| b.kind).collect()
    };
    let depthwise = kinds.iter().filter(|k| **k == BoxKind::Depthwise).count();
    assert_eq!(
        depthwise, 3,
        "the middle flow repeats three separable convs"
    );
    check_block(&m, &s, "block13");
}

#[test]
fn an_unknown_block_is_refused_with_the_blocks_listed() {
    let (m, s) = model("squeezenet1_0");
    let e = block::build(&m, &s, "fire10").unwrap_err().to_string();
    assert!(e.contains("'fire10' is not a block"), "{e}");
    assert!(e.contains("fire2, fire3"), "{e}");
}

#[test]
fn names_are_escaped_in_the_svg() {
    let json = r#"{"name": "<b>&", "input": [4, 8, 8], "layers": [
        {"name": "blk\"<", "op": "branches", "merge": "add", "branches": [
            [{"name": "c", "op": "conv2d", "in_channels": 4, "out_channels": 4,
              "kernel": [3, 3], "stride": [1, 1], "dilation": [1, 1], "groups": 1,
              "bias": false, "padding": "same"}], []]}]}"#;
    let budget = Budget::default();
    let m = convatlas::arch::from_json(json, &budget).unwrap();
    let s = summarize(&m, &budget).unwrap();
    let b = block::build(&m, &s, "blk\"<").unwrap();
    let svg = to_svg(&layout(&b, &Words::of(Lang::Ko)), &ChartTheme::dark(), 1.0);
    assert!(!svg.contains("<b>") && !svg.contains("blk\"<"));
    assert!(svg.contains("&lt;b&gt;&amp;") && svg.contains("blk&quot;&lt;"));
    assert!(
        svg.contains("항등"),
        "the identity branch is named in Korean"
    );
}

#[test]
fn the_page_state_reads_the_url_and_falls_back_with_notices() {
    use convatlas::block::state::{BlockChoice, DEFAULT_MODEL};
    use convatlas::query::Query;
    let mut notices = vec![];
    let c = BlockChoice::from_query(
        &Query::parse("?model=shufflenet_v1&groups=8&block=stage3.unit2"),
        &mut notices,
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        (c.net.model, c.net.groups, c.block.as_str()),
        ("shufflenet_v1", 8, "stage3.unit2")
    );
    let mut q = Query::default();
    c.write(&mut q);
    assert_eq!(BlockChoice::from_query(&q, &mut notices), c);

    let d = BlockChoice::from_query(&Query::default(), &mut notices);
    assert_eq!((d.net.model, d.block.as_str()), (DEFAULT_MODEL, "fire2"));
    for (bad, key) in [
        ("?model=vgg16", "model"),
        ("?model=nope", "model"),
        ("?model=resnet50&block=layer9.9", "block"),
        ("?model=inception_v3&res=40", "res"),
    ] {
        let mut notices = vec![];
        let c = BlockChoice::from_query(&Query::parse(bad), &mut notices);
        assert!(notices.iter().any(|n| n.key == key), "{bad}: {notices:?}");
        let (m, s) = {
            let m = zoo::build(c.net.model, &c.net.params()).unwrap();
            let s = summarize(&m, &Budget::default()).unwrap();
            (m, s)
        };
        block::build(&m, &s, &c.block).unwrap();
    }
}

#[test]
fn the_command_the_page_shows_writes_the_same_svg() {
    use convatlas::block::state::BlockChoice;
    use convatlas::query::Query;
    for url in [
        "?model=squeezenet1_0&block=fire4",
        "?model=mobilenet_v1&alpha=0.5&res=160&block=conv3",
        "?model=shufflenet_v1&groups=2&scale=0.5&block=stage2.unit1",
    ] {
        let mut notices = vec![];
        let c = BlockChoice::from_query(&Query::parse(url), &mut notices);
        for lang in [Lang::En, Lang::Ko] {
            let command = c.command(lang);
            let mut args: Vec<String> = command
                .split_whitespace()
                .skip(1)
                .map(String::from)
                .collect();
            let o = args.iter().position(|a| a == "-o").unwrap();
            args[o + 1] = "-".into();
            let mut out = Vec::new();
            convatlas::cli::run_with(&args, &mut out)
                .unwrap_or_else(|f| panic!("{command}: {f:?}"));
            let model = zoo::build(c.net.model, &c.net.params()).unwrap();
            let page = block::render(&model, &c.block, lang, false, 1.0).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), page, "{command}");
        }
    }
}
