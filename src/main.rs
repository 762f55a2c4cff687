//! The `convatlas` CLI (native). The web app's binaries are `src/bin/page_*.rs`, one per
//! page module, and `src/bin/lab_worker.rs`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(convatlas::cli::run());
}

/// Built for wasm32 only because cargo builds every binary of the package there; the web
/// app does not use it.
#[cfg(target_arch = "wasm32")]
fn main() {}
