//! `convatlas svg`: a chart of the atlas drawn on plotters' SVG backend.

use super::args::SvgArgs;
use super::models::load;
use super::Failure;
use crate::charts::{adapt, draw_figure, ChartTheme};
use plotters::prelude::*;

/// The SVG text of the chart `args` asks for.
pub fn render(args: &SvgArgs) -> Result<String, Failure> {
    let nets = args
        .models
        .iter()
        .map(|m| {
            let loaded = load(m, &args.params)?;
            Ok(adapt::network_costs(&loaded.label, &loaded.summary))
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    let fig = adapt::figure(args.chart, &nets).map_err(Failure::usage)?;
    let theme = if args.dark {
        ChartTheme::dark()
    } else {
        ChartTheme::light()
    }
    .with_scale(args.zoom);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (args.width, args.height)).into_drawing_area();
        draw_figure(&root, &fig, &theme)
            .map_err(|e| Failure::input(format!("cannot draw the chart: {e}")))?;
    }
    Ok(svg)
}
