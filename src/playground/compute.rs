//! What the playground shows, computed from its state with the core's conv2d:
//! the output map, the taps feeding one output cell and the written-out sums.

use super::PlaygroundState;
use crate::error::Error;
use crate::nn::conv::{conv2d, input_coord, Conv2dSpec, Padding};
use crate::nn::tensor::Tensor;

/// A valid convolution and its result.
#[derive(Debug, Clone, PartialEq)]
pub struct ConvView {
    pub spec: Conv2dSpec,
    /// Input side (the input is square).
    pub size: usize,
    /// Symmetric zero padding on every side.
    pub pad: usize,
    pub out_h: usize,
    pub out_w: usize,
    /// Row-major `out_h x out_w`.
    pub output: Vec<f32>,
}

/// Why the current controls give no output.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The dilated kernel does not fit in the padded input along `height` (true) or width.
    Extent {
        height: bool,
        extent: usize,
        padded: usize,
    },
    /// Anything else the core refused (not reachable from the bounded controls).
    Core(String),
}

/// One kernel tap of the current output cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tap {
    pub ky: usize,
    pub kx: usize,
    /// Input row and column read (may be outside the input: then it reads padding).
    pub iy: isize,
    pub ix: isize,
    pub weight: f32,
    /// The input value read (0 on padding).
    pub value: f32,
    pub on_padding: bool,
}

/// The conv2d hyper-parameters of the state: one input and one output channel, no bias.
pub fn spec_of(state: &PlaygroundState) -> Conv2dSpec {
    Conv2dSpec {
        in_channels: 1,
        out_channels: 1,
        kernel: [state.kernel.h, state.kernel.w],
        stride: [state.stride, state.stride],
        dilation: [state.dilation, state.dilation],
        padding: Padding::symmetric(state.padding),
        groups: 1,
        bias: false,
    }
}

/// Runs the core's conv2d on the state.
pub fn run(state: &PlaygroundState) -> Result<ConvView, Problem> {
    let spec = spec_of(state);
    let size = state.size;
    let [_, out_h, out_w] = spec
        .output_shape([1, size, size])
        .map_err(|e| explain(&spec, size, e))?;
    let core = |e: Error| Problem::Core(e.to_string());
    let input = Tensor::from_vec(&[1, 1, size, size], state.pixels.clone()).map_err(core)?;
    let weight = Tensor::from_vec(
        &[1, 1, state.kernel.h, state.kernel.w],
        state.kernel.weights.clone(),
    )
    .map_err(core)?;
    let output = conv2d(&input, &weight, None, &spec)
        .map_err(core)?
        .into_vec();
    Ok(ConvView {
        spec,
        size,
        pad: state.padding,
        out_h,
        out_w,
        output,
    })
}

/// Turns the core's refusal into numbers the page can explain in either language.
fn explain(spec: &Conv2dSpec, size: usize, err: Error) -> Problem {
    let [eh, ew] = spec.extent();
    let [t, b, l, r] = spec.resolve_padding(size, size);
    if eh > size + t + b {
        Problem::Extent {
            height: true,
            extent: eh,
            padded: size + t + b,
        }
    } else if ew > size + l + r {
        Problem::Extent {
            height: false,
            extent: ew,
            padded: size + l + r,
        }
    } else {
        Problem::Core(err.to_string())
    }
}

impl ConvView {
    /// Number of output cells.
    pub fn cells(&self) -> usize {
        self.out_h * self.out_w
    }

    /// The taps that feed output cell `pos` (row-major index), in kernel order.
    pub fn taps(&self, state: &PlaygroundState, pos: usize) -> Vec<Tap> {
        let (oy, ox) = (pos / self.out_w.max(1), pos % self.out_w.max(1));
        let (s, d, p) = (self.spec.stride[0], self.spec.dilation[0], self.pad);
        let mut taps = Vec::with_capacity(state.kernel.weights.len());
        for ky in 0..state.kernel.h {
            for kx in 0..state.kernel.w {
                let iy = input_coord(oy, ky, s, d, p);
                let ix = input_coord(ox, kx, s, d, p);
                let inside =
                    (0..self.size as isize).contains(&iy) && (0..self.size as isize).contains(&ix);
                let value = if inside {
                    state.pixels[iy as usize * self.size + ix as usize]
                } else {
                    0.0
                };
                let weight = state.kernel.weights[ky * state.kernel.w + kx];
                taps.push(Tap {
                    ky,
                    kx,
                    iy,
                    ix,
                    weight,
                    value,
                    on_padding: !inside,
                });
            }
        }
        taps
    }

