//! The lab page: state from the URL, the worker and its answers, shared through context.

use super::ablation_view::AblationView;
use super::correlation_view::CorrelationView;
use super::draw_pad::DrawPad;
use super::erf_view::ErfView;
use super::feature_maps::FeatureMaps;
use super::prediction_view::PredictionView;
use super::train_panel::TrainPanel;
use super::worker::{has_relaxed_simd, LabWorker, WorkerSlot};
use crate::app::lesson_prose::{LessonOpening, PapersBox};
use crate::app::state::{use_app, AppState};
use crate::i18n::lab::{lab_text, lab_tr, LabTr};
use crate::lab::ablation::Ablation;
use crate::lab::session::{ErfPair, FromWorker, Prediction, Probe, ToWorker};
use crate::lab::state::LabState;
use crate::pages::Chapter;
use crate::zoo::tiny::TINY;
use leptos::prelude::*;

/// Where the lab is.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Loading,
    Ready,
    Training,
    Paused,
    /// The worker died; the message says why.
    Crashed(String),
}

/// One finished epoch of a run in the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EpochRow {
    pub epoch: usize,
    pub epochs: usize,
    pub loss: f32,
    pub test_accuracy: f32,
}

/// The lab's state, shared through context.
#[derive(Clone, Copy)]
pub struct Lab {
    pub app: AppState,
    pub state: Memo<LabState>,
    pub probe: RwSignal<Option<Probe>>,
    pub prediction: RwSignal<Option<Prediction>>,
    /// The drawn digit's 64 pixels while a drawing (not a test image) is shown.
    pub drawing: RwSignal<Option<Vec<f32>>>,
    pub history: RwSignal<Vec<EpochRow>>,
    pub status: RwSignal<Status>,
    /// The last failure or notice from the worker.
    pub message: RwSignal<Option<String>>,
    /// The last effective receptive field the worker computed.
    pub erf: RwSignal<Option<ErfPair>>,
    /// The (probed layer, channel) under the pointer.
    pub hover: RwSignal<Option<(usize, usize)>>,
    /// The shipped ablation once the worker has read it, or why it could not.
    pub ablation: RwSignal<Option<Result<Ablation, String>>>,
    /// The worker runs its relaxed-SIMD build (fused multiply-adds): the browser has it.
    pub fused: bool,
    worker: WorkerSlot,
}

impl Lab {
    /// A lab over `state` whose worker is not started yet ([`Lab::restart`] starts it).
    pub fn new(app: AppState, state: Memo<LabState>) -> Lab {
        Lab {
            app,
            state,
            probe: RwSignal::new(None),
            prediction: RwSignal::new(None),
            drawing: RwSignal::new(None),
            history: RwSignal::new(Vec::new()),
            status: RwSignal::new(Status::Loading),
            message: RwSignal::new(None),
            erf: RwSignal::new(None),
            hover: RwSignal::new(None),
            ablation: RwSignal::new(None),
            fused: has_relaxed_simd(),
            worker: StoredValue::new_local(None),
        }
    }

    /// Stops the worker when the page that owns it goes away.
    pub fn stop_on_cleanup(&self) {
        let worker = self.worker;
        on_cleanup(move || {
            worker.with_value(|w| {
                if let Some(w) = w {
                    w.stop()
                }
            })
        });
    }

    pub fn set(&self, edit: impl FnOnce(&mut LabState)) {
        self.app.edit_state(self.state, LabState::write, edit);
    }

