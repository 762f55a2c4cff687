//! Colours, fonts and stroke widths of every chart, for light and dark pages.
//!
//! The palette is Okabe and Ito's colour-blind-safe set (with Paul Tol's indigo as a
//! seventh colour), darkened for white and
//! lifted for the dark background so every colour keeps a contrast ratio of at
//! least 3:1 (WCAG's minimum for graphics; tested below). `scale` enlarges text and strokes together for projection.

use plotters::style::{Color, FontFamily, RGBColor, TextStyle};

/// Okabe-Ito colours on a light background (all at least 3:1 against white).
const LIGHT_PALETTE: [RGBColor; 7] = [
    RGBColor(0, 114, 178),  // blue
    RGBColor(213, 94, 0),   // vermillion
    RGBColor(0, 132, 95),   // bluish green, darkened
    RGBColor(175, 82, 140), // reddish purple, darkened
    RGBColor(170, 110, 0),  // orange, darkened
    RGBColor(80, 80, 80),   // grey
    RGBColor(51, 34, 136),  // indigo (Tol)
];

/// The same hues lifted for a dark background.
const DARK_PALETTE: [RGBColor; 7] = [
    RGBColor(86, 180, 233),  // sky blue
    RGBColor(240, 140, 70),  // vermillion, lifted
    RGBColor(60, 200, 150),  // bluish green, lifted
    RGBColor(220, 140, 190), // reddish purple, lifted
    RGBColor(240, 200, 70),  // yellow-orange
    RGBColor(190, 190, 190), // grey
    RGBColor(150, 135, 235), // indigo, lifted
];

/// The colours a theme's panels share with every figure drawn on them: the panel, its
/// text and its secondary text, as `#rrggbb`. Defined here once; the charts, the app's
/// canvas palette and the stylesheet (whose `--panel`, `--text` and `--muted` the app sets
/// from these) all read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Surface {
    pub panel: &'static str,
    pub text: &'static str,
    pub muted: &'static str,
}

impl Surface {
    pub const LIGHT: Surface = Surface {
        panel: "#ffffff",
        text: "#111827",
        muted: "#4b5563",
    };
    pub const DARK: Surface = Surface {
        panel: "#10151c",
        text: "#f3f4f6",
        muted: "#b8c0cc",
    };

    pub const fn of(dark: bool) -> Surface {
        if dark {
            Surface::DARK
        } else {
            Surface::LIGHT
        }
    }
}

/// The colour `#rrggbb` as an RGB triple (black for anything else; every colour above is
/// checked by a test).
const fn rgb(hex: &str) -> RGBColor {
    const fn nibble(b: u8) -> Option<u8> {
        match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        }
    }
    let b = hex.as_bytes();
    if b.len() != 7 || b[0] != b'#' {
        return RGBColor(0, 0, 0);
    }
    let mut out = [0u8; 3];
    let mut i = 0;
    while i < 3 {
        match (nibble(b[1 + 2 * i]), nibble(b[2 + 2 * i])) {
            (Some(hi), Some(lo)) => out[i] = hi * 16 + lo,
            _ => return RGBColor(0, 0, 0),
        }
        i += 1;
    }
    RGBColor(out[0], out[1], out[2])
}

/// [`Surface`]'s panel, text and muted colours as RGB, light then dark, worked out when
/// compiling (no page carries the parser).
const SURFACE_RGB: [[RGBColor; 3]; 2] = {
    const fn of(s: Surface) -> [RGBColor; 3] {
        [rgb(s.panel), rgb(s.text), rgb(s.muted)]
    }
    [of(Surface::LIGHT), of(Surface::DARK)]
};

/// Title size in pixels at scale 1.
const TITLE_SIZE: f64 = 22.0;

/// How a chart looks: light or dark, and how large its text and lines are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartTheme {
    /// Dark background with light text.
    pub dark: bool,
    /// Multiplies every font size and stroke width: 1.0 on screen, 1.5 or more
    /// for a projector or a slide. Clamped to 0.5..=4.0 when used.
    pub scale: f64,
}

impl Default for ChartTheme {
    fn default() -> Self {
        ChartTheme::light()
    }
}

impl ChartTheme {
    /// Dark text on white, scale 1.
    pub fn light() -> Self {
        ChartTheme {
            dark: false,
            scale: 1.0,
        }
    }

    /// Light text on a near-black background, scale 1.
    pub fn dark() -> Self {
        ChartTheme {
            dark: true,
            scale: 1.0,
        }
    }

    /// The same theme with text and strokes scaled by `scale`.
    pub fn with_scale(self, scale: f64) -> Self {
        ChartTheme { scale, ..self }
    }

    fn factor(&self) -> f64 {
        if self.scale.is_finite() {
            self.scale.clamp(0.5, 4.0)
        } else {
            1.0
        }
    }

