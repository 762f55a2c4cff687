//! "Copy link" and "Copy embed code": the embed code is for the whole chapter or for the
//! one of its widgets picked in the list beside the button, and sizes its iframe to the
//! content (`crate::embed`). The list is filled and the clipboard written by index.html's
//! script (`convatlasFillPicker`, `convatlasCopy`): every page module carries the share
//! bar, and those DOM and clipboard calls cost kilobytes in each module.

use super::state::use_app;
use crate::embed::{is_widget_name, snippet};
use crate::query::Query;
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
extern "C" {
    /// Adds an option for every widget of the page to the share bar's list (index.html).
    #[wasm_bindgen(js_name = convatlasFillPicker)]
    fn fill_picker(select: &web_sys::Element);
    /// Writes `text` to the clipboard; the share bar's status then says `ok` or `failed`.
    #[wasm_bindgen(js_name = convatlasCopy)]
    fn copy_text(text: &str, ok: &str, failed: &str);
}

/// The widget picked in the share bar's list (`""` for the whole chapter) and its title.
fn picked() -> (String, Option<String>) {
    let doc = document();
    let name = doc
        .get_element_by_id("embed-widget")
        .and_then(|el| js_sys::Reflect::get(&el, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .filter(|n| is_widget_name(n))
        .unwrap_or_default();
    let heading = (!name.is_empty())
        .then(|| {
            doc.query_selector(&format!("#embed-widget option[value=\"{name}\"]"))
                .ok()
                .flatten()
        })
        .flatten()
        .and_then(|o| o.text_content());
    (name, heading)
}

/// The page's absolute URL, embedded (showing only the widget `widget`, if not empty) or not.
fn page_url(embed: bool, widget: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let mut q = Query::parse(&location.search().unwrap_or_default());
    q.remove("widget");
    if embed {
        q.set("embed", "1".into());
        if !widget.is_empty() {
            q.set("widget", widget.to_string());
        }
    } else {
        q.remove("embed");
    }
    format!("{origin}{path}{}", q.to_search())
}

/// The snippet for a blog post: the chapter titled `title`, or the widget picked beside
/// the button.
fn embed_code(title: &str) -> String {
    let (widget, heading) = picked();
    let title = match heading {
        Some(heading) => format!("{title}: {heading}"),
        None => title.to_string(),
    };
    let origin = window().location().origin().unwrap_or_default();
    snippet(
        &page_url(true, &widget),
        &title,
        &origin,
        !widget.is_empty(),
    )
}

/// Two copy buttons; the copied text also appears in a read-only box, so it can
/// be copied by hand where the clipboard is not available.
#[component]
pub fn ShareBar(#[prop(into)] title: Signal<&'static str>) -> impl IntoView {
    let app = use_app();
    let shown = RwSignal::new(None::<String>);
    let copy = move |text: String| {
        let tr = app.tr();
        copy_text(&text, tr.copied, tr.copy_failed);
        shown.set(Some(text));
    };
    view! {
        <div class="share">
            <button type="button" class="copy-link" on:click=move |_| copy(page_url(false, ""))>
                {move || app.tr().copy_link}
            </button>
            <label class="embed-what">
                <span>{move || app.tr().embed_what}</span>
                <select id="embed-widget" on:focus=move |ev| fill_picker(&event_target(&ev))>
                    <option value="">{move || app.tr().embed_whole}</option>
                </select>
            </label>
            <button type="button" class="copy-embed" on:click=move |_| copy(embed_code(title.get()))>
                {move || app.tr().copy_embed}
            </button>
            <span class="share-status" role="status"></span>
            {move || {
                shown.get().map(|text| view! {
                    <textarea class="share-text" readonly rows="2" aria-label=move || app.tr().copy_embed>{text}</textarea>
                })
            }}
        </div>
    }
}
