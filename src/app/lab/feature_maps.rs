//! Every probed layer's feature maps for the shown digit, one tile per channel, with the
//! dead channels (from the test-set probe) crossed out and the pointed channel's filter.

use super::draw::{draw_filter, draw_maps, Tiles};
use super::page::use_lab;
use crate::app::canvas::{mark_drawn, pointer_position, prepare, scratch_canvas, use_frame_width};
use crate::app::paint::Palette;
use crate::lab::session::Maps;
use leptos::ev;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

#[component]
pub fn FeatureMaps() -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, (260.0, 900.0));
    let layers = Memo::new(move |_| {
        lab.prediction
            .with(|p| p.as_ref().map(|p| p.maps.clone()).unwrap_or_default())
    });
    let totals = Memo::new(move |_| {
        lab.probe.with(|p| {
            p.as_ref().map(|p| {
                let dead: usize = p
                    .layers
                    .iter()
                    .map(|l| l.dead.iter().filter(|d| **d).count())
                    .sum();
                let all: usize = p.layers.iter().map(|l| l.channels).sum();
                (dead, all)
            })
        })
    });
    view! {
        <section class="panel lab-maps">
            <h2>{move || tr().maps_title}</h2>
            <p class="hint">{move || tr().maps_note}</p>
            <p id="lab-dead-total">{move || totals.get().map(|(dead, all)| format!("{} {}: {dead}/{all}", tr().network, tr().dead))}</p>
            <div node_ref=frame class="lab-layers">
                {move || layers.get().into_iter().enumerate().map(|(i, maps)| view! {
                    <LayerMaps index=i maps=maps width=width />
                }).collect_view()}
            </div>
            <FilterView width=width />
        </section>
    }
}

#[component]
fn LayerMaps(index: usize, maps: Maps, width: ReadSignal<f64>) -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let canvas = NodeRef::<Canvas>::new();
    let scratch = scratch_canvas();
    let tiles = Memo::new(move |_| Tiles::new(maps.channels, maps.side, width.get()));
    let dead = Memo::new(move |_| {
        lab.probe.with(|p| {
            p.as_ref()
                .and_then(|p| p.layers.get(index))
                .map(|l| l.dead.clone())
                .unwrap_or_default()
        })
    });
    let focus = Memo::new(move |_| lab.hover.get().filter(|h| h.0 == index).map(|h| h.1));
    let name = maps.name.clone();
    let values = StoredValue::new(maps.values);
    let side = maps.side;
    let channels = maps.channels;
    Effect::new(move |_| {
        let pal = Palette::for_theme(lab.app.shell.get().theme);
        let t = tiles.get();
        let (Some(el), Some(scratch)) = (canvas.get(), scratch.as_ref()) else {
            return;
        };
        let (w, h) = t.size();
        if let Some(ctx) = prepare(&el, w, h) {
            dead.with(|d| {
                values.with_value(|v| draw_maps(&ctx, scratch, &t, side, v, d, focus.get(), &pal))
            });
        }
        mark_drawn("lab-maps");
    });
    let point = move |e: ev::PointerEvent| {
        if let Some((x, y)) = pointer_position(&e) {
            let hit = tiles.get_untracked().hit(x, y, channels);
            if let Some(c) = hit {
                if lab.hover.get_untracked() != Some((index, c)) {
                    lab.hover.set(Some((index, c)));
                }
            }
        }
    };
    let count = move || dead.with(|d| d.iter().filter(|x| **x).count());
    view! {
        <div class="lab-layer">
            <h3>
                {format!("{name} ({channels}×{}×{})", side[0], side[1])}
                <span class="dead-count">{move || format!(" · {} {}/{channels}", tr().dead, count())}</span>
            </h3>
            <canvas node_ref=canvas class="lab-map" data-layer=index role="img"
                aria-label=move || tr().maps_title on:pointermove=point on:pointerdown=point></canvas>
        </div>
    }
}

#[component]
fn FilterView(width: ReadSignal<f64>) -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let canvas = NodeRef::<Canvas>::new();
    let scratch = scratch_canvas();
    let shown = Memo::new(move |_| {
        let (layer, channel) = lab.hover.get()?;
        lab.probe.with(|p| {
            let l = p.as_ref()?.layers.get(layer)?;
            Some((
                l.name.clone(),
                channel,
                l.filter.clone(),
                l.silent.get(channel).copied(),
            ))
        })
    });
    Effect::new(move |_| {
        let pal = Palette::for_theme(lab.app.shell.get().theme);
        let (Some(el), Some(scratch)) = (canvas.get(), scratch.as_ref()) else {
            return;
        };
        shown.with(|s| {
            if let Some((_, channel, Some(f), _)) = s {
                let t = Tiles::new(f.inputs, f.kernel, width.get().min(520.0));
                let (w, h) = t.size();
                if let Some(ctx) = prepare(&el, w, h) {
                    draw_filter(&ctx, scratch, &t, f, *channel, &pal);
                }
            }
        });
    });
    view! {
        <div class="lab-filter" id="lab-filter">
            {move || shown.get().map(|(name, channel, filter, silent)| view! {
                <p>
                    {format!("{} {name}, {} {channel}", tr().filter_of, tr().channel)}
                    {filter.as_ref().map(|f| format!(" ({} × {}×{})", f.inputs, f.kernel[0], f.kernel[1]))}
                    {silent.map(|s| format!(" · {}: {:.1}%", tr().silent_on, 100.0 * s))}
                    {filter.is_none().then(|| format!(" · {}", tr().no_filter))}
                </p>
            })}
            <canvas node_ref=canvas class:hidden=move || shown.with(|s| !matches!(s, Some((_, _, Some(_), _))))></canvas>
        </div>
    }
}
