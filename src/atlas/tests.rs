//! Atlas state against the papers' figures (papers.md) and the URL contract.

use super::table::{self, SortKey};
use super::*;

fn parse(search: &str) -> (AtlasState, Vec<Notice>) {
    let mut notices = vec![];
    let s = AtlasState::from_query(&Query::parse(search), &mut notices);
    (s, notices)
}

fn summary(c: &NetChoice) -> Summary {
    let (_, result, notice) = c.summarize(Slot::Main);
    assert_eq!(notice, None);
    result.unwrap()
}

#[test]
fn mobilenet_width_multiplier_matches_table_6() {
    // Howard et al. 2017, Table 6: alpha -> (million MACs, million params) at 224.
    for (alpha, mmacs, mparams) in [(1.0, 569.0, 4.2), (0.75, 325.0, 2.6), (0.5, 149.0, 1.3)] {
        let (s, notices) = parse(&format!("model=mobilenet_v1&alpha={alpha}&res=224"));
        assert!(notices.is_empty());
        let sum = summary(&s.main);
        let macs = sum.macs as f64 / 1e6;
        let params = sum.params as f64 / 1e6;
        assert!(
            (macs / mmacs - 1.0).abs() < 0.01,
            "alpha {alpha}: {macs}M MACs"
        );
        assert!(
            (params - mparams).abs() < 0.06,
            "alpha {alpha}: {params}M params"
        );
    }
}

#[test]
fn mobilenet_resolution_matches_table_7() {
    for (res, mmacs) in [(192, 418.0), (160, 290.0), (128, 186.0)] {
        let (s, _) = parse(&format!("model=mobilenet_v1&res={res}"));
        let macs = summary(&s.main).macs as f64 / 1e6;
        assert!((macs / mmacs - 1.0).abs() < 0.01, "res {res}: {macs}M MACs");
    }
}

#[test]
fn squeezenet_parameters_match_torchvision() {
    let (s, _) = parse("model=squeezenet1_0");
    let sum = summary(&s.main);
    assert_eq!(crate::format::thousands(sum.params), "1,248,424");
}

#[test]
fn largest_mobilenet_layer_is_a_14x14_pointwise_conv() {
    // MobileNet eq. 4, point-wise part M*N*Df*Df with M = N = 512, Df = 14.
    let sum = summary(&NetChoice::defaults("mobilenet_v1"));
    let order = table::sorted(&sum.layers, SortKey::Macs, true);
    let top = &sum.layers[order[0]];
    assert_eq!(top.macs, 512 * 512 * 14 * 14);
    assert_eq!(top.kernel, Some([1, 1]));
    let macs: Vec<u64> = order.iter().map(|&i| sum.layers[i].macs).collect();
    assert!(macs.windows(2).all(|w| w[0] >= w[1]));
    let ascending = table::sorted(&sum.layers, SortKey::Macs, false);
    assert_eq!(sum.layers[*ascending.last().unwrap()].macs, top.macs);
}

#[test]
fn layer_order_sorts_and_reverses() {
    let sum = summary(&NetChoice::defaults("squeezenet1_0"));
    let n = sum.layers.len();
    assert_eq!(
        table::sorted(&sum.layers, SortKey::Order, false),
        (0..n).collect::<Vec<_>>()
    );
    assert_eq!(
        table::sorted(&sum.layers, SortKey::Order, true),
        (0..n).rev().collect::<Vec<_>>()
    );
    let by_name = table::sorted(&sum.layers, SortKey::Name, false);
    assert!(by_name
        .windows(2)
        .all(|w| sum.layers[w[0]].name <= sum.layers[w[1]].name));
}

#[test]
fn state_round_trips_through_the_url() {
    let s = AtlasState {
        main: NetChoice {
            alpha: 0.5,
            res: 160,
            ..NetChoice::defaults("mobilenet_v1")
        },
        vs: Some(NetChoice {
            groups: 8,
            scale: 0.5,
            ..NetChoice::defaults("shufflenet_v1")
        }),
        chart: ChartKind::Compare,
        sort: SortKey::Macs,
        desc: true,
    };
    let mut q = Query::default();
    s.write(&mut q);
    assert_eq!(
        q.to_search(),
        "?model=mobilenet_v1&res=160&alpha=0.5&vs=shufflenet_v1&vs_res=224&vs_groups=8&vs_scale=0.5&chart=compare&sort=macs&desc=1"
    );
    assert_eq!(parse(&q.to_search()), (s, vec![]));
    let mut q = Query::parse("model=mobilenet_v1&alpha=0.5&vs=resnet50&vs_groups=8");
    AtlasState::default().write(&mut q);
    assert_eq!(
        q.to_search(),
        "?model=mobilenet_v1&alpha=1.0&res=224&chart=cost-by-type"
    );
}

