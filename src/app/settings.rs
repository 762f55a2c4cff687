//! Language, theme and text-size switches.

use super::state::use_app;
use crate::i18n::Lang;
use crate::query::Theme;
use leptos::prelude::*;

/// The shell's settings bar.
#[component]
pub fn Settings() -> impl IntoView {
    let app = use_app();
    let on_lang = move |ev| {
        let code = event_target_value(&ev);
        app.update_shell(|s| s.lang = Lang::parse(&code).unwrap_or_default());
    };
    view! {
        <div class="settings">
            <label>
                <span>{move || app.tr().language_label}</span>
                <select id="lang" on:change=on_lang prop:value=move || app.shell.get().lang.code()>
                    {Lang::ALL
                        .into_iter()
                        .map(|l| view! { <option value=l.code()>{l.tr().language_name}</option> })
                        .collect_view()}
                </select>
            </label>
            <button
                id="theme"
                type="button"
                aria-pressed=move || (app.shell.get().theme == Theme::Dark).to_string()
                on:click=move |_| {
                    app.update_shell(|s| {
                        s.theme = if s.theme == Theme::Dark { Theme::Light } else { Theme::Dark }
                    })
                }
            >
                {move || app.tr().theme_dark}
            </button>
            <button
                id="present"
                type="button"
                on:click=move |_| {
                    if let Some(root) = document().document_element() {
                        let _ = root.request_fullscreen();
                    }
                    app.update_shell(|s| s.present = true)
                }
            >
                {move || app.tr().present}
            </button>
            <button
                id="large-text"
                type="button"
                aria-pressed=move || app.shell.get().large.to_string()
                on:click=move |_| app.update_shell(|s| s.large = !s.large)
            >
                {move || app.tr().large_text}
            </button>
        </div>
    }
}
