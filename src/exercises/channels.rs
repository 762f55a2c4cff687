//! The channel lessons' questions: point-wise, group and depth-wise convolutions, costed by
//! the widget's own [`crate::channels::layer::ChannelLayer`] (weights k_h·k_w·(C_in/g)·C_out,
//! MACs that times H·W) and the point-wise lesson's bottleneck table (He et al. 2016).

use super::{ask, dividing, ints, Exercise, Form, Pick, Texts};
use crate::channels::layer::ChannelLayer;
use crate::channels::published::{Bottleneck, Reduction};
use crate::format::thousands;
use crate::i18n::Lang;

const ONE_BY_ONE: Texts = Texts {
    en: [
        "How many parameters (weights, no bias) does a 1×1 convolution from {c_in} to {c_out} channels have?",
        "A 1×1 filter is one weight per input channel, and there are {c_out} filters: {c_in}·{c_out} = {answer}, whatever the map size.",
    ],
    ko: [
        "채널 {c_in}개를 {c_out}개로 바꾸는 1×1 합성곱(점별 합성곱)의 파라미터(가중치, 편향 제외)는 몇 개일까요?",
        "1×1 필터는 입력 채널마다 가중치 하나이고, 필터가 {c_out}개입니다: {c_in}·{c_out} = {answer}. 맵 크기와 무관합니다.",
    ],
};

const BOTTLENECK: Texts = Texts {
    en: [
        "A 3×3 convolution {c} → {c} on a {side}×{side} map, against ResNet's bottleneck: 1×1 {c} → {m}, 3×3 {m} → {m}, 1×1 {m} → {c}. How many times fewer MACs does the bottleneck do?",
        "Plain: 9·{c}·{c}·{side}² = {plain} MACs; bottleneck: ({c}·{m} + 9·{m}·{m} + {m}·{c})·{side}² = {reduced} MACs; {plain} / {reduced} = {answer}.",
    ],
    ko: [
        "{side}×{side} 맵에서 채널 {c} → {c}인 3×3 합성곱과 ResNet의 병목(1×1 {c} → {m}, 3×3 {m} → {m}, 1×1 {m} → {c})을 비교합니다. 병목의 MACs는 몇 배 적을까요?",
        "일반 층: 9·{c}·{c}·{side}² = {plain} MACs, 병목: ({c}·{m} + 9·{m}·{m} + {m}·{c})·{side}² = {reduced} MACs, {plain} / {reduced} = {answer}.",
    ],
};

/// Point-wise convolution: a 1×1 layer's C_in·C_out weights, and how many times fewer MACs
/// ResNet's 1×1 bottleneck does than a plain 3×3 layer ([`Bottleneck::reduced_cost`]).
pub fn pointwise(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 5);
    let c_in = p.one_of(&[256, 192, 512, 128, 1024]);
    let c_out = p.one_of(&[64, 32, 128, 256, 96]);
    let params = ChannelLayer::square(c_in, c_out, 1, 1, None, 1)
        .cost()
        .params;
    let c = p.one_of(&[256, 512, 128, 1024]);
    let m = c / p.one_of(&[4, 2, 8]);
    let side = p.one_of(&[56, 28, 14]);
    let b = Bottleneck {
        which: Reduction::ResNet,
        plain: ChannelLayer::square(c, c, 3, 1, None, side),
        reduced: vec![
            ChannelLayer::square(c, m, 1, 1, None, side),
            ChannelLayer::square(m, m, 3, 1, None, side),
            ChannelLayer::square(m, c, 1, 1, None, side),
        ],
    };
    let (plain, reduced) = (b.plain.cost().macs, b.reduced_cost().macs);
    vec![
        ask(
            lang,
            &ONE_BY_ONE,
            params as f64,
            Form::Count,
            &ints(&[("c_in", c_in), ("c_out", c_out)]),
            &[],
        ),
        ask(
            lang,
            &BOTTLENECK,
            plain as f64 / reduced.max(1) as f64,
            Form::Times,
            &ints(&[("c", c), ("m", m), ("side", side)]),
            &[("plain", thousands(plain)), ("reduced", thousands(reduced))],
        ),
    ]
}

