//! Chart data from the real zoo: MobileNet's Table 2 finding reproduced, layer
//! kinds classified, published figures all on their charts with computed MACs.

use convatlas::charts::adapt::{self, network_costs};
use convatlas::charts::network::{type_shares, LayerKind};
use convatlas::charts::{ChartKind, Figure, Panel};
use convatlas::i18n::Lang;
use convatlas::zoo::{self, ZooParams};

fn costs(name: &str, params: ZooParams) -> convatlas::charts::NetworkCosts {
    network_costs(name, &zoo::summary(name, &params).expect("a zoo network"))
}

fn count(net: &convatlas::charts::NetworkCosts, kind: LayerKind) -> usize {
    net.layers.iter().filter(|l| l.kind == kind).count()
}

/// Howard et al. 2017, Table 2: 1x1 convolutions carry 94.86% of the MACs and
/// 74.59% of the parameters; depth-wise 3.06% / 1.06%; fully connected 0.18% / 24.33%.
#[test]
fn mobilenet_table_2_is_reproduced() {
    let net = costs("mobilenet_v1", ZooParams::default());
    let shares = type_shares(&net);
    let get = |k: LayerKind| *shares.iter().find(|s| s.0 == k).unwrap();
    let near =
        |got: f64, want: f64, tol: f64| assert!((got - want).abs() <= tol, "{got} vs {want}");
    let (_, macs, params) = get(LayerKind::Pointwise);
    near(macs, 94.86, 0.2);
    near(params, 74.59, 0.6);
    let (_, macs, params) = get(LayerKind::Depthwise);
    near(macs, 3.06, 0.05);
    near(params, 1.06, 0.05);
    let (_, macs, params) = get(LayerKind::Linear);
    near(macs, 0.18, 0.02);
    near(params, 24.33, 0.3);
    // The first 3x3 conv: 10.8M of 569M MACs is 1.9%; the paper prints 1.19%.
    near(get(LayerKind::Spatial).1, 1.91, 0.02);
    let paper = net
        .paper_shares
        .as_ref()
        .expect("Table 2 is attached to 1.0 MobileNet-224");
    assert!(paper.source.contains("Table 2"));
}

#[test]
fn the_paper_shares_appear_only_for_the_network_they_describe() {
    let half = costs(
        "mobilenet_v1",
        ZooParams {
            alpha: Some(0.5),
            ..ZooParams::default()
        },
    );
    assert!(half.paper_shares.is_none());
    let full = costs("mobilenet_v1", ZooParams::default());
    let fig = adapt::figure(ChartKind::CostByType, &[full, half], Lang::En).unwrap();
    let Panel::Bars(left) = &fig.panels[0] else {
        panic!("bars")
    };
    let Panel::Bars(right) = &fig.panels[1] else {
        panic!("bars")
    };
    assert_eq!((left.series.len(), right.series.len()), (4, 2));
    assert_eq!(fig.sources.len(), 1);
}

#[test]
fn layer_kinds_follow_kernel_and_groups() {
    let m = costs("mobilenet_v1", ZooParams::default());
    assert_eq!(count(&m, LayerKind::Depthwise), 13);
    assert_eq!(count(&m, LayerKind::Pointwise), 13);
    assert_eq!(count(&m, LayerKind::Spatial), 1);
    assert_eq!(count(&m, LayerKind::Linear), 1);
    // ShuffleNet (Table 1): two 1x1 convs per unit, grouped except the very first
    // (stage 2's first unit), and one depth-wise 3x3 per unit.
    let s = costs("shufflenet_v1", ZooParams::default());
    assert_eq!(count(&s, LayerKind::Depthwise), 16, "one per unit");
    assert_eq!(count(&s, LayerKind::Group), 31, "two per unit but one");
    assert_eq!(count(&s, LayerKind::Pointwise), 1, "stage 2's first");
    // ResNeXt's grouped 3x3 (C = 32) in every block; AlexNet's conv2, conv4, conv5.
    let x = costs("resnext50_32x4d", ZooParams::default());
    assert_eq!(count(&x, LayerKind::Group), 16);
    let a = costs("alexnet_grouped", ZooParams::default());
    assert_eq!(count(&a, LayerKind::Group), 3);
    // VGG: only full 3x3 convs and fully connected layers.
    let v = costs("vgg16", ZooParams::default());
    assert_eq!(
        (count(&v, LayerKind::Spatial), count(&v, LayerKind::Linear)),
        (13, 3)
    );
}

fn xy_points(fig: &Figure) -> Vec<(String, f64, f64)> {
    let Panel::Xy(xy) = &fig.panels[0] else {
        panic!("xy")
    };
    xy.series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| (p.label.clone(), p.x, p.y)))
        .collect()
}

