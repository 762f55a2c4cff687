//! "Copy link" and "Copy embed code" for a widget.

use super::state::use_app;
use crate::query::Query;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The page's absolute URL with `embed` set as asked.
fn page_url(embed: bool) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let mut q = Query::parse(&location.search().unwrap_or_default());
    if embed {
        q.set("embed", "1".into());
    } else {
        q.remove("embed");
    }
    format!("{origin}{path}{}", q.to_search())
}

/// The `<iframe>` snippet for a blog post.
fn embed_code(title: &str) -> String {
    let title = title.replace('"', "&quot;");
    format!(
        "<iframe src=\"{}\" title=\"ConvAtlas: {title}\" width=\"100%\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>",
        page_url(true).replace('&', "&amp;")
    )
}

/// Two copy buttons; the copied text also appears in a read-only box, so it can
/// be copied by hand where the clipboard is not available.
#[component]
pub fn ShareBar(#[prop(into)] title: Signal<&'static str>) -> impl IntoView {
    let app = use_app();
    let shown = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<bool>);
    let copy = move |text: String| {
        shown.set(Some(text.clone()));
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let ok = JsFuture::from(clipboard.write_text(&text)).await.is_ok();
            status.set(Some(ok));
        });
    };
    view! {
        <div class="share">
            <button type="button" class="copy-link" on:click=move |_| copy(page_url(false))>
                {move || app.tr().copy_link}
            </button>
            <button type="button" class="copy-embed" on:click=move |_| copy(embed_code(title.get()))>
                {move || app.tr().copy_embed}
            </button>
            <span class="share-status" role="status">
                {move || {
                    status.get().map(|ok| if ok { app.tr().copied } else { app.tr().copy_failed })
                }}
            </span>
            {move || {
                shown.get().map(|text| view! {
                    <textarea class="share-text" readonly rows="2" aria-label=move || app.tr().copy_embed>{text}</textarea>
                })
            }}
        </div>
    }
}
