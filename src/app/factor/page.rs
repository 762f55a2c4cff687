//! The factorization page: state from the URL, shared through context.

use super::compare_table::CompareTable;
use super::inception_modules::InceptionModules;
use super::rank1_view::Rank1View;
use crate::app::exercises::ExercisesPanel;
use crate::app::lesson_prose::{LessonOpening, PapersBox};
use crate::app::state::{use_app, AppState};
use crate::factor::state::FactorState;
use crate::i18n::lessons::factorization_text;
use crate::pages::Chapter;
use leptos::prelude::*;

/// The chapter's state, shared through context.
#[derive(Clone, Copy)]
pub struct Factor {
    pub app: AppState,
    pub state: Memo<FactorState>,
}

impl Factor {
    /// Writes a new state to the URL.
    pub fn set(&self, edit: impl FnOnce(&mut FactorState)) {
        self.app.edit_state(self.state, FactorState::write, edit);
    }
}

pub fn use_factor() -> Factor {
    expect_context::<Factor>()
}

#[component]
pub fn FactorPage() -> impl IntoView {
    let app = use_app();
    let (state, notices) = app.page_state(FactorState::from_query);
    provide_context(Factor { app, state });
    let text = move || factorization_text(app.shell.get().lang);
    view! {
        <article class="lesson factor-lesson">
            <LessonOpening chapter=Chapter::Factorization text=Signal::derive(text) notices=notices />
            <CompareTable />
            <Rank1View />
            <InceptionModules />
            <PapersBox text=Signal::derive(text) />
            <ExercisesPanel questions=crate::exercises::factorization />
        </article>
    }
}