const GROUP_PARAMS: Texts = Texts {
    en: [
        "How many parameters (weights, no bias) does a {k}×{k} convolution from {c_in} to {c_out} channels with g = {g} groups have?",
        "Each of the {c_out} filters reads only its group's C_in/g = {cg} channels: {k}·{k}·{cg}·{c_out} = {answer}, 1/{g} of the standard layer's {std}.",
    ],
    ko: [
        "채널 {c_in}개를 {c_out}개로 바꾸는 {k}×{k} 그룹 합성곱(그룹 g = {g})의 파라미터(가중치, 편향 제외)는 몇 개일까요?",
        "필터 {c_out}개가 각자 자기 그룹의 채널 C_in/g = {cg}개만 읽습니다: {k}·{k}·{cg}·{c_out} = {answer}. 표준 층 {std}개의 {g}분의 1입니다.",
    ],
};

const GROUP_MACS: Texts = Texts {
    en: [
        "A {k}×{k} group convolution, {c_in} → {c_out} channels in g = {g} groups, runs on a {side}×{side} map (stride 1, same padding). How many MACs does it do?",
        "Each output value takes k·k·C_in/g multiply-adds, and there are C_out·H·W of them: {k}·{k}·{cg}·{c_out}·{side}·{side} = {answer}.",
    ],
    ko: [
        "{k}×{k} 그룹 합성곱(채널 {c_in} → {c_out}, 그룹 g = {g})이 {side}×{side} 맵에서 돌아갑니다 (스트라이드 1, same 패딩). MACs는 몇 번일까요?",
        "출력값 하나에 k·k·C_in/g번의 곱셈-누산이 들고, 출력값은 C_out·H·W개입니다: {k}·{k}·{cg}·{c_out}·{side}·{side} = {answer}.",
    ],
};

const GROUP_RATIO: Texts = Texts {
    en: [
        "A {k}×{k} convolution {c_in} → {c_out} on a {side}×{side} map is split into g = {g} groups. How many times fewer MACs does it do than the standard layer (g = 1)?",
        "Every output reads {g} times fewer input channels: {std} / {grouped} MACs = {answer}.",
    ],
    ko: [
        "{side}×{side} 맵에서 채널 {c_in} → {c_out}인 {k}×{k} 합성곱을 그룹 g = {g}개로 나눕니다. 표준 층(g = 1)보다 MACs가 몇 배 적을까요?",
        "출력마다 읽는 입력 채널이 {g}분의 1이 됩니다: {std} / {grouped} MACs = {answer}.",
    ],
};

/// Group convolution: a grouped layer's weights k·k·(C_in/g)·C_out (the example at
/// seed 0: 3×3, 256 → 256, g = 32), its MACs, and the ratio to the standard layer
/// ([`crate::channels::layer::ChannelLayer::ratio`], 1/g).
pub fn group(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 6);
    let k = p.one_of(&[3, 5]);
    let c_in = p.one_of(&[256, 128, 64, 512, 96]);
    let c_out = p.one_of(&[256, 512, 128, 64, 192]);
    let g = p.one_of(&dividing(&[32, 2, 4, 8, 16, 64], &[c_in, c_out]));
    let side = p.one_of(&[14, 28, 56, 7]);
    let l = ChannelLayer::square(c_in, c_out, k, g, None, side);
    let (cost, std) = (l.cost(), l.standard_cost());
    let values = ints(&[
        ("k", k),
        ("c_in", c_in),
        ("c_out", c_out),
        ("g", g),
        ("side", side),
    ]);
    let cg = ("cg", thousands(l.spec().in_per_group() as u64));
    vec![
        ask(
            lang,
            &GROUP_PARAMS,
            cost.params as f64,
            Form::Count,
            &values[..4],
            &[cg.clone(), ("std", thousands(std.params))],
        ),
        ask(
            lang,
            &GROUP_MACS,
            cost.macs as f64,
            Form::Count,
            &values,
            &[cg],
        ),
        ask(
            lang,
            &GROUP_RATIO,
            1.0 / l.ratio(),
            Form::Times,
            &values,
            &[
                ("std", thousands(std.macs)),
                ("grouped", thousands(cost.macs)),
            ],
        ),
    ]
}

