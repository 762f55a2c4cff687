//! `convatlas svg`: a chart of the atlas drawn on plotters' SVG backend, or
//! (`svg block`) one block of a model drawn by `block`.

use super::args::{BlockArgs, SvgArgs};
use super::models::load;
use super::Failure;
use crate::block;
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
    let fig = adapt::figure(args.chart, &nets, args.lang).map_err(Failure::usage)?;
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

/// The SVG text of the block diagram `args` asks for.
pub fn block(args: &BlockArgs) -> Result<String, Failure> {
    let loaded = load(&args.model, &args.params)?;
    let Some(path) = &args.block else {
        let all = block::blocks(&loaded.model);
        return Err(Failure::usage(if all.is_empty() {
            format!("svg block needs a BLOCK, but {} has no blocks", args.model)
        } else {
            format!(
                "svg block needs a BLOCK; blocks of {}: {}",
                args.model,
                all.join(", ")
            )
        }));
    };
    block::render(&loaded.model, path, args.lang, args.dark, args.zoom)
        .map_err(|e| Failure::input(e.to_string()))
}
