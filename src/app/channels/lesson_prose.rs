//! A lesson's prose, its "said precisely" corrections and its "from the papers" box,
//! from the lesson tables in the interface language.

use super::page::use_channels;
use crate::i18n::lessons::lesson_text;
use leptos::prelude::*;

#[component]
pub fn LessonProse() -> impl IntoView {
    let ch = use_channels();
    let text = move || lesson_text(ch.app.shell.get().lang, ch.lesson);
    view! {
        <div class="prose intro">
            {move || text().body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        </div>
    }
}

#[component]
pub fn PapersBox() -> impl IntoView {
    let ch = use_channels();
    let tr = move || ch.app.tr();
    let text = move || lesson_text(ch.app.shell.get().lang, ch.lesson);
    view! {
        {move || (!text().corrections.is_empty()).then(|| view! {
            <aside class="panel corrections intro" aria-labelledby="corrections-title">
                <h2 id="corrections-title">{tr().corrections_title}</h2>
                <ul>{text().corrections.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}</ul>
            </aside>
        })}
        <aside class="panel papers" aria-labelledby="papers-title">
            <h2 id="papers-title">{move || tr().papers_title}</h2>
            <ul id="papers">
                {move || text().papers.iter().map(|f| view! {
                    <li>{f.figure}<cite>" — " {f.source}</cite></li>
                }).collect_view()}
            </ul>
        </aside>
    }
}
