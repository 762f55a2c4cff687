//! One binary: the web app when built for wasm32 (by trunk), the `convatlas` CLI natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    convatlas::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(convatlas::cli::run());
}
