//! `convatlas rf LAYERS [--json]`: each layer's receptive field, effective stride,
//! effective padding and coverage for a stack in the text form, and the HDC verdict.

use super::Failure;
use crate::rfield::field::{fields, hdc, Hdc, LayerField};
use crate::rfield::stack::{layer_text, parse};
use serde::Serialize;

#[derive(Serialize)]
struct LayerJson {
    spec: String,
    receptive_field: u64,
    rf_stride: u64,
    rf_padding: u64,
    /// `null` when the field is too wide to count.
    coverage: Option<f64>,
}

#[derive(Serialize)]
struct StackJson {
    layers: Vec<LayerJson>,
    receptive_field: u64,
    rf_stride: u64,
    rf_padding: u64,
    coverage: Option<f64>,
    hdc: bool,
}

/// The larger axis, as the atlas reports it.
fn big(v: [u64; 2]) -> u64 {
    v[0].max(v[1])
}

fn layer_json(f: &LayerField) -> LayerJson {
    LayerJson {
        spec: layer_text(&f.layer),
        receptive_field: big(f.rf.size),
        rf_stride: big(f.rf.stride),
        rf_padding: big(f.rf.padding),
        coverage: f.coverage,
    }
}

/// Runs `rf` on the stack `text`.
pub fn render(text: &str, json: bool) -> Result<String, Failure> {
    let stack = parse(text).map_err(|e| Failure::input(format!("rf: {e}")))?;
    let fields = fields(&stack);
    let verdict = hdc(&stack);
    let last = fields
        .last()
        .map(layer_json)
        .ok_or_else(|| Failure::input("rf: the stack is empty"))?;
    if json {
        let out = StackJson {
            layers: fields.iter().map(layer_json).collect(),
            receptive_field: last.receptive_field,
            rf_stride: last.rf_stride,
            rf_padding: last.rf_padding,
            coverage: last.coverage,
            hdc: matches!(verdict, Hdc::Checked { holds: true, .. }),
        };
        let mut s = serde_json::to_string_pretty(&out)
            .map_err(|e| Failure::input(format!("cannot write JSON: {e}")))?;
        s.push('\n');
        return Ok(s);
    }
    let mut s = format!(
        "{:<3} {:<12} {:>8} {:>8} {:>8} {:>9}\n",
        "#", "layer", "RF", "stride", "padding", "coverage"
    );
    for (i, f) in fields.iter().enumerate() {
        let l = layer_json(f);
        let coverage = l
            .coverage
            .map_or_else(|| "-".to_string(), |c| format!("{:.1}%", c * 100.0));
        s.push_str(&format!(
            "{:<3} {:<12} {:>8} {:>8} {:>8} {:>9}\n",
            i + 1,
            l.spec,
            l.receptive_field,
            l.rf_stride,
            l.rf_padding,
            coverage
        ));
    }
    s.push_str(&match verdict {
        Hdc::Checked { kernel, m, holds } => {
            let values: Vec<String> = m.iter().enumerate().map(|(i, v)| format!("M_{}={v}", i + 2)).collect();
            format!(
                "HDC (Wang et al. 2018): {} ({}; rule: first rate 1 and M_2 <= K = {kernel})\n",
                if holds { "holds" } else { "does not hold" },
                values.join(", ")
            )
        }
        Hdc::NotApplicable => "HDC (Wang et al. 2018): not applicable (the rule is for stride-1 dilated convolutions with one square kernel)\n".to_string(),
    });
    Ok(s)
}
