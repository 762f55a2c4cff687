//! Drawing the channel widgets as sketches: the connection diagram, the weight blocks,
//! the feature-map grids and the shuffle stack. Plain data in, no signals read.

use crate::app::paint::{heat, Palette};
use crate::channels::layer::ChannelLayer;
use crate::channels::shuffle::ShuffleStack;
use crate::sketch::Sketch;

/// One colour per group, cycling; readable on light and dark backgrounds.
const GROUP_COLORS: [&str; 8] = [
    "#e8590c", "#1c7ed6", "#2f9e44", "#ae3ec9", "#f08c00", "#0c8599", "#e03131", "#5c940d",
];

/// The colour of group `g`.
pub fn group_color(g: usize) -> &'static str {
    GROUP_COLORS[g % GROUP_COLORS.len()]
}

/// A channel of the connection diagram: row 0 input, 1 spatial output, 2 point-wise output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelRef {
    pub row: usize,
    pub index: usize,
}

/// Layout of the connection diagram: rows of channels across the width.
pub struct ConnLayout {
    pub width: f64,
    pub row_y: [f64; 3],
    pub rows: usize,
    pub counts: [usize; 3],
    pub margin: f64,
}

impl ConnLayout {
    /// Rows for `layer` in a canvas `width` CSS pixels wide.
    pub fn new(layer: &ChannelLayer, width: f64) -> ConnLayout {
        let rows = if layer.pointwise.is_some() { 3 } else { 2 };
        ConnLayout {
            width,
            row_y: [34.0, 194.0, 354.0],
            rows,
            counts: [layer.c_in, layer.c_out, layer.pointwise.unwrap_or(0)],
            margin: 24.0,
        }
    }

    pub fn height(&self) -> f64 {
        self.row_y[self.rows - 1] + 34.0
    }

    /// Centre x of channel `i` in a row of `count`.
    pub fn x(&self, count: usize, i: usize) -> f64 {
        let span = self.width - 2.0 * self.margin;
        self.margin + (i as f64 + 0.5) * span / count.max(1) as f64
    }

    /// Width of one channel box in a row of `count`.
    pub fn box_w(&self, count: usize) -> f64 {
        ((self.width - 2.0 * self.margin) / count.max(1) as f64 - 2.0).clamp(2.0, 28.0)
    }

    /// The channel under (`x`, `y`), if any.
    pub fn hit(&self, x: f64, y: f64) -> Option<ChannelRef> {
        let row = (0..self.rows).find(|&r| (y - self.row_y[r]).abs() <= 18.0)?;
        let count = self.counts[row];
        let span = self.width - 2.0 * self.margin;
        let i = ((x - self.margin) / span * count as f64).floor();
        (i >= 0.0 && (i as usize) < count).then_some(ChannelRef {
            row,
            index: i as usize,
        })
    }
}

/// Which links and channels the focus lights up: `lit(row, channel)`.
pub fn lit_channels(layer: &ChannelLayer, focus: ChannelRef) -> [Vec<bool>; 3] {
    let mut lit = [
        vec![false; layer.c_in],
        vec![false; layer.c_out],
        vec![false; layer.pointwise.unwrap_or(0)],
    ];
    match focus.row {
        0 => {
            lit[0][focus.index] = true;
            for o in layer.outputs_of(focus.index) {
                lit[1][o] = true;
            }
            lit[2].fill(true);
        }
        1 => {
            lit[1][focus.index] = true;
            for i in layer.inputs_of(focus.index) {
                lit[0][i] = true;
            }
            lit[2].fill(true);
        }
        _ => {
            lit[2][focus.index] = true;
            lit[1].fill(true);
            lit[0].fill(true);
        }
    }
    lit
}

