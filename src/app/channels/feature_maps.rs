//! Real feature maps: the input channels, the spatial layer's outputs and the
//! point-wise outputs, computed by the core. Clicking an input map knocks it out;
//! the core runs again and the maps that changed are outlined.

use super::connections::WIDTH;
use super::draw::{draw_maps, MapFrame, MapGrid};
use super::page::use_channels;
use crate::app::canvas::{
    draw_sketch, mark_drawn, pointer_position, use_frame_width, use_in_sight,
};
use crate::app::paint::Palette;
use crate::channels::layer::ChannelLayer;
use crate::channels::maps::{Maps, MapsProblem, WeightPreset, MAX_SEED, MAX_SIDE, MIN_SIDE};
use crate::format::thousands;
use crate::i18n::{fill, Tr};
use crate::sketch::Sketch;
use leptos::ev;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

/// Which of the three map rows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Row {
    Input,
    Middle,
    Output,
}

/// The data and frames of one row of maps.
fn row_data(maps: &Maps, layer: &ChannelLayer, row: Row) -> Option<(Vec<f32>, Vec<MapFrame>)> {
    let frame = |group, changed, knocked| MapFrame {
        group,
        changed,
        knocked,
    };
    match row {
        Row::Input => Some((
            maps.input.data().to_vec(),
            (0..layer.c_in)
                .map(|i| {
                    frame(
                        Some(layer.group_of_input(i)),
                        false,
                        maps.knocked == Some(i),
                    )
                })
                .collect(),
        )),
        Row::Middle => Some((
            maps.middle.data().to_vec(),
            (0..layer.c_out)
                .map(|o| {
                    frame(
                        Some(layer.group_of_output(o)),
                        maps.middle_changed[o],
                        false,
                    )
                })
                .collect(),
        )),
        Row::Output => maps.output.as_ref().map(|out| {
            (
                out.data().to_vec(),
                maps.output_changed
                    .iter()
                    .map(|&c| frame(None, c, false))
                    .collect(),
            )
        }),
    }
}

#[component]
fn MapRow(row: Row, #[prop(into)] title: Signal<&'static str>) -> impl IntoView {
    let ch = use_channels();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, WIDTH);
    let in_sight = use_in_sight(canvas);
    // From the checks alone: the maps run only when a row draws them.
    let present = Memo::new(move |_| {
        ch.maps_check.with(Result::is_ok)
            && (row != Row::Output || ch.shown.with(|l| l.pointwise.is_some()))
    });
    let knocked = ch.knocked;
    Effect::new(move |_| {
        if !in_sight.get() {
            return;
        }
        let theme = ch.app.shell.get().theme;
        let layer = ch.shown.get();
        let Some(el) = canvas.get() else {
            return;
        };
        ch.maps.with(|maps| {
            let Ok(maps) = maps else { return };
            let Some((data, frames)) = row_data(maps, &layer, row) else {
                return;
            };
            let w = width.get();
            let grid = MapGrid::new(frames.len(), maps.side, w);
            let mut sketch = Sketch::new(grid.width(), grid.height());
            draw_maps(
                &mut sketch,
                &grid,
                &data,
                &frames,
                &Palette::for_theme(theme),
            );
            // The maps outlined (changed) or crossed (knocked out), by number.
            let marked: Vec<String> = (frames.iter().enumerate())
                .filter(|(_, f)| f.changed || f.knocked)
                .map(|(i, _)| i.to_string())
                .collect();
            let t = ch.app.tr().channels();
            let text = fill(
                t.ch_describe_maps,
                &[
                    ("count", &frames.len().to_string()),
                    ("side", &maps.side.to_string()),
                    (
                        "changed",
                        &if marked.is_empty() {
                            t.ch_none.to_string()
                        } else {
                            marked.join(", ")
                        },
                    ),
                ],
            );
            draw_sketch(&el, sketch, &text);
        });
        mark_drawn(match row {
            Row::Input => "maps-input",
            Row::Middle => "maps-middle",
            Row::Output => "maps-output",
        });
    });
    let click = move |e: ev::MouseEvent| {
        if row != Row::Input {
            return;
        }
        let Some((x, y)) = pointer_position(&e) else {
            return;
        };
        let (count, side) = ch
            .maps
            .with_untracked(|m| m.as_ref().map_or((0, 16), |m| (m.input.shape()[1], m.side)));
        if let Some(i) = MapGrid::new(count, side, width.get_untracked()).hit(x, y) {
            ch.set(|s| s.knocked = if s.knocked == Some(i) { None } else { Some(i) });
        }
    };
    let id = match row {
        Row::Input => "maps-input",
        Row::Middle => "maps-middle",
        Row::Output => "maps-output",
    };
    // The maps the knock-out changed, for tests and screen readers: "2,3".
    let changed = move || {
        knocked.get()?;
        ch.maps.with(|m| {
            let m = m.as_ref().ok()?;
            let flags = match row {
                Row::Input => return None,
                Row::Middle => &m.middle_changed,
                Row::Output => &m.output_changed,
            };
            let list: Vec<String> = flags
                .iter()
                .enumerate()
                .filter(|(_, &c)| c)
                .map(|(i, _)| i.to_string())
                .collect();
            Some(list.join(","))
        })
    };
    view! {
        <Show when=move || present.get()>
            <figure class="view maps">
                <figcaption>{move || title.get()}</figcaption>
                <div node_ref=frame class="canvas-frame">
                    <canvas node_ref=canvas id=id role="img" aria-label=move || title.get() data-changed=changed
                        class:clickable=row == Row::Input on:click=click></canvas>
                </div>
                <crate::app::figure_export::FigureExport canvas=canvas file=id.to_string() />
            </figure>
        </Show>
    }
}

