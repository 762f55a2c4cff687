//! The tiny-models lab's texts in English and Korean: the chapter's prose and papers
//! box, the controls' labels, and how each paper's claim is stated.

use super::lessons::{Fact, LessonText};
use super::Lang;
use crate::lab::ablation::{Claim, Verdict};

/// The lab's interface strings.
#[derive(Debug)]
pub struct LabTr {
    pub model: &'static str,
    pub loading: &'static str,
    pub draw_title: &'static str,
    pub draw_hint: &'static str,
    /// `{strokes}`, `{points}`: the drawing pad as text.
    pub describe_pad: &'static str,
    pub clear: &'static str,
    pub sample_title: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub label: &'static str,
    pub drawn: &'static str,
    pub input_8x8: &'static str,
    /// `{values}`: the 8×8 input as text.
    pub describe_input: &'static str,
    pub probabilities: &'static str,
    pub prediction: &'static str,
    pub maps_title: &'static str,
    pub maps_note: &'static str,
    /// `{channels}`, `{h}`, `{w}`, `{dead}`, `{max}`: one layer's feature maps as text.
    pub describe_maps: &'static str,
    /// `{channel}`, `{inputs}`, `{kh}`, `{kw}`, `{min}`, `{max}`: a filter as text.
    pub describe_filter: &'static str,
    pub dead: &'static str,
    pub channel: &'static str,
    pub silent_on: &'static str,
    pub filter_of: &'static str,
    pub no_filter: &'static str,
    pub corr_title: &'static str,
    pub corr_note: &'static str,
    /// `{c}`, `{r}`, `{a}`, `{b}`, `{constant}`: the correlation map as text.
    pub describe_corr: &'static str,
    /// The word for an empty list.
    pub none: &'static str,
    pub layer: &'static str,
    pub erf_title: &'static str,
    pub erf_note: &'static str,
    pub erf_loaded: &'static str,
    pub erf_initial: &'static str,
    /// `{n}` pixels, `{field}` the theoretical side.
    pub erf_core: &'static str,
    /// `{h}`, `{w}`, `{field}`, `{max}`, `{row}`, `{col}`: a gradient map as text.
    pub describe_erf: &'static str,
    pub train_title: &'static str,
    pub train_note: &'static str,
    pub train_fused: &'static str,
    pub epochs: &'static str,
    pub seed: &'static str,
    pub train: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub stop: &'static str,
    pub shipped: &'static str,
    pub trained: &'static str,
    pub test_accuracy: &'static str,
    pub params: &'static str,
    pub macs: &'static str,
    pub chart_title: &'static str,
    pub chart_x: &'static str,
    pub chart_y: &'static str,
    pub loss: &'static str,
    pub stopped: &'static str,
    pub worker_failed: &'static str,
    pub ablation_title: &'static str,
    pub ablation_note: &'static str,
    pub network: &'static str,
    pub agrees: &'static str,
    pub disagrees: &'static str,
    pub within_noise: &'static str,
    pub data_credit: &'static str,
    pub reproduce: &'static str,
    pub scatter_title: &'static str,
    pub scatter_x: &'static str,
    pub scatter_y: &'static str,
}

/// The lab's strings in `lang`.
pub fn lab_tr(lang: Lang) -> &'static LabTr {
    match lang {
        Lang::En => &EN,
        Lang::Ko => &KO,
    }
}

/// The lab chapter's prose in `lang`.
pub fn lab_text(lang: Lang) -> &'static LessonText {
    match lang {
        Lang::En => &EN_TEXT,
        Lang::Ko => &KO_TEXT,
    }
}

/// The paper's claim behind `claim`, in `lang`.
pub fn claim_text(lang: Lang, claim: Claim) -> &'static str {
    let i = Claim::ALL.iter().position(|c| *c == claim).unwrap_or(0);
    match lang {
        Lang::En => EN_CLAIMS[i],
        Lang::Ko => KO_CLAIMS[i],
    }
}

/// The word for `verdict` in `lang`.
pub fn verdict_text(lang: Lang, verdict: Verdict) -> &'static str {
    let t = lab_tr(lang);
    match verdict {
        Verdict::Agrees => t.agrees,
        Verdict::Disagrees => t.disagrees,
        Verdict::WithinNoise => t.within_noise,
    }
}

