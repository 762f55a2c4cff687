//! The start page: what the atlas teaches and the chapters.

use super::state::use_app;
use crate::pages::Chapter;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="home">
            <h1>{move || app.tr().home().home_title}</h1>
            <p class="lead">{move || app.tr().home().home_intro}</p>
            <ul class="cards">
                {Chapter::ALL
                    .into_iter()
                    .map(|ch| {
                        view! {
                            <li class="card">
                                <h2>{move || ch.title(app.shell.get().lang)}</h2>
                                <p>{move || ch.blurb(app.shell.get().lang)}</p>
                                <a href=move || app.link(ch.path())>{move || app.tr().home().home_open}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
