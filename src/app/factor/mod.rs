//! The convolution-factorization chapter: one kernel against its factorizations, and
//! the separable-kernel checker running both routes through the core.

mod compare_table;
mod inception_modules;
mod page;
mod rank1_view;

pub use page::FactorPage;
