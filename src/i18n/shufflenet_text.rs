//! The ShuffleNet chapter's prose in English and Korean.

use super::lessons::{Fact, LessonText};

pub static EN_TEXT: LessonText = LessonText {
    body: &[
        "ShuffleNet (Zhang et al. 2017) starts where MobileNet ends. Once the 3×3 convolution is depth-wise and cheap, the dense 1×1 convolutions take most of the cost, so ShuffleNet makes them group convolutions too, which divides their cost by the number of groups g. Stacking group convolutions has a side effect, though: each output group is computed only from its own input group, the next layer's group only from that one, and so on, so the channels split into g separate networks that never exchange information. The view below shows it: with the shuffle off, trace an output channel and only the inputs of its own group reach it.",
        "Channel shuffle fixes this with a fixed reordering, not a random one. Write the g·n channels as a g × n matrix, one row per group; transpose it to n × g and read it out row by row. The next layer's first group now gets the first channel of every group, its second group the second channel of every group, and so on. With 9 channels in 3 groups the order becomes 1 4 7 2 5 8 3 6 9; play it step by step below. The shuffle only moves data: it has no parameters and no multiply-adds. Turn it on: with n ≥ g, one shuffle between two group layers lets every input reach every output.",
        "The ShuffleNet unit rebuilds ResNet's bottleneck from these parts: a 1×1 group convolution with BN and ReLU, the channel shuffle, a 3×3 depth-wise convolution with BN, a second 1×1 group convolution with BN; then the shortcut is added and a ReLU follows. To halve the map, the depth-wise layer takes stride 2, the shortcut passes a 3×3 average pool with stride 2, and the two branches are concatenated instead of added. For c channels, a bottleneck of m channels and an h×w map, a ResNet unit costs hw(2cm + 9m²), a ResNeXt unit hw(2cm + 9m²/g) and a ShuffleNet unit hw(2cm/g + 9m). At the same budget ShuffleNet can afford wider feature maps, which matters most in small networks.",
        "The best g depends on the network's size (Table 2, every layer's channels scaled by 1×, 0.5× or 0.25×). At 1×, g = 8 gives the lowest top-1 error, 32.4%, but g = 3 and 4 are within 0.4 points; at 0.5×, g = 4 (41.6%) beats g = 8 (42.3%), perhaps because each filter then sees too few input channels; at 0.25×, g = 8 (52.7%) is clearly best, 4.4 points below g = 1. The channels that groups buy matter most to a network that has few, so choose g by the model's scale. The shuffle lowers the error in every test (Table 3), and at similar cost ShuffleNet is more accurate than MobileNet (Table 5).",
    ],
    corrections: &[
        "The post says group convolutions raise accuracy by solving the sparse channel-correlation problem. The ShuffleNet paper's argument is cost: grouping the 1×1 convolutions divides their cost by g, so at the same budget the network can use more channels, and the wider feature maps bring the accuracy (Table 1: 384 channels in stage 2 with g = 8 against 144 with g = 1, at about the same complexity).",
        "\"Shuffling always helps\" is what the paper measured for g = 3 and g = 8 at three scales (Table 3). It helps more with more groups (1×, g = 8: error 37.6% → 32.4%; g = 3: 34.5% → 32.6%), and with g = 1 there is nothing to shuffle.",
        "ShuffleNet's \"FLOPs\" count multiply-adds: the same count as MobileNet's \"Mult-Adds\" and this app's MACs, so Table 5 compares like with like.",
    ],
    papers: &[
        Fact {
            figure: "Cost of one unit with c channels, bottleneck m, map h × w and g groups: ResNet hw(2cm + 9m²), ResNeXt hw(2cm + 9m²/g), ShuffleNet hw(2cm/g + 9m)",
            source: "Zhang et al. 2017",
        },
        Fact {
            figure: "Output channels of stages 2/3/4 at about the same complexity: g = 1 144/288/576 (143 MFLOPs); g = 3 240/480/960 (137M); g = 8 384/768/1536 (137M)",
            source: "Zhang et al. 2017, Table 1",
        },
        Fact {
            figure: "Top-1 error (%) for g = 1/2/3/4/8: 1× (140 MFLOPs) 33.6/32.7/32.6/32.8/32.4; 0.5× (38M) 45.1/44.4/43.2/41.6/42.3; 0.25× (13M) 57.1/56.8/55.0/54.2/52.7",
            source: "Zhang et al. 2017, Table 2",
        },
        Fact {
            figure: "Top-1 error (%) without → with shuffle: 1× g = 3 34.5 → 32.6, g = 8 37.6 → 32.4; 0.5× g = 3 45.7 → 43.2, g = 8 48.1 → 42.3; 0.25× g = 3 56.3 → 55.0, g = 8 56.5 → 52.7",
            source: "Zhang et al. 2017, Table 3",
        },
        Fact {
            figure: "Top-1 error (%) by unit type at 140 / 38 / 13 MFLOPs: ResNet 37.3/48.8/63.7; Xception-like 33.6/45.1/57.1; ResNeXt 33.3/46.0/65.2; ShuffleNet 32.4/41.6/52.7",
            source: "Zhang et al. 2017, Table 4",
        },
        Fact {
            figure: "Against MobileNet (top-1 error at MFLOPs): 1.0 MobileNet 29.4% at 569 vs ShuffleNet 2× (g = 3) 26.3% at 524; 0.5 MobileNet 36.3% at 149 vs ShuffleNet 1× (g = 8) 32.4% at 140; 0.25 MobileNet 49.4% at 41 vs ShuffleNet 0.5× (g = 4) 41.6% at 38",
            source: "Zhang et al. 2017, Table 5",
        },
    ],
};