    /// `px` device-independent pixels at this theme's scale.
    pub fn px(&self, px: f64) -> u32 {
        (px * self.factor()).round().max(1.0) as u32
    }

    /// A font size of `size` pixels at this theme's scale.
    pub fn font_size(&self, size: f64) -> f64 {
        size * self.factor()
    }

    /// Background: the panel the chart sits on.
    pub fn background(&self) -> RGBColor {
        SURFACE_RGB[self.dark as usize][0]
    }

    /// Text and axes (contrast above 15:1 on the background).
    pub fn foreground(&self) -> RGBColor {
        SURFACE_RGB[self.dark as usize][1]
    }

    /// Secondary text such as source lines (contrast above 7:1).
    pub fn muted(&self) -> RGBColor {
        SURFACE_RGB[self.dark as usize][2]
    }

    /// Grid lines, faint on purpose.
    pub fn grid(&self) -> RGBColor {
        if self.dark {
            RGBColor(55, 55, 68)
        } else {
            RGBColor(225, 225, 232)
        }
    }

    /// The `i`-th series colour (cycles after seven).
    pub fn series(&self, i: usize) -> RGBColor {
        let palette = if self.dark {
            &DARK_PALETTE
        } else {
            &LIGHT_PALETTE
        };
        palette[i % palette.len()]
    }

    /// A text style of `size` pixels (before scaling) in the foreground colour.
    pub fn text(&self, size: f64) -> TextStyle<'static> {
        self.text_in(size, self.foreground())
    }

    /// A text style of `size` pixels (before scaling) in `color`.
    pub fn text_in(&self, size: f64, color: RGBColor) -> TextStyle<'static> {
        TextStyle {
            color: color.to_backend_color(),
            ..TextStyle::from((FontFamily::SansSerif, self.font_size(size)))
        }
    }

    /// Chart titles.
    pub fn title(&self) -> TextStyle<'static> {
        self.text(TITLE_SIZE)
    }

    /// `text` at `size` (before scaling) in `room` pixels: at full size if it fits, else
    /// as small as it needs down to 70%, and cut with "…" only past that (a caption keeps
    /// its totals at the end whenever it can).
    pub fn fitted(&self, text: &str, size: f64, room: f64) -> (TextStyle<'static>, String) {
        let full = self.font_size(size);
        let scale = (room / super::legend::text_width(text, full).max(1.0)).clamp(0.7, 1.0);
        let shown = super::legend::fit(text, room, full * scale);
        (self.text(size * scale), shown)
    }

    /// The figure's title in `room` pixels (see [`ChartTheme::fitted`]).
    pub fn title_fitted(&self, text: &str, room: f64) -> (TextStyle<'static>, String) {
        self.fitted(text, TITLE_SIZE, room)
    }

    /// Axis descriptions and legends.
    pub fn label(&self) -> TextStyle<'static> {
        self.text(15.0)
    }

    /// Tick labels and point labels.
    pub fn small(&self) -> TextStyle<'static> {
        self.text(12.0)
    }

    /// Source citations.
    pub fn note(&self) -> TextStyle<'static> {
        self.text_in(12.0, self.muted())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG relative luminance.
    fn luminance(c: RGBColor) -> f64 {
        let ch = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
    }

    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn text_and_series_colours_contrast_with_the_background() {
        for theme in [ChartTheme::light(), ChartTheme::dark()] {
            let bg = theme.background();
            assert!(contrast(theme.foreground(), bg) >= 15.0);
            assert!(contrast(theme.muted(), bg) >= 7.0);
            for i in 0..7 {
                let c = contrast(theme.series(i), bg);
                assert!(c >= 3.0, "series {i} dark={} contrast {c:.2}", theme.dark);
            }
        }
    }

    #[test]
    fn surface_colours_read_back_from_their_hex() {
        for s in [Surface::LIGHT, Surface::DARK] {
            for hex in [s.panel, s.text, s.muted] {
                let c = rgb(hex);
                assert_eq!(format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2), hex);
            }
        }
        assert_eq!(rgb("#0A0b0C"), RGBColor(10, 11, 12));
        for bad in ["", "#fff", "ffffff0", "#gg0000", "#ffffff0"] {
            assert_eq!(rgb(bad), RGBColor(0, 0, 0), "{bad}");
        }
    }

    #[test]
    fn scale_is_clamped_and_never_zero() {
        assert_eq!(ChartTheme::light().with_scale(f64::NAN).px(10.0), 10);
        assert_eq!(ChartTheme::light().with_scale(100.0).px(10.0), 40);
        assert_eq!(ChartTheme::light().with_scale(0.0).px(1.0), 1);
    }
}
