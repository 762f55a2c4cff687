//! Each chapter's title and one-sentence blurb in every language. Every page module shows
//! the titles (in the navigation), only the start page the blurbs, so they are separate
//! tables, and both live apart from the chapters' prose (which only the chapter's own
//! module carries).

use super::Lang;

/// One text per chapter, in the navigation's order.
#[derive(Debug)]
pub struct PerChapter {
    pub expensive: &'static str,
    pub playground: &'static str,
    pub dilation: &'static str,
    pub factorization: &'static str,
    pub pointwise: &'static str,
    pub group: &'static str,
    pub depthwise: &'static str,
    pub separable: &'static str,
    pub xception: &'static str,
    pub squeezenet: &'static str,
    pub mobilenet: &'static str,
    pub shufflenet: &'static str,
    pub lab: &'static str,
    pub atlas: &'static str,
    pub blocks: &'static str,
    pub glossary: &'static str,
}

/// The chapters' titles in `lang` (the navigation and the page headings).
pub fn chapter_titles(lang: Lang) -> &'static PerChapter {
    match lang {
        Lang::En => &EN_TITLES,
        Lang::Ko => &KO_TITLES,
    }
}

/// The chapters' blurbs in `lang` (the start page's chapter list).
pub fn chapter_blurbs(lang: Lang) -> &'static PerChapter {
    match lang {
        Lang::En => &EN_BLURBS,
        Lang::Ko => &KO_BLURBS,
    }
}

static EN_TITLES: PerChapter = PerChapter {
    expensive: "Why plain CNNs get expensive",
    playground: "Convolution playground",
    dilation: "Dilated convolution and receptive fields",
    factorization: "Convolution factorization",
    pointwise: "Point-wise (1×1) convolution",
    group: "Group convolution",
    depthwise: "Depth-wise convolution",
    separable: "Depth-wise separable convolution",
    xception: "Xception: the extreme Inception",
    squeezenet: "SqueezeNet: the Fire module",
    mobilenet: "MobileNet: width and resolution multipliers",
    shufflenet: "ShuffleNet: group convolution and channel shuffle",
    lab: "Tiny models lab",
    atlas: "Architecture atlas",
    blocks: "Block diagrams",
    glossary: "Glossary",
};

static EN_BLURBS: PerChapter = PerChapter {
    expensive: "Width, depth and resolution against parameters, MACs and memory in a VGG-like stack, what pooling saves, and the dead and correlated channels of a trained network.",
    playground: "Paint an input and a kernel, then change stride, padding and dilation and watch each output value being computed.",
    dilation: "Space a kernel's taps apart and one layer sees much farther with the same weights and the same cost; stack such layers carelessly and the field fills with holes.",
    factorization: "Build a big kernel's receptive field from smaller or thinner pieces: fewer weights, more layers, and an exact match only in special cases.",
    pointwise: "A 1×1 convolution mixes channels pixel by pixel: the cheapest way to change how many channels a network carries.",
    group: "Split the channels into g groups that never see each other: g times fewer parameters and MACs, and a new problem to solve.",
    depthwise: "One filter per channel: all of the spatial filtering, none of the channel mixing, at a fraction of the cost.",
    separable: "A depth-wise layer for space, then a 1×1 layer for channels: nearly what a full convolution does, for a fraction of the cost.",
    xception: "Chollet's spectrum from a regular convolution through the Inception module to one tower per channel, and the network built at its end.",
    squeezenet: "AlexNet's accuracy with 50 times fewer parameters: squeeze with 1×1 filters, expand with 1×1 and 3×3, downsample late. Cost a Fire module against a plain 3×3 layer.",
    mobilenet: "The standard layer against the MobileNet layer, the α and ρ multipliers on the whole network with their α²ρ² law, and where the cost goes: the 1×1 convolutions.",
    shufflenet: "Stacked group convolutions split into separate networks; a channel shuffle joins them for free. The ShuffleNet unit, its cost against ResNet's and ResNeXt's, and why the best number of groups depends on the network's size.",
    lab: "Draw a digit and watch every channel of a tiny network, find dead channels, train it in the browser, and test the papers' claims in miniature.",
    atlas: "The papers' networks layer by layer: where the parameters and multiply-adds go, and how far each layer sees.",
    blocks: "Any block of any network in the atlas as a picture drawn from its description: a Fire module, an Inception module, a ShuffleNet unit, a bottleneck, with shapes and costs.",
    glossary: "The field's terms in English and Korean, what each means, and the chapters that show it: MACs and their other names, receptive fields, group, depth-wise and point-wise convolutions, the multipliers, the shuffle.",
};

static KO_TITLES: PerChapter = PerChapter {
    expensive: "일반 CNN은 왜 비싼가",
    playground: "합성곱 놀이터 (playground)",
    dilation: "팽창 합성곱 (dilated convolution)과 수용 영역 (receptive field)",
    factorization: "합성곱 분해 (convolution factorization)",
    pointwise: "점별 합성곱 (point-wise, 1×1)",
    group: "그룹 합성곱 (group convolution)",
    depthwise: "깊이별 합성곱 (depth-wise convolution)",
    separable: "깊이별 분리 합성곱 (depth-wise separable convolution)",
    xception: "Xception: 극단적인 Inception (extreme Inception)",
    squeezenet: "SqueezeNet: Fire 모듈",
    mobilenet: "MobileNet: 폭 배수와 해상도 배수",
    shufflenet: "ShuffleNet: 그룹 합성곱과 채널 셔플",
    lab: "작은 모델 실습실",
    atlas: "아키텍처 아틀라스 (architecture atlas)",
    blocks: "블록 다이어그램",
    glossary: "용어집",
};

