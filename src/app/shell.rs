//! The page frame: header, settings, navigation, notices and the routed chapter.
//! In embed mode only the routed widget is shown.

use super::atlas::AtlasPage;
use super::channels::ChannelsPage;
use super::factor::FactorPage;
use super::home::Home;
use super::lab::LabPage;
use super::nav::Nav;
use super::notices::NoticeBanner;
use super::plain::PlainPage;
use super::playground::PlaygroundPage;
use super::rf::RfPage;
use super::settings::Settings;
use super::state::{use_app, AppState};
use crate::channels::state::Lesson;
use leptos::prelude::*;

#[component]
pub fn Shell() -> impl IntoView {
    let app = AppState::from_router();
    provide_context(app);
    // Push language, theme and text size out to the document root (CSS and screen readers read them there).
    Effect::new(move |_| {
        let s = app.shell.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", s.lang.code());
            let _ = root.set_attribute("data-theme", s.theme.as_str());
            let _ = root.set_attribute("data-text", if s.large { "large" } else { "normal" });
            let _ = root.set_attribute("data-embed", if s.embed { "1" } else { "0" });
        }
        document().set_title(&format!("ConvAtlas: {}", s.lang.tr().app_tagline));
    });
    let embed = move || app.shell.get().embed;
    let page = app.path;
    view! {
        <Show when=move || !embed()>
            <a class="skip" href="#main">{move || use_app().tr().skip_to_content}</a>
            <header class="top">
                <a class="brand" href=move || app.link("/")>
                    <span class="logo" aria-hidden="true">"▦"</span>
                    <span>{move || app.tr().app_title}</span>
                </a>
                <span class="tagline">{move || app.tr().app_tagline}</span>
                <Settings />
            </header>
        </Show>
        <div class="layout" class:embed=embed>
            <Show when=move || !embed()>
                <Nav />
            </Show>
            <main id="main" tabindex="-1">
                <NoticeBanner notices=app.shell_notices />
                {move || chapter_view(app, &page.get())}
            </main>
        </div>
    }
}

/// The chapter at `path`, type-erased: one match instead of a router table keeps the
/// app from compiling a view type per route (a table of 11 routes cost about 50 KB).
fn chapter_view(app: AppState, path: &str) -> AnyView {
    let lesson = |l: Lesson| view! { <ChannelsPage lesson=l /> }.into_any();
    match path.trim_end_matches('/') {
        "" => view! { <Home /> }.into_any(),
        "/expensive" => view! { <PlainPage /> }.into_any(),
        "/playground" => view! { <PlaygroundPage /> }.into_any(),
        "/dilation" => view! { <RfPage /> }.into_any(),
        "/factorization" => view! { <FactorPage /> }.into_any(),
        "/pointwise" => lesson(Lesson::Pointwise),
        "/group" => lesson(Lesson::Group),
        "/depthwise" => lesson(Lesson::Depthwise),
        "/separable" => lesson(Lesson::Separable),
        "/xception" => lesson(Lesson::Xception),
        "/lab" => view! { <LabPage /> }.into_any(),
        "/atlas" => view! { <AtlasPage /> }.into_any(),
        _ => view! { <p class="not-found">{move || app.tr().not_found}</p> }.into_any(),
    }
}
