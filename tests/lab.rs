//! The tiny-models lab's core against independent oracles: the raw digits file read
//! byte by byte, naive dead-channel and correlation loops, the weights format's round
//! trip and its refusals, training reproducibility, and the shipped weights' accuracy.

mod common;

use common::run;
use convatlas::lab::{self, probe, Run};
use convatlas::nn::digits::{self, BUNDLED};
use convatlas::nn::rng::Rng;
use convatlas::nn::tensor::Tensor;
use convatlas::run::exec::Mode;
use convatlas::run::train::{evaluate, Dataset};
use convatlas::run::weights;
use convatlas::zoo::tiny::TINY;

#[test]
fn digits_split_matches_the_raw_records() {
    let split = digits::parse(BUNDLED).unwrap();
    assert_eq!((split.train.len(), split.test.len()), (1438, 359));
    for (set, rule) in [(&split.test, 4usize), (&split.train, 99)] {
        let records: Vec<usize> = (0..1797)
            .filter(|i| if rule == 4 { i % 5 == 4 } else { i % 5 != 4 })
            .collect();
        for (k, &r) in records.iter().enumerate() {
            let raw = &BUNDLED[r * 65..(r + 1) * 65];
            assert_eq!(set.labels[k], raw[64] as usize);
            let img = &set.images.data()[k * 64..(k + 1) * 64];
            for (p, &count) in img.iter().zip(&raw[..64]) {
                assert_eq!(*p, count as f32 / 16.0);
            }
        }
        for class in 0..10 {
            assert!(set.labels.iter().filter(|&&l| l == class).count() >= 20);
        }
    }
}

#[test]
fn digits_refuse_bad_files() {
    let mut bad = BUNDLED[..130].to_vec();
    assert!(digits::parse(&bad[..129]).is_err());
    assert!(digits::parse(&[]).is_err());
    bad[3] = 17;
    let e = digits::parse(&bad).unwrap_err().to_string();
    assert!(e.contains("record 0") && e.contains("0..=16"), "{e}");
    bad[3] = 0;
    bad[129] = 10;
    assert!(digits::parse(&bad).is_err());
}

#[test]
fn a_drawing_is_counted_in_four_by_four_blocks() {
    let mut rng = Rng::new(3);
    let bitmap: Vec<bool> = (0..1024).map(|_| rng.uniform() < 0.3).collect();
    let got = digits::from_bitmap(&bitmap).unwrap();
    for by in 0..8 {
        for bx in 0..8 {
            let mut ink = 0;
            for y in by * 4..by * 4 + 4 {
                for x in bx * 4..bx * 4 + 4 {
                    ink += bitmap[y * 32 + x] as usize;
                }
            }
            assert!((got[by * 8 + bx] - ink as f32 / 16.0).abs() < 1e-6);
        }
    }
    assert!(digits::from_bitmap(&bitmap[..1000]).is_err());
}

fn subset(set: &Dataset, n: usize) -> Dataset {
    let idx: Vec<usize> = (0..n).collect();
    let (x, labels) = set.batch(&idx).unwrap();
    Dataset::new(x, labels).unwrap()
}

fn small_split() -> digits::Split {
    let full = digits::parse(BUNDLED).unwrap();
    digits::Split {
        train: subset(&full.train, 160),
        test: subset(&full.test, 40),
    }
}

#[test]
fn the_same_seed_gives_byte_identical_weights() {
    let split = small_split();
    let trained = |seed| {
        let mut run = Run::new("tiny_alpha050", &split, 2, seed).unwrap();
        while let Some(e) = run.step(&split) {
            e.unwrap();
        }
        weights::save(&run.net)
    };
    let a = trained(7);
    assert_eq!(a, trained(7));
    assert_ne!(a, trained(8));
}

