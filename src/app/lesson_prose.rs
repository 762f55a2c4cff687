//! A chapter's prose, its "said precisely" corrections and its "from the papers" box,
//! from the lesson tables in the interface language. Every lesson page uses these.

use super::state::use_app;
use crate::i18n::lessons::LessonText;
use crate::pages::Chapter;
use leptos::prelude::*;

/// A chapter's opening: its title with the share buttons, its prose, and the notices
/// for URL values it could not use. Every chapter page starts with it.
#[component]
pub fn LessonOpening(
    /// Whose title heads the page.
    chapter: Chapter,
    #[prop(into)] text: Signal<&'static LessonText>,
    #[prop(into)] notices: Signal<Vec<crate::query::Notice>>,
) -> impl IntoView {
    let app = use_app();
    let title = move || chapter.title(app.shell.get().lang);
    view! {
        <header class="lesson-head">
            <h1>{title}</h1>
            <super::share::ShareBar title=Signal::derive(title) />
        </header>
        <LessonProse text=text />
        <super::notices::NoticeBanner notices=notices />
    }
}

#[component]
pub fn LessonProse(#[prop(into)] text: Signal<&'static LessonText>) -> impl IntoView {
    view! {
        <div class="prose intro">
            {move || text.get().body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        </div>
    }
}

#[component]
pub fn PapersBox(#[prop(into)] text: Signal<&'static LessonText>) -> impl IntoView {
    let app = use_app();
    let tr = move || app.tr();
    view! {
        {move || (!text.get().corrections.is_empty()).then(|| view! {
            <aside class="panel corrections intro" aria-labelledby="corrections-title">
                <h2 id="corrections-title">{tr().corrections_title}</h2>
                <ul>{text.get().corrections.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}</ul>
            </aside>
        })}
        <aside class="panel papers" aria-labelledby="papers-title">
            <h2 id="papers-title">{move || tr().papers_title}</h2>
            <ul id="papers">
                {move || text.get().papers.iter().map(|f| view! {
                    <li>{f.figure}<cite>" — " {f.source}</cite></li>
                }).collect_view()}
            </ul>
        </aside>
    }
}