static KO_BLURBS: PerChapter = PerChapter {
    expensive: "VGG 형태 네트워크에서 폭, 깊이, 해상도가 파라미터, MAC, 메모리를 어떻게 늘리는지, 풀링이 무엇을 아끼는지, 학습된 네트워크의 죽은 채널과 상관된 채널을 봅니다.",
    playground: "입력과 커널을 직접 그리고, 스트라이드·패딩·팽창을 바꾸며 출력값 하나하나가 계산되는 과정을 보세요.",
    dilation: "커널의 탭 사이를 벌리면 같은 가중치, 같은 비용으로 한 층이 훨씬 멀리 봅니다. 다만 이런 층을 아무렇게나 쌓으면 수용 영역에 구멍이 생깁니다.",
    factorization: "큰 커널의 수용 영역을 더 작거나 더 가는 조각으로 만듭니다. 가중치는 줄고 층은 늘며, 원래 커널과 정확히 같아지는 것은 특별한 경우뿐입니다.",
    pointwise: "1×1 합성곱은 픽셀마다 채널을 섞습니다. 네트워크가 나르는 채널 수를 바꾸는 가장 값싼 방법입니다.",
    group: "채널을 서로 보지 않는 g개의 그룹으로 나누면 파라미터와 MACs가 g분의 1로 줄지만, 풀어야 할 문제가 새로 생깁니다.",
    depthwise: "채널마다 필터 하나: 공간 필터링은 모두 하고 채널 섞기는 전혀 하지 않으며, 비용은 아주 작습니다.",
    separable: "공간은 깊이별 층이, 채널은 1×1 층이 맡습니다. 표준 합성곱이 하는 일을 거의 그대로, 훨씬 적은 비용으로 합니다.",
    xception: "일반 합성곱에서 Inception 모듈을 거쳐 채널마다 타워 하나에 이르는 Chollet의 스펙트럼, 그리고 그 끝에서 만든 네트워크.",
    squeezenet: "AlexNet의 정확도를 파라미터 50분의 1로: 1×1 필터로 줄이고, 1×1과 3×3으로 넓히고, 다운샘플링은 늦게. Fire 모듈의 비용을 일반 3×3 층과 비교합니다.",
    mobilenet: "표준 층과 MobileNet 층을 비교하고, 신경망 전체에 α와 ρ 배수를 적용해 α²ρ² 법칙을 확인하고, 비용이 어디에 몰리는지(1×1 합성곱) 봅니다.",
    shufflenet: "그룹 합성곱을 쌓으면 서로 분리된 신경망으로 갈라지고, 채널 셔플이 비용 없이 이를 다시 잇습니다. ShuffleNet 유닛, ResNet·ResNeXt와 비교한 비용, 그리고 가장 좋은 그룹 수가 신경망 크기에 따라 달라지는 이유를 봅니다.",
    lab: "숫자를 그려 작은 네트워크의 모든 채널을 보고, 죽은 채널을 찾고, 브라우저에서 직접 학습하고, 논문의 주장을 축소판으로 확인합니다.",
    atlas: "논문 속 신경망을 층별로 살펴봅니다. 파라미터와 곱셈-누산이 어디에 쓰이는지, 각 층이 얼마나 넓게 보는지 확인하세요.",
    blocks: "아틀라스의 어느 신경망이든 그 블록을 기술(description)에서 바로 그린 그림으로 봅니다. Fire 모듈, Inception 모듈, ShuffleNet 유닛, 병목 블록을 크기와 비용과 함께 보여 줍니다.",
    glossary: "이 분야의 용어를 영어와 한국어로 모으고, 뜻과 그 용어를 보여 주는 장을 함께 적었습니다. MACs와 그 다른 이름들, 수용 영역, 그룹·깊이별·점별 합성곱, 배수, 셔플.",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn all(n: &PerChapter) -> [&'static str; 16] {
        [
            n.expensive,
            n.playground,
            n.dilation,
            n.factorization,
            n.pointwise,
            n.group,
            n.depthwise,
            n.separable,
            n.xception,
            n.squeezenet,
            n.mobilenet,
            n.shufflenet,
            n.lab,
            n.atlas,
            n.blocks,
            n.glossary,
        ]
    }

    #[test]
    fn korean_names_are_korean_and_english_ones_are_not() {
        let hangul = |s: &str| s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
        for (en, ko) in [(&EN_TITLES, &KO_TITLES), (&EN_BLURBS, &KO_BLURBS)] {
            for (en, ko) in all(en).into_iter().zip(all(ko)) {
                assert!(hangul(ko), "no Korean in {ko}");
                assert!(!en.trim().is_empty() && !hangul(en), "{en}");
                assert_ne!(en, ko);
            }
        }
    }
}
