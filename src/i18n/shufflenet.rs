//! The ShuffleNet chapter's interface strings in English and Korean, and its prose
//! (in `shufflenet_text`).

use super::lessons::LessonText;
use super::shufflenet_text;
use super::Lang;
use crate::shufflenet::Table2Labels;

/// The chapter's interface strings.
#[derive(Debug)]
pub struct ShuffleNetTr {
    pub unit_title: &'static str,
    pub unit_note: &'static str,
    pub groups: &'static str,
    pub stride: &'static str,
    pub cost_title: &'static str,
    pub cost_note: &'static str,
    pub c: &'static str,
    pub m: &'static str,
    pub h: &'static str,
    pub unit: &'static str,
    pub formula: &'static str,
    pub macs: &'static str,
    pub vs_resnet: &'static str,
    pub resnet: &'static str,
    pub resnext: &'static str,
    pub shufflenet: &'static str,
    pub scale_title: &'static str,
    pub scale_note: &'static str,
    pub table2: Table2Labels,
    pub scale: &'static str,
    pub best: &'static str,
    pub zoo_mflops: &'static str,
    pub paper_mflops: &'static str,
    pub shuffle_title: &'static str,
    pub shuffle_note: &'static str,
    pub without: &'static str,
    pub with: &'static str,
    pub gain: &'static str,
    pub mobilenet_title: &'static str,
    pub mobilenet_note: &'static str,
    pub mobilenet: &'static str,
    pub error: &'static str,
    pub mflops: &'static str,
}

pub fn shufflenet_tr(lang: Lang) -> &'static ShuffleNetTr {
    match lang {
        Lang::En => &EN,
        Lang::Ko => &KO,
    }
}

pub fn shufflenet_text(lang: Lang) -> &'static LessonText {
    match lang {
        Lang::En => &shufflenet_text::EN_TEXT,
        Lang::Ko => &shufflenet_text::KO_TEXT,
    }
}

static EN: ShuffleNetTr = ShuffleNetTr {
    unit_title: "The ShuffleNet unit, from the zoo's network",
    unit_note: "A unit of stage 3 of ShuffleNet 1× (Table 1) with the groups you pick: stride 1 adds the shortcut, stride 2 halves the map, pools the shortcut and concatenates. With g = 1 there is nothing to shuffle.",
    groups: "Groups g",
    stride: "Stride",
    cost_title: "One unit's cost: ResNet, ResNeXt and ShuffleNet",
    cost_note: "The paper's comparison for c input and output channels, a bottleneck of m channels and an h × h map. Each row is computed from the unit's layers and matches its formula; c and m must split into the g groups.",
    c: "Channels c",
    m: "Bottleneck m",
    h: "Map side h",
    unit: "Unit",
    formula: "Formula",
    macs: "MACs (FLOPs)",
    vs_resnet: "× ResNet",
    resnet: "ResNet bottleneck",
    resnext: "ResNeXt (3×3 in g groups)",
    shufflenet: "ShuffleNet unit",
    scale_title: "Which g is best depends on the network's size (Table 2)",
    scale_note: "Top-1 error for each number of groups at three widths, as the change from g = 1. Each width's best g is marked; the smaller the network, the more it gains from groups. Our zoo's complexity at each point is beside the paper's: at 1× it follows Table 1, while the paper does not publish the smaller layouts, and ours round the channels to multiples of 4g.",
    table2: Table2Labels {
        lang: Lang::En,
        title: "ShuffleNet: top-1 error change from g = 1",
        x: "groups g",
        y: "error change (points)",
        series: "ShuffleNet",
        best: "best",
    },
    scale: "Width",
    best: "best g",
    zoo_mflops: "MFLOPs (ours, g = 1 … 8)",
    paper_mflops: "MFLOPs (paper)",
    shuffle_title: "With and without the shuffle (Table 3)",
    shuffle_note: "Top-1 error (%) of the same networks with the channel shuffle removed. It helps every time, and more with more groups.",
    without: "Without shuffle",
    with: "With shuffle",
    gain: "Gain (points)",
    mobilenet_title: "Against MobileNet at about the same cost (Table 5)",
    mobilenet_note: "Top-1 error (%) and complexity as the paper prints them; MobileNet's errors are 100 minus its Table 6 accuracies.",
    mobilenet: "MobileNet",
    error: "Error",
    mflops: "MFLOPs",
};

static KO: ShuffleNetTr = ShuffleNetTr {
    unit_title: "우리 모델 모음의 ShuffleNet 유닛",
    unit_note: "ShuffleNet 1×(표 1) 스테이지 3의 유닛을 고른 그룹 수로 보여 줍니다. 스트라이드 1은 지름길을 더하고, 스트라이드 2는 맵을 절반으로 줄이며 지름길을 풀링한 뒤 이어 붙입니다. g = 1이면 섞을 것이 없습니다.",
    groups: "그룹 수 g",
    stride: "스트라이드",
    cost_title: "유닛 하나의 비용: ResNet, ResNeXt, ShuffleNet",
    cost_note: "입출력 채널 c, 병목 채널 m, 맵 h × h에서 논문이 한 비교입니다. 각 행은 유닛의 층들로 계산했으며 공식과 일치합니다. c와 m은 g개 그룹으로 나누어떨어져야 합니다.",
    c: "채널 c",
    m: "병목 m",
    h: "맵 한 변 h",
    unit: "유닛",
    formula: "공식",
    macs: "곱셈-누산 (FLOPs)",
    vs_resnet: "× ResNet",
    resnet: "ResNet 병목",
    resnext: "ResNeXt (3×3을 g개 그룹으로)",
    shufflenet: "ShuffleNet 유닛",
    scale_title: "가장 좋은 g는 신경망의 크기에 달려 있습니다 (표 2)",
    scale_note: "세 가지 폭에서 그룹 수에 따른 top-1 오류를 g = 1 대비 변화로 보여 줍니다. 폭마다 가장 좋은 g를 표시했습니다. 신경망이 작을수록 그룹에서 얻는 것이 큽니다. 각 지점에서 우리 모델 모음의 연산량을 논문 값 옆에 두었습니다. 1×는 표 1을 따르지만, 논문은 더 작은 구성을 공개하지 않았으므로 우리 구성은 채널 수를 4g의 배수로 반올림합니다.",
    table2: Table2Labels {
        lang: Lang::Ko,
        title: "ShuffleNet: g = 1 대비 top-1 오류 변화",
        x: "그룹 수 g",
        y: "오류 변화 (%p)",
        series: "ShuffleNet",
        best: "최고",
    },
    scale: "폭",
    best: "가장 좋은 g",
    zoo_mflops: "MFLOPs (우리, g = 1 … 8)",
    paper_mflops: "MFLOPs (논문)",
    shuffle_title: "셔플이 있을 때와 없을 때 (표 3)",
    shuffle_note: "같은 신경망에서 채널 셔플을 뺐을 때의 top-1 오류(%)입니다. 셔플은 언제나 도움이 되고, 그룹이 많을수록 더 크게 도움이 됩니다.",
    without: "셔플 없음",
    with: "셔플 있음",
    gain: "개선 (%p)",
    mobilenet_title: "비슷한 비용의 MobileNet과 비교 (표 5)",
    mobilenet_note: "논문에 실린 top-1 오류(%)와 연산량입니다. MobileNet의 오류는 표 6 정확도를 100에서 뺀 값입니다.",
    mobilenet: "MobileNet",
    error: "오류",
    mflops: "MFLOPs",
};