#[test]
fn garbage_falls_back_to_defaults_with_a_notice_each() {
    let (s, notices) =
        parse("model=lenet&alpha=2&res=99999&chart=pie&sort=colour&desc=maybe&vs=%3Cscript%3E");
    assert_eq!(s, AtlasState::default());
    let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(
        keys,
        ["model", "alpha", "res", "vs", "chart", "sort", "desc"]
    );
    let (s, notices) = parse("model=shufflenet_v1&groups=5&scale=3&chart=compare");
    assert_eq!((s.main.groups, s.main.scale), (3, 1.0));
    assert_eq!(s.chart, ChartKind::CostByType);
    assert_eq!(notices.len(), 3);
}

#[test]
fn parameters_a_network_does_not_take_are_ignored() {
    let (s, notices) = parse("model=resnet50&alpha=0.5&groups=8");
    assert!(notices.is_empty());
    assert_eq!(s.main.params().alpha, None);
    assert_eq!(s.main.label(), "resnet50 (224)");
    let sum = summary(&s.main);
    // torchvision resnet50 weight metadata: 25,557,032 parameters.
    assert_eq!(sum.params, 25_557_032);
}

#[test]
fn a_resolution_too_small_for_the_network_falls_back_with_a_notice() {
    let c = NetChoice {
        res: 32,
        ..NetChoice::defaults("inception_v3")
    };
    let (shown, result, notice) = c.summarize(Slot::Versus);
    assert_eq!(shown.res, 299);
    assert!(result.is_ok());
    assert_eq!(
        notice.map(|n| (n.key, n.value)),
        Some(("vs_res".into(), "32".into()))
    );
    let options = NetChoice::defaults("inception_v3").resolution_options();
    assert!(options.contains(&299) && !options.contains(&32));
}

#[test]
fn published_figures_match_the_exact_variant() {
    let c = NetChoice {
        alpha: 0.75,
        ..NetChoice::defaults("mobilenet_v1")
    };
    let found = c.published();
    assert!(found
        .iter()
        .any(|p| p.mmacs == Some(325.0) && p.top1 == 68.4));
    assert!(found.iter().all(|p| p.mmacs != Some(569.0)));
    let sq = NetChoice::defaults("squeezenet1_0").published();
    assert!(!sq.is_empty());
}

#[test]
fn numbers_are_grouped_by_thousands() {
    assert_eq!(crate::format::thousands(0), "0");
    assert_eq!(crate::format::thousands(999), "999");
    assert_eq!(crate::format::thousands(1000), "1,000");
    assert_eq!(crate::format::thousands(568_740_352), "568,740,352");
    assert_eq!(
        crate::format::thousands(u64::MAX),
        "18,446,744,073,709,551,615"
    );
    assert_eq!(table::pair(Some([3, 3]), true), "3×3");
    assert_eq!(table::pair(Some([2, 2]), false), "2");
    assert_eq!(table::pair(None, false), "–");
}

#[test]
fn every_network_shows_a_summary_at_the_resolution_bounds() {
    for name in zoo::names() {
        for res in [RES_RANGE.0, RES_RANGE.1] {
            let c = NetChoice {
                res,
                ..NetChoice::defaults(zoo::info(name).unwrap().name)
            };
            let (shown, result, notice) = c.summarize(Slot::Main);
            assert!(result.is_ok(), "{name} at {res}: {result:?}");
            assert_eq!(notice.is_some(), shown.res != res, "{name} at {res}");
        }
    }
    let (s, notices) = parse("vs=&model=");
    assert_eq!((s, notices), (AtlasState::default(), vec![]));
}

#[test]
fn multipliers_match_however_their_zeros_are_written() {
    use super::{match_multiplier, ALPHAS, SCALES};
    for (raw, want) in [
        ("0.50", 0.5),
        ("1", 1.0),
        ("1.00", 1.0),
        (" 0.25 ", 0.25),
        ("2.0", 2.0),
    ] {
        assert_eq!(match_multiplier(raw, &SCALES), Some(want), "{raw}");
    }
    assert_eq!(match_multiplier("0.75", &ALPHAS), Some(0.75));
    for raw in ["0.3", "", ".", "0.5.0", "-0.5", "1e0", "10", "0.75"] {
        assert_eq!(match_multiplier(raw, &SCALES), None, "{raw}");
    }
}
