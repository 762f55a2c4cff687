//! The block diagrams' strings in English and Korean (the diagrams page and
//! the chapters that embed a diagram).

use super::Lang;

/// Strings around a block diagram.
#[derive(Debug)]
pub struct BlocksTr {
    /// The page's opening paragraphs.
    pub intro: &'static [&'static str],
    pub model: &'static str,
    pub block: &'static str,
    /// `{params}`: the network's parameters as chosen (width, groups, resolution).
    pub showing: &'static str,
    pub legend_title: &'static str,
    /// Box colours, in the order conv k×k, 1×1, group, depth-wise, pool, other.
    pub legend: [&'static str; 6],
    pub download: &'static str,
    /// `{command}`: the CLI line that writes the same diagram.
    pub cli: &'static str,
    pub cannot_draw: &'static str,
}

pub fn blocks_tr(lang: Lang) -> &'static BlocksTr {
    match lang {
        Lang::En => &EN,
        Lang::Ko => &KO,
    }
}

static EN: BlocksTr = BlocksTr {
    intro: &[
        "A network is built from a few repeated blocks, and a block is easier to understand as a picture than as rows of a table. Every diagram here is drawn from the same model description the atlas analyses, so its boxes, branches, shapes and costs are the network's own: nothing is drawn by hand.",
        "A box is one convolution (or pool, or channel operation) with the batch norm and activation that follow it folded in, as papers draw them; its cost includes theirs. Branches read the same input and meet at a concat (channels side by side) or an add (element-wise sum, the residual shortcut). Each arrow is labelled with the shape it carries, each branch with its own parameters and MACs, and the block with its total, which equals the sum of its rows in the atlas.",
    ],
    model: "Network",
    block: "Block",
    showing: "Network as built here: {params}.",
    legend_title: "Box colours",
    legend: [
        "k×k convolution",
        "1×1 (point-wise)",
        "group convolution",
        "depth-wise",
        "pooling",
        "other (shuffle, split, ReLU, fc)",
    ],
    download: "Download SVG",
    cli: "The same diagram from the command line: {command}",
    cannot_draw: "This block cannot be drawn",
};

static KO: BlocksTr = BlocksTr {
    intro: &[
        "신경망은 몇 가지 블록을 반복해서 쌓아 만듭니다. 블록은 표의 행보다 그림으로 볼 때 훨씬 이해하기 쉽습니다. 여기의 모든 다이어그램은 아틀라스가 분석하는 바로 그 모델 기술(description)에서 그려지므로, 상자와 분기, 크기와 비용이 모두 그 신경망의 실제 값입니다. 손으로 그린 것은 없습니다.",
        "상자 하나는 합성곱(또는 풀링, 채널 연산) 하나이며, 논문 그림처럼 뒤따르는 배치 정규화와 활성화 함수를 함께 묶었습니다. 비용에도 그 몫이 포함됩니다. 분기들은 같은 입력을 읽고 concat(채널을 나란히 잇기)이나 add(원소별 합, 잔차 지름길)에서 다시 만납니다. 화살표마다 전달되는 텐서 크기를, 분기마다 그 분기의 파라미터와 MACs를, 블록 아래에는 합계를 적었습니다. 합계는 아틀라스 표에서 그 블록의 행을 모두 더한 값과 같습니다.",
    ],
    model: "신경망",
    block: "블록",
    showing: "여기서 만든 신경망: {params}.",
    legend_title: "상자 색",
    legend: [
        "k×k 합성곱",
        "1×1 (점별, point-wise)",
        "그룹 합성곱",
        "깊이별 (depth-wise)",
        "풀링",
        "기타 (셔플, 분할, ReLU, 완전 연결)",
    ],
    download: "SVG 내려받기",
    cli: "명령줄에서 같은 다이어그램 만들기: {command}",
    cannot_draw: "이 블록을 그릴 수 없습니다",
};
