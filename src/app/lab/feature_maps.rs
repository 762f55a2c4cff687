//! Every probed layer's feature maps for the shown digit, one tile per channel, with the
//! dead channels (from the test-set probe) crossed out and the pointed channel's filter.

use super::draw::{draw_filter, draw_maps, Tiles};
use super::page::use_lab;
use crate::app::canvas::{draw_sketch, mark_drawn, pointer_position, use_frame_width};
use crate::app::paint::Palette;
use crate::i18n::fill;
use crate::lab::session::Maps;
use crate::sketch::Sketch;
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
    let label = name.clone();
    let values = StoredValue::new(maps.values);
    let side = maps.side;
    let channels = maps.channels;
    Effect::new(move |_| {
        let pal = Palette::for_theme(lab.app.shell.get().theme);
        let t = tiles.get();
        let Some(el) = canvas.get() else {
            return;
        };
        let (w, h) = t.size();
        let mut sketch = Sketch::new(w, h);
        let text = dead.with(|d| {
            values.with_value(|v| {
                draw_maps(&mut sketch, &t, side, v, d, focus.get(), &pal);
                let list: Vec<String> = (d.iter().enumerate())
                    .filter(|(_, &dead)| dead)
                    .map(|(c, _)| c.to_string())
                    .collect();
                let max = v.iter().copied().fold(0.0f32, f32::max);
                fill(
                    tr().describe_maps,
                    &[
                        ("channels", &channels.to_string()),
                        ("h", &side[0].to_string()),
                        ("w", &side[1].to_string()),
                        (
                            "dead",
                            &if list.is_empty() {
                                tr().none.to_string()
                            } else {
                                list.join(", ")
                            },
                        ),
                        ("max", &format!("{max:.3}")),
                    ],
                )
            })
        });
        draw_sketch(&el, sketch, &text);
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
            <canvas node_ref=canvas id=format!("lab-maps-{index}") class="lab-map" data-layer=index role="img"
                aria-label=move || format!("{}: {label}", tr().maps_title) on:pointermove=point on:pointerdown=point></canvas>
            <crate::app::figure_export::FigureExport canvas=canvas file=format!("lab-maps-{index}") />
        </div>
    }
}

#[component]
fn FilterView(width: ReadSignal<f64>) -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let canvas = NodeRef::<Canvas>::new();
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
        let Some(el) = canvas.get() else {
            return;
        };
        shown.with(|s| {
            if let Some((_, channel, Some(f), _)) = s {
                let t = Tiles::new(f.inputs, f.kernel, width.get().min(520.0));
                let (w, h) = t.size();
                let mut sketch = Sketch::new(w, h);
                draw_filter(&mut sketch, &t, f, *channel, &pal);
                let per = f.inputs * f.kernel[0] * f.kernel[1];
                let weights = f
                    .weights
                    .get(channel * per..(channel + 1) * per)
                    .unwrap_or(&[]);
                let (min, max) = (weights.iter())
                    .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), &v| {
                        (lo.min(v), hi.max(v))
                    });
                let text = fill(
                    tr().describe_filter,
                    &[
                        ("channel", &channel.to_string()),
                        ("inputs", &f.inputs.to_string()),
                        ("kh", &f.kernel[0].to_string()),
                        ("kw", &f.kernel[1].to_string()),
                        ("min", &format!("{min:.3}")),
                        ("max", &format!("{max:.3}")),
                    ],
                );
                draw_sketch(&el, sketch, &text);
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
            <canvas node_ref=canvas id="lab-filter-kernels" role="img" aria-label=move || tr().filter_of class:hidden=move || shown.with(|s| !matches!(s, Some((_, _, Some(_), _))))></canvas>
        </div>
    }
}
