//! A labelled number input for a whole count (channels, a map side): it shows
//! `value`, and on a change hands `set` the typed number clamped to `min..=max`
//! (text that is not a number is ignored; the URL keeps the last good value).

use leptos::prelude::*;

#[component]
pub fn NumberField(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    min: usize,
    max: usize,
    #[prop(into)] value: Signal<usize>,
    set: Callback<usize>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{move || label.get()}</span>
            <input type="number" id=id min=min max=max class="typed"
                prop:value=move || value.get().to_string()
                on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).trim().parse::<usize>() {
                        set.run(v.clamp(min, max));
                    }
                } />
        </label>
    }
}
