//! Hand-drawn figures as data: a [`Sketch`] is the list of 2-D canvas commands a
//! widget's drawing code issued (the same names as `CanvasRenderingContext2D`), so one
//! drawing serves the screen (replayed on the canvas), the PNG download (replayed at
//! twice the size) and the SVG download ([`Sketch::to_svg`]). No web dependency.

mod svg;

pub use svg::escape;

/// Largest sketch side in CSS pixels, and most cells one [`Cmd::Cells`] may hold:
/// a drawing past them is refused by the replay and the SVG writer alike.
pub const MAX_SIDE: f64 = 8192.0;
pub const MAX_CELLS: usize = 1 << 20;

/// One drawing command, in CSS pixels of the sketch.
#[derive(Debug, Clone, PartialEq)]
pub enum Cmd {
    FillStyle(String),
    StrokeStyle(String),
    LineWidth(f64),
    Alpha(f64),
    /// Dash and gap lengths; empty for a solid line.
    LineDash(Vec<f64>),
    /// A CSS font shorthand such as `11px system-ui, sans-serif`.
    Font(String),
    TextAlign(&'static str),
    TextBaseline(&'static str),
    /// Degrees clockwise the following texts turn about their anchor point.
    TextRotation(f64),
    FillRect([f64; 4]),
    StrokeRect([f64; 4]),
    BeginPath,
    MoveTo(f64, f64),
    LineTo(f64, f64),
    Rect([f64; 4]),
    /// Centre, radius, start and end angle (radians, clockwise from +x as on a canvas).
    Arc([f64; 5]),
    Stroke,
    Fill,
    FillText(String, f64, f64),
    StrokeText(String, f64, f64),
    /// A `cols × rows` grid of solid cells (row-major RGB) stretched over `[x, y, w, h]`.
    Cells {
        area: [f64; 4],
        cols: usize,
        rows: usize,
        colors: Vec<[u8; 3]>,
    },
}

/// A figure `width × height` CSS pixels and the commands that draw it, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sketch {
    pub width: f64,
    pub height: f64,
    pub cmds: Vec<Cmd>,
}

impl Sketch {
    pub fn new(width: f64, height: f64) -> Sketch {
        Sketch {
            width,
            height,
            cmds: Vec::new(),
        }
    }

    /// Whether the size and every cell grid are within [`MAX_SIDE`] and [`MAX_CELLS`]
    /// and consistent (a grid holds exactly `cols × rows` colours).
    pub fn is_bounded(&self) -> bool {
        let side_ok = |v: f64| v.is_finite() && (0.0..=MAX_SIDE).contains(&v);
        side_ok(self.width)
            && side_ok(self.height)
            && self.cmds.iter().all(|c| match c {
                Cmd::Cells {
                    cols, rows, colors, ..
                } => cols
                    .checked_mul(*rows)
                    .is_some_and(|n| n <= MAX_CELLS && n == colors.len()),
                _ => true,
            })
    }

    fn push(&mut self, cmd: Cmd) {
        self.cmds.push(cmd);
    }

