//! Factorization against independent oracles: the papers' figures (Szegedy et al. 2016),
//! the receptive fields of the explorer, and rank-1 detection against the two routes
//! through the core's conv2d (equal outputs exactly when the kernel is rank 1).

use convatlas::factor::compare::{comparisons, stack_cost};
use convatlas::factor::rank1::{rank1, routes};
use convatlas::nn::rng::Rng;
use convatlas::playground::image::Sample;
use convatlas::playground::kernel::Preset;
use proptest::prelude::*;

#[test]
fn factorizations_keep_the_field_and_cut_the_weights_as_published() {
    for (one, many) in comparisons(64, 17) {
        assert_eq!(one.field, many.field, "{} vs {}", one.text, many.text);
        assert!(many.weights_per_pair < one.weights_per_pair);
        assert_eq!(
            many.macs * one.weights_per_pair as u64,
            one.macs * many.weights_per_pair as u64
        );
        assert!(many.layers > one.layers, "factorizing adds depth");
    }
    let saving = |one, many| {
        1.0 - stack_cost(many, 8, 8).weights_per_pair as f64
            / stack_cost(one, 8, 8).weights_per_pair as f64
    };
    // Szegedy et al. 2016: 5x5 costs 25/9 = 2.78x a 3x3; two 3x3 save 28%; 3x1 then 1x3 save 33%.
    assert_eq!(format!("{:.2}", 25.0 / 9.0), "2.78");
    assert_eq!((saving("k5", "k3,k3") * 100.0).round(), 28.0);
    assert_eq!((saving("k3", "k1x3,k3x1") * 100.0).round(), 33.0);
    // The figure for 7x7: 2n = 14 against 49 weights, 71% fewer.
    assert_eq!((saving("k7", "k1x7,k7x1") * 100.0).round(), 71.0);
    // Two 2x2 in place of a 3x3 save only 11% (8 of 9 weights).
    assert_eq!((saving("k3", "k2,k2") * 100.0).round(), 11.0);
}

fn separable_presets() -> [Preset; 5] {
    [
        Preset::Identity,
        Preset::BoxBlur,
        Preset::Gaussian,
        Preset::SobelX,
        Preset::SobelY,
    ]
}

#[test]
fn rank1_kernels_run_as_two_passes_and_the_others_do_not() {
    let side = 16;
    let picture = Sample::Digit.render(side);
    for preset in separable_presets() {
        let k = preset.build(3, 3);
        let f = rank1(&k.weights, 3, 3);
        assert!(f.is_rank1(), "{preset:?}: error {}", f.error);
        let r = routes(&picture, side, &k.weights, 3, 3, &f).unwrap();
        let worst = r.difference.iter().fold(0.0f32, |m, &d| m.max(d));
        assert!(worst < 1e-4, "{preset:?}: {worst}");
    }
    for preset in [Preset::Laplacian, Preset::Sharpen] {
        let k = preset.build(3, 3);
        let f = rank1(&k.weights, 3, 3);
        assert!(
            !f.is_rank1() && f.error > 0.05,
            "{preset:?}: error {}",
            f.error
        );
        let r = routes(&picture, side, &k.weights, 3, 3, &f).unwrap();
        assert!(
            r.difference.iter().any(|&d| d > 0.05),
            "{preset:?}: the routes should differ"
        );
    }
    // Sobel-x = [1, 2, 1]^T x [-1, 0, 1], up to a sign and a scale shared by the factors.
    let f = rank1(&Preset::SobelX.build(3, 3).weights, 3, 3);
    let ratio = |v: &[f64]| [v[0] / v[1], v[2] / v[1]];
    assert!((ratio(&f.column)[0] - 0.5).abs() < 1e-9 && (ratio(&f.column)[1] - 0.5).abs() < 1e-9);
    assert!(f.row[1].abs() < 1e-9 && (f.row[0] + f.row[2]).abs() < 1e-9);
}

