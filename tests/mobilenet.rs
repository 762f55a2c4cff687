//! The MobileNet chapter's numbers against the paper (Howard et al. 2017) and
//! against the cost formulas written out here: Table 3's walk, eq. 5, the α²ρ²
//! law beside Tables 6 and 7, Table 2's shares and Table 4; the URL state.

use convatlas::charts::LayerKind;
use convatlas::mobilenet::state::MobileNetState;
use convatlas::mobilenet::{
    eq5, law, network_points, separable_cost, shares, standard_cost, table4, walk, LayerSpec,
    WalkStep,
};
use convatlas::query::Query;

fn spec(m: usize, n: usize, df: usize, dk: usize) -> LayerSpec {
    LayerSpec { m, n, df, dk }
}

/// `v` printed with `digits` decimals in millions.
fn millions(v: u64, digits: usize) -> String {
    format!("{:.digits$}", v as f64 / 1e6)
}

#[test]
fn layer_costs_are_equations_2_and_4() {
    for s in [
        spec(512, 512, 14, 3),
        spec(3, 32, 112, 3),
        spec(64, 7, 5, 5),
        spec(1, 1, 1, 1),
    ] {
        let (m, n, df, dk) = (s.m as u64, s.n as u64, s.df as u64, s.dk as u64);
        let standard = standard_cost(&s).unwrap();
        assert_eq!(standard.params, dk * dk * m * n);
        assert_eq!(standard.macs, dk * dk * m * n * df * df);
        let separable = separable_cost(&s).unwrap();
        assert_eq!(separable.params, dk * dk * m + m * n);
        assert_eq!(separable.macs, (dk * dk * m + m * n) * df * df);
        // Eq. 5 is the ratio of the two.
        let ratio = separable.macs as f64 / standard.macs as f64;
        assert!((ratio - eq5(&s)).abs() < 1e-12, "{s:?}");
    }
}

#[test]
fn table_3_walk() {
    // D_K = 3, M = N = 512, D_F = 14; alpha 0.75; rho 0.714 (160 px).
    let rows = walk(&spec(512, 512, 14, 3), 0.75, 160).unwrap();
    let printed: Vec<(WalkStep, String, String)> = rows
        .iter()
        .map(|(step, _, c)| {
            let digits = if c.macs > 100_000_000 { 0 } else { 1 };
            (*step, millions(c.macs, digits), millions(c.params, 2))
        })
        .collect();
    let want = [
        (WalkStep::Standard, "462", "2.36"),
        (WalkStep::Separable, "52.3", "0.27"),
        (WalkStep::Alpha, "29.6", "0.15"),
        (WalkStep::AlphaRho, "15.1", "0.15"),
    ];
    for (got, want) in printed.iter().zip(want) {
        assert_eq!((got.0, got.1.as_str(), got.2.as_str()), want);
    }
    assert_eq!((rows[2].1.m, rows[3].1.df), (384, 10));
}

#[test]
fn whole_network_against_tables_6_and_7_and_the_law() {
    let points = network_points(0.75, 160).unwrap();
    // Four widths at 224 (Table 6), three more resolutions at alpha 1 (Table 7),
    // and the chosen point, which neither table has.
    assert_eq!(points.len(), 8);
    let chosen = points.last().unwrap();
    assert!(chosen.paper.is_none() && (chosen.alpha, chosen.res) == (0.75, 160));
    let base = points
        .iter()
        .find(|p| p.alpha == 1.0 && p.res == 224)
        .unwrap();
    for p in &points {
        if let Some(paper) = p.paper {
            let printed = paper.mmacs.unwrap();
            // Ours rounds to the printed figure (Table 7's 160 px: 290.68 against 290).
            assert!(
                (p.macs as f64 / 1e6 - printed).abs() < 0.7,
                "{}: {}",
                paper.label,
                p.macs
            );
        }
        // The law from 1.0-224's MACs, computed here: alpha^2 rho^2.
        let rho = p.res as f64 / 224.0;
        let expected = base.macs as f64 * (p.alpha as f64).powi(2) * rho * rho;
        assert!((p.law_macs - expected).abs() < 1.0);
        assert!((law(base.macs, p.alpha, p.res) - expected).abs() < 1.0);
        // "About": the first layer and the classifier do not scale as alpha^2, so
        // the law is off by 13.4% at alpha 0.25 and by under 1% at alpha 1.
        let off = (p.law_macs / p.macs as f64 - 1.0).abs();
        assert!(
            off < if p.alpha == 1.0 { 0.01 } else { 0.14 },
            "{} {}: {off}",
            p.alpha,
            p.res
        );
        // Resolution does not change the parameters.
        let same_width = points.iter().filter(|q| q.alpha == p.alpha);
        assert!(same_width.clone().all(|q| q.params == p.params));
    }
}