    pub fn tr(&self) -> &'static LabTr {
        lab_tr(self.app.shell.get().lang)
    }

    pub fn send(&self, msg: ToWorker) {
        self.worker.with_value(|w| {
            if let Some(w) = w {
                w.send(&msg)
            }
        });
    }

    /// What to classify now: the drawing if there is one, else the test image in the URL.
    pub fn classify(&self) {
        match self.drawing.get_untracked() {
            Some(pixels) => self.send(ToWorker::Predict { pixels }),
            None => self.send(ToWorker::Sample {
                index: self.state.get_untracked().sample,
            }),
        }
    }

    /// Starts a fresh worker (stopping any) and opens the network in the URL.
    pub fn restart(&self) {
        // Dropping the old worker stops it (`LabWorker`'s Drop).
        self.worker.update_value(|w| *w = None);
        self.status.set(Status::Loading);
        let lab = *self;
        let started = LabWorker::start(
            self.fused,
            move |answer| lab.receive(answer),
            move |problem| lab.status.set(Status::Crashed(problem)),
        );
        match started {
            Ok(w) => {
                self.worker.set_value(Some(w));
                self.send(ToWorker::Open {
                    model: self.state.get_untracked().model.to_string(),
                });
            }
            Err(e) => self.status.set(Status::Crashed(e)),
        }
    }

    fn receive(&self, answer: FromWorker) {
        match answer {
            FromWorker::Ready(probe) => {
                self.probe.set(Some(probe));
                self.status.set(Status::Ready);
                self.classify();
            }
            FromWorker::Prediction(p) => self.prediction.set(Some(p)),
            FromWorker::Epoch {
                epoch,
                epochs,
                loss,
                test_accuracy,
                ..
            } => self.history.update(|h| {
                h.push(EpochRow {
                    epoch,
                    epochs,
                    loss,
                    test_accuracy,
                })
            }),
            FromWorker::Paused => self.status.set(Status::Paused),
            FromWorker::Started => {}
            FromWorker::Erf(e) => self.erf.set(Some(e)),
            FromWorker::Ablation(a) => self.ablation.set(Some(a)),
            FromWorker::Failed { message } => {
                if self.status.get_untracked() == Status::Training {
                    self.status.set(Status::Ready);
                }
                self.message.set(Some(message));
            }
        }
    }
}

pub fn use_lab() -> Lab {
    expect_context::<Lab>()
}

#[component]
pub fn LabPage() -> impl IntoView {
    let app = use_app();
    let (state, notices) = app.page_state(LabState::from_query);
    let lab = Lab::new(app, state);
    provide_context(lab);
    lab.restart();
    lab.stop_on_cleanup();
    // A new network in the URL: open it (its Ready answer classifies again).
    let model = Memo::new(move |_| state.with(|s| s.model));
    Effect::new(move |first: Option<()>| {
        let m = model.get();
        if first.is_some() {
            lab.probe.set(None);
            lab.status.set(Status::Loading);
            lab.send(ToWorker::Open {
                model: m.to_string(),
            });
        }
    });
    let sample = Memo::new(move |_| state.with(|s| s.sample));
    Effect::new(move |first: Option<()>| {
        let index = sample.get();
        if first.is_some() {
            lab.drawing.set(None);
            lab.send(ToWorker::Sample { index });
        }
    });
    let text = move || lab_text(app.shell.get().lang);
    let tr = move || lab.tr();
    let title = move |name: &str| TINY.iter().find(|t| t.name == name).map_or("", |t| t.title);
    view! {
        <article class="lesson lab-lesson">
            <LessonOpening chapter=Chapter::Lab text=Signal::derive(text) notices=notices />
            <section class="panel lab-controls">
                <label>
                    {move || tr().model} " "
                    <select id="lab-model" on:change=move |e| {
                        let v = event_target_value(&e);
                        if let Some(t) = TINY.iter().find(|t| t.name == v) {
                            lab.set(|s| s.model = t.name);
                        }
                    }>
                        {TINY.iter().map(|t| view! {
                            <option value=t.name selected=move || state.with(|s| s.model == t.name)>{t.name}</option>
                        }).collect_view()}
                    </select>
                </label>
                <span class="lab-title">{move || title(state.with(|s| s.model))}</span>
                {move || lab.probe.with(|p| p.as_ref().map(|p| {
                    let t = tr();
                    let weights = if p.weights == "trained" { t.trained } else { t.shipped };
                    view! {
                        <p id="lab-facts" class="lab-facts">
                            {format!("{}: {:.2}% ({} / {}) · {} {} · {} {} · {}",
                                t.test_accuracy, 100.0 * p.test_accuracy,
                                (p.test_accuracy * p.test_images as f32).round(), p.test_images,
                                p.params, t.params, p.macs, t.macs, weights)}
                        </p>
                    }
                }))}
                {move || match lab.status.get() {
                    Status::Loading => Some(view! { <p class="notice" id="lab-loading">{tr().loading}</p> }.into_any()),
                    Status::Crashed(e) => Some(view! { <p class="error" role="alert">{format!("{} ({e})", tr().worker_failed)}</p> }.into_any()),
                    _ => None,
                }}
                {move || lab.message.get().map(|m| view! { <p class="error" role="alert" id="lab-message">{m}</p> })}
            </section>
            <div class="lab-grid">
                <DrawPad />
                <PredictionView />
            </div>
            <FeatureMaps />
            <CorrelationView />
            <ErfView />
            <TrainPanel />
            <AblationView />
            <p class="source">{move || tr().data_credit}</p>
            <PapersBox text=Signal::derive(text) />
        </article>
    }
}
