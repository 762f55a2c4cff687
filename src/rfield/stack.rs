//! A stack of convolution and pooling layers in a compact text form, used in the
//! URL (key `layers`) and on the command line: layers separated by commas, each
//! `k<kernel>` or `k<h>x<w>`, then optional `s<stride>`, `d<dilation>`, `p<padding>`,
//! with `max` or `avg` in front for pooling: `k3,k3d2,k3d4` or `k7s2p3,maxk3s2,k3`.

use crate::i18n::Lang;
use std::fmt;

/// Most layers in a stack.
pub const MAX_LAYERS: usize = 8;
/// Largest kernel side.
pub const MAX_KERNEL: usize = 11;
/// Largest stride.
pub const MAX_STRIDE: usize = 4;
/// Largest dilation.
pub const MAX_DILATION: usize = 32;
/// Largest padding.
pub const MAX_PADDING: usize = 64;
/// Longest text accepted.
pub const MAX_TEXT: usize = 200;

/// What a layer does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerKind {
    Conv,
    MaxPool,
    AvgPool,
}

/// One layer: a window of `kernel` taps `dilation` apart, moved by `stride`, over an
/// input with `padding` zeros on every side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackLayer {
    pub kind: LayerKind,
    /// Kernel height and width.
    pub kernel: [usize; 2],
    pub stride: usize,
    pub dilation: usize,
    pub padding: usize,
}

impl StackLayer {
    /// A dense `k × k` convolution, stride 1, no padding.
    pub fn conv(k: usize) -> Self {
        StackLayer {
            kind: LayerKind::Conv,
            kernel: [k, k],
            stride: 1,
            dilation: 1,
            padding: 0,
        }
    }

    /// The dilated extent along each axis: `d(k-1)+1`.
    pub fn extent(&self) -> [usize; 2] {
        self.kernel.map(|k| self.dilation * (k - 1) + 1)
    }
}

/// Why a text is not a stack; `layer` is 1-based and the text is the layer as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StackError {
    /// Nothing to parse.
    Empty,
    /// The text is longer than [`MAX_TEXT`] characters.
    TooLong { chars: usize },
    /// More than [`MAX_LAYERS`] layers.
    TooManyLayers { count: usize },
    /// A layer that is not of the form `[max|avg]k<n>[x<n>][s<n>][d<n>][p<n>]`.
    Malformed { layer: usize, text: String },
    /// A value outside its range.
    OutOfRange {
        layer: usize,
        text: String,
        field: Field,
        value: usize,
        min: usize,
        max: usize,
    },
    /// The same field given twice in one layer.
    Repeated {
        layer: usize,
        text: String,
        field: Field,
    },
    /// Dilation on a pooling layer.
    PoolDilation { layer: usize, text: String },
    /// Pooling padding beyond half the window (every padded window must hold an input pixel).
    PoolPadding {
        layer: usize,
        text: String,
        most: usize,
    },
}

/// A layer's fields, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Kernel,
    Stride,
    Dilation,
    Padding,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Kernel => "kernel",
            Field::Stride => "stride",
            Field::Dilation => "dilation",
            Field::Padding => "padding",
        }
    }
}

impl fmt::Display for StackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let form = "layers separated by commas, each k<kernel> or k<h>x<w>, then optional s<stride>, d<dilation>, p<padding>, with max or avg in front for pooling (e.g. k3,k3d2,k3d4)";
        match self {
            StackError::Empty => write!(f, "the stack is empty; write {form}"),
            StackError::TooLong { chars } => {
                write!(f, "the text has {chars} characters; at most {MAX_TEXT}")
            }
            StackError::TooManyLayers { count } => {
                write!(f, "{count} layers; at most {MAX_LAYERS}")
            }
            StackError::Malformed { layer, text } => {
                write!(f, "layer {layer} '{text}' is not understood; write {form}")
            }
            StackError::OutOfRange {
                layer,
                text,
                field,
                value,
                min,
                max,
            } => write!(
                f,
                "layer {layer} '{text}': {} {value} is out of range ({min}..={max})",
                field.as_str()
            ),
            StackError::Repeated { layer, text, field } => {
                write!(
                    f,
                    "layer {layer} '{text}': {} is given twice",
                    field.as_str()
                )
            }
            StackError::PoolDilation { layer, text } => {
                write!(f, "layer {layer} '{text}': pooling layers take no dilation (d); use a convolution")
            }
            StackError::PoolPadding { layer, text, most } => {
                write!(f, "layer {layer} '{text}': a pooling layer pads at most half its window ({most} here)")
            }
        }
    }
}

impl std::error::Error for StackError {}

