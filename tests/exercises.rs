//! The predict-then-reveal exercises (issue #12 §5): every chapter's generator gives two or
//! three well-formed questions in both languages for every seed, the seeds vary the numbers,
//! and each answer equals the formula written out here from the numbers drawn (the papers'
//! formulas, independent of the core functions the generators call).

use convatlas::exercises::{self, is_right, Exercise, Pick};
use convatlas::i18n::Lang;

type Generator = fn(u64, Lang) -> Vec<Exercise>;

const CHAPTERS: [(&str, Generator); 12] = [
    ("expensive", exercises::expensive),
    ("playground", exercises::playground),
    ("dilation", exercises::dilation),
    ("factorization", exercises::factorization),
    ("pointwise", exercises::pointwise),
    ("group", exercises::group),
    ("depthwise", exercises::depthwise),
    ("separable", exercises::separable),
    ("xception", exercises::xception),
    ("squeezenet", exercises::squeezenet),
    ("mobilenet", exercises::mobilenet),
    ("shufflenet", exercises::shufflenet),
];

/// Seeds the oracles check: the default version and a few others.
const ORACLE_SEEDS: [u64; 9] = [0, 1, 2, 3, 7, 13, 42, 99, 12345];

fn hangul(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// The drawn number `name` of `e`.
fn v(e: &Exercise, name: &str) -> f64 {
    e.value(name)
        .unwrap_or_else(|| panic!("no value '{name}' in {:?}", e.values))
}

fn generate(chapter: &str, seed: u64) -> Vec<Exercise> {
    let (_, f) = CHAPTERS.iter().find(|(n, _)| *n == chapter).unwrap();
    f(seed, Lang::En)
}

/// Asserts that `answer` of question `i` equals `expected` (exactly for counts).
fn same(chapter: &str, seed: u64, i: usize, e: &Exercise, expected: f64) {
    let close = if e.tolerance == 0.0 {
        e.answer == expected
    } else {
        (e.answer - expected).abs() <= 1e-9 * expected.abs()
    };
    assert!(
        close,
        "{chapter}, seed {seed}, question {i}: answer {} but the formula gives {expected}\n{}",
        e.answer, e.prompt
    );
}

/// Checks each chapter's questions at the oracle seeds: `oracle` gives the expected answers
/// from the drawn numbers.
fn check(chapter: &str, oracle: impl Fn(&[Exercise]) -> Vec<f64>) {
    for seed in ORACLE_SEEDS {
        let es = generate(chapter, seed);
        let expected = oracle(&es);
        assert_eq!(es.len(), expected.len(), "{chapter}: question count");
        for (i, (e, x)) in es.iter().zip(expected).enumerate() {
            same(chapter, seed, i, e, x);
        }
    }
}

#[test]
fn every_chapter_gives_valid_questions_for_every_seed() {
    for (chapter, f) in CHAPTERS {
        for seed in 0..50 {
            let (en, ko) = (f(seed, Lang::En), f(seed, Lang::Ko));
            assert!(
                (2..=3).contains(&en.len()),
                "{chapter}, seed {seed}: {} questions",
                en.len()
            );
            assert_eq!(en.len(), ko.len(), "{chapter}, seed {seed}");
            for (e, k) in en.iter().zip(&ko) {
                let at = format!("{chapter}, seed {seed}: {}", e.prompt);
                for text in [&e.prompt, &e.explanation, &k.prompt, &k.explanation] {
                    assert!(!text.trim().is_empty(), "{at}: empty text");
                    assert!(!text.contains('{'), "{at}: unfilled placeholder in {text}");
                }
                assert!(
                    !hangul(&e.prompt) && !hangul(&e.explanation),
                    "{at}: Hangul in English"
                );
                assert!(
                    hangul(&k.prompt) && hangul(&k.explanation),
                    "{at}: no Korean: {}",
                    k.prompt
                );
                assert!(
                    e.answer.is_finite() && e.answer > 0.0,
                    "{at}: answer {}",
                    e.answer
                );
                assert!(is_right(e, e.answer), "{at}: its own answer is wrong");
                assert!(
                    !is_right(e, e.answer * 1.5),
                    "{at}: 1.5 × the answer is right"
                );
                assert!(
                    !is_right(e, e.answer / 1.5),
                    "{at}: the answer / 1.5 is right"
                );
                assert!(!is_right(e, f64::NAN), "{at}: NaN is right");
                assert!(
                    (0.0..0.5).contains(&e.tolerance),
                    "{at}: tolerance {}",
                    e.tolerance
                );
                assert!(
                    e.explanation.contains(&e.shown),
                    "{at}: the explanation omits {}",
                    e.shown
                );
                // Both languages ask the same question.
                assert_eq!(
                    (e.answer, &e.shown, &e.values, e.tolerance),
                    (k.answer, &k.shown, &k.values, k.tolerance),
                    "{at}"
                );
                if e.tolerance == 0.0 {
                    // A count: exact, written with thousands separators.
                    assert_eq!(e.answer.fract(), 0.0, "{at}");
                    assert_eq!(e.shown.replace(',', ""), format!("{}", e.answer), "{at}");
                    assert!(!is_right(e, e.answer + 1.0), "{at}: answer + 1 is right");
                } else {
                    assert!(is_right(e, e.answer * 1.04), "{at}: 4% off is wrong");
                    assert!(!is_right(e, e.answer * 1.06), "{at}: 6% off is right");
                    assert!(
                        e.shown.ends_with('×') || e.shown.ends_with('%'),
                        "{at}: {}",
                        e.shown
                    );
                }
            }
        }
    }
}

#[test]
fn answers_stay_well_defined_over_many_seeds() {
    for (chapter, f) in CHAPTERS {
        for seed in (50..2000).step_by(7) {
            for e in f(seed, Lang::En) {
                assert!(
                    e.answer.is_finite() && e.answer > 0.0,
                    "{chapter}, seed {seed}: {} gives {}",
                    e.prompt,
                    e.answer
                );
            }
        }
    }
}

#[test]
fn seeds_give_different_versions() {
    for (chapter, f) in CHAPTERS {
        let versions: Vec<Vec<String>> = (0..20)
            .map(|s| f(s, Lang::En).into_iter().map(|e| e.prompt).collect())
            .collect();
        let mut whole = versions.clone();
        whole.sort();
        whole.dedup();
        assert!(
            whole.len() >= 5,
            "{chapter}: {} versions in 20 seeds",
            whole.len()
        );
        for i in 0..versions[0].len() {
            let mut one: Vec<&String> = versions.iter().map(|v| &v[i]).collect();
            one.sort();
            one.dedup();
            assert!(
                one.len() >= 3,
                "{chapter}, question {i}: {} versions",
                one.len()
            );
        }
        // The same seed gives the same version.
        assert_eq!(f(7, Lang::En), f(7, Lang::En), "{chapter}");
    }
}

#[test]
fn pick_is_deterministic_and_seed_0_takes_the_first_option() {
    let options = [10, 20, 30, 40, 50];
    let draw = |seed, salt| {
        let mut p = Pick::new(seed, salt);
        (0..32).map(|_| p.one_of(&options)).collect::<Vec<_>>()
    };
    assert_eq!(draw(0, 3), vec![10; 32]);
    assert_eq!(draw(5, 3), draw(5, 3));
    assert_ne!(draw(5, 3), draw(6, 3));
    assert_ne!(draw(5, 3), draw(5, 4));
    let all = draw(12345, 1);
    for o in options {
        assert!(all.contains(&o), "{o} never drawn in {all:?}");
    }
}

#[test]
fn seed_0_asks_the_classic_examples() {
    // The example: 3×3, 256 → 256, g = 32.
    let g = exercises::group(0, Lang::En);
    assert!(
        g[0].prompt.contains("3×3")
            && g[0].prompt.contains("256")
            && g[0].prompt.contains("g = 32")
    );
    assert_eq!(g[0].shown, "18,432");
    // MobileNet's Table 3: α = 0.75, ρ = 0.714 on the 512 → 512 layer at 14 × 14: 15.1 M MACs.
    assert_eq!(exercises::mobilenet(0, Lang::En)[0].answer, 15_091_200.0);
    // SqueezeNet v1.0's fire2: 11,920 parameters (torchvision).
    assert_eq!(exercises::squeezenet(0, Lang::En)[0].shown, "11,920");
    // Two 3×3 against one 5×5: 28% fewer weights.
    let saved = &exercises::factorization(0, Lang::En)[1];
    assert_eq!(saved.shown, "28%");
    assert!(is_right(saved, 28.0) && is_right(saved, 27.0) && !is_right(saved, 25.0));
    // Three 3×3 with dilations 1, 2, 4: a 15-pixel field (Yu & Koltun).
    assert_eq!(exercises::dilation(0, Lang::En)[0].answer, 15.0);
}

/// MACs of the chapter's VGG-like stack: stage s has `depth` 3×3 convolutions of
/// width·2^min(s,3) channels at the side halved by each earlier 2×2 pool.
fn vgg_macs(width: f64, depth: f64, stages: f64, side: f64) -> f64 {
    let (mut cin, mut side, mut total) = (3.0, side, 0.0);
    for s in 0..stages as i32 {
        let cout = width * 2f64.powi(s.min(3));
        for _ in 0..depth as i32 {
            total += 9.0 * cin * cout * side * side;
            cin = cout;
        }
        side = (side / 2.0).floor();
    }
    total
}

#[test]
fn expensive_answers_match_the_formulas() {
    check("expensive", |e| {
        let (k, ci, co, s) = (
            v(&e[0], "k"),
            v(&e[0], "c_in"),
            v(&e[0], "c_out"),
            v(&e[1], "side"),
        );
        let w = &e[2];
        let stack = |width| vgg_macs(width, v(w, "depth"), v(w, "stages"), v(w, "side"));
        vec![
            k * k * ci * co,
            k * k * ci * co * s * s,
            stack(2.0 * v(w, "width")) / stack(v(w, "width")),
        ]
    });
}

#[test]
fn playground_answers_match_the_formulas() {
    check("playground", |e| {
        let (n, k, s, p, d) = (
            v(&e[0], "n"),
            v(&e[0], "k"),
            v(&e[0], "s"),
            v(&e[0], "p"),
            v(&e[0], "d"),
        );
        let out = ((n + 2.0 * p - d * (k - 1.0) - 1.0) / s).floor() + 1.0;
        vec![out, out * out * k * k]
    });
}

/// The receptive-field recurrence: r += (d(k−1)+1 − 1)·S, S *= s, layer by layer.
fn field(layers: &[(f64, f64, f64)]) -> f64 {
    let (mut r, mut jump) = (1.0, 1.0);
    for &(k, s, d) in layers {
        r += d * (k - 1.0) * jump;
        jump *= s;
    }
    r
}

#[test]
fn dilation_answers_match_the_formulas() {
    check("dilation", |e| {
        let k = v(&e[0], "k");
        let dilated: Vec<_> = ["d1", "d2", "d3"]
            .iter()
            .map(|d| (k, 1.0, v(&e[0], d)))
            .collect();
        let s1 = v(&e[2], "s1");
        vec![
            field(&dilated),
            (v(&e[1], "k") - 1.0) * v(&e[1], "d") + 1.0,
            field(&[
                (v(&e[2], "k1"), s1, 1.0),
                (v(&e[2], "k2"), 2.0, 1.0),
                (v(&e[2], "k3"), 1.0, 1.0),
            ]),
        ]
    });
}

#[test]
fn factorization_answers_match_the_formulas() {
    check("factorization", |e| {
        let per_pair = |e: &Exercise| v(e, "layers") * v(e, "layer_taps");
        let (c, side, n) = (v(&e[0], "c"), v(&e[0], "side"), v(&e[1], "n"));
        // Every factorization keeps the receptive field: n×n, from layers of k×k or 1×n, n×1.
        for q in e {
            let (n, taps, layers) = (v(q, "n"), v(q, "layer_taps"), v(q, "layers"));
            let field = if taps == n {
                n
            } else {
                1.0 + layers * (taps.sqrt() - 1.0)
            };
            assert_eq!(field, n, "{}", q.prompt);
        }
        vec![
            per_pair(&e[0]) * c * c * side * side,
            100.0 * (1.0 - per_pair(&e[1]) / (n * n)),
        ]
    });
}

#[test]
fn pointwise_answers_match_the_formulas() {
    check("pointwise", |e| {
        let (c, m, s) = (v(&e[1], "c"), v(&e[1], "m"), v(&e[1], "side"));
        let plain = 9.0 * c * c * s * s;
        let bottleneck = (c * m + 9.0 * m * m + m * c) * s * s;
        vec![v(&e[0], "c_in") * v(&e[0], "c_out"), plain / bottleneck]
    });
}

#[test]
fn group_answers_match_the_formulas() {
    check("group", |e| {
        let q = &e[1];
        let (k, ci, co, g, s) = (
            v(q, "k"),
            v(q, "c_in"),
            v(q, "c_out"),
            v(q, "g"),
            v(q, "side"),
        );
        assert_eq!(ci % g, 0.0);
        assert_eq!(co % g, 0.0);
        let params = k * k * (ci / g) * co;
        vec![params, params * s * s, g]
    });
}

#[test]
fn depthwise_answers_match_the_formulas() {
    check("depthwise", |e| {
        let (k, c, s) = (v(&e[0], "k"), v(&e[0], "c"), v(&e[0], "side"));
        vec![k * k * c * s * s, k * k * c * v(&e[1], "mult"), c]
    });
}

#[test]
fn separable_answers_match_the_formulas() {
    check("separable", |e| {
        let (k, m, n, s) = (
            v(&e[1], "k"),
            v(&e[1], "m"),
            v(&e[1], "n"),
            v(&e[1], "side"),
        );
        vec![
            100.0 * (1.0 / n + 1.0 / (k * k)),
            (k * k * m + m * n) * s * s,
        ]
    });
}

#[test]
fn xception_answers_match_the_formulas() {
    check("xception", |e| {
        let (c, n, t, s) = (
            v(&e[0], "c"),
            v(&e[0], "n"),
            v(&e[0], "t"),
            v(&e[0], "side"),
        );
        let macs = |towers: f64| (9.0 * (c / towers) * c + c * n) * s * s;
        vec![macs(t), macs(1.0) / macs(t), 9.0 * c + c * n]
    });
}

#[test]
fn squeezenet_answers_match_the_formulas() {
    check("squeezenet", |e| {
        let q = &e[2];
        let (cin, s, e1, e3, side) = (v(q, "cin"), v(q, "s"), v(q, "e1"), v(q, "e3"), v(q, "side"));
        let weights = cin * s + s * e1 + 9.0 * s * e3;
        let params = weights + s + e1 + e3;
        let plain = 9.0 * cin * (e1 + e3) + (e1 + e3);
        vec![params, plain / params, weights * side * side]
    });
}

#[test]
fn mobilenet_answers_match_the_formulas() {
    check("mobilenet", |e| {
        let q = &e[0];
        let (m, n, df, res, a) = (v(q, "m"), v(q, "n"), v(q, "df"), v(q, "res"), v(q, "alpha"));
        let (am, an, rdf) = ((a * m).floor(), (a * n).floor(), (df * res / 224.0).round());
        let rho = res / 224.0;
        vec![
            (9.0 * am + am * an) * rdf * rdf,
            100.0 * a * a * rho * rho,
            1.0 / (1.0 / n + 1.0 / 9.0),
        ]
    });
}

#[test]
fn shufflenet_answers_match_the_formulas() {
    check("shufflenet", |e| {
        let (c, m, g, h) = (v(&e[0], "c"), v(&e[0], "m"), v(&e[0], "g"), v(&e[0], "h"));
        assert_eq!((c % g, m % g), (0.0, 0.0));
        let shuffle = h * h * (2.0 * c * m / g + 9.0 * m);
        let resnet = h * h * (2.0 * c * m + 9.0 * m * m);
        vec![shuffle, resnet / shuffle]
    });
}

/// Prints seed 1 of every chapter in both languages for reading:
/// `cargo test --test exercises -- --ignored --nocapture`.
#[test]
#[ignore]
fn a_version_reads_well() {
    for (chapter, f) in CHAPTERS {
        for lang in Lang::ALL {
            for e in f(1, lang) {
                println!(
                    "[{chapter}] {}\n  → {} ({})\n  {}\n",
                    e.prompt, e.shown, e.answer, e.explanation
                );
            }
        }
    }
}

#[test]
fn predictions_are_read_as_written() {
    use convatlas::exercises::parse_guess;
    for (text, want) in [
        ("18432", 18432.0),
        ("18,432", 18432.0),
        (" 1 179 648 ", 1179648.0),
        ("1_179_648", 1179648.0),
        ("28%", 28.0),
        ("8.5x", 8.5),
        ("8.47×", 8.47),
        ("-3", -3.0),
        ("+0.25", 0.25),
        (".5", 0.5),
        ("7.", 7.0),
    ] {
        let got = parse_guess(text).unwrap_or_else(|| panic!("{text:?} not read"));
        assert!((got - want).abs() < 1e-9, "{text:?}: {got} for {want}");
        // The standard parser agrees where it reads the same text.
        if let Ok(std) = text
            .trim()
            .trim_end_matches(['%', 'x', '×'])
            .replace([',', '_', ' '], "")
            .parse::<f64>()
        {
            assert!((got - std).abs() < 1e-9 * std.abs().max(1.0), "{text:?}");
        }
    }
    for bad in [
        "",
        "abc",
        "1.2.3",
        "1e5",
        "--1",
        "12,3.4,5",
        "1234567890123456",
        "%",
        "0x10",
    ] {
        assert_eq!(parse_guess(bad), None, "{bad:?}");
    }
}

#[test]
fn every_version_the_url_may_ask_for_gives_valid_questions() {
    // `ex` is read in 0..=MAX_VERSION; none of those versions may fail (a panic would take
    // the page down) or give an ill-defined answer.
    for (chapter, f) in CHAPTERS {
        for seed in 0..=convatlas::exercises::MAX_VERSION as u64 {
            let questions = f(seed, Lang::En);
            assert!(
                (2..=3).contains(&questions.len()),
                "{chapter}, version {seed}"
            );
            for e in questions {
                assert!(
                    e.answer.is_finite() && e.answer > 0.0,
                    "{chapter}, version {seed}: {}",
                    e.prompt
                );
            }
        }
    }
}
