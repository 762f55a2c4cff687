//! The chapters that work, in the order the subject follows.

use crate::i18n::Tr;

/// A chapter page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chapter {
    Playground,
}

impl Chapter {
    /// Chapters shown in the navigation (only ones that work: no placeholders).
    pub const ALL: [Chapter; 1] = [Chapter::Playground];

    /// The route path.
    pub fn path(self) -> &'static str {
        match self {
            Chapter::Playground => "/playground",
        }
    }

    pub fn title(self, tr: &Tr) -> &'static str {
        match self {
            Chapter::Playground => tr.chapter_playground,
        }
    }

    pub fn blurb(self, tr: &Tr) -> &'static str {
        match self {
            Chapter::Playground => tr.chapter_playground_blurb,
        }
    }
}