impl StackError {
    /// The message in `lang` (the `Display` text is the English one, for the CLI).
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        let form = "쉼표로 나눈 층, 각 층은 k<커널> 또는 k<높이>x<너비>에 선택으로 s<스트라이드>, d<팽창>, p<패딩>을 붙이고, 풀링이면 앞에 max나 avg (예: k3,k3d2,k3d4)";
        let field = |f: &Field| match f {
            Field::Kernel => "커널",
            Field::Stride => "스트라이드",
            Field::Dilation => "팽창",
            Field::Padding => "패딩",
        };
        match self {
            StackError::Empty => format!("층이 없습니다. {form}로 적으세요"),
            StackError::TooLong { chars } => {
                format!("글이 {chars}자입니다. 최대 {MAX_TEXT}자까지 됩니다")
            }
            StackError::TooManyLayers { count } => {
                format!("층이 {count}개입니다. 최대 {MAX_LAYERS}개까지 됩니다")
            }
            StackError::Malformed { layer, text } => {
                format!("{layer}번째 층 '{text}'을(를) 읽을 수 없습니다. {form}로 적으세요")
            }
            StackError::OutOfRange {
                layer,
                text,
                field: f,
                value,
                min,
                max,
            } => format!(
                "{layer}번째 층 '{text}': {} {value}이(가) 범위 ({min}..={max}) 밖입니다",
                field(f)
            ),
            StackError::Repeated {
                layer,
                text,
                field: f,
            } => {
                format!(
                    "{layer}번째 층 '{text}': {}이(가) 두 번 적혔습니다",
                    field(f)
                )
            }
            StackError::PoolDilation { layer, text } => format!(
                "{layer}번째 층 '{text}': 풀링 층에는 팽창(d)을 줄 수 없습니다. 합성곱을 쓰세요"
            ),
            StackError::PoolPadding { layer, text, most } => format!(
                "{layer}번째 층 '{text}': 풀링 층의 패딩은 창의 절반까지입니다 (여기서는 {most})"
            ),
        }
    }
}

/// Parses the text form; whitespace around layers is ignored.
pub fn parse(text: &str) -> Result<Vec<StackLayer>, StackError> {
    let chars = text.chars().count();
    if chars > MAX_TEXT {
        return Err(StackError::TooLong { chars });
    }
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    if parts.iter().all(|p| p.is_empty()) {
        return Err(StackError::Empty);
    }
    if parts.len() > MAX_LAYERS {
        return Err(StackError::TooManyLayers { count: parts.len() });
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| parse_layer(i + 1, p))
        .collect()
}

fn parse_layer(layer: usize, text: &str) -> Result<StackLayer, StackError> {
    let malformed = || StackError::Malformed {
        layer,
        text: text.to_string(),
    };
    let lower = text.to_ascii_lowercase();
    let (kind, rest) = if let Some(r) = lower.strip_prefix("max") {
        (LayerKind::MaxPool, r)
    } else if let Some(r) = lower.strip_prefix("avg") {
        (LayerKind::AvgPool, r)
    } else {
        (LayerKind::Conv, lower.as_str())
    };
    // Split into (letter, number) pairs: k3, x5, s2, d4, p1.
    let mut fields: Vec<(char, usize)> = vec![];
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_ascii_alphabetic() {
            return Err(malformed());
        }
        let mut digits = String::new();
        while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            digits.push(*d);
            chars.next();
        }
        if digits.is_empty() || digits.len() > 6 {
            return Err(malformed());
        }
        fields.push((c, digits.parse().map_err(|_| malformed())?));
    }
    let mut it = fields.into_iter();
    let Some(('k', kh)) = it.next() else {
        return Err(malformed());
    };
    let mut l = StackLayer {
        kind,
        kernel: [kh, kh],
        stride: 1,
        dilation: 1,
        padding: 0,
    };
    let mut seen: Vec<char> = vec![];
    let mut rest: Vec<(char, usize)> = it.collect();
    if let Some(&('x', kw)) = rest.first() {
        l.kernel[1] = kw;
        rest.remove(0);
    }
    let range = |field, value, min, max| {
        if (min..=max).contains(&value) {
            Ok(value)
        } else {
            Err(StackError::OutOfRange {
                layer,
                text: text.to_string(),
                field,
                value,
                min,
                max,
            })
        }
    };
    for k in l.kernel {
        range(Field::Kernel, k, 1, MAX_KERNEL)?;
    }
    for (c, v) in rest {
        let field = match c {
            's' => Field::Stride,
            'd' => Field::Dilation,
            'p' => Field::Padding,
            _ => return Err(malformed()),
        };
        if seen.contains(&c) {
            return Err(StackError::Repeated {
                layer,
                text: text.to_string(),
                field,
            });
        }
        seen.push(c);
        if field == Field::Dilation && kind != LayerKind::Conv {
            return Err(StackError::PoolDilation {
                layer,
                text: text.to_string(),
            });
        }
        let (slot, min, max) = match field {
            Field::Stride => (&mut l.stride, 1, MAX_STRIDE),
            Field::Dilation => (&mut l.dilation, 1, MAX_DILATION),
            _ => (&mut l.padding, 0, MAX_PADDING),
        };
        *slot = range(field, v, min, max)?;
    }
    let most = l.kernel[0].min(l.kernel[1]) / 2;
    if kind != LayerKind::Conv && l.padding > most {
        return Err(StackError::PoolPadding {
            layer,
            text: text.to_string(),
            most,
        });
    }
    Ok(l)
}

/// The text form of one layer (defaults left out): `maxk3s2`, `k3x1`, `k3d2p2`.
pub fn layer_text(l: &StackLayer) -> String {
    let mut s = String::from(match l.kind {
        LayerKind::Conv => "",
        LayerKind::MaxPool => "max",
        LayerKind::AvgPool => "avg",
    });
    s.push_str(&format!("k{}", l.kernel[0]));
    if l.kernel[1] != l.kernel[0] {
        s.push_str(&format!("x{}", l.kernel[1]));
    }
    for (letter, v, default) in [
        ('s', l.stride, 1),
        ('d', l.dilation, 1),
        ('p', l.padding, 0),
    ] {
        if v != default {
            s.push_str(&format!("{letter}{v}"));
        }
    }
    s
}

/// The text form of a stack.
pub fn to_text(stack: &[StackLayer]) -> String {
    stack.iter().map(layer_text).collect::<Vec<_>>().join(",")
}
