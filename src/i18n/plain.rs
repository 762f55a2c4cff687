//! The opening chapter's texts ("why plain CNNs get expensive") in English and Korean.

use super::lessons::{Fact, LessonText};
use super::Lang;

/// The chapter's interface strings.
#[derive(Debug)]
pub struct PlainTr {
    pub controls: &'static str,
    pub width: &'static str,
    pub depth: &'static str,
    pub stages: &'static str,
    pub side: &'static str,
    pub pool: &'static str,
    pub totals: &'static str,
    pub params: &'static str,
    pub macs: &'static str,
    pub memory: &'static str,
    pub memory_note: &'static str,
    pub field: &'static str,
    pub heaviest: &'static str,
    pub scaling: &'static str,
    pub twice_width: &'static str,
    pub twice_side: &'static str,
    pub one_more: &'static str,
    pub pooling_toggled_off: &'static str,
    pub pooling_toggled_on: &'static str,
    pub table: &'static str,
    pub layer: &'static str,
    pub output: &'static str,
    pub too_big: &'static str,
    pub trained_title: &'static str,
    pub trained_note: &'static str,
    pub load: &'static str,
    pub open_lab: &'static str,
}

pub fn plain_tr(lang: Lang) -> &'static PlainTr {
    match lang {
        Lang::En => &EN,
        Lang::Ko => &KO,
    }
}

pub fn plain_text(lang: Lang) -> &'static LessonText {
    match lang {
        Lang::En => &EN_TEXT,
        Lang::Ko => &KO_TEXT,
    }
}

static EN: PlainTr = PlainTr {
    controls: "A VGG-like stack of 3×3 convolutions",
    width: "Channels of the first stage (doubling per stage, at most 8×)",
    depth: "3×3 convolutions per stage",
    stages: "Stages",
    side: "Input side (3 channels)",
    pool: "2×2 max pooling after each stage",
    totals: "What it costs for one image",
    params: "parameters",
    macs: "MACs",
    memory: "activation memory",
    memory_note: "every layer's output in 32-bit floats, what training keeps for the backward pass",
    field: "receptive field of the last layer",
    heaviest: "Heaviest layer",
    scaling: "What each change does to the MACs",
    twice_width: "twice the channels",
    twice_side: "twice the input side",
    one_more: "one more convolution per stage",
    pooling_toggled_off: "without the pooling",
    pooling_toggled_on: "with pooling after each stage",
    table: "Layer by layer",
    layer: "layer",
    output: "output C×H×W",
    too_big: "This stack is too big to cost here: ",
    trained_title: "Dead channels and channel correlation in a trained network",
    trained_note: "The lab's tiny_plain, trained on the 8×8 digits: its feature maps with the dead channels crossed out, and how its channels correlate over the test set. Loads the lab's worker, data and weights (about 360 KB) on demand.",
    load: "Load the trained network",
    open_lab: "Open the tiny-models lab",
};

static KO: PlainTr = PlainTr {
    controls: "3×3 합성곱을 쌓은 VGG 형태의 네트워크",
    width: "첫 단계의 채널 수 (단계마다 두 배, 최대 8배)",
    depth: "단계마다 3×3 합성곱 수",
    stages: "단계 수",
    side: "입력 한 변 (3채널)",
    pool: "단계마다 2×2 최대 풀링",
    totals: "이미지 한 장의 비용",
    params: "파라미터",
    macs: "MAC",
    memory: "활성값 메모리",
    memory_note: "모든 층의 출력을 32비트 실수로 저장한 크기, 학습 때 역전파를 위해 보관하는 양",
    field: "마지막 층의 수용 영역 (receptive field)",
    heaviest: "가장 무거운 층",
    scaling: "바꿀 때마다 MAC이 얼마나 변하나",
    twice_width: "채널 두 배",
    twice_side: "입력 한 변 두 배",
    one_more: "단계마다 합성곱 하나 더",
    pooling_toggled_off: "풀링을 빼면",
    pooling_toggled_on: "단계마다 풀링을 넣으면",
    table: "층별 비용",
    layer: "층",
    output: "출력 C×H×W",
    too_big: "너무 커서 여기서 비용을 계산할 수 없습니다: ",
    trained_title: "학습된 네트워크의 죽은 채널과 채널 상관관계",
    trained_note: "실습실의 tiny_plain을 8×8 숫자로 학습한 결과입니다. 죽은 채널을 X로 표시한 특징 맵과, 테스트 세트에서 채널들이 얼마나 함께 움직이는지 보여 줍니다. 실습실의 워커, 데이터, 가중치(약 360 KB)를 필요할 때 불러옵니다.",
    load: "학습된 네트워크 불러오기",
    open_lab: "작은 모델 실습실 열기",
};

