//! The `glossary` page module of the web app (see `convatlas::app::entries`); trunk builds it
//! from `index.html`. Natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    convatlas::app::mount(convatlas::app::entries::glossary);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("page_glossary is a module of the web app; build it with trunk (see README.md)");
    std::process::exit(2);
}
