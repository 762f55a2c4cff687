//! Every chart builder drawn on plotters' SVG backend from hand-made data:
//! titles, categories and citations end up in the SVG, odd data never panics. Every
//! chart is also drawn as the app draws it (a sketch, written out by our own SVG
//! writer) and checked against plotters' SVG: the same texts in the same order and
//! the same filled rectangles.
//!
//! Set `CONVATLAS_CHART_DIR` to also write the SVGs there for a visual check.

use convatlas::charts::network::{self, LayerCost, LayerKind, NetworkCosts, TypeShares};
use convatlas::charts::published::{self, AccuracyGroup, AccuracyPoint, GroupsCost, GroupsError};
use convatlas::charts::sketch_backend::figure_sketch;
use convatlas::charts::{draw_figure, ChartTheme, Figure};
use convatlas::i18n::Lang;
use plotters::prelude::*;

/// The text of every `<text>` element, unescaped, in document order.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .map(|part| {
            let body = &part[part.find('>').map_or(0, |i| i + 1)..];
            let raw = &body[..body.find("</text>").unwrap_or(body.len())];
            raw.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .trim()
                .to_string()
        })
        .collect()
}

fn render(fig: &Figure, theme: &ChartTheme, size: (u32, u32)) -> Result<String, String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw_figure(&root, fig, theme)?;
    }
    let ours = figure_sketch(fig, theme, size)?
        .to_svg()
        .ok_or("the sketch is out of bounds")?;
    assert_eq!(texts(&ours), texts(&svg), "{}: texts", fig.title);
    assert_eq!(
        ours.matches("<rect").count(),
        svg.matches("<rect").count(),
        "{}: rectangles",
        fig.title
    );
    if let Ok(dir) = std::env::var("CONVATLAS_CHART_DIR") {
        let name: String = fig
            .title
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        let suffix = if theme.dark { "dark" } else { "light" };
        let _ = std::fs::write(
            format!("{dir}/{name}-{}x{}-{suffix}.svg", size.0, size.1),
            &svg,
        );
    }
    Ok(svg)
}

fn layer(name: &str, kind: LayerKind, params: u64, macs: u64, rf: u64, side: usize) -> LayerCost {
    LayerCost {
        name: name.into(),
        kind,
        params,
        macs,
        receptive_field: rf,
        out_shape: [32, side, side],
        aux: false,
    }
}

/// A small MobileNet-like network: 3x3 stem, two separable blocks, pool, FC.
fn tiny(label: &str) -> NetworkCosts {
    let layers = vec![
        layer("conv1", LayerKind::Spatial, 864, 10_838_016, 3, 112),
        layer("conv1.bn", LayerKind::Other, 64, 0, 3, 112),
        layer("dw1", LayerKind::Depthwise, 288, 3_612_672, 7, 112),
        layer("pw1", LayerKind::Pointwise, 2048, 25_690_112, 7, 112),
        layer("dw2", LayerKind::Depthwise, 576, 1_806_336, 11, 56),
        layer("pw2", LayerKind::Pointwise, 8192, 25_690_112, 11, 56),
        layer("pool", LayerKind::Pool, 0, 0, 224, 1),
        layer("fc", LayerKind::Linear, 129_000, 128_000, 224, 1),
    ];
    NetworkCosts {
        label: label.into(),
        input: [3, 224, 224],
        params: layers.iter().map(|l| l.params).sum(),
        macs: layers.iter().map(|l| l.macs).sum(),
        receptive_field: 11,
        layers,
        paper_shares: None,
    }
}

#[test]
fn cost_by_type_shows_the_kinds_and_cites_the_paper() {
    let paper = TypeShares {
        rows: vec![
            (LayerKind::Pointwise, 94.86, 74.59),
            (LayerKind::Linear, 0.18, 24.33),
        ],
        source: "Source: Howard et al. 2017, Table 2".into(),
    };
    let net = NetworkCosts {
        paper_shares: Some(paper),
        ..tiny("tiny")
    };
    let fig = network::cost_by_type(&[net], Lang::En);
    for theme in [ChartTheme::light(), ChartTheme::dark().with_scale(1.5)] {
        let svg = render(&fig, &theme, (960, 540)).unwrap();
        for text in [
            "Cost by layer type",
            "Conv 1x1",
            "Conv DW",
            "Fully connected",
            "Howard et al. 2017, Table 2",
        ] {
            assert!(svg.contains(text), "missing {text}");
        }
        assert!(
            !svg.contains("Pooling"),
            "a kind with no cost is not a category"
        );
    }
}

