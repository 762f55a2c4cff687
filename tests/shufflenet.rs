//! The ShuffleNet chapter's numbers: one unit's cost against the paper's formulas
//! (written out here), Tables 2, 3 and 5 against each other and against the
//! published entries, the zoo's complexity against Table 2's headings, the chart
//! and the URL state.

use convatlas::query::Query;
use convatlas::shufflenet::state::ShuffleNetState;
use convatlas::shufflenet::{
    table2_figure, unit_macs, zoo_macs, Table2Labels, UnitKind, UnitSpec, GROUPS, TABLE2, TABLE3,
    TABLE5,
};
use convatlas::zoo::published::PUBLISHED;

#[test]
fn unit_costs_are_the_papers_formulas() {
    for (c, m, g, h) in [
        (240, 60, 3, 28),
        (480, 120, 3, 14),
        (64, 16, 8, 7),
        (12, 4, 1, 5),
    ] {
        let u = UnitSpec { c, m, g, h };
        let (c, m, g, hw) = (c as u64, m as u64, g as u64, (h * h) as u64);
        assert_eq!(
            unit_macs(UnitKind::ResNet, &u).unwrap(),
            hw * (2 * c * m + 9 * m * m)
        );
        assert_eq!(
            unit_macs(UnitKind::ResNeXt, &u).unwrap(),
            hw * (2 * c * m + 9 * m * m / g)
        );
        assert_eq!(
            unit_macs(UnitKind::ShuffleNet, &u).unwrap(),
            hw * (2 * c * m / g + 9 * m)
        );
    }
    let bad = UnitSpec {
        c: 10,
        m: 4,
        g: 3,
        h: 5,
    };
    let e = unit_macs(UnitKind::ShuffleNet, &bad)
        .unwrap_err()
        .to_string();
    assert!(e.contains("divisible by g"), "{e}");
}

#[test]
fn the_best_groups_depend_on_the_scale() {
    // Table 2: 1x is best at g = 8, 0.5x at g = 4, 0.25x at g = 8.
    let best: Vec<(f32, usize)> = TABLE2.iter().map(|r| (r.scale, r.best())).collect();
    assert_eq!(best, [(1.0, 8), (0.5, 4), (0.25, 8)]);
    // The smaller the network, the larger the gain of its best g over g = 1.
    let gains: Vec<f64> = TABLE2
        .iter()
        .map(|r| r.error[0] - r.error.iter().cloned().fold(f64::MAX, f64::min))
        .collect();
    assert!(gains[0] < gains[1] && gains[1] < gains[2], "{gains:?}");
}

#[test]
fn tables_3_and_5_agree_with_table_2_and_the_published_entries() {
    let at = |scale: f32, g: usize| {
        let row = TABLE2.iter().find(|r| r.scale == scale).unwrap();
        row.error[GROUPS.iter().position(|x| *x == g).unwrap()]
    };
    for (scale, g, without, with) in TABLE3 {
        assert_eq!(with, at(scale, g), "{scale}x g={g}");
        assert!(without > with, "the shuffle helps at {scale}x g={g}");
    }
    for r in TABLE5 {
        // MobileNet's errors are 100 minus Table 6's accuracies.
        let label = format!(
            "{} MobileNet-224",
            if r.alpha == 1.0 {
                "1.0".into()
            } else {
                r.alpha.to_string()
            }
        );
        let mobile = PUBLISHED.iter().find(|p| p.label == label).unwrap();
        assert!(
            (100.0 - mobile.top1 - r.mobilenet_error).abs() < 1e-9,
            "{label}"
        );
        assert_eq!(mobile.mmacs, Some(r.mobilenet_mflops));
        // ShuffleNet's: the published entry (Table 2 or 5) of that scale and g.
        let shuffle = PUBLISHED
            .iter()
            .find(|p| p.label == format!("ShuffleNet {}x (g={})", r.scale, r.groups))
            .unwrap();
        assert!((100.0 - shuffle.top1 - r.shufflenet_error).abs() < 1e-9);
        if TABLE2.iter().any(|t| t.scale == r.scale) {
            assert_eq!(r.shufflenet_error, at(r.scale, r.groups));
        }
        assert!(r.shufflenet_error < r.mobilenet_error && r.shufflenet_mflops < r.mobilenet_mflops);
    }
}

#[test]
fn the_zoos_complexity_is_table_2s_at_1x() {
    // Table 1's layouts (1x): 133..143M against the row's 140M heading. The scaled
    // layouts are not published (ours round channels to multiples of 4g), so only
    // Megvii's released 0.5x g=3 is checked, in tests/zoo_published.rs.
    for g in GROUPS {
        let ours = zoo_macs(g, 1.0).unwrap() as f64 / 1e6;
        assert!(
            (ours / TABLE2[0].mflops - 1.0).abs() < 0.05,
            "1x g={g}: {ours}"
        );
    }
}

#[test]
fn the_chart_shows_the_change_from_g_1_and_marks_the_best() {
    let words = Table2Labels {
        lang: convatlas::i18n::Lang::En,
        title: "t",
        x: "x",
        y: "y",
        series: "S",
        best: "best",
    };
    let fig = table2_figure(&words);
    let convatlas::charts::Panel::Xy(xy) = &fig.panels[0] else {
        panic!("xy")
    };
    assert_eq!(xy.series.len(), 3);
    for (series, row) in xy.series.iter().zip(TABLE2) {
        let xs: Vec<f64> = series.points.iter().map(|p| p.x).collect();
        assert_eq!(xs, [1.0, 2.0, 3.0, 4.0, 8.0]);
        assert_eq!(series.points[0].y, 0.0);
        let marked: Vec<f64> = series
            .points
            .iter()
            .filter(|p| p.label == "best")
            .map(|p| p.x)
            .collect();
        assert_eq!(marked, [row.best() as f64]);
        let last = series.points.last().unwrap().y;
        assert!((last - (row.error[4] - row.error[0])).abs() < 1e-9);
    }
}

#[test]
fn url_state_round_trips_and_refuses_bad_values() {
    let mut notices = vec![];
    let s = ShuffleNetState::from_query(
        &Query::parse("?ug=8&ustride=2&uc=256&um=64&uh=7"),
        &mut notices,
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!((s.groups, s.stride, s.c, s.m, s.h), (8, 2, 256, 64, 7));
    let mut q = Query::default();
    s.write(&mut q);
    assert_eq!(ShuffleNetState::from_query(&q, &mut notices), s);
    for bad in ["?ug=5", "?ustride=3", "?uc=0", "?um=x", "?uh=999"] {
        let mut notices = vec![];
        let s = ShuffleNetState::from_query(&Query::parse(bad), &mut notices);
        assert_eq!(notices.len(), 1, "{bad}: {notices:?}");
        assert_eq!(s, ShuffleNetState::default(), "{bad}");
    }
}

#[test]
fn the_chapters_network_is_the_zoos() {
    use convatlas::zoo::{self, ZooParams};
    for g in GROUPS {
        for scale in [1.0, 0.5] {
            let params = ZooParams {
                groups: Some(g),
                scale: Some(scale),
                ..ZooParams::default()
            };
            let built = zoo::build("shufflenet_v1", &params).unwrap();
            assert_eq!(convatlas::shufflenet::network(g, scale).unwrap(), built);
        }
    }
    assert!(convatlas::shufflenet::network(5, 1.0).is_err());
}
