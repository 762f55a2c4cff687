//! Input size, samples and clearing.

use super::page::use_playground;
use crate::playground::image::{Sample, MAX_SIZE, MIN_SIZE};
use leptos::prelude::*;

#[component]
pub fn InputControls() -> impl IntoView {
    let pg = use_playground();
    let tr = move || pg.app.tr();
    let sample_name = move |s: Sample| match s {
        Sample::Digit => tr().playground().sample_digit,
        Sample::Edge => tr().playground().sample_edge,
        Sample::Checker => tr().playground().sample_checker,
        Sample::Dot => tr().playground().sample_dot,
    };
    view! {
        <fieldset class="input-controls">
            <legend>{move || tr().playground().pg_input}</legend>
            <label class="field">
                <span>{move || tr().playground().pg_input_size}</span>
                <select
                    id="input-size"
                    prop:value=move || pg.state.get().size.to_string()
                    on:change=move |ev| {
                        if let Ok(size) = event_target_value(&ev).parse::<usize>() {
                            let next = pg.state.get_untracked().with_size(size);
                            pg.set(false, |s| *s = next);
                        }
                    }
                >
                    {(MIN_SIZE..=MAX_SIZE)
                        .map(|n| view! { <option value=n.to_string()>{format!("{n} x {n}")}</option> })
                        .collect_view()}
                </select>
            </label>
            <div class="button-row" role="group" aria-label=move || tr().playground().pg_samples>
                {Sample::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <button
                                type="button"
                                data-sample=s.as_str()
                                on:click=move |_| pg.set(false, |st| { st.pixels = s.render(st.size); st.pos = 0; })
                            >
                                {move || sample_name(s)}
                            </button>
                        }
                    })
                    .collect_view()}
                <button type="button" on:click=move |_| pg.set(false, |st| st.pixels.iter_mut().for_each(|p| *p = 0.0))>
                    {move || tr().playground().pg_clear}
                </button>
            </div>
        </fieldset>
    }
}
