//! The SqueezeNet chapter's texts in English and Korean.

use super::lessons::{Fact, LessonText};
use super::Lang;

/// The chapter's interface strings.
#[derive(Debug)]
pub struct SqueezeTr {
    pub fire_title: &'static str,
    pub fire_note: &'static str,
    pub preset: &'static str,
    pub custom: &'static str,
    pub cin: &'static str,
    pub squeeze: &'static str,
    pub expand1: &'static str,
    pub expand3: &'static str,
    pub side: &'static str,
    /// `{sr}` and `{pct}`: the module's squeeze ratio and share of 3×3 filters.
    pub metaparameters: &'static str,
    pub no_squeeze: &'static str,
    pub layer: &'static str,
    pub params: &'static str,
    pub macs: &'static str,
    pub fire_row: &'static str,
    pub plain_row: &'static str,
    pub ratio_row: &'static str,
    /// `{weights}`, `{biases}`: the Fire module's parameters written out.
    pub weights_written: &'static str,
    pub too_big: &'static str,
    pub late_title: &'static str,
    /// `{late}` Fire modules of `{all}` run on maps of 27 × 27 or larger.
    pub late_note: &'static str,
    pub output: &'static str,
    pub share: &'static str,
    pub variants_title: &'static str,
    pub variants_note: &'static str,
    pub variant: &'static str,
    pub top1: &'static str,
    pub vanilla: &'static str,
    pub simple: &'static str,
    pub complex: &'static str,
    pub module: &'static str,
    pub variant_block_note: &'static str,
}

pub fn squeeze_tr(lang: Lang) -> &'static SqueezeTr {
    match lang {
        Lang::En => &EN,
        Lang::Ko => &KO,
    }
}

pub fn squeeze_text(lang: Lang) -> &'static LessonText {
    match lang {
        Lang::En => &EN_TEXT,
        Lang::Ko => &KO_TEXT,
    }
}

static EN: SqueezeTr = SqueezeTr {
    fire_title: "A Fire module against a plain 3×3 layer",
    fire_note: "Set the module's filters, or pick one of SqueezeNet v1.0's eight Fire modules at the map size it runs on. The plain layer has the same input and output channels.",
    preset: "SqueezeNet v1.0",
    custom: "custom",
    cin: "Input channels C_in",
    squeeze: "Squeeze s (1×1)",
    expand1: "Expand e1 (1×1)",
    expand3: "Expand e3 (3×3)",
    side: "Map side H = W",
    metaparameters: "Squeeze ratio SR = s / (e1 + e3) = {sr}; share of 3×3 filters pct = e3 / (e1 + e3) = {pct}.",
    no_squeeze: "With s ≥ e1 + e3 the squeeze layer does not reduce the channels the 3×3 filters read: this is no longer a squeeze.",
    layer: "Layer",
    params: "Parameters",
    macs: "MACs",
    fire_row: "Fire module",
    plain_row: "Plain 3×3 layer, C_in → e1 + e3",
    ratio_row: "Fire / plain",
    weights_written: "Weights C_in·s + s·e1 + 9·s·e3 = {weights}, plus {biases} biases.",
    too_big: "This module is too large to cost here: {error}",
    late_title: "Downsample late: the maps through SqueezeNet v1.0",
    late_note: "The three max-pools come after conv1, fire4 and fire8, so {late} of the {all} Fire modules run on maps of 27 × 27 or larger. Large maps cost multiply-accumulates; the paper bets they buy accuracy.",
    output: "Output C × H × W",
    share: "Share of MACs",
    variants_title: "Three variants: without and with bypasses",
    variants_note: "Top-1 accuracy on ImageNet from the paper's Table 3; parameters from our zoo (torchvision's layout of v1.0, biases included).",
    variant: "Variant",
    top1: "Top-1 (paper)",
    vanilla: "No bypass",
    simple: "Simple bypass: identity around fire3, fire5, fire7, fire9",
    complex: "Complex bypass: adds 1×1 convolutions around the other Fire modules",
    module: "Fire module",
    variant_block_note: "Simple bypass wraps only fire3, fire5, fire7 and fire9: around the others the input and output channels differ, so an identity cannot be added to the output. Complex bypass puts a 1×1 convolution on those shortcuts, which costs parameters. Pick a variant and a module to see which it is.",
};

