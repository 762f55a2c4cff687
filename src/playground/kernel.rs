//! The playground's kernel: weights, presets and bounds.

/// Largest kernel height or width.
pub const MAX_K: usize = 7;
/// Largest weight magnitude a user may enter.
pub const MAX_WEIGHT: f32 = 99.0;

/// A single-channel kernel, row-major `h x w`.
#[derive(Debug, Clone, PartialEq)]
pub struct Kernel {
    pub h: usize,
    pub w: usize,
    pub weights: Vec<f32>,
}

/// A named kernel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    Identity,
    BoxBlur,
    Gaussian,
    SobelX,
    SobelY,
    Laplacian,
    Sharpen,
}

impl Preset {
    pub const ALL: [Preset; 7] = [
        Preset::Identity,
        Preset::BoxBlur,
        Preset::Gaussian,
        Preset::SobelX,
        Preset::SobelY,
        Preset::Laplacian,
        Preset::Sharpen,
    ];

    /// Stable identifier (for tests and element ids).
    pub fn as_str(self) -> &'static str {
        match self {
            Preset::Identity => "identity",
            Preset::BoxBlur => "box",
            Preset::Gaussian => "gaussian",
            Preset::SobelX => "sobel-x",
            Preset::SobelY => "sobel-y",
            Preset::Laplacian => "laplacian",
            Preset::Sharpen => "sharpen",
        }
    }

    /// The preset at the requested size. Identity, box blur and Gaussian work at any
    /// size (Gaussian from binomial coefficients); the derivative filters are 3 x 3.
    pub fn build(self, h: usize, w: usize) -> Kernel {
        let fixed = |weights: [f32; 9]| Kernel {
            h: 3,
            w: 3,
            weights: weights.to_vec(),
        };
        let (h, w) = (h.clamp(1, MAX_K), w.clamp(1, MAX_K));
        match self {
            Preset::Identity => {
                let mut weights = vec![0.0; h * w];
                weights[(h / 2) * w + w / 2] = 1.0;
                Kernel { h, w, weights }
            }
            Preset::BoxBlur => Kernel {
                h,
                w,
                weights: vec![1.0 / (h * w) as f32; h * w],
            },
            Preset::Gaussian => {
                let (rows, cols) = (binomial_row(h), binomial_row(w));
                let total: f32 = rows.iter().sum::<f32>() * cols.iter().sum::<f32>();
                let weights = rows
                    .iter()
                    .flat_map(|r| cols.iter().map(move |c| r * c / total))
                    .collect();
                Kernel { h, w, weights }
            }
            Preset::SobelX => fixed([-1.0, 0.0, 1.0, -2.0, 0.0, 2.0, -1.0, 0.0, 1.0]),
            Preset::SobelY => fixed([-1.0, -2.0, -1.0, 0.0, 0.0, 0.0, 1.0, 2.0, 1.0]),
            Preset::Laplacian => fixed([0.0, 1.0, 0.0, 1.0, -4.0, 1.0, 0.0, 1.0, 0.0]),
            Preset::Sharpen => fixed([0.0, -1.0, 0.0, -1.0, 5.0, -1.0, 0.0, -1.0, 0.0]),
        }
    }
}

/// Row `n-1` of Pascal's triangle: the 1-D binomial approximation of a Gaussian.
fn binomial_row(n: usize) -> Vec<f32> {
    (0..n).fold(Vec::with_capacity(n), |mut row, i| {
        let prev = row.last().copied().unwrap_or(1.0);
        row.push(if i == 0 {
            1.0
        } else {
            prev * (n - i) as f32 / i as f32
        });
        row
    })
}

impl Kernel {
    /// Resizes to `h x w`, keeping the weights that still fit (aligned top-left) and zero elsewhere.
    pub fn resized(&self, h: usize, w: usize) -> Kernel {
        let (h, w) = (h.clamp(1, MAX_K), w.clamp(1, MAX_K));
        let mut weights = vec![0.0; h * w];
        for y in 0..h.min(self.h) {
            for x in 0..w.min(self.w) {
                weights[y * w + x] = self.weights[y * self.w + x];
            }
        }
        Kernel { h, w, weights }
    }

