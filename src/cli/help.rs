//! Help texts: the overview and one page per command.

use crate::charts::ChartKind;

/// The overview printed by `convatlas --help` (and with no arguments).
pub fn overview() -> String {
    format!(
        "convatlas {version}: the ConvAtlas command line. Per-layer shapes, parameters,
multiply-accumulates (MACs) and receptive fields of efficient CNNs, and the
atlas' charts as SVG. Same functions as the web app.

USAGE:
    convatlas summary MODEL [--alpha A] [--resolution R] [--groups G] [--scale S] [--json]
    convatlas svg CHART [MODEL...] -o FILE.svg [--dark] [--zoom Z] [--width W] [--height H] [--lang en|ko]
    convatlas svg block MODEL BLOCK -o FILE.svg [--dark] [--zoom Z] [--lang en|ko]
    convatlas svg page ADDRESS -o FILE.svg [--dark] [--zoom Z] [--lang en|ko]
    convatlas rf LAYERS [--json]
    convatlas train TINY --data digits [--epochs N] [--seed S] -o WEIGHTS
    convatlas eval TINY WEIGHTS --data digits [--json]
    convatlas ablation --data digits [--epochs N] [--seeds K] [--json]
    convatlas list
    convatlas help [COMMAND]      (or COMMAND --help)
    convatlas --version

{models}
{summary}
{svg}
{rf}
{lab}
EXIT STATUS:
    0 success; 1 bad input (unknown model, malformed model file, shapes that
    do not fit, parameter the zoo refuses); 2 bad usage (unknown command or option,
    malformed number); 3 the output could not be written.
",
        version = env!("CARGO_PKG_VERSION"),
        models = models(),
        summary = summary(),
        svg = svg(),
        rf = rf(),
        lab = lab(),
    )
}

