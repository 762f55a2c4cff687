//! The SqueezeNet chapter's numbers: the Fire module's cost against the formula written
//! here and against the zoo's own network, the metaparameters against the paper's fire2,
//! the stages against torchvision's total, the variants against Table 3, and the URL state.

use convatlas::block::{self, Element};
use convatlas::query::Query;
use convatlas::squeeze::state::SqueezeState;
use convatlas::squeeze::{
    fire_cost, fire_model, network_fires, plain_cost, stages, variant_block, variants, FireSpec,
};
use convatlas::zoo::squeezenet::Bypass;

fn spec(cin: usize, s: usize, e1: usize, e3: usize, side: usize) -> FireSpec {
    FireSpec {
        cin,
        s,
        e1,
        e3,
        side,
    }
}

#[test]
fn fire_cost_is_the_written_formula() {
    for f in [
        spec(96, 16, 64, 64, 54),
        spec(7, 3, 1, 5, 9),
        spec(512, 64, 256, 256, 13),
        spec(1, 1, 1, 1, 1),
    ] {
        let (cin, s, e1, e3, hw) = (
            f.cin as u64,
            f.s as u64,
            f.e1 as u64,
            f.e3 as u64,
            (f.side * f.side) as u64,
        );
        let weights = cin * s + s * e1 + 9 * s * e3;
        assert_eq!((f.weights(), f.biases()), (weights, s + e1 + e3), "{f:?}");
        let c = fire_cost(&f).unwrap();
        assert_eq!(c.params, weights + s + e1 + e3, "{f:?}");
        assert_eq!(c.macs, weights * hw, "{f:?}");
        let p = plain_cost(&f).unwrap();
        assert_eq!(p.params, 9 * cin * (e1 + e3) + e1 + e3, "{f:?}");
        assert_eq!(p.macs, 9 * cin * (e1 + e3) * hw, "{f:?}");
    }
}

#[test]
fn the_networks_fire_modules_are_the_papers() {
    // Iandola et al. 2016, Table 1: squeeze / expand 1x1 / expand 3x3 per module.
    let published = [
        (96, 16, 64, 64),
        (128, 16, 64, 64),
        (128, 32, 128, 128),
        (256, 32, 128, 128),
        (256, 48, 192, 192),
        (384, 48, 192, 192),
        (384, 64, 256, 256),
        (512, 64, 256, 256),
    ];
    let fires = network_fires().unwrap();
    let names: Vec<&str> = fires.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["fire2", "fire3", "fire4", "fire5", "fire6", "fire7", "fire8", "fire9"]
    );
    for ((_, f), (cin, s, e1, e3)) in fires.iter().zip(published) {
        assert_eq!((f.cin, f.s, f.e1, f.e3), (cin, s, e1, e3));
    }
    // torchvision v1.0 at 224: conv1 7x7/2 gives 109, ceil-mode pools 54, 27, 13.
    let sides: Vec<usize> = fires.iter().map(|(_, f)| f.side).collect();
    assert_eq!(sides, [54, 54, 54, 27, 27, 27, 27, 13]);
}

#[test]
fn metaparameters_give_the_papers_fire2() {
    // base_e = 128, SR = 0.125, pct_3x3 = 0.5: s = 16, e1 = e3 = 64.
    let f = FireSpec::from_metaparameters(96, 128, 0.125, 0.5, 54);
    assert_eq!(f, spec(96, 16, 64, 64, 54));
    let all3 = FireSpec::from_metaparameters(96, 128, 0.01, 1.0, 54);
    assert_eq!((all3.s, all3.e1, all3.e3), (1, 1, 127));
}

#[test]
fn stages_add_up_to_torchvisions_squeezenet() {
    let stages = stages().unwrap();
    let total: u64 = stages.iter().map(|s| s.macs).sum();
    // torchvision's squeezenet1_0 metadata: 0.819 G multiply-accumulates.
    assert_eq!((total as f64 / 1e9 * 1000.0).round(), 819.0, "{total}");
    let pools: Vec<(&str, [usize; 3])> = stages
        .iter()
        .filter(|s| s.name.starts_with("pool"))
        .map(|s| (s.name.as_str(), s.out_shape))
        .collect();
    assert_eq!(
        pools,
        [
            ("pool1", [96, 54, 54]),
            ("pool4", [256, 27, 27]),
            ("pool8", [512, 13, 13])
        ]
    );
    assert_eq!(stages.last().unwrap().out_shape, [1000, 13, 13]);
}

