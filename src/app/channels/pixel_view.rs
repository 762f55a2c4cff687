//! The point-wise lesson's per-pixel view: at one pixel, the input's channel vector
//! times the C_out × C_in weight matrix gives the output's channel vector. The
//! vectors are read from the core's maps, so the product shown is the core's.

use super::page::use_channels;
use crate::channels::maps::spatial_weights;
use crate::i18n::fill;
use leptos::prelude::*;

/// Largest matrix written out as a table.
const MAX_TABLE: usize = 16;

fn cell(v: f32) -> String {
    format!("{v:.2}")
}

#[component]
pub fn PixelView() -> impl IntoView {
    let ch = use_channels();
    let tr = move || ch.app.tr();
    let pixel = RwSignal::new((4usize, 4usize));
    let table = move || {
        let layer = ch.shown.get();
        let t = tr();
        if layer.kernel != [1, 1]
            || layer.groups != 1
            || layer.c_in > MAX_TABLE
            || layer.c_out > MAX_TABLE
        {
            return view! { <p class="note">{t.channels().pw_pixel_only}</p> }.into_any();
        }
        let (preset, seed) = ch.state.with(|s| (s.weights, s.seed));
        let w = spatial_weights(&layer.spec(), preset, seed);
        ch.maps.with(|m| {
            let Ok(m) = m else { return view! { <p class="note">{t.channels().pw_pixel_only}</p> }.into_any() };
            let side = m.side;
            let (y, x) = pixel.get();
            let (y, x) = (y.min(side - 1), x.min(side - 1));
            let at = |data: &[f32], c: usize| data[c * side * side + y * side + x];
            let input: Vec<f32> = (0..layer.c_in).map(|c| at(m.input.data(), c)).collect();
            let output: Vec<f32> = (0..layer.c_out).map(|c| at(m.middle.data(), c)).collect();
            let rows = (0..layer.c_out).map(|o| {
                let weights = (0..layer.c_in).map(|i| view! { <td>{cell(w[o * layer.c_in + i])}</td> }).collect_view();
                view! {
                    <tr>
                        <th scope="row">{o}</th>
                        {weights}
                        <td class="eq">{if o == layer.c_out / 2 { "·x =" } else { "" }}</td>
                        <td class="out">{cell(output[o])}</td>
                    </tr>
                }
            }).collect_view();
            let x_row = input.iter().map(|&v| view! { <td class="in">{cell(v)}</td> }).collect_view();
            view! {
                <p class="note">{fill(t.channels().pw_pixel_intro, &[("y", &y.to_string()), ("x", &x.to_string())])}</p>
                <div class="table-scroll">
                    <table class="pixel" id="pixel-table">
                        <thead><tr><th>"W"</th>{(0..layer.c_in).map(|i| view! { <th scope="col">{i}</th> }).collect_view()}<th></th><th>"y"</th></tr></thead>
                        <tbody>{rows}</tbody>
                        <tfoot><tr><th>"x"</th>{x_row}<td></td><td></td></tr></tfoot>
                    </table>
                </div>
            }.into_any()
        })
    };
    let axis = move |label: &'static str,
                     id: &'static str,
                     pick: fn(&mut (usize, usize)) -> &mut usize,
                     get: fn((usize, usize)) -> usize| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input type="number" id=id min="0" max=move || ch.state.with(|s| s.map_side - 1)
                    prop:value=move || get(pixel.get()).to_string()
                    on:change=move |ev| { if let Ok(v) = event_target_value(&ev).trim().parse::<usize>() {
                        let side = ch.state.with_untracked(|s| s.map_side);
                        pixel.update(|p| *pick(p) = v.min(side - 1));
                    } } />
            </label>
        }
    };
    view! {
        <section class="panel pixel-view" aria-labelledby="pixel-title">
            <h2 id="pixel-title">{move || tr().channels().pw_pixel}</h2>
            <div class="field-row">
                {axis("y", "pixel-y", |p| &mut p.0, |p| p.0)}
                {axis("x", "pixel-x", |p| &mut p.1, |p| p.1)}
            </div>
            {table}
        </section>
    }
}
