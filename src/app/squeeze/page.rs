//! The SqueezeNet page: state from the URL, shared through context.

use super::fire_widget::FireWidget;
use super::late_table::LateTable;
use super::variants_table::VariantsTable;
use crate::app::exercises::ExercisesPanel;
use crate::app::lesson_prose::{LessonOpening, PapersBox};
use crate::app::state::{use_app, AppState};
use crate::i18n::squeeze::{squeeze_text, squeeze_tr, SqueezeTr};
use crate::pages::Chapter;
use crate::squeeze::state::SqueezeState;
use leptos::prelude::*;

/// The chapter's state, shared through context.
#[derive(Clone, Copy)]
pub struct Squeeze {
    pub app: AppState,
    pub state: Memo<SqueezeState>,
}

impl Squeeze {
    /// Writes a new state to the URL.
    pub fn set(&self, edit: impl FnOnce(&mut SqueezeState)) {
        self.app.edit_state(self.state, SqueezeState::write, edit);
    }

    pub fn tr(&self) -> &'static SqueezeTr {
        squeeze_tr(self.app.shell.get().lang)
    }
}

pub fn use_squeeze() -> Squeeze {
    expect_context::<Squeeze>()
}

#[component]
pub fn SqueezePage() -> impl IntoView {
    let app = use_app();
    let (state, notices) = app.page_state(SqueezeState::from_query);
    provide_context(Squeeze { app, state });
    let text = move || squeeze_text(app.shell.get().lang);
    view! {
        <article class="lesson squeeze-lesson">
            <LessonOpening chapter=Chapter::Squeezenet text=Signal::derive(text) notices=notices />
            <FireWidget />
            <LateTable />
            <VariantsTable />
            <PapersBox text=Signal::derive(text) />
            <ExercisesPanel questions=crate::exercises::squeezenet />
        </article>
    }
}
