//! Depth-wise separable convolution (Howard et al. 2017, eq. 5) and Xception's spectrum of
//! towers (Chollet 2017), costed by the widget's [`crate::channels::layer::ChannelLayer`]:
//! a k × k layer in g groups (g = C: depth-wise) followed by a 1×1 point-wise layer.

use super::{ask, dividing, ints, Exercise, Form, Pick, Texts};
use crate::channels::layer::ChannelLayer;
use crate::format::thousands;
use crate::i18n::Lang;

const SEP_RATIO: Texts = Texts {
    en: [
        "A depth-wise separable layer ({k}×{k} depth-wise on {m} channels, then 1×1 {m} → {n}) replaces a standard {k}×{k} convolution {m} → {n}. What percentage of the standard layer's MACs does it need?",
        "(k²·M + M·N) / (k²·M·N) = 1/N + 1/k² = 1/{n} + 1/{kk} = {answer}, at any map size.",
    ],
    ko: [
        "깊이별 분리 합성곱 층(채널 {m}개에 깊이별 {k}×{k}, 이어서 1×1 {m} → {n})이 채널 {m} → {n}인 표준 {k}×{k} 합성곱을 대신합니다. 표준 층 MACs의 몇 퍼센트가 필요할까요?",
        "(k²·M + M·N) / (k²·M·N) = 1/N + 1/k² = 1/{n} + 1/{kk} = {answer}이며, 맵 크기와 무관합니다.",
    ],
};

const SEP_MACS: Texts = Texts {
    en: [
        "A depth-wise separable layer, {k}×{k} depth-wise on {m} channels then 1×1 {m} → {n}, runs on a {side}×{side} map (stride 1, same padding). How many MACs does it do?",
        "Depth-wise {k}·{k}·{m}·{side}·{side} = {dw} plus point-wise {m}·{n}·{side}·{side} = {pw}: {answer}.",
    ],
    ko: [
        "깊이별 분리 합성곱 층(채널 {m}개에 깊이별 {k}×{k}, 이어서 1×1 {m} → {n})이 {side}×{side} 맵에서 돌아갑니다 (스트라이드 1, same 패딩). MACs는 몇 번일까요?",
        "깊이별 {k}·{k}·{m}·{side}·{side} = {dw}, 점별 {m}·{n}·{side}·{side} = {pw}, 합하여 {answer}.",
    ],
};

/// Depth-wise separable convolution: the share 1/N + 1/k² of the standard layer's MACs
/// ([`crate::channels::layer::ChannelLayer::ratio`]) and the layer's MACs (k²·M + M·N)·H·W.
/// Seed 0 is MobileNet's Table 3 layer (512 → 512, 3×3, 14 × 14).
pub fn separable(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 8);
    let m = p.one_of(&[512, 32, 64, 128, 256]);
    let n = p.one_of(&[512, 64, 128, 256, 1024]);
    let k = p.one_of(&[3, 5, 7]);
    let side = p.one_of(&[14, 28, 56, 112, 7]);
    let l = ChannelLayer::square(m, m, k, m, Some(n), side);
    let values = ints(&[("k", k), ("m", m), ("n", n), ("side", side)]);
    vec![
        ask(
            lang,
            &SEP_RATIO,
            100.0 * l.ratio(),
            Form::Percent,
            &values[..3],
            &[("kk", thousands((k * k) as u64))],
        ),
        ask(
            lang,
            &SEP_MACS,
            l.cost().macs as f64,
            Form::Count,
            &values,
            &[
                ("dw", thousands(l.spatial_cost().macs)),
                ("pw", thousands(l.pointwise_cost().macs)),
            ],
        ),
    ]
}

