//! The glossary page: every term of the field in the interface language (with the English
//! term beside the Korean one), what it means, and links to the chapters that show it.

mod page;

pub use page::GlossaryPage;
