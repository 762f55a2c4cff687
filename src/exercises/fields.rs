//! Questions on what a unit sees: receptive fields of dilated and strided stacks (the
//! explorer's recurrence, Araujo et al. 2019; Yu & Koltun 2016) and factorized kernels
//! (Szegedy et al. 2016, costed by [`crate::factor::compare::stack_cost`]).

use super::{ask, ints, Exercise, Form, Pick, Texts};
use crate::factor::compare::{stack_cost, StackCost, PAIRS};
use crate::format::thousands;
use crate::i18n::Lang;
use crate::rfield::field::field_of;
use crate::rfield::stack::{LayerKind, StackLayer};

const DILATED_STACK: Texts = Texts {
    en: [
        "Three {k}×{k} convolutions with stride 1 and dilations {d1}, {d2} and {d3} are stacked. How many input pixels wide is the receptive field of one output unit?",
        "Each layer widens the field by (k−1)·d: 1 + {k1}·{d1} + {k1}·{d2} + {k1}·{d3} = {answer}.",
    ],
    ko: [
        "{k}×{k} 합성곱 세 개를 스트라이드 1로 쌓았고, 팽창은 차례로 {d1}, {d2}, {d3}입니다. 출력 유닛 하나의 수용 영역은 입력 픽셀 몇 개 너비일까요?",
        "층마다 수용 영역이 (k−1)·d만큼 넓어집니다: 1 + {k1}·{d1} + {k1}·{d2} + {k1}·{d3} = {answer}.",
    ],
};

const SPAN: Texts = Texts {
    en: [
        "A {k}×{k} kernel has dilation {d}. How many input pixels wide is the window its taps span?",
        "Neighbouring taps sit {d} pixels apart, so the span is (k−1)·d + 1 = ({k}−1)·{d} + 1 = {answer}, with still only {kk} weights.",
    ],
    ko: [
        "{k}×{k} 커널의 팽창이 {d}입니다. 탭들이 걸치는 창은 입력 픽셀 몇 개 너비일까요?",
        "이웃한 탭이 {d}픽셀씩 떨어져 있으므로 폭은 (k−1)·d + 1 = ({k}−1)·{d} + 1 = {answer}이고, 가중치는 여전히 {kk}개뿐입니다.",
    ],
};

const STRIDED: Texts = Texts {
    en: [
        "A {k1}×{k1} convolution with stride {s1}, then a {k2}×{k2} max pool with stride 2, then a {k3}×{k3} convolution with stride 1. How many input pixels wide is the last layer's receptive field?",
        "Each layer adds (k−1) times the product of the strides before it: {k1} + ({k2}−1)·{s1} + ({k3}−1)·{s12} = {answer}.",
    ],
    ko: [
        "스트라이드 {s1}인 {k1}×{k1} 합성곱, 스트라이드 2인 {k2}×{k2} 최대 풀링, 스트라이드 1인 {k3}×{k3} 합성곱을 차례로 쌓았습니다. 마지막 층의 수용 영역은 입력 픽셀 몇 개 너비일까요?",
        "층마다 (k−1)에 앞선 스트라이드들의 곱을 곱한 만큼 넓어집니다: {k1} + ({k2}−1)·{s1} + ({k3}−1)·{s12} = {answer}.",
    ],
};

/// A `k × k` layer of the explorer's stacks.
fn window(kind: LayerKind, k: usize, stride: usize, dilation: usize) -> StackLayer {
    StackLayer {
        kind,
        kernel: [k, k],
        stride,
        dilation,
        padding: 0,
    }
}

/// Dilated convolution and receptive fields: a dilated stack's field 1 + Σ(k−1)·d_i, one
/// kernel's span (k−1)·d + 1 ([`StackLayer::extent`]) and a strided stack's field
/// r_l = r_{l−1} + (k_l − 1)·S_{l−1}, all through the explorer's [`field_of`].
pub fn dilation(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 3);
    let k = p.one_of(&[3, 5]);
    let ds = [
        p.one_of(&[1, 2]),
        p.one_of(&[2, 1, 3]),
        p.one_of(&[4, 2, 3, 5]),
    ];
    let field = field_of(&ds.map(|d| window(LayerKind::Conv, k, 1, d))).size[0];
    let one = window(
        LayerKind::Conv,
        p.one_of(&[3, 5, 7]),
        1,
        p.one_of(&[2, 4, 3, 6]),
    );
    let (k1, s1, k2, k3) = (
        p.one_of(&[7, 5, 3]),
        p.one_of(&[2, 1, 4]),
        p.one_of(&[3, 2]),
        p.one_of(&[3, 5]),
    );
    let strided = field_of(&[
        window(LayerKind::Conv, k1, s1, 1),
        window(LayerKind::MaxPool, k2, 2, 1),
        window(LayerKind::Conv, k3, 1, 1),
    ])
    .size[0];
    let [d1, d2, d3] = ds;
    let (ko, d) = (one.kernel[0], one.dilation);
    vec![
        ask(
            lang,
            &DILATED_STACK,
            field as f64,
            Form::Count,
            &ints(&[("k", k), ("d1", d1), ("d2", d2), ("d3", d3)]),
            &[("k1", thousands(k as u64 - 1))],
        ),
        ask(
            lang,
            &SPAN,
            one.extent()[0] as f64,
            Form::Count,
            &ints(&[("k", ko), ("d", d)]),
            &[("kk", thousands((ko * ko) as u64))],
        ),
        ask(
            lang,
            &STRIDED,
            strided as f64,
            Form::Count,
            &ints(&[("k1", k1), ("s1", s1), ("k2", k2), ("k3", k3)]),
            &[("s12", thousands(2 * s1 as u64))],
        ),
    ]
}