/// Draws the channel rows and every connection, coloured by group; with a focus,
/// its connections are drawn strong and the rest faint. Returns the links drawn.
pub fn draw_connections(
    sk: &mut Sketch,
    layer: &ChannelLayer,
    lay: &ConnLayout,
    focus: Option<ChannelRef>,
    pal: &Palette,
) -> usize {
    let mut links = 0;
    sk.set_fill_style_str(pal.background);
    sk.fill_rect(0.0, 0.0, lay.width, lay.height());
    let lit = focus.map(|f| lit_channels(layer, f));
    let on = |row: usize, i: usize| lit.as_ref().is_none_or(|l| l[row][i]);
    let link_on = |o: usize, i: usize, row: usize| {
        on(row, i)
            && on(row + 1, o)
            && focus.is_none_or(|f| f.row != row + 1 || f.index == o)
            && focus.is_none_or(|f| f.row != row || f.index == i)
    };
    let faint = if focus.is_some() { 0.07 } else { 0.45 };
    sk.set_line_width(1.0);
    // Spatial layer: output o reads its group's inputs. One path per group and strength.
    for strong in [false, true] {
        for g in 0..layer.groups.max(1) {
            sk.begin_path();
            let og = layer.c_out / layer.groups.max(1);
            for o in g * og..(g + 1) * og {
                for i in layer.inputs_of(o) {
                    if link_on(o, i, 0) == strong {
                        links += 1;
                        sk.move_to(lay.x(layer.c_in, i), lay.row_y[0] + 10.0);
                        sk.line_to(lay.x(layer.c_out, o), lay.row_y[1] - 10.0);
                    }
                }
            }
            sk.set_stroke_style_str(group_color(g));
            sk.set_global_alpha(if strong && focus.is_some() {
                0.95
            } else {
                faint
            });
            sk.set_line_width(if strong && focus.is_some() { 2.0 } else { 1.0 });
            sk.stroke();
        }
    }
    // Point-wise layer: every channel to every channel.
    if let Some(n) = layer.pointwise {
        for strong in [false, true] {
            sk.begin_path();
            for o in 0..n {
                for i in 0..layer.c_out {
                    if link_on(o, i, 1) == strong {
                        links += 1;
                        sk.move_to(lay.x(layer.c_out, i), lay.row_y[1] + 10.0);
                        sk.line_to(lay.x(n, o), lay.row_y[2] - 10.0);
                    }
                }
            }
            sk.set_stroke_style_str(pal.text);
            sk.set_global_alpha(if strong && focus.is_some() {
                0.8
            } else {
                faint * 0.6
            });
            sk.stroke();
        }
    }
    sk.set_global_alpha(1.0);
    sk.set_line_width(1.0);
    // Channel boxes, coloured by group (point-wise outputs neutral), numbered when there is room.
    sk.set_font("11px system-ui, sans-serif");
    sk.set_text_align("center");
    sk.set_text_baseline("middle");
    for (row, &count) in lay.counts.iter().enumerate().take(lay.rows) {
        let w = lay.box_w(count);
        for i in 0..count {
            let (x, y) = (lay.x(count, i), lay.row_y[row]);
            let group = match row {
                0 => Some(layer.group_of_input(i)),
                1 => Some(layer.group_of_output(i)),
                _ => None,
            };
            sk.set_global_alpha(if on(row, i) { 1.0 } else { 0.25 });
            sk.set_fill_style_str(group.map_or(pal.text, group_color));
            sk.fill_rect(x - w / 2.0, y - 10.0, w, 20.0);
            if focus == Some(ChannelRef { row, index: i }) {
                sk.set_stroke_style_str(pal.text);
                sk.set_line_width(3.0);
                sk.stroke_rect(x - w / 2.0 - 3.0, y - 13.0, w + 6.0, 26.0);
                sk.set_line_width(1.0);
            }
            if count <= 32 {
                sk.set_fill_style_str(pal.text);
                let label_y = if row == 0 { y - 20.0 } else { y + 21.0 };
                sk.fill_text(&i.to_string(), x, label_y);
            }
        }
    }
    sk.set_global_alpha(1.0);
    links
}

/// Cell side of the weight-block picture for `cols` input channels in `width` pixels.
pub fn block_cell(width: f64, cols: usize, k: usize) -> f64 {
    (width / cols.max(1) as f64)
        .floor()
        .clamp(3.0, (10 * k.max(1)) as f64 + 6.0)
}

/// Draws the weight tensor (C_out, C_in/g, k_h, k_w) as a C_out × C_in grid of blocks:
/// present blocks show their k_h × k_w weights on the diverging scale and a frame in
/// their group's colour; the blocks the groups remove are left blank.
pub fn draw_weight_blocks(
    sk: &mut Sketch,
    layer: &ChannelLayer,
    weights: &[f32],
    cell: f64,
    pal: &Palette,
) {
    let [kh, kw] = layer.kernel;
    let cg = layer.c_in / layer.groups.max(1);
    let (cols, rows) = (layer.c_in * kw, layer.c_out * kh);
    let max = weights.iter().fold(1e-6f32, |m, v| m.max(v.abs()));
    let og = layer.c_out / layer.groups.max(1);
    // Row by row of the grid (output o, kernel row ky), block by block (input i): nested
    // loops, no division per cell (36,864 cells at 64 × 64 channels of 3 × 3).
    let mut colors = Vec::with_capacity(rows * cols);
    for o in 0..layer.c_out {
        let group = o / og.max(1);
        for ky in 0..kh {
            for i in 0..layer.c_in {
                // Present when input i sits in output o's group.
                if i / cg.max(1) != group {
                    colors.extend(std::iter::repeat_n(pal.padding, kw));
                    continue;
                }
                let at = ((o * cg + i % cg.max(1)) * kh + ky) * kw;
                for kx in 0..kw {
                    let w = weights.get(at + kx).copied().unwrap_or(0.0);
                    colors.push(heat(w / max, pal));
                }
            }
        }
    }
    // Non-square kernels: a block stays `cell` wide and high.
    let area = [
        0.0,
        0.0,
        layer.c_in as f64 * cell,
        layer.c_out as f64 * cell,
    ];
    sk.cells(area, cols, rows, colors.into_iter());
    // Frames, a 1-pixel outline inside each block. A group's blocks tile a rectangle, so
    // their outlines are the rectangle's (1 pixel inside) and 2-pixel lines between
    // blocks: a few lines per group instead of a rectangle per block (4,096 at 64 × 64).
    for g in 0..layer.groups.max(1) {
        let (x0, y0) = ((g * cg) as f64 * cell, (g * og) as f64 * cell);
        let (w, h) = (cg as f64 * cell, og as f64 * cell);
        sk.set_stroke_style_str(group_color(g));
        sk.set_line_width(1.0);
        sk.stroke_rect(x0 + 0.5, y0 + 0.5, w - 1.0, h - 1.0);
        sk.set_line_width(2.0);
        sk.begin_path();
        for j in 1..cg {
            let x = x0 + j as f64 * cell;
            sk.move_to(x, y0);
            sk.line_to(x, y0 + h);
        }
        for j in 1..og {
            let y = y0 + j as f64 * cell;
            sk.move_to(x0, y);
            sk.line_to(x0 + w, y);
        }
        sk.stroke();
    }
    sk.set_line_width(1.0);
}

