//! The Leptos web app (wasm32 only): the shell, the chapters and their widgets.
//!
//! State lives in the URL: [`state::AppState`] derives everything from the
//! window's address ([`location`]), and controls write the URL back through it.

mod atlas;
mod block_diagram;
mod blocks;
pub mod canvas;
mod channels;
mod elsewhere;
pub mod entries;
mod exercises;
mod factor;
mod figure_export;
mod glossary;
mod home;
mod lab;
mod lesson_prose;
mod location;
mod mobilenet;
mod nav;
mod notices;
mod number_field;
pub mod paint;
mod plain;
mod playground;
mod rf;
mod settings;
mod share;
mod shell;
mod shufflenet;
mod squeeze;
pub mod state;

use crate::pages::Page;
use leptos::prelude::*;

/// Mounts a page module on the page body: `src/bin/page_*.rs` pass one of [`entries`].
pub fn mount(routes: fn() -> AnyView) {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(move || view! { <App routes /> });
}

/// The path the app is hosted under (`""` at the root of an address), read once from
/// the `<base>` element that `index.html` sets, so every page works under any sub-path.
/// Without one (a test page) the app is at the root: the document's own address is
/// not a base.
pub fn base() -> &'static str {
    use std::sync::OnceLock;
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let href = document()
            .query_selector("base[href]")
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("href"))
            .unwrap_or_default();
        crate::pages::base_path(&href).to_string()
    })
}

/// The root: the shell with a page module's chapter.
#[component]
pub fn App(
    /// The chapter view of the page module (one of [`entries`]).
    routes: fn() -> AnyView,
) -> impl IntoView {
    view! { <shell::Shell routes /> }
}

/// The routes of `page`'s module (for tests that mount any page; a page module's binary
/// names its own entry so it carries no other chapter).
pub fn routes_of(page: Page) -> fn() -> AnyView {
    match page {
        Page::Home => entries::home,
        Page::Expensive => entries::expensive,
        Page::Playground => entries::playground,
        Page::Dilation => entries::dilation,
        Page::Factorization => entries::factorization,
        Page::Pointwise => entries::pointwise,
        Page::Group => entries::group,
        Page::Depthwise => entries::depthwise,
        Page::Separable => entries::separable,
        Page::Xception => entries::xception,
        Page::Squeezenet => entries::squeezenet,
        Page::Mobilenet => entries::mobilenet,
        Page::Shufflenet => entries::shufflenet,
        Page::Lab => entries::lab,
        Page::Atlas => entries::atlas,
        Page::Blocks => entries::blocks,
        Page::Glossary => entries::glossary,
    }
}
