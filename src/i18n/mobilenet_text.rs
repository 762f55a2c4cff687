//! The MobileNet chapter's prose in English and Korean.

use super::lessons::{Fact, LessonText};

pub static EN_TEXT: LessonText = LessonText {
    body: &[
        "MobileNet (Howard et al. 2017) builds a whole network from one layer, the depth-wise separable convolution. Where a standard network stacks a 3×3 convolution, batch normalization (BN) and ReLU, MobileNet stacks a 3×3 depth-wise convolution with BN and ReLU, then a 1×1 point-wise convolution with BN and ReLU; it downsamples with a stride of 2 in the depth-wise layer. Set the channels M and N and the map size D_F below and compare the two layers: the separable one costs 1/N + 1/D_K² of the standard one (eq. 5). The paper counts this cost in \"Mult-Adds\", the multiply-accumulates (MACs) this app counts.",
        "Two hyperparameters shrink the network further. The width multiplier α thins every layer at once: a layer with M inputs and N outputs gets αM and αN (α = 1, 0.75, 0.5 or 0.25). The resolution multiplier ρ is set through the input size 224ρ (224, 192, 160 or 128), so every feature map is ρ times as large on each side. The MACs fall to about α²ρ² and the parameters to about α²; ρ changes no weight. Table 3 follows one layer (D_K = 3, M = N = 512, D_F = 14): full convolution 462M MACs and 2.36M parameters, separable 52.3M and 0.27M, α = 0.75 29.6M and 0.15M, then ρ = 0.714 15.1M and 0.15M.",
        "Where does a MobileNet spend? Not in its depth-wise layers. The paper's Table 2 counts the whole network by layer type: the 1×1 convolutions carry 94.86% of the MACs and 74.59% of the parameters, the depth-wise 3×3 layers only 3.06% and 1.06%. Most of the remaining parameters sit in the final fully connected layer (24.33%). So the separable layer does not cut the cost evenly; it moves it into the point-wise layers, and to shrink a MobileNet further you must thin the 1×1 layers, which is what α does. The paper is glad to have the cost there: a 1×1 convolution is already a matrix multiplication (GEMM) that needs no im2col reordering in memory, and GEMM routines are highly optimized.",
        "What the factorization costs is accuracy. The paper trained the same network with full 3×3 convolutions in place of the separable layers (Table 4): 71.7% top-1 on ImageNet with 4866M MACs and 29.3M parameters, against MobileNet's 70.6% with 569M and 4.2M. The full network buys 1.1 points with 8.5 times the computation. The chart sets the α²ρ² law against the paper's networks: it matches Table 7's resolutions closely and runs a little low for Table 6's widths (41M in the paper at α = 0.25), because the depth-wise layers shrink only with α. Accuracy falls smoothly down to α = 0.5 (63.7%) and drops sharply at α = 0.25 (50.6%).",
    ],
    corrections: &[
        "\"8 to 9 times less computation\" holds for 3×3 kernels and many output channels. The ratio is 1/N + 1/D_K²: the paper's example layer with N = 512 is 8.8 times cheaper (462M against 52.3M MACs), but with few output channels the saving is much smaller.",
        "The post lists \"using 1×1 convolutions\" as a separate idea that lowers the cost. In MobileNet the 1×1 layer is the second half of every separable layer, and it is where the cost ends up (94.86% of the MACs, Table 2), not what makes the network cheap: the saving comes from replacing each full 3×3 convolution with a depth-wise 3×3 followed by that 1×1.",
        "The resolution multiplier ρ is set by the input image size (224, 192, 160, 128), and every map shrinks with it. It cuts the MACs by about ρ² and leaves the parameters unchanged; only the width multiplier α reduces the parameters (by about α²).",
    ],
    papers: &[
        Fact {
            figure: "One layer, D_K = 3, M = N = 512, D_F = 14 (Mult-Adds / parameters): full convolution 462M / 2.36M; depth-wise separable 52.3M / 0.27M; with α = 0.75 29.6M / 0.15M; with ρ = 0.714 15.1M / 0.15M",
            source: "Howard et al. 2017, Table 3",
        },
        Fact {
            figure: "Share by layer type (Mult-Adds / parameters): 1×1 convolution 94.86% / 74.59%; depth-wise 3×3 3.06% / 1.06%; first 3×3 convolution 1.19% / 0.02%; fully connected 0.18% / 24.33%",
            source: "Howard et al. 2017, Table 2",
        },
        Fact {
            figure: "MobileNet with full convolutions: 71.7% top-1, 4866M Mult-Adds, 29.3M parameters; with depth-wise separable convolutions: 70.6%, 569M, 4.2M",
            source: "Howard et al. 2017, Table 4",
        },
        Fact {
            figure: "Width multiplier at 224 (top-1, Mult-Adds, parameters): α = 1.0 70.6%, 569M, 4.2M; 0.75 68.4%, 325M, 2.6M; 0.5 63.7%, 149M, 1.3M; 0.25 50.6%, 41M, 0.5M",
            source: "Howard et al. 2017, Table 6",
        },
        Fact {
            figure: "Resolution at α = 1.0 (top-1, Mult-Adds; 4.2M parameters each): 224 70.6%, 569M; 192 69.1%, 418M; 160 67.2%, 290M; 128 64.4%, 186M",
            source: "Howard et al. 2017, Table 7",
        },
        Fact {
            figure: "1.0 MobileNet-224: 70.6% top-1, 569M Mult-Adds, 4.2M parameters; GoogleNet 69.8%, 1550M, 6.8M; VGG 16 71.5%, 15300M, 138M",
            source: "Howard et al. 2017, Table 8",
        },
    ],
};

