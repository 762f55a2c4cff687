//! The playground page: derives its state from the URL and lays out its views.

use super::facts::Facts;
use super::input_controls::InputControls;
use super::input_view::InputView;
use super::kernel_editor::KernelEditor;
use super::layer_controls::LayerControls;
use super::output_view::OutputView;
use super::stepper::Stepper;
use crate::app::exercises::ExercisesPanel;
use crate::app::notices::NoticeBanner;
use crate::app::share::ShareBar;
use crate::app::state::{use_app, AppState};
use crate::i18n::fill;
use crate::pages::Chapter;
use crate::playground::compute::{self, ConvView, Problem};
use crate::playground::PlaygroundState;
use crate::query::Notice;
use leptos::prelude::*;

/// The playground's derived values, shared by its views through context.
#[derive(Clone, Copy)]
pub struct Playground {
    pub app: AppState,
    /// The state on screen, parsed from the URL.
    pub state: Memo<PlaygroundState>,
    /// URL values that could not be used.
    pub notices: Memo<Vec<Notice>>,
    /// The convolution of the current state, or why there is none.
    pub result: Memo<Result<ConvView, Problem>>,
    /// The last valid state and its convolution, kept on screen while the controls are invalid.
    pub shown: Memo<Option<(PlaygroundState, ConvView)>>,
}

impl Playground {
    /// Writes a new state to the URL (`replace` for animation steps).
    pub fn set(&self, replace: bool, edit: impl FnOnce(&mut PlaygroundState)) {
        let mut next = self.state.get_untracked();
        edit(&mut next);
        self.app.update_query(replace, |q| next.write(q));
    }

    /// Shows a new state while a slider is dragged (written to the URL at its release).
    pub fn preview(&self, edit: impl FnOnce(&mut PlaygroundState)) {
        let mut next = self.state.get_untracked();
        edit(&mut next);
        self.app.preview_query(|q| next.write(q));
    }
}

pub fn use_playground() -> Playground {
    expect_context::<Playground>()
}

#[component]
pub fn PlaygroundPage() -> impl IntoView {
    let app = use_app();
    let parsed = Memo::new(move |_| {
        let mut notices = vec![];
        let state = app
            .query
            .with(|q| PlaygroundState::from_query(q, &mut notices));
        (state, notices)
    });
    let state = Memo::new(move |_| parsed.get().0);
    let result = Memo::new(move |_| state.with(compute::run));
    let shown =
        Memo::new(
            move |prev: Option<&Option<(PlaygroundState, ConvView)>>| match result.get() {
                Ok(view) => Some((state.get(), view)),
                Err(_) => prev.cloned().flatten(),
            },
        );
    let pg = Playground {
        app,
        state,
        notices: Memo::new(move |_| parsed.get().1),
        result,
        shown,
    };
    provide_context(pg);
    let error = move || {
        result.get().err().map(|problem| {
            let tr = app.tr();
            let text = match problem {
                Problem::Extent {
                    height,
                    extent,
                    padded,
                } => fill(
                    tr.playground().pg_err_extent,
                    &[
                        (
                            "dim",
                            if height {
                                tr.playground().dim_height
                            } else {
                                tr.playground().dim_width
                            },
                        ),
                        ("extent", &extent.to_string()),
                        ("padded", &padded.to_string()),
                    ],
                ),
                Problem::Core(message) => message,
            };
            view! {
                <p class="error" role="alert">
                    {text} " " {tr.playground().pg_err_keep}
                </p>
            }
        })
    };
    view! {
        <article class="playground" class:invalid=move || result.get().is_err()>
            <header class="lesson-head">
                <h1>{move || Chapter::Playground.title(app.shell.get().lang)}</h1>
                <ShareBar title=Signal::derive(move || Chapter::Playground.title(app.shell.get().lang)) />
            </header>
            <p class="lead intro">{move || app.tr().playground().pg_intro}</p>
            <NoticeBanner notices=pg.notices />
            <div class="pg-grid">
                <div class="pg-controls">
                    <section class="panel">
                        <InputControls />
                        <LayerControls />
                    </section>
                    <section class="panel">
                        <KernelEditor />
                    </section>
                </div>
                <div class="pg-views">
                    <div class="panel views">
                        <InputView />
                        <OutputView />
                    </div>
                    {error}
                    <Stepper />
                    <Facts />
                </div>
            </div>
            <ExercisesPanel questions=crate::exercises::playground />
        </article>
    }
}
