//! Inception v3's factorized modules (Szegedy et al. 2016, Figures 5, 6 and 7) read from
//! the zoo's model and its summary: each branch's convolutions and pools in order, with
//! the branch's parameters and MACs, so the chapter never restates a number by hand.

use crate::arch::{LayerRow, OpKind};
use crate::error::Result;
use crate::zoo::{self, ZooParams};

/// The modules shown: one per grid, with the figure it follows.
pub const MODULES: [(&str, u8); 3] = [("Mixed_5b", 5), ("Mixed_6b", 6), ("Mixed_7b", 7)];

/// One branch of a module.
#[derive(Debug, Clone, PartialEq)]
pub struct Branch {
    /// torchvision's branch name without its step suffix (`branch7x7dbl`).
    pub name: String,
    /// Each step: `1×7 128→128`, `avg 3×3`; steps run side by side are joined by ` ∥ `.
    pub steps: Vec<String>,
    pub params: u64,
    pub macs: u64,
}

/// A module: its block name, the figure it follows, its output and its branches.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub block: &'static str,
    pub figure: u8,
    pub output: [usize; 3],
    pub branches: Vec<Branch>,
    pub params: u64,
    pub macs: u64,
}

/// `branch3x3dbl_3` → `branch3x3dbl`, `branch_pool_avg` → `branch_pool`.
fn branch_of(part: &str) -> String {
    if part.starts_with("branch_pool") {
        return "branch_pool".into();
    }
    match part.rsplit_once('_') {
        Some((stem, step)) if step.chars().next().is_some_and(|c| c.is_ascii_digit()) => {
            stem.into()
        }
        _ => part.into(),
    }
}

fn step(row: &LayerRow) -> Option<String> {
    let [kh, kw] = row.kernel?;
    match row.op {
        OpKind::Conv2d => Some(format!(
            "{kh}×{kw} {}→{}",
            row.in_shape[0], row.out_shape[0]
        )),
        OpKind::AvgPool2d => Some(format!("avg {kh}×{kw}")),
        OpKind::MaxPool2d => Some(format!("max {kh}×{kw}")),
        _ => None,
    }
}

/// The three modules of Inception v3 at its default 299 × 299 input.
pub fn modules() -> Result<Vec<Module>> {
    let summary = zoo::summary("inception_v3", &ZooParams::default())?;
    Ok(MODULES
        .iter()
        .map(|&(block, figure)| {
            let prefix = format!("{block}.");
            let mut branches: Vec<Branch> = Vec::new();
            let mut last_parallel: Option<String> = None;
            for row in summary
                .layers
                .iter()
                .filter(|r| r.name.starts_with(&prefix))
            {
                let parts: Vec<&str> = row.name[prefix.len()..].split('.').collect();
                let name = branch_of(parts[0]);
                if branches.last().is_none_or(|b| b.name != name) {
                    branches.push(Branch {
                        name: name.clone(),
                        steps: vec![],
                        params: 0,
                        macs: 0,
                    });
                }
                let Some(b) = branches.last_mut() else {
                    continue;
                };
                b.params += row.params;
                b.macs += row.macs;
                if let Some(s) = step(row) {
                    // Convolutions inside a nested split (`branch3x3_2.branch3x3_2a.conv`) run side by side.
                    let split = (parts.len() > 2).then(|| parts[0].to_string());
                    match (&split, b.steps.last_mut()) {
                        (Some(p), Some(prev)) if last_parallel.as_ref() == Some(p) => {
                            prev.push_str(" ∥ ");
                            prev.push_str(&s);
                        }
                        _ => b.steps.push(s),
                    }
                    last_parallel = split;
                }
            }
            let output = summary
                .layers
                .iter()
                .find(|r| r.name == block)
                .map_or([0; 3], |r| r.out_shape);
            Module {
                block,
                figure,
                output,
                params: branches.iter().map(|b| b.params).sum(),
                macs: branches.iter().map(|b| b.macs).sum(),
                branches,
            }
        })
        .collect())
}
