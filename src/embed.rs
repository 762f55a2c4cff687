//! Embedding one widget, or a whole chapter, in another page: the iframe snippet with the
//! few lines that size the iframe to its content. Plain text in, plain text out: the share
//! bar uses it, and it is tested natively.
//!
//! A widget is a `<section>` of the chapter, named by the id of its heading
//! (`aria-labelledby`), its own id, or its first class; the URL key `widget` holds that
//! name. Showing only that widget, the link back to the chapter and the height reports
//! are index.html's script, so that no page module carries them.

/// The message an embedded page posts to its host whenever its height changes
/// (index.html): `{type: "convatlas:height", height}`.
pub const HEIGHT_MESSAGE: &str = "convatlas:height";

/// The longest widget name a URL may carry.
const MAX_NAME: usize = 64;

/// Whether `name` can name a widget: 1 to 64 ASCII letters, digits, `-` or `_` (so it can
/// go into a CSS selector and an HTML attribute as it is).
pub fn is_widget_name(name: &str) -> bool {
    (1..=MAX_NAME).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The default height of an embedded iframe, in CSS pixels, for a host that does not
/// run the snippet's script: one widget, or a whole chapter.
pub fn default_height(widget: bool) -> u32 {
    if widget {
        560
    } else {
        720
    }
}

/// The HTML a blogger pastes: an iframe of `url` titled `title`, and a script that sets
/// the iframe's height to what the embedded page (served from `origin`) reports.
pub fn snippet(url: &str, title: &str, origin: &str, widget: bool) -> String {
    let attr = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    let js_string = |s: &str| {
        s.chars()
            .filter(|c| !matches!(c, '"' | '\\' | '<' | '>' | '\n' | '\r'))
            .collect::<String>()
    };
    format!(
        "<iframe src=\"{url}\" title=\"ConvAtlas: {title}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%\" loading=\"lazy\"></iframe>\n\
         <script>addEventListener(\"message\",function(e){{var d=e.data;if(e.origin!==\"{origin}\"||!d||d.type!==\"{HEIGHT_MESSAGE}\")return;\
         document.querySelectorAll(\"iframe\").forEach(function(f){{if(f.contentWindow===e.source)f.style.height=d.height+\"px\"}})}})</script>",
        url = attr(url),
        title = attr(title),
        height = default_height(widget),
        origin = js_string(origin),
    )
}
