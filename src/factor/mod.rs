//! Convolution factorization: one large kernel against a stack of small or thin ones
//! (same receptive field, fewer weights), and separable (rank-1) kernels run as two
//! 1-D convolutions through the core. Pure logic; the chapter and the tests call it.

pub mod compare;
pub mod inception;
pub mod rank1;
pub mod state;
