//! The opening chapters' questions: what a plain convolution costs (Simonyan & Zisserman
//! 2015's VGG stack, costed by [`crate::plain`]) and the playground's output size.

use super::{ask, ints, Exercise, Form, Pick, Texts};
use crate::channels::layer::ChannelLayer;
use crate::format::thousands;
use crate::i18n::Lang;
use crate::plain::{macs_with, PlainState};
use crate::playground::compute::spec_of;
use crate::playground::kernel::Preset;
use crate::playground::PlaygroundState;

const WEIGHTS: Texts = Texts {
    en: [
        "A {k}×{k} convolution takes {c_in} channels to {c_out}. How many weights does it have (no bias)?",
        "Each of the {c_out} filters has k·k·C_in weights: {k}·{k}·{c_in}·{c_out} = {answer}.",
    ],
    ko: [
        "{k}×{k} 합성곱이 채널 {c_in}개를 {c_out}개로 바꿉니다. 가중치는 몇 개일까요 (편향 제외)?",
        "필터 {c_out}개가 각각 k·k·C_in개의 가중치를 가집니다: {k}·{k}·{c_in}·{c_out} = {answer}.",
    ],
};

const MACS: Texts = Texts {
    en: [
        "The same {k}×{k} convolution, {c_in} → {c_out} channels, runs on a {side}×{side} map (stride 1, same padding). How many multiply-accumulates (MACs) does it do per image?",
        "Every weight is used once at each of the {side}·{side} output positions: {k}·{k}·{c_in}·{c_out}·{side}·{side} = {answer}.",
    ],
    ko: [
        "같은 {k}×{k} 합성곱(채널 {c_in} → {c_out})이 {side}×{side} 맵에서 돌아갑니다 (스트라이드 1, same 패딩). 이미지 한 장에 곱셈-누산(MACs)은 몇 번일까요?",
        "가중치 하나가 출력 위치 {side}·{side}곳마다 한 번씩 쓰입니다: {k}·{k}·{c_in}·{c_out}·{side}·{side} = {answer}.",
    ],
};

const WIDER: Texts = Texts {
    en: [
        "A VGG-like stack on a {side}×{side} RGB image: {stages} stages, each with {depth} convolutions of 3×3; {width} channels in the first stage, doubled after each 2×2 max pool (up to 8 times). If the width is doubled, the total MACs are multiplied by how much?",
        "Every layer but the first has both C_in and C_out doubled, so its MACs grow 4×; the first reads the 3 RGB channels and grows only 2×: {before} → {after} MACs, {answer}.",
    ],
    ko: [
        "{side}×{side} RGB 이미지를 읽는 VGG 형태의 네트워크: 스테이지 {stages}개에 스테이지마다 3×3 합성곱 {depth}개, 첫 스테이지의 채널은 {width}개이고 2×2 최대 풀링 뒤마다 두 배가 됩니다 (최대 8배). 폭을 두 배로 늘리면 전체 MACs는 몇 배가 될까요?",
        "첫 층을 뺀 모든 층은 C_in과 C_out이 함께 두 배가 되어 MACs가 4배로 늘고, RGB 3채널을 읽는 첫 층만 2배로 늡니다: MACs {before} → {after}, {answer}.",
    ],
};

/// Why plain CNNs get expensive: one layer's weights and MACs (k·k·C_in·C_out·H·W, from
/// [`crate::channels::layer::ChannelLayer::cost`]) and what doubling a VGG-like stack's
/// width does to its MACs (about 4×, from [`macs_with`], the chapter's own scaling line).
pub fn expensive(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 1);
    let k = p.one_of(&[3, 5, 7]);
    let c_in = p.one_of(&[256, 64, 128, 512]);
    let c_out = p.one_of(&[256, 128, 512, 64]);
    let side = p.one_of(&[56, 28, 14, 112]);
    let cost = ChannelLayer::square(c_in, c_out, k, 1, None, side).cost();
    let conv = ints(&[("k", k), ("c_in", c_in), ("c_out", c_out), ("side", side)]);
    let state = PlainState {
        width: p.one_of(&[64, 32, 16]),
        depth: p.one_of(&[2, 1, 3]),
        stages: p.one_of(&[5, 4, 3]),
        side: p.one_of(&[224, 128, 64, 32]),
        pool: true,
    };
    let before = state.summary().map_or(0, |s| s.macs);
    let after = macs_with(&state, |s| s.width *= 2).unwrap_or(0);
    let stack = ints(&[
        ("stages", state.stages),
        ("depth", state.depth),
        ("width", state.width),
        ("side", state.side),
    ]);
    vec![
        ask(
            lang,
            &WEIGHTS,
            cost.params as f64,
            Form::Count,
            &conv[..3],
            &[],
        ),
        ask(lang, &MACS, cost.macs as f64, Form::Count, &conv, &[]),
        ask(
            lang,
            &WIDER,
            after as f64 / before.max(1) as f64,
            Form::Times,
            &stack,
            &[("before", thousands(before)), ("after", thousands(after))],
        ),
    ]
}