    /// The output-size formula with the current numbers, e.g.
    /// `⌊(16 + 2·1 − 2·(3−1) − 1) / 1⌋ + 1 = 14` (the same along both axes when square).
    pub fn size_formula(&self, k: usize, out: usize) -> String {
        let (i, p, d, s) = (
            self.size,
            self.pad,
            self.spec.dilation[0],
            self.spec.stride[0],
        );
        format!("⌊({i} + 2·{p} − {d}·({k}−1) − 1) / {s}⌋ + 1 = {out}")
    }
}

/// The multiply-add of one output cell written out: `1·0 + (−1)·1 + … = 2`.
pub fn written_sum(taps: &[Tap], result: f32) -> String {
    use crate::format::format_weight as f;
    let signed = |v: f32| {
        if v < 0.0 {
            format!("({})", f(v).replace('-', "−"))
        } else {
            f(v)
        }
    };
    let terms: Vec<String> = taps
        .iter()
        .map(|t| format!("{}·{}", signed(t.weight), signed(t.value)))
        .collect();
    format!("{} = {}", terms.join(" + "), f(result).replace('-', "−"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playground::kernel::{Kernel, Preset};

    fn state(
        size: usize,
        k: Kernel,
        stride: usize,
        padding: usize,
        dilation: usize,
    ) -> PlaygroundState {
        PlaygroundState {
            size,
            pixels: (0..size * size).map(|i| (i % 7) as f32).collect(),
            kernel: k,
            stride,
            padding,
            dilation,
            pos: 0,
        }
    }

    #[test]
    fn taps_reproduce_every_output_value() {
        // The sum over the listed taps must equal the kernel's output: the
        // highlight can never disagree with the computation.
        for (s, p, d) in [(1, 0, 1), (2, 1, 1), (1, 2, 2), (3, 3, 4), (2, 0, 3)] {
            let st = state(11, Preset::SobelX.build(3, 3), s, p, d);
            let view = run(&st).expect("valid");
            for pos in 0..view.cells() {
                let sum: f32 = view.taps(&st, pos).iter().map(|t| t.weight * t.value).sum();
                assert!(
                    (sum - view.output[pos]).abs() < 1e-4,
                    "s{s} p{p} d{d} pos {pos}"
                );
            }
        }
    }

    #[test]
    fn dilation_spreads_taps() {
        let st = state(9, Preset::Identity.build(3, 3), 1, 0, 2);
        let view = run(&st).expect("valid");
        let cols: Vec<isize> = view.taps(&st, 0).iter().take(3).map(|t| t.ix).collect();
        assert_eq!(cols, vec![0, 2, 4]);
        assert_eq!((view.out_h, view.out_w), (5, 5));
    }

    #[test]
    fn padding_taps_read_zero() {
        let st = state(8, Preset::BoxBlur.build(3, 3), 1, 1, 1);
        let view = run(&st).expect("valid");
        let taps = view.taps(&st, 0);
        assert_eq!(taps.iter().filter(|t| t.on_padding).count(), 5);
        assert!(taps.iter().filter(|t| t.on_padding).all(|t| t.value == 0.0));
    }

    #[test]
    fn too_large_kernel_is_explained() {
        let st = state(8, Preset::Identity.build(7, 3), 1, 0, 2);
        assert_eq!(
            run(&st),
            Err(Problem::Extent {
                height: true,
                extent: 13,
                padded: 8
            })
        );
    }

    #[test]
    fn formula_matches_output_size() {
        let st = state(16, Preset::Identity.build(3, 3), 1, 1, 2);
        let view = run(&st).expect("valid");
        assert_eq!(
            view.size_formula(3, view.out_h),
            "⌊(16 + 2·1 − 2·(3−1) − 1) / 1⌋ + 1 = 14"
        );
        assert_eq!(view.out_h, (16 + 2 - 2 * 2 - 1) + 1);
    }

    #[test]
    fn sum_is_written_with_signs() {
        let taps = [
            Tap {
                ky: 0,
                kx: 0,
                iy: 0,
                ix: 0,
                weight: -1.0,
                value: 2.0,
                on_padding: false,
            },
            Tap {
                ky: 0,
                kx: 1,
                iy: 0,
                ix: 1,
                weight: 0.5,
                value: 0.0,
                on_padding: true,
            },
        ];
        assert_eq!(written_sum(&taps, -2.0), "(−1)·2 + 0.5·0 = −2");
    }
}
