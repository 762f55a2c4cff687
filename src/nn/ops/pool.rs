//! Pooling with PyTorch semantics: max pool (padding never wins), average pool
//! (dividing by the whole window, padding included, or by its valid taps only),
//! global average pool (Lin et al. 2014, "Network in Network") and adaptive average pool.
//! Window sizes, strides, padding and ceil mode come from [`Pool2dSpec`], whose
//! output-size maths lives in `geometry::pool`.

use crate::error::{Error, Result};
use crate::geometry::pool::adaptive_window;
use crate::geometry::pool::Pool2dSpec;
use crate::nn::tensor::Tensor;

/// Visits every pooling window of an (N,C,H,W) input: `f(out_index, taps, area)` with the
/// flat input indices inside the input and the window's area clipped to the padded input
/// (PyTorch's divisor with `count_include_pad`).
fn windows(
    op: &str,
    spec: &Pool2dSpec,
    shape: &[usize],
    mut f: impl FnMut(usize, &[usize], usize),
) -> Result<()> {
    let [n, c, h, w] = dims4(op, shape)?;
    let [_, oh, ow] = spec.output_shape(op, [c, h, w])?;
    let [pt, pb, pl, pr] = spec.resolve_padding(h, w);
    let span = |o: usize, s: usize, k: usize, p0: usize, p1: usize, len: usize| {
        let start = (o * s) as isize - p0 as isize;
        let end = (start + k as isize).min((len + p1) as isize);
        let lo = start.max(0) as usize;
        let hi = (end.max(0) as usize).min(len);
        (lo, hi.max(lo), (end - start).max(0) as usize)
    };
    let mut taps = Vec::with_capacity(spec.kernel[0] * spec.kernel[1]);
    for plane in 0..n * c {
        for oy in 0..oh {
            let (y0, y1, ah) = span(oy, spec.stride[0], spec.kernel[0], pt, pb, h);
            for ox in 0..ow {
                let (x0, x1, aw) = span(ox, spec.stride[1], spec.kernel[1], pl, pr, w);
                taps.clear();
                for iy in y0..y1 {
                    taps.extend((x0..x1).map(|ix| (plane * h + iy) * w + ix));
                }
                f((plane * oh + oy) * ow + ox, &taps, ah * aw);
            }
        }
    }
    Ok(())
}

fn dims4(op: &str, shape: &[usize]) -> Result<[usize; 4]> {
    match *shape {
        [a, b, c, d] => Ok([a, b, c, d]),
        _ => Err(Error::shape(
            op,
            format!("expected a 4-D input (N,C,H,W), got shape {shape:?}"),
        )),
    }
}

/// Max pool: `y[n,c,oy,ox] = max of x over the window's input pixels`.
/// Returns (y, argmax): the flat input index chosen for each output, `None` for a
/// window that holds only padding (its output is 0).
pub fn max_pool_forward(x: &Tensor, spec: &Pool2dSpec) -> Result<(Tensor, Vec<Option<usize>>)> {
    // x is (N,C,H,W); y is (N,C,OH,OW)
    let [n, c, h, w] = x.dims4("max_pool2d")?;
    let [_, oh, ow] = spec.output_shape("max_pool2d", [c, h, w])?;
    let mut y = Tensor::zeros(&[n, c, oh, ow])?;
    let mut arg = vec![None; y.data().len()];
    let (xd, yd) = (x.data(), y.data_mut());
    windows("max_pool2d", spec, x.shape(), |i, taps, _| {
        let best = taps
            .iter()
            .copied()
            .reduce(|b, t| if xd[t] > xd[b] { t } else { b });
        yd[i] = best.map_or(0.0, |b| xd[b]);
        arg[i] = best;
    })?;
    Ok((y, arg))
}

/// `dx[argmax[i]] += dout[i]`.
pub fn max_pool_backward(
    input_shape: &[usize],
    argmax: &[Option<usize>],
    dout: &Tensor,
) -> Result<Tensor> {
    let mut dx = Tensor::zeros(input_shape)?;
    let len = dx.data().len();
    if argmax.len() != dout.data().len() || argmax.iter().flatten().any(|&a| a >= len) {
        return Err(Error::shape(
            "max_pool2d",
            "the output gradient does not match the forward pass",
        ));
    }
    for (&a, &d) in argmax.iter().zip(dout.data()) {
        if let Some(a) = a {
            dx.data_mut()[a] += d;
        }
    }
    Ok(dx)
}

/// Average pool: `y = sum of the window's input pixels / divisor`, the divisor being the
/// window area clipped to the padded input (`count_include_pad`) or the valid taps.
pub fn avg_pool_forward(x: &Tensor, spec: &Pool2dSpec) -> Result<Tensor> {
    let [n, c, h, w] = x.dims4("avg_pool2d")?;
    let [_, oh, ow] = spec.output_shape("avg_pool2d", [c, h, w])?;
    let mut y = Tensor::zeros(&[n, c, oh, ow])?;
    let (xd, yd) = (x.data(), y.data_mut());
    windows("avg_pool2d", spec, x.shape(), |i, taps, area| {
        let div = if spec.count_include_pad {
            area
        } else {
            taps.len()
        };
        yd[i] = taps.iter().map(|&t| xd[t]).sum::<f32>() / div.max(1) as f32;
    })?;
    Ok(y)
}

