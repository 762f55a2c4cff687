//! The block-diagram page: the network and block from the URL, the pickers, the
//! diagram with its download, the colour legend and the matching CLI command.

use super::legend::Legend;
use super::picker::BlockPicker;
use crate::app::block_diagram::{block_svg, BlockDiagram};
use crate::app::notices::NoticeBanner;
use crate::app::share::ShareBar;
use crate::app::state::{use_app, AppState};
use crate::arch::Model;
use crate::block::state::BlockChoice;
use crate::i18n::blocks::blocks_tr;
use crate::i18n::fill;
use crate::pages::Chapter;
use crate::zoo;
use leptos::prelude::*;

/// The page's state, shared through context.
#[derive(Clone, Copy)]
pub struct Blocks {
    pub app: AppState,
    pub state: Memo<BlockChoice>,
    /// The chosen network, built once per choice of network and parameters.
    pub model: Memo<Result<Model, String>>,
}

impl Blocks {
    /// Writes a new choice to the URL.
    pub fn set(&self, edit: impl FnOnce(&mut BlockChoice)) {
        self.app.edit_state(self.state, BlockChoice::write, edit);
    }
}

pub fn use_blocks() -> Blocks {
    expect_context::<Blocks>()
}

#[component]
pub fn BlocksPage() -> impl IntoView {
    let app = use_app();
    let (state, notices) = app.page_state(BlockChoice::from_query);
    let net = Memo::new(move |_| state.get().net);
    let model = Memo::new(move |_| {
        let n = net.get();
        zoo::build(n.model, &n.params()).map_err(|e| e.to_string())
    });
    provide_context(Blocks { app, state, model });
    let lang = move || app.shell.get().lang;
    let tr = move || blocks_tr(lang());
    let title = move || Chapter::Blocks.title(lang());
    let svg = Signal::derive(move || {
        let shell = app.shell.get();
        let block = state.with(|s| s.block.clone());
        model.with(|m| {
            m.as_ref()
                .map_err(Clone::clone)
                .and_then(|m| block_svg(m, &block, &shell))
        })
    });
    let file = Signal::derive(move || format!("{}.svg", state.with(BlockChoice::file_stem)));
    let command = move || {
        let cmd = state.with(|s| s.command(lang()));
        fill(tr().cli, &[("command", &cmd)])
    };
    let showing = move || fill(tr().showing, &[("params", &net.get().label())]);
    view! {
        <article class="lesson blocks-page">
            <header class="lesson-head">
                <h1>{title}</h1>
                <ShareBar title=Signal::derive(title) />
            </header>
            <div class="prose intro">
                {move || tr().intro.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            </div>
            <NoticeBanner notices=notices />
            <section class="panel" aria-labelledby="block-title">
                <h2 id="block-title">{move || state.with(|s| s.block.clone())}</h2>
                <BlockPicker />
                <p class="hint" id="block-showing">{showing}</p>
                <BlockDiagram svg=svg file=file />
                <Legend />
                <p class="hint" id="block-cli"><code>{command}</code></p>
            </section>
        </article>
    }
}
