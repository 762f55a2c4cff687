//! The window's address as signals, and writing it: what a router would give, without
//! one. Each page module serves one chapter (see `super::entries`), so a link to another
//! chapter is a plain page load that starts that chapter's module, and the address only
//! changes in place when a control writes its state (history push or replace) or the
//! reader goes back or forward (`popstate`). Dropping the router keeps several kilobytes
//! out of every page module.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The path and query of the window's address (query with its `?`, or empty).
#[derive(Clone, Copy)]
pub struct Location {
    pub path: ReadSignal<String>,
    pub search: ReadSignal<String>,
    set_path: WriteSignal<String>,
    set_search: WriteSignal<String>,
}

/// The window's current path and query.
fn current() -> (String, String) {
    let location = window().location();
    (
        location.pathname().unwrap_or_else(|_| "/".into()),
        location.search().unwrap_or_default(),
    )
}

impl Location {
    /// Signals of the window's address, following back and forward.
    pub fn new() -> Location {
        let (path, search) = current();
        let (path, set_path) = signal(path);
        let (search, set_search) = signal(search);
        let location = Location {
            path,
            search,
            set_path,
            set_search,
        };
        let listener = window_event_listener(leptos::ev::popstate, move |_| location.sync());
        on_cleanup(move || listener.remove());
        location
    }

    /// Reads the window's address into the signals (each only if it changed).
    fn sync(&self) {
        let (path, search) = current();
        if self.path.get_untracked() != path {
            self.set_path.set(path);
        }
        if self.search.get_untracked() != search {
            self.set_search.set(search);
        }
    }

    /// Goes to `url` (a path under this origin, with its query): a new history entry, or
    /// in place of the current one with `replace` (drags, animation steps).
    pub fn navigate(&self, url: &str, replace: bool) {
        let Ok(history) = window().history() else {
            return;
        };
        let _ = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(url))
        };
        self.sync();
    }
}
