//! A MODEL argument: a zoo name (optionally `name:key=value,...`) or the path of a
//! model description JSON file, summarised by `arch` and the zoo.

use super::Failure;
use crate::arch::{from_json, summarize, Budget, Model, Summary};
use crate::zoo::{self, ZooParams};
use std::io::Read;

/// Largest model file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 4 << 20;

/// A model, its summary and the label charts show for it.
pub struct Loaded {
    pub label: String,
    pub model: Model,
    pub summary: Summary,
}

/// Summarises `arg` with `defaults` (the command's `--alpha`, ... options).
pub fn load(arg: &str, defaults: &ZooParams) -> Result<Loaded, Failure> {
    let (name, inline) = match arg.split_once(':') {
        Some((n, rest)) if zoo::info(n).is_some() => (n, Some(rest)),
        _ => (arg, None),
    };
    if zoo::info(name).is_some() {
        let params = match inline {
            Some(spec) => with_inline(spec, *defaults)?,
            None => *defaults,
        };
        let model = zoo::build(name, &params).map_err(|e| Failure::input(e.to_string()))?;
        let summary =
            summarize(&model, &Budget::default()).map_err(|e| Failure::input(e.to_string()))?;
        return Ok(Loaded {
            label: label(name, &params),
            model,
            summary,
        });
    }
    if zoo::tiny::is_tiny(arg) {
        if *defaults != ZooParams::default() {
            return Err(Failure::usage(
                "the tiny networks take no --alpha, --resolution, --groups or --scale",
            ));
        }
        let budget = Budget::default();
        let model = zoo::tiny::build(arg).map_err(|e| Failure::input(e.to_string()))?;
        let summary = summarize(&model, &budget).map_err(|e| Failure::input(e.to_string()))?;
        return Ok(Loaded {
            label: arg.to_string(),
            model,
            summary,
        });
    }
    let path = std::path::Path::new(arg);
    if !path.exists() {
        return Err(Failure::input(format!(
            "unknown model '{arg}': not a zoo network and no such file; zoo networks: {} (see 'convatlas list')",
            zoo::names().join(", ")
        )));
    }
    if *defaults != ZooParams::default() {
        return Err(Failure::usage(
            "--alpha, --resolution, --groups and --scale apply to zoo networks, not to model files",
        ));
    }
    let text = read_bounded(path)?;
    let budget = Budget::default();
    let model = from_json(&text, &budget).map_err(|e| Failure::input(format!("{arg}: {e}")))?;
    let summary = summarize(&model, &budget).map_err(|e| Failure::input(format!("{arg}: {e}")))?;
    Ok(Loaded {
        label: model.name.clone(),
        model,
        summary,
    })
}

/// Reads a UTF-8 file of at most [`MAX_FILE_BYTES`].
fn read_bounded(path: &std::path::Path) -> Result<String, Failure> {
    let bytes = read_bytes(path, MAX_FILE_BYTES)?;
    String::from_utf8(bytes).map_err(|e| {
        Failure::input(format!(
            "{} is not UTF-8 text (byte {})",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Reads a file of at most `limit` bytes.
pub fn read_bytes(path: &std::path::Path, limit: u64) -> Result<Vec<u8>, Failure> {
    let shown = path.display();
    let fail = |e: std::io::Error| Failure::input(format!("cannot read {shown}: {e}"));
    let file = std::fs::File::open(path).map_err(fail)?;
    let meta = file.metadata().map_err(fail)?;
    if !meta.is_file() {
        return Err(Failure::input(format!("{shown} is not a file")));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(fail)?;
    if bytes.len() as u64 > limit {
        return Err(Failure::input(format!(
            "{shown} is larger than {} MiB; such files are limited to that size",
            limit >> 20
        )));
    }
    Ok(bytes)
}

/// Applies `key=value,...` (alpha, resolution, groups, scale) over `params`.
fn with_inline(spec: &str, mut params: ZooParams) -> Result<ZooParams, Failure> {
    for part in spec.split(',').filter(|p| !p.is_empty()) {
        let bad = || {
            Failure::usage(format!(
                "'{part}' in a model spec: expected key=value with key alpha, resolution, groups or scale (e.g. mobilenet_v1:alpha=0.5,resolution=160)"
            ))
        };
        let (key, value) = part.split_once('=').ok_or_else(bad)?;
        let value = value.trim();
        match key.trim() {
            "alpha" => {
                params.alpha = Some(
                    value
                        .parse()
                        .ok()
                        .filter(|v: &f32| v.is_finite())
                        .ok_or_else(bad)?,
                )
            }
            "scale" => {
                params.scale = Some(
                    value
                        .parse()
                        .ok()
                        .filter(|v: &f32| v.is_finite())
                        .ok_or_else(bad)?,
                )
            }
            "resolution" => params.resolution = Some(value.parse().map_err(|_| bad())?),
            "groups" => params.groups = Some(value.parse().map_err(|_| bad())?),
            _ => return Err(bad()),
        }
    }
    Ok(params)
}

/// "mobilenet_v1 (alpha 0.5, 160 px)": the name and the parameters that were set.
fn label(name: &str, p: &ZooParams) -> String {
    let mut parts = Vec::new();
    if let Some(a) = p.alpha {
        parts.push(format!("alpha {a}"));
    }
    if let Some(g) = p.groups {
        parts.push(format!("g={g}"));
    }
    if let Some(s) = p.scale {
        parts.push(format!("{s}x"));
    }
    if let Some(r) = p.resolution {
        parts.push(format!("{r} px"));
    }
    if parts.is_empty() {
        name.to_string()
    } else {
        format!("{name} ({})", parts.join(", "))
    }
}