/// A frame around one feature map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapFrame {
    /// Group colour, if the map belongs to a group.
    pub group: Option<usize>,
    /// Changed by the knock-out: drawn thick.
    pub changed: bool,
    /// The knocked-out input: crossed.
    pub knocked: bool,
}

/// Layout of a grid of maps: `cols` tiles per row, each `tile` pixels with `gap` between.
pub struct MapGrid {
    pub count: usize,
    pub side: usize,
    pub tile: f64,
    pub gap: f64,
    pub cols: usize,
}

impl MapGrid {
    pub fn new(count: usize, side: usize, width: f64) -> MapGrid {
        let gap = 8.0;
        let tile = if count <= 8 { 72.0 } else { 52.0 };
        let cols = (((width + gap) / (tile + gap)).floor() as usize).clamp(1, count.max(1));
        MapGrid {
            count,
            side,
            tile,
            gap,
            cols,
        }
    }

    pub fn width(&self) -> f64 {
        self.cols as f64 * (self.tile + self.gap)
    }

    pub fn height(&self) -> f64 {
        self.count.div_ceil(self.cols) as f64 * (self.tile + self.gap + 14.0)
    }

    /// Top-left corner of tile `i`.
    pub fn origin(&self, i: usize) -> (f64, f64) {
        (
            (i % self.cols) as f64 * (self.tile + self.gap) + self.gap / 2.0,
            (i / self.cols) as f64 * (self.tile + self.gap + 14.0) + 14.0,
        )
    }

    /// The tile under (`x`, `y`).
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        (0..self.count).find(|&i| {
            let (ox, oy) = self.origin(i);
            x >= ox && x < ox + self.tile && y >= oy && y < oy + self.tile
        })
    }
}

/// Draws `grid.count` maps of `grid.side²` values each (channel-major), every map
/// scaled to its own largest magnitude, numbered and framed.
pub fn draw_maps(
    sk: &mut Sketch,
    grid: &MapGrid,
    data: &[f32],
    frames: &[MapFrame],
    pal: &Palette,
) {
    sk.set_fill_style_str(pal.background);
    sk.fill_rect(0.0, 0.0, grid.width(), grid.height());
    let plane = grid.side * grid.side;
    sk.set_font("11px system-ui, sans-serif");
    sk.set_text_align("left");
    sk.set_text_baseline("alphabetic");
    // Every map's cells first, one after another: the replay puts a run of equal grids
    // into the canvas in one go.
    let maps = data.chunks_exact(plane.max(1)).take(grid.count);
    for (i, map) in maps.clone().enumerate() {
        let (ox, oy) = grid.origin(i);
        let max = map.iter().fold(1e-6f32, |m, v| m.max(v.abs()));
        let colors = map.iter().map(|v| heat(v / max, pal));
        sk.cells([ox, oy, grid.tile, grid.tile], grid.side, grid.side, colors);
    }
    for i in 0..maps.len() {
        let (ox, oy) = grid.origin(i);
        let frame = frames.get(i).copied().unwrap_or(MapFrame {
            group: None,
            changed: false,
            knocked: false,
        });
        sk.set_stroke_style_str(frame.group.map_or(pal.grid, group_color));
        sk.set_line_width(if frame.changed { 4.0 } else { 2.0 });
        let inset = if frame.changed { 2.0 } else { 1.0 };
        sk.stroke_rect(
            ox - inset,
            oy - inset,
            grid.tile + 2.0 * inset,
            grid.tile + 2.0 * inset,
        );
        if frame.knocked {
            sk.set_stroke_style_str(pal.text);
            sk.set_line_width(2.0);
            sk.begin_path();
            sk.move_to(ox, oy);
            sk.line_to(ox + grid.tile, oy + grid.tile);
            sk.move_to(ox + grid.tile, oy);
            sk.line_to(ox, oy + grid.tile);
            sk.stroke();
        }
        sk.set_fill_style_str(pal.text);
        let mark = if frame.changed { " ●" } else { "" };
        sk.fill_text(&format!("{i}{mark}"), ox, oy - 3.0);
    }
}

