//! The explorer's page: state from the URL, the last valid stack kept while the text
//! is invalid, derived values in memos shared through context.

use super::erf_view::ErfView;
use super::growth_chart::GrowthChart;
use super::layer_table::LayerTable;
use super::path_map::PathMapView;
use super::stack_editor::StackEditor;
use super::taps_view::TapsView;
use super::unit_sees::UnitSees;
use crate::app::exercises::ExercisesPanel;
use crate::app::lesson_prose::{LessonOpening, PapersBox};
use crate::app::state::{use_app, AppState};
use crate::i18n::fill;
use crate::i18n::lessons::dilation_text;
use crate::pages::Chapter;
use crate::rfield::erf::ErfNet;
use crate::rfield::field::{fields, LayerField};
use crate::rfield::paths::{sides, PathProblem};
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
    /// The selected layer (1-based), its unit and its output side, or why the input is too small.
    pub target: Memo<Result<Target, PathProblem>>,
    /// The ERF network's forward pass through the stack, remade only when the stack, the
    /// input's side or the seed changes (the growth chart and the ERF view share it).
    pub erf_net: Memo<Result<ErfNet, String>>,
    /// Per layer of the stack: the side of the square holding 95% of the ERF of its
    /// centre unit (sqrt of the pixel count), or `None` where it cannot be computed.
    pub erf_growth: Memo<Vec<Option<f64>>>,
}

/// The unit the maps show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub layer: usize,
    pub unit: (usize, usize),
    pub out: [usize; 2],
}

impl Explorer {
    /// Writes a new state to the URL.
    pub fn set(&self, edit: impl FnOnce(&mut RfState)) {
        self.app.edit_state(self.state, RfState::write, edit);
    }
}

pub fn use_explorer() -> Explorer {
    expect_context::<Explorer>()
}

#[component]
pub fn RfPage() -> impl IntoView {
    let app = use_app();
    let (state, notices) = app.page_state(RfState::from_query);
    let stack = Memo::new(move |prev: Option<&Vec<StackLayer>>| {
        state.with(|s| match (&s.stack, prev) {
            (Ok(stack), _) => stack.clone(),
            (Err(_), Some(prev)) => prev.clone(),
            (Err(_), None) => RfState::default().stack.unwrap_or_default(),
        })
    });
    let target = Memo::new(move |_| {
        let (n, selected, unit) = state.with(|s| (s.n, s.selected, s.unit));
        stack.with(|stack| {
            let layer = selected.clamp(1, stack.len().max(1)).min(stack.len());
            let out = *sides(&stack[..layer], n)?.last().unwrap_or(&[1, 1]);
            let unit = unit
                .map(|(y, x)| (y.min(out[0] - 1), x.min(out[1] - 1)))
                .unwrap_or((out[0] / 2, out[1] / 2));
            Ok(Target { layer, unit, out })
        })
    });
    // Only the input side and the seed (not the selected unit) change the growth series.
    let n_seed = Memo::new(move |_| state.with(|s| (s.n, s.seed)));
    let erf_net = Memo::new(move |_| {
        let (n, seed) = n_seed.get();
        stack
            .with(|stack| ErfNet::new(stack, n, seed))
            .map_err(|e| e.to_string())
    });
    let erf_growth = Memo::new(move |_| {
        erf_net.with(|net| match net {
            Ok(net) => crate::rfield::growth::erf_growth(net),
            Err(_) => vec![None; stack.with(Vec::len)],
        })
    });
    let ex = Explorer {
        app,
        state,
        stack,
        fields: Memo::new(move |_| stack.with(|s| fields(s))),
        target,
        erf_net,
        erf_growth,
    };
    provide_context(ex);
    let text = move || dilation_text(app.shell.get().lang);
    let error = move || {
        let lang = app.shell.with(|s| s.lang);
        state.with(|s| s.stack.as_ref().err().map(|e| e.message(lang))).map(|e| {
            view! { <p class="error" role="alert" id="stack-error">{fill(app.tr().rf().rf_err_stack, &[("error", &e)])}</p> }
        })
    };
    view! {
        <article class="lesson rf-lesson" class:invalid=move || state.with(|s| s.stack.is_err())>
            <LessonOpening chapter=Chapter::Dilation text=Signal::derive(text) notices=notices />
            <TapsView />
            <section class="panel widget" aria-labelledby="explorer-title">
                <h2 id="explorer-title">{move || app.tr().rf().chapter_dilation_explorer}</h2>
                <StackEditor />
                {error}
                <LayerTable />
                <div class="maps-row">
                    <PathMapView />
                    <ErfView />
                    <UnitSees />
                </div>
                <GrowthChart />
            </section>
            <PapersBox text=Signal::derive(text) />
            <ExercisesPanel questions=crate::exercises::dilation />
        </article>
    }
}
