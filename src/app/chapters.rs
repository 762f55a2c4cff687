//! The chapters that work, in the order the subject follows.

use crate::i18n::Tr;

/// A chapter page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chapter {
    Playground,
    Atlas,
}

impl Chapter {
    /// Chapters shown in the navigation (only ones that work: no placeholders).
    pub const ALL: [Chapter; 2] = [Chapter::Playground, Chapter::Atlas];

    /// The route path.
    pub fn path(self) -> &'static str {
        match self {
            Chapter::Playground => "/playground",
            Chapter::Atlas => "/atlas",
        }
    }

    pub fn title(self, tr: &Tr) -> &'static str {
        match self {
            Chapter::Playground => tr.chapter_playground,
            Chapter::Atlas => tr.chapter_atlas,
        }
    }

    pub fn blurb(self, tr: &Tr) -> &'static str {
        match self {
            Chapter::Playground => tr.chapter_playground_blurb,
            Chapter::Atlas => tr.chapter_atlas_blurb,
        }
    }
}
