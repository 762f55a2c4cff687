//! "Download PNG" under a figure drawn on a canvas: the canvas as it stands (at the
//! screen's pixel density), saved under `file`. Every chart of the app uses it.

use super::state::use_app;
use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Saves `canvas` as a PNG named `file` through a temporary download link.
fn save(canvas: &web_sys::HtmlCanvasElement, file: &str) -> Option<()> {
    let url = canvas.to_data_url_with_type("image/png").ok()?;
    let link = document().create_element("a").ok()?;
    link.set_attribute("href", &url).ok()?;
    link.set_attribute("download", file).ok()?;
    link.dyn_ref::<web_sys::HtmlElement>()?.click();
    Some(())
}

#[component]
pub fn PngExport(canvas: NodeRef<Canvas>, #[prop(into)] file: Signal<String>) -> impl IntoView {
    let app = use_app();
    let on_click = move |_| {
        if let Some(el) = canvas.get_untracked() {
            let _ = save(&el, &file.get_untracked());
        }
    };
    view! {
        <button type="button" class="png-export" on:click=on_click>
            {move || app.tr().download_png}
        </button>
    }
}