#[test]
fn weights_round_trip_and_bad_files_are_refused() {
    let split = small_split();
    let mut run = Run::new("tiny_shuffle", &split, 1, 4).unwrap();
    run.step(&split).unwrap().unwrap();
    let bytes = weights::save(&run.net);
    let mut fresh = lab::network("tiny_shuffle", 99).unwrap();
    assert_ne!(fresh.params, run.net.params);
    weights::load(&mut fresh, &bytes).unwrap();
    assert_eq!(fresh.params, run.net.params);

    let untouched = lab::network("tiny_shuffle", 5).unwrap();
    let refuse = |data: &[u8], needle: &str| {
        let mut net = untouched.clone();
        let e = weights::load(&mut net, data).unwrap_err().to_string();
        assert!(e.contains(needle), "expected '{needle}' in: {e}");
        assert_eq!(
            net.params, untouched.params,
            "a refused file changed the network"
        );
    };
    for cut in [0, 3, 7, 20, bytes.len() / 2, bytes.len() - 1] {
        refuse(&bytes[..cut], if cut < 4 { "truncated" } else { "" });
    }
    refuse(&bytes[..bytes.len() - 1], "truncated");
    let mut nan = bytes.clone();
    let at = nan.len() - 4;
    nan[at..].copy_from_slice(&f32::NAN.to_le_bytes());
    refuse(&nan, "NaN");
    let mut extra = bytes.clone();
    extra.push(0);
    refuse(&extra, "follow");
    let mut version = bytes.clone();
    version[4] = 2;
    refuse(&version, "version 2");
    refuse(b"PK\x03\x04 zip", "not a ConvAtlas weights file");
    let mut other = lab::network("tiny_noshuffle", 1).unwrap();
    let e = weights::load(&mut other, &bytes).unwrap_err().to_string();
    assert!(e.contains("'tiny_shuffle'"), "{e}");
}

#[test]
fn shipped_weights_clear_the_accuracy_floors() {
    let test = digits::parse(BUNDLED).unwrap().test;
    for t in TINY {
        let path = format!("{}/weights/{}.cawt", env!("CARGO_MANIFEST_DIR"), t.name);
        let bytes = std::fs::read(&path).unwrap();
        let mut net = lab::trained(t.name, &bytes).unwrap();
        let acc = evaluate(&mut net, &test, 128).unwrap().accuracy;
        let floor = if t.name == "tiny_plain" { 0.95 } else { 0.93 };
        assert!(acc >= floor, "{}: {acc} below {floor}", t.name);
    }
}

#[test]
fn trace_ends_in_the_forward_output() {
    let test = small_split().test;
    let mut net = lab::network("tiny_fire", 2).unwrap();
    let traced = net.trace(&test.images).unwrap();
    let (out, _) = net
        .forward(&test.images, Mode::Eval, &mut Rng::new(0))
        .unwrap();
    assert_eq!(traced.last().unwrap().1, out);
    let names: Vec<&str> = traced.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["stem", "fire2", "pool", "fire3", "gap", "fc"]);
    let maps = probe::relu_maps(&mut net, &test.images).unwrap();
    let names: Vec<&str> = maps.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["stem", "fire2", "fire3"]);
}

/// Random non-negative maps with some channels forced to zero on most images.
fn maps(seed: u64) -> Tensor {
    let (n, c, hw) = (50, 6, 9);
    let mut rng = Rng::new(seed);
    let mut data = Vec::new();
    for i in 0..n {
        for ch in 0..c {
            for _ in 0..hw {
                let silent = (ch == 1) || (ch == 3 && i % 10 != 0) || (ch == 4 && i == 7);
                data.push(if silent {
                    0.0
                } else {
                    rng.uniform().max(0.0) * (ch + 1) as f32
                });
            }
        }
    }
    Tensor::from_vec(&[n, c, 3, 3], data).unwrap()
}

#[test]
fn dead_channels_match_a_naive_count() {
    let m = maps(1);
    let dead = probe::dead_channels(&m).unwrap();
    let d = m.data();
    for ch in 0..6 {
        let zero_images = (0..50)
            .filter(|i| (0..9).map(|p| d[(i * 6 + ch) * 9 + p]).sum::<f32>() == 0.0)
            .count();
        assert_eq!(dead[ch], zero_images * 100 >= 99 * 50, "channel {ch}");
    }
    assert_eq!(dead, [false, true, false, false, false, false]);
}