fn problem_text(p: &MapsProblem, t: &Tr) -> Option<String> {
    match p {
        MapsProblem::Layer(_) => None,
        MapsProblem::TooManyChannels { most } => Some(fill(
            t.channels().ch_maps_too_many,
            &[("most", &most.to_string())],
        )),
        MapsProblem::TooCostly { macs, limit } => Some(fill(
            t.channels().ch_maps_too_costly,
            &[("macs", &thousands(*macs)), ("limit", &thousands(*limit))],
        )),
        MapsProblem::Core(e) => Some(e.to_string()),
    }
}

#[component]
pub fn FeatureMaps() -> impl IntoView {
    let ch = use_channels();
    let tr = move || ch.app.tr();
    let weights = Memo::new(move |_| ch.state.with(|s| s.weights));
    let knocked = ch.knocked;
    let presets = move || {
        WeightPreset::ALL
            .into_iter()
            .map(|p| {
                let t = tr();
                let name = match p {
                    WeightPreset::Edges => t.channels().ch_preset_edges,
                    WeightPreset::Blur => t.channels().ch_preset_blur,
                    WeightPreset::Random => t.channels().ch_preset_random,
                };
                view! {
                    <button type="button" id=format!("weights-{}", p.as_str())
                        aria-pressed=move || (weights.get() == p).to_string()
                        on:click=move |_| ch.set(|s| s.weights = p)>{name}</button>
                }
            })
            .collect_view()
    };
    let summary = move || {
        let k = knocked.get()?;
        ch.maps.with(|m| {
            let m = m.as_ref().ok()?;
            let t = tr();
            let count = |v: &[bool]| v.iter().filter(|&&c| c).count().to_string();
            let mut text = fill(
                t.channels().ch_knocked,
                &[
                    ("ch", &k.to_string()),
                    ("changed", &count(&m.middle_changed)),
                    ("total", &m.middle_changed.len().to_string()),
                ],
            );
            if m.output.is_some() {
                text.push(' ');
                text.push_str(&fill(
                    t.channels().ch_knocked_pw,
                    &[
                        ("changed", &count(&m.output_changed)),
                        ("total", &m.output_changed.len().to_string()),
                    ],
                ));
            }
            Some(text)
        })
    };
    // The same knock-out from the keyboard: a list of the input channels.
    let c_in = Memo::new(move |_| ch.shown.with(|l| if l.drawable() { l.c_in } else { 0 }));
    // Made again only when the channels change; a knock-out moves the selection alone.
    let knock_options = move || {
        let none =
            view! { <option value="" prop:selected=move || knocked.get().is_none()>"—"</option> };
        let channels = (0..c_in.get())
            .map(|i| view! { <option value=i.to_string() prop:selected=move || knocked.get() == Some(i)>{i}</option> })
            .collect_view();
        view! { {none} {channels} }
    };
    view! {
        <section class="panel feature-maps" aria-labelledby="maps-title">
            <h2 id="maps-title">{move || tr().channels().ch_maps}</h2>
            <p class="note">{move || tr().channels().ch_maps_intro}</p>
            <div class="maps-controls">
                <div class="button-row" role="group" aria-label=move || tr().channels().ch_weight_preset>
                    <span>{move || tr().channels().ch_weight_preset}</span>
                    {presets}
                </div>
                <label class="field slider">
                    <span>{move || tr().channels().ch_map_side}</span>
                    <input type="range" id="map-side" min=MIN_SIDE max=MAX_SIDE step="4"
                        prop:value=move || ch.state.with(|s| s.map_side).to_string()
                        on:input=move |ev| { if let Ok(v) = event_target_value(&ev).parse::<usize>() {
                            ch.preview(|s| s.map_side = v.clamp(MIN_SIDE, MAX_SIDE));
                        } } />
                    <output for="map-side">{move || ch.state.with(|s| s.map_side)}</output>
                </label>
                <label class="field">
                    <span>{move || tr().channels().ch_seed}</span>
                    <input type="number" id="seed" min="0" max=MAX_SEED
                        prop:value=move || ch.state.with(|s| s.seed).to_string()
                        on:change=move |ev| { if let Ok(v) = event_target_value(&ev).trim().parse::<u64>() {
                            ch.set(|s| s.seed = v.min(MAX_SEED as u64));
                        } } />
                </label>
                <label class="field">
                    <span>{move || tr().channels().ch_knock}</span>
                    <select id="knock" on:change=move |ev| {
                        let value = event_target_value(&ev).parse::<usize>().ok();
                        ch.set(|s| s.knocked = value.filter(|&i| i < s.layer.c_in));
                    }>{knock_options}</select>
                </label>
                <button type="button" id="restore" disabled=move || knocked.get().is_none()
                    on:click=move |_| ch.set(|s| s.knocked = None)>{move || tr().channels().ch_knock_none}</button>
            </div>
            <p class="status" id="knock-status" role="status">{summary}</p>
            {move || ch.maps_check.with(|m| m.as_ref().err().and_then(|p| problem_text(p, tr())))
                .map(|text| view! { <p class="note" id="maps-problem">{text}</p> })}
            <MapRow row=Row::Input title=Signal::derive(move || tr().channels().ch_maps_input) />
            <MapRow row=Row::Middle title=Signal::derive(move || tr().channels().ch_maps_middle) />
            <MapRow row=Row::Output title=Signal::derive(move || tr().channels().ch_maps_output) />
        </section>
    }
}
