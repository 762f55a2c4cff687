//! The inference core: tensors and neural-network operations in plain Rust,
//! with no web dependency, so it is tested natively and shared by the app and the CLI.

pub mod conv;
pub mod data;
pub mod erf;
pub mod exec;
pub mod init;
pub mod limits;
pub mod ops;
pub mod optim;
pub mod rng;
pub mod scratch;
pub mod tensor;
pub mod train;