pub static KO_TEXT: LessonText = LessonText {
    body: &[
        "ShuffleNet(Zhang 외 2017)은 MobileNet이 멈춘 곳에서 시작합니다. 3×3 합성곱을 깊이별 합성곱으로 바꿔 싸게 만들고 나면 비용의 대부분은 조밀한 1×1 합성곱이 차지합니다. 그래서 ShuffleNet은 1×1 합성곱도 그룹 합성곱(group convolution)으로 바꿔 그 비용을 그룹 수 g로 나눕니다. 그런데 그룹 합성곱을 쌓으면 부작용이 생깁니다. 출력 그룹 하나는 자기 입력 그룹에서만 계산되고, 다음 층의 그룹은 다시 그 그룹에서만 계산되는 식이어서, 채널이 서로 정보를 주고받지 않는 g개의 독립된 신경망으로 갈라집니다. 아래 보기에서 셔플을 끄고 출력 채널 하나를 따라가 보면, 그 채널에는 자기 그룹의 입력만 닿습니다.",
        "채널 셔플(channel shuffle)은 무작위가 아니라 정해진 규칙으로 채널을 다시 배열해 이 문제를 풉니다. g·n개의 채널을 그룹 하나가 한 행인 g × n 행렬로 적고, n × g로 전치(transpose)한 뒤 행 순서대로 읽어 냅니다. 그러면 다음 층의 첫째 그룹은 모든 그룹의 첫째 채널을, 둘째 그룹은 모든 그룹의 둘째 채널을 받는 식입니다. 채널 9개, 그룹 3개라면 순서는 1 4 7 2 5 8 3 6 9가 됩니다. 아래에서 한 단계씩 재생해 보세요. 셔플은 데이터를 옮길 뿐이어서 파라미터도 곱셈-누산도 들지 않습니다. 셔플을 켜 보세요. n ≥ g이면 두 그룹 층 사이의 셔플 한 번으로 모든 입력이 모든 출력에 닿습니다.",
        "ShuffleNet 유닛은 ResNet의 병목(bottleneck) 블록을 이 부품들로 다시 짓습니다. 1×1 그룹 합성곱과 BN, ReLU, 채널 셔플, 3×3 깊이별 합성곱과 BN, 두 번째 1×1 그룹 합성곱과 BN을 지난 뒤 지름길(shortcut)을 더하고 ReLU를 적용합니다. 맵을 절반으로 줄일 때는 깊이별 층의 스트라이드를 2로 하고, 지름길에 스트라이드 2의 3×3 평균 풀링을 두며, 두 갈래를 더하는 대신 이어 붙입니다(concatenate). 채널 c개, 병목 채널 m개, 맵 h×w에서 유닛 하나의 비용은 ResNet이 hw(2cm + 9m²), ResNeXt가 hw(2cm + 9m²/g), ShuffleNet이 hw(2cm/g + 9m)입니다. 그래서 같은 예산이면 ShuffleNet은 더 넓은 특징 맵을 쓸 수 있고, 이는 작은 신경망에서 가장 중요합니다.",
        "가장 좋은 g는 신경망의 크기에 따라 다릅니다(표 2, 모든 층의 채널 수에 1×, 0.5×, 0.25×를 곱함). 1×에서는 g = 8의 top-1 오류율이 32.4%로 가장 낮지만 g = 3, 4도 0.4%p 안쪽입니다. 0.5×에서는 g = 4(41.6%)가 g = 8(42.3%)보다 낫습니다. 필터 하나가 보는 입력 채널이 너무 적어지기 때문으로 보입니다. 0.25×에서는 g = 8(52.7%)이 확실히 가장 좋고, g = 1보다 4.4%p 낮습니다. 그룹으로 얻는 채널은 채널이 적은 신경망에 가장 소중하므로, g는 모델의 크기에 맞춰 고릅니다. 셔플은 모든 실험에서 오류율을 낮추었고(표 3), 비슷한 비용에서 ShuffleNet은 MobileNet보다 정확합니다(표 5).",
    ],
    corrections: &[
        "원문은 그룹 합성곱이 희소한 채널 상관관계 문제를 풀어 성능을 높인다고 말합니다. ShuffleNet 논문의 논거는 비용입니다. 1×1 합성곱을 그룹으로 나누면 비용이 g분의 1이 되므로 같은 예산에서 채널을 더 쓸 수 있고, 정확도는 그 넓어진 특징 맵에서 나옵니다(표 1: 비슷한 복잡도에서 스테이지 2의 채널이 g = 8이면 384개, g = 1이면 144개).",
        "\"셔플하면 언제나 좋다\"는 논문이 g = 3과 g = 8을 세 가지 크기에서 잰 결과입니다(표 3). 그룹이 많을수록 효과가 크고(1×, g = 8: 오류율 37.6% → 32.4%, g = 3: 34.5% → 32.6%), g = 1이면 섞을 것이 없습니다.",
        "ShuffleNet의 \"FLOPs\"는 곱셈-누산 횟수입니다. MobileNet의 \"Mult-Adds\", 이 앱의 MACs와 같은 양이므로 표 5는 같은 기준으로 비교한 것입니다.",
    ],
    papers: &[
        Fact {
            figure: "채널 c개, 병목 m, 맵 h × w, 그룹 g개일 때 유닛 하나의 비용: ResNet hw(2cm + 9m²), ResNeXt hw(2cm + 9m²/g), ShuffleNet hw(2cm/g + 9m)",
            source: "Zhang 외 2017",
        },
        Fact {
            figure: "비슷한 복잡도에서 스테이지 2/3/4의 출력 채널: g = 1 144/288/576(143 MFLOPs), g = 3 240/480/960(137M), g = 8 384/768/1536(137M)",
            source: "Zhang 외 2017, 표 1",
        },
        Fact {
            figure: "g = 1/2/3/4/8일 때 top-1 오류율(%): 1×(140 MFLOPs) 33.6/32.7/32.6/32.8/32.4, 0.5×(38M) 45.1/44.4/43.2/41.6/42.3, 0.25×(13M) 57.1/56.8/55.0/54.2/52.7",
            source: "Zhang 외 2017, 표 2",
        },
        Fact {
            figure: "셔플 없음 → 있음, top-1 오류율(%): 1× g = 3 34.5 → 32.6, g = 8 37.6 → 32.4 / 0.5× g = 3 45.7 → 43.2, g = 8 48.1 → 42.3 / 0.25× g = 3 56.3 → 55.0, g = 8 56.5 → 52.7",
            source: "Zhang 외 2017, 표 3",
        },
        Fact {
            figure: "140 / 38 / 13 MFLOPs에서 유닛 종류별 top-1 오류율(%): ResNet 37.3/48.8/63.7, Xception 유사 33.6/45.1/57.1, ResNeXt 33.3/46.0/65.2, ShuffleNet 32.4/41.6/52.7",
            source: "Zhang 외 2017, 표 4",
        },
        Fact {
            figure: "MobileNet과 비교(top-1 오류율, MFLOPs): 1.0 MobileNet 29.4%, 569 대 ShuffleNet 2×(g = 3) 26.3%, 524 / 0.5 MobileNet 36.3%, 149 대 ShuffleNet 1×(g = 8) 32.4%, 140 / 0.25 MobileNet 49.4%, 41 대 ShuffleNet 0.5×(g = 4) 41.6%, 38",
            source: "Zhang 외 2017, 표 5",
        },
    ],
};
