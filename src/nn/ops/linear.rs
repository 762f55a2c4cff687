//! Fully connected layer: `y = x W^T + b`, x (N, In), W (Out, In), b (Out), y (N, Out).
//! Runs on the blocked GEMM of the conv kernels.

use crate::error::{Error, Result};
use crate::nn::conv::gemm::{sgemm, MatRef};
use crate::nn::tensor::Tensor;

/// Gradients of a linear layer: input (N, In), weight (Out, In), bias (Out).
#[derive(Debug, Clone, PartialEq)]
pub struct LinearGrads {
    pub input: Tensor,
    pub weight: Tensor,
    pub bias: Vec<f32>,
}

/// (N, In, Out), checked.
fn dims(x: &Tensor, w: &Tensor) -> Result<[usize; 3]> {
    let [n, fin] = x.dims2("linear")?;
    let [out, win] = w.dims2("linear")?;
    if fin != win {
        return Err(Error::shape(
            "linear",
            format!(
                "the input has {fin} features but the weight (Out, In) = {:?} expects {win}",
                w.shape()
            ),
        ));
    }
    Ok([n, fin, out])
}

/// `y[n, o] = b[o] + sum_i x[n, i] * W[o, i]`.
pub fn linear_forward(x: &Tensor, w: &Tensor, b: Option<&[f32]>) -> Result<Tensor> {
    let [n, fin, out] = dims(x, w)?;
    let mut y = Tensor::zeros(&[n, out])?;
    if let Some(b) = b {
        if b.len() != out {
            return Err(Error::shape(
                "linear",
                format!("bias has {} values for {out} outputs", b.len()),
            ));
        }
        for row in y.data_mut().chunks_exact_mut(out) {
            row.copy_from_slice(b);
        }
    }
    sgemm(
        n,
        out,
        fin,
        MatRef::row_major(x.data(), fin),
        MatRef::transposed(w.data(), fin),
        y.data_mut(),
        out,
    );
    Ok(y)
}

/// `dx = dout W`, `dW = dout^T x`, `db = sum_n dout`.
pub fn linear_backward(x: &Tensor, w: &Tensor, dout: &Tensor) -> Result<LinearGrads> {
    let [n, fin, out] = dims(x, w)?;
    if dout.shape() != [n, out] {
        return Err(Error::shape(
            "linear",
            format!(
                "the output gradient has shape {:?}, expected {:?}",
                dout.shape(),
                [n, out]
            ),
        ));
    }
    let mut dx = Tensor::zeros(&[n, fin])?;
    let mut dw = Tensor::zeros(&[out, fin])?;
    sgemm(
        n,
        fin,
        out,
        MatRef::row_major(dout.data(), out),
        MatRef::row_major(w.data(), fin),
        dx.data_mut(),
        fin,
    );
    sgemm(
        out,
        fin,
        n,
        MatRef::transposed(dout.data(), out),
        MatRef::row_major(x.data(), fin),
        dw.data_mut(),
        fin,
    );
    let mut db = vec![0.0; out];
    for row in dout.data().chunks_exact(out) {
        for (b, d) in db.iter_mut().zip(row) {
            *b += d;
        }
    }
    Ok(LinearGrads {
        input: dx,
        weight: dw,
        bias: db,
    })
}
