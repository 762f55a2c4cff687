//! The plotters chart of parameters and MACs against the group count (towers in
//! the Xception lesson), on a canvas sized by devicePixelRatio.

use super::connections::WIDTH;
use super::page::use_channels;
use crate::app::canvas::{draw_chart, mark_drawn, use_frame_width};
use crate::channels::state::Lesson;
use crate::charts::groups::{cost_against_groups, GroupsLabels};
use crate::i18n::fill;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

#[component]
pub fn CostChart() -> impl IntoView {
    let ch = use_channels();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let frame_width = use_frame_width(frame, WIDTH);
    let rows = Memo::new(move |_| {
        let l = ch.shown.get();
        let rows: Vec<(usize, u64, u64)> = l
            .across_groups()
            .into_iter()
            .map(|(g, c)| (g, c.params, c.macs))
            .collect();
        (rows, l.groups)
    });
    let problem = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let shell = ch.app.shell.get();
        let t = shell.lang.tr();
        let Some(el) = canvas.get() else {
            return;
        };
        let width = frame_width.get();
        let height = (width * 0.42).clamp(240.0, 380.0) * if shell.large { 1.3 } else { 1.0 };
        let (title, x_label) = if ch.lesson == Lesson::Xception {
            (t.channels().ch_chart_towers, t.channels().ch_towers)
        } else {
            (t.channels().ch_chart, t.channels().ch_chart_x)
        };
        let labels = GroupsLabels {
            lang: shell.lang,
            title,
            x_label,
            params: t.pg_params,
            macs: t.pg_macs,
        };
        let drawn = rows.with(|(rows, g)| {
            draw_chart(
                el,
                width,
                height,
                &cost_against_groups(rows, *g, &labels),
                &shell,
            )
        });
        problem.set(drawn.err());
        mark_drawn("cost-chart");
    });
    view! {
        <div node_ref=frame class="chart">
            <canvas node_ref=canvas id="cost-chart" role="img"
                aria-label=move || ch.app.tr().channels().ch_chart></canvas>
        </div>
            <crate::app::figure_export::FigureExport canvas=canvas file="cost-by-groups".to_string() />
        {move || problem.get().map(|e| view! {
            <p class="error" role="alert">{fill(ch.app.tr().atlas_chart_failed, &[("error", &e)])}</p>
        })}
    }
}