proptest! {
    /// Any outer product is found rank 1 and reproduced; the error of a random kernel is
    /// the share of its norm outside the leading singular pair (checked against Gram's
    /// identity: error^2 = 1 - sigma_1^2 / |K|^2).
    #[test]
    fn outer_products_are_rank1(col in prop::collection::vec(-3.0f32..3.0, 1..=7), row in prop::collection::vec(-3.0f32..3.0, 1..=7)) {
        prop_assume!(col.iter().any(|v| v.abs() > 0.1) && row.iter().any(|v| v.abs() > 0.1));
        let (h, w) = (col.len(), row.len());
        let k: Vec<f32> = col.iter().flat_map(|c| row.iter().map(move |r| c * r)).collect();
        let f = rank1(&k, h, w);
        prop_assert!(f.is_rank1(), "error {}", f.error);
        for y in 0..h {
            for x in 0..w {
                prop_assert!((f.column[y] * f.row[x] - f64::from(k[y * w + x])).abs() < 1e-4);
            }
        }
    }

    #[test]
    fn random_kernels_error_matches_the_leading_singular_value(seed in 0u64..500) {
        let mut rng = Rng::new(seed);
        let (h, w) = (3, 3);
        let k = rng.uniform_vec(h * w, -1.0, 1.0);
        let f = rank1(&k, h, w);
        let total: f64 = k.iter().map(|&v| f64::from(v).powi(2)).sum();
        let sigma2: f64 = f.column.iter().map(|c| c * c).sum();
        prop_assert!((f.error.powi(2) - (1.0 - sigma2 / total)).abs() < 1e-6);
        // sigma_1^2 is the largest eigenvalue of K^T K: no unit vector does better (sampled).
        for _ in 0..20 {
            let v: Vec<f64> = (0..w).map(|_| f64::from(rng.normal())).collect();
            let n = v.iter().map(|a| a * a).sum::<f64>().sqrt();
            let kv: f64 = (0..h).map(|y| (0..w).map(|x| f64::from(k[y * w + x]) * v[x] / n).sum::<f64>().powi(2)).sum();
            prop_assert!(kv <= sigma2 + 1e-9);
        }
    }
}

#[test]
fn url_state_round_trips_and_garbage_falls_back() {
    use convatlas::factor::state::FactorState;
    use convatlas::query::Query;
    for kernel in Preset::ALL {
        let s = FactorState {
            channels: 512,
            side: 35,
            kernel,
        };
        let mut q = Query::default();
        s.write(&mut q);
        let mut notices = vec![];
        assert_eq!(
            FactorState::from_query(&Query::parse(&q.to_search()), &mut notices),
            s
        );
        assert!(notices.is_empty());
    }
    let mut notices = vec![];
    let s = FactorState::from_query(&Query::parse("c=0&hw=999&k=emboss"), &mut notices);
    assert_eq!(s, FactorState::default());
    let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["c", "hw", "k"]);
}

/// Inception v3's modules as the chapter lists them, against torchvision's layer shapes
/// written out here: conv weights k_h·k_w·C_in·C_out plus batch norm 2·C_out per conv.
#[test]
fn inception_modules_follow_figures_5_6_7_with_branch_costs() {
    use convatlas::factor::inception::modules;
    let m = modules().unwrap();
    let conv = |kh: u64, kw: u64, cin: u64, cout: u64| kh * kw * cin * cout + 2 * cout;
    let fig6 = &m[1];
    assert_eq!(
        (fig6.block, fig6.figure, fig6.output),
        ("Mixed_6b", 6, [768, 17, 17])
    );
    let names: Vec<&str> = fig6.branches.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(
        names,
        ["branch1x1", "branch7x7", "branch7x7dbl", "branch_pool"]
    );
    let b = &fig6.branches[1];
    assert_eq!(b.steps, ["1×1 768→128", "1×7 128→128", "7×1 128→192"]);
    assert_eq!(
        b.params,
        conv(1, 1, 768, 128) + conv(1, 7, 128, 128) + conv(7, 1, 128, 192)
    );
    assert_eq!(
        b.macs,
        17 * 17 * (768 * 128 + 7 * 128 * 128 + 7 * 128 * 192)
    );
    let fig7 = &m[2];
    assert_eq!(fig7.output, [2048, 8, 8]);
    assert_eq!(
        fig7.branches[1].steps,
        ["1×1 1280→384", "1×3 384→384 ∥ 3×1 384→384"]
    );
    assert_eq!(fig7.branches[3].steps, ["avg 3×3", "1×1 1280→192"]);
    // torchvision keeps a 5×5 branch in Mixed_5b (the chapter says so).
    assert!(m[0]
        .branches
        .iter()
        .any(|b| b.steps.iter().any(|s| s.starts_with("5×5"))));
    for module in &m {
        assert_eq!(
            module.params,
            module.branches.iter().map(|b| b.params).sum::<u64>()
        );
    }
}
