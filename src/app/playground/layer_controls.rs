//! Stride, padding and dilation sliders.

use super::page::use_playground;
use crate::playground::{PlaygroundState, MAX_DILATION, MAX_PADDING, MAX_STRIDE};
use leptos::prelude::*;

/// One labelled slider bound to a field of the state.
#[component]
fn Slider(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    min: usize,
    max: usize,
    get: fn(&PlaygroundState) -> usize,
    put: fn(&mut PlaygroundState, usize),
) -> impl IntoView {
    let pg = use_playground();
    let value = move || pg.state.with(get);
    view! {
        <label class="field slider">
            <span>{move || label.get()}</span>
            <input
                type="range"
                id=id
                min=min
                max=max
                step="1"
                prop:value=move || value().to_string()
                on:input=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<usize>() {
                        pg.preview(|s| { put(s, v.clamp(min, max)); s.pos = 0; });
                    }
                }
            />
            <output for=id>{value}</output>
        </label>
    }
}

#[component]
pub fn LayerControls() -> impl IntoView {
    let pg = use_playground();
    let tr = move || pg.app.tr();
    view! {
        <fieldset class="layer-controls">
            <legend>"conv2d"</legend>
            <Slider id="stride" label=Signal::derive(move || tr().playground().pg_stride) min=1 max=MAX_STRIDE
                get=|s| s.stride put=|s, v| s.stride = v />
            <Slider id="padding" label=Signal::derive(move || tr().playground().pg_padding) min=0 max=MAX_PADDING
                get=|s| s.padding put=|s, v| s.padding = v />
            <Slider id="dilation" label=Signal::derive(move || tr().playground().pg_dilation) min=1 max=MAX_DILATION
                get=|s| s.dilation put=|s, v| s.dilation = v />
            <p class="note">{move || tr().playground().pg_dilation_note}</p>
        </fieldset>
    }
}