#[test]
fn correlation_matches_two_pass_pearson() {
    let mut m = maps(2);
    // channel 5 = 2 * channel 0 + 1 exactly, channel 2 = -channel 0
    let d = m.data_mut();
    for i in 0..50 {
        for p in 0..9 {
            let x = d[(i * 6) * 9 + p];
            d[(i * 6 + 5) * 9 + p] = 2.0 * x + 1.0;
            d[(i * 6 + 2) * 9 + p] = -x;
        }
    }
    let r = probe::channel_correlation(&m).unwrap();
    let column = |ch: usize| -> Vec<f64> {
        (0..50)
            .flat_map(|i| (0..9).map(move |p| (i, p)))
            .map(|(i, p)| m.data()[(i * 6 + ch) * 9 + p] as f64)
            .collect()
    };
    for a in 0..6 {
        for b in 0..6 {
            let (x, y) = (column(a), column(b));
            let mx = x.iter().sum::<f64>() / x.len() as f64;
            let my = y.iter().sum::<f64>() / y.len() as f64;
            let sxy: f64 = x.iter().zip(&y).map(|(u, v)| (u - mx) * (v - my)).sum();
            let sxx: f64 = x.iter().map(|u| (u - mx).powi(2)).sum();
            let syy: f64 = y.iter().map(|v| (v - my).powi(2)).sum();
            let got = r[a * 6 + b];
            if sxx == 0.0 || syy == 0.0 {
                assert!(got.is_nan(), "{a},{b}: {got}");
            } else {
                assert!(
                    (got as f64 - sxy / (sxx * syy).sqrt()).abs() < 1e-5,
                    "{a},{b}"
                );
            }
        }
    }
    assert!((r[5] - 1.0).abs() < 1e-5 && (r[2] + 1.0).abs() < 1e-5);
}

