//! A block diagram on a page: the SVG that `block::render` writes (the same text
//! `convatlas svg block` saves), in the shell's language and theme, with a link
//! that downloads it. Chapters embed it with a network and a block.

use super::state::use_app;
use crate::arch::Model;
use crate::i18n::blocks::blocks_tr;
use crate::query::{ShellSettings, Theme};
use leptos::prelude::*;

/// The SVG of block `path` of `model` in `shell`'s language, theme and text size,
/// or why it cannot be drawn.
pub fn block_svg(model: &Model, path: &str, shell: &ShellSettings) -> Result<String, String> {
    let zoom = if shell.large { 1.25 } else { 1.0 };
    crate::block::render(model, path, shell.lang, shell.theme == Theme::Dark, zoom)
        .map_err(|e| e.to_string())
}

/// `svg`'s text as a `data:` address a link can download.
fn data_url(svg: &str) -> String {
    format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(svg)
    )
}

/// The diagram `svg` gives (an error is shown as a message), with a download link
/// saving it as `file`.
#[component]
pub fn BlockDiagram(
    #[prop(into)] svg: Signal<Result<String, String>>,
    #[prop(into)] file: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let tr = move || blocks_tr(app.shell.get().lang);
    move || match svg.get() {
        Ok(text) => {
            let href = data_url(&text);
            view! {
                <figure class="block-diagram">
                    <div class="block-svg" inner_html=text></div>
                    <figcaption>
                        <a href=href download=file.get()>{tr().download}</a>
                    </figcaption>
                </figure>
            }
            .into_any()
        }
        Err(e) => view! {
            <p class="notice" role="status">{format!("{}: {e}", tr().cannot_draw)}</p>
        }
        .into_any(),
    }
}
