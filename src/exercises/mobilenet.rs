//! MobileNet v1's questions (Howard et al. 2017): one layer through Table 3's walk
//! ([`walk`]: separable, ×α, ×ρ), the α²ρ² law ([`law`]) and eq. 5 ([`eq5`]), the
//! functions the chapter's table and chart use.

use super::{ask, ints, Exercise, Form, Pick, Texts};
use crate::format::thousands;
use crate::i18n::Lang;
use crate::mobilenet::{eq5, law, separable_cost, standard_cost, walk, LayerSpec};

const LAYER_MACS: Texts = Texts {
    en: [
        "A MobileNet layer (3×3 depth-wise, then 1×1) with M = {m} input and N = {n} output channels on a {df}×{df} map is thinned by the width multiplier α = {alpha} and shrunk by the resolution multiplier ρ = {res}/224. How many MACs does it do?",
        "α leaves ⌊α·M⌋ = {am} and ⌊α·N⌋ = {an} channels, ρ a map of round(ρ·D_F) = {rdf}: (3·3·{am} + {am}·{an})·{rdf}·{rdf} = {answer}.",
    ],
    ko: [
        "MobileNet 층(3×3 깊이별, 이어서 1×1)의 입력 채널은 M = {m}, 출력 채널은 N = {n}, 맵은 {df}×{df}입니다. 폭 배수 α = {alpha}로 가늘게 하고 해상도 배수 ρ = {res}/224로 작게 하면 MACs는 몇 번일까요?",
        "α를 적용하면 채널은 ⌊α·M⌋ = {am}, ⌊α·N⌋ = {an}, ρ를 적용하면 맵은 round(ρ·D_F) = {rdf}입니다: (3·3·{am} + {am}·{an})·{rdf}·{rdf} = {answer}.",
    ],
};

const LAW: Texts = Texts {
    en: [
        "The whole MobileNet v1 with width multiplier α = {alpha} on a {res}×{res} input (ρ = {res}/224): by the α²ρ² law, what percentage of 1.0 MobileNet-224's MACs does it keep?",
        "Both channel counts of every layer shrink by α and both map sides by ρ: α²·ρ² = {alpha}²·({res}/224)² = {answer}.",
    ],
    ko: [
        "폭 배수 α = {alpha}, 입력 {res}×{res}(해상도 배수 ρ = {res}/224)인 MobileNet v1 전체는 α²ρ² 법칙에 따르면 1.0 MobileNet-224의 MACs 가운데 몇 퍼센트를 쓸까요?",
        "모든 층에서 두 채널 수가 α배로, 맵의 두 변이 ρ배로 줄어듭니다: α²·ρ² = {alpha}²·({res}/224)² = {answer}.",
    ],
};

const EQ5: Texts = Texts {
    en: [
        "At α = 1 and ρ = 1, how many times fewer MACs does the MobileNet layer (3×3 depth-wise on {m} channels, then 1×1 {m} → {n}) do than a standard 3×3 convolution {m} → {n}?",
        "Eq. 5: separable / standard = 1/N + 1/D_K² = 1/{n} + 1/9 = {frac}, so {std} / {sep} MACs = {answer}.",
    ],
    ko: [
        "α = 1, ρ = 1일 때 MobileNet 층(채널 {m}개에 3×3 깊이별, 이어서 1×1 {m} → {n})은 채널 {m} → {n}인 표준 3×3 합성곱보다 MACs가 몇 배 적을까요?",
        "식 5: 분리 합성곱 / 표준 = 1/N + 1/D_K² = 1/{n} + 1/9 = {frac}, 따라서 {std} / {sep} MACs = {answer}.",
    ],
};

/// MobileNet: a layer's MACs after α and ρ ((D_K²·αM + αM·αN)·(ρD_F)², Table 3's last
/// row at seed 0: 15.1 M), the α²ρ² share of the network's MACs, and eq. 5's saving.
pub fn mobilenet(seed: u64, lang: Lang) -> Vec<Exercise> {
    let mut p = Pick::new(seed, 11);
    let spec = LayerSpec {
        m: p.one_of(&[512, 128, 256, 1024, 64]),
        n: p.one_of(&[512, 256, 128, 1024]),
        df: p.one_of(&[14, 28, 56, 7]),
        dk: 3,
    };
    let alpha: f32 = p.one_of(&[0.75, 0.5, 0.25]);
    let res = p.one_of(&[160, 128, 192]);
    // The walk's last step: the MobileNet layer at αM, αN and ρD_F.
    let (small, macs) = walk(&spec, alpha, res)
        .ok()
        .and_then(|steps| steps.last().map(|&(_, layer, cost)| (layer, cost.macs)))
        .unwrap_or((spec, 0));
    let mut values = ints(&[("m", spec.m), ("n", spec.n), ("df", spec.df), ("res", res)]);
    values.push(("alpha", alpha as f64));
    let layer_extra = [
        ("am", thousands(small.m as u64)),
        ("an", thousands(small.n as u64)),
        ("rdf", thousands(small.df as u64)),
    ];
    let std = standard_cost(&spec).map_or(0, |c| c.macs);
    let sep = separable_cost(&spec).map_or(0, |c| c.macs);
    let law_values = [values[3], values[4]];
    vec![
        ask(
            lang,
            &LAYER_MACS,
            macs as f64,
            Form::Count,
            &values,
            &layer_extra,
        ),
        ask(
            lang,
            &LAW,
            // The law from a base of 1 MAC is the share α²ρ² itself.
            100.0 * law(1, alpha, res),
            Form::Percent,
            &law_values,
            &[],
        ),
        ask(
            lang,
            &EQ5,
            std as f64 / sep.max(1) as f64,
            Form::Times,
            &values[..2],
            &[
                ("frac", format!("{:.4}", eq5(&spec))),
                ("std", thousands(std)),
                ("sep", thousands(sep)),
            ],
        ),
    ]
}