static KO: SqueezeTr = SqueezeTr {
    fire_title: "Fire 모듈과 일반 3×3 층 비교",
    fire_note: "모듈의 필터 수를 정하거나, SqueezeNet v1.0의 Fire 모듈 여덟 개 가운데 하나를 그 모듈이 실제로 쓰는 맵 크기로 고르세요. 비교하는 일반 층은 입력·출력 채널 수가 같습니다.",
    preset: "SqueezeNet v1.0",
    custom: "직접 설정",
    cin: "입력 채널 C_in",
    squeeze: "스퀴즈 s (1×1)",
    expand1: "익스팬드 e1 (1×1)",
    expand3: "익스팬드 e3 (3×3)",
    side: "맵 크기 H = W",
    metaparameters: "스퀴즈 비율 SR = s / (e1 + e3) = {sr}, 3×3 필터 비율 pct = e3 / (e1 + e3) = {pct}.",
    no_squeeze: "s ≥ e1 + e3 이면 스퀴즈 층이 3×3 필터가 읽는 채널 수를 줄이지 못합니다. 더 이상 스퀴즈가 아닙니다.",
    layer: "층",
    params: "파라미터",
    macs: "MAC (곱셈-누산)",
    fire_row: "Fire 모듈",
    plain_row: "일반 3×3 층, C_in → e1 + e3",
    ratio_row: "Fire / 일반",
    weights_written: "가중치 C_in·s + s·e1 + 9·s·e3 = {weights}, 여기에 편향 {biases}개.",
    too_big: "이 모듈은 너무 커서 여기서 계산할 수 없습니다: {error}",
    late_title: "늦은 다운샘플링: SqueezeNet v1.0을 지나는 맵 크기",
    late_note: "최대 풀링 세 번이 conv1, fire4, fire8 뒤에 있어서 Fire 모듈 {all}개 가운데 {late}개가 27 × 27 이상의 맵에서 동작합니다. 큰 맵은 곱셈-누산을 더 쓰며, 논문은 그 대가로 정확도를 얻는다고 봅니다.",
    output: "출력 C × H × W",
    share: "MAC 비중",
    variants_title: "세 가지 변형: 바이패스 없음과 있음",
    variants_note: "ImageNet top-1 정확도는 논문의 표 3, 파라미터 수는 우리 모델 모음(torchvision의 v1.0 구성, 편향 포함)에서 계산했습니다.",
    variant: "변형",
    top1: "Top-1 (논문)",
    vanilla: "바이패스 없음",
    simple: "단순 바이패스: fire3, fire5, fire7, fire9 둘레의 항등 연결",
    complex: "복합 바이패스: 나머지 Fire 모듈 둘레에 1×1 합성곱 추가",
    module: "Fire 모듈",
    variant_block_note: "단순 바이패스는 fire3, fire5, fire7, fire9만 감쌉니다. 나머지 모듈은 입력과 출력의 채널 수가 달라서 입력을 그대로 출력에 더할 수 없기 때문입니다. 복합 바이패스는 그런 지름길에 1×1 합성곱을 넣으며, 그만큼 파라미터가 늘어납니다. 변형과 모듈을 골라 어느 쪽인지 확인해 보세요.",
};

