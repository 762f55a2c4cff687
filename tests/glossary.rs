//! The glossary: every term the issue names is there in both languages, links only to
//! chapters that exist, and the Korean words are the ones the whole app uses.

use convatlas::glossary::{shown_in, ENTRIES};
use convatlas::i18n::Lang;
use convatlas::pages::Chapter;

fn hangul(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

fn entry(id: &str) -> &'static convatlas::glossary::Entry {
    ENTRIES
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no glossary entry '{id}'"))
}

#[test]
fn every_named_term_is_there_in_both_languages() {
    for id in [
        "macs",
        "receptive-field",
        "effective-receptive-field",
        "group-convolution",
        "depthwise",
        "pointwise",
        "separable",
        "width-multiplier",
        "resolution-multiplier",
        "channel-shuffle",
        "bottleneck",
        "stride",
    ] {
        entry(id);
    }
    let mut ids: Vec<&str> = ENTRIES.iter().map(|e| e.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), ENTRIES.len(), "ids are unique");
    for e in ENTRIES {
        assert!(
            e.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{}",
            e.id
        );
        assert!(
            !hangul(e.term(Lang::En)) && !hangul(e.text(Lang::En)),
            "{}",
            e.id
        );
        assert!(
            hangul(e.term(Lang::Ko)) && hangul(e.text(Lang::Ko)),
            "{}",
            e.id
        );
        assert!(
            e.text(Lang::En).len() > 80,
            "{}: a definition, not a word",
            e.id
        );
    }
    assert!(hangul(shown_in(Lang::Ko)) && !hangul(shown_in(Lang::En)));
}

#[test]
fn entries_link_to_chapters_in_the_navigation() {
    for e in ENTRIES {
        assert!(!e.chapters.is_empty(), "{}", e.id);
        for ch in e.chapters {
            assert!(Chapter::ALL.contains(ch), "{}: {ch:?}", e.id);
            assert_ne!(*ch, Chapter::Glossary, "{}", e.id);
        }
    }
    assert!(Chapter::ALL.contains(&Chapter::Glossary));
    assert_eq!(Chapter::Glossary.path(), "/glossary");
}

#[test]
fn macs_are_tied_to_the_papers_names_for_them() {
    // papers.md: MobileNet counts Mult-Adds; ShuffleNet and ResNeXt call the same count FLOPs.
    let macs = entry("macs");
    for lang in [Lang::En, Lang::Ko] {
        let text = macs.text(lang);
        for name in [
            "Mult-Adds",
            "FLOPs",
            "MobileNet",
            "ShuffleNet",
            "ResNeXt",
            "k·k·C_in·C_out·H·W",
        ] {
            assert!(text.contains(name), "{lang:?}: {name} missing");
        }
    }
}

/// The Korean texts of the app, read as source (every table of `src/i18n` and the glossary).
fn korean_sources() -> Vec<(&'static str, &'static str)> {
    vec![
        ("ko.rs", include_str!("../src/i18n/ko.rs")),
        ("lessons/ko.rs", include_str!("../src/i18n/lessons/ko.rs")),
        ("plain.rs", include_str!("../src/i18n/plain.rs")),
        ("lab.rs", include_str!("../src/i18n/lab.rs")),
        ("squeeze.rs", include_str!("../src/i18n/squeeze.rs")),
        ("mobilenet.rs", include_str!("../src/i18n/mobilenet.rs")),
        (
            "mobilenet_text.rs",
            include_str!("../src/i18n/mobilenet_text.rs"),
        ),
        ("shufflenet.rs", include_str!("../src/i18n/shufflenet.rs")),
        (
            "shufflenet_text.rs",
            include_str!("../src/i18n/shufflenet_text.rs"),
        ),
        ("blocks.rs", include_str!("../src/i18n/blocks.rs")),
        ("chapters.rs", include_str!("../src/i18n/chapters.rs")),
        ("charts/words.rs", include_str!("../src/charts/words.rs")),
        ("glossary.rs", include_str!("../src/glossary.rs")),
    ]
}

#[test]
fn one_korean_word_per_term_across_the_app() {
    // (the glossary entry, the word it and the app use, words for the same thing that must not appear)
    let terms = [
        ("stride", "스트라이드", &["보폭"][..]),
        (
            "receptive-field",
            "수용 영역",
            &["수용장", "수용 필드", "수용야"][..],
        ),
        ("parameters", "파라미터", &["매개변수"][..]),
        ("dilation", "팽창", &["확장 합성곱"][..]),
        ("depthwise", "깊이별", &["깊이 방향", "뎁스와이즈"][..]),
        ("pointwise", "점별", &["점 단위", "포인트와이즈"][..]),
        ("macs", "곱셈-누산", &["곱셈 누적", "승산-가산"][..]),
    ];
    for (id, word, others) in terms {
        assert!(
            entry(id).term(Lang::Ko).contains(word),
            "{id}: the glossary's term is not {word}"
        );
        for (file, text) in korean_sources() {
            for other in others {
                assert!(
                    !text.contains(other),
                    "{file} says {other} where the app says {word}"
                );
            }
        }
        assert!(
            korean_sources()
                .iter()
                .filter(|(_, t)| t.contains(word))
                .count()
                >= 2,
            "{word} is used outside the glossary"
        );
    }
}
