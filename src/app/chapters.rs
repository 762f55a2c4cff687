//! The chapters that work, in the order the subject follows (the source post's order).

use crate::channels::state::Lesson;
use crate::i18n::lab::lab_text;
use crate::i18n::lessons::{dilation_text, factorization_text, lesson_text};
use crate::i18n::plain::plain_text;
use crate::i18n::{Lang, Tr};

/// A chapter page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chapter {
    Expensive,
    Playground,
    Dilation,
    Factorization,
    Lesson(Lesson),
    Lab,
    Atlas,
}

impl Chapter {
    /// Chapters shown in the navigation (only ones that work: no placeholders).
    pub const ALL: [Chapter; 11] = [
        Chapter::Expensive,
        Chapter::Playground,
        Chapter::Dilation,
        Chapter::Factorization,
        Chapter::Lesson(Lesson::Pointwise),
        Chapter::Lesson(Lesson::Group),
        Chapter::Lesson(Lesson::Depthwise),
        Chapter::Lesson(Lesson::Separable),
        Chapter::Lesson(Lesson::Xception),
        Chapter::Lab,
        Chapter::Atlas,
    ];

    /// The route path.
    pub fn path(self) -> &'static str {
        match self {
            Chapter::Expensive => "/expensive",
            Chapter::Playground => "/playground",
            Chapter::Dilation => "/dilation",
            Chapter::Factorization => "/factorization",
            Chapter::Lesson(Lesson::Pointwise) => "/pointwise",
            Chapter::Lesson(Lesson::Group) => "/group",
            Chapter::Lesson(Lesson::Depthwise) => "/depthwise",
            Chapter::Lesson(Lesson::Separable) => "/separable",
            Chapter::Lesson(Lesson::Xception) => "/xception",
            Chapter::Lab => "/lab",
            Chapter::Atlas => "/atlas",
        }
    }

    pub fn title(self, tr: &Tr) -> &'static str {
        match self {
            Chapter::Expensive => plain_text(lang_of(tr)).title,
            Chapter::Playground => tr.chapter_playground,
            Chapter::Dilation => dilation_text(lang_of(tr)).title,
            Chapter::Factorization => factorization_text(lang_of(tr)).title,
            Chapter::Lesson(l) => lesson_text(lang_of(tr), l).title,
            Chapter::Lab => lab_text(lang_of(tr)).title,
            Chapter::Atlas => tr.chapter_atlas,
        }
    }

    pub fn blurb(self, tr: &Tr) -> &'static str {
        match self {
            Chapter::Expensive => plain_text(lang_of(tr)).blurb,
            Chapter::Playground => tr.chapter_playground_blurb,
            Chapter::Dilation => dilation_text(lang_of(tr)).blurb,
            Chapter::Factorization => factorization_text(lang_of(tr)).blurb,
            Chapter::Lesson(l) => lesson_text(lang_of(tr), l).blurb,
            Chapter::Lab => lab_text(lang_of(tr)).blurb,
            Chapter::Atlas => tr.chapter_atlas_blurb,
        }
    }
}

/// The language whose table `tr` is.
fn lang_of(tr: &Tr) -> Lang {
    Lang::ALL
        .into_iter()
        .find(|l| std::ptr::eq(l.tr(), tr))
        .unwrap_or_default()
}