static EN_TEXT: LessonText = LessonText {
    body: &[
        "SqueezeNet (Iandola et al. 2016) asked how small a network can be and still match AlexNet on ImageNet. Its answer reached AlexNet's accuracy (57.5% top-1) with 1.25 million parameters, 50 times fewer than AlexNet's 60 million: a 4.8 MB model. It got there by three design strategies, before any compression.",
        "Strategy 1: replace 3×3 filters with 1×1 filters. A 1×1 filter has 9 times fewer weights than a 3×3 one. Strategy 2: decrease the number of input channels to the 3×3 filters. A 3×3 layer has 9·C_in·C_out weights, so the 3×3 filters that remain are fed by a layer that first cuts the channels down. Strategy 3: downsample late, so that most convolution layers work on large activation maps, which the paper expects to raise accuracy. The first two save parameters; the third spends computation to buy accuracy.",
        "The Fire module puts the first two strategies into one block. A squeeze layer of s 1×1 filters reduces the channels; an expand layer then runs e1 1×1 filters and e3 3×3 filters side by side on the squeezed maps and concatenates their outputs into e1 + e3 channels. Keeping s smaller than e1 + e3 is what makes it a squeeze. The paper describes the whole network by metaparameters: the squeeze ratio SR = s / (e1 + e3), 0.125 in SqueezeNet, and the share of 3×3 filters among the expand filters, 0.5.",
        "SqueezeNet saves parameters, not computation. Its maps stay large for long, so torchvision's v1.0 does about 0.82 G multiply-accumulates per image, more than AlexNet's 0.72 G. The paper also tried ResNet-style bypasses: a simple bypass adds a module's input to its output where the channel counts match (around fire3, fire5, fire7 and fire9) and costs no parameters; a complex bypass adds 1×1 convolutions around the other modules too. The simple bypass was the most accurate.",
    ],
    corrections: &[
        "The post calls SqueezeNet the byword for \"EfficientNet\". EfficientNet is a particular network (Tan & Le, 2019); SqueezeNet is one of the first networks designed to be small.",
        "The second strategy is about the input channels of the 3×3 filters only, which the squeeze layer reduces, not about the number of input channels in general.",
        "\"Fewer parameters\" is not \"less computation\": SqueezeNet's multiply-accumulates are higher than AlexNet's, because it downsamples late on purpose.",
    ],
    papers: &[
        Fact {
            figure: "SqueezeNet: AlexNet-level ImageNet accuracy (57.5% top-1, 80.3% top-5) with 50× fewer parameters; a 4.8 MB model",
            source: "Iandola et al. 2016",
        },
        Fact {
            figure: "With Deep Compression: 0.47 MB, 510× smaller than AlexNet",
            source: "Iandola et al. 2016",
        },
        Fact {
            figure: "Top-1: no bypass 57.5%, simple bypass 60.4% (top-5 82.5%), complex bypass 58.8%",
            source: "Iandola et al. 2016, Table 3",
        },
        Fact {
            figure: "Metaparameters of SqueezeNet: base_e = 128, incr_e = 128, pct_3x3 = 0.5, freq = 2, SR = 0.125",
            source: "Iandola et al. 2016",
        },
        Fact {
            figure: "torchvision squeezenet1_0: 1,248,424 parameters, 0.819 G multiply-accumulates, 58.092% top-1",
            source: "torchvision weight metadata",
        },
    ],
};

