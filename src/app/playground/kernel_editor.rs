//! The kernel editor: size, presets, and weights painted by click/drag or typed.

use super::page::use_playground;
use crate::format::format_weight;
use crate::i18n::fill;
use crate::playground::kernel::{parse_weight, Preset, MAX_K};
use crate::playground::PlaygroundState;
use leptos::ev;
use leptos::prelude::*;

#[component]
pub fn KernelEditor() -> impl IntoView {
    let pg = use_playground();
    let tr = move || pg.app.tr();
    let dims = Memo::new(move |_| pg.state.with(|s| (s.kernel.h, s.kernel.w)));
    let selected = RwSignal::new((0usize, 0usize));
    let painting = RwSignal::new(None::<f32>);
    let typed_ok = RwSignal::new(true);
    // A painting drag shows each step and writes the address once, when it ends: at the
    // release, or when the browser takes the pointer over (a touch turning into a scroll).
    let end = move || {
        if painting.get_untracked().is_some() {
            painting.set(None);
            pg.app.commit();
        }
    };
    let released = window_event_listener(ev::pointerup, move |_| end());
    let cancelled = window_event_listener(ev::pointercancel, move |_| end());
    on_cleanup(move || {
        released.remove();
        cancelled.remove();
    });
    let bump = move |row: usize, col: usize, delta: f32, dragged: bool| {
        let edit = |s: &mut PlaygroundState| s.kernel.bump(row, col, delta);
        if dragged {
            pg.preview(edit);
        } else {
            pg.set(false, edit);
        }
    };
    let weight_at = move |row: usize, col: usize| {
        pg.state.with(|s| {
            s.kernel
                .weights
                .get(row * s.kernel.w + col)
                .copied()
                .unwrap_or(0.0)
        })
    };
    let preset_name = move |p: Preset| tr().preset(p);
    let size_select = move |id: &'static str,
                            label: fn(&crate::i18n::Tr) -> &'static str,
                            height: bool| {
        view! {
            <label class="field">
                <span>{move || label(tr())}</span>
                <select
                    id=id
                    prop:value=move || { let (h, w) = dims.get(); (if height { h } else { w }).to_string() }
                    on:change=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<usize>() {
                            pg.set(false, |s| {
                                let (h, w) = if height { (v, s.kernel.w) } else { (s.kernel.h, v) };
                                s.kernel = s.kernel.resized(h, w);
                                s.pos = 0;
                            });
                            selected.set((0, 0));
                        }
                    }
                >
                    {(1..=MAX_K).map(|n| view! { <option value=n.to_string()>{n}</option> }).collect_view()}
                </select>
            </label>
        }
    };
    let grid = move || {
        let (h, w) = dims.get();
        let cells = (0..h * w).map(move |i| {
            let (row, col) = (i / w, i % w);
            view! {
                <button
                    type="button"
                    class="kcell"
                    data-row=row
                    data-col=col
                    class:selected=move || selected.get() == (row, col)
                    class:negative=move || weight_at(row, col) < 0.0
                    aria-label=move || {
                        let value = format_weight(weight_at(row, col));
                        fill(tr().playground().pg_cell_button, &[("value", &value), ("row", &(row + 1).to_string()), ("col", &(col + 1).to_string())])
                    }
                    on:pointerdown=move |e: ev::PointerEvent| {
                        e.prevent_default();
                        // Touch captures the pointer on the first cell; release it so dragging reaches the others.
                        let cell: web_sys::Element = event_target(&e);
                        let _ = cell.release_pointer_capture(e.pointer_id());
                        let delta = if e.shift_key() || e.button() == 2 { -1.0 } else { 1.0 };
                        painting.set(Some(delta));
                        selected.set((row, col));
                        bump(row, col, delta, true);
                    }
                    on:pointerenter=move |_| {
                        if let Some(delta) = painting.get_untracked() {
                            bump(row, col, delta, true);
                        }
                    }
                    on:contextmenu=move |e| e.prevent_default()
                    on:focus=move |_| selected.set((row, col))
                    on:keydown=move |e: ev::KeyboardEvent| {
                        let delta = match e.key().as_str() {
                            "ArrowUp" | "+" | "=" => 1.0,
                            "ArrowDown" | "-" => -1.0,
                            _ => return,
                        };
                        e.prevent_default();
                        bump(row, col, delta, false);
                    }
                >
                    {move || format_weight(weight_at(row, col))}
                </button>
            }
        });
        view! {
            <div class="kgrid" style=format!("grid-template-columns: repeat({w}, minmax(2.6em, 1fr))")>
                {cells.collect_view()}
            </div>
        }
    };
    view! {
        <fieldset class="kernel-editor">
            <legend>{move || tr().playground().pg_kernel}</legend>
            <div class="field-row">
                {size_select("kernel-h", |t| t.pg_kernel_height, true)}
                {size_select("kernel-w", |t| t.pg_kernel_width, false)}
            </div>
            <div class="button-row presets" role="group" aria-label=move || tr().playground().pg_presets>
                {Preset::ALL
                    .into_iter()
                    .map(|p| view! {
                        <button type="button" data-preset=p.as_str()
                            on:click=move |_| pg.set(false, |s| { s.kernel = p.build(s.kernel.h, s.kernel.w); s.pos = 0; })>
                            {move || preset_name(p)}
                        </button>
                    })
                    .collect_view()}
            </div>
            {grid}
            <label class="field">
                <span>
                    {move || {
                        let (r, c) = selected.get();
                        fill(tr().playground().pg_cell_value, &[("row", &(r + 1).to_string()), ("col", &(c + 1).to_string())])
                    }}
                </span>
                <input
                    id="weight-value"
                    type="number"
                    step="any"
                    min="-99"
                    max="99"
                    aria-invalid=move || (!typed_ok.get()).to_string()
                    prop:value=move || { let (r, c) = selected.get(); format_weight(weight_at(r, c)) }
                    on:change=move |e| {
                        let parsed = parse_weight(&event_target_value(&e));
                        typed_ok.set(parsed.is_some());
                        if let Some(v) = parsed {
                            let (r, c) = selected.get_untracked();
                            pg.set(false, |s| {
                                if r < s.kernel.h && c < s.kernel.w {
                                    s.kernel.weights[r * s.kernel.w + c] = v;
                                }
                            });
                        }
                    }
                />
            </label>
            <p class="hint">{move || tr().playground().pg_kernel_hint}</p>
        </fieldset>
    }
}
