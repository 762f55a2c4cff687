//! The UCI 8×8 handwritten digits (`data/digits.bin`, CC BY 4.0; see `data/README.md`):
//! parsing with validation, the fixed train/test split, and the preprocessing that turns
//! a drawn 32×32 bitmap into the same 8×8 counts the data set holds.

use crate::error::{Error, Result};
use crate::nn::data::Dataset;
use crate::nn::tensor::Tensor;

/// Side of one digit image.
pub const SIDE: usize = 8;
/// Side of the bitmap a digit was drawn on before counting (NIST's normalised 32×32).
pub const BITMAP_SIDE: usize = 32;
/// Bytes per record: 64 pixel counts and the label.
const RECORD: usize = SIDE * SIDE + 1;
/// Records in the shipped file.
pub const COUNT: usize = 1797;
/// Every `TEST_EVERY`-th record (index `i % 5 == 4`) is held out for testing.
const TEST_EVERY: usize = 5;

/// The shipped file, for the CLI and the native tests (the app fetches it instead).
#[cfg(not(target_arch = "wasm32"))]
pub const BUNDLED: &[u8] = include_bytes!("../../data/digits.bin");

/// The fixed split of the digits.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    pub train: Dataset,
    pub test: Dataset,
}

/// Parses `bytes` (records of 64 counts in 0..=16 and a label in 0..=9) into the
/// fixed split: record `i` is a test image when `i % 5 == 4`. Pixels become `count / 16`.
/// Images are (N, 1, 8, 8).
pub fn parse(bytes: &[u8]) -> Result<Split> {
    if bytes.is_empty() || bytes.len() % RECORD != 0 || bytes.len() / RECORD > COUNT {
        return Err(Error::param(
            "digits",
            format!("the file has {} bytes", bytes.len()),
            format!("records of {RECORD} bytes, at most {COUNT} of them"),
        ));
    }
    let (mut train, mut test) = ((Vec::new(), Vec::new()), (Vec::new(), Vec::new()));
    for (i, record) in bytes.chunks_exact(RECORD).enumerate() {
        let (pixels, label) = record.split_at(SIDE * SIDE);
        let label = usize::from(label[0]);
        if label > 9 || pixels.iter().any(|&p| p > 16) {
            return Err(Error::param(
                "digits",
                format!("record {i} has a count above 16 or a label above 9"),
                "pixel counts 0..=16 and labels 0..=9",
            ));
        }
        let part = if i % TEST_EVERY == TEST_EVERY - 1 {
            &mut test
        } else {
            &mut train
        };
        part.0.extend(pixels.iter().map(|&p| f32::from(p) / 16.0));
        part.1.push(label);
    }
    let set = |(pixels, labels): (Vec<f32>, Vec<usize>)| {
        Dataset::new(
            Tensor::from_vec(&[labels.len(), 1, SIDE, SIDE], pixels)?,
            labels,
        )
    };
    Ok(Split {
        train: set(train)?,
        test: set(test)?,
    })
}

/// The 8×8 input of a drawing, as the data set was made: the 32×32 bitmap (row-major,
/// `true` = ink) is cut into 4×4 blocks and each pixel is the block's ink count / 16.
pub fn from_bitmap(bitmap: &[bool]) -> Result<Vec<f32>> {
    if bitmap.len() != BITMAP_SIDE * BITMAP_SIDE {
        return Err(Error::param(
            "digits",
            format!("a bitmap of {} pixels", bitmap.len()),
            format!(
                "{BITMAP_SIDE}×{BITMAP_SIDE} = {} pixels",
                BITMAP_SIDE * BITMAP_SIDE
            ),
        ));
    }
    let block = BITMAP_SIDE / SIDE;
    let mut out = vec![0.0; SIDE * SIDE];
    for (i, &ink) in bitmap.iter().enumerate() {
        if ink {
            let (y, x) = (i / BITMAP_SIDE / block, i % BITMAP_SIDE / block);
            out[y * SIDE + x] += 1.0 / (block * block) as f32;
        }
    }
    Ok(out)
}

/// Longest drawing taken, in points over all strokes (a bound on the work of one drawing).
pub const MAX_POINTS: usize = 20_000;

/// Rasterises pen strokes (points in any units, y down) into the 32×32 bitmap the data
/// set's digits were counted from: the drawing's bounding box is scaled, keeping its
/// aspect ratio, so its longer side spans the box less a 2-pixel margin, and centred;
/// every point within `pen` bitmap pixels of a stroke is ink. Points that are not finite
/// are skipped; an empty drawing gives an empty bitmap.
pub fn rasterize(strokes: &[Vec<(f32, f32)>], pen: f32) -> Vec<bool> {
    let side = BITMAP_SIDE as f32;
    let mut bitmap = vec![false; BITMAP_SIDE * BITMAP_SIDE];
    let points = || {
        strokes
            .iter()
            .flatten()
            .take(MAX_POINTS)
            .filter(|(x, y)| x.is_finite() && y.is_finite())
    };
    let Some(first) = points().next() else {
        return bitmap;
    };
    let (mut lo, mut hi) = (*first, *first);
    for &(x, y) in points() {
        lo = (lo.0.min(x), lo.1.min(y));
        hi = (hi.0.max(x), hi.1.max(y));
    }
    let margin = 2.0;
    let extent = (hi.0 - lo.0).max(hi.1 - lo.1).max(1e-6);
    let scale = (side - 2.0 * margin) / extent;
    let offset = (
        (side - (hi.0 - lo.0) * scale) / 2.0,
        (side - (hi.1 - lo.1) * scale) / 2.0,
    );
    let map = |(x, y): (f32, f32)| ((x - lo.0) * scale + offset.0, (y - lo.1) * scale + offset.1);
    let pen = if pen.is_finite() {
        pen.clamp(0.5, 4.0)
    } else {
        1.5
    };
    let mut ink = |(cx, cy): (f32, f32)| {
        let r = pen.ceil() as i32 + 1;
        for dy in -r..=r {
            for dx in -r..=r {
                let (px, py) = (cx.floor() as i32 + dx, cy.floor() as i32 + dy);
                let (mx, my) = (px as f32 + 0.5 - cx, py as f32 + 0.5 - cy);
                if (0..BITMAP_SIDE as i32).contains(&px)
                    && (0..BITMAP_SIDE as i32).contains(&py)
                    && mx * mx + my * my <= pen * pen
                {
                    bitmap[py as usize * BITMAP_SIDE + px as usize] = true;
                }
            }
        }
    };
    let mut budget = MAX_POINTS;
    for stroke in strokes {
        let pts: Vec<(f32, f32)> = stroke
            .iter()
            .take(budget)
            .filter(|(x, y)| x.is_finite() && y.is_finite())
            .map(|&p| map(p))
            .collect();
        budget = budget.saturating_sub(stroke.len());
        if let [only] = pts[..] {
            ink(only);
        }
        for pair in pts.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let steps = (((b.0 - a.0).hypot(b.1 - a.1)) * 4.0)
                .ceil()
                .clamp(1.0, 512.0) as usize;
            for s in 0..=steps {
                let t = s as f32 / steps as f32;
                ink((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t));
            }
        }
    }
    bitmap
}