#[test]
fn table_2_shares_at_1_0_224() {
    let rows = shares(1.0, 224).unwrap();
    let get = |k: LayerKind| rows.iter().find(|r| r.kind == k).unwrap();
    let pw = get(LayerKind::Pointwise);
    assert_eq!(pw.paper, Some((94.86, 74.59)));
    assert!((pw.macs - 94.86).abs() < 0.1, "{}", pw.macs);
    // Our parameters include batch norm's (0.4% of them, under "other").
    assert!((pw.params - 74.59).abs() < 0.5, "{}", pw.params);
    assert!((get(LayerKind::Depthwise).macs - 3.06).abs() < 0.05);
    assert!((get(LayerKind::Linear).params - 24.33).abs() < 0.5);
    assert!(rows.iter().all(|r| r.kind != LayerKind::Group));
}

#[test]
fn table_4_full_against_separable() {
    let rows = table4(1.0, 224).unwrap();
    assert_eq!(rows[0].zoo, "mobilenet_v1_full");
    let (full, sep) = (&rows[0], &rows[1]);
    let (pf, ps) = (full.paper.unwrap(), sep.paper.unwrap());
    assert_eq!(
        (pf.top1, pf.mmacs, pf.mparams),
        (71.7, Some(4866.0), Some(29.3))
    );
    assert_eq!(
        (ps.top1, ps.mmacs, ps.mparams),
        (70.6, Some(569.0), Some(4.2))
    );
    assert_eq!(millions(full.params, 1), "29.3");
    assert_eq!(millions(sep.macs, 0), "569");
    // The paper's "8.5 times": ours is the same ratio to one decimal.
    assert_eq!(format!("{:.1}", full.macs as f64 / sep.macs as f64), "8.6");
}

#[test]
fn url_state_round_trips_and_refuses_bad_values() {
    let mut notices = vec![];
    let s = MobileNetState::from_query(
        &Query::parse("?m=32&n=64&df=56&k=5&alpha=0.5&res=128"),
        &mut notices,
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!((s.layer, s.alpha, s.res), (spec(32, 64, 56, 5), 0.5, 128));
    let mut q = Query::default();
    s.write(&mut q);
    assert_eq!(MobileNetState::from_query(&q, &mut notices), s);
    for bad in [
        "?m=0",
        "?n=99999",
        "?df=x",
        "?k=4",
        "?alpha=0.6",
        "?res=100",
    ] {
        let mut notices = vec![];
        let s = MobileNetState::from_query(&Query::parse(bad), &mut notices);
        assert_eq!(notices.len(), 1, "{bad}: {notices:?}");
        assert!(walk(&s.layer, s.alpha, s.res).is_ok(), "{bad}");
    }
}

#[test]
fn thinner_networks_spend_a_smaller_share_in_1x1_convolutions() {
    // What the chapter says under Table 2: over 80% of the MACs even at alpha 0.25,
    // falling as alpha shrinks; the classifier holds over half the parameters at 0.25.
    let pointwise = |a: f32| {
        let rows = shares(a, 224).unwrap();
        rows.iter()
            .find(|r| r.kind == LayerKind::Pointwise)
            .unwrap()
            .macs
    };
    let by_alpha: Vec<f64> = [1.0, 0.75, 0.5, 0.25].into_iter().map(pointwise).collect();
    assert!(by_alpha.windows(2).all(|w| w[0] > w[1]), "{by_alpha:?}");
    assert!(by_alpha[3] > 80.0 && (by_alpha[0] - 94.86).abs() < 0.1);
    let thin = shares(0.25, 224).unwrap();
    let fc = thin.iter().find(|r| r.kind == LayerKind::Linear).unwrap();
    assert!(fc.params > 50.0, "{}", fc.params);
}
