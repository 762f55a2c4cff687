//! `convatlas svg`: a chart of the atlas drawn as the app draws it, (`svg block`)
//! one block of a model drawn by `block`, or (`svg page`) a chapter's chart in the
//! state an address of the app gives, built by the same functions as the app's.

use super::args::{BlockArgs, PageArgs, SvgArgs};
use super::models::load;
use super::Failure;
use crate::block;
use crate::charts::sketch_backend::figure_sketch;
use crate::charts::{adapt, ChartTheme, Figure};
use crate::i18n::Lang;

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
    write_figure(&fig, args.dark, args.zoom, (args.width, args.height))
}

/// `fig` as SVG at `size` pixels, light or `dark`, text and lines scaled by `zoom`: drawn
/// as the app draws it (a sketch through our plotters backend) and written by the same
/// SVG writer as the app's downloads.
fn write_figure(fig: &Figure, dark: bool, zoom: f64, size: (u32, u32)) -> Result<String, Failure> {
    let theme = if dark {
        ChartTheme::dark()
    } else {
        ChartTheme::light()
    }
    .with_scale(zoom);
    figure_sketch(fig, &theme, size)
        .map_err(|e| Failure::input(format!("cannot draw the chart: {e}")))?
        .to_svg()
        .ok_or_else(|| Failure::input("the chart is larger than a figure may be"))
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

/// The chapters whose chart `svg page` draws (the atlas's charts are `svg CHART`).
const PAGE_CHARTS: &str =
    "/pointwise, /group, /depthwise, /separable, /xception (cost against groups), \
/dilation (receptive-field growth), /mobilenet (MACs against α²ρ²), /shufflenet (Table 2)";

/// The SVG text of the chart of the chapter at `args.address`, in the state its query
/// gives (a value the app would refuse is refused here too, with what is allowed).
pub fn page(args: &PageArgs) -> Result<String, Failure> {
    use crate::channels::state::{ChannelsState, Lesson};
    use crate::query::Query;
    // Scheme and host dropped; the chapter is the last segment of the path (any base path before it).
    let address = match args.address.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => args.address.as_str(),
    };
    let (path, search) = address.split_once('?').unwrap_or((address, ""));
    let query = Query::parse(search);
    let lang = args.lang.unwrap_or(match query.get("lang") {
        Some("ko") => Lang::Ko,
        _ => Lang::En,
    });
    let dark = args.dark || query.get("theme") == Some("dark");
    let chapter = format!(
        "/{}",
        path.trim_end_matches('/').rsplit('/').next().unwrap_or("")
    );
    let mut notices = Vec::new();
    let lesson = Lesson::ALL
        .into_iter()
        .find(|l| crate::pages::Chapter::Lesson(*l).path() == chapter);
    let fig = match (chapter.as_str(), lesson) {
        (_, Some(lesson)) => {
            let state = ChannelsState::from_query(&query, lesson, &mut notices);
            let layer = &state.layer;
            if layer.check().is_err() {
                let allowed = crate::channels::layer::common_divisors(layer.c_in, layer.c_out);
                let allowed: Vec<String> = allowed.iter().map(usize::to_string).collect();
                return Err(Failure::usage(format!(
                    "the address's groups g={} do not divide C_in={} and C_out={} (allowed: {})",
                    layer.groups,
                    layer.c_in,
                    layer.c_out,
                    allowed.join(", ")
                )));
            }
            crate::channels::chart::cost_figure(&state.layer, lesson, lang)
        }
        ("/dilation", None) => {
            let state = crate::rfield::state::RfState::from_query(&query, &mut notices);
            let stack = state.stack.map_err(|e| {
                Failure::input(format!("the address's layers: {}", e.message(Lang::En)))
            })?;
            let fields = crate::rfield::field::fields(&stack);
            let erf = crate::rfield::erf::ErfNet::new(&stack, state.n, state.seed)
                .map(|net| crate::rfield::growth::erf_growth(&net))
                .unwrap_or_else(|_| vec![None; stack.len()]);
            crate::rfield::growth::growth_figure(&fields, &erf, lang)
        }
        ("/mobilenet", None) => {
            let state = crate::mobilenet::state::MobileNetState::from_query(&query, &mut notices);
            let points = crate::mobilenet::network_points(state.alpha, state.res)
                .map_err(|e| Failure::input(e.to_string()))?;
            let words = &crate::i18n::mobilenet::mobilenet_tr(lang).law;
            crate::mobilenet::law_figure(&points, words)
        }
        ("/shufflenet", None) => {
            crate::shufflenet::table2_figure(&crate::i18n::shufflenet::shufflenet_tr(lang).table2)
        }
        _ => {
            return Err(Failure::usage(format!(
                "svg page: '{path}' has no chapter chart; chapters with one: {PAGE_CHARTS}"
            )))
        }
    };
    if let Some(n) = notices.first() {
        return Err(Failure::usage(format!(
            "the address's {}={} is not allowed (allowed: {})",
            n.key,
            n.value,
            n.allowed.text(Lang::En.tr())
        )));
    }
    write_figure(&fig, dark, args.zoom, (args.width, args.height))
}