    /// Weights as the URL writes them: shortest round-trip decimals, comma-separated.
    pub fn to_csv(&self) -> String {
        self.weights
            .iter()
            .map(|w| format!("{w}"))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Parses [`Kernel::to_csv`] for an `h x w` kernel; `None` on a wrong count, a
    /// non-number or a weight outside `-MAX_WEIGHT..=MAX_WEIGHT`.
    pub fn from_csv(csv: &str, h: usize, w: usize) -> Option<Kernel> {
        let weights: Vec<f32> = csv.split(',').map(parse_weight).collect::<Option<_>>()?;
        (weights.len() == h * w).then_some(Kernel { h, w, weights })
    }

    /// Adds `delta` to cell (row, col), staying within the weight bounds.
    pub fn bump(&mut self, row: usize, col: usize, delta: f32) {
        if let Some(v) = self.weights.get_mut(row * self.w + col) {
            if row < self.h && col < self.w {
                *v = (*v + delta).clamp(-MAX_WEIGHT, MAX_WEIGHT);
            }
        }
    }
}

/// A weight typed by the user: a finite number in `-MAX_WEIGHT..=MAX_WEIGHT`.
pub fn parse_weight(text: &str) -> Option<f32> {
    let v: f32 = text.trim().parse().ok()?;
    (v.is_finite() && v.abs() <= MAX_WEIGHT).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaussian_3x3_is_the_binomial_sixteenths() {
        let k = Preset::Gaussian.build(3, 3);
        let expected = [1.0, 2.0, 1.0, 2.0, 4.0, 2.0, 1.0, 2.0, 1.0].map(|v| v / 16.0);
        assert_eq!(k.weights, expected.to_vec());
    }

    #[test]
    fn gaussian_5_row_is_pascal() {
        assert_eq!(binomial_row(5), vec![1.0, 4.0, 6.0, 4.0, 1.0]);
        assert_eq!(binomial_row(1), vec![1.0]);
    }

    #[test]
    fn smoothing_presets_sum_to_one_at_every_size() {
        for h in 1..=MAX_K {
            for w in 1..=MAX_K {
                for p in [Preset::Identity, Preset::BoxBlur, Preset::Gaussian] {
                    let k = p.build(h, w);
                    assert_eq!((k.h, k.w, k.weights.len()), (h, w, h * w));
                    assert!(
                        (k.weights.iter().sum::<f32>() - 1.0).abs() < 1e-5,
                        "{p:?} {h}x{w}"
                    );
                }
            }
        }
    }

    #[test]
    fn derivative_filters_sum_to_zero() {
        for p in [Preset::SobelX, Preset::SobelY, Preset::Laplacian] {
            assert_eq!(p.build(5, 5).weights.iter().sum::<f32>(), 0.0);
        }
    }

    #[test]
    fn csv_round_trips_exactly() {
        let k = Preset::BoxBlur.build(3, 3);
        assert_eq!(Kernel::from_csv(&k.to_csv(), 3, 3), Some(k));
    }

    #[test]
    fn csv_rejects_bad_weights() {
        assert_eq!(Kernel::from_csv("1,2", 1, 3), None);
        assert_eq!(Kernel::from_csv("1,NaN,3", 1, 3), None);
        assert_eq!(Kernel::from_csv("1,inf,3", 1, 3), None);
        assert_eq!(Kernel::from_csv("1,100,3", 1, 3), None);
        assert_eq!(Kernel::from_csv("1,,3", 1, 3), None);
    }

    #[test]
    fn bump_clamps_and_ignores_outside_cells() {
        let mut k = Kernel {
            h: 1,
            w: 2,
            weights: vec![98.5, 0.0],
        };
        k.bump(0, 0, 1.0);
        k.bump(0, 5, 1.0);
        k.bump(3, 0, 1.0);
        assert_eq!(k.weights, vec![99.0, 0.0]);
    }
}
