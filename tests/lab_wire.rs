//! The lab's page–worker messages as bytes (`lab::wire`): every message comes back equal
//! after encoding, the layout is the documented one (checked against bytes written out here),
//! and no input, cut short or random, panics or allocates beyond its own length.

use convatlas::lab::ablation::{parse, Ablation, Row};
use convatlas::lab::session::{
    ErfPair, Filter, FromWorker, LayerProbe, Maps, Prediction, Probe, ToWorker,
};
use convatlas::lab::wire::{decode, encode};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    "[a-z_0-9 가-힣]{0,12}"
}

fn floats() -> impl Strategy<Value = Vec<f32>> {
    prop::collection::vec(prop::num::f32::ANY, 0..20)
}

fn side() -> impl Strategy<Value = [usize; 2]> {
    (0usize..64, 0usize..64).prop_map(|(a, b)| [a, b])
}

fn maps() -> impl Strategy<Value = Maps> {
    (text(), 0usize..64, side(), floats()).prop_map(|(name, channels, side, values)| Maps {
        name,
        channels,
        side,
        values,
    })
}

fn layer() -> impl Strategy<Value = LayerProbe> {
    let filter = (0usize..9, side(), floats()).prop_map(|(inputs, kernel, weights)| Filter {
        inputs,
        kernel,
        weights,
    });
    (
        text(),
        0usize..64,
        side(),
        floats(),
        prop::collection::vec(any::<bool>(), 0..9),
        prop::collection::vec(prop::option::of(prop::num::f32::ANY), 0..9),
        prop::option::of(filter),
    )
        .prop_map(
            |(name, channels, side, silent, dead, correlation, filter)| LayerProbe {
                name,
                channels,
                side,
                silent,
                dead,
                correlation,
                filter,
            },
        )
}

fn answer() -> impl Strategy<Value = FromWorker> {
    let probe = (
        text(),
        text(),
        any::<u64>(),
        any::<u64>(),
        prop::num::f32::ANY,
        0usize..999,
    )
        .prop_flat_map(|p| (Just(p), prop::collection::vec(layer(), 0..4)))
        .prop_map(
            |((model, weights, params, macs, test_accuracy, test_images), layers)| Probe {
                model,
                weights,
                params,
                macs,
                test_accuracy,
                test_images,
                layers,
            },
        );
    let prediction = (
        floats(),
        prop::option::of(0usize..10),
        prop::option::of(0usize..400),
        floats(),
        prop::collection::vec(maps(), 0..3),
    )
        .prop_map(|(pixels, label, index, probabilities, maps)| Prediction {
            pixels,
            label,
            index,
            probabilities,
            maps,
        });
    let erf = (
        0usize..9,
        text(),
        side(),
        any::<u64>(),
        floats(),
        floats(),
        0usize..99,
        0usize..99,
    )
        .prop_map(
            |(layer, name, side, field, loaded, initial, loaded_core, initial_core)| ErfPair {
                layer,
                name,
                side,
                field,
                loaded,
                initial,
                loaded_core,
                initial_core,
            },
        );
    let row = (text(), any::<u64>(), any::<u64>(), floats()).prop_map(
        |(model, params, macs, accuracy)| Row {
            model,
            params,
            macs,
            accuracy,
        },
    );
    let ablation = (
        text(),
        0usize..99,
        prop::collection::vec(any::<u64>(), 0..4),
        prop::collection::vec(row, 0..4),
    )
        .prop_map(|(data, epochs, seeds, rows)| Ablation {
            data,
            epochs,
            seeds,
            rows,
        });
    prop_oneof![
        Just(FromWorker::Started),
        probe.prop_map(FromWorker::Ready),
        prediction.prop_map(FromWorker::Prediction),
        (
            0usize..99,
            0usize..99,
            prop::num::f32::ANY,
            prop::num::f32::ANY,
            prop::num::f32::ANY
        )
            .prop_map(|(epoch, epochs, loss, train_accuracy, test_accuracy)| {
                FromWorker::Epoch {
                    epoch,
                    epochs,
                    loss,
                    train_accuracy,
                    test_accuracy,
                }
            }),
        Just(FromWorker::Paused),
        erf.prop_map(FromWorker::Erf),
        text().prop_map(|message| FromWorker::Failed { message }),
        prop::result::maybe_ok(ablation, text()).prop_map(FromWorker::Ablation),
    ]
}