#[test]
fn type_shares_add_up_to_one_hundred_percent() {
    let shares = network::type_shares(&tiny("t"));
    let macs: f64 = shares.iter().map(|s| s.1).sum();
    let params: f64 = shares.iter().map(|s| s.2).sum();
    assert!((macs - 100.0).abs() < 1e-9 && (params - 100.0).abs() < 1e-9);
    let pw = shares.iter().find(|s| s.0 == LayerKind::Pointwise).unwrap();
    assert!((pw.1 - 51_380_224.0 * 100.0 / 67_765_248.0).abs() < 1e-9);
}

#[test]
fn per_layer_and_side_by_side_charts_draw_both_networks() {
    let nets = [tiny("left net"), tiny("right net")];
    for fig in [
        network::per_layer(&nets, Lang::En),
        network::compare(&nets, Lang::En),
        network::cost_by_type(&nets, Lang::En),
    ] {
        let svg = render(&fig, &ChartTheme::light(), (1200, 800)).unwrap();
        assert!(
            svg.contains("left net") && svg.contains("right net"),
            "{}",
            fig.title
        );
    }
    let svg = render(
        &network::per_layer(&nets[..1], Lang::En),
        &ChartTheme::dark(),
        (960, 540),
    )
    .unwrap();
    assert!(svg.contains("pw2") && svg.contains("MACs (millions)"));
    assert!(
        !svg.contains(">conv1.bn<"),
        "layers without cost are left out"
    );
}

#[test]
fn rf_growth_stops_at_the_last_spatial_layer() {
    let fig = network::rf_growth(&[tiny("tiny")], Lang::En);
    let convatlas::charts::Panel::Xy(xy) = &fig.panels[0] else {
        panic!("rf-growth is an xy chart")
    };
    let ys: Vec<f64> = xy.series[0].points.iter().map(|p| p.y).collect();
    assert_eq!(ys, vec![3.0, 7.0, 7.0, 11.0, 11.0]);
    let svg = render(&fig, &ChartTheme::light(), (960, 540)).unwrap();
    assert!(svg.contains("input 224 px") && svg.contains("11 px") && svg.contains("Araujo"));
}

fn point(
    name: &str,
    top1: f64,
    macs: Option<f64>,
    computed: Option<f64>,
    source: &str,
) -> AccuracyPoint {
    AccuracyPoint {
        name: name.into(),
        top1,
        published_macs: macs,
        computed_macs: computed,
        source: source.into(),
    }
}

#[test]
fn published_charts_cite_every_source() {
    let groups = [
        AccuracyGroup {
            label: "MobileNet".into(),
            points: vec![
                point(
                    "1.0",
                    70.6,
                    Some(569e6),
                    Some(568.7e6),
                    "Howard et al. 2017, Table 6",
                ),
                point(
                    "0.25",
                    50.6,
                    Some(41e6),
                    None,
                    "Howard et al. 2017, Table 6",
                ),
            ],
        },
        AccuracyGroup {
            label: "Others".into(),
            points: vec![point(
                "VGG16",
                71.5,
                Some(15300e6),
                None,
                "Howard et al. 2017, Table 8",
            )],
        },
    ];
    let svg = render(
        &published::accuracy_figure("Accuracy vs MACs", &groups, false, Lang::En),
        &ChartTheme::light(),
        (960, 540),
    )
    .unwrap();
    for text in [
        "Sources: Howard et al. 2017, Table 6; Howard et al. 2017, Table 8",
        "VGG16",
        "computed by ConvAtlas",
    ] {
        assert!(svg.contains(text), "missing {text}");
    }
    let costs = [1, 2, 3, 4, 8].map(|g| GroupsCost {
        groups: g,
        published_macs: 140e6,
        computed_macs: Some(138e6),
    });
    let errors = [GroupsError {
        label: "ShuffleNet 1x".into(),
        points: vec![(1, 33.6), (8, 32.4)],
    }];
    let fig = published::shufflenet_groups(
        &costs,
        &errors,
        &["Zhang et al. 2017, Tables 1 and 2".into()],
        Lang::En,
    );
    let svg = render(&fig, &ChartTheme::dark(), (1200, 600)).unwrap();
    assert!(svg.contains("g=8") && svg.contains("Source: Zhang et al. 2017, Tables 1 and 2"));
}