/// `dx[t] += dout / divisor` for every input pixel `t` of each window.
pub fn avg_pool_backward(
    input_shape: &[usize],
    spec: &Pool2dSpec,
    dout: &Tensor,
) -> Result<Tensor> {
    let [n, c, h, w] = dims4("avg_pool2d", input_shape)?;
    let [_, oh, ow] = spec.output_shape("avg_pool2d", [c, h, w])?;
    if dout.shape() != [n, c, oh, ow] {
        return Err(Error::shape(
            "avg_pool2d",
            format!(
                "the output gradient has shape {:?}, expected {:?}",
                dout.shape(),
                [n, c, oh, ow]
            ),
        ));
    }
    let mut dx = Tensor::zeros(input_shape)?;
    let (dd, dxd) = (dout.data(), dx.data_mut());
    windows("avg_pool2d", spec, input_shape, |i, taps, area| {
        let div = if spec.count_include_pad {
            area
        } else {
            taps.len()
        };
        for &t in taps {
            dxd[t] += dd[i] / div.max(1) as f32;
        }
    })?;
    Ok(dx)
}

/// Global average pool: (N,C,H,W) -> (N,C,1,1), `y[n,c] = mean_{h,w} x[n,c,h,w]`.
pub fn global_avg_pool_forward(x: &Tensor) -> Result<Tensor> {
    let [n, c, h, w] = x.dims4("global_avg_pool")?;
    let data = x
        .data()
        .chunks_exact((h * w).max(1))
        .map(|p| p.iter().sum::<f32>() / p.len() as f32)
        .collect();
    Tensor::from_vec(&[n, c, 1, 1], data)
}

/// `dx[n,c,h,w] = dout[n,c] / (H*W)`.
pub fn global_avg_pool_backward(input_shape: &[usize], dout: &Tensor) -> Result<Tensor> {
    let mut dx = Tensor::zeros(input_shape)?;
    let [n, c, h, w] = dx.dims4("global_avg_pool")?;
    if dout.shape() != [n, c, 1, 1] {
        return Err(Error::shape(
            "global_avg_pool",
            format!(
                "the output gradient has shape {:?}, expected {:?}",
                dout.shape(),
                [n, c, 1, 1]
            ),
        ));
    }
    for (plane, &d) in dx
        .data_mut()
        .chunks_exact_mut((h * w).max(1))
        .zip(dout.data())
    {
        plane.fill(d / (h * w) as f32);
    }
    Ok(dx)
}

/// Visits the adaptive windows (PyTorch): output (i, j) of `out = [OH, OW]` averages rows
/// `floor(i*H/OH) .. ceil((i+1)*H/OH)` and the matching columns.
fn adaptive(
    shape: &[usize],
    out: [usize; 2],
    mut f: impl FnMut(usize, &[usize]),
) -> Result<[usize; 4]> {
    let op = "adaptive_avg_pool2d";
    let [n, c, h, w] = dims4(op, shape)?;
    if out[0] == 0 || out[1] == 0 || h == 0 || w == 0 {
        return Err(Error::param(
            op,
            format!("output {out:?} from a {h}x{w} input"),
            "output sides and input sides of at least 1",
        ));
    }
    let mut taps = Vec::new();
    for plane in 0..n * c {
        for i in 0..out[0] {
            let (y0, y1) = adaptive_window(i, h, out[0]);
            for j in 0..out[1] {
                let (x0, x1) = adaptive_window(j, w, out[1]);
                taps.clear();
                for iy in y0..y1 {
                    taps.extend((x0..x1).map(|ix| (plane * h + iy) * w + ix));
                }
                f((plane * out[0] + i) * out[1] + j, &taps);
            }
        }
    }
    Ok([n, c, out[0], out[1]])
}

/// Adaptive average pool to `out` (OH, OW).
pub fn adaptive_avg_pool_forward(x: &Tensor, out: [usize; 2]) -> Result<Tensor> {
    let [n, c, ..] = x.dims4("adaptive_avg_pool2d")?;
    let mut y = Tensor::zeros(&[n, c, out[0], out[1]])?;
    let (xd, yd) = (x.data(), y.data_mut());
    adaptive(x.shape(), out, |i, taps| {
        yd[i] = taps.iter().map(|&t| xd[t]).sum::<f32>() / taps.len().max(1) as f32;
    })?;
    Ok(y)
}

/// `dx[t] += dout / |window|` over every adaptive window.
pub fn adaptive_avg_pool_backward(
    input_shape: &[usize],
    out: [usize; 2],
    dout: &Tensor,
) -> Result<Tensor> {
    let mut dx = Tensor::zeros(input_shape)?;
    let want = [
        input_shape.first().copied().unwrap_or(0),
        input_shape.get(1).copied().unwrap_or(0),
        out[0],
        out[1],
    ];
    if dout.shape() != want {
        return Err(Error::shape(
            "adaptive_avg_pool2d",
            format!(
                "the output gradient has shape {:?}, expected {want:?}",
                dout.shape()
            ),
        ));
    }
    let (dd, dxd) = (dout.data(), dx.data_mut());
    adaptive(input_shape, out, |i, taps| {
        let d = dd[i] / taps.len().max(1) as f32;
        for &t in taps {
            dxd[t] += d;
        }
    })?;
    Ok(dx)
}