const OUT_SIDE: Texts = Texts {
    en: [
        "A {n}×{n} input, a {k}×{k} kernel, stride {s}, padding {p} on every side, dilation {d}. How many pixels wide is the output?",
        "The dilated kernel spans d(k−1)+1 = {span} pixels, so the output side is ⌊(n + 2p − {span})/s⌋ + 1 = ⌊({n} + {pp} − {span})/{s}⌋ + 1 = {answer}.",
    ],
    ko: [
        "입력 {n}×{n}, 커널 {k}×{k}, 스트라이드 {s}, 사방 패딩 {p}, 팽창 {d}입니다. 출력의 한 변은 몇 픽셀일까요?",
        "팽창된 커널은 d(k−1)+1 = {span}픽셀에 걸치므로 출력의 한 변은 ⌊(n + 2p − {span})/s⌋ + 1 = ⌊({n} + {pp} − {span})/{s}⌋ + 1 = {answer}입니다.",
    ],
};

const OUT_MACS: Texts = Texts {
    en: [
        "A {k}×{k} kernel with dilation {d} slides over a {n}×{n} input with stride {s} and padding {p}, one input and one output channel. How many multiply-accumulates does the whole output take (taps on the padding count too)?",
        "Each of the {out}×{out} outputs takes k·k = {kk} multiply-adds: {out}·{out}·{kk} = {answer}. Dilation spreads the taps but adds none.",
    ],
    ko: [
        "팽창 {d}인 {k}×{k} 커널이 {n}×{n} 입력 위를 움직입니다 (스트라이드 {s}, 사방 패딩 {p}). 입력 채널과 출력 채널이 하나씩일 때, 출력 전체에 곱셈-누산은 몇 번일까요 (패딩 위의 탭도 셉니다)?",
        "출력 {out}×{out}개가 각각 k·k = {kk}번의 곱셈-누산을 합니다: {out}·{out}·{kk} = {answer}. 팽창은 탭을 벌릴 뿐 늘리지 않습니다.",
    ],
};

/// The playground: the output side ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1 and the MACs of the
/// whole output, from the playground's own conv2d spec ([`spec_of`]).
pub fn playground(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 2);
    // The widest dilated kernel, 3·(7−1)+1 = 19, fits in every input.
    let (n, k) = (p.one_of(&[28, 32, 24, 20]), p.one_of(&[3, 5, 7]));
    let (s, pad, d) = (
        p.one_of(&[2, 1, 3]),
        p.one_of(&[1, 0, 2, 3]),
        p.one_of(&[2, 1, 3]),
    );
    let spec = spec_of(&PlaygroundState {
        size: n,
        kernel: Preset::Identity.build(k, k),
        stride: s,
        padding: pad,
        dilation: d,
        ..PlaygroundState::default()
    });
    let out = spec.output_shape([1, n, n]).map_or(0, |[_, h, _]| h);
    let values = ints(&[("n", n), ("k", k), ("s", s), ("p", pad), ("d", d)]);
    let written = |v: usize| thousands(v as u64);
    vec![
        ask(
            lang,
            &OUT_SIDE,
            out as f64,
            Form::Count,
            &values,
            &[
                ("span", written(spec.extent()[0])),
                ("pp", written(2 * pad)),
            ],
        ),
        ask(
            lang,
            &OUT_MACS,
            spec.macs(out, out) as f64,
            Form::Count,
            &values,
            &[("out", written(out)), ("kk", written(k * k))],
        ),
    ]
}
