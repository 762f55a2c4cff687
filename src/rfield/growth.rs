//! The receptive field's growth through a stack: the theoretical field after each
//! layer beside the side of the square holding 95% of the effective field's gradient
//! (Luo et al. 2016: about √n against n), as a chart for the app and the CLI.

use super::erf::ErfNet;
use super::field::LayerField;
use super::paths::sides;
use super::stack::layer_text;
use crate::charts::xy::{Marker, Point, Series, XyChart};
use crate::charts::Figure;
use crate::i18n::Lang;

/// After each layer of the stack `net` was run through, the side of the square holding
/// 95% of the centre unit's gradient; `None` where the layer cannot be reached or the
/// ERF is refused.
pub fn erf_growth(net: &ErfNet) -> Vec<Option<f64>> {
    let stack = net.stack();
    (1..=stack.len())
        .map(|l| {
            let out = *sides(&stack[..l], net.side()).ok()?.last()?;
            let erf = net.erf(l, (out[0] / 2, out[1] / 2)).ok()?;
            Some((erf.mass_pixels as f64).sqrt())
        })
        .collect()
}

/// The growth chart: `fields` (one per layer) and `erf` (from [`erf_growth`]) against
/// the layer number, in the words of `lang`.
pub fn growth_figure(fields: &[LayerField], erf: &[Option<f64>], lang: Lang) -> Figure {
    let t = lang.tr().rf();
    let points: Vec<Point> = std::iter::once(Point::new(0.0, 1.0, ""))
        .chain(fields.iter().enumerate().map(|(i, f)| {
            let side = f.rf.size[0].max(f.rf.size[1]);
            let label = format!("{side} ({})", layer_text(&f.layer));
            Point::new((i + 1) as f64, side as f64, label)
        }))
        .collect();
    let erf_points: Vec<Point> = erf
        .iter()
        .enumerate()
        .filter_map(|(i, side)| side.map(|s| Point::new((i + 1) as f64, s, format!("{s:.1}"))))
        .collect();
    Figure::one_xy(
        t.rf_chart.to_string(),
        XyChart {
            subtitle: String::new(),
            x_label: t.rf_chart_x.to_string(),
            y_label: t.rf_chart_y.to_string(),
            log_x: false,
            series: vec![
                Series {
                    label: t.rf_col_rf.to_string(),
                    points,
                    line: true,
                    marker: Marker::Filled,
                    color: 0,
                },
                Series {
                    label: t.rf_chart_erf.to_string(),
                    points: erf_points,
                    line: true,
                    marker: Marker::Hollow,
                    color: 1,
                },
            ],
            hlines: vec![],
        },
        vec![],
        lang,
    )
}