const DW_MACS: Texts = Texts {
    en: [
        "A depth-wise {k}×{k} convolution runs on {c} channels of a {side}×{side} map (stride 1, same padding). How many MACs does it do?",
        "Each channel is filtered by its own {k}×{k} kernel: {k}·{k}·{c}·{side}·{side} = {answer}.",
    ],
    ko: [
        "깊이별 {k}×{k} 합성곱이 {side}×{side} 맵의 채널 {c}개에서 돌아갑니다 (스트라이드 1, same 패딩). MACs는 몇 번일까요?",
        "채널마다 자기 {k}×{k} 커널 하나로 걸러집니다: {k}·{k}·{c}·{side}·{side} = {answer}.",
    ],
};

const DW_PARAMS: Texts = Texts {
    en: [
        "A depth-wise {k}×{k} convolution on {c} channels has depth multiplier {mult}: each channel gets {mult} filters. How many parameters (weights, no bias) does it have?",
        "{c_out} filters of {k}×{k}, each reading a single channel: {k}·{k}·{c_out} = {answer}.",
    ],
    ko: [
        "채널 {c}개에 대한 깊이별 {k}×{k} 합성곱의 깊이 배수가 {mult}입니다. 채널마다 필터가 {mult}개씩입니다. 파라미터(가중치, 편향 제외)는 몇 개일까요?",
        "{k}×{k} 필터 {c_out}개가 각각 채널 하나만 읽습니다: {k}·{k}·{c_out} = {answer}.",
    ],
};

const DW_RATIO: Texts = Texts {
    en: [
        "How many times fewer MACs does a depth-wise {k}×{k} convolution on {c} channels do than a standard {k}×{k} convolution {c} → {c} on the same {side}×{side} map?",
        "The standard layer's outputs each read all {c} channels, the depth-wise layer's only one: {std} / {dw} MACs = {answer}.",
    ],
    ko: [
        "채널 {c}개에 대한 깊이별 {k}×{k} 합성곱은 같은 {side}×{side} 맵에서 채널 {c} → {c}인 표준 {k}×{k} 합성곱보다 MACs가 몇 배 적을까요?",
        "표준 층의 출력은 채널 {c}개를 모두 읽고, 깊이별 층의 출력은 하나만 읽습니다: {std} / {dw} MACs = {answer}.",
    ],
};

/// Depth-wise convolution (g = C_in): its MACs k·k·C·H·W, its weights k·k·C·multiplier,
/// and C times fewer MACs than the standard layer.
pub fn depthwise(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 7);
    let c = p.one_of(&[512, 32, 64, 128, 256, 1024]);
    let k = p.one_of(&[3, 5, 7]);
    let side = p.one_of(&[14, 112, 56, 28, 7]);
    let mult = p.one_of(&[2, 1, 4]);
    let dw = ChannelLayer::square(c, c, k, c, None, side);
    let multiplied = ChannelLayer::square(c, c * mult, k, c, None, side);
    let values = ints(&[("k", k), ("c", c), ("side", side)]);
    let (macs, std) = (dw.cost().macs, dw.standard_cost().macs);
    vec![
        ask(lang, &DW_MACS, macs as f64, Form::Count, &values, &[]),
        ask(
            lang,
            &DW_PARAMS,
            multiplied.cost().params as f64,
            Form::Count,
            &ints(&[("k", k), ("c", c), ("mult", mult)]),
            &[("c_out", thousands((c * mult) as u64))],
        ),
        ask(
            lang,
            &DW_RATIO,
            1.0 / dw.ratio(),
            Form::Times,
            &values,
            &[("std", thousands(std)), ("dw", thousands(macs))],
        ),
    ]
}
