//! The chapters that work, in the order the subject follows (the source post's order), and
//! the page module (wasm binary) that serves each address. Plain data: the app's navigation,
//! `index.html`'s loader (checked by `tests/pages.rs`) and `scripts/release.sh` read it.

use crate::channels::state::Lesson;
use crate::i18n::chapters::{chapter_blurbs, chapter_titles, PerChapter};
use crate::i18n::Lang;

/// A chapter page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chapter {
    Expensive,
    Playground,
    Dilation,
    Factorization,
    Lesson(Lesson),
    Squeezenet,
    Mobilenet,
    Shufflenet,
    Lab,
    Atlas,
    Blocks,
    Glossary,
}

impl Chapter {
    /// Chapters shown in the navigation (only ones that work: no placeholders).
    pub const ALL: [Chapter; 16] = [
        Chapter::Expensive,
        Chapter::Playground,
        Chapter::Dilation,
        Chapter::Factorization,
        Chapter::Lesson(Lesson::Pointwise),
        Chapter::Lesson(Lesson::Group),
        Chapter::Lesson(Lesson::Depthwise),
        Chapter::Lesson(Lesson::Separable),
        Chapter::Lesson(Lesson::Xception),
        Chapter::Squeezenet,
        Chapter::Mobilenet,
        Chapter::Shufflenet,
        Chapter::Lab,
        Chapter::Atlas,
        Chapter::Blocks,
        Chapter::Glossary,
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
            Chapter::Squeezenet => "/squeezenet",
            Chapter::Mobilenet => "/mobilenet",
            Chapter::Shufflenet => "/shufflenet",
            Chapter::Lab => "/lab",
            Chapter::Atlas => "/atlas",
            Chapter::Blocks => "/blocks",
            Chapter::Glossary => "/glossary",
        }
    }

    /// The page module that serves this chapter.
    pub fn page(self) -> Page {
        match self {
            Chapter::Expensive => Page::Expensive,
            Chapter::Playground => Page::Playground,
            Chapter::Dilation => Page::Dilation,
            Chapter::Factorization => Page::Factorization,
            Chapter::Lesson(Lesson::Pointwise) => Page::Pointwise,
            Chapter::Lesson(Lesson::Group) => Page::Group,
            Chapter::Lesson(Lesson::Depthwise) => Page::Depthwise,
            Chapter::Lesson(Lesson::Separable) => Page::Separable,
            Chapter::Lesson(Lesson::Xception) => Page::Xception,
            Chapter::Squeezenet => Page::Squeezenet,
            Chapter::Mobilenet => Page::Mobilenet,
            Chapter::Shufflenet => Page::Shufflenet,
            Chapter::Lab => Page::Lab,
            Chapter::Atlas => Page::Atlas,
            Chapter::Blocks => Page::Blocks,
            Chapter::Glossary => Page::Glossary,
        }
    }

    /// The chapter's title in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        self.pick(chapter_titles(lang))
    }

    /// The chapter's one-sentence blurb in `lang`.
    pub fn blurb(self, lang: Lang) -> &'static str {
        self.pick(chapter_blurbs(lang))
    }

    /// This chapter's entry of a per-chapter table.
    fn pick(self, names: &PerChapter) -> &'static str {
        match self {
            Chapter::Expensive => names.expensive,
            Chapter::Playground => names.playground,
            Chapter::Dilation => names.dilation,
            Chapter::Factorization => names.factorization,
            Chapter::Lesson(Lesson::Pointwise) => names.pointwise,
            Chapter::Lesson(Lesson::Group) => names.group,
            Chapter::Lesson(Lesson::Depthwise) => names.depthwise,
            Chapter::Lesson(Lesson::Separable) => names.separable,
            Chapter::Lesson(Lesson::Xception) => names.xception,
            Chapter::Squeezenet => names.squeezenet,
            Chapter::Mobilenet => names.mobilenet,
            Chapter::Shufflenet => names.shufflenet,
            Chapter::Lab => names.lab,
            Chapter::Atlas => names.atlas,
            Chapter::Blocks => names.blocks,
            Chapter::Glossary => names.glossary,
        }
    }
}

/// A page module: one wasm binary (`src/bin/page_NAME.rs`) with the shell and the routes of
/// the chapters it serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Expensive,
    Playground,
    Dilation,
    Factorization,
    Pointwise,
    Group,
    Depthwise,
    Separable,
    Xception,
    Squeezenet,
    Mobilenet,
    Shufflenet,
    Lab,
    Atlas,
    Blocks,
    Glossary,
}

impl Page {
    pub const ALL: [Page; 17] = [
        Page::Home,
        Page::Expensive,
        Page::Playground,
        Page::Dilation,
        Page::Factorization,
        Page::Pointwise,
        Page::Group,
        Page::Depthwise,
        Page::Separable,
        Page::Xception,
        Page::Squeezenet,
        Page::Mobilenet,
        Page::Shufflenet,
        Page::Lab,
        Page::Atlas,
        Page::Blocks,
        Page::Glossary,
    ];

    /// The binary's name: `page_home` is built into `page_home.js` and `page_home_bg.wasm`.
    pub fn module(self) -> &'static str {
        match self {
            Page::Home => "page_home",
            Page::Expensive => "page_expensive",
            Page::Playground => "page_playground",
            Page::Dilation => "page_dilation",
            Page::Factorization => "page_factorization",
            Page::Pointwise => "page_pointwise",
            Page::Group => "page_group",
            Page::Depthwise => "page_depthwise",
            Page::Separable => "page_separable",
            Page::Xception => "page_xception",
            Page::Squeezenet => "page_squeezenet",
            Page::Mobilenet => "page_mobilenet",
            Page::Shufflenet => "page_shufflenet",
            Page::Lab => "page_lab",
            Page::Atlas => "page_atlas",
            Page::Blocks => "page_blocks",
            Page::Glossary => "page_glossary",
        }
    }

    /// The module serving `path` (a trailing slash ignored); `None` for an address no
    /// chapter has.
    pub fn of_path(path: &str) -> Option<Page> {
        let path = match path.trim_end_matches('/') {
            "" => "/",
            p => p,
        };
        if path == "/" {
            return Some(Page::Home);
        }
        Chapter::ALL
            .into_iter()
            .find(|ch| ch.path() == path)
            .map(Chapter::page)
    }
}

/// The path the app is hosted under, from the `<base>` address that `index.html` sets,
/// whole or as a path (`"https://h.io/convatlas/"` or `"/convatlas/"` → `"/convatlas"`;
/// at the root of an address `""`).
pub fn base_path(base_uri: &str) -> &str {
    let after_scheme = base_uri
        .find("://")
        .map_or(base_uri, |i| &base_uri[i + 3..]);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.trim_end_matches('/')
}

/// The chapter route of a window path under `base` (`"/convatlas/mobilenet"` under
/// `"/convatlas"` → `"/mobilenet"`; the base itself → `"/"`); a path outside the base
/// is returned whole.
pub fn route_of<'a>(pathname: &'a str, base: &str) -> &'a str {
    match pathname.strip_prefix(base) {
        Some(rest) if base.is_empty() || rest.is_empty() || rest.starts_with('/') => {
            match rest.trim_end_matches('/') {
                "" => "/",
                _ => rest,
            }
        }
        _ => pathname,
    }
}
