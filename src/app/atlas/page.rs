//! The atlas page: derives its state and summaries from the URL and lays out its parts.

use super::chart_view::ChartView;
use super::compare::Compare;
use super::facts::Facts;
use super::layer_table::LayerTable;
use super::model_picker::ModelPicker;
use super::shares::Shares;
use crate::app::notices::NoticeBanner;
use crate::app::share::ShareBar;
use crate::app::state::{use_app, AppState};
use crate::arch::Summary;
use crate::atlas::{AtlasState, NetChoice, Slot};
use crate::pages::Chapter;
use crate::query::Notice;
use leptos::prelude::*;

/// A network as shown: the choice actually used and its summary (or why there is none).
pub type Shown = Option<(NetChoice, Result<Summary, String>)>;

/// The atlas's derived values, shared by its parts through context.
#[derive(Clone, Copy)]
pub struct Atlas {
    pub app: AppState,
    /// The state on screen, parsed from the URL.
    pub state: Memo<AtlasState>,
    /// URL values that could not be used.
    pub notices: Memo<Vec<Notice>>,
    /// The first network, summarised once per parameter change.
    pub main: Memo<Shown>,
    /// The second network, if any.
    pub vs: Memo<Shown>,
}

impl Atlas {
    /// Writes a new state to the URL (a new history entry).
    pub fn set(&self, edit: impl FnOnce(&mut AtlasState)) {
        let mut next = self.state.get_untracked();
        edit(&mut next);
        self.app.update_query(false, |q| next.write(q));
    }

    /// The network shown in `slot`.
    pub fn shown(&self, slot: Slot) -> Memo<Shown> {
        match slot {
            Slot::Main => self.main,
            Slot::Versus => self.vs,
        }
    }
}

pub fn use_atlas() -> Atlas {
    expect_context::<Atlas>()
}

/// Summarises the network of `slot` whenever its choice changes.
fn summarized(state: Memo<AtlasState>, slot: Slot) -> Memo<(Shown, Option<Notice>)> {
    let choice = Memo::new(move |_| match slot {
        Slot::Main => Some(state.get().main),
        Slot::Versus => state.get().vs,
    });
    Memo::new(move |_| match choice.get() {
        None => (None, None),
        Some(c) => {
            let (shown, result, notice) = c.summarize(slot);
            (Some((shown, result)), notice)
        }
    })
}

#[component]
pub fn AtlasPage() -> impl IntoView {
    let app = use_app();
    let parsed = Memo::new(move |_| {
        let mut notices = vec![];
        let state = app.query.with(|q| AtlasState::from_query(q, &mut notices));
        (state, notices)
    });
    let state = Memo::new(move |_| parsed.get().0);
    let main = summarized(state, Slot::Main);
    let vs = summarized(state, Slot::Versus);
    let atlas = Atlas {
        app,
        state,
        notices: Memo::new(move |_| {
            let mut all = parsed.get().1;
            all.extend(main.get().1);
            all.extend(vs.get().1);
            all
        }),
        main: Memo::new(move |_| main.get().0),
        vs: Memo::new(move |_| vs.get().0),
    };
    provide_context(atlas);
    let has_vs = move || state.with(|s| s.vs.is_some());
    view! {
        <article class="atlas">
            <header class="lesson-head">
                <h1>{move || Chapter::Atlas.title(app.shell.get().lang)}</h1>
                <ShareBar title=Signal::derive(move || Chapter::Atlas.title(app.shell.get().lang)) />
            </header>
            <p class="lead intro">{move || app.tr().atlas().atlas_intro}</p>
            <NoticeBanner notices=atlas.notices />
            <div class="atlas-pickers">
                <ModelPicker which=Slot::Main />
                <ModelPicker which=Slot::Versus />
            </div>
            <Compare />
            <section class="panel atlas-chart">
                <ChartView />
                <Shares />
            </section>
            <div class="atlas-tables">
                <section class="panel atlas-net">
                    <Facts which=Slot::Main />
                    <LayerTable which=Slot::Main />
                </section>
                <Show when=has_vs>
                    <section class="panel atlas-net">
                        <Facts which=Slot::Versus />
                        <LayerTable which=Slot::Versus />
                    </section>
                </Show>
            </div>
        </article>
    }
}
