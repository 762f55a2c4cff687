//! Predict-then-reveal exercises (issue #12 §5): two or three questions at the end of each
//! chapter, "how many parameters does a 3×3, 256 → 256 convolution with g = 32 have?", whose
//! answers come from the same core functions as the chapter's figures
//! ([`ChannelLayer::cost`], [`crate::rfield::field::field_of`], [`crate::squeeze::fire_cost`],
//! [`crate::shufflenet::unit_macs`], ...); nothing here has a cost formula of its own.
//!
//! The numbers are drawn from short lists of realistic values by a seed (the URL's), so a
//! lecturer can hand out different versions; seed 0 takes the first value of every list, the
//! chapter's classic example. One function per chapter ([`group`], [`mobilenet`], ...), so
//! each page module links only its own chapter's questions.

mod channels;
mod fields;
mod mobilenet;
mod plain;
mod separable;
mod shufflenet;
mod squeezenet;

pub use channels::{depthwise, group, pointwise};
pub use fields::{dilation, factorization};
pub use mobilenet::mobilenet;
pub use plain::{expensive, playground};
pub use separable::{separable, xception};
pub use shufflenet::shufflenet;
pub use squeezenet::squeezenet;

use crate::format::{decimals, thousands};
use crate::i18n::{fill, Lang};
use crate::nn::rng::Rng;

/// The highest version (seed) the URL's `ex` may ask for; every version up to it gives
/// valid questions in every chapter (tested for all of them).
pub const MAX_VERSION: usize = 9999;

/// One question with its answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    /// The question, in the language asked for, numbers filled in.
    pub prompt: String,
    /// The answer, computed by the same core function the chapter's figures use
    /// (a percentage is in percent: 28.0 for 28%).
    pub answer: f64,
    /// How the answer is shown ("1,179,648", "28%", "8.47×"), in that language.
    pub shown: String,
    /// A prediction within this relative error counts as right (0.0 = exact; 0.05 for
    /// ratios and percentages).
    pub tolerance: f64,
    /// One or two sentences on how the answer comes about, with the numbers, in that language.
    pub explanation: String,
    /// The numbers drawn for this question, by name (`c_in`, `g`, `side`, ...), as the
    /// prompt shows them: what a check or a hint can recompute the answer from.
    pub values: Vec<(&'static str, f64)>,
}

impl Exercise {
    /// The drawn number called `name`, if this question has one.
    pub fn value(&self, name: &str) -> Option<f64> {
        self.values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, v)| v)
    }
}

/// Whether `guess` counts as right: within `tolerance` of the answer, relative to it
/// (with a tolerance of 0, equal up to floating-point rounding: one more is wrong).
pub fn is_right(e: &Exercise, guess: f64) -> bool {
    let slack = (e.tolerance + 4.0 * f64::EPSILON) * e.answer.abs();
    guess.is_finite() && (guess - e.answer).abs() <= slack
}

/// The reader's prediction as a number: digits with an optional sign, decimal point, and
/// thousands separators (`,`, `_`, spaces), and an optional `%`, `×` or `x` after it
/// ("1,179,648", "28%", "8.5x"). Written out rather than `str::parse::<f64>`, whose float
/// parser would add kilobytes to every chapter's page module. `None` for anything else or
/// more than 15 significant digits.
pub fn parse_guess(text: &str) -> Option<f64> {
    let text = text.trim();
    let text = text
        .strip_suffix('%')
        .or_else(|| text.strip_suffix('×'))
        .or_else(|| text.strip_suffix('x'))
        .unwrap_or(text)
        .trim_end();
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let mut digits = 0u32;
    let mut value = 0u64;
    let mut scale = 0i32;
    let mut seen_point = false;
    for c in body.chars() {
        match c {
            '0'..='9' => {
                digits += 1;
                value = value
                    .checked_mul(10)?
                    .checked_add(u64::from(c as u8 - b'0'))?;
                if seen_point {
                    scale += 1;
                }
            }
            '.' if !seen_point => seen_point = true,
            ',' | '_' | ' ' if !seen_point => {}
            _ => return None,
        }
    }
    if digits == 0 || digits > 15 {
        return None;
    }
    let magnitude = value as f64 / 10f64.powi(scale);
    Some(if negative { -magnitude } else { magnitude })
}