static EN_TEXT: LessonText = LessonText {
    body: &[
        "A convolution layer with a k_h×k_w kernel, C_in input and C_out output channels, producing an H_out×W_out map, does k_h·k_w·C_in·C_out·H_out·W_out multiply-accumulates (MACs) for one image and holds k_h·k_w·C_in·C_out weights plus C_out biases. Its cost grows with the square of the width (both C_in and C_out grow) and with the square of the map's side; every extra layer adds its own share.",
        "Depth buys a larger receptive field: each stride-1 3×3 layer widens it by 2 pixels times the product of the strides before it. Pooling halves the map's side, which cuts the following layers' MACs by 4 and doubles how fast the field grows afterwards; VGG doubles the channels after each pool, which keeps the cost per layer roughly level.",
        "Wider and deeper networks are more accurate up to a point, but the cost is paid whether or not a channel is useful. After training, some channels can be dead (their ReLU output is zero for nearly every input; batch normalization, which the lab's networks use, keeps most alive, and the counts below show how many died) and many channel pairs are only weakly correlated. Both suggest that a full C_in × C_out connection is more than the network needs, which is what the chapters that follow exploit.",
    ],
    corrections: &[
        "Dead channels waste computation: their MACs are still done, they contribute nothing. They do not add cost.",
        "MACs, Mult-Adds (MobileNet) and FLOPs (ShuffleNet, ResNeXt) count the same thing: one multiply and one add.",
    ],
    papers: &[
        Fact { figure: "VGG-16: 138,357,544 parameters (14,714,688 in the convolutions), 15.5 G MACs at 224 × 224", source: "Simonyan & Zisserman 2015; torchvision vgg16" },
        Fact { figure: "VGG-16: 71.5% ImageNet top-1 at 15,300M Mult-Adds and 138M parameters", source: "Howard et al. 2017, Table 8" },
    ],
};

static KO_TEXT: LessonText = LessonText {
    body: &[
        "커널 k_h×k_w, 입력 채널 C_in, 출력 채널 C_out인 합성곱 층이 H_out×W_out 맵을 만들 때, 이미지 한 장에 k_h·k_w·C_in·C_out·H_out·W_out번의 곱셈-누산(MAC)을 하고, 가중치 k_h·k_w·C_in·C_out개와 편향 C_out개를 가집니다. 폭을 늘리면 C_in과 C_out이 함께 커지므로 비용은 폭의 제곱으로, 맵의 한 변의 제곱으로 늘어나고, 층을 하나 더할 때마다 그만큼 더해집니다.",
        "깊이를 늘리면 수용 영역(receptive field)이 커집니다. stride 1인 3×3 층 하나는 앞선 stride들의 곱의 2배만큼 영역을 넓힙니다. 풀링은 맵의 한 변을 절반으로 줄여 뒤따르는 층의 MAC을 4분의 1로 줄이고, 그 뒤로는 영역이 두 배 빠르게 커집니다. VGG는 풀링 뒤마다 채널을 두 배로 늘려 층마다 비용을 비슷하게 유지합니다.",
        "넓고 깊은 네트워크가 어느 정도까지는 더 정확하지만, 쓸모 있는 채널이든 아니든 비용은 똑같이 듭니다. 학습이 끝나면 일부 채널이 죽을 수 있고(거의 모든 입력에서 ReLU 출력이 0. 실습실의 네트워크들이 쓰는 배치 정규화가 대부분을 살려 두며, 아래 숫자가 실제로 죽은 채널 수입니다), 많은 채널 쌍은 상관이 약합니다. 둘 다 C_in × C_out을 모두 잇는 것이 필요 이상이라는 뜻이고, 뒤의 장들이 바로 이 점을 이용합니다.",
    ],
    corrections: &[
        "죽은 채널은 연산을 낭비합니다. MAC은 그대로 계산되지만 기여하지 않을 뿐, 비용을 늘리지는 않습니다.",
        "MAC, Mult-Adds(MobileNet), FLOPs(ShuffleNet, ResNeXt)는 같은 것을 셉니다: 곱셈 한 번과 덧셈 한 번.",
    ],
    papers: &[
        Fact { figure: "VGG-16: 파라미터 138,357,544개 (합성곱에 14,714,688개), 224 × 224에서 MAC 15.5 G", source: "Simonyan & Zisserman 2015; torchvision의 vgg16" },
        Fact { figure: "VGG-16: ImageNet top-1 71.5%, Mult-Adds 15,300M, 파라미터 138M", source: "Howard et al. 2017, 표 8" },
    ],
};