const EN_CLAIMS: [&str; 7] = [
    "ShuffleNet (Table 3): with the channel shuffle, stacked group convolutions are more accurate than without it.",
    "MobileNet (Table 4): depth-wise separable layers cost about 1 point of accuracy for about 8.6× fewer MACs.",
    "Group convolution: 2 groups keep the accuracy with about half the weights of the 3×3 layers.",
    "Group convolution: 4 groups keep the accuracy with about a quarter of the weights of the 3×3 layers.",
    "SqueezeNet: Fire modules keep the accuracy with far fewer parameters.",
    "MobileNet (Table 6): the width multiplier α = 0.5 costs accuracy (70.6% → 63.7% on ImageNet).",
    "Inception v3: a 3×3 as 1×3 then 3×1 keeps the accuracy with a third fewer weights.",
];

const KO_CLAIMS: [&str; 7] = [
    "ShuffleNet (표 3): 채널 셔플이 있으면 그룹 합성곱을 쌓아도 셔플이 없을 때보다 정확하다.",
    "MobileNet (표 4): depth-wise separable 층은 MAC을 약 8.6배 줄이는 대신 정확도를 약 1%p 잃는다.",
    "그룹 합성곱: 그룹 2개는 3×3 층의 가중치를 약 절반으로 줄이면서 정확도를 유지한다.",
    "그룹 합성곱: 그룹 4개는 3×3 층의 가중치를 약 4분의 1로 줄이면서 정확도를 유지한다.",
    "SqueezeNet: Fire 모듈은 파라미터를 크게 줄이면서 정확도를 유지한다.",
    "MobileNet (표 6): 폭 배수 α = 0.5는 정확도를 잃는다 (ImageNet에서 70.6% → 63.7%).",
    "Inception v3: 3×3을 1×3과 3×1로 나누면 가중치가 3분의 1 줄어도 정확도가 유지된다.",
];

