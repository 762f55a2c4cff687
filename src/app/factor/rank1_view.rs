//! The separable-kernel checker: the chosen kernel, its best column × row, the error,
//! and a sample picture through the 2-D kernel and through the two 1-D passes (both by
//! the core's conv2d), with their difference.

use super::page::use_factor;
use crate::app::canvas::{draw_sketch, mark_drawn};
use crate::app::paint::{heat, Palette};
use crate::factor::rank1::{rank1, routes, Rank1, Routes};
use crate::format::format_weight;
use crate::i18n::fill;
use crate::playground::image::Sample;
use crate::playground::kernel::Preset;
use crate::sketch::Sketch;
use leptos::html::Canvas;
use leptos::prelude::*;

/// Side of the sample picture.
const SIDE: usize = 20;
/// CSS pixels per picture cell.
const CELL: f64 = 6.0;

/// One picture: values on the diverging scale, each scaled to `max`.
#[component]
fn Picture(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    values: Memo<Option<(Vec<f32>, usize, f32)>>,
) -> impl IntoView {
    let fa = use_factor();
    let canvas = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        let theme = fa.app.shell.get().theme;
        let Some(el) = canvas.get() else {
            return;
        };
        values.with(|v| {
            if let Some((values, side, max)) = v {
                let pal = Palette::for_theme(theme);
                let span = *side as f64 * CELL;
                let mut sketch = Sketch::new(span, span);
                let colors = values.iter().map(|v| heat(v / max.max(1e-6), &pal));
                sketch.cells([0.0, 0.0, span, span], *side, *side, colors);
                let (lo, hi) = (values.iter())
                    .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), &v| {
                        (lo.min(v), hi.max(v))
                    });
                let text = fill(
                    fa.app.tr().factor().fa_describe_picture,
                    &[
                        ("side", &side.to_string()),
                        ("min", &format!("{lo:.3}")),
                        ("max", &format!("{hi:.3}")),
                    ],
                );
                draw_sketch(&el, sketch, &text);
            }
        });
        mark_drawn(id);
    });
    view! {
        <figure class="view">
            <figcaption>{move || label.get()}</figcaption>
            <canvas node_ref=canvas id=id role="img" aria-label=move || label.get()></canvas>
            <crate::app::figure_export::FigureExport canvas=canvas file=id.to_string() />
        </figure>
    }
}

#[component]
pub fn Rank1View() -> impl IntoView {
    let fa = use_factor();
    let tr = move || fa.app.tr();
    let preset = Memo::new(move |_| fa.state.with(|s| s.kernel));
    let result = Memo::new(move |_| -> Option<(Vec<f32>, Rank1, Routes)> {
        let k = preset.get().build(3, 3);
        let f = rank1(&k.weights, k.h, k.w);
        let r = routes(&Sample::Digit.render(SIDE), SIDE, &k.weights, k.h, k.w, &f).ok()?;
        Some((k.weights, f, r))
    });
    let picture = |pick: fn(&Routes) -> &Vec<f32>| {
        Memo::new(move |_| {
            result.with(|r| {
                r.as_ref().map(|(_, _, routes)| {
                    let v = pick(routes).clone();
                    let max = routes
                        .full
                        .iter()
                        .chain(&routes.separable)
                        .fold(0.0f32, |m, x| m.max(x.abs()));
                    (v, routes.side, max)
                })
            })
        })
    };
    let input = Memo::new(move |_| Some((Sample::Digit.render(SIDE), SIDE, 1.0f32)));
    let (full, separable, difference) = (
        picture(|r| &r.full),
        picture(|r| &r.separable),
        picture(|r| &r.difference),
    );
    let buttons = move || {
        let t = tr();
        Preset::ALL
            .into_iter()
            .map(|p| view! {
                <button type="button" data-kernel=p.as_str() aria-pressed=move || (preset.get() == p).to_string()
                    on:click=move |_| fa.set(|s| s.kernel = p)>{t.preset(p)}</button>
            })
            .collect_view()
    };
    let verdict = move || {
        let t = tr();
        result.with(|r| {
            r.as_ref().map(|(_, f, _)| {
                let error = format!("{:.2e}", f.error);
                if f.is_rank1() {
                    fill(t.factor().fa_rank1, &[("error", &error)])
                } else {
                    fill(
                        t.factor().fa_not_rank1,
                        &[("error", &format!("{:.1}%", f.error * 100.0))],
                    )
                }
            })
        })
    };
    let matrix = move || {
        result.with(|r| {
            r.as_ref().map(|(k, f, _)| {
                let cells = (0..3).map(|y| view! {
                    <tr>{(0..3).map(|x| view! { <td>{format_weight(k[y * 3 + x])}</td> }).collect_view()}
                        <td class="eq">{if y == 1 { "≈" } else { "" }}</td>
                        <td class="out">{format!("{:.3}", f.column[y])}</td>
                    </tr>
                }).collect_view();
                let row = f.row.iter().map(|v| view! { <td class="in">{format!("{v:.3}")}</td> }).collect_view();
                view! {
                    <table class="pixel" id="rank1-table">
                        <tbody>{cells}</tbody>
                        <tfoot><tr>{row}<td></td><td></td></tr></tfoot>
                    </table>
                }
            })
        })
    };
    let max_diff = move || {
        difference.with(|d| {
            d.as_ref()
                .map_or(0.0, |(v, _, _)| v.iter().fold(0.0f32, |m, x| m.max(*x)))
        })
    };
    view! {
        <section class="panel rank1" aria-labelledby="rank1-title">
            <h2 id="rank1-title">{move || tr().factor().fa_rank}</h2>
            <div class="button-row" role="group" aria-label=move || tr().factor().fa_kernel>
                <span>{move || tr().factor().fa_kernel}</span>
                {buttons}
            </div>
            <div class="rank1-grid">
                {matrix}
                <p class="status" id="rank1-verdict">{verdict}</p>
            </div>
            <p class="note">{move || format!("{} = {} × {}", tr().factor().fa_kernel, tr().factor().fa_column, tr().factor().fa_row)}</p>
            <div class="views">
                <Picture id="fa-input" label=Signal::derive(move || tr().factor().fa_input.to_string()) values=input />
                <Picture id="fa-full" label=Signal::derive(move || tr().factor().fa_full.to_string()) values=full />
                <Picture id="fa-separable" label=Signal::derive(move || tr().factor().fa_separable.to_string()) values=separable />
                <Picture id="fa-difference" label=Signal::derive(move || fill(tr().factor().fa_difference, &[("max", &{
                    let m = max_diff();
                    if m >= 1e-3 { format!("{m:.3}") } else { format!("{m:.1e}") }
                })])) values=difference />
            </div>
        </section>
    }
}
