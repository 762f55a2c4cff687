//! The glossary: the field's terms in English and Korean, each with a short definition in
//! our own words and the chapters that show it. One Korean word per term across the app
//! (the chapters' prose uses the same ones), with the English term beside it where Korean
//! lecturers use it as is. Plain data for the glossary page and its tests.

use crate::channels::state::Lesson;
use crate::i18n::Lang;
use crate::pages::Chapter;

/// One term.
#[derive(Debug)]
pub struct Entry {
    /// The anchor of the entry on the glossary page (`/glossary#macs`).
    pub id: &'static str,
    /// The term in English and in Korean.
    pub term: [&'static str; 2],
    /// What it means, in English and in Korean.
    pub text: [&'static str; 2],
    /// The chapters that show it, the most direct first.
    pub chapters: &'static [Chapter],
}

impl Entry {
    /// The term in `lang`.
    pub fn term(&self, lang: Lang) -> &'static str {
        self.term[index(lang)]
    }

    /// The definition in `lang`.
    pub fn text(&self, lang: Lang) -> &'static str {
        self.text[index(lang)]
    }
}

/// The heading of an entry's chapter links, in `lang`.
pub fn shown_in(lang: Lang) -> &'static str {
    ["Shown in", "보여 주는 장"][index(lang)]
}

fn index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Ko => 1,
    }
}