pub static KO_TEXT: LessonText = LessonText {
    body: &[
        "MobileNet(Howard 외 2017)은 신경망 전체를 한 가지 층, 곧 깊이별 분리 합성곱(depth-wise separable convolution)으로 쌓습니다. 일반 신경망이 3×3 합성곱, 배치 정규화(batch normalization, BN), ReLU를 쌓는 자리에 MobileNet은 3×3 깊이별 합성곱과 BN, ReLU를 두고, 그 뒤에 1×1 점별 합성곱(point-wise convolution)과 BN, ReLU를 둡니다. 다운샘플링은 깊이별 층의 스트라이드를 2로 해서 합니다. 아래에서 채널 수 M, N과 맵 크기 D_F를 정하고 두 층을 비교해 보세요. 분리 층의 비용은 표준 층의 1/N + 1/D_K²입니다(식 5). 논문은 이 비용을 \"Mult-Adds\"로 세는데, 이 앱이 세는 곱셈-누산(MACs)과 같은 것입니다.",
        "두 하이퍼파라미터가 신경망을 더 줄입니다. 폭 배수(width multiplier) α는 모든 층을 한꺼번에 가늘게 만듭니다. 입력 M채널, 출력 N채널인 층이 αM채널, αN채널이 됩니다(α = 1, 0.75, 0.5, 0.25). 해상도 배수(resolution multiplier) ρ는 입력 크기 224ρ(224, 192, 160, 128)로 정해지며, 모든 특징 맵의 한 변이 ρ배가 됩니다. 곱셈-누산은 대략 α²ρ²배로, 파라미터는 대략 α²배로 줄고, ρ는 가중치를 하나도 바꾸지 않습니다. 표 3은 층 하나(D_K = 3, M = N = 512, D_F = 14)를 단계별로 따라갑니다. 표준 합성곱은 곱셈-누산 462M, 파라미터 2.36M, 분리 합성곱은 52.3M, 0.27M, α = 0.75이면 29.6M, 0.15M, 여기에 ρ = 0.714이면 15.1M, 0.15M입니다.",
        "MobileNet은 계산을 어디에 쓸까요? 깊이별 층이 아닙니다. 논문의 표 2는 신경망 전체를 층 종류별로 셉니다. 1×1 합성곱이 곱셈-누산의 94.86%와 파라미터의 74.59%를 차지하고, 깊이별 3×3 층은 3.06%와 1.06%에 그칩니다. 나머지 파라미터는 대부분 마지막 완전 연결 층(24.33%)에 있습니다. 따라서 분리 층은 비용을 고르게 줄이는 것이 아니라 점별 층으로 옮기는 셈이며, MobileNet을 더 줄이려면 1×1 층을 가늘게 해야 합니다. α가 바로 그 일을 합니다. 논문은 비용이 그곳에 몰리는 것을 반깁니다. 1×1 합성곱은 그 자체로 행렬 곱(GEMM)이어서 im2col로 메모리를 재배열할 필요가 없고, GEMM 루틴은 고도로 최적화되어 있기 때문입니다.",
        "분리의 대가는 정확도입니다. 논문은 같은 신경망을 분리 층 대신 표준 3×3 합성곱으로 학습해 보았습니다(표 4). 표준 합성곱 신경망은 곱셈-누산 4866M, 파라미터 29.3M으로 ImageNet top-1 71.7%를 내고, MobileNet은 569M, 4.2M으로 70.6%를 냅니다. 계산을 8.5배 들여 정확도 1.1%p를 얻는 셈입니다. 차트는 α²ρ² 법칙을 논문의 신경망들과 견줍니다. 표 7의 해상도와는 거의 그대로 맞고, 표 6의 폭에서는 법칙의 예측이 조금 낮습니다(α = 0.25에서 논문은 41M). 깊이별 층은 α에만 비례해 줄기 때문입니다. 정확도는 α = 0.5(63.7%)까지 완만하게 떨어지다가 α = 0.25(50.6%)에서 크게 떨어집니다.",
    ],
    corrections: &[
        "\"연산량이 8~9배 적다\"는 3×3 커널에 출력 채널이 많을 때의 이야기입니다. 비율은 1/N + 1/D_K²입니다. 논문의 예시 층처럼 N = 512이면 8.8배 싸지만(곱셈-누산 462M 대 52.3M), 출력 채널이 적으면 절감이 훨씬 작습니다.",
        "원문은 \"1×1 합성곱의 적극 활용\"을 비용을 줄이는 별개의 아이디어로 나열합니다. MobileNet에서 1×1 층은 모든 분리 층의 뒤쪽 절반이며, 신경망을 싸게 만드는 요인이 아니라 비용이 결국 모이는 곳입니다(곱셈-누산의 94.86%, 표 2). 절감은 표준 3×3 합성곱을 깊이별 3×3과 그 뒤의 1×1로 바꾸는 데서 나옵니다.",
        "해상도 배수 ρ는 입력 이미지 크기(224, 192, 160, 128)로 정해지며, 모든 맵이 그에 따라 작아집니다. ρ는 곱셈-누산을 대략 ρ²배로 줄이지만 파라미터는 바꾸지 않습니다. 파라미터를 (대략 α²배로) 줄이는 것은 폭 배수 α뿐입니다.",
    ],
    papers: &[
        Fact {
            figure: "층 하나, D_K = 3, M = N = 512, D_F = 14(곱셈-누산 / 파라미터): 표준 합성곱 462M / 2.36M, 깊이별 분리 합성곱 52.3M / 0.27M, α = 0.75 적용 시 29.6M / 0.15M, ρ = 0.714 추가 적용 시 15.1M / 0.15M",
            source: "Howard 외 2017, 표 3",
        },
        Fact {
            figure: "층 종류별 비중(곱셈-누산 / 파라미터): 1×1 합성곱 94.86% / 74.59%, 깊이별 3×3 3.06% / 1.06%, 첫 3×3 합성곱 1.19% / 0.02%, 완전 연결 층 0.18% / 24.33%",
            source: "Howard 외 2017, 표 2",
        },
        Fact {
            figure: "표준 합성곱 MobileNet: top-1 71.7%, 곱셈-누산 4866M, 파라미터 29.3M / 깊이별 분리 합성곱 MobileNet: 70.6%, 569M, 4.2M",
            source: "Howard 외 2017, 표 4",
        },
        Fact {
            figure: "입력 224에서 폭 배수별(top-1, 곱셈-누산, 파라미터): α = 1.0 70.6%, 569M, 4.2M / 0.75 68.4%, 325M, 2.6M / 0.5 63.7%, 149M, 1.3M / 0.25 50.6%, 41M, 0.5M",
            source: "Howard 외 2017, 표 6",
        },
        Fact {
            figure: "α = 1.0에서 해상도별(top-1, 곱셈-누산, 파라미터는 모두 4.2M): 224 70.6%, 569M / 192 69.1%, 418M / 160 67.2%, 290M / 128 64.4%, 186M",
            source: "Howard 외 2017, 표 7",
        },
        Fact {
            figure: "1.0 MobileNet-224: top-1 70.6%, 곱셈-누산 569M, 파라미터 4.2M / GoogleNet 69.8%, 1550M, 6.8M / VGG 16 71.5%, 15300M, 138M",
            source: "Howard 외 2017, 표 8",
        },
    ],
};