/// Picks the numbers of a question from a seed with the core's seeded generator
/// (SplitMix64, [`Rng`]). Seed 0 always picks the first option: the default version.
#[derive(Debug, Clone)]
pub struct Pick {
    rng: Rng,
    first: bool,
}

impl Pick {
    /// The generator for `seed`; `salt` (one per chapter) keeps chapters' draws apart.
    pub fn new(seed: u64, salt: u64) -> Pick {
        Pick {
            rng: Rng::new(seed ^ salt.wrapping_mul(0xD1B5_4A32_D192_ED03)),
            first: seed == 0,
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.rng.next_u64()
    }

    /// One of `options` (the first one for seed 0). Panics on an empty slice.
    pub fn one_of<T: Copy>(&mut self, options: &[T]) -> T {
        assert!(!options.is_empty(), "nothing to pick from");
        let i = if self.first {
            0
        } else {
            (self.next_u64() % options.len() as u64) as usize
        };
        options[i]
    }
}

/// How an answer is judged and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A count (parameters, MACs, pixels): exact, with thousands separators.
    Count,
    /// A ratio such as "8.47×": right within 5%.
    Times,
    /// A percentage such as "28%" (the answer in percent): right within 5% of it.
    Percent,
}

/// A question's prompt and explanation, English then Korean. Placeholders `{name}` take the
/// drawn values and the extras by name, and `{answer}` the answer as shown.
pub(crate) struct Texts {
    pub en: [&'static str; 2],
    pub ko: [&'static str; 2],
}

/// The exercise for `texts` in `lang`: `values` are the drawn numbers (kept in
/// [`Exercise::values`]), `extra` the other numbers the texts show, already written.
pub(crate) fn ask(
    lang: Lang,
    texts: &Texts,
    answer: f64,
    form: Form,
    values: &[(&'static str, f64)],
    extra: &[(&str, String)],
) -> Exercise {
    let shown = match form {
        Form::Count => thousands(answer.round() as u64),
        Form::Times => times(answer),
        Form::Percent => percent(answer),
    };
    let written: Vec<(&str, String)> = values
        .iter()
        .map(|&(name, v)| (name, number(v)))
        .chain(extra.iter().map(|(name, v)| (*name, v.clone())))
        .chain([("answer", shown.clone())])
        .collect();
    let args: Vec<(&str, &str)> = written.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let [prompt, explanation] = match lang {
        Lang::En => texts.en,
        Lang::Ko => texts.ko,
    };
    Exercise {
        prompt: fill(prompt, &args),
        answer,
        shown,
        tolerance: if form == Form::Count { 0.0 } else { 0.05 },
        explanation: fill(explanation, &args),
        values: values.to_vec(),
    }
}

/// Named whole numbers as [`Exercise::values`].
pub(crate) fn ints(pairs: &[(&'static str, usize)]) -> Vec<(&'static str, f64)> {
    pairs.iter().map(|&(n, v)| (n, v as f64)).collect()
}

/// A drawn value as the prompt writes it: `1,024`, `0.75`.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v >= 0.0 {
        thousands(v as u64)
    } else {
        format!("{v}")
    }
}

/// Two decimals under 10, one above: `8.47`, `28.7`.
fn short(x: f64) -> String {
    decimals(x, if x.abs() < 10.0 { 2 } else { 1 })
}

/// A ratio: `8.47×`.
fn times(x: f64) -> String {
    format!("{}×", short(x))
}

/// A percentage given in percent: `28%`, `11.31%`.
fn percent(x: f64) -> String {
    format!("{}%", short(x))
}

/// The options that divide every one of `channels` (at least one must).
pub(crate) fn dividing(options: &[usize], channels: &[usize]) -> Vec<usize> {
    options
        .iter()
        .copied()
        .filter(|g| channels.iter().all(|c| c % g == 0))
        .collect()
}