static EN: LabTr = LabTr {
    model: "Network",
    loading: "Starting the lab's worker, loading the digits and the weights…",
    draw_title: "Draw a digit",
    draw_hint: "Draw with a mouse, pen or finger. The drawing is scaled into a 32×32 box and counted in 4×4 blocks, exactly as the data set was made.",
    describe_pad: "{strokes} strokes, {points} points drawn; the 8 × 8 picture the network reads is shown under \"What the network sees\".",
    clear: "Clear",
    sample_title: "Or pick a test image",
    previous: "Previous",
    next: "Next",
    label: "label",
    drawn: "your drawing",
    input_8x8: "What the network sees (8×8)",
    describe_input: "8 × 8 input, row by row, ink from 0 to 1: {values}.",
    probabilities: "Class probabilities",
    prediction: "prediction",
    maps_title: "Every channel's feature map",
    maps_note: "One small image per channel, brighter = larger ReLU output. Crossed out: dead channels, zero on at least 99% of the test images. Point at a channel to see its filter.",
    describe_maps: "{channels} channels of {h} × {w}; dead channels (crossed out): {dead}; largest activation {max}.",
    describe_filter: "Kernels of output channel {channel}: {inputs} input channels of {kh} × {kw}; weights from {min} to {max}.",
    dead: "dead",
    channel: "channel",
    silent_on: "zero on this share of test images",
    filter_of: "Filter of",
    no_filter: "this block ends in branches, so a channel comes from several filters",
    corr_title: "Channel correlation over the test set",
    corr_note: "Pearson correlation of every pair of channels over all test images and positions (blue negative, orange positive, grey: a channel that never varies). In a grouped network the channels of one group tend to move together more, which shows as faint blocks along the diagonal (try tiny_group4, conv3).",
    describe_corr: "{c} × {c} correlations; the strongest between two different channels is r = {r}, channels {a} and {b}; {constant} channels never vary.",
    none: "none",
    layer: "Layer",
    erf_title: "Effective receptive field: trained against untrained",
    erf_note: "How strongly each input pixel moves the centre unit of the chosen layer (the gradient through our core's backward pass, averaged over 32 test images, summed over the unit's channels). Left: the loaded weights; right: the same layers at their initial random weights. The square is the theoretical receptive field; Luo et al. (2016) found the effective field smaller and roughly Gaussian, and that training reshapes it.",
    erf_loaded: "loaded weights",
    erf_initial: "initial random weights",
    erf_core: "{n} pixels hold 95% of the gradient (the field is {field} × {field})",
    describe_erf: "{h} × {w} gradient map with the theoretical field ({field} × {field}) outlined around the centre; the largest gradient, {max}, is at row {row}, column {col}.",
    train_title: "Train it here",
    train_note: "Trains the chosen network from scratch in a Web Worker, so the page stays responsive: Adam from a learning rate of 0.01 annealed along a half cosine, batches of 32, the seed in the URL. The same seed gives the same run as 'convatlas train' on the same data.",
    train_fused: "This browser has WebAssembly's relaxed SIMD, so the worker's matrix products use fused multiply-adds.",
    epochs: "Epochs",
    seed: "Seed",
    train: "Train from scratch",
    pause: "Pause",
    resume: "Resume",
    stop: "Stop",
    shipped: "shipped weights",
    trained: "weights trained in this page",
    test_accuracy: "test accuracy",
    params: "parameters",
    macs: "MACs",
    chart_title: "Training loss and test accuracy per epoch",
    chart_x: "epoch",
    chart_y: "loss / accuracy",
    loss: "training loss",
    stopped: "Stopped. The shipped weights are back.",
    worker_failed: "The lab's worker stopped; press Stop to start a fresh one.",
    ablation_title: "The papers in miniature",
    ablation_note: "Every tiny network trained with seeds 1, 2 and 3 under the same schedule (convatlas ablation). Accuracy is the mean over the seeds ± half the range. With 359 test images, one image is 0.28 points. Any row can be rerun here: pick it, then press Train; seed 1 gives the same accuracy as the file.",
    network: "Network",
    agrees: "our miniature agrees",
    disagrees: "our miniature disagrees",
    within_noise: "within the seeds' spread: no conclusion",
    data_credit: "Data: UCI optical recognition of handwritten digits (Alpaydin & Kaynak 1998), CC BY 4.0.",
    reproduce: "set up seed 1 here",
    scatter_title: "Test accuracy against MACs (mean over 3 seeds)",
    scatter_x: "MACs per image (log scale)",
    scatter_y: "test accuracy (%)",
};

