//! What the box colours mean: one swatch per kind, in the diagram's own colours.

use crate::app::state::use_app;
use crate::block::svg::kind_colour;
use crate::block::BoxKind;
use crate::charts::ChartTheme;
use crate::i18n::blocks::blocks_tr;
use crate::query::Theme;
use leptos::prelude::*;

const KINDS: [BoxKind; 6] = [
    BoxKind::Conv,
    BoxKind::Pointwise,
    BoxKind::Group,
    BoxKind::Depthwise,
    BoxKind::Pool,
    BoxKind::Other,
];

#[component]
pub fn Legend() -> impl IntoView {
    let app = use_app();
    move || {
        let shell = app.shell.get();
        let tr = blocks_tr(shell.lang);
        let theme = match shell.theme {
            Theme::Light => ChartTheme::light(),
            Theme::Dark => ChartTheme::dark(),
        };
        let items = KINDS
            .iter()
            .zip(tr.legend)
            .map(|(kind, text)| {
                let c = kind_colour(*kind, &theme);
                let style = format!("border-color: rgb({},{},{})", c.0, c.1, c.2);
                view! { <li><span class="swatch" style=style></span>{text}</li> }
            })
            .collect_view();
        view! {
            <div class="block-legend">
                <strong>{tr.legend_title}</strong>
                <ul>{items}</ul>
            </div>
        }
    }
}
