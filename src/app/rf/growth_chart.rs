//! A plotters chart of the receptive field's growth through the stack.

use super::page::use_explorer;
use crate::app::canvas::{draw_chart, mark_drawn, use_frame_width};
use crate::charts::xy::{Marker, Point, Series, XyChart};
use crate::charts::Figure;
use crate::rfield::stack::layer_text;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

#[component]
pub fn GrowthChart() -> impl IntoView {
    let ex = use_explorer();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, (320.0, 900.0));
    let problem = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let shell = ex.app.shell.get();
        let t = shell.lang.tr();
        let w = width.get();
        let Some(el) = canvas.get() else { return };
        let points: Vec<Point> = ex.fields.with(|f| {
            std::iter::once(Point::new(0.0, 1.0, ""))
                .chain(f.iter().enumerate().map(|(i, f)| {
                    Point::new(
                        (i + 1) as f64,
                        f.rf.size[0].max(f.rf.size[1]) as f64,
                        format!(
                            "{} ({})",
                            f.rf.size[0].max(f.rf.size[1]),
                            layer_text(&f.layer)
                        ),
                    )
                }))
                .collect()
        });
        // The effective field's side beside the theoretical one (Luo et al.: about sqrt(n) against n).
        let erf_points: Vec<Point> = ex.erf_growth.with(|g| {
            g.iter()
                .enumerate()
                .filter_map(|(i, side)| {
                    side.map(|s| Point::new((i + 1) as f64, s, format!("{s:.1}")))
                })
                .collect()
        });
        let fig = Figure::one_xy(
            t.rf().rf_chart.to_string(),
            XyChart {
                subtitle: String::new(),
                x_label: t.rf().rf_chart_x.to_string(),
                y_label: t.rf().rf_chart_y.to_string(),
                log_x: false,
                series: vec![
                    Series {
                        label: t.rf().rf_col_rf.to_string(),
                        points,
                        line: true,
                        marker: Marker::Filled,
                        color: 0,
                    },
                    Series {
                        label: t.rf().rf_chart_erf.to_string(),
                        points: erf_points,
                        line: true,
                        marker: Marker::Hollow,
                        color: 1,
                    },
                ],
                hlines: vec![],
            },
            vec![],
            shell.lang,
        );
        let h = (w * 0.45).clamp(240.0, 380.0) * if shell.large { 1.3 } else { 1.0 };
        let drawn = draw_chart(el, w, h, &fig, &shell);
        problem.set(drawn.err());
        mark_drawn("rf-chart");
    });
    view! {
        <div node_ref=frame class="chart">
            <canvas node_ref=canvas id="rf-chart" role="img" aria-label=move || ex.app.tr().rf().rf_chart></canvas>
        </div>
            <crate::app::figure_export::FigureExport canvas=canvas file="rf-growth".to_string() />
        {move || problem.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
    }
}
