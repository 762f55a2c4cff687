//! `convatlas train`, `eval` and `ablation`: the lab's tiny networks on the command line.
//! Training runs through [`crate::lab::Run`], as in the browser's worker.

use super::args::TrainArgs;
use super::Failure;
use crate::arch::{summarize, Budget};
use crate::lab::{self, Run};
use crate::nn::digits::{self, Split};
use crate::run::train::evaluate;
use crate::run::weights;
use crate::zoo::tiny;
use serde::Serialize;
use std::io::{IsTerminal, Write};

/// Largest weights file read, in bytes.
const MAX_WEIGHTS_BYTES: u64 = 16 << 20;

fn split(data: &str) -> Result<Split, Failure> {
    let bytes = match data {
        "digits" => digits::BUNDLED,
        other => return Err(Failure::usage(format!("--data is '{other}'"))),
    };
    lab::data_set(data, bytes).map_err(|e| Failure::input(e.to_string()))
}

fn tiny_name(model: &str) -> Result<(), Failure> {
    tiny::build(model)
        .map(|_| ())
        .map_err(|e| Failure::input(format!("{e}; train and eval take the tiny networks")))
}

/// Params and MACs of a tiny network.
fn cost(model: &str) -> Result<(u64, u64), Failure> {
    let m = tiny::build(model).map_err(|e| Failure::input(e.to_string()))?;
    let s = summarize(&m, &Budget::default()).map_err(|e| Failure::input(e.to_string()))?;
    Ok((s.params, s.macs))
}

/// Trains, prints a line per epoch (and a progress bar on a terminal), writes the weights.
pub fn train(a: &TrainArgs) -> Result<String, Failure> {
    tiny_name(&a.model)?;
    let data = split(&a.data)?;
    let mut run =
        Run::new(&a.model, &data, a.epochs, a.seed).map_err(|e| Failure::input(e.to_string()))?;
    let mut text = String::new();
    let bar = std::io::stderr().is_terminal();
    while let Some(epoch) = run.step(&data) {
        let e = epoch.map_err(|e| Failure::input(e.to_string()))?;
        if bar {
            let filled = 30 * e.epoch / a.epochs;
            eprint!(
                "\r[{}{}] epoch {}/{}",
                "#".repeat(filled),
                " ".repeat(30 - filled),
                e.epoch,
                a.epochs
            );
            let _ = std::io::stderr().flush();
        }
        text.push_str(&format!(
            "epoch {:>3}  loss {:.4}  train accuracy {:.2}%  test accuracy {:.2}%\n",
            e.epoch,
            e.train.loss,
            100.0 * e.train.accuracy,
            100.0 * e.test.accuracy
        ));
    }
    if bar {
        eprintln!();
    }
    let test =
        evaluate(&mut run.net, &data.test, 128).map_err(|e| Failure::input(e.to_string()))?;
    let (params, macs) = cost(&a.model)?;
    std::fs::write(&a.output, weights::save(&run.net))
        .map_err(|e| Failure::output(format!("cannot write {}: {e}", a.output)))?;
    text.push_str(&format!(
        "{}: test accuracy {:.2}% on {} images, {params} params, {macs} MACs; weights in {}\n",
        a.model,
        100.0 * test.accuracy,
        data.test.len(),
        a.output
    ));
    Ok(text)
}

/// What `eval --json` prints.
#[derive(Serialize)]
struct EvalJson {
    accuracy: f32,
    params: u64,
    macs: u64,
}

/// Test accuracy of `model` with the weights in the file `path`.
pub fn eval(model: &str, path: &str, data: &str, json: bool) -> Result<String, Failure> {
    tiny_name(model)?;
    let bytes = super::models::read_bytes(std::path::Path::new(path), MAX_WEIGHTS_BYTES)?;
    let mut net =
        lab::trained(model, &bytes).map_err(|e| Failure::input(format!("{path}: {e}")))?;
    let data = split(data)?;
    let test = evaluate(&mut net, &data.test, 128).map_err(|e| Failure::input(e.to_string()))?;
    let (params, macs) = cost(model)?;
    if json {
        let out = EvalJson {
            accuracy: test.accuracy,
            params,
            macs,
        };
        return serde_json::to_string(&out)
            .map(|s| s + "\n")
            .map_err(|e| Failure::output(e.to_string()));
    }
    Ok(format!(
        "{model}: test accuracy {:.2}% on {} images ({} correct), {params} params, {macs} MACs\n",
        100.0 * test.accuracy,
        data.test.len(),
        (test.accuracy * data.test.len() as f32).round()
    ))
}

/// One row of the ablation: a network's cost and its test accuracy for each seed.
#[derive(Serialize)]
pub struct AblationRow {
    pub model: String,
    pub params: u64,
    pub macs: u64,
    pub accuracy: Vec<f32>,
}

/// What `ablation --json` prints (and `data/ablation.json` holds).
#[derive(Serialize)]
pub struct Ablation {
    pub data: String,
    pub epochs: usize,
    pub seeds: Vec<u64>,
    pub rows: Vec<AblationRow>,
}

/// Trains every tiny network with seeds 1..=`seeds` under the same schedule.
pub fn ablation(data: &str, epochs: usize, seeds: u64, json: bool) -> Result<String, Failure> {
    let split = split(data)?;
    let seed_list: Vec<u64> = (1..=seeds).collect();
    let mut rows = Vec::new();
    for t in tiny::TINY {
        let mut accuracy = Vec::new();
        for &seed in &seed_list {
            let mut run = Run::new(t.name, &split, epochs, seed)
                .map_err(|e| Failure::input(e.to_string()))?;
            let mut last = None;
            while let Some(e) = run.step(&split) {
                last = Some(e.map_err(|e| Failure::input(format!("{} seed {seed}: {e}", t.name)))?);
            }
            accuracy.push(last.map_or(0.0, |e| e.test.accuracy));
            if std::io::stderr().is_terminal() {
                eprint!("\r{} seed {seed} done          ", t.name);
            }
        }
        let (params, macs) = cost(t.name)?;
        rows.push(AblationRow {
            model: t.name.to_string(),
            params,
            macs,
            accuracy,
        });
    }
    if std::io::stderr().is_terminal() {
        eprintln!();
    }
    let result = Ablation {
        data: data.to_string(),
        epochs,
        seeds: seed_list,
        rows,
    };
    if json {
        return serde_json::to_string_pretty(&result)
            .map(|s| s + "\n")
            .map_err(|e| Failure::output(e.to_string()));
    }
    let mut s = format!(
        "{:<16} {:>7} {:>9}  test accuracy over {} seeds (mean ± half range)\n",
        "network", "params", "MACs", seeds
    );
    for r in &result.rows {
        let (mean, spread) = crate::lab::mean_spread(&r.accuracy);
        s.push_str(&format!(
            "{:<16} {:>7} {:>9}  {:.2}% ± {:.2}\n",
            r.model,
            r.params,
            r.macs,
            100.0 * mean,
            100.0 * spread
        ));
    }
    Ok(s)
}