static KO: LabTr = LabTr {
    model: "네트워크",
    loading: "실습용 워커를 시작하고 숫자 데이터와 가중치를 불러오는 중…",
    draw_title: "숫자를 그려 보세요",
    draw_hint: "마우스, 펜, 손가락으로 그리면 됩니다. 그림은 32×32 상자에 맞춰진 뒤 4×4 블록마다 잉크를 세어 8×8이 됩니다. 데이터셋을 만든 방식 그대로입니다.",
    describe_pad: "{strokes}획, 점 {points}개를 그렸습니다. 네트워크가 읽는 8 × 8 그림은 \"네트워크가 보는 입력\"에 있습니다.",
    clear: "지우기",
    sample_title: "또는 테스트 이미지를 고르세요",
    previous: "이전",
    next: "다음",
    label: "정답",
    drawn: "직접 그린 숫자",
    input_8x8: "네트워크가 보는 입력 (8×8)",
    describe_input: "8 × 8 입력(행 순서, 잉크 0~1): {values}.",
    probabilities: "클래스별 확률",
    prediction: "예측",
    maps_title: "채널별 특징 맵",
    maps_note: "채널마다 작은 이미지 하나, 밝을수록 ReLU 출력이 큽니다. X 표시: 테스트 이미지의 99% 이상에서 출력이 0인 죽은 채널. 채널을 가리키면 그 필터가 보입니다.",
    describe_maps: "{h} × {w} 채널 {channels}개. 죽은 채널(가위표): {dead}. 가장 큰 활성값 {max}.",
    describe_filter: "출력 채널 {channel}의 커널: 입력 채널 {inputs}개, {kh} × {kw}. 가중치 범위 {min} ~ {max}.",
    dead: "죽은 채널",
    channel: "채널",
    silent_on: "출력이 0인 테스트 이미지 비율",
    filter_of: "필터:",
    no_filter: "이 블록은 여러 갈래로 끝나므로 한 채널이 여러 필터에서 나옵니다",
    corr_title: "테스트 세트에서의 채널 상관관계",
    corr_note: "모든 테스트 이미지와 위치에서 채널 쌍마다 구한 피어슨 상관계수입니다 (파랑 음수, 주황 양수, 회색은 값이 변하지 않는 채널). 그룹 네트워크에서는 같은 그룹의 채널끼리 더 함께 움직이는 경향이 있어 대각선을 따라 흐린 블록이 보입니다 (tiny_group4의 conv3).",
    describe_corr: "{c} × {c} 상관계수. 서로 다른 두 채널 사이에서 가장 강한 것은 채널 {a}과 {b}의 r = {r}이고, 값이 변하지 않는 채널은 {constant}개입니다.",
    none: "없음",
    layer: "층",
    erf_title: "유효 수용 영역: 학습 전과 후",
    erf_note: "고른 층의 가운데 유닛이 입력 픽셀마다 얼마나 민감한지 보여 줍니다 (우리 엔진의 역전파로 구한 기울기, 테스트 이미지 32장 평균, 유닛의 채널 합). 왼쪽은 불러온 가중치, 오른쪽은 같은 층의 초기 무작위 가중치입니다. 사각형은 이론적 수용 영역입니다. Luo et al.(2016)은 유효 영역이 이론보다 작고 가우시안에 가까우며, 학습이 그 모양을 바꾼다는 것을 보였습니다.",
    erf_loaded: "불러온 가중치",
    erf_initial: "초기 무작위 가중치",
    erf_core: "기울기의 95%가 {n}개 픽셀에 모여 있음 (이론 영역 {field} × {field})",
    describe_erf: "{h} × {w} 기울기 맵, 가운데에 이론 영역({field} × {field}) 표시. 가장 큰 기울기 {max}은(는) {row}행 {col}열에 있습니다.",
    train_title: "여기서 직접 학습하기",
    train_note: "고른 네트워크를 웹 워커에서 처음부터 학습하므로 페이지는 계속 반응합니다. Adam, 학습률 0.01에서 코사인 반주기로 감소, 배치 32, 시드는 URL에 있습니다. 같은 시드와 데이터라면 'convatlas train'과 같은 결과가 나옵니다.",
    train_fused: "이 브라우저는 WebAssembly의 relaxed SIMD를 지원하므로, 작업자의 행렬 곱은 융합 곱셈-덧셈(FMA)을 씁니다.",
    epochs: "에폭",
    seed: "시드",
    train: "처음부터 학습",
    pause: "일시정지",
    resume: "계속",
    stop: "중지",
    shipped: "제공된 가중치",
    trained: "이 페이지에서 학습한 가중치",
    test_accuracy: "테스트 정확도",
    params: "파라미터",
    macs: "MAC",
    chart_title: "에폭별 학습 손실과 테스트 정확도",
    chart_x: "에폭",
    chart_y: "손실 / 정확도",
    loss: "학습 손실",
    stopped: "중지했습니다. 제공된 가중치로 돌아갑니다.",
    worker_failed: "실습용 워커가 멈췄습니다. 중지를 눌러 새로 시작하세요.",
    ablation_title: "축소판으로 본 논문들",
    ablation_note: "모든 작은 네트워크를 같은 일정으로 시드 1, 2, 3에서 학습했습니다 (convatlas ablation). 정확도는 세 시드의 평균 ± 범위의 절반입니다. 테스트 이미지가 359장이라 한 장이 0.28%p입니다. 어느 행이든 여기서 다시 돌릴 수 있습니다. 행을 고르고 학습을 누르면 시드 1은 파일과 같은 정확도를 냅니다.",
    network: "네트워크",
    agrees: "축소판도 같은 결론",
    disagrees: "축소판은 다른 결론",
    within_noise: "시드 간 편차 안: 결론 없음",
    data_credit: "데이터: UCI 손글씨 숫자 광학 인식 (Alpaydin & Kaynak 1998), CC BY 4.0.",
    reproduce: "시드 1로 여기서 준비",
    scatter_title: "MAC에 따른 테스트 정확도 (시드 3개 평균)",
    scatter_x: "이미지당 MAC (로그 눈금)",
    scatter_y: "테스트 정확도 (%)",
};

