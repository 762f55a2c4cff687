//! The geometry of the layers: convolution and pooling hyper-parameters, padding, output
//! lengths, the input coordinate of a tap, parameters and MACs. It depends on nothing but
//! the error type, so both the kernels (`nn`) and the model descriptions (`arch`) build on
//! it without depending on each other.

pub mod conv;
pub mod pool;
