//! The explorer's page: state from the URL, the last valid stack kept while the text
//! is invalid, derived values in memos shared through context.

use super::growth_chart::GrowthChart;
use super::layer_table::LayerTable;
use super::path_map::PathMapView;
use super::stack_editor::StackEditor;
use crate::app::lesson_prose::{LessonProse, PapersBox};
use crate::app::notices::NoticeBanner;
use crate::app::share::ShareBar;
use crate::app::state::{use_app, AppState};
use crate::i18n::fill;
use crate::i18n::lessons::dilation_text;
use crate::query::Notice;
use crate::rfield::field::{fields, LayerField};
use crate::rfield::stack::StackLayer;
use crate::rfield::state::RfState;
use leptos::prelude::*;

/// The explorer's derived values, shared through context.
#[derive(Clone, Copy)]
pub struct Explorer {
    pub app: AppState,
    pub state: Memo<RfState>,
    /// The stack drawn: the typed one when it parses, else the last one that did.
    pub stack: Memo<Vec<StackLayer>>,
    /// Every layer's field of the drawn stack.
    pub fields: Memo<Vec<LayerField>>,
}

impl Explorer {
    /// Writes a new state to the URL.
    pub fn set(&self, edit: impl FnOnce(&mut RfState)) {
        let mut next = self.state.get_untracked();
        edit(&mut next);
        self.app.update_query(false, |q| next.write(q));
    }
}

pub fn use_explorer() -> Explorer {
    expect_context::<Explorer>()
}

#[component]
pub fn RfPage() -> impl IntoView {
    let app = use_app();
    let parsed = Memo::new(move |_| {
        let mut notices = vec![];
        let state = app.query.with(|q| RfState::from_query(q, &mut notices));
        (state, notices)
    });
    let state = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let stack = Memo::new(move |prev: Option<&Vec<StackLayer>>| {
        state.with(|s| match (&s.stack, prev) {
            (Ok(stack), _) => stack.clone(),
            (Err(_), Some(prev)) => prev.clone(),
            (Err(_), None) => RfState::default().stack.unwrap_or_default(),
        })
    });
    let ex = Explorer {
        app,
        state,
        stack,
        fields: Memo::new(move |_| stack.with(|s| fields(s))),
    };
    provide_context(ex);
    let notices: Memo<Vec<Notice>> = Memo::new(move |_| parsed.with(|p| p.1.clone()));
    let text = move || dilation_text(app.shell.get().lang);
    let error = move || {
        state.with(|s| s.stack.as_ref().err().map(|e| e.to_string())).map(|e| {
            view! { <p class="error" role="alert" id="stack-error">{fill(app.tr().rf_err_stack, &[("error", &e)])}</p> }
        })
    };
    view! {
        <article class="lesson rf-lesson" class:invalid=move || state.with(|s| s.stack.is_err())>
            <header class="lesson-head">
                <h1>{move || text().title}</h1>
                <ShareBar title=Signal::derive(move || text().title) />
            </header>
            <LessonProse text=Signal::derive(text) />
            <NoticeBanner notices=notices />
            <section class="panel widget" aria-labelledby="explorer-title">
                <h2 id="explorer-title">{move || app.tr().chapter_dilation_explorer}</h2>
                <StackEditor />
                {error}
                <LayerTable />
                <PathMapView />
                <GrowthChart />
            </section>
            <PapersBox text=Signal::derive(text) />
        </article>
    }
}
