//! The `convatlas` command line: `summary`, `svg`, `rf`, `list` and help.
//!
//! Every number comes from `arch` and `zoo`, every chart from `charts`: the
//! CLI only parses arguments, reads files and formats output. Errors are
//! returned as a [`Failure`] (message and exit code), never as a panic.

mod args;
mod help;
mod models;
mod rf;
mod svg;
mod table;
mod train;

use args::Command;
use std::io::Write;

/// A failed run: what to tell the user and the exit code.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub message: String,
    /// 1 bad input, 2 bad usage, 3 output not written.
    pub code: i32,
}

impl Failure {
    /// Bad usage (exit code 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 2,
        }
    }

    /// Bad input: model, file or parameter (exit code 1).
    pub fn input(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 1,
        }
    }

    fn output(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 3,
        }
    }
}

/// Runs the command line with the process arguments; returns the exit code.
pub fn run() -> i32 {
    let args: Vec<String> = match std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect()
    {
        Ok(args) => args,
        Err(bad) => {
            eprintln!("error: argument {bad:?} is not valid UTF-8");
            return 2;
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match run_with(&args, &mut out) {
        Ok(()) => 0,
        Err(f) => {
            let _ = writeln!(std::io::stderr(), "error: {}", f.message);
            f.code
        }
    }
}

/// Runs `args` (without the program name), writing results to `out`.
pub fn run_with(args: &[String], out: &mut dyn Write) -> Result<(), Failure> {
    let text = match args::parse(args)? {
        Command::Help(None) => help::overview(),
        Command::Help(Some("summary")) => help::summary().to_string(),
        Command::Help(Some("svg")) => help::svg(),
        Command::Help(Some("rf")) => help::rf().to_string(),
        Command::Help(Some("train" | "eval" | "ablation")) => help::lab().to_string(),
        Command::Help(Some(_)) => help::list().to_string(),
        Command::Version => format!("convatlas {}\n", env!("CARGO_PKG_VERSION")),
        Command::List => list(),
        Command::Summary {
            model,
            params,
            json,
        } => {
            let loaded = models::load(&model, &params)?;
            if json {
                let mut s = serde_json::to_string_pretty(&loaded.summary)
                    .map_err(|e| Failure::output(format!("cannot write JSON: {e}")))?;
                s.push('\n');
                s
            } else {
                table::render(&loaded.label, &loaded.summary)
            }
        }
        Command::Rf { layers, json } => rf::render(&layers, json)?,
        Command::Train(a) => train::train(&a)?,
        Command::Eval {
            model,
            weights,
            data,
            json,
        } => train::eval(&model, &weights, &data, json)?,
        Command::Ablation {
            data,
            epochs,
            seeds,
            json,
        } => train::ablation(&data, epochs, seeds, json)?,
        Command::Svg(a) => return write_svg(&svg::render(&a)?, &a.output, out),
        Command::SvgBlock(a) => return write_svg(&svg::block(&a)?, &a.output, out),
        Command::SvgPage(a) => return write_svg(&svg::page(&a)?, &a.output, out),
    };
    write_all(out, &text)
}

/// Writes an SVG to `path`, or to `out` when the path is `-`.
fn write_svg(svg: &str, path: &str, out: &mut dyn Write) -> Result<(), Failure> {
    if path == "-" {
        return write_all(out, svg);
    }
    std::fs::write(path, svg).map_err(|e| Failure::output(format!("cannot write {path}: {e}")))
}

/// Writes `text`; a closed pipe (`convatlas ... | head`) is not an error.
fn write_all(out: &mut dyn Write, text: &str) -> Result<(), Failure> {
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::output(format!("cannot write the output: {e}")))
        }
        _ => Ok(()),
    }
}

/// The zoo's networks with their parameters and defaults, then the charts.
fn list() -> String {
    let mut s = String::from("NETWORKS (zoo):\n");
    for m in crate::zoo::MODELS {
        let params: Vec<&str> = m.params.iter().map(|p| p.as_str()).collect();
        s.push_str(&format!(
            "    {:<30} {} [{}; default {} px]\n",
            m.name,
            m.title,
            params.join(", "),
            m.resolution
        ));
    }
    s.push_str("TINY NETWORKS (the lab; 8x8 digits, --data digits):\n");
    for t in crate::zoo::tiny::TINY {
        s.push_str(&format!("    {:<30} {}\n", t.name, t.title));
    }
    s.push_str("CHARTS:\n");
    for k in crate::charts::ChartKind::ALL {
        s.push_str(&format!("    {:<30} {}\n", k.as_str(), k.describe()));
    }
    s
}
