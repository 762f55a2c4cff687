//! The channel lessons' prose, one table per language: what each chapter says,
//! where the source post is loose (said right), and the "from the papers" box.

mod en;
mod ko;

use super::Lang;
use crate::channels::state::Lesson;

/// A published figure and where it comes from.
#[derive(Debug)]
pub struct Fact {
    /// The figure in words, e.g. "1.0 MobileNet-224: 70.6% top-1, 569M Mult-Adds, 4.2M parameters".
    pub figure: &'static str,
    /// Paper and table, e.g. "Howard et al. 2017, Table 6".
    pub source: &'static str,
}

/// One lesson's text.
#[derive(Debug)]
pub struct LessonText {
    /// The chapter's paragraphs, in order (plain text).
    pub body: &'static [&'static str],
    /// What the source post gets wrong or leaves loose here, said right (may be empty).
    pub corrections: &'static [&'static str],
    /// The "from the papers" box.
    pub papers: &'static [Fact],
}

/// The text of the dilated-convolution and receptive-field chapter in `lang`.
pub fn dilation_text(lang: Lang) -> &'static LessonText {
    match lang {
        Lang::En => &en::DILATION,
        Lang::Ko => &ko::DILATION,
    }
}

/// The text of the convolution-factorization chapter in `lang`.
pub fn factorization_text(lang: Lang) -> &'static LessonText {
    match lang {
        Lang::En => &en::FACTORIZATION,
        Lang::Ko => &ko::FACTORIZATION,
    }
}

/// The function giving `lesson`'s text in a language. A lesson's page module calls only its
/// own, so it carries no other lesson's prose.
#[inline(always)]
pub fn lesson_text_of(lesson: Lesson) -> fn(Lang) -> &'static LessonText {
    /// A function returning the table `$table` in its language.
    macro_rules! in_lang {
        ($table:ident) => {{
            fn text(lang: Lang) -> &'static LessonText {
                match lang {
                    Lang::En => &en::$table,
                    Lang::Ko => &ko::$table,
                }
            }
            text
        }};
    }
    match lesson {
        Lesson::Pointwise => in_lang!(POINTWISE),
        Lesson::Group => in_lang!(GROUP),
        Lesson::Depthwise => in_lang!(DEPTHWISE),
        Lesson::Separable => in_lang!(SEPARABLE),
        Lesson::Xception => in_lang!(XCEPTION),
    }
}

/// The text of `lesson` in `lang`.
pub fn lesson_text(lang: Lang, lesson: Lesson) -> &'static LessonText {
    lesson_text_of(lesson)(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hangul(s: &str) -> bool {
        s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
    }

    #[test]
    fn both_languages_have_the_same_shape_and_korean_is_korean() {
        let pairs = Lesson::ALL.map(|l| {
            (
                format!("{l:?}"),
                lesson_text(Lang::En, l),
                lesson_text(Lang::Ko, l),
            )
        });
        let dilation = (
            "Dilation".to_string(),
            dilation_text(Lang::En),
            dilation_text(Lang::Ko),
        );
        let factor = (
            "Factorization".to_string(),
            factorization_text(Lang::En),
            factorization_text(Lang::Ko),
        );
        let lab = (
            "Lab".to_string(),
            crate::i18n::lab::lab_text(Lang::En),
            crate::i18n::lab::lab_text(Lang::Ko),
        );
        let plain = (
            "Plain".to_string(),
            crate::i18n::plain::plain_text(Lang::En),
            crate::i18n::plain::plain_text(Lang::Ko),
        );
        for (lesson, en, ko) in pairs.into_iter().chain([dilation, factor, lab, plain]) {
            assert_eq!(en.body.len(), ko.body.len(), "{lesson:?} body");
            assert_eq!(
                en.corrections.len(),
                ko.corrections.len(),
                "{lesson:?} corrections"
            );
            assert_eq!(en.papers.len(), ko.papers.len(), "{lesson:?} papers");
            assert!(
                !en.body.is_empty() && !en.papers.is_empty(),
                "{lesson:?} is empty"
            );
            let ko_texts = ko
                .body
                .iter()
                .copied()
                .chain(ko.corrections.iter().copied())
                .chain(ko.papers.iter().flat_map(|f| [f.figure, f.source]));
            for text in ko_texts {
                assert!(hangul(text), "{lesson:?}: no Korean in {text}");
            }
            let en_texts = en
                .body
                .iter()
                .copied()
                .chain(en.papers.iter().flat_map(|f| [f.figure, f.source]));
            for text in en_texts {
                assert!(
                    !text.trim().is_empty() && !hangul(text),
                    "{lesson:?}: {text}"
                );
            }
        }
    }
}
