//! The lab's trained tiny_plain in this chapter, loaded only on request: its feature
//! maps with the dead channels crossed out and its channel correlation.

use super::page::use_plain;
use crate::app::lab::{CorrelationView, FeatureMaps, Lab, Status};
use crate::lab::state::LabState;
use leptos::prelude::*;

#[component]
pub fn TrainedChannels() -> impl IntoView {
    let p = use_plain();
    let tr = move || p.tr();
    let lab = Lab::new(p.app, Memo::new(|_| LabState::default()));
    provide_context(lab);
    lab.stop_on_cleanup();
    let started = RwSignal::new(false);
    view! {
        <section class="panel plain-trained">
            <h2>{move || tr().trained_title}</h2>
            <p class="hint">{move || tr().trained_note}</p>
            <div class="button-row">
                <button id="plain-load" disabled=move || started.get() on:click=move |_| {
                    started.set(true);
                    lab.restart();
                }>{move || tr().load}</button>
                <a href=move || p.app.link("/lab")>{move || tr().open_lab}</a>
            </div>
            {move || (started.get() && lab.status.get() == Status::Loading)
                .then(|| view! { <p class="notice">{lab.tr().loading}</p> })}
            {move || match lab.status.get() {
                Status::Crashed(e) => Some(view! { <p class="error" role="alert">{format!("{} ({e})", lab.tr().worker_failed)}</p> }),
                _ => None,
            }}
            <Show when=move || lab.probe.with(Option::is_some)>
                <FeatureMaps />
                <CorrelationView />
            </Show>
        </section>
    }
}
