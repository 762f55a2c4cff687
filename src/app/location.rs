//! The window's address as signals, and writing it: what a router would give, without
//! one. Each page module serves one chapter (see `super::entries`), so a link to another
//! chapter is a plain page load that starts that chapter's module, and the address only
//! changes in place when a control writes its state (history push or replace) or the
//! reader goes back or forward (`popstate`). Dropping the router keeps several kilobytes
//! out of every page module. A slider being dragged only previews its address (the
//! signals change, the history does not); the `change` at its release writes it, so a
//! drag is one history entry and each step of it skips the history call. Other writes
//! reach the history one task later, after the redraw they cause.

use crate::query::{Query, ShellSettings};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The path and query of the window's address (query with its `?`, or empty).
#[derive(Clone, Copy)]
pub struct Location {
    pub path: ReadSignal<String>,
    pub search: ReadSignal<String>,
    /// The query string of the shell settings alone ([`ShellSettings::KEYS`]), a signal of its own:
    /// a page's values changing (every step of a slider) then wakes nothing that reads
    /// only the language or theme, the texts of the whole page among them.
    pub shell_search: ReadSignal<String>,
    set_path: WriteSignal<String>,
    set_search: WriteSignal<String>,
    set_shell_search: WriteSignal<String>,
    /// The addresses shown and not yet written to the history.
    pending: StoredValue<Pending>,
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
        let (shell_search, set_shell_search) = signal(shell_part(&search));
        let (path, set_path) = signal(path);
        let (search, set_search) = signal(search);
        let location = Location {
            path,
            search,
            shell_search,
            set_path,
            set_search,
            set_shell_search,
            pending: StoredValue::new(Pending::default()),
        };
        let back = window_event_listener(leptos::ev::popstate, move |_| {
            location.pending.set_value(Pending::default());
            location.sync();
        });
        // A control's `change` (a slider released, a value typed) ends any preview.
        let release = window_event_listener(leptos::ev::change, move |_| location.commit());
        on_cleanup(move || {
            back.remove();
            release.remove();
        });
        location
    }

    /// Reads the window's address into the signals.
    fn sync(&self) {
        let (path, search) = current();
        self.show(path, search);
    }

    /// Sets the signals to `path` and `search` (each only if it changed).
    fn show(&self, path: String, search: String) {
        if self.path.get_untracked() != path {
            self.set_path.set(path);
        }
        if self.search.get_untracked() != search {
            let shell = shell_part(&search);
            if self.shell_search.get_untracked() != shell {
                self.set_shell_search.set(shell);
            }
            self.set_search.set(search);
        }
    }

    /// Shows `url` (a path under this origin, with its query) in the signals without
    /// touching the history: a drag in progress. [`Location::commit`] writes it.
    pub fn preview(&self, url: &str) {
        self.show_url(url);
        self.pending
            .update_value(|p| p.preview = Some(url.to_string()));
    }

    /// Writes the address last previewed, if any, as a new history entry.
    pub fn commit(&self) {
        let mut previewed = None;
        self.pending.update_value(|p| previewed = p.preview.take());
        if let Some(url) = previewed {
            self.navigate(&url, false);
        }
    }

    /// Goes to `url` (a path under this origin, with its query): a new history entry, or
    /// in place of the current one with `replace` (animation steps). The signals change
    /// at once; the history call (about a millisecond) waits for the next task, so it is
    /// never part of a redraw. Writes within one task are one history call, a new entry
    /// if any of them asked for one. A drag previewed meanwhile is part of `url` (built
    /// from the signals), so it is written with it, as a new entry.
    pub fn navigate(&self, url: &str, replace: bool) {
        self.show_url(url);
        let mut scheduled = false;
        self.pending.update_value(|p| {
            let dragged = p.preview.take().is_some();
            let earlier = p.write.take().map(|(_, replace)| replace);
            scheduled = earlier.is_some();
            let replace = replace && !dragged && earlier.unwrap_or(true);
            p.write = Some((url.to_string(), replace));
        });
        if !scheduled {
            let location = *self;
            set_timeout(move || location.write(), std::time::Duration::ZERO);
        }
    }

    /// The history call of the write [`Location::navigate`] scheduled, if still pending.
    fn write(&self) {
        let mut due = None;
        self.pending.update_value(|p| due = p.write.take());
        let (Some((url, replace)), Ok(history)) = (due, window().history()) else {
            return;
        };
        let _ = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }

    /// Sets the signals to the path and query of `url`.
    fn show_url(&self, url: &str) {
        let (path, search) = url.find('?').map_or((url, ""), |at| url.split_at(at));
        self.show(path.to_string(), search.to_string());
    }
}

/// The shell settings' pairs of the query `search`, as a query string.
fn shell_part(search: &str) -> String {
    Query::parse(search).only(&ShellSettings::KEYS).to_search()
}

/// What the signals show and the history does not have yet.
#[derive(Default)]
struct Pending {
    /// A drag's address: written by [`Location::commit`] at its release.
    preview: Option<String>,
    /// A control's address and whether it replaces the current entry: written by the
    /// task [`Location::navigate`] scheduled.
    write: Option<(String, bool)>,
}