const TOWER_MACS: Texts = Texts {
    en: [
        "An Inception-style module on a {side}×{side} map: a 3×3 convolution {c} → {c} split into {t} towers (groups), then a 1×1 convolution {c} → {n}. How many MACs does it do?",
        "The towers: 3·3·({c}/{t})·{c}·{side}·{side} = {spatial}; the 1×1: {c}·{n}·{side}·{side} = {pw}; together {answer}.",
    ],
    ko: [
        "{side}×{side} 맵 위의 Inception식 모듈: 채널 {c} → {c}인 3×3 합성곱을 타워(그룹) {t}개로 나누고, 이어서 채널 {c} → {n}인 1×1 합성곱을 둡니다. MACs는 몇 번일까요?",
        "타워들: 3·3·({c}/{t})·{c}·{side}·{side} = {spatial}, 1×1: {c}·{n}·{side}·{side} = {pw}, 합하여 {answer}.",
    ],
};

const TOWER_RATIO: Texts = Texts {
    en: [
        "The same module (3×3 {c} → {c}, then 1×1 {c} → {n}, on {side}×{side}) goes from one tower to {t} towers. How many times fewer MACs does it do?",
        "One tower: {one} MACs; {t} towers: {many}; {answer}. The 1×1 part does not shrink, so the saving stays under {t}×.",
    ],
    ko: [
        "같은 모듈(3×3 {c} → {c}, 이어서 1×1 {c} → {n}, {side}×{side} 맵)의 타워를 하나에서 {t}개로 늘립니다. MACs가 몇 배 적어질까요?",
        "타워 하나: {one} MACs, 타워 {t}개: {many} MACs, {answer}. 1×1 부분은 줄지 않으므로 {t}배보다 덜 줄어듭니다.",
    ],
};

const EXTREME: Texts = Texts {
    en: [
        "At the extreme, one tower per channel ({c} towers: a depth-wise separable layer, as in Xception), how many parameters (weights, no bias) does the module 3×3 {c} → {c}, then 1×1 {c} → {n} have?",
        "{c} depth-wise 3×3 filters (9·{c} = {dw}) plus the 1×1 ({c}·{n} = {pw}): {answer}.",
    ],
    ko: [
        "극단까지 가서 채널마다 타워를 하나씩 두면(타워 {c}개: Xception의 깊이별 분리 합성곱), 3×3 {c} → {c}, 이어서 1×1 {c} → {n}인 모듈의 파라미터(가중치, 편향 제외)는 몇 개일까요?",
        "깊이별 3×3 필터 {c}개(9·{c} = {dw})와 1×1 합성곱({c}·{n} = {pw})을 더해 {answer}.",
    ],
};

/// Xception's spectrum: a 3×3 layer in t towers then a 1×1 (the lesson's widget), its MACs
/// 9·(C/t)·C·H·W + C·N·H·W, the saving from one tower to t, and the weights at the
/// extreme t = C (9·C + C·N).
pub fn xception(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 9);
    let c = p.one_of(&[128, 256, 728, 512, 64]);
    let n = p.one_of(&[256, 128, 728, 512]);
    let t = p.one_of(&dividing(&[4, 2, 8, 16, 32], &[c]));
    let side = p.one_of(&[19, 10, 38, 14]);
    let with = |towers| ChannelLayer::square(c, c, 3, towers, Some(n), side);
    let (one, many, extreme) = (with(1).cost(), with(t), with(c).cost());
    let values = ints(&[("c", c), ("n", n), ("t", t), ("side", side)]);
    vec![
        ask(
            lang,
            &TOWER_MACS,
            many.cost().macs as f64,
            Form::Count,
            &values,
            &[
                ("spatial", thousands(many.spatial_cost().macs)),
                ("pw", thousands(many.pointwise_cost().macs)),
            ],
        ),
        ask(
            lang,
            &TOWER_RATIO,
            one.macs as f64 / many.cost().macs.max(1) as f64,
            Form::Times,
            &values,
            &[
                ("one", thousands(one.macs)),
                ("many", thousands(many.cost().macs)),
            ],
        ),
        ask(
            lang,
            &EXTREME,
            extreme.params as f64,
            Form::Count,
            &values[..2],
            &[
                ("dw", thousands(with(c).spatial_cost().params)),
                ("pw", thousands(with(c).pointwise_cost().params)),
            ],
        ),
    ]
}