    pub fn set_fill_style_str(&mut self, color: &str) {
        self.push(Cmd::FillStyle(color.to_string()));
    }
    pub fn set_stroke_style_str(&mut self, color: &str) {
        self.push(Cmd::StrokeStyle(color.to_string()));
    }
    pub fn set_line_width(&mut self, width: f64) {
        self.push(Cmd::LineWidth(width));
    }
    pub fn set_global_alpha(&mut self, alpha: f64) {
        self.push(Cmd::Alpha(alpha));
    }
    pub fn set_line_dash(&mut self, dash: &[f64]) {
        self.push(Cmd::LineDash(dash.to_vec()));
    }
    pub fn set_font(&mut self, font: &str) {
        self.push(Cmd::Font(font.to_string()));
    }
    pub fn set_text_align(&mut self, align: &'static str) {
        self.push(Cmd::TextAlign(align));
    }
    pub fn set_text_baseline(&mut self, baseline: &'static str) {
        self.push(Cmd::TextBaseline(baseline));
    }
    pub fn set_text_rotation(&mut self, degrees: f64) {
        self.push(Cmd::TextRotation(degrees));
    }
    pub fn fill_rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.push(Cmd::FillRect([x, y, w, h]));
    }
    pub fn stroke_rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.push(Cmd::StrokeRect([x, y, w, h]));
    }
    pub fn begin_path(&mut self) {
        self.push(Cmd::BeginPath);
    }
    pub fn move_to(&mut self, x: f64, y: f64) {
        self.push(Cmd::MoveTo(x, y));
    }
    pub fn line_to(&mut self, x: f64, y: f64) {
        self.push(Cmd::LineTo(x, y));
    }
    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.push(Cmd::Rect([x, y, w, h]));
    }
    pub fn arc(&mut self, x: f64, y: f64, r: f64, start: f64, end: f64) {
        self.push(Cmd::Arc([x, y, r, start, end]));
    }
    pub fn stroke(&mut self) {
        self.push(Cmd::Stroke);
    }
    pub fn fill(&mut self) {
        self.push(Cmd::Fill);
    }
    pub fn fill_text(&mut self, text: &str, x: f64, y: f64) {
        self.push(Cmd::FillText(text.to_string(), x, y));
    }
    pub fn stroke_text(&mut self, text: &str, x: f64, y: f64) {
        self.push(Cmd::StrokeText(text.to_string(), x, y));
    }

    /// A `cols × rows` grid of solid cells filling `[x, y, w, h]` (colours row-major).
    pub fn cells(
        &mut self,
        area: [f64; 4],
        cols: usize,
        rows: usize,
        colors: impl Iterator<Item = (u8, u8, u8)>,
    ) {
        let colors = colors.map(|(r, g, b)| [r, g, b]).collect();
        self.push(Cmd::Cells {
            area,
            cols,
            rows,
            colors,
        });
    }

    /// This sketch with a title line above it and a source line below, on `background`
    /// in `ink`, at least `width` wide (room for the title): the figure as it goes into
    /// a file.
    pub fn framed(&self, title: &str, source: &str, colors: [&str; 2], width: f64) -> Sketch {
        const HEAD: f64 = 30.0;
        const FOOT: f64 = 24.0;
        let [background, ink] = colors;
        let mut out = Sketch::new(self.width.max(width), self.height + HEAD + FOOT);
        out.set_fill_style_str(background);
        out.fill_rect(0.0, 0.0, out.width, out.height);
        out.cmds
            .extend(self.cmds.iter().map(|c| c.shifted(0.0, HEAD)));
        for cmd in [
            Cmd::Alpha(1.0),
            Cmd::LineDash(Vec::new()),
            Cmd::FillStyle(ink.to_string()),
            Cmd::TextAlign("left"),
            Cmd::TextRotation(0.0),
            Cmd::TextBaseline("middle"),
            Cmd::Font("bold 14px system-ui, sans-serif".into()),
            Cmd::FillText(title.to_string(), 8.0, HEAD / 2.0),
            Cmd::Font("11px system-ui, sans-serif".into()),
            Cmd::FillText(source.to_string(), 8.0, HEAD + self.height + FOOT / 2.0),
        ] {
            out.push(cmd);
        }
        out
    }

    /// The sketch as a standalone SVG document (cells as rectangles, runs of one colour
    /// merged); `None` if it is not [`Sketch::is_bounded`].
    pub fn to_svg(&self) -> Option<String> {
        self.is_bounded().then(|| svg::write(self))
    }
}

impl Cmd {
    /// The command moved by (`dx`, `dy`).
    fn shifted(&self, dx: f64, dy: f64) -> Cmd {
        let area = |[x, y, w, h]: [f64; 4]| [x + dx, y + dy, w, h];
        match self {
            Cmd::FillRect(a) => Cmd::FillRect(area(*a)),
            Cmd::StrokeRect(a) => Cmd::StrokeRect(area(*a)),
            Cmd::Rect(a) => Cmd::Rect(area(*a)),
            Cmd::MoveTo(x, y) => Cmd::MoveTo(x + dx, y + dy),
            Cmd::LineTo(x, y) => Cmd::LineTo(x + dx, y + dy),
            Cmd::Arc([x, y, r, a, b]) => Cmd::Arc([x + dx, y + dy, *r, *a, *b]),
            Cmd::FillText(t, x, y) => Cmd::FillText(t.clone(), x + dx, y + dy),
            Cmd::StrokeText(t, x, y) => Cmd::StrokeText(t.clone(), x + dx, y + dy),
            Cmd::Cells {
                area: a,
                cols,
                rows,
                colors,
            } => Cmd::Cells {
                area: area(*a),
                cols: *cols,
                rows: *rows,
                colors: colors.clone(),
            },
            other => other.clone(),
        }
    }
}
