//! SqueezeNet's Fire module (Iandola et al. 2016), costed by the chapter's
//! [`fire_cost`] and [`plain_cost`] (the zoo's layers through the atlas's analysis, biases
//! counted as the zoo's layers have them).

use super::{ask, ints, Exercise, Form, Pick, Texts};
use crate::format::thousands;
use crate::i18n::Lang;
use crate::squeeze::{fire_cost, plain_cost, FireSpec};

const FIRE_PARAMS: Texts = Texts {
    en: [
        "A Fire module reads {cin} channels: a squeeze layer of s = {s} filters of 1×1, then an expand layer of e1 = {e1} filters of 1×1 and e3 = {e3} of 3×3. How many parameters does it have, weights and biases?",
        "Weights C_in·s + s·e1 + 9·s·e3 = {cin}·{s} + {s}·{e1} + 9·{s}·{e3} = {weights}, plus s + e1 + e3 = {biases} biases: {answer}.",
    ],
    ko: [
        "Fire 모듈이 채널 {cin}개를 읽습니다. 스퀴즈 층은 1×1 필터 s = {s}개, 익스팬드 층은 1×1 필터 e1 = {e1}개와 3×3 필터 e3 = {e3}개입니다. 파라미터는 가중치와 편향을 합해 몇 개일까요?",
        "가중치 C_in·s + s·e1 + 9·s·e3 = {cin}·{s} + {s}·{e1} + 9·{s}·{e3} = {weights}, 편향 s + e1 + e3 = {biases}, 합하여 {answer}.",
    ],
};

const FIRE_RATIO: Texts = Texts {
    en: [
        "The Fire module ({cin} channels in; s = {s}, e1 = {e1}, e3 = {e3}) against a plain 3×3 layer with the same channels, {cin} → {cout}: how many times fewer parameters does the Fire module have (biases counted)?",
        "The 3×3 layer has 9·{cin}·{cout} + {cout} = {plain} parameters, the Fire module {fire}: {answer}. The 3×3 filters read only the s squeezed channels.",
    ],
    ko: [
        "Fire 모듈(입력 채널 {cin}개, s = {s}, e1 = {e1}, e3 = {e3})을 채널이 같은 일반 3×3 층({cin} → {cout})과 비교합니다. Fire 모듈의 파라미터는 몇 배 적을까요 (편향 포함)?",
        "3×3 층은 파라미터가 9·{cin}·{cout} + {cout} = {plain}개, Fire 모듈은 {fire}개입니다: {answer}. 3×3 필터는 스퀴즈된 채널 s개만 읽습니다.",
    ],
};

const FIRE_MACS: Texts = Texts {
    en: [
        "The Fire module ({cin} channels in; s = {s}, e1 = {e1}, e3 = {e3}) runs on a {side}×{side} map. How many MACs does it do?",
        "Every weight is used once at each position (the 3×3 filters are padded): {weights}·{side}·{side} = {answer}.",
    ],
    ko: [
        "Fire 모듈(입력 채널 {cin}개, s = {s}, e1 = {e1}, e3 = {e3})이 {side}×{side} 맵에서 돌아갑니다. MACs는 몇 번일까요?",
        "가중치 하나가 위치마다 한 번씩 쓰입니다 (3×3 필터는 패딩됨): {weights}·{side}·{side} = {answer}.",
    ],
};

/// The Fire module: its parameters C_in·s + s·e1 + 9·s·e3 + (s + e1 + e3), how many times
/// fewer than a plain 3×3 layer C_in → e1 + e3, and its MACs (weights · H·W). Seed 0 is
/// SqueezeNet v1.0's fire2 (96 in, 16, 64, 64, at 55 × 55).
pub fn squeezenet(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 10);
    let cin = p.one_of(&[96, 128, 256, 384, 512]);
    let s = p.one_of(&[16, 32, 48, 64]);
    let f = FireSpec {
        cin,
        s,
        e1: s * p.one_of(&[4, 2, 8]),
        e3: s * p.one_of(&[4, 8, 2]),
        side: p.one_of(&[55, 27, 13]),
    };
    let (cost, macs) = fire_cost(&f).map_or((0, 0), |c| (c.params, c.macs));
    let plain = plain_cost(&f).map_or(0, |c| c.params);
    let values = ints(&[
        ("cin", f.cin),
        ("s", f.s),
        ("e1", f.e1),
        ("e3", f.e3),
        ("side", f.side),
    ]);
    let weights = ("weights", thousands(f.weights()));
    vec![
        ask(
            lang,
            &FIRE_PARAMS,
            cost as f64,
            Form::Count,
            &values[..4],
            &[weights.clone(), ("biases", thousands(f.biases()))],
        ),
        ask(
            lang,
            &FIRE_RATIO,
            plain as f64 / cost.max(1) as f64,
            Form::Times,
            &values[..4],
            &[
                ("cout", thousands(f.cout() as u64)),
                ("plain", thousands(plain)),
                ("fire", thousands(cost)),
            ],
        ),
        ask(
            lang,
            &FIRE_MACS,
            macs as f64,
            Form::Count,
            &values,
            &[weights],
        ),
    ]
}
