//! The ShuffleNet widgets' state from the URL (keys beside the channel lesson's),
//! shared through context, and the widgets in order.

use super::scale_chart::ScaleChart;
use super::tables::{ShuffleTable, VersusTable};
use super::unit_cost::UnitCost;
use super::unit_view::UnitView;
use crate::app::state::{use_app, AppState};
use crate::i18n::shufflenet::{shufflenet_tr, ShuffleNetTr};
use crate::shufflenet::state::ShuffleNetState;
use leptos::prelude::*;

/// The widgets' state, shared through context.
#[derive(Clone, Copy)]
pub struct ShuffleNet {
    pub app: AppState,
    pub state: Memo<ShuffleNetState>,
}

impl ShuffleNet {
    /// Writes a new state to the URL.
    pub fn set(&self, edit: impl FnOnce(&mut ShuffleNetState)) {
        self.app
            .edit_state(self.state, ShuffleNetState::write, edit);
    }

    pub fn tr(&self) -> &'static ShuffleNetTr {
        shufflenet_tr(self.app.shell.get().lang)
    }
}

pub fn use_shufflenet() -> ShuffleNet {
    expect_context::<ShuffleNet>()
}

#[component]
pub fn ShuffleNetExtras() -> impl IntoView {
    let app = use_app();
    let (state, notices) = app.page_state(ShuffleNetState::from_query);
    provide_context(ShuffleNet { app, state });
    view! {
        <crate::app::notices::NoticeBanner notices=notices />
        <UnitView />
        <UnitCost />
        <ScaleChart />
        <ShuffleTable />
        <VersusTable />
    }
}
