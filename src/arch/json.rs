//! Reading and writing model descriptions as JSON text (no file access: callers pass `&str`).

use crate::error::{Error, Result};

use super::analysis::summarize;
use super::budget::Budget;
use super::model::Model;

/// Parses a model description. Malformed JSON, unknown ops and missing fields give
/// [`Error::Parse`] with the 1-based line and column serde_json reports; text longer
/// than `budget.max_json_chars` is refused before parsing. The model is not checked:
/// see [`load_model`].
pub fn from_json(text: &str, budget: &Budget) -> Result<Model> {
    if text.len() > budget.max_json_chars {
        return Err(Error::Budget {
            what: "model JSON text (bytes)".into(),
            needed: text.len() as u64,
            limit: budget.max_json_chars as u64,
        });
    }
    serde_json::from_str(text).map_err(|e| Error::Parse {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}

/// Parses a model description and checks every layer's shape and the budget
/// (see [`summarize`]), so a model that loads is one the analysis accepts.
pub fn load_model(text: &str, budget: &Budget) -> Result<Model> {
    let model = from_json(text, budget)?;
    summarize(&model, budget)?;
    Ok(model)
}

/// The model as indented JSON text.
pub fn to_json(model: &Model) -> Result<String> {
    serde_json::to_string_pretty(model).map_err(|e| Error::Parse {
        line: 0,
        column: 0,
        message: format!("cannot write the model as JSON: {e}"),
    })
}
