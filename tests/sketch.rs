//! The SVG written for a hand-drawn figure, read back by an independent XML parser
//! (roxmltree) and checked against what the drawing commands say: every cell's colour
//! at its centre, text, arcs' end points, strokes' attributes, the title and source
//! lines of the framed file, and the size bounds.

use convatlas::sketch::{Sketch, MAX_CELLS};

fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).expect("the SVG is well-formed XML")
}

fn attr(node: roxmltree::Node, name: &str) -> f64 {
    node.attribute(name)
        .unwrap_or_else(|| panic!("{name} missing"))
        .parse()
        .unwrap_or_else(|_| panic!("{name} is not a number"))
}

/// The fill of the last (topmost) rectangle covering (`x`, `y`).
fn colour_at(doc: &roxmltree::Document, x: f64, y: f64) -> Option<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("rect"))
        .rfind(|n| {
            let (rx, ry) = (attr(*n, "x"), attr(*n, "y"));
            x >= rx && x < rx + attr(*n, "width") && y >= ry && y < ry + attr(*n, "height")
        })
        .and_then(|n| n.attribute("fill").map(str::to_string))
}

#[test]
fn every_cell_has_its_colour_at_its_centre() {
    // A 7 × 5 grid with runs of one colour (merged by the writer) and single cells.
    let (cols, rows) = (7usize, 5usize);
    let colour = |c: usize, r: usize| -> (u8, u8, u8) {
        if r % 2 == 0 {
            ((c / 3 * 80) as u8, 10, 200)
        } else {
            ((c * 30) as u8, (r * 40) as u8, 7)
        }
    };
    let mut s = Sketch::new(300.0, 200.0);
    let area = [12.0, 20.0, 7.0 * 30.0, 5.0 * 16.0];
    s.cells(
        area,
        cols,
        rows,
        (0..rows).flat_map(|r| (0..cols).map(move |c| colour(c, r))),
    );
    let svg = s.to_svg().expect("bounded");
    let doc = parse(&svg);
    assert_eq!(doc.root_element().attribute("width"), Some("300"));
    for r in 0..rows {
        for c in 0..cols {
            let (x, y) = (
                12.0 + (c as f64 + 0.5) * 30.0,
                20.0 + (r as f64 + 0.5) * 16.0,
            );
            let (red, green, blue) = colour(c, r);
            assert_eq!(
                colour_at(&doc, x, y),
                Some(format!("#{red:02x}{green:02x}{blue:02x}")),
                "cell ({c}, {r})"
            );
        }
    }
    // Runs are merged: fewer rectangles than cells.
    let rects = doc.descendants().filter(|n| n.has_tag_name("rect")).count();
    assert!(
        rects < cols * rows,
        "{rects} rectangles for {} cells",
        cols * rows
    );
    // Nothing outside the grid.
    assert_eq!(colour_at(&doc, 5.0, 5.0), None);
}

#[test]
fn text_keeps_its_characters_font_and_anchor() {
    let mut s = Sketch::new(100.0, 50.0);
    s.set_font("11px system-ui, sans-serif");
    s.set_text_align("center");
    s.set_text_baseline("middle");
    s.set_fill_style_str("#123456");
    s.fill_text("y[0,0] < 3 & \"채널\"", 40.0, 20.0);
    let svg = s.to_svg().expect("bounded");
    let doc = parse(&svg);
    let text = doc
        .descendants()
        .find(|n| n.has_tag_name("text"))
        .expect("a text");
    assert_eq!(text.text(), Some("y[0,0] < 3 & \"채널\""));
    assert_eq!(text.attribute("text-anchor"), Some("middle"));
    assert_eq!(text.attribute("fill"), Some("#123456"));
    assert!(text.attribute("style").unwrap().contains("11px system-ui"));
    assert_eq!((attr(text, "x"), attr(text, "y")), (40.0, 20.0));
}

/// The end points of every `A` command of a path.
fn arc_ends(d: &str) -> Vec<(f64, f64)> {
    d.split('A')
        .skip(1)
        .map(|part| {
            let v: Vec<f64> = part
                .split(|c: char| c == ' ' || c.is_ascii_alphabetic())
                .filter(|t| !t.is_empty())
                .map(|t| t.parse().unwrap())
                .collect();
            (v[5], v[6])
        })
        .collect()
}

