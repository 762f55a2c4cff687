//! The opening chapter's page: state from the URL, its summary, shared through context.

use super::controls::Controls;
use super::cost_view::CostView;
use super::trained_channels::TrainedChannels;
use crate::app::exercises::ExercisesPanel;
use crate::app::lesson_prose::{LessonOpening, PapersBox};
use crate::app::state::{use_app, AppState};
use crate::arch::Summary;
use crate::i18n::plain::{plain_text, plain_tr, PlainTr};
use crate::pages::Chapter;
use crate::plain::PlainState;
use leptos::prelude::*;

/// The chapter's state, shared through context.
#[derive(Clone, Copy)]
pub struct Plain {
    pub app: AppState,
    pub state: Memo<PlainState>,
    /// The stack's table and totals, or why it cannot be costed.
    pub summary: Memo<Result<Summary, String>>,
}

impl Plain {
    pub fn set(&self, edit: impl FnOnce(&mut PlainState)) {
        self.app.edit_state(self.state, PlainState::write, edit);
    }

    pub fn tr(&self) -> &'static PlainTr {
        plain_tr(self.app.shell.get().lang)
    }
}

pub fn use_plain() -> Plain {
    expect_context::<Plain>()
}

#[component]
pub fn PlainPage() -> impl IntoView {
    let app = use_app();
    let (state, notices) = app.page_state(PlainState::from_query);
    let summary = Memo::new(move |_| state.get().summary().map_err(|e| e.to_string()));
    provide_context(Plain {
        app,
        state,
        summary,
    });
    let text = move || plain_text(app.shell.get().lang);
    view! {
        <article class="lesson plain-lesson">
            <LessonOpening chapter=Chapter::Expensive text=Signal::derive(text) notices=notices />
            <div class="ch-grid">
                <Controls />
                <CostView />
            </div>
            <TrainedChannels />
            <PapersBox text=Signal::derive(text) />
            <ExercisesPanel questions=crate::exercises::expensive />
        </article>
    }
}
