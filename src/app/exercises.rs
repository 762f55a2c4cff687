//! "Check yourself" at the end of a chapter: the chapter's predict-then-reveal questions
//! (`crate::exercises`), each with a box for the reader's prediction and a reveal that
//! gives the answer, whether the prediction was right and how the answer comes about.
//! The URL's `ex` picks the version (the numbers), so a lecturer can hand out different
//! ones; predictions and reveals stay on the page.

use super::notices::NoticeBanner;
use super::number_field::NumberField;
use super::state::use_app;
use crate::exercises::{is_right, parse_guess, Exercise, MAX_VERSION};
use crate::i18n::{fill, Lang};
use crate::query::int_in;
use leptos::prelude::*;

#[component]
pub fn ExercisesPanel(
    /// The chapter's questions for a version and a language (one of `crate::exercises`'s
    /// functions, so the page module carries only its own chapter's).
    questions: fn(u64, Lang) -> Vec<Exercise>,
) -> impl IntoView {
    let app = use_app();
    let (version, notices) = app.page_state(|q, n| int_in(q, "ex", 0, MAX_VERSION, 0, n));
    let lang = Memo::new(move |_| app.shell.with(|s| s.lang));
    let list = Memo::new(move |_| questions(version.get() as u64, lang.get()));
    let tr = move || app.tr();
    let set_version = Callback::new(move |v: usize| {
        app.update_query(false, |q| q.set("ex", v.to_string()));
    });
    let items = move || {
        list.get()
            .into_iter()
            .enumerate()
            .map(|(i, e)| view! { <Question index=i exercise=e /> })
            .collect_view()
    };
    view! {
        <section class="panel exercises" aria-labelledby="ex-title">
            <h2 id="ex-title">{move || tr().ex_title}</h2>
            <NoticeBanner notices=notices />
            <p class="hint">{move || tr().ex_intro}</p>
            <div class="field-row">
                <NumberField id="ex-version" label=Signal::derive(move || tr().ex_version) min=0 max=MAX_VERSION
                    value=version set=set_version />
                <button type="button" id="ex-next" on:click=move |_| set_version.run((version.get_untracked() + 1) % (MAX_VERSION + 1))>
                    {move || tr().ex_other}
                </button>
            </div>
            <ol class="exercise-list">{items}</ol>
        </section>
    }
}

/// One question: the prompt, the prediction box, the reveal.
#[component]
fn Question(index: usize, exercise: Exercise) -> impl IntoView {
    let app = use_app();
    let tr = move || app.tr();
    let guess = RwSignal::new(String::new());
    let shown = RwSignal::new(false);
    let input_id = format!("ex-guess-{index}");
    let prompt = exercise.prompt.clone();
    let explanation = exercise.explanation.clone();
    let answer = fill(tr().ex_answer, &[("answer", &exercise.shown)]);
    let verdict = move || match guess.with(|g| parse_guess(g)) {
        Some(g) if is_right(&exercise, g) => tr().ex_right,
        Some(_) => tr().ex_wrong,
        None => "",
    };
    view! {
        <li class="exercise">
            <p>{prompt}</p>
            <div class="field-row">
                <label class="field">
                    <span>{move || tr().ex_guess}</span>
                    <input type="text" inputmode="decimal" id=input_id autocomplete="off"
                        on:input=move |ev| guess.set(event_target_value(&ev)) />
                </label>
                <button type="button" class="reveal" aria-expanded=move || shown.get().to_string()
                    on:click=move |_| shown.update(|s| *s = !*s)>
                    {move || tr().ex_reveal}
                </button>
            </div>
            <p class="answer" role="status" class:hidden=move || !shown.get()>
                <strong>{verdict}</strong>" "{answer}" "{explanation}
            </p>
        </li>
    }
}