fn models() -> &'static str {
    "MODEL:
    A zoo network (see 'convatlas list'), e.g. mobilenet_v1, or the path to a
    model description JSON file (at most 4 MiB). A zoo network may carry its
    own parameters: mobilenet_v1:alpha=0.5,resolution=160 (they override
    --alpha etc.). A model file looks like this:
    {\"name\": \"tiny\", \"input\": [3, 32, 32], \"layers\": [
      {\"name\": \"conv1\", \"op\": \"conv2d\", \"in_channels\": 3, \"out_channels\": 8,
       \"kernel\": [3, 3], \"stride\": [1, 1], \"dilation\": [1, 1], \"groups\": 1,
       \"bias\": false, \"padding\": {\"explicit\": {\"top\": 1, \"bottom\": 1, \"left\": 1, \"right\": 1}}},
      {\"name\": \"pool\", \"op\": \"global_avg_pool\"},
      {\"name\": \"fc\", \"op\": \"linear\", \"in_features\": 8, \"out_features\": 10}]}
    Other ops: max_pool2d, avg_pool2d, adaptive_avg_pool2d, batch_norm, relu,
    relu6, softmax, dropout, flatten, channel_shuffle, channel_slice, and the
    containers sequential, branches (merge \"concat\" or \"add\") and aux.
    \"padding\" may also be \"same\" (TensorFlow SAME).
"
}

/// `convatlas summary --help`.
pub fn summary() -> &'static str {
    "SUMMARY:
    convatlas summary MODEL [OPTIONS]
    Prints one row per layer (name, op, output shape [C, H, W], parameters,
    MACs, receptive field and its effective stride) and the totals.
    --alpha A         MobileNet v1 width multiplier, 0.25..=1.0
    --resolution R    input height and width, 32..=1024 (zoo networks)
    --groups G        ShuffleNet v1 groups: 1, 2, 3, 4 or 8
    --scale S         ShuffleNet v1 width scale: 0.25, 0.5, 1.0, 1.5 or 2.0
    --json            print JSON instead: {\"model\", \"input\": [C, H, W], \"params\",
                      \"macs\", \"receptive_field\", \"rf_stride\", \"rf_padding\",
                      \"layers\": [{\"name\", \"op\", \"out_shape\", \"params\", \"macs\",
                      \"receptive_field\", \"rf_stride\", \"rf_padding\"}]}; the top-level
                      receptive field is that of the last spatial layer before
                      global pooling.
"
}

/// `convatlas svg --help`, with the chart list.
pub fn svg() -> String {
    let charts: String = ChartKind::ALL
        .iter()
        .map(|k| {
            let count = k.model_count();
            let takes = match (*count.start(), *count.end()) {
                (0, 0) => "no MODEL".to_string(),
                (1, 1) => "1 MODEL".to_string(),
                (a, b) => format!("{a}-{b} MODELs"),
            };
            format!("    {:<22} {} [{takes}]\n", k.as_str(), k.describe())
        })
        .collect();
    format!(
        "SVG:
    convatlas svg CHART [MODEL...] -o FILE.svg [OPTIONS]
    Writes a chart of the atlas as SVG (drawn as the app draws it), for posts and
    slides. Published figures on a chart are cited on it.
    -o FILE           output file; '-' writes to standard output
    --dark            dark background
    --zoom Z          text and line size, 0.5..=4 (1.5 for a projector)
    --width W         pixels, 200..=8000 (default 960)
    --height H        pixels, 150..=8000 (default 540)
    --lang en|ko      the chart's words in English (default) or Korean
    --alpha, --resolution, --groups, --scale   as for summary, for every MODEL
    convatlas svg page ADDRESS -o FILE.svg [--dark] [--zoom Z] [--width W] [--height H] [--lang en|ko]
    Draws a chapter's chart as the app shows it at ADDRESS (copied from the
    browser, or its path and query such as '/group?cin=8&cout=8&g=4'): the cost
    against groups (/pointwise, /group, /depthwise, /separable, /xception), the
    receptive field's growth (/dilation), MACs against α²ρ² (/mobilenet), Table 2
    (/shufflenet). The address's lang and theme apply unless --lang or --dark is given.
    convatlas svg block MODEL BLOCK -o FILE.svg [--dark] [--zoom Z] [--lang en|ko]
    Draws one block of MODEL (a Fire module, an Inception module, a ShuffleNet
    unit, ...) from its description: a box per convolution with batch norm and
    ReLU folded in, branches and their merge (concat or add), the shape on every
    arrow, each branch's parameters and MACs and the block's total. BLOCK is the
    layer's path as 'convatlas summary' prints it (fire2, Mixed_5b, layer1.0,
    stage2.unit1); leave it out to list the model's blocks. --lang ko writes the
    labels in Korean.
CHARTS:
{charts}"
    )
}

/// `convatlas list --help`.
pub fn list() -> &'static str {
    "LIST:
    convatlas list
    Lists the zoo's networks with the parameters each takes, and the charts.
"
}

/// Help for `convatlas rf`.
pub fn rf() -> &'static str {
    "RF (receptive fields of a layer stack):
    convatlas rf LAYERS [--json]
    LAYERS: up to 8 layers separated by commas, each k<kernel> or k<h>x<w>, then
    optional s<stride>, d<dilation>, p<padding>, with max or avg in front for
    pooling: k3,k3d2,k3d4 or k7s2p3,maxk3s2,k3. Prints each layer's receptive field,
    effective stride and padding (Araujo et al. 2019), the coverage (the share of
    the field's pixels that reach a unit at all) and the HDC verdict (Wang et al.
    2018). --json: {\"layers\": [{\"spec\", \"receptive_field\", \"rf_stride\",
    \"rf_padding\", \"coverage\"}], \"receptive_field\", \"rf_stride\", \"rf_padding\",
    \"coverage\", \"hdc\"} (top level: the last layer; coverage null when the field
    is too wide to count; hdc false when the rule does not apply).
"
}

/// `convatlas train --help` (and eval, ablation).
pub fn lab() -> &'static str {
    "TRAIN, EVAL, ABLATION (the lab's tiny networks, see 'convatlas list'):
    convatlas train TINY --data digits [--epochs N] [--seed S] -o WEIGHTS
        Trains TINY on the 8x8 digits (1,438 training images; Adam, learning
        rate 0.01, batches of 32) and writes its weights. Prints loss and
        accuracy per epoch, then the test accuracy, params and MACs. The same
        seed gives byte-identical weights on the same build. Defaults: 12
        epochs (the shipped weights' schedule, 1..=200), seed 1.
    convatlas eval TINY WEIGHTS --data digits [--json]
        Test accuracy (359 held-out images) of TINY with WEIGHTS; --json
        prints {\"accuracy\": float, \"params\": int, \"macs\": int}. A file of the
        wrong model, truncated or holding a non-finite value is refused.
    convatlas ablation --data digits [--epochs N] [--seeds K] [--json]
        Trains every tiny network with seeds 1..=K (default 3) under the same
        schedule and prints each one's params, MACs and test accuracy
        (mean and half range over the seeds).
"
}
