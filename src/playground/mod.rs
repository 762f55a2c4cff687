//! The convolution playground's state: one input image, one kernel, stride,
//! padding, dilation and the animated output position, read from and written
//! to the URL. Pure logic, tested natively; the app renders it.

pub mod compute;
pub mod image;
pub mod kernel;

use crate::query::{int_in, notice, Allowed, Notice, Query};
use image::{Sample, MAX_SIZE, MIN_SIZE};
use kernel::{Kernel, Preset, MAX_K};

/// Largest stride.
pub const MAX_STRIDE: usize = 4;
/// Largest symmetric padding.
pub const MAX_PADDING: usize = 6;
/// Largest dilation.
pub const MAX_DILATION: usize = 4;

/// Everything on the playground's screen.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaygroundState {
    /// Input side (square image).
    pub size: usize,
    /// Row-major `size x size`, values 0 or 1.
    pub pixels: Vec<f32>,
    pub kernel: Kernel,
    pub stride: usize,
    pub padding: usize,
    pub dilation: usize,
    /// Current output cell of the animation (row-major).
    pub pos: usize,
}

impl Default for PlaygroundState {
    fn default() -> Self {
        PlaygroundState {
            size: 12,
            pixels: Sample::Digit.render(12),
            kernel: Preset::SobelX.build(3, 3),
            stride: 1,
            padding: 0,
            dilation: 1,
            pos: 0,
        }
    }
}

impl PlaygroundState {
    /// Reads `size`, `in`, `kh`, `kw`, `k`, `stride`, `pad`, `dil`, `pos`;
    /// anything unusable falls back to its default with a notice.
    pub fn from_query(q: &Query, notices: &mut Vec<Notice>) -> PlaygroundState {
        let d = PlaygroundState::default();
        let size = int_in(q, "size", MIN_SIZE, MAX_SIZE, d.size, notices);
        let pixels = match q.get("in") {
            None => Sample::Digit.render(size),
            Some(raw) => Sample::parse(raw)
                .map(|s| s.render(size))
                .or_else(|| image::from_hex(raw, size))
                .unwrap_or_else(|| {
                    let names: Vec<&str> = Sample::ALL.iter().map(|s| s.as_str()).collect();
                    let allowed = Allowed::Picture {
                        names: names.join(", "),
                        hex: (size * size).div_ceil(4),
                    };
                    notices.push(notice("in", raw, allowed));
                    Sample::Digit.render(size)
                }),
        };
        let kh = int_in(q, "kh", 1, MAX_K, d.kernel.h, notices);
        let kw = int_in(q, "kw", 1, MAX_K, d.kernel.w, notices);
        let kernel = match q.get("k") {
            None if (kh, kw) == (d.kernel.h, d.kernel.w) => d.kernel.clone(),
            None => Preset::Identity.build(kh, kw),
            Some(raw) => Kernel::from_csv(raw, kh, kw).unwrap_or_else(|| {
                notices.push(notice("k", raw, Allowed::Weights { count: kh * kw }));
                Preset::Identity.build(kh, kw)
            }),
        };
        let mut state = PlaygroundState {
            size,
            pixels,
            kernel,
            stride: int_in(q, "stride", 1, MAX_STRIDE, d.stride, notices),
            padding: int_in(q, "pad", 0, MAX_PADDING, d.padding, notices),
            dilation: int_in(q, "dil", 1, MAX_DILATION, d.dilation, notices),
            pos: 0,
        };
        let cells = compute::spec_of(&state)
            .output_shape([1, size, size])
            .map_or(usize::MAX, |[_, h, w]| h * w);
        state.pos = int_in(q, "pos", 0, cells.saturating_sub(1), 0, notices);
        state
    }

    /// Writes every playground value into `q`.
    pub fn write(&self, q: &mut Query) {
        let input = Sample::ALL
            .into_iter()
            .find(|s| s.render(self.size) == self.pixels)
            .map_or_else(|| image::to_hex(&self.pixels), |s| s.as_str().to_string());
        for (key, value) in [
            ("size", self.size.to_string()),
            ("in", input),
            ("kh", self.kernel.h.to_string()),
            ("kw", self.kernel.w.to_string()),
            ("k", self.kernel.to_csv()),
            ("stride", self.stride.to_string()),
            ("pad", self.padding.to_string()),
            ("dil", self.dilation.to_string()),
            ("pos", self.pos.to_string()),
        ] {
            q.set(key, value);
        }
    }

    /// The same state at another input size, with the picture re-rendered if it is a
    /// sample and cleared otherwise (a painting does not rescale meaningfully).
    pub fn with_size(&self, size: usize) -> PlaygroundState {
        let size = size.clamp(MIN_SIZE, MAX_SIZE);
        let sample = Sample::ALL
            .into_iter()
            .find(|s| s.render(self.size) == self.pixels);
        let pixels = sample.map_or_else(|| vec![0.0; size * size], |s| s.render(size));
        PlaygroundState {
            size,
            pixels,
            pos: 0,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(s: &PlaygroundState) -> (PlaygroundState, Vec<Notice>) {
        let mut q = Query::default();
        s.write(&mut q);
        let mut notices = vec![];
        let back = PlaygroundState::from_query(&Query::parse(&q.to_search()), &mut notices);
        (back, notices)
    }

    #[test]
    fn default_and_edited_states_round_trip_through_the_url() {
        let mut s = PlaygroundState::default();
        assert_eq!(round_trip(&s), (s.clone(), vec![]));
        s.pixels[5] = 1.0;
        s.kernel = Preset::Gaussian.build(5, 2);
        s.kernel.bump(1, 1, -3.0);
        s.stride = 2;
        s.padding = 3;
        s.dilation = 2;
        s.pos = 4;
        assert_eq!(round_trip(&s), (s.clone(), vec![]));
    }

    #[test]
    fn garbage_falls_back_to_defaults_with_a_notice_each() {
        let q = Query::parse(
            "size=1000&in=%%%&kh=0&kw=x&k=1,2&stride=-1&pad=99&dil=abc&pos=9999999999999999999999",
        );
        let mut notices = vec![];
        let s = PlaygroundState::from_query(&q, &mut notices);
        let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(
            keys,
            vec!["size", "in", "kh", "kw", "k", "stride", "pad", "dil", "pos"]
        );
        let d = PlaygroundState::default();
        assert_eq!(
            (s.size, s.stride, s.padding, s.dilation, s.pos),
            (d.size, d.stride, d.padding, d.dilation, 0)
        );
        assert_eq!(s.pixels, d.pixels);
        assert_eq!(s.kernel, Preset::Identity.build(3, 3));
    }

    #[test]
    fn position_past_the_output_is_refused() {
        // 12x12 input, 3x3 kernel: 10x10 = 100 cells, so pos 100 is out of range.
        let mut notices = vec![];
        let s = PlaygroundState::from_query(&Query::parse("pos=100"), &mut notices);
        assert_eq!((s.pos, notices.len()), (0, 1));
        let s = PlaygroundState::from_query(&Query::parse("pos=99"), &mut vec![]);
        assert_eq!(s.pos, 99);
    }

    #[test]
    fn resizing_keeps_samples_and_clears_paintings() {
        let s = PlaygroundState::default().with_size(20);
        assert_eq!(s.pixels, Sample::Digit.render(20));
        let mut painted = PlaygroundState::default();
        painted.pixels[0] = 1.0;
        assert!(painted.with_size(9).pixels.iter().all(|&p| p == 0.0));
    }
}
