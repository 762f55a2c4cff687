//! The UCI 8×8 handwritten digits (`data/digits.bin`, CC BY 4.0; see `data/README.md`):
//! parsing with validation, the fixed train/test split, and the preprocessing that turns
//! a drawn 32×32 bitmap into the same 8×8 counts the data set holds.

use crate::error::{Error, Result};
use crate::nn::tensor::Tensor;
use crate::nn::train::Dataset;

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
