//! Pooling: max pool, average pool (padding excluded from the average, as in
//! TensorFlow) and global average pool (Lin et al. 2014, "Network in Network").
//! The window geometry is the conv's: a depth-wise window with the same padding rules.

use crate::error::{Error, Result};
use crate::nn::conv::{Conv2dSpec, Geom, Padding};
use crate::nn::limits::Limits;
use crate::nn::tensor::Tensor;

/// Window, stride and padding of a 2-D pooling layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pool2dSpec {
    pub kernel: [usize; 2],
    pub stride: [usize; 2],
    pub padding: Padding,
}

impl Pool2dSpec {
    /// A `k x k` window moving by `s`, no padding.
    pub fn square(k: usize, s: usize) -> Self {
        Pool2dSpec {
            kernel: [k, k],
            stride: [s, s],
            padding: Padding::symmetric(0),
        }
    }

    /// The checked geometry for an input of `shape` (N,C,H,W); every window must hold
    /// at least one input pixel, so each padding side must be smaller than the window.
    fn geom(&self, op: &str, shape: &[usize]) -> Result<Geom> {
        let c = shape.get(1).copied().unwrap_or(0);
        let conv = Conv2dSpec {
            in_channels: c.max(1),
            out_channels: c.max(1),
            kernel: self.kernel,
            stride: self.stride,
            dilation: [1, 1],
            padding: self.padding,
            groups: c.max(1),
            bias: false,
        };
        let g = Geom::new(
            shape,
            &[c, 1, self.kernel[0], self.kernel[1]],
            None,
            &conv,
            &Limits::default(),
        )
        .map_err(|e| rename(e, op))?;
        let [t, b, l, r] = conv.resolve_padding(g.h, g.w);
        if t.max(b) >= self.kernel[0] || l.max(r) >= self.kernel[1] {
            return Err(Error::param(
                op,
                format!(
                    "padding {:?} reaches a whole window of {:?}",
                    [t, b, l, r],
                    self.kernel
                ),
                "padding smaller than the window on every side",
            ));
        }
        Ok(g)
    }
}

/// Names the pooling op in an error raised by the shared conv geometry.
fn rename(e: Error, op: &str) -> Error {
    match e {
        Error::Param {
            problem, allowed, ..
        } => Error::param(op, problem, allowed),
        Error::Shape { problem, .. } => Error::shape(op, problem.replace("weight", "window")),
        other => other,
    }
}

/// Visits every window: `f(plane, oy, ox, taps)` with the flat input indices inside it.
fn windows(g: &Geom, mut f: impl FnMut(usize, usize, usize, &[usize])) {
    let mut taps = Vec::with_capacity(g.kh * g.kw);
    for plane in 0..g.n * g.c {
        for oy in 0..g.oh {
            for ox in 0..g.ow {
                taps.clear();
                for ky in 0..g.kh {
                    let Some(iy) = g.in_y(oy, ky) else { continue };
                    for kx in 0..g.kw {
                        let ix = (ox * g.sw + kx).checked_sub(g.pl).filter(|&v| v < g.w);
                        if let Some(ix) = ix {
                            taps.push((plane * g.h + iy) * g.w + ix);
                        }
                    }
                }
                f(plane, oy, ox, &taps);
            }
        }
    }
}

/// Max pool: `y[n,c,oy,ox] = max over the window of x` (padding never wins).
/// Returns (y, argmax) where `argmax[i]` is the flat input index chosen for output `i`.
pub fn max_pool_forward(x: &Tensor, spec: &Pool2dSpec) -> Result<(Tensor, Vec<usize>)> {
    // x is (N,C,H,W); y is (N,C,OH,OW)
    let g = spec.geom("max_pool", x.shape())?;
    let mut y = Tensor::zeros(&[g.n, g.c, g.oh, g.ow])?;
    let mut arg = vec![0usize; y.data().len()];
    let (xd, yd) = (x.data(), y.data_mut());
    windows(&g, |p, oy, ox, taps| {
        let i = (p * g.oh + oy) * g.ow + ox;
        let Some(&first) = taps.first() else { return };
        let best = taps
            .iter()
            .copied()
            .fold(first, |b, t| if xd[t] > xd[b] { t } else { b });
        yd[i] = xd[best];
        arg[i] = best;
    });
    Ok((y, arg))
}

