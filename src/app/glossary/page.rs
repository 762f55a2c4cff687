//! The glossary as a page: a jump list of the terms, then one entry per term with its
//! definition and the chapters that show it (see `crate::glossary`).

use crate::app::share::ShareBar;
use crate::app::state::use_app;
use crate::glossary::{shown_in, ENTRIES};
use crate::pages::Chapter;
use leptos::prelude::*;

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let app = use_app();
    let lang = Memo::new(move |_| app.shell.with(|s| s.lang));
    let title = move || Chapter::Glossary.title(lang.get());
    let jump = move || {
        let lang = lang.get();
        ENTRIES
            .iter()
            .map(|e| view! { <li><a href=format!("#{}", e.id)>{e.term(lang)}</a></li> })
            .collect_view()
    };
    let entries = move || {
        let lang = lang.get();
        ENTRIES
            .iter()
            .map(|e| {
                let links = e
                    .chapters
                    .iter()
                    .map(|ch| view! { <li><a href=app.link(ch.path())>{ch.title(lang)}</a></li> })
                    .collect_view();
                view! {
                    <section class="panel glossary-entry" id=e.id aria-labelledby=format!("{}-term", e.id)>
                        <h2 id=format!("{}-term", e.id)>{e.term(lang)}</h2>
                        <p>{e.text(lang)}</p>
                        <p class="hint" id=format!("{}-links", e.id)>{shown_in(lang)}</p>
                        <ul class="chapter-links" aria-labelledby=format!("{}-links", e.id)>{links}</ul>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <article class="lesson glossary-page">
            <header class="lesson-head">
                <h1>{title}</h1>
                <ShareBar title=Signal::derive(title) />
            </header>
            <p class="prose intro">{move || Chapter::Glossary.blurb(lang.get())}</p>
            <nav class="panel glossary-jump" aria-label=title>
                <ul>{jump}</ul>
            </nav>
            {entries}
        </article>
    }
}
