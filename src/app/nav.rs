//! The chapter navigation.

use super::state::use_app;
use crate::pages::Chapter;
use leptos::prelude::*;

/// Links to every working chapter; the current one is marked for screen readers.
#[component]
pub fn Nav() -> impl IntoView {
    let app = use_app();
    view! {
        <nav class="chapters" aria-label=move || app.tr().nav_label>
            <ol>
                {Chapter::ALL
                    .into_iter()
                    .map(|ch| {
                        let current = move || (app.route.get() == ch.path()).then_some("page");
                        view! {
                            <li>
                                <a href=move || app.link(ch.path()) aria-current=current>
                                    {move || ch.title(app.shell.get().lang)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
