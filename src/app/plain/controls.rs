//! The stack's sliders: width, depth, stages, input side and pooling.

use super::page::use_plain;
use crate::plain::{PlainState, MAX_DEPTH, MAX_STAGES, MAX_WIDTH, SIDES};
use leptos::prelude::*;

/// One slider over `range`, its value shown beside it, written to the URL on release.
#[component]
fn Slider(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    range: (usize, usize, usize),
    read: fn(&PlainState) -> usize,
    write: fn(&mut PlainState, usize),
) -> impl IntoView {
    let p = use_plain();
    let value = Memo::new(move |_| p.state.with(read));
    view! {
        <label class="field" for=id>
            <span>{move || label.get()}</span>
            <input type="range" id=id min=range.0 max=range.1 step=range.2 prop:value=move || value.get()
                on:change=move |e| {
                    if let Ok(v) = event_target_value(&e).parse::<usize>() {
                        p.set(|s| write(s, v.clamp(range.0, range.1)));
                    }
                } />
            <output>{move || value.get()}</output>
        </label>
    }
}

#[component]
pub fn Controls() -> impl IntoView {
    let p = use_plain();
    let tr = move || p.tr();
    view! {
        <section class="panel plain-controls">
            <h2>{move || tr().controls}</h2>
            <Slider id="plain-width" label=Signal::derive(move || tr().width) range=(8, MAX_WIDTH, 8)
                read=|s| s.width write=|s, v| s.width = v />
            <Slider id="plain-depth" label=Signal::derive(move || tr().depth) range=(1, MAX_DEPTH, 1)
                read=|s| s.depth write=|s, v| s.depth = v />
            <Slider id="plain-stages" label=Signal::derive(move || tr().stages) range=(1, MAX_STAGES, 1)
                read=|s| s.stages write=|s, v| s.stages = v />
            <Slider id="plain-side" label=Signal::derive(move || tr().side) range=(*SIDES.start(), *SIDES.end(), 16)
                read=|s| s.side write=|s, v| s.side = v />
            <label class="field">
                <input type="checkbox" id="plain-pool" prop:checked=move || p.state.with(|s| s.pool)
                    on:change=move |e| {
                        let on = event_target_checked(&e);
                        p.set(|s| s.pool = on);
                    } />
                {move || tr().pool}
            </label>
        </section>
    }
}
