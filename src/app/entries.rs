//! The app's page modules. Each is its own wasm binary (`src/bin/page_*.rs`) holding the
//! shell and one chapter's routes, so a visit fetches the frame and the chapter it opens,
//! never every chapter: the first load stays the same size however many chapters there are.
//! `index.html` (kept free of comments: every visit fetches it) builds each module with trunk
//! as a `data-type="worker"` no-modules script, so trunk injects none of them; a skipped
//! `data-type="main"` link only stops trunk from building a default app. Its inline loader
//! starts the module of the address (the same table as [`Page::of_path`]; `tests/pages.rs`
//! checks the two agree; other addresses get the start page's module, which says "not
//! found") and reports a module that cannot be fetched or started instead of a blank page.

use super::atlas::AtlasPage;
use super::blocks::BlocksPage;
use super::channels::{Bottleneck, ChannelsPage, PixelView, ShuffleView, Table3View};
use super::elsewhere::Elsewhere;
use super::factor::FactorPage;
use super::glossary::GlossaryPage;
use super::home::Home;
use super::lab::LabPage;
use super::mobilenet::MobileNetPage;
use super::plain::PlainPage;
use super::playground::PlaygroundPage;
use super::rf::RfPage;
use super::shufflenet::ShuffleNetPage;
use super::squeeze::SqueezePage;
use crate::channels::state::Lesson;
use crate::i18n::lessons::lesson_text_of;
use crate::pages::Page;
use leptos::prelude::*;

/// The module's chapter at its route (one path segment, `""` the root); at any other
/// address [`Elsewhere`] (another chapter's module loaded from the server, or "not found").
macro_rules! page_routes {
    ($page:expr, $segment:literal => $view:expr) => {{
        mark_page($page);
        let app = super::state::use_app();
        let here = Memo::new(move |_| app.route.with(|r| r.trim_matches('/') == $segment));
        (move || {
            if here.get() {
                view! { <Chapter view=$view /> }.into_any()
            } else {
                view! { <Elsewhere page=$page /> }.into_any()
            }
        })
        .into_any()
    }};
}

/// A chapter's view function, rendered as a component.
#[component]
fn Chapter<F, V>(view: F) -> impl IntoView
where
    F: Fn() -> V + 'static,
    V: IntoView + 'static,
{
    view()
}

/// Names the running module on the document root (`data-page="page_group"`), for tests and
/// for anyone reading the page's source.
fn mark_page(page: Page) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-page", page.module());
    }
}

/// The start page.
pub fn home() -> AnyView {
    page_routes!(Page::Home, "" => Home)
}

/// Why plain CNNs get expensive.
pub fn expensive() -> AnyView {
    page_routes!(Page::Expensive, "expensive" => PlainPage)
}

/// The convolution playground.
pub fn playground() -> AnyView {
    page_routes!(Page::Playground, "playground" => PlaygroundPage)
}

/// Dilated convolution and receptive fields.
pub fn dilation() -> AnyView {
    page_routes!(Page::Dilation, "dilation" => RfPage)
}

/// Convolution factorization.
pub fn factorization() -> AnyView {
    page_routes!(Page::Factorization, "factorization" => FactorPage)
}

/// Point-wise (1×1) convolution, with the pixel view and the bottleneck.
pub fn pointwise() -> AnyView {
    page_routes!(Page::Pointwise, "pointwise" => || view! {
        <ChannelsPage lesson=Lesson::Pointwise prose=lesson_text_of(Lesson::Pointwise) questions=crate::exercises::pointwise extras=|| view! { <PixelView /> <Bottleneck /> }.into_any() />
    })
}

/// Group convolution, with the channel shuffle.
pub fn group() -> AnyView {
    page_routes!(Page::Group, "group" => || view! {
        <ChannelsPage lesson=Lesson::Group prose=lesson_text_of(Lesson::Group) questions=crate::exercises::group extras=|| view! { <ShuffleView /> }.into_any() />
    })
}

/// Depth-wise convolution.
pub fn depthwise() -> AnyView {
    page_routes!(Page::Depthwise, "depthwise" => || view! {
        <ChannelsPage lesson=Lesson::Depthwise prose=lesson_text_of(Lesson::Depthwise) questions=crate::exercises::depthwise extras=|| ().into_any() />
    })
}

/// Depth-wise separable convolution, with MobileNet's Table 3.
pub fn separable() -> AnyView {
    page_routes!(Page::Separable, "separable" => || view! {
        <ChannelsPage lesson=Lesson::Separable prose=lesson_text_of(Lesson::Separable) questions=crate::exercises::separable extras=|| view! { <Table3View /> }.into_any() />
    })
}

/// Xception's spectrum.
pub fn xception() -> AnyView {
    page_routes!(Page::Xception, "xception" => || view! {
        <ChannelsPage lesson=Lesson::Xception prose=lesson_text_of(Lesson::Xception) questions=crate::exercises::xception extras=|| ().into_any() />
    })
}

/// SqueezeNet and its Fire module.
pub fn squeezenet() -> AnyView {
    page_routes!(Page::Squeezenet, "squeezenet" => SqueezePage)
}

/// The tiny-models lab.
pub fn lab() -> AnyView {
    page_routes!(Page::Lab, "lab" => LabPage)
}

/// The atlas of networks.
pub fn atlas() -> AnyView {
    page_routes!(Page::Atlas, "atlas" => AtlasPage)
}

/// Block diagrams of the zoo's networks.
pub fn blocks() -> AnyView {
    page_routes!(Page::Blocks, "blocks" => BlocksPage)
}

/// The glossary.
pub fn glossary() -> AnyView {
    page_routes!(Page::Glossary, "glossary" => GlossaryPage)
}

/// MobileNet: width and resolution multipliers.
pub fn mobilenet() -> AnyView {
    page_routes!(Page::Mobilenet, "mobilenet" => MobileNetPage)
}

/// ShuffleNet: the shuffle view, the unit, its cost and the paper's tables.
pub fn shufflenet() -> AnyView {
    page_routes!(Page::Shufflenet, "shufflenet" => ShuffleNetPage)
}
