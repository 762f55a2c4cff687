//! Play, pause, step and scrub through the output positions.

use super::page::use_playground;
use leptos::prelude::*;
use std::time::Duration;

/// Time between animation steps.
const STEP: Duration = Duration::from_millis(700);

#[component]
pub fn Stepper() -> impl IntoView {
    let pg = use_playground();
    let tr = move || pg.app.tr();
    let cells = Memo::new(move |_| pg.result.with(|r| r.as_ref().map_or(0, |v| v.cells())));
    let timer = StoredValue::new(None::<IntervalHandle>);
    let playing = RwSignal::new(false);
    let stop = move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
        playing.set(false);
    };
    on_cleanup(stop);
    let go = move |delta: isize, replace: bool| {
        let n = cells.get_untracked();
        if n > 0 {
            pg.set(replace, |s| {
                s.pos = (s.pos as isize + delta).rem_euclid(n as isize) as usize
            });
        }
    };
    let tick = move || {
        let n = cells.get_untracked();
        if n == 0 || pg.state.with_untracked(|s| s.pos + 1 >= n) {
            stop();
        } else {
            go(1, true);
        }
    };
    let toggle = move |_| {
        if playing.get_untracked() {
            stop();
        } else {
            if pg
                .state
                .with_untracked(|s| s.pos + 1 >= cells.get_untracked())
            {
                pg.set(true, |s| s.pos = 0);
            }
            timer.set_value(set_interval_with_handle(tick, STEP).ok());
            playing.set(true);
        }
    };
    let disabled = move || cells.get() == 0;
    let position = move || {
        let (pos, w) = (
            pg.state.with(|s| s.pos),
            pg.result.with(|r| r.as_ref().map_or(1, |v| v.out_w.max(1))),
        );
        format!(
            "{} / {}  (y = {}, x = {})",
            pos + 1,
            cells.get(),
            pos / w,
            pos % w
        )
    };
    view! {
        <section class="stepper" aria-label=move || tr().playground().pg_animation>
            <h2>{move || tr().playground().pg_animation}</h2>
            <div class="button-row">
                <button type="button" id="step-back" disabled=disabled on:click=move |_| go(-1, false)>
                    "◀ " {move || tr().playground().pg_step_back}
                </button>
                <button type="button" id="play" disabled=disabled aria-pressed=move || playing.get().to_string() on:click=toggle>
                    {move || if playing.get() { tr().playground().pg_pause } else { tr().playground().pg_play }}
                </button>
                <button type="button" id="step" disabled=disabled on:click=move |_| go(1, false)>
                    {move || tr().playground().pg_step} " ▶"
                </button>
            </div>
            <label class="field scrub">
                <span>{move || tr().playground().pg_position}</span>
                <input
                    type="range"
                    id="position"
                    min="0"
                    max=move || cells.get().saturating_sub(1).to_string()
                    disabled=disabled
                    prop:value=move || pg.state.with(|s| s.pos).to_string()
                    on:input=move |ev| {
                        if let Ok(pos) = event_target_value(&ev).parse::<usize>() {
                            if pos < cells.get_untracked() {
                                pg.set(true, |s| s.pos = pos);
                            }
                        }
                    }
                />
                <output for="position">{position}</output>
            </label>
        </section>
    }
}
