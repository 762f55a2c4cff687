//! The page modules: `index.html`'s loader, its trunk links, the binaries in `src/bin` and
//! `Cargo.toml` must name the same modules for the same addresses as `convatlas::pages`.

use convatlas::pages::{Chapter, Page};
use std::collections::BTreeMap;

fn index_html() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).expect("index.html")
}

/// The loader's address → module table, read from the `var modules = {...};` literal.
fn loader_table(html: &str) -> BTreeMap<String, String> {
    let start = html.find("var modules = {").expect("the loader's table") + "var modules = ".len();
    let end = start + html[start..].find('}').expect("end of the table") + 1;
    let mut table = BTreeMap::new();
    for pair in html[start + 1..end - 1].split(',') {
        let mut parts = pair
            .split(':')
            .map(|s| s.trim().trim_matches('"').to_string());
        let (path, module) = (parts.next().unwrap(), parts.next().unwrap());
        assert!(table.insert(path.clone(), module).is_none(), "{path} twice");
    }
    table
}

#[test]
fn the_loader_maps_every_address_to_the_module_the_app_expects() {
    let table = loader_table(&index_html());
    let mut expected = BTreeMap::new();
    expected.insert("/".to_string(), Page::Home.module().to_string());
    for ch in Chapter::ALL {
        expected.insert(ch.path().to_string(), ch.page().module().to_string());
    }
    assert_eq!(table, expected);
    for (path, module) in &table {
        assert_eq!(Page::of_path(path).map(Page::module), Some(module.as_str()));
        assert_eq!(
            Page::of_path(&format!("{path}/")).map(Page::module),
            Some(module.as_str())
        );
    }
    assert_eq!(Page::of_path("/nowhere"), None);
}

#[test]
fn every_module_is_built_by_trunk_has_a_binary_and_serves_a_page() {
    let html = index_html();
    let manifest =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    for page in Page::ALL {
        let name = page.module();
        assert!(
            html.contains(&format!("data-bin=\"{name}\" data-type=\"worker\"")),
            "index.html does not build {name}"
        );
        assert!(
            manifest.contains(&format!("name = \"{name}\"")),
            "Cargo.toml lacks {name}"
        );
        let source =
            std::fs::read_to_string(format!("{}/src/bin/{name}.rs", env!("CARGO_MANIFEST_DIR")))
                .unwrap_or_else(|_| panic!("src/bin/{name}.rs"));
        let entry = name.trim_start_matches("page_");
        assert!(
            source.contains(&format!("entries::{entry})")),
            "{name} mounts another page's entry"
        );
        let served = (page == Page::Home) || Chapter::ALL.iter().any(|c| c.page() == page);
        assert!(served, "{name} serves no address");
    }
    let built = html.matches("data-bin=\"page_").count();
    assert_eq!(
        built,
        Page::ALL.len(),
        "index.html builds a module the app does not know"
    );
}

#[test]
fn the_base_path_and_the_route_under_it() {
    use convatlas::pages::{base_path, route_of};
    assert_eq!(base_path("http://127.0.0.1:8080/"), "");
    assert_eq!(
        base_path("https://someone.github.io/convatlas/"),
        "/convatlas"
    );
    assert_eq!(base_path("https://h.io/a/b/?x=1"), "/a/b");
    assert_eq!(base_path("/convatlas/"), "/convatlas");
    assert_eq!(base_path("/"), "");
    assert_eq!(base_path(""), "");
    for (path, base, route) in [
        ("/mobilenet", "", "/mobilenet"),
        ("/", "", "/"),
        ("/convatlas/mobilenet", "/convatlas", "/mobilenet"),
        ("/convatlas/mobilenet/", "/convatlas", "/mobilenet/"),
        ("/convatlas/", "/convatlas", "/"),
        ("/convatlas", "/convatlas", "/"),
        ("/convatlasx/lab", "/convatlas", "/convatlasx/lab"),
        ("/elsewhere", "/convatlas", "/elsewhere"),
    ] {
        assert_eq!(route_of(path, base), route, "{path} under {base}");
    }
    // Every chapter's route is found again under a base.
    for ch in Chapter::ALL {
        let full = format!("/sub{}", ch.path());
        assert_eq!(Page::of_path(route_of(&full, "/sub")), Some(ch.page()));
    }
}