/// Every entry, in the order the subject meets them.
pub const ENTRIES: &[Entry] = &[
    Entry {
        id: "macs",
        term: ["MACs (multiply-accumulates)", "MACs (곱셈-누산, multiply-accumulate)"],
        text: [
            "One multiplication and one addition into a running sum: the unit of cost throughout ConvAtlas. A k×k convolution from C_in to C_out channels with an H×W output costs k·k·C_in·C_out·H·W MACs. The papers count the same thing under other names: MobileNet calls it Mult-Adds, and ShuffleNet and ResNeXt call it FLOPs. Their \"FLOPs\" are therefore about half of what a profiler reports as floating-point operations, since a profiler counts the multiplication and the addition separately.",
            "곱셈 한 번과, 그 결과를 누적 합에 더하는 덧셈 한 번입니다. ConvAtlas 전체에서 비용의 단위로 씁니다. 입력 채널 C_in, 출력 채널 C_out, 출력 크기 H×W인 k×k 합성곱의 비용은 k·k·C_in·C_out·H·W MACs입니다. 논문마다 같은 값을 다른 이름으로 부릅니다. MobileNet은 Mult-Adds, ShuffleNet과 ResNeXt는 FLOPs라고 씁니다. 그래서 이 논문들의 \"FLOPs\"는 곱셈과 덧셈을 따로 세는 프로파일러의 부동소수점 연산 수의 약 절반입니다.",
        ],
        chapters: &[Chapter::Expensive, Chapter::Playground, Chapter::Atlas],
    },
    Entry {
        id: "parameters",
        term: ["Parameters", "파라미터 (parameters)"],
        text: [
            "The numbers a layer learns: its weights and biases. A convolution in g groups has k·k·(C_in/g)·C_out weights plus C_out biases; it does not depend on the image size, which is why a layer can be light in parameters and heavy in MACs (and the other way round for fully connected layers).",
            "층이 학습하는 수, 곧 가중치와 편향입니다. 그룹이 g개인 합성곱의 가중치는 k·k·(C_in/g)·C_out개이고 편향이 C_out개 더해집니다. 이미지 크기와 무관하므로, 파라미터는 적어도 MACs는 큰 층이 있습니다 (완전 연결 층은 그 반대입니다).",
        ],
        chapters: &[Chapter::Expensive, Chapter::Lesson(Lesson::Group), Chapter::Atlas],
    },
    Entry {
        id: "stride",
        term: ["Stride", "스트라이드 (stride)"],
        text: [
            "How far the kernel's window moves between two outputs. With padding p and dilation d, a side of n pixels gives ⌊(n + 2p − d(k−1) − 1) / s⌋ + 1 outputs, so a stride of 2 quarters the map and the cost of every layer after it.",
            "출력 하나에서 다음 출력으로 넘어갈 때 커널 창이 움직이는 거리입니다. 패딩 p, 팽창 d일 때 한 변이 n픽셀이면 출력은 ⌊(n + 2p − d(k−1) − 1) / s⌋ + 1개입니다. 스트라이드 2는 특징 맵을 4분의 1로 줄이고, 그 뒤 모든 층의 비용도 4분의 1로 줄입니다.",
        ],
        chapters: &[Chapter::Playground, Chapter::Dilation],
    },
    Entry {
        id: "receptive-field",
        term: ["Receptive field", "수용 영역 (receptive field)"],
        text: [
            "The input pixels that can change one output unit. Each layer widens it by (k−1)·d times the product of the strides before it, so stacking layers, dilating kernels and striding all grow it; it says what a unit could see, not what it uses.",
            "출력 한 칸의 값을 바꿀 수 있는 입력 픽셀들의 영역입니다. 층마다 (k−1)·d에 앞선 층들의 스트라이드 곱을 곱한 만큼 넓어지므로, 층을 쌓거나 커널을 팽창시키거나 스트라이드를 주면 커집니다. 그 칸이 볼 수 있는 범위이지, 실제로 쓰는 범위는 아닙니다.",
        ],
        chapters: &[Chapter::Dilation, Chapter::Factorization, Chapter::Atlas],
    },
    Entry {
        id: "effective-receptive-field",
        term: ["Effective receptive field", "유효 수용 영역 (effective receptive field)"],
        text: [
            "The part of the receptive field that actually moves the output: the gradient of one unit with respect to the input. It is concentrated around the centre, roughly Gaussian, and much smaller than the theoretical field (Luo et al. 2016); the dilation chapter and the lab compute it with the core's backward pass.",
            "수용 영역 가운데 출력을 실제로 움직이는 부분으로, 출력 한 칸의 입력에 대한 기울기로 잽니다. 가운데에 몰려 있고 대략 가우시안 모양이며 이론적 수용 영역보다 훨씬 작습니다 (Luo et al. 2016). 팽창 합성곱 장과 실험실에서 코어의 역전파로 계산해 보여 줍니다.",
        ],
        chapters: &[Chapter::Dilation, Chapter::Lab],
    },
    Entry {
        id: "dilation",
        term: ["Dilated (atrous) convolution", "팽창 합성곱 (dilated, atrous convolution)"],
        text: [
            "A kernel whose taps are d pixels apart, with holes between them: k×k weights cover (k−1)·d + 1 pixels per side at the same cost. Stacking the same dilation leaves pixels no unit ever sees (gridding); rates without a common factor, such as 1, 2, 5, avoid it.",
            "탭 사이를 d픽셀씩 띄우고 그 사이를 비운 커널입니다. 가중치 k×k개로 한 변 (k−1)·d + 1픽셀을 같은 비용에 덮습니다. 같은 팽창률을 겹겹이 쌓으면 어느 칸도 보지 못하는 픽셀이 생기는데 (그리딩), 1, 2, 5처럼 공약수가 없는 팽창률을 쓰면 피할 수 있습니다.",
        ],
        chapters: &[Chapter::Dilation, Chapter::Playground],
    },
    Entry {
        id: "factorization",
        term: ["Convolution factorization", "합성곱 분해 (factorization)"],
        text: [
            "Replacing one large kernel by a stack of smaller ones with the same receptive field: a 5×5 by two 3×3 (18 weights per channel pair instead of 25, 28% fewer), an n×n by a 1×n then an n×1 (2n instead of n²), as in Inception v3. The stack also adds a non-linearity between its layers.",
            "큰 커널 하나를 수용 영역이 같은 작은 커널들의 층으로 바꾸는 것입니다. 5×5 하나를 3×3 두 개로 (채널 쌍마다 가중치 25개가 18개로, 28% 감소), n×n을 1×n 다음 n×1로 (n²개가 2n개로) 바꿉니다. Inception v3가 쓴 방법이며, 층 사이에 비선형 함수도 하나 더 들어갑니다.",
        ],
        chapters: &[Chapter::Factorization, Chapter::Dilation],
    },
    Entry {
        id: "pointwise",
        term: ["Point-wise (1×1) convolution", "점별 합성곱 (point-wise, 1×1 convolution)"],
        text: [
            "A 1×1 kernel: at every pixel, the vector of C_in channel values is multiplied by the same C_out×C_in matrix. It mixes channels without looking at neighbours, and is the cheap way to reduce or expand the number of channels.",
            "1×1 커널입니다. 픽셀마다 C_in개의 채널 값 벡터에 같은 C_out×C_in 행렬을 곱합니다. 이웃 픽셀은 보지 않고 채널만 섞으며, 채널 수를 줄이거나 늘리는 값싼 방법입니다.",
        ],
        chapters: &[Chapter::Lesson(Lesson::Pointwise), Chapter::Lesson(Lesson::Separable)],
    },
    Entry {
        id: "bottleneck",
        term: ["Bottleneck", "병목 (bottleneck)"],
        text: [
            "A 1×1 convolution that reduces the channels before an expensive k×k one, and another that restores them after it (ResNet's bottleneck block). MobileNet v2 inverts it: a 1×1 expands, a depth-wise 3×3 filters, a 1×1 projects back down.",
            "비싼 k×k 합성곱 앞에서 1×1 합성곱으로 채널을 줄이고, 뒤에서 다른 1×1로 되돌리는 구조입니다 (ResNet의 병목 블록). MobileNet v2는 이를 뒤집어 1×1로 늘리고, 깊이별 3×3으로 거르고, 1×1로 다시 줄입니다.",
        ],
        chapters: &[Chapter::Lesson(Lesson::Pointwise), Chapter::Blocks],
    },
    Entry {
        id: "group-convolution",
        term: ["Group convolution", "그룹 합성곱 (group convolution)"],
        text: [
            "The channels are split into g groups and each output group sees only its own input group: parameters and MACs are divided by g. AlexNet used g = 2 to fit two GPUs; ResNeXt uses it for its parallel paths. Without a shuffle, information never crosses between groups.",
            "채널을 g개의 그룹으로 나누어 각 출력 그룹이 자기 입력 그룹만 보게 합니다. 파라미터와 MACs가 g로 나뉩니다. AlexNet은 GPU 두 대에 나누어 담으려고 g = 2를 썼고, ResNeXt는 병렬 경로를 이것으로 구현합니다. 셔플이 없으면 그룹 사이로 정보가 건너가지 못합니다.",
        ],
        chapters: &[Chapter::Lesson(Lesson::Group), Chapter::Shufflenet],
    },
    Entry {
        id: "cardinality",
        term: ["Cardinality", "카디널리티 (cardinality)"],
        text: [
            "ResNeXt's number of parallel paths in a block. The paths are identical, so the block is the same as one group convolution with g equal to the cardinality (32 in ResNeXt-50 32×4d).",
            "ResNeXt 블록 안의 병렬 경로 수입니다. 경로들의 구조가 같으므로 블록은 g가 카디널리티인 그룹 합성곱 하나와 같습니다 (ResNeXt-50 32×4d에서 32).",
        ],
        chapters: &[Chapter::Lesson(Lesson::Group), Chapter::Blocks],
    },
    Entry {
        id: "depthwise",
        term: ["Depth-wise convolution", "깊이별 합성곱 (depth-wise convolution)"],
        text: [
            "A group convolution with one group per input channel (g = C_in): each channel is filtered by its own k×k kernel (or by m of them, the depth multiplier) and channels do not mix. It costs k²·C·H·W MACs, C_out times less than a standard layer.",
            "입력 채널마다 그룹 하나인 (g = C_in) 그룹 합성곱입니다. 채널마다 자기 k×k 커널 하나로 (깊이 배수 m이면 m개로) 걸러지고 채널끼리는 섞이지 않습니다. 비용은 k²·C·H·W MACs로 표준 합성곱의 C_out분의 1입니다.",
        ],
        chapters: &[Chapter::Lesson(Lesson::Depthwise), Chapter::Lesson(Lesson::Separable)],
    },
    Entry {
        id: "separable",
        term: ["Depth-wise separable convolution", "깊이별 분리 합성곱 (depth-wise separable convolution)"],
        text: [
            "A depth-wise k×k convolution (filtering) followed by a point-wise 1×1 (mixing). Against a standard k×k layer with N output channels it costs 1/N + 1/k² as much (MobileNet, eq. 5): about 8 to 9 times less for 3×3. Xception and MobileNet are built from it.",
            "깊이별 k×k 합성곱 (거르기) 다음에 점별 1×1 합성곱 (섞기)을 두는 것입니다. 출력 채널이 N개인 표준 k×k 층에 비해 비용이 1/N + 1/k²배입니다 (MobileNet 식 5). 3×3이면 8~9배 적습니다. Xception과 MobileNet이 이것으로 만들어졌습니다.",
        ],
        chapters: &[Chapter::Lesson(Lesson::Separable), Chapter::Lesson(Lesson::Xception), Chapter::Mobilenet],
    },
    Entry {
        id: "width-multiplier",
        term: ["Width multiplier α", "폭 배수 α (width multiplier)"],
        text: [
            "MobileNet's knob for thinner networks: every layer's channels are multiplied by α (1, 0.75, 0.5, 0.25). Both the channels in and out shrink, so MACs and parameters fall roughly as α².",
            "더 얇은 신경망을 만드는 MobileNet의 조절값입니다. 모든 층의 채널 수에 α (1, 0.75, 0.5, 0.25)를 곱합니다. 입력과 출력 채널이 함께 줄어 MACs와 파라미터가 대략 α²배가 됩니다.",
        ],
        chapters: &[Chapter::Mobilenet, Chapter::Atlas],
    },
    Entry {
        id: "resolution-multiplier",
        term: ["Resolution multiplier ρ", "해상도 배수 ρ (resolution multiplier)"],
        text: [
            "MobileNet's second knob: the input image is scaled by ρ (224, 192, 160 or 128 pixels), so every feature map shrinks with it. MACs fall as ρ²; the parameters do not change.",
            "MobileNet의 두 번째 조절값입니다. 입력 이미지를 ρ배 (224, 192, 160, 128픽셀)로 줄이면 모든 특징 맵이 함께 줄어듭니다. MACs는 ρ²배가 되고 파라미터는 그대로입니다.",
        ],
        chapters: &[Chapter::Mobilenet, Chapter::Atlas],
    },
    Entry {
        id: "channel-shuffle",
        term: ["Channel shuffle", "채널 셔플 (channel shuffle)"],
        text: [
            "ShuffleNet's fix for groups that never talk: the g·n channels after a group convolution are reshaped to g×n, transposed and flattened, so each group of the next group convolution receives channels from every group. It costs no MACs and no parameters.",
            "서로 정보를 주고받지 못하는 그룹 문제를 ShuffleNet이 푸는 방법입니다. 그룹 합성곱 뒤의 g·n개 채널을 g×n으로 바꾸고 전치한 뒤 다시 펼쳐, 다음 그룹 합성곱의 각 그룹이 모든 그룹의 채널을 받게 합니다. MACs도 파라미터도 들지 않습니다.",
        ],
        chapters: &[Chapter::Shufflenet, Chapter::Lesson(Lesson::Group)],
    },
    Entry {
        id: "fire-module",
        term: ["Fire module", "Fire 모듈 (Fire module)"],
        text: [
            "SqueezeNet's building block: a squeeze layer of s 1×1 filters feeds an expand layer of e1 1×1 and e3 3×3 filters whose outputs are concatenated. With s smaller than e1 + e3, the 3×3 filters see few input channels.",
            "SqueezeNet의 기본 블록입니다. 1×1 필터 s개의 squeeze 층이 1×1 필터 e1개와 3×3 필터 e3개로 된 expand 층에 입력을 주고, expand의 두 출력을 이어 붙입니다. s를 e1 + e3보다 작게 두어 3×3 필터가 보는 입력 채널을 줄입니다.",
        ],
        chapters: &[Chapter::Squeezenet, Chapter::Blocks],
    },
    Entry {
        id: "dead-channel",
        term: ["Dead channel", "죽은 채널 (dead channel)"],
        text: [
            "A channel whose output after ReLU is zero for (almost) every input: its filter costs MACs and parameters but carries nothing. The lab counts a channel as dead when it is zero on at least 99% of the test images.",
            "ReLU를 지난 출력이 (거의) 모든 입력에서 0인 채널입니다. 필터의 MACs와 파라미터는 그대로 들지만 아무 정보도 나르지 않습니다. 실험실에서는 테스트 이미지의 99% 이상에서 0인 채널을 죽은 채널로 셉니다.",
        ],
        chapters: &[Chapter::Expensive, Chapter::Lab],
    },
];
