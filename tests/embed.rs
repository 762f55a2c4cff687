//! Embeds: which widget names a URL may carry and the snippet a blogger pastes (showing
//! only the widget is index.html's script, tested end to end in tests/e2e/embed.test.mjs).

use convatlas::embed::{default_height, is_widget_name, snippet, HEIGHT_MESSAGE};

#[test]
fn widget_names_are_plain_identifiers() {
    for ok in ["cost-title", "lab_erf", "t3-title", "a", &"x".repeat(64)] {
        assert!(is_widget_name(ok), "{ok}");
    }
    for bad in [
        "",
        "a b",
        "x\"]",
        "<script>",
        "a.b",
        "é",
        &"x".repeat(65),
        "a{display:block}",
    ] {
        assert!(!is_widget_name(bad), "{bad}");
    }
}

#[test]
fn the_snippet_is_an_iframe_and_a_script_that_trusts_only_the_app() {
    let url = "https://example.org/convatlas/group?g=4&embed=1&widget=cost-title";
    let code = snippet(
        url,
        "Group \"convolution\" <b>",
        "https://example.org",
        true,
    );
    let (iframe, script) = code.split_once('\n').expect("two lines");
    assert!(iframe.starts_with(
        "<iframe src=\"https://example.org/convatlas/group?g=4&amp;embed=1&amp;widget=cost-title\""
    ));
    assert!(iframe.contains("title=\"ConvAtlas: Group &quot;convolution&quot; &lt;b>\""));
    assert!(iframe.contains(&format!("height=\"{}\"", default_height(true))));
    assert!(iframe.ends_with("></iframe>"));
    assert!(script.starts_with("<script>") && script.ends_with("</script>"));
    assert!(script.contains("e.origin!==\"https://example.org\""));
    assert!(script.contains(HEIGHT_MESSAGE));
    assert!(script.contains("f.contentWindow===e.source"));
    assert_eq!(script.matches("<script>").count(), 1);
    // An origin cannot break out of its string.
    let evil = snippet(url, "t", "https://x.org\"</script><script>alert(1)", false);
    assert_eq!(evil.matches("<script>").count(), 1);
    assert!(evil.contains(&format!("height=\"{}\"", default_height(false))));
    assert!(default_height(true) < default_height(false));
}
