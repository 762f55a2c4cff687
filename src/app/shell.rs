//! The page frame: header, settings, navigation, notices and the routed chapter (the
//! routes of one page module, see [`super::entries`]).
//! In embed mode only the routed widget is shown.

use super::nav::Nav;
use super::notices::NoticeBanner;
use super::paint::Palette;
use super::settings::Settings;
use super::state::{use_app, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Shell(
    /// The `<Routes>` of the page module.
    routes: fn() -> AnyView,
) -> impl IntoView {
    let app = AppState::from_window();
    provide_context(app);
    // Push language, theme and text size out to the document root (CSS and screen readers
    // read them there), with the colours the stylesheet shares with the figures.
    Effect::new(move |_| {
        let s = app.shell.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", s.lang.code());
            let _ = root.set_attribute("data-theme", s.theme.as_str());
            let _ = root.set_attribute("data-text", if s.large { "large" } else { "normal" });
            let _ = root.set_attribute("data-embed", if s.embed { "1" } else { "0" });
            let _ = root.set_attribute("data-present", if s.present { "1" } else { "0" });
            if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
                for (name, value) in Palette::css_variables(s.theme) {
                    let _ = root.style().set_property(name, &value);
                }
            }
        }
        document().set_title(&format!("ConvAtlas: {}", s.lang.tr().app_tagline));
    });
    let embed = move || app.shell.with(|s| s.embed);
    // Embedded or presenting: no header and no navigation.
    let bare = move || app.shell.with(|s| s.embed || s.present);
    view! {
        <Show when=move || !bare()>
            <a class="skip" href="#main">{move || use_app().tr().skip_to_content}</a>
            <header class="top">
                <a class="brand" href=move || app.link("/")>
                    <span class="logo" aria-hidden="true">"▦"</span>
                    <span>{move || app.tr().app_title}</span>
                </a>
                <span class="tagline">{move || app.tr().app_tagline}</span>
                <Settings />
            </header>
        </Show>
        <div class="layout" class:embed=embed>
            <Show when=move || !bare()>
                <Nav />
            </Show>
            <main id="main" tabindex="-1">
                <NoticeBanner notices=app.shell_notices />
                {routes()}
            </main>
        </div>
    }
}
