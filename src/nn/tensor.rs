//! A dense f32 tensor in row-major order (NCHW for feature maps, OIHW for conv weights).

use crate::error::{Error, Result};

// Every constructor checks the largest number of elements one tensor may hold, so no
// input can ask for an unbounded allocation.
use crate::budget::MAX_ELEMENTS;

/// A dense, row-major f32 tensor.
#[derive(Debug, Clone, PartialEq)]
pub struct Tensor {
    shape: Vec<usize>,
    data: Vec<f32>,
}

/// Number of elements of `shape`, or an error if it overflows or passes [`MAX_ELEMENTS`].
pub fn element_count(shape: &[usize]) -> Result<usize> {
    let n = shape
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .filter(|&n| n <= MAX_ELEMENTS);
    n.ok_or_else(|| Error::Budget {
        what: format!("a tensor of shape {shape:?}"),
        needed: shape
            .iter()
            .fold(1u64, |acc, &d| acc.saturating_mul(d as u64)),
        limit: MAX_ELEMENTS as u64,
    })
}

impl Tensor {
    /// A tensor of zeros.
    pub fn zeros(shape: &[usize]) -> Result<Self> {
        let n = element_count(shape)?;
        Ok(Tensor {
            shape: shape.to_vec(),
            data: vec![0.0; n],
        })
    }

    /// A tensor from data; the data length must equal the product of the shape.
    pub fn from_vec(shape: &[usize], data: Vec<f32>) -> Result<Self> {
        let n = element_count(shape)?;
        if n != data.len() {
            return Err(Error::shape(
                "tensor",
                format!(
                    "shape {shape:?} holds {n} elements but {} were given",
                    data.len()
                ),
            ));
        }
        Ok(Tensor {
            shape: shape.to_vec(),
            data,
        })
    }

    /// The dimensions.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// The elements in row-major order.
    pub fn data(&self) -> &[f32] {
        &self.data
    }

    /// The elements, mutable.
    pub fn data_mut(&mut self) -> &mut [f32] {
        &mut self.data
    }

    /// Consumes the tensor, returning its elements.
    pub fn into_vec(self) -> Vec<f32> {
        self.data
    }

    /// The four dimensions of an NCHW (or OIHW) tensor, or an error naming `op`.
    pub fn dims4(&self, op: &str) -> Result<[usize; 4]> {
        match self.shape[..] {
            [a, b, c, d] => Ok([a, b, c, d]),
            _ => Err(Error::shape(
                op,
                format!(
                    "expected a 4-D tensor (N,C,H,W), got shape {:?}",
                    self.shape
                ),
            )),
        }
    }

    /// The two dimensions of an (N, F) matrix, or an error naming `op`.
    pub fn dims2(&self, op: &str) -> Result<[usize; 2]> {
        match self.shape[..] {
            [a, b] => Ok([a, b]),
            _ => Err(Error::shape(
                op,
                format!("expected a 2-D tensor (N,F), got shape {:?}", self.shape),
            )),
        }
    }

    /// The same elements under another shape with the same element count.
    pub fn reshape(self, shape: &[usize]) -> Result<Tensor> {
        Tensor::from_vec(shape, self.data)
    }

    /// An error naming `op` unless `other` has this tensor's shape.
    pub fn expect_shape(&self, op: &str, what: &str, other: &Tensor) -> Result<()> {
        if self.shape != other.shape {
            return Err(Error::shape(
                op,
                format!(
                    "{what} has shape {:?} but {:?} was expected",
                    other.shape, self.shape
                ),
            ));
        }
        Ok(())
    }

    /// A tensor of the same shape with `f` applied to every element.
    pub fn map(&self, f: impl Fn(f32) -> f32) -> Tensor {
        Tensor {
            shape: self.shape.clone(),
            data: self.data.iter().map(|&v| f(v)).collect(),
        }
    }
}
