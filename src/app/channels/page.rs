//! A channel lesson's page: state from the URL, derived values in memos shared by
//! the widgets through context, and the lesson's prose around them.

use super::connections::Connections;
use super::controls::ChannelControls;
use super::cost_panel::CostPanel;
use super::feature_maps::FeatureMaps;
use super::weight_blocks::WeightBlocks;
use crate::app::exercises::ExercisesPanel;
use crate::app::lesson_prose::{LessonOpening, PapersBox};
use crate::app::state::{use_app, AppState};
use crate::channels::layer::{common_divisors, ChannelLayer, LayerProblem};
use crate::channels::maps::{self, Maps, MapsProblem};
use crate::channels::state::{ChannelsState, Lesson};
use crate::i18n::fill;
use crate::i18n::lessons::LessonText;
use crate::i18n::Lang;
use crate::pages::Chapter;
use leptos::prelude::*;

/// A lesson's derived values, shared by its widgets through context.
#[derive(Clone, Copy)]
pub struct Channels {
    pub app: AppState,
    pub lesson: Lesson,
    /// The state on screen, parsed from the URL.
    pub state: Memo<ChannelsState>,
    /// The layer as set (maybe invalid).
    pub layer: Memo<ChannelLayer>,
    /// The layer drawn: the current one when valid, else the last valid one.
    pub shown: Memo<ChannelLayer>,
    /// The spatial layer's weights (C_out, C_in/g, k_h, k_w) when its channels are drawn.
    pub weights: Memo<Option<Vec<f32>>>,
    /// The input channel knocked out, if any.
    pub knocked: Memo<Option<usize>>,
    /// Whether the feature maps can run (their side), or why not, without running them.
    pub maps_check: Memo<Result<usize, MapsProblem>>,
    /// The feature maps of the shown layer through the core: run only when read, so
    /// only while a view that shows them is in sight.
    pub maps: Memo<Result<Maps, MapsProblem>>,
}

impl Channels {
    /// Writes a new state to the URL.
    pub fn set(&self, edit: impl FnOnce(&mut ChannelsState)) {
        self.app.edit_state(self.state, ChannelsState::write, edit);
    }

    /// Shows a new state while a slider is dragged (written to the URL at its release).
    pub fn preview(&self, edit: impl FnOnce(&mut ChannelsState)) {
        let mut next = self.state.get_untracked();
        edit(&mut next);
        self.app.preview_query(|q| next.write(q));
    }
}

pub fn use_channels() -> Channels {
    expect_context::<Channels>()
}

/// The channel state alone, for views that need neither the layer's checks nor its
/// feature maps (the shuffle view): the ShuffleNet page provides it without the rest.
#[derive(Clone, Copy)]
pub struct ChannelState {
    pub app: AppState,
    pub state: Memo<ChannelsState>,
}

impl ChannelState {
    /// Writes a new state to the URL.
    pub fn set(&self, edit: impl FnOnce(&mut ChannelsState)) {
        self.app.edit_state(self.state, ChannelsState::write, edit);
    }

    /// Shows a new state while a slider is dragged (written to the URL at its release).
    pub fn preview(&self, edit: impl FnOnce(&mut ChannelsState)) {
        let mut next = self.state.get_untracked();
        edit(&mut next);
        self.app.preview_query(|q| next.write(q));
    }
}

pub fn use_channel_state() -> ChannelState {
    expect_context::<ChannelState>()
}