static KO_TEXT: LessonText = LessonText {
    body: &[
        "SqueezeNet(Iandola 외 2016)은 ImageNet에서 AlexNet과 같은 정확도를 내면서 네트워크를 얼마나 작게 만들 수 있는지 물었습니다. 답은 AlexNet의 정확도(top-1 57.5%)를 파라미터 125만 개로 낸 것으로, AlexNet의 6천만 개보다 50배 적은 4.8 MB 모델입니다. 압축을 쓰기 전에 세 가지 설계 전략만으로 이룬 결과입니다.",
        "전략 1: 3×3 필터를 1×1 필터로 바꿉니다. 1×1 필터의 가중치는 3×3 필터의 9분의 1입니다. 전략 2: 3×3 필터에 들어가는 입력 채널 수를 줄입니다. 3×3 층의 가중치는 9·C_in·C_out개이므로, 남은 3×3 필터 앞에 채널 수를 먼저 줄이는 층을 둡니다. 전략 3: 다운샘플링을 늦춰서 대부분의 합성곱 층이 큰 활성화 맵에서 동작하게 합니다. 논문은 이것이 정확도를 높인다고 봅니다. 앞의 두 전략은 파라미터를 아끼고, 세 번째 전략은 계산을 더 써서 정확도를 삽니다.",
        "Fire 모듈은 앞의 두 전략을 한 블록에 담습니다. 1×1 필터 s개로 된 스퀴즈(squeeze) 층이 채널 수를 줄이고, 익스팬드(expand) 층이 줄어든 맵 위에서 1×1 필터 e1개와 3×3 필터 e3개를 나란히 돌린 뒤 출력을 이어 붙여 e1 + e3 채널을 만듭니다. s를 e1 + e3보다 작게 두어야 스퀴즈가 됩니다. 논문은 네트워크 전체를 메타파라미터로 기술합니다. 스퀴즈 비율 SR = s / (e1 + e3)는 SqueezeNet에서 0.125이고, 익스팬드 필터 가운데 3×3 필터의 비율은 0.5입니다.",
        "SqueezeNet이 아끼는 것은 파라미터이지 계산이 아닙니다. 맵을 오래 크게 유지하기 때문에 torchvision의 v1.0은 이미지 한 장에 약 0.82 G번의 곱셈-누산을 하며, 이는 AlexNet의 0.72 G보다 많습니다. 논문은 ResNet식 바이패스도 시험했습니다. 단순 바이패스는 채널 수가 같은 곳(fire3, fire5, fire7, fire9 둘레)에서 모듈의 입력을 출력에 더하며 파라미터가 들지 않습니다. 복합 바이패스는 나머지 모듈 둘레에도 1×1 합성곱을 더합니다. 가장 정확한 것은 단순 바이패스였습니다.",
    ],
    corrections: &[
        "원문은 SqueezeNet을 \"EfficientNet의 대명사\"라고 부르지만, EfficientNet은 특정 네트워크(Tan & Le, 2019)입니다. SqueezeNet은 작게 설계된 초기 네트워크 가운데 하나입니다.",
        "두 번째 전략은 입력 채널 수 전반이 아니라 3×3 필터의 입력 채널 수를 줄이는 것이며, 그 일을 스퀴즈 층이 합니다.",
        "\"파라미터가 적다\"는 \"계산이 적다\"와 다릅니다. SqueezeNet은 일부러 다운샘플링을 늦추기 때문에 곱셈-누산 횟수가 AlexNet보다 많습니다.",
    ],
    papers: &[
        Fact {
            figure: "SqueezeNet: AlexNet 수준의 ImageNet 정확도(top-1 57.5%, top-5 80.3%)를 파라미터 50분의 1로 달성, 4.8 MB 모델",
            source: "Iandola 외 2016",
        },
        Fact {
            figure: "Deep Compression 적용 시 0.47 MB, AlexNet보다 510배 작음",
            source: "Iandola 외 2016",
        },
        Fact {
            figure: "Top-1: 바이패스 없음 57.5%, 단순 바이패스 60.4%(top-5 82.5%), 복합 바이패스 58.8%",
            source: "Iandola 외 2016, 표 3",
        },
        Fact {
            figure: "SqueezeNet의 메타파라미터: base_e = 128, incr_e = 128, pct_3x3 = 0.5, freq = 2, SR = 0.125",
            source: "Iandola 외 2016",
        },
        Fact {
            figure: "torchvision squeezenet1_0: 파라미터 1,248,424개, 곱셈-누산 0.819 G, top-1 58.092%",
            source: "torchvision 가중치 메타데이터",
        },
    ],
};
