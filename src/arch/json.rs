//! Reading and writing model descriptions as JSON text (no file access: callers pass `&str`).

use crate::error::{Error, Result};
use serde_json::Value;

use super::analysis::summarize;
use super::model::Model;
use crate::budget::Budget;

/// Parses a model description. Malformed JSON, unknown ops, unknown or missing
/// fields give [`Error::Parse`] with the 1-based line and column serde_json reports; text longer
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
    let parse_err = |e: serde_json::Error| Error::Parse {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    };
    let model: Model = serde_json::from_str(text).map_err(parse_err)?;
    // A misspelt optional field ("ceil_mod") would otherwise be ignored silently:
    // compare the text's keys with those the parsed model writes back.
    let raw: Value = serde_json::from_str(text).map_err(parse_err)?;
    let back = serde_json::to_value(&model).map_err(|e| Error::Parse {
        line: 0,
        column: 0,
        message: e.to_string(),
    })?;
    if let Some((key, allowed)) = unknown_key(&raw, &back) {
        let (line, column) = locate(text, &key);
        return Err(Error::Parse {
            line,
            column,
            message: format!("unknown field `{key}`, expected one of {allowed}"),
        });
    }
    Ok(model)
}

/// The first key of `raw` (the text) that `back` (the parsed model re-serialised)
/// does not have, with the keys it does have.
fn unknown_key(raw: &Value, back: &Value) -> Option<(String, String)> {
    match (raw, back) {
        (Value::Object(r), Value::Object(b)) => {
            for (k, v) in r {
                match b.get(k) {
                    None => {
                        let keys: Vec<String> = b.keys().map(|k| format!("`{k}`")).collect();
                        return Some((k.clone(), keys.join(", ")));
                    }
                    Some(bv) => {
                        if let Some(found) = unknown_key(v, bv) {
                            return Some(found);
                        }
                    }
                }
            }
            None
        }
        (Value::Array(r), Value::Array(b)) => {
            r.iter().zip(b).find_map(|(rv, bv)| unknown_key(rv, bv))
        }
        _ => None,
    }
}

/// 1-based line and column of the first `"key"` in `text` (1, 1 if not found).
fn locate(text: &str, key: &str) -> (usize, usize) {
    let needle = format!("\"{key}\"");
    match text.find(&needle) {
        Some(at) => {
            let before = &text[..at];
            let line = before.matches('\n').count() + 1;
            let column = before.rfind('\n').map_or(at, |nl| at - nl - 1) + 1;
            (line, column)
        }
        None => (1, 1),
    }
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