#[test]
fn every_published_cost_is_on_the_accuracy_chart_with_its_source() {
    let fig = adapt::figure(ChartKind::AccuracyVsMacs, &[], Lang::En).unwrap();
    let points = xy_points(&fig);
    for e in zoo::published::PUBLISHED
        .iter()
        .filter(|e| e.mmacs.is_some())
    {
        let m = e.mmacs.unwrap();
        assert!(
            points
                .iter()
                .any(|p| p.0 == e.label && p.1 == m && p.2 == e.top1),
            "{} is missing",
            e.label
        );
        assert!(fig.sources.iter().any(|s| s == e.source), "{}", e.source);
    }
}

#[test]
fn computed_macs_sit_near_the_published_ones() {
    let fig = adapt::figure(ChartKind::MobilenetMultipliers, &[], Lang::En).unwrap();
    let Panel::Xy(xy) = &fig.panels[0] else {
        panic!("xy")
    };
    let (published, computed): (Vec<_>, Vec<_>) = xy
        .series
        .iter()
        .partition(|s| s.marker == convatlas::charts::xy::Marker::Filled);
    assert_eq!(published.len(), 2, "width and resolution curves");
    for (p, c) in published.iter().zip(&computed) {
        assert_eq!(p.points.len(), c.points.len());
        for (a, b) in p.points.iter().zip(&c.points) {
            assert!(
                (a.x - b.x).abs() / a.x < 0.02,
                "{}: {} vs {}",
                a.label,
                a.x,
                b.x
            );
        }
    }
    let fig = adapt::figure(ChartKind::ShufflenetGroups, &[], Lang::En).unwrap();
    assert!(
        fig.sources.iter().all(|s| s.contains("Tables 1-2")),
        "{:?}",
        fig.sources
    );
    let Panel::Bars(bars) = &fig.panels[0] else {
        panic!("bars")
    };
    assert_eq!(bars.categories, ["g=1", "g=2", "g=3", "g=4", "g=8"]);
    for (p, c) in bars.series[0].values.iter().zip(&bars.series[1].values) {
        assert!((p - c).abs() / p < 0.02, "{p} vs {c}");
    }
}

/// Yu & Koltun 2016: the context module's receptive field grows 3, 5, 9, 17, 33, 65, 67, 67.
#[test]
fn rf_growth_of_the_dilated_context_module() {
    let net = costs("dilated_context", ZooParams::default());
    let ys: Vec<f64> = convatlas::charts::network::rf_points(&net)
        .iter()
        .map(|p| p.y)
        .collect();
    assert_eq!(ys, [3.0, 5.0, 9.0, 17.0, 33.0, 65.0, 67.0, 67.0]);
}

#[test]
fn charts_refuse_the_wrong_number_of_networks() {
    let m = costs("mobilenet_v1", ZooParams::default());
    let err = adapt::figure(ChartKind::Compare, std::slice::from_ref(&m), Lang::En).unwrap_err();
    assert!(err.contains("takes 2 to 4 models, got 1"), "{err}");
    assert!(adapt::figure(ChartKind::MobilenetMultipliers, &[m], Lang::En).is_err());
}

#[test]
fn a_chart_described_as_text_states_its_numbers_in_its_language() {
    let m = costs("mobilenet_v1", ZooParams::default());
    // Table 2's shares of 1.0 MobileNet-224, as the paper prints them, are in the text.
    let en = adapt::figure(ChartKind::CostByType, std::slice::from_ref(&m), Lang::En)
        .unwrap()
        .describe();
    for part in [
        "Cost by layer type",
        "MACs (paper)",
        "Conv 1x1: 94.9",
        "Fully connected: 24.3",
        "Source: Howard et al. 2017",
    ] {
        assert!(en.contains(part), "{part} missing in: {en}");
    }
    let ko = adapt::figure(ChartKind::CostByType, std::slice::from_ref(&m), Lang::Ko)
        .unwrap()
        .describe();
    assert!(
        ko.contains("층 종류별 비용") && ko.contains("1×1 합성곱: 94.9") && ko.contains("출처:"),
        "{ko}"
    );
    // The per-layer chart of a deep network lists the first 40 values and counts the rest.
    let r = costs("resnet50", ZooParams::default());
    let layers = adapt::figure(ChartKind::Layers, std::slice::from_ref(&r), Lang::En)
        .unwrap()
        .describe();
    let weighted = r.layers.iter().filter(|l| l.kind.has_weights()).count();
    assert!(weighted > 40);
    assert!(
        layers.contains(&format!(", +{}", weighted - 40)),
        "{layers}"
    );
}