#[test]
fn variants_carry_table_3_and_the_bypass_costs() {
    let v = variants().unwrap();
    let top1: Vec<f64> = v.iter().map(|v| v.top1).collect();
    assert_eq!(top1, [57.5, 60.4, 58.8]);
    // torchvision's squeezenet1_0: 1,248,424 parameters; a simple bypass adds none.
    assert_eq!(v[0].params, 1_248_424);
    assert_eq!(v[1].params, v[0].params);
    // The complex bypass adds a 1x1 convolution (with bias) where the channels change:
    // around fire2 (96 -> 128), fire4 (128 -> 256), fire6 (256 -> 384), fire8 (384 -> 512).
    let extra: u64 = [(96, 128), (128, 256), (256, 384), (384, 512)]
        .iter()
        .map(|&(i, o)| i * o + o)
        .sum();
    assert_eq!(v[2].params, v[0].params + extra);
}

#[test]
fn url_state_round_trips_and_refuses_bad_values() {
    let mut notices = vec![];
    let s = SqueezeState::from_query(
        &Query::parse("?cin=64&s=8&e1=32&e3=1&hw=7&bypass=complex&fire=8"),
        &mut notices,
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(s.fire, spec(64, 8, 32, 1, 7));
    assert_eq!((s.bypass, s.module), (Bypass::Complex, 8));
    let mut q = Query::default();
    s.write(&mut q);
    assert_eq!(SqueezeState::from_query(&q, &mut notices), s);

    let d = SqueezeState::default();
    for bad in [
        "?cin=0",
        "?s=abc",
        "?hw=100000",
        "?e1=0",
        "?e3=-1",
        "?bypass=double",
        "?fire=1",
        "?fire=10",
    ] {
        let mut notices = vec![];
        let s = SqueezeState::from_query(&Query::parse(bad), &mut notices);
        assert_eq!(notices.len(), 1, "{bad}: {notices:?}");
        assert!(
            s.fire.e1 >= 1 && s.fire.e3 >= 1 && s.fire.side <= 256,
            "{bad}"
        );
        assert!(fire_cost(&s.fire).is_ok(), "{bad}");
        if bad == "?e1=0" {
            assert_eq!(s.fire.e1, d.fire.e1);
        }
    }
}

/// The shortcut around Fire module `n` of a variant: `None` without one,
/// `Some(0)` for the identity, `Some(k)` for a shortcut of k boxes.
fn shortcut(bypass: Bypass, n: usize) -> Option<usize> {
    let (model, path) = variant_block(bypass, n).unwrap();
    let summary = convatlas::arch::summarize(&model, &Default::default()).unwrap();
    let b = block::build(&model, &summary, &path).unwrap();
    match &b.body[0] {
        Element::Fork(f) if f.merge == convatlas::arch::Merge::Add => {
            Some(f.branches[1].body.len())
        }
        _ => None,
    }
}

#[test]
fn variant_diagrams_place_the_bypasses_of_section_6() {
    // Iandola et al. section 6: simple bypass around fire3, 5, 7 and 9 (equal
    // channels in and out); complex bypass adds 1x1 convs around the others.
    for n in 2..=9 {
        let odd = n % 2 == 1;
        assert_eq!(shortcut(Bypass::None, n), None, "plain fire{n}");
        assert_eq!(
            shortcut(Bypass::Simple, n),
            odd.then_some(0),
            "simple fire{n}"
        );
        assert_eq!(
            shortcut(Bypass::Complex, n),
            Some(if odd { 0 } else { 1 }),
            "complex fire{n}"
        );
    }
}

#[test]
fn the_widgets_diagram_is_its_fire_module() {
    let f = spec(128, 32, 128, 128, 27);
    let model = fire_model(&f);
    let summary = convatlas::arch::summarize(&model, &Default::default()).unwrap();
    let b = block::build(&model, &summary, "fire").unwrap();
    let cost = fire_cost(&f).unwrap();
    assert_eq!((b.params, b.macs), (cost.params, cost.macs));
    // The written formula, independently of the analysis.
    assert_eq!(b.params, f.weights() + f.biases());
    assert_eq!(b.output, [256, 27, 27]);
}
