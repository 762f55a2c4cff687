//! ShuffleNet v1's questions (Zhang et al. 2017): one unit's MACs by the paper's formula
//! hw(2cm/g + 9m) and against ResNet's bottleneck hw(2cm + 9m²), both from the chapter's
//! [`unit_macs`] (the units' layers through the atlas's analysis).

use super::{ask, ints, Exercise, Form, Pick, Texts};
use crate::format::thousands;
use crate::i18n::Lang;
use crate::shufflenet::{unit_macs, UnitKind, UnitSpec};

const UNIT_MACS: Texts = Texts {
    en: [
        "A ShuffleNet unit with c = {c} channels, a bottleneck of m = {m} channels and g = {g} groups runs on a {h}×{h} map: 1×1 group convolution, channel shuffle, 3×3 depth-wise, 1×1 group convolution. How many MACs does it do?",
        "The paper's formula hw(2cm/g + 9m) = {h}·{h}·(2·{c}·{m}/{g} + 9·{m}) = {answer}; the shuffle itself costs none.",
    ],
    ko: [
        "ShuffleNet 유닛(채널 c = {c}, 병목 m = {m}, 그룹 g = {g})이 {h}×{h} 맵에서 돌아갑니다: 1×1 그룹 합성곱, 채널 셔플, 3×3 깊이별, 1×1 그룹 합성곱. MACs는 몇 번일까요?",
        "논문의 공식 hw(2cm/g + 9m) = {h}·{h}·(2·{c}·{m}/{g} + 9·{m}) = {answer}. 셔플 자체는 비용이 없습니다.",
    ],
};

const AGAINST_RESNET: Texts = Texts {
    en: [
        "At the same c = {c}, m = {m} and {h}×{h} map, how many times fewer MACs does the ShuffleNet unit with g = {g} do than ResNet's bottleneck (1×1, 3×3, 1×1, no groups)?",
        "ResNet's bottleneck: hw(2cm + 9m²) = {resnet}; the ShuffleNet unit: hw(2cm/g + 9m) = {shuffle}; so {answer}.",
    ],
    ko: [
        "같은 c = {c}, m = {m}, {h}×{h} 맵에서 그룹 g = {g}인 ShuffleNet 유닛은 ResNet 병목(1×1, 3×3, 1×1, 그룹 없음)보다 MACs가 몇 배 적을까요?",
        "ResNet 병목: hw(2cm + 9m²) = {resnet}, ShuffleNet 유닛: hw(2cm/g + 9m) = {shuffle}, 따라서 {answer}.",
    ],
};

/// ShuffleNet: a unit's MACs and its saving against ResNet's bottleneck, at Table 1's
/// channels for g (stage 2: 144, 200, 240, 272, 384 for g = 1, 2, 3, 4, 8; doubled per
/// stage), m = c/4 and the stage's map side (28, 14, 7). Seed 0: g = 3, stage 3.
pub fn shufflenet(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 12);
    let (g, c2) = p.one_of(&[(3, 240), (1, 144), (2, 200), (4, 272), (8, 384)]);
    let stage = p.one_of(&[1, 0, 2]);
    let c = c2 << stage;
    let u = UnitSpec {
        c,
        m: c / 4,
        g,
        h: 28 >> stage,
    };
    let shuffle = unit_macs(UnitKind::ShuffleNet, &u).unwrap_or(0);
    let resnet = unit_macs(UnitKind::ResNet, &u).unwrap_or(0);
    let values = ints(&[("c", u.c), ("m", u.m), ("g", u.g), ("h", u.h)]);
    vec![
        ask(lang, &UNIT_MACS, shuffle as f64, Form::Count, &values, &[]),
        ask(
            lang,
            &AGAINST_RESNET,
            resnet as f64 / shuffle.max(1) as f64,
            Form::Times,
            &values,
            &[
                ("resnet", thousands(resnet)),
                ("shuffle", thousands(shuffle)),
            ],
        ),
    ]
}