#[test]
fn arcs_end_where_the_circle_says() {
    let mut s = Sketch::new(100.0, 100.0);
    // A quarter turn clockwise from +x around (50, 40), radius 10: ends at (50, 50).
    s.begin_path();
    s.arc(50.0, 40.0, 10.0, 0.0, std::f64::consts::FRAC_PI_2);
    s.set_stroke_style_str("#ff0000");
    s.set_line_width(3.0);
    s.set_line_dash(&[3.0, 2.0]);
    s.set_global_alpha(0.5);
    s.stroke();
    // A full dot: two halves, back at its start.
    s.begin_path();
    s.arc(20.0, 20.0, 4.0, 0.0, std::f64::consts::TAU);
    s.fill();
    let svg = s.to_svg().expect("bounded");
    let doc = parse(&svg);
    let paths: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("path"))
        .collect();
    assert_eq!(paths.len(), 2);
    let quarter = paths[0];
    assert!(quarter.attribute("d").unwrap().starts_with("M60 40"));
    assert_eq!(
        arc_ends(quarter.attribute("d").unwrap()),
        vec![(50.0, 50.0)]
    );
    assert_eq!(quarter.attribute("stroke"), Some("#ff0000"));
    assert_eq!(quarter.attribute("stroke-width"), Some("3"));
    assert_eq!(quarter.attribute("stroke-dasharray"), Some("3 2"));
    assert_eq!(quarter.attribute("opacity"), Some("0.5"));
    assert_eq!(quarter.attribute("fill"), Some("none"));
    assert_eq!(
        arc_ends(paths[1].attribute("d").unwrap()),
        vec![(16.0, 20.0), (24.0, 20.0)]
    );
}

#[test]
fn a_framed_file_has_its_title_above_and_source_below() {
    let mut s = Sketch::new(200.0, 120.0);
    s.set_fill_style_str("#00ff00");
    s.fill_rect(0.0, 0.0, 10.0, 10.0);
    let colors = ["#fff", "#111"];
    let framed = s.framed(
        "Connections",
        "ConvAtlas · Group convolution",
        colors,
        150.0,
    );
    assert!(framed.height > s.height + 20.0);
    assert_eq!(framed.width, 200.0, "never narrower than the figure");
    assert_eq!(
        s.framed("t", "s", colors, 320.0).width,
        320.0,
        "wide enough for its title"
    );
    let svg = framed.to_svg().expect("bounded");
    let doc = parse(&svg);
    let texts: Vec<(String, f64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| (n.text().unwrap_or("").to_string(), attr(n, "y")))
        .collect();
    assert_eq!(texts.len(), 2);
    assert_eq!(texts[0].0, "Connections");
    assert_eq!(texts[1].0, "ConvAtlas · Group convolution");
    // The figure sits between them: its green square moved down below the title.
    let green = doc
        .descendants()
        .find(|n| n.attribute("fill") == Some("#00ff00"))
        .unwrap();
    assert!(texts[0].1 < attr(green, "y"));
    assert!(attr(green, "y") + 120.0 <= texts[1].1);
}

#[test]
fn oversized_or_inconsistent_sketches_are_refused() {
    let huge = Sketch::new(1e6, 10.0);
    assert_eq!(huge.to_svg(), None);
    let mut wrong = Sketch::new(10.0, 10.0);
    wrong.cells([0.0; 4], 3, 3, std::iter::repeat_n((0, 0, 0), 8));
    assert_eq!(wrong.to_svg(), None);
    let mut many = Sketch::new(10.0, 10.0);
    many.cells(
        [0.0; 4],
        MAX_CELLS + 1,
        1,
        std::iter::repeat_n((0, 0, 0), MAX_CELLS + 1),
    );
    assert_eq!(many.to_svg(), None);
    let nan = Sketch::new(f64::NAN, 10.0);
    assert!(!nan.is_bounded());
}