static EN_TEXT: LessonText = LessonText {
    body: &[
        "Everything on this page runs in your browser on our own inference core: nine tiny networks, one per design this atlas teaches, classify the UCI 8×8 handwritten digits. They share one skeleton (a 3×3 stem, two blocks at 8×8, a max pool, blocks at 4×4, global average pooling and a linear classifier) so that only the design differs.",
        "A channel that outputs zero for almost every input is dead: it costs its full share of MACs and contributes nothing. Plain networks carry such channels, and neighbouring channels often respond together; both are arguments for cheaper designs that give each output channel fewer inputs.",
        "The correlation matrix shows how much the channels of one layer move together. Most pairs are weakly correlated, which is why a group convolution, which lets each output see only part of the input channels, loses little.",
    ],
    corrections: &[],
    papers: &[
        Fact { figure: "ShuffleNet 1× g=8: 37.6% top-1 error without the shuffle, 32.4% with it", source: "Zhang et al. 2017, Table 3" },
        Fact { figure: "Full-convolution MobileNet 71.7% top-1, 4866M MACs, 29.3M params; separable 70.6%, 569M, 4.2M", source: "Howard et al. 2017, Table 4" },
        Fact { figure: "α = 1.0: 70.6%, 569M MACs; α = 0.5: 63.7%, 149M MACs", source: "Howard et al. 2017, Table 6" },
        Fact { figure: "1,797 digits of 8×8 pixels (0..16), 10 classes; we hold out every fifth image (359) for testing", source: "Alpaydin & Kaynak 1998, UCI, CC BY 4.0" },
    ],
};

static KO_TEXT: LessonText = LessonText {
    body: &[
        "이 페이지의 모든 계산은 브라우저 안에서 우리 추론 엔진으로 돌아갑니다. 이 아틀라스가 다루는 설계마다 하나씩, 아홉 개의 작은 네트워크가 UCI 8×8 손글씨 숫자를 분류합니다. 모두 같은 골격(3×3 줄기, 8×8에서 블록 둘, 최대 풀링, 4×4에서의 블록, 전역 평균 풀링, 선형 분류기)을 써서 설계만 다릅니다.",
        "거의 모든 입력에 0을 내는 채널은 죽은 채널입니다. MAC은 그대로 쓰면서 아무 기여도 하지 않습니다. 일반 CNN에는 이런 채널이 생기고, 이웃한 채널들이 함께 반응하는 일도 잦습니다. 둘 다 출력 채널마다 입력을 덜 보게 하는 가벼운 설계를 뒷받침합니다.",
        "상관 행렬은 한 층의 채널들이 얼마나 함께 움직이는지 보여 줍니다. 대부분의 쌍은 상관이 약합니다. 그래서 출력 채널이 입력 채널의 일부만 보는 그룹 합성곱을 써도 잃는 것이 적습니다.",
    ],
    corrections: &[],
    papers: &[
        Fact { figure: "ShuffleNet 1× g=8: 셔플 없이 top-1 오류 37.6%, 셔플 있으면 32.4%", source: "Zhang et al. 2017, 표 3" },
        Fact { figure: "일반 합성곱 MobileNet 71.7% top-1, MAC 4866M, 파라미터 29.3M; separable 70.6%, 569M, 4.2M", source: "Howard et al. 2017, 표 4" },
        Fact { figure: "폭 배수 α = 1.0: 70.6%, MAC 569M; α = 0.5: 63.7%, MAC 149M", source: "Howard et al. 2017, 표 6" },
        Fact { figure: "8×8 픽셀(0..16) 숫자 1,797장, 10 클래스; 다섯 번째 이미지마다(359장) 테스트용으로 떼어 둠", source: "Alpaydin & Kaynak 1998, UCI 저장소, CC BY 4.0" },
    ],
};
