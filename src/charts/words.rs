//! The fixed words of the atlas's charts (titles, axes, legends, the sources line) in
//! each language the app speaks, so a chart follows the interface language and
//! `convatlas svg --lang ko` writes the same Korean chart. Network names, layer names
//! and citations are not translated.

use crate::i18n::Lang;

/// A chart's words in one language. `{name}` marks where a value goes (see `i18n::fill`).
#[derive(Debug)]
pub struct ChartWords {
    /// Layer kinds in `LayerKind::ALL` order.
    pub kinds: [&'static str; 7],
    pub macs: &'static str,
    pub params: &'static str,
    pub macs_paper: &'static str,
    pub params_paper: &'static str,
    pub cost_by_type: &'static str,
    /// `{net}`, `{macs}`, `{params}`.
    pub type_subtitle: &'static str,
    pub share: &'static str,
    /// A series with no points yet, in a chart's text alternative: `{label}`.
    pub no_points: &'static str,
    /// Axis units: millions, thousands, a plain count.
    pub units: [&'static str; 3],
    pub per_layer: &'static str,
    /// `{net}`, `{what}`.
    pub per_layer_subtitle: &'static str,
    pub rf_growth: &'static str,
    pub rf_subtitle: &'static str,
    pub rf_x: &'static str,
    pub rf_y: &'static str,
    /// `{side}` in pixels.
    pub input: &'static str,
    /// `{names}`, joined by `vs`.
    pub side_by_side: &'static str,
    pub vs: &'static str,
    pub params_millions: &'static str,
    pub macs_millions: &'static str,
    pub rf_pixels: &'static str,
    pub other_networks: &'static str,
    pub accuracy_vs_macs: &'static str,
    pub accuracy_subtitle: &'static str,
    pub macs_log: &'static str,
    pub top1: &'static str,
    pub rings: &'static str,
    pub multipliers: &'static str,
    pub width_curve: &'static str,
    /// `{alpha}`.
    pub alpha: &'static str,
    pub resolution_curve: &'static str,
    pub groups_title: &'static str,
    pub published: &'static str,
    pub computed: &'static str,
    pub complexity: &'static str,
    pub groups_g: &'static str,
    pub error_subtitle: &'static str,
    pub top1_error: &'static str,
}

/// What goes before a figure's citations: "Source: " or "Sources: " in `lang`. (Apart
/// from [`ChartWords`], so that a page whose charts bring their own words does not carry
/// the atlas's.)
pub fn source_prefix(lang: Lang, many: bool) -> &'static str {
    match (lang, many) {
        (Lang::En, false) => "Source: ",
        (Lang::En, true) => "Sources: ",
        (Lang::Ko, _) => "출처: ",
    }
}

impl ChartWords {
    /// The words of `lang`.
    pub fn of(lang: Lang) -> &'static ChartWords {
        match lang {
            Lang::En => &EN,
            Lang::Ko => &KO,
        }
    }
}

static EN: ChartWords = ChartWords {
    kinds: [
        "Conv 1x1",
        "Conv DW",
        "Conv k x k",
        "Conv grouped",
        "Fully connected",
        "Pooling",
        "Other",
    ],
    macs: "MACs",
    params: "Parameters",
    macs_paper: "MACs (paper)",
    params_paper: "Parameters (paper)",
    cost_by_type: "Cost by layer type",
    type_subtitle: "{net}: {macs} MACs, {params} parameters",
    share: "share of the total (%)",
    no_points: "{label}: 0 points so far",
    units: ["millions", "thousands", "count"],
    per_layer: "Parameters and MACs per layer",
    per_layer_subtitle: "{net}: {what} per convolution and fully connected layer, in order",
    rf_growth: "Receptive field growth",
    rf_subtitle:
        "largest theoretical receptive field reached after each convolution or pooling layer",
    rf_x: "convolution and pooling layers, in order",
    rf_y: "receptive field (pixels)",
    input: "input {side} px",
    side_by_side: "Side by side: {names}",
    vs: " vs ",
    params_millions: "Parameters (millions)",
    macs_millions: "MACs (millions)",
    rf_pixels: "Receptive field (pixels)",
    other_networks: "Other networks",
    accuracy_vs_macs: "Accuracy against MACs",
    accuracy_subtitle: "ImageNet top-1 accuracy against multiply-accumulates per image",
    macs_log: "MACs (millions, log scale)",
    top1: "top-1 accuracy (%)",
    rings: "ring: MACs computed by ConvAtlas",
    multipliers: "MobileNet v1: width and resolution multipliers",
    width_curve: "width multiplier alpha (resolution 224)",
    alpha: "alpha {alpha}",
    resolution_curve: "resolution (alpha 1.0)",
    groups_title: "ShuffleNet: cost and error by number of groups",
    published: "published",
    computed: "computed by ConvAtlas",
    complexity: "Complexity (ShuffleNet 1x)",
    groups_g: "groups g",
    error_subtitle: "Top-1 error on ImageNet",
    top1_error: "top-1 error (%)",
};

static KO: ChartWords = ChartWords {
    kinds: [
        "1×1 합성곱",
        "깊이별 합성곱",
        "k×k 합성곱",
        "그룹 합성곱",
        "완전 연결",
        "풀링",
        "기타",
    ],
    macs: "MACs",
    params: "파라미터",
    macs_paper: "MACs (논문)",
    params_paper: "파라미터 (논문)",
    cost_by_type: "층 종류별 비용",
    type_subtitle: "{net}: MACs {macs}, 파라미터 {params}",
    share: "전체에서 차지하는 비중 (%)",
    no_points: "{label}: 아직 점 0개",
    units: ["백만", "천", "개"],
    per_layer: "층별 파라미터와 MACs",
    per_layer_subtitle: "{net}: 합성곱·완전 연결 층별 {what} (순서대로)",
    rf_growth: "수용 영역 (receptive field)의 성장",
    rf_subtitle: "합성곱·풀링 층을 지날 때마다 도달한 가장 큰 이론적 수용 영역",
    rf_x: "합성곱과 풀링 층 (순서대로)",
    rf_y: "수용 영역 (픽셀)",
    input: "입력 {side} px",
    side_by_side: "나란히 보기: {names}",
    vs: " 대 ",
    params_millions: "파라미터 (백만)",
    macs_millions: "MACs (백만)",
    rf_pixels: "수용 영역 (픽셀)",
    other_networks: "그 밖의 신경망",
    accuracy_vs_macs: "MACs 대비 정확도",
    accuracy_subtitle: "이미지 한 장의 곱셈-누산 (MACs) 대비 ImageNet top-1 정확도",
    macs_log: "MACs (백만, 로그 눈금)",
    top1: "top-1 정확도 (%)",
    rings: "고리: ConvAtlas가 계산한 MACs",
    multipliers: "MobileNet v1: 폭 배수와 해상도 배수",
    width_curve: "폭 배수 α (해상도 224)",
    alpha: "α {alpha}",
    resolution_curve: "해상도 (α 1.0)",
    groups_title: "ShuffleNet: 그룹 수에 따른 비용과 오류율",
    published: "논문 수치",
    computed: "ConvAtlas 계산",
    complexity: "복잡도 (ShuffleNet 1x)",
    groups_g: "그룹 수 g",
    error_subtitle: "ImageNet top-1 오류율",
    top1_error: "top-1 오류율 (%)",
};