/// `dx[argmax[i]] += dout[i]`.
pub fn max_pool_backward(input_shape: &[usize], argmax: &[usize], dout: &Tensor) -> Result<Tensor> {
    let mut dx = Tensor::zeros(input_shape)?;
    if argmax.len() != dout.data().len() || argmax.iter().any(|&a| a >= dx.data().len()) {
        return Err(Error::shape(
            "max_pool",
            "the output gradient does not match the forward pass",
        ));
    }
    for (&a, &d) in argmax.iter().zip(dout.data()) {
        dx.data_mut()[a] += d;
    }
    Ok(dx)
}

/// Average pool: `y = mean of x over the window's input pixels` (padding not counted).
pub fn avg_pool_forward(x: &Tensor, spec: &Pool2dSpec) -> Result<Tensor> {
    let g = spec.geom("avg_pool", x.shape())?;
    let mut y = Tensor::zeros(&[g.n, g.c, g.oh, g.ow])?;
    let (xd, yd) = (x.data(), y.data_mut());
    windows(&g, |p, oy, ox, taps| {
        yd[(p * g.oh + oy) * g.ow + ox] =
            taps.iter().map(|&t| xd[t]).sum::<f32>() / taps.len() as f32;
    });
    Ok(y)
}

/// `dx[t] += dout / |window|` for every input pixel `t` of each window.
pub fn avg_pool_backward(
    input_shape: &[usize],
    spec: &Pool2dSpec,
    dout: &Tensor,
) -> Result<Tensor> {
    let g = spec.geom("avg_pool", input_shape)?;
    if dout.shape() != [g.n, g.c, g.oh, g.ow] {
        return Err(Error::shape(
            "avg_pool",
            format!(
                "the output gradient has shape {:?}, expected {:?}",
                dout.shape(),
                [g.n, g.c, g.oh, g.ow]
            ),
        ));
    }
    let mut dx = Tensor::zeros(input_shape)?;
    let (dd, dxd) = (dout.data(), dx.data_mut());
    windows(&g, |p, oy, ox, taps| {
        let d = dd[(p * g.oh + oy) * g.ow + ox] / taps.len() as f32;
        for &t in taps {
            dxd[t] += d;
        }
    });
    Ok(dx)
}

/// Global average pool: (N,C,H,W) -> (N,C,1,1), `y[n,c] = mean_{h,w} x[n,c,h,w]`.
pub fn global_avg_pool_forward(x: &Tensor) -> Result<Tensor> {
    let [n, c, h, w] = x.dims4("global_avg_pool")?;
    let data = x
        .data()
        .chunks_exact(h * w)
        .map(|p| p.iter().sum::<f32>() / (h * w) as f32)
        .collect();
    Tensor::from_vec(&[n, c, 1, 1], data)
}

/// `dx[n,c,h,w] = dout[n,c] / (H*W)`.
pub fn global_avg_pool_backward(input_shape: &[usize], dout: &Tensor) -> Result<Tensor> {
    let mut dx = Tensor::zeros(input_shape)?;
    let [n, c, h, w] = dx.dims4("global_avg_pool")?;
    if dout.data().len() != n * c {
        return Err(Error::shape(
            "global_avg_pool",
            format!(
                "the output gradient has shape {:?}, expected {:?}",
                dout.shape(),
                [n, c, 1, 1]
            ),
        ));
    }
    for (plane, &d) in dx.data_mut().chunks_exact_mut(h * w).zip(dout.data()) {
        plane.fill(d / (h * w) as f32);
    }
    Ok(dx)
}