const STACK_MACS: Texts = Texts {
    en: [
        "One {n}×{n} convolution is replaced by the stack {stack}, each layer {c} → {c} channels on a {side}×{side} map (stride 1, same padding, no bias). How many MACs does the stack do?",
        "The stack has {per_pair} weights per channel pair instead of {nn}, each used at every position: {per_pair}·{c}·{c}·{side}·{side} = {answer}.",
    ],
    ko: [
        "{n}×{n} 합성곱 하나를 {stack} 층들로 바꿉니다. 각 층은 {side}×{side} 맵에서 채널 {c} → {c}입니다 (스트라이드 1, same 패딩, 편향 없음). 이 층들의 MACs는 모두 몇 번일까요?",
        "이 층들은 채널 쌍마다 가중치가 {nn}개가 아니라 {per_pair}개이고, 그 가중치가 위치마다 쓰입니다: {per_pair}·{c}·{c}·{side}·{side} = {answer}.",
    ],
};

const SAVED: Texts = Texts {
    en: [
        "The stack {stack} sees the same {n}×{n} window as one {n}×{n} convolution. What percentage of the weights does it save?",
        "{per_pair} weights per channel pair instead of {nn}: 1 − {per_pair}/{nn} = {answer} fewer, at any number of channels.",
    ],
    ko: [
        "{stack} 층들은 {n}×{n} 합성곱 하나와 같은 {n}×{n} 창을 봅니다. 가중치를 몇 퍼센트 줄일까요?",
        "채널 쌍마다 가중치가 {nn}개에서 {per_pair}개로 줍니다: 1 − {per_pair}/{nn} = {answer} 감소이며, 채널 수와 무관합니다.",
    ],
};

/// The comparison `PAIRS[pair]` at `c → c` channels on `side × side`: the single layer's
/// and the stack's costs, the numbers drawn (`n`, the single kernel's side; `layers`;
/// `layer_taps`, k_h·k_w of each layer) and the texts' (`stack` written `3×3 → 3×3`,
/// `per_pair`, `nn`: weights per channel pair of the stack and of the single kernel).
fn compared(pair: usize, c: usize, side: usize) -> (StackCost, StackCost, Values, Extra) {
    let (one, many) = (
        stack_cost(PAIRS[pair].0, c, side),
        stack_cost(PAIRS[pair].1, c, side),
    );
    let kernel = |layer: &str| match &layer[1..] {
        k if k.contains('x') => k.replace('x', "×"),
        k => format!("{k}×{k}"),
    };
    let stack: Vec<String> = many.text.split(',').map(kernel).collect();
    let values = ints(&[
        ("n", one.field[0] as usize),
        ("layers", many.layers),
        ("layer_taps", many.weights_per_pair / many.layers.max(1)),
    ]);
    let extra = vec![
        ("stack", stack.join(" → ")),
        ("per_pair", thousands(many.weights_per_pair as u64)),
        ("nn", thousands(one.weights_per_pair as u64)),
    ];
    (one, many, values, extra)
}

type Values = Vec<(&'static str, f64)>;
type Extra = Vec<(&'static str, String)>;

/// Convolution factorization: the MACs of a factorized stack (Σ k_h·k_w · C² · H·W) and
/// the share of weights it saves against the single kernel (1 − Σ k_h·k_w / n²), both
/// from [`stack_cost`], the chapter's comparison table.
pub fn factorization(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 4);
    let pair = p.one_of(&[0, 1, 2, 3, 4]);
    let (c, side) = (p.one_of(&[64, 32, 128, 192]), p.one_of(&[35, 17, 28, 14]));
    let (_, many, mut values, extra) = compared(pair, c, side);
    values.extend(ints(&[("c", c), ("side", side)]));
    let (one2, many2, values2, extra2) = compared(p.one_of(&[0, 1, 2, 3, 4]), c, side);
    let saved = 100.0 * (1.0 - many2.params as f64 / one2.params as f64);
    vec![
        ask(
            lang,
            &STACK_MACS,
            many.macs as f64,
            Form::Count,
            &values,
            &extra,
        ),
        ask(lang, &SAVED, saved, Form::Percent, &values2, &extra2),
    ]
}