fn request() -> impl Strategy<Value = ToWorker> {
    prop_oneof![
        text().prop_map(|model| ToWorker::Open { model }),
        floats().prop_map(|pixels| ToWorker::Predict { pixels }),
        (0usize..999).prop_map(|index| ToWorker::Sample { index }),
        (text(), 0usize..99, any::<u64>()).prop_map(|(model, epochs, seed)| ToWorker::Train {
            model,
            epochs,
            seed
        }),
        (0usize..9).prop_map(|layer| ToWorker::Erf { layer }),
        Just(ToWorker::Pause),
        Just(ToWorker::Resume),
        Just(ToWorker::Ablation),
    ]
}

/// Equality that holds where the floats hold NaN (NaN != NaN): the debug texts agree
/// (NaN prints as NaN, −0 as -0.0, every other float exactly).
fn same_text<T: std::fmt::Debug>(a: &T, b: &T) -> bool {
    format!("{a:?}") == format!("{b:?}")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn answers_come_back_equal(msg in answer()) {
        let back = decode::<FromWorker>(&encode(&msg)).unwrap();
        prop_assert!(same_text(&back, &msg), "{back:?} != {msg:?}");
    }

    #[test]
    fn requests_come_back_equal(msg in request()) {
        let back = decode::<ToWorker>(&encode(&msg)).unwrap();
        prop_assert!(same_text(&back, &msg), "{back:?} != {msg:?}");
    }

    #[test]
    fn every_cut_and_any_extra_byte_is_refused(msg in answer(), extra in any::<u8>()) {
        let bytes = encode(&msg);
        for cut in 0..bytes.len() {
            prop_assert!(decode::<FromWorker>(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(extra);
        prop_assert!(decode::<FromWorker>(&longer).is_err());
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode::<FromWorker>(&bytes);
        let _ = decode::<ToWorker>(&bytes);
    }
}

#[test]
fn the_layout_is_the_documented_one() {
    // Train: tag 3, the model's length and bytes, epochs, seed; integers little-endian u64.
    let mut expected = vec![3];
    expected.extend_from_slice(&2u64.to_le_bytes());
    expected.extend_from_slice(b"ab");
    expected.extend_from_slice(&12u64.to_le_bytes());
    expected.extend_from_slice(&7u64.to_le_bytes());
    let train = ToWorker::Train {
        model: "ab".into(),
        epochs: 12,
        seed: 7,
    };
    assert_eq!(encode(&train), expected);
    // Predict: tag 1, the list's length, then f32 bits.
    let mut expected = vec![1];
    expected.extend_from_slice(&2u64.to_le_bytes());
    expected.extend_from_slice(&0.5f32.to_le_bytes());
    expected.extend_from_slice(&(-1.0f32).to_le_bytes());
    let predict = ToWorker::Predict {
        pixels: vec![0.5, -1.0],
    };
    assert_eq!(encode(&predict), expected);
}

#[test]
fn a_huge_length_is_refused_before_allocating() {
    // Predict claiming 2^60 floats in 8 bytes.
    let mut bytes = vec![1];
    bytes.extend_from_slice(&(1u64 << 60).to_le_bytes());
    bytes.extend_from_slice(&[0; 8]);
    let e = decode::<ToWorker>(&bytes).unwrap_err().to_string();
    assert!(e.contains("items in 8 bytes"), "{e}");
    assert!(decode::<ToWorker>(&[99])
        .unwrap_err()
        .to_string()
        .contains("unknown request tag 99"));
}

#[test]
fn the_shipped_ablation_crosses_unchanged() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/weights/ablation.json"
    ))
    .unwrap();
    let ablation = parse(&text).unwrap();
    assert_eq!(ablation.rows.len(), 9);
    let msg = FromWorker::Ablation(Ok(ablation));
    assert_eq!(decode::<FromWorker>(&encode(&msg)).unwrap(), msg);
}
