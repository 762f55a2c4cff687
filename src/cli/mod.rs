//! The `convatlas` command line.

/// Runs the command line with the process arguments; returns the exit code.
pub fn run() -> i32 {
    0
}
