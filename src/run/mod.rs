//! Running a model description (`arch`) with the inference core (`nn`): the executor,
//! forward and backward over the layer tree ([`exec`]); training and evaluation
//! ([`train`]); a unit's effective receptive field through the backward pass ([`erf`]);
//! the weights file format ([`weights`]). Above both `nn` and `arch`, which do not
//! depend on each other.

pub mod erf;
pub mod exec;
pub mod train;
pub mod weights;
