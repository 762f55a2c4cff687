//! Receptive fields of a stack of layers: the compact text form, each layer's field
//! (size, effective stride and padding, coverage), the HDC gridding check and the
//! path counts on a finite input. Pure logic; the app, the CLI and the tests call it.

pub mod erf;
pub mod field;
pub mod growth;
pub mod paths;
pub mod stack;
pub mod state;
