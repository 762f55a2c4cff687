//! The Leptos web app (wasm32 only): the shell, the chapters and their widgets.
//!
//! State lives in the URL: [`state::AppState`] derives everything from the
//! router's location, and controls write the URL back through it.

mod atlas;
pub mod canvas;
mod channels;
mod chapters;
mod factor;
mod home;
mod lab;
mod lesson_prose;
mod nav;
mod notices;
pub mod paint;
mod plain;
mod playground;
mod rf;
mod settings;
mod share;
mod shell;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::Router;

/// Mounts the app on the page body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// The root: a router around the shell.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <shell::Shell />
        </Router>
    }
}