#[component]
pub fn ChannelsPage(
    lesson: Lesson,
    /// The lesson's prose in a language: `lesson_text_of(lesson)`, resolved in the lesson's
    /// own page module so it carries only this lesson's prose.
    prose: fn(Lang) -> &'static LessonText,
    /// The lesson's own widgets after the shared ones (see [`crate::app::entries`]): each
    /// lesson is its own page module, so it carries no other lesson's widgets.
    extras: fn() -> AnyView,
    /// The lesson's "check yourself" questions (one of `crate::exercises`'s functions).
    questions: fn(u64, Lang) -> Vec<crate::exercises::Exercise>,
) -> impl IntoView {
    let app = use_app();
    let (state, notices) =
        app.page_state(move |q, notices| ChannelsState::from_query(q, lesson, notices));
    let layer = Memo::new(move |_| state.with(|s| s.layer));
    let problem = Memo::new(move |_| layer.get().check().err());
    let shown = Memo::new(move |prev: Option<&ChannelLayer>| {
        let current = layer.get();
        match (current.check(), prev) {
            (Err(_), Some(prev)) => *prev,
            (Err(_), None) => lesson.preset().layer,
            (Ok(()), _) => current,
        }
    });
    let preset_seed = Memo::new(move |_| state.with(|s| (s.weights, s.seed)));
    let weights = Memo::new(move |_| {
        let layer = shown.get();
        let (preset, seed) = preset_seed.get();
        layer
            .drawable()
            .then(|| maps::spatial_weights(&layer.spec(), preset, seed))
    });
    // The input maps: remade only when the input channels or the side change.
    let side = Memo::new(move |_| state.with(|s| s.map_side.clamp(maps::MIN_SIDE, maps::MAX_SIDE)));
    let c_in = Memo::new(move |_| shown.with(|l| l.drawable().then_some(l.c_in)));
    let input = Memo::new(move |_| c_in.get().map(|c| maps::input_maps(c, side.get())));
    let knocked = Memo::new(move |_| state.with(|s| s.knocked));
    let maps_check = Memo::new(move |_| shown.with(|l| maps::check(l, side.get(), knocked.get())));
    // The run without a knock-out, kept while one is toggled: a knock-out runs the core
    // once more, and taking it back runs nothing.
    let full = Memo::new(move |_| {
        let layer = shown.get();
        let seed = preset_seed.get().1;
        input.with(|input| {
            weights.with(|weights| match (input, weights) {
                (Some(input), Some(weights)) => {
                    maps::run_on(&layer, input, weights, seed, side.get(), None)
                }
                _ => maps::run(&layer, preset_seed.get().0, seed, side.get(), None),
            })
        })
    });
    let maps = Memo::new(move |_| {
        let Some(k) = knocked.get() else {
            return full.get();
        };
        let seed = preset_seed.get().1;
        // A full run has its weights: both need the layer's channels drawn.
        full.with(|full| {
            let full = full.as_ref().map_err(Clone::clone)?;
            weights.with(|w| match w {
                Some(w) => maps::knock_out(&shown.get(), full, w, seed, k),
                None => Ok(full.clone()),
            })
        })
    });
    let ch = Channels {
        app,
        lesson,
        state,
        layer,
        shown,
        weights,
        knocked,
        maps_check,
        maps,
    };
    provide_context(ch);
    provide_context(ChannelState { app, state });
    let text = move || prose(app.shell.get().lang);
    let error = move || {
        problem.get().map(
            |LayerProblem::Groups {
                 groups,
                 c_in,
                 c_out,
             }| {
                let list: Vec<String> = common_divisors(c_in, c_out)
                    .iter()
                    .map(usize::to_string)
                    .collect();
                let message = fill(
                    app.tr().channels().ch_err_groups,
                    &[
                        ("g", &groups.to_string()),
                        ("cin", &c_in.to_string()),
                        ("cout", &c_out.to_string()),
                        ("list", &list.join(", ")),
                    ],
                );
                view! { <p class="error" role="alert" id="layer-error">{message}</p> }
            },
        )
    };
    view! {
        <article class=format!("lesson channels lesson-{}", lesson.as_str()) class:invalid=move || problem.get().is_some()>
            <LessonOpening chapter=Chapter::Lesson(lesson) text=Signal::derive(text) notices=notices />
            <section class="panel widget" aria-labelledby="widget-title">
                <h2 id="widget-title">{move || app.tr().channels().ch_widget}</h2>
                <div class="ch-grid">
                    <ChannelControls />
                    <div class="ch-views">
                        <Connections />
                        {error}
                        <WeightBlocks />
                    </div>
                </div>
                <CostPanel />
            </section>
            {extras()}
            <FeatureMaps />
            <PapersBox text=Signal::derive(text) />
            <ExercisesPanel questions />
        </article>
    }
}
