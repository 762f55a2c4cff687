//! The playground's single-channel input image: samples, painting and its URL form.

/// Smallest input side.
pub const MIN_SIZE: usize = 8;
/// Largest input side.
pub const MAX_SIZE: usize = 32;

/// A built-in input picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sample {
    Digit,
    Edge,
    Checker,
    Dot,
}

/// The digit "3" on a 5 x 7 grid, scaled to the input size.
const DIGIT: [&str; 7] = [
    "01110", "10001", "00001", "00110", "00001", "10001", "01110",
];

impl Sample {
    pub const ALL: [Sample; 4] = [Sample::Digit, Sample::Edge, Sample::Checker, Sample::Dot];

    /// The name used in the URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Sample::Digit => "digit",
            Sample::Edge => "edge",
            Sample::Checker => "checker",
            Sample::Dot => "dot",
        }
    }

    pub fn parse(name: &str) -> Option<Sample> {
        Sample::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// The picture at `size x size`, row-major, values 0 or 1.
    pub fn render(self, size: usize) -> Vec<f32> {
        let mut px = vec![0.0; size * size];
        for y in 0..size {
            for x in 0..size {
                let on = match self {
                    Sample::Digit => digit_pixel(size, y, x),
                    Sample::Edge => x >= size / 2,
                    Sample::Checker => {
                        let cell = (size / 8).max(1);
                        (y / cell + x / cell) % 2 == 1
                    }
                    Sample::Dot => y == size / 2 && x == size / 2,
                };
                px[y * size + x] = if on { 1.0 } else { 0.0 };
            }
        }
        px
    }
}

/// Whether pixel (y, x) of a `size` image lies on the scaled digit.
fn digit_pixel(size: usize, y: usize, x: usize) -> bool {
    let margin = size / 8;
    let height = size - 2 * margin;
    let width = height * 5 / 7;
    let left = (size - width) / 2;
    if y < margin || y >= margin + height || x < left || x >= left + width {
        return false;
    }
    let row = (y - margin) * 7 / height;
    let col = (x - left) * 5 / width;
    DIGIT[row].as_bytes()[col] == b'1'
}

/// The pixels as hex, four pixels a digit (pixel > 0.5 is a 1 bit), most significant first.
pub fn to_hex(pixels: &[f32]) -> String {
    pixels
        .chunks(4)
        .map(|nibble| {
            let v = nibble
                .iter()
                .enumerate()
                .fold(0u32, |acc, (i, &p)| acc | (u32::from(p > 0.5) << (3 - i)));
            char::from_digit(v, 16).unwrap_or('0')
        })
        .collect()
}

/// Decodes [`to_hex`] for a `size x size` image; `None` when the length or a digit is wrong.
pub fn from_hex(hex: &str, size: usize) -> Option<Vec<f32>> {
    let n = size * size;
    if hex.len() != n.div_ceil(4) {
        return None;
    }
    let mut px = Vec::with_capacity(n);
    for c in hex.chars() {
        let v = c.to_digit(16)?;
        for bit in (0..4).rev() {
            if px.len() < n {
                px.push(if v >> bit & 1 == 1 { 1.0 } else { 0.0 });
            }
        }
    }
    Some(px)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_for_every_size() {
        for size in MIN_SIZE..=MAX_SIZE {
            for s in Sample::ALL {
                let px = s.render(size);
                assert_eq!(from_hex(&to_hex(&px), size), Some(px), "{s:?} at {size}");
            }
        }
    }

    #[test]
    fn bad_hex_is_rejected() {
        assert_eq!(from_hex("zz", 8), None);
        assert_eq!(from_hex("00", 8), None);
        assert_eq!(from_hex(&"g".repeat(16), 8), None);
    }

    #[test]
    fn samples_look_like_their_names() {
        let dot = Sample::Dot.render(9);
        assert_eq!(dot.iter().sum::<f32>(), 1.0);
        assert_eq!(dot[4 * 9 + 4], 1.0);
        let edge = Sample::Edge.render(8);
        assert_eq!(&edge[0..8], &[0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0]);
        let checker = Sample::Checker.render(8);
        assert_eq!(checker[0] + checker[1], 1.0);
        let digit = Sample::Digit.render(16);
        let ink = digit.iter().sum::<f32>();
        assert!(ink > 20.0 && ink < 128.0, "digit ink {ink}");
    }
}