#[test]
fn odd_data_and_tiny_areas_never_panic() {
    let mut odd = tiny("odd");
    odd.layers[0].macs = u64::MAX;
    odd.layers.push(layer("", LayerKind::Other, 0, 0, 0, 0));
    let empty = NetworkCosts {
        layers: Vec::new(),
        ..tiny("empty")
    };
    let nan = [AccuracyGroup {
        label: "nan".into(),
        points: vec![point("x", f64::NAN, Some(-1.0), Some(f64::INFINITY), "")],
    }];
    let extreme = [AccuracyGroup {
        label: "extreme".into(),
        points: vec![
            point("big", 1e308, Some(1e308), Some(1e-308), ""),
            point("small", -1e308, Some(1e-300), None, ""),
        ],
    }];
    let figs = [
        network::cost_by_type(&[odd.clone(), empty.clone()], Lang::En),
        network::per_layer(std::slice::from_ref(&empty), Lang::En),
        network::rf_growth(&[empty.clone(), odd.clone()], Lang::En),
        network::compare(&[], Lang::En),
        published::accuracy_figure("nan", &nan, true, Lang::En),
        published::accuracy_figure("extreme", &extreme, true, Lang::En),
        published::shufflenet_groups(
            &[GroupsCost {
                groups: 1,
                published_macs: 1e308,
                computed_macs: Some(f64::NAN),
            }],
            &[GroupsError {
                label: "e".into(),
                points: vec![(0, f64::MAX), (usize::MAX, -f64::MAX)],
            }],
            &[],
            Lang::En,
        ),
        published::shufflenet_groups(&[], &[], &[], Lang::En),
    ];
    for fig in &figs {
        for size in [(300, 200), (2000, 1200)] {
            render(fig, &ChartTheme::light().with_scale(f64::INFINITY), size).unwrap();
        }
        assert!(render(fig, &ChartTheme::light(), (50, 50))
            .unwrap_err()
            .contains("too small"));
    }
}

/// A one-panel figure titled `title`, for the title-fitting tests.
fn titled(title: &str) -> Figure {
    use convatlas::charts::xy::{Marker, Point, Series, XyChart};
    Figure::one_xy(
        title,
        XyChart {
            subtitle: String::new(),
            x_label: "x".into(),
            y_label: "y".into(),
            log_x: false,
            series: vec![Series {
                label: "s".into(),
                points: vec![Point::new(0.0, 1.0, ""), Point::new(1.0, 2.0, "")],
                line: true,
                marker: Marker::Filled,
                color: 0,
            }],
            hlines: Vec::new(),
        },
        vec![],
        Lang::En,
    )
}

/// The title's text and font size in an SVG written by plotters' SVG backend.
fn title_of(svg: &str) -> (String, f64) {
    let tag = &svg[svg.find("<text").expect("a title")..];
    let size: f64 = tag
        .split("font-size=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .and_then(|s| s.parse().ok())
        .expect("a font size");
    (texts(tag)[0].clone(), size)
}

#[test]
fn titles_shrink_to_fit_before_they_are_cut() {
    let theme = ChartTheme::light();
    let full = theme.font_size(22.0);
    // Short: whole, at the size every other title has (plotters writes sizes in its own
    // unit: the ratios below are what counts).
    let (text, drawn_full) = title_of(&render(&titled("Short"), &theme, (600, 300)).unwrap());
    assert_eq!(text, "Short");
    let (_, default) = title_of(&render(&titled("Short"), &theme, (1200, 300)).unwrap());
    assert_eq!(drawn_full, default);
    // 61 characters at 0.58 em are wider than the 576 pixels inside the padding at full
    // size, narrower at 70% of it: smaller, whole, and now within the room.
    let long = "Side by side: mobilenet_v1 (alpha 1.0, 224) vs resnet50 (224)";
    assert!(long.chars().count() as f64 * 0.58 * full > 576.0);
    let (text, size) = title_of(&render(&titled(long), &theme, (600, 300)).unwrap());
    assert_eq!(text, long);
    let ratio = size / drawn_full;
    assert!((0.7..1.0).contains(&ratio), "{ratio}");
    assert!(long.chars().count() as f64 * 0.58 * full * ratio <= 576.0 + 1e-6);
    // Twice as long: at the floor and cut, ending in "…".
    let longer = format!("{long} {long}");
    let (text, size) = title_of(&render(&titled(&longer), &theme, (600, 300)).unwrap());
    assert!((size / drawn_full - 0.7).abs() < 1e-6, "{size}");
    assert!(
        text.ends_with('…') && longer.starts_with(text.trim_end_matches('…')),
        "{text}"
    );
}