#[test]
fn cli_train_eval_and_their_refusals() {
    let dir = std::env::temp_dir().join(format!("convatlas-lab-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let w = dir.join("a.cawt");
    let w = w.to_str().unwrap();
    let (code, out, err) = run(&[
        "train",
        "tiny_alpha050",
        "--data",
        "digits",
        "--epochs",
        "1",
        "-o",
        w,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("epoch   1") && out.contains("970 params"),
        "{out}"
    );
    let (code, out, err) = run(&["eval", "tiny_alpha050", w, "--data", "digits", "--json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["accuracy"].as_f64().unwrap() > 0.3);
    assert_eq!(v["params"], 970);
    assert_eq!(v["macs"], 23968);

    let bytes = std::fs::read(w).unwrap();
    let cut = dir.join("cut.cawt");
    std::fs::write(&cut, &bytes[..bytes.len() - 9]).unwrap();
    let (code, _, err) = run(&[
        "eval",
        "tiny_alpha050",
        cut.to_str().unwrap(),
        "--data",
        "digits",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("truncated"), "{err}");
    let (code, _, err) = run(&["eval", "tiny_plain", w, "--data", "digits"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("'tiny_alpha050', not for 'tiny_plain'"),
        "{err}"
    );
    let (code, _, err) = run(&["train", "tiny_plain", "-o", w]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--data is required; data sets: digits"),
        "{err}"
    );
    let (code, _, err) = run(&["train", "mobilenet_v1", "--data", "digits", "-o", w]);
    assert_eq!(code, 1);
    assert!(err.contains("tiny_plain"), "{err}");
    let (code, _, err) = run(&[
        "train",
        "tiny_plain",
        "--data",
        "digits",
        "--epochs",
        "0",
        "-o",
        w,
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("1..=200"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_drawn_stroke_is_fitted_into_the_box_like_the_data_set() {
    // A vertical bar drawn anywhere, at any size, lands centred, spanning rows 2..30.
    for (x0, y0, len) in [(10.0, 10.0, 100.0), (-500.0, 3.0, 7.0)] {
        let stroke = vec![(x0, y0), (x0, y0 + len)];
        let bitmap = digits::rasterize(&[stroke], 1.5);
        let rows: Vec<usize> = (0..32)
            .filter(|y| (0..32).any(|x| bitmap[y * 32 + x]))
            .collect();
        let cols: Vec<usize> = (0..32)
            .filter(|x| (0..32).any(|y| bitmap[y * 32 + x]))
            .collect();
        assert!(
            rows.first().unwrap() <= &2 && rows.last().unwrap() >= &29,
            "{rows:?}"
        );
        assert!(cols.iter().all(|c| (14..=17).contains(c)), "{cols:?}");
        let pixels = digits::from_bitmap(&bitmap).unwrap();
        // all ink in the two middle block columns of the 8×8 input
        for (i, p) in pixels.iter().enumerate() {
            assert!(*p == 0.0 || (3..=4).contains(&(i % 8)), "pixel {i}");
        }
    }
    assert!(digits::rasterize(&[], 1.5).iter().all(|b| !b));
    assert!(digits::rasterize(&[vec![(f32::NAN, 1.0)]], 1.5)
        .iter()
        .all(|b| !b));
    // A single tap is a dot in the middle of the box.
    let dot = digits::rasterize(&[vec![(5.0, 5.0)]], 1.5);
    assert!(dot[16 * 32 + 16] && !dot[0] && dot.iter().filter(|b| **b).count() < 16);
}

mod session {
    use super::*;
    use convatlas::lab::session::{FromWorker, Session, ToWorker};
    use convatlas::lab::wire::{decode, encode};

    fn shipped(model: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/weights/{model}.cawt",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    #[test]
    fn open_probe_and_classify_through_the_wire() {
        let mut s = Session::new(BUNDLED).unwrap();
        // Before a network is open, requests fail with a message and nothing panics.
        let Some(FromWorker::Failed { message }) = s.handle(ToWorker::Sample { index: 0 }) else {
            panic!()
        };
        assert!(message.contains("open a tiny network first"), "{message}");
        let FromWorker::Ready(probe) = s.open("tiny_group4", &shipped("tiny_group4")).unwrap()
        else {
            panic!()
        };
        assert_eq!(probe.weights, "shipped");
        assert_eq!((probe.params, probe.macs), (4090, 120128));
        let names: Vec<&str> = probe.layers.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["stem", "conv2", "conv3"]);
        // The stem's filters are its conv weights: 16 × (1 × 3 × 3); conv3's are grouped: 8 inputs each.
        let stem = probe.layers[0].filter.as_ref().unwrap();
        assert_eq!(
            (stem.inputs, stem.kernel, stem.weights.len()),
            (1, [3, 3], 144)
        );
        assert_eq!(probe.layers[2].filter.as_ref().unwrap().inputs, 8);
        // The probe's accuracy is the evaluation of the same weights, computed independently here.
        let mut net = lab::trained("tiny_group4", &shipped("tiny_group4")).unwrap();
        let split = digits::parse(BUNDLED).unwrap();
        assert_eq!(
            probe.test_accuracy,
            evaluate(&mut net, &split.test, 359).unwrap().accuracy
        );
        // A round trip through the bytes the page and the worker exchange.
        let ready = FromWorker::Ready(probe.clone());
        assert_eq!(decode::<FromWorker>(&encode(&ready)).unwrap(), ready);

        let request: ToWorker = decode(&encode(&ToWorker::Sample { index: 5 })).unwrap();
        let Some(FromWorker::Prediction(p)) = s.handle(request) else {
            panic!()
        };
        assert_eq!(p.label, Some(split.test.labels[5]));
        assert!((p.probabilities.iter().sum::<f32>() - 1.0).abs() < 1e-4);
        let (out, _) = net
            .forward(&subset(&split.test, 6).images, Mode::Eval, &mut Rng::new(0))
            .unwrap();
        let logits = &out.data()[50..60];
        let best = |v: &[f32]| (0..10).fold(0, |b, i| if v[i] > v[b] { i } else { b });
        assert_eq!(best(&p.probabilities), best(logits));
        assert_eq!(
            p.maps.iter().map(|m| m.values.len()).collect::<Vec<_>>(),
            [16 * 64, 32 * 64, 32 * 16]
        );

        for bad in [
            ToWorker::Sample { index: 359 },
            ToWorker::Predict {
                pixels: vec![0.5; 63],
            },
            ToWorker::Predict {
                pixels: vec![f32::NAN; 64],
            },
            ToWorker::Train {
                model: "tiny_nothing".into(),
                epochs: 1,
                seed: 1,
            },
            ToWorker::Train {
                model: "tiny_plain".into(),
                epochs: 0,
                seed: 1,
            },
        ] {
            assert!(
                matches!(s.handle(bad.clone()), Some(FromWorker::Failed { .. })),
                "{bad:?}"
            );
        }
        assert!(decode::<ToWorker>(&[0, 5, 0]).is_err(), "an Open cut short");
        assert!(s.open("tiny_plain", &shipped("tiny_group4")).is_err());
    }

    #[test]
    fn a_run_reports_each_epoch_pauses_and_installs_the_trained_network() {
        let mut s = Session::new(BUNDLED).unwrap();
        assert_eq!(
            s.handle(ToWorker::Train {
                model: "tiny_alpha050".into(),
                epochs: 2,
                seed: 9
            }),
            None
        );
        assert!(s.training());
        let first = s.train_step();
        assert!(
            matches!(
                first[..],
                [FromWorker::Epoch {
                    epoch: 1,
                    epochs: 2,
                    ..
                }]
            ),
            "{first:?}"
        );
        assert_eq!(s.handle(ToWorker::Pause), Some(FromWorker::Paused));
        assert!(!s.training());
        assert_eq!(s.handle(ToWorker::Resume), None);
        let last = s.train_step();
        let [FromWorker::Epoch {
            epoch: 2,
            test_accuracy,
            ..
        }, FromWorker::Ready(probe)] = &last[..]
        else {
            panic!("{last:?}")
        };
        assert_eq!(probe.weights, "trained");
        assert_eq!(probe.test_accuracy, *test_accuracy);
        assert!(!s.training() && s.train_step().is_empty());
        // The page's run equals the CLI's: the same seed gives the same accuracy as lab::Run.
        let split = digits::parse(BUNDLED).unwrap();
        let mut run = Run::new("tiny_alpha050", &split, 2, 9).unwrap();
        let mut last = None;
        while let Some(e) = run.step(&split) {
            last = Some(e.unwrap());
        }
        assert_eq!(last.unwrap().test.accuracy, probe.test_accuracy);
    }
}

mod erf {
    use super::*;
    use convatlas::lab::session::{core_pixels, FromWorker, Session, ToWorker};

    #[test]
    fn the_trained_fields_stay_inside_the_theoretical_window_and_differ_from_init() {
        let mut s = Session::new(BUNDLED).unwrap();
        let bytes = std::fs::read(format!(
            "{}/weights/tiny_plain.cawt",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        s.open("tiny_plain", &bytes).unwrap();
        // stem: one 3×3 conv (padding 1) → the centre unit (4, 4) sees rows and columns 3..=5 only.
        let Some(FromWorker::Erf(e)) = s.handle(ToWorker::Erf { layer: 0 }) else {
            panic!()
        };
        assert_eq!((e.name.as_str(), e.field, e.side), ("stem", 3, [8, 8]));
        for (i, v) in e.loaded.iter().enumerate() {
            let (y, x) = (i / 8, i % 8);
            let inside = (3..=5).contains(&y) && (3..=5).contains(&x);
            assert!(
                inside || *v == 0.0,
                "pixel ({y}, {x}) outside the 3×3 window has {v}"
            );
        }
        // conv2: two 3×3 → 5×5 window (rows and columns 2..=6).
        let Some(FromWorker::Erf(e)) = s.handle(ToWorker::Erf { layer: 1 }) else {
            panic!()
        };
        assert_eq!(e.field, 5);
        for map in [&e.loaded, &e.initial] {
            assert!((map.iter().sum::<f32>() - 1.0).abs() < 1e-4);
            for (i, v) in map.iter().enumerate() {
                let (y, x) = (i / 8, i % 8);
                assert!(((2..=6).contains(&y) && (2..=6).contains(&x)) || *v == 0.0);
            }
        }
        assert_ne!(e.loaded, e.initial);
        assert!(e.loaded_core <= 25 && e.initial_core <= 25);
        assert_eq!(e.loaded_core, core_pixels(&e.loaded, 0.95));
        assert!(matches!(
            s.handle(ToWorker::Erf { layer: 3 }),
            Some(FromWorker::Failed { .. })
        ));
        assert_eq!(core_pixels(&[0.5, 0.3, 0.15, 0.05], 0.95), 3);
    }
}

#[test]
fn a_diverging_run_stops_with_a_message() {
    // A run whose loss stops being finite (here: one weight already NaN, the end state of a
    // diverged run) is stopped with a message instead of training on garbage.
    let split = small_split();
    let mut run = Run::new("tiny_plain", &split, 2, 1).unwrap();
    let mut buffers = run.net.params.buffers_mut();
    let fc_weight = buffers.len() - 2;
    buffers[fc_weight][0] = f32::NAN;
    let e = run.step(&split).unwrap().unwrap_err().to_string();
    assert!(
        e.contains("diverged") && e.contains("smaller learning rate"),
        "{e}"
    );
}
