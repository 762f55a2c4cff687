//! The MobileNet page: state from the URL, shared through context.

use super::full_table::FullTable;
use super::layer_widget::LayerWidget;
use super::multipliers::Multipliers;
use super::shares_table::SharesTable;
use crate::app::exercises::ExercisesPanel;
use crate::app::lesson_prose::{LessonOpening, PapersBox};
use crate::app::state::{use_app, AppState};
use crate::i18n::mobilenet::{mobilenet_text, mobilenet_tr, MobileNetTr};
use crate::mobilenet::state::MobileNetState;
use crate::pages::Chapter;
use leptos::prelude::*;

/// The chapter's state, shared through context.
#[derive(Clone, Copy)]
pub struct MobileNet {
    pub app: AppState,
    pub state: Memo<MobileNetState>,
}

impl MobileNet {
    /// Writes a new state to the URL.
    pub fn set(&self, edit: impl FnOnce(&mut MobileNetState)) {
        self.app.edit_state(self.state, MobileNetState::write, edit);
    }

    pub fn tr(&self) -> &'static MobileNetTr {
        mobilenet_tr(self.app.shell.get().lang)
    }
}

pub fn use_mobilenet() -> MobileNet {
    expect_context::<MobileNet>()
}

#[component]
pub fn MobileNetPage() -> impl IntoView {
    let app = use_app();
    let (state, notices) = app.page_state(MobileNetState::from_query);
    provide_context(MobileNet { app, state });
    let text = move || mobilenet_text(app.shell.get().lang);
    view! {
        <article class="lesson mobilenet-lesson">
            <LessonOpening chapter=Chapter::Mobilenet text=Signal::derive(text) notices=notices />
            <LayerWidget />
            <Multipliers />
            <SharesTable />
            <FullTable />
            <PapersBox text=Signal::derive(text) />
            <ExercisesPanel questions=crate::exercises::mobilenet />
        </article>
    }
}
