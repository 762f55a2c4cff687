//! The one error type of the core (tensors, kernels, model descriptions, costs).
//!
//! Every message says what is wrong and what is allowed, so the app, the CLI
//! and the tests can show it to a person as it is.

use std::fmt;

/// Everything that can go wrong in the core, with enough context to act on.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// A parameter is outside what an operation allows.
    /// `op` names the operation, `problem` what is wrong, `allowed` what would be fine.
    Param {
        op: String,
        problem: String,
        allowed: String,
    },
    /// Tensor shapes do not fit together (wrong rank, mismatched channels, ...).
    Shape { op: String, problem: String },
    /// A size or cost beyond the configured budget; refused before allocating.
    Budget {
        what: String,
        needed: u64,
        limit: u64,
    },
    /// An error inside a named layer of a model.
    Layer { layer: String, source: Box<Error> },
    /// A model description that is not valid JSON or not of the expected form.
    Parse {
        line: usize,
        column: usize,
        message: String,
    },
}

/// The core's result type.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// A [`Error::Param`] error.
    pub fn param(op: &str, problem: impl Into<String>, allowed: impl Into<String>) -> Self {
        Error::Param {
            op: op.to_string(),
            problem: problem.into(),
            allowed: allowed.into(),
        }
    }

    /// A [`Error::Shape`] error.
    pub fn shape(op: &str, problem: impl Into<String>) -> Self {
        Error::Shape {
            op: op.to_string(),
            problem: problem.into(),
        }
    }

    /// Wraps this error with the name of the layer it happened in.
    pub fn in_layer(self, layer: &str) -> Self {
        Error::Layer {
            layer: layer.to_string(),
            source: Box::new(self),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Param {
                op,
                problem,
                allowed,
            } => write!(f, "{op}: {problem} (allowed: {allowed})"),
            Error::Shape { op, problem } => write!(f, "{op}: {problem}"),
            Error::Budget {
                what,
                needed,
                limit,
            } => write!(f, "{what} needs {needed}, over the limit of {limit}"),
            Error::Layer { layer, source } => write!(f, "layer '{layer}': {source}"),
            Error::Parse {
                line,
                column,
                message,
            } => write!(
                f,
                "invalid model JSON at line {line}, column {column}: {message}"
            ),
        }
    }
}

impl std::error::Error for Error {}