/// Layout of the shuffle stack: one row of channels per level.
pub struct StackLayout {
    pub width: f64,
    pub channels: usize,
    pub levels: usize,
    pub margin: f64,
    pub row_gap: f64,
}

impl StackLayout {
    pub fn new(stack: &ShuffleStack, width: f64) -> StackLayout {
        StackLayout {
            width,
            channels: stack.channels(),
            levels: stack.layers + 1,
            margin: 24.0,
            row_gap: 110.0,
        }
    }

    pub fn height(&self) -> f64 {
        (self.levels - 1) as f64 * self.row_gap + 60.0
    }

    pub fn x(&self, i: usize) -> f64 {
        let span = self.width - 2.0 * self.margin;
        self.margin + (i as f64 + 0.5) * span / self.channels.max(1) as f64
    }

    pub fn y(&self, level: usize) -> f64 {
        30.0 + level as f64 * self.row_gap
    }

    /// The channel of the last row under (`x`, `y`).
    pub fn hit_last(&self, x: f64, y: f64) -> Option<usize> {
        if (y - self.y(self.levels - 1)).abs() > 18.0 {
            return None;
        }
        let span = self.width - 2.0 * self.margin;
        let i = ((x - self.margin) / span * self.channels as f64).floor();
        (i >= 0.0 && (i as usize) < self.channels).then_some(i as usize)
    }
}

/// Draws the stack: a row of channels per level (input at the top), the grouped links
/// between them (through the shuffle when on), the traced output's reach lit.
pub fn draw_stack(
    sk: &mut Sketch,
    stack: &ShuffleStack,
    lay: &StackLayout,
    reach: &[Vec<bool>],
    traced: usize,
    pal: &Palette,
) {
    sk.set_fill_style_str(pal.background);
    sk.fill_rect(0.0, 0.0, lay.width, lay.height());
    let n = stack.per_group.max(1);
    for level in 0..stack.layers {
        for strong in [false, true] {
            for g in 0..stack.groups {
                sk.begin_path();
                for (from, to) in stack
                    .links(level)
                    .into_iter()
                    .filter(|&(_, to)| to / n == g)
                {
                    let on = reach[level][from] && reach[level + 1][to];
                    if on == strong {
                        sk.move_to(lay.x(from), lay.y(level) + 9.0);
                        sk.line_to(lay.x(to), lay.y(level + 1) - 9.0);
                    }
                }
                sk.set_stroke_style_str(group_color(g));
                sk.set_global_alpha(if strong { 0.95 } else { 0.12 });
                sk.set_line_width(if strong { 2.0 } else { 1.0 });
                sk.stroke();
            }
        }
    }
    sk.set_global_alpha(1.0);
    sk.set_line_width(1.0);
    let w = ((lay.width - 2.0 * lay.margin) / lay.channels.max(1) as f64 - 2.0).clamp(2.0, 24.0);
    sk.set_font("11px system-ui, sans-serif");
    sk.set_text_align("center");
    sk.set_text_baseline("middle");
    for (level, lit) in reach.iter().enumerate().take(lay.levels) {
        for (i, &on) in lit.iter().enumerate() {
            let (x, y) = (lay.x(i), lay.y(level));
            sk.set_global_alpha(if on { 1.0 } else { 0.25 });
            sk.set_fill_style_str(group_color(i / n));
            sk.fill_rect(x - w / 2.0, y - 9.0, w, 18.0);
            if level + 1 == lay.levels && i == traced {
                sk.set_global_alpha(1.0);
                sk.set_stroke_style_str(pal.text);
                sk.set_line_width(3.0);
                sk.stroke_rect(x - w / 2.0 - 3.0, y - 12.0, w + 6.0, 24.0);
                sk.set_line_width(1.0);
            }
            if lay.channels <= 32 && (level == 0 || level + 1 == lay.levels) {
                sk.set_global_alpha(1.0);
                sk.set_fill_style_str(pal.text);
                let ly = if level == 0 { y - 18.0 } else { y + 19.0 };
                sk.fill_text(&i.to_string(), x, ly);
            }
        }
    }
    sk.set_global_alpha(1.0);
}
