//! The command line, parsed by hand into a [`Command`]: options may come before,
//! between or after the positional arguments, as `--name value` or `--name=value`.

use super::Failure;
use crate::charts::ChartKind;
use crate::i18n::Lang;
use crate::lab;
use crate::zoo::ZooParams;

/// What to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Print the help of a command (`None`: the overview).
    Help(Option<&'static str>),
    /// Print the version.
    Version,
    /// List the zoo's networks and the charts.
    List,
    /// Per-layer table of one model.
    Summary {
        model: String,
        params: ZooParams,
        json: bool,
    },
    /// Write a chart as SVG.
    Svg(SvgArgs),
    /// Write one block of a model as an SVG diagram.
    SvgBlock(BlockArgs),
    /// Write the chart of a chapter, in the state an app address gives, as SVG.
    SvgPage(PageArgs),
    /// Receptive fields of a layer stack in the text form.
    Rf { layers: String, json: bool },
    /// Train a tiny network and write its weights.
    Train(TrainArgs),
    /// Test accuracy of a tiny network with its weights.
    Eval {
        model: String,
        weights: String,
        data: String,
        json: bool,
    },
    /// Train every tiny network with several seeds; print the table (or JSON).
    Ablation {
        data: String,
        epochs: usize,
        seeds: u64,
        json: bool,
    },
}

/// Everything `convatlas train` needs.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainArgs {
    pub model: String,
    pub data: String,
    pub epochs: usize,
    pub seed: u64,
    /// Where the weights go.
    pub output: String,
}

/// Everything `convatlas svg` needs.
#[derive(Debug, Clone, PartialEq)]
pub struct SvgArgs {
    pub chart: ChartKind,
    pub models: Vec<String>,
    pub params: ZooParams,
    /// Output path, `-` for standard output.
    pub output: String,
    pub width: u32,
    pub height: u32,
    pub dark: bool,
    /// Text and line scale (1.5 for projection).
    pub zoom: f64,
    /// The language of the chart's words.
    pub lang: Lang,
}

/// Everything `convatlas svg page` needs.
#[derive(Debug, Clone, PartialEq)]
pub struct PageArgs {
    /// An address of the app (whole, or its path and query).
    pub address: String,
    /// Output path, `-` for standard output.
    pub output: String,
    pub width: u32,
    pub height: u32,
    /// `--dark`, or `theme=dark` in the address.
    pub dark: bool,
    pub zoom: f64,
    /// `--lang`; when absent the address's `lang`, else English.
    pub lang: Option<Lang>,
}

/// Everything `convatlas svg block` needs.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockArgs {
    pub model: String,
    /// Dotted path of the block; `None` lists the model's blocks in the error.
    pub block: Option<String>,
    pub params: ZooParams,
    /// Output path, `-` for standard output.
    pub output: String,
    pub dark: bool,
    pub zoom: f64,
    pub lang: Lang,
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, Failure> {
    let Some(first) = args.first() else {
        return Ok(Command::Help(None));
    };
    let rest = &args[1..];
    match first.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help(rest.first().and_then(|c| topic(c)))),
        "-V" | "--version" => Ok(Command::Version),
        "list" => {
            let opts = Options::parse(rest, &[])?;
            if opts.help {
                return Ok(Command::Help(Some("list")));
            }
            opts.positional_count(0, "list")?;
            Ok(Command::List)
        }
        "summary" => {
            let mut opts = Options::parse(rest, &["--json"])?;
            if opts.help {
                return Ok(Command::Help(Some("summary")));
            }
            opts.positional_count(1, "summary")?;
            Ok(Command::Summary {
                model: opts.positional.remove(0),
                params: opts.zoo_params()?,
                json: opts.has("--json"),
            })
        }
        "svg" => svg(rest),
        "rf" => {
            let mut opts = Options::parse(rest, &["--json"])?;
            if opts.help {
                return Ok(Command::Help(Some("rf")));
            }
            opts.positional_count(1, "rf")?;
            Ok(Command::Rf {
                layers: opts.positional.remove(0),
                json: opts.has("--json"),
            })
        }
        "train" => {
            let mut opts = Options::parse(rest, &[])?;
            if opts.help {
                return Ok(Command::Help(Some("train")));
            }
            opts.positional_count(1, "train")?;
            Ok(Command::Train(TrainArgs {
                model: opts.positional.remove(0),
                data: opts.data()?,
                epochs: opts.number("--epochs", lab::EPOCHS, 1..=lab::MAX_EPOCHS)?,
                seed: opts.number("--seed", lab::SEED, 0..=u64::MAX)?,
                output: opts
                    .value("-o")
                    .ok_or_else(|| Failure::usage("train needs -o WEIGHTS (the file to write)"))?
                    .to_string(),
            }))
        }
        "eval" => {
            let mut opts = Options::parse(rest, &["--json"])?;
            if opts.help {
                return Ok(Command::Help(Some("eval")));
            }
            if opts.positional.len() != 2 {
                return Err(Failure::usage(format!(
                    "eval takes a MODEL and a WEIGHTS file, got: {}; see 'convatlas eval --help'",
                    opts.positional.join(" ")
                )));
            }
            Ok(Command::Eval {
                weights: opts.positional.remove(1),
                model: opts.positional.remove(0),
                data: opts.data()?,
                json: opts.has("--json"),
            })
        }
        "ablation" => {
            let opts = Options::parse(rest, &["--json"])?;
            if opts.help {
                return Ok(Command::Help(Some("ablation")));
            }
            opts.positional_count(0, "ablation")?;
            Ok(Command::Ablation {
                data: opts.data()?,
                epochs: opts.number("--epochs", lab::EPOCHS, 1..=lab::MAX_EPOCHS)?,
                seeds: opts.number("--seeds", 3, 1..=10)?,
                json: opts.has("--json"),
            })
        }
        other => Err(Failure::usage(format!(
            "unknown command '{other}'; commands: {}, help",
            TOPICS.join(", ")
        ))),
    }
}

/// The commands that have a help page.
const TOPICS: [&str; 7] = ["summary", "svg", "rf", "list", "train", "eval", "ablation"];

fn topic(name: &str) -> Option<&'static str> {
    TOPICS.into_iter().find(|t| *t == name)
}

fn svg(rest: &[String]) -> Result<Command, Failure> {
    let mut opts = Options::parse(rest, &["--dark"])?;
    if opts.help {
        return Ok(Command::Help(Some("svg")));
    }
    if opts.positional.is_empty() {
        return Err(Failure::usage(
            "svg needs a CHART; see 'convatlas svg --help'",
        ));
    }
    let output = opts
        .value("-o")
        .ok_or_else(|| Failure::usage("svg needs -o FILE.svg (or -o - for standard output)"))?
        .to_string();
    let first = opts.positional.remove(0);
    if first == "block" {
        return block(opts, output);
    }
    if first == "page" {
        return page(opts, output);
    }
    let chart = ChartKind::parse(&first).map_err(Failure::usage)?;
    Ok(Command::Svg(SvgArgs {
        chart,
        params: opts.zoo_params()?,
        output,
        width: opts.number("--width", 960u32, 200..=8000)?,
        height: opts.number("--height", 540u32, 150..=8000)?,
        dark: opts.has("--dark"),
        zoom: opts.number("--zoom", 1.0f64, 0.5..=4.0)?,
        lang: lang(&opts)?,
        models: opts.positional,
    }))
}

/// `svg page ADDRESS`: the options already split, the output known.
fn page(opts: Options, output: String) -> Result<Command, Failure> {
    let [address] = opts.positional.as_slice() else {
        return Err(Failure::usage(format!(
            "svg page takes one ADDRESS of the app (e.g. '/group?cin=8&g=4'), got: {}",
            opts.positional.join(" ")
        )));
    };
    Ok(Command::SvgPage(PageArgs {
        address: address.clone(),
        output,
        width: opts.number("--width", 960u32, 200..=8000)?,
        height: opts.number("--height", 540u32, 150..=8000)?,
        dark: opts.has("--dark"),
        zoom: opts.number("--zoom", 1.0f64, 0.5..=4.0)?,
        lang: opts.value("--lang").map(|_| lang(&opts)).transpose()?,
    }))
}

/// `svg block MODEL [BLOCK]`: the options already split, the output known.
fn block(mut opts: Options, output: String) -> Result<Command, Failure> {
    if opts.positional.is_empty() || opts.positional.len() > 2 {
        return Err(Failure::usage(format!(
            "svg block takes a MODEL and a BLOCK, got: {}; see 'convatlas svg --help'",
            opts.positional.join(" ")
        )));
    }
    let lang = lang(&opts)?;
    for unused in ["--width", "--height"] {
        if opts.value(unused).is_some() {
            return Err(Failure::usage(format!(
                "{unused} does not apply to 'svg block': a diagram takes the size it needs (use --zoom)"
            )));
        }
    }
    Ok(Command::SvgBlock(BlockArgs {
        params: opts.zoo_params()?,
        output,
        dark: opts.has("--dark"),
        zoom: opts.number("--zoom", 1.0f64, 0.5..=4.0)?,
        lang,
        block: opts.positional.get(1).cloned(),
        model: opts.positional.remove(0),
    }))
}

/// `--lang en|ko` (English when absent).
fn lang(opts: &Options) -> Result<Lang, Failure> {
    match opts.value("--lang") {
        None | Some("en") => Ok(Lang::En),
        Some("ko") => Ok(Lang::Ko),
        Some(other) => Err(Failure::usage(format!(
            "--lang is '{other}'; languages: en, ko"
        ))),
    }
}

/// Options that take a value, for every command.
const VALUED: [&str; 13] = [
    "--data",
    "--epochs",
    "--seed",
    "--seeds",
    "--alpha",
    "--resolution",
    "--groups",
    "--scale",
    "-o",
    "--width",
    "--height",
    "--zoom",
    "--lang",
];

/// Options and positional arguments, before they are interpreted.
struct Options {
    positional: Vec<String>,
    values: Vec<(&'static str, String)>,
    flags: Vec<&'static str>,
    help: bool,
}

impl Options {
    /// Splits `args`; `flags` are the value-less options this command accepts.
    fn parse(args: &[String], flags: &[&'static str]) -> Result<Options, Failure> {
        let mut o = Options {
            positional: Vec::new(),
            values: Vec::new(),
            flags: Vec::new(),
            help: false,
        };
        let mut it = args.iter();
        let mut only_positional = false;
        while let Some(arg) = it.next() {
            if only_positional || arg == "-" || !arg.starts_with('-') {
                o.positional.push(arg.clone());
                continue;
            }
            if arg == "--" {
                only_positional = true;
                continue;
            }
            if arg == "-h" || arg == "--help" {
                o.help = true;
                continue;
            }
            let (name, inline) = match arg.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (arg.as_str(), None),
            };
            if let Some(&flag) = flags.iter().find(|f| **f == name) {
                if inline.is_some() {
                    return Err(Failure::usage(format!("{flag} takes no value")));
                }
                o.flags.push(flag);
            } else if let Some(&opt) = VALUED.iter().find(|v| **v == name) {
                let value = match inline {
                    Some(v) => v,
                    None => it
                        .next()
                        .cloned()
                        .ok_or_else(|| Failure::usage(format!("{opt} needs a value")))?,
                };
                if o.value(opt).is_some() {
                    return Err(Failure::usage(format!("{opt} is given twice")));
                }
                o.values.push((opt, value));
            } else {
                return Err(Failure::usage(format!(
                    "unknown option '{name}'; see 'convatlas --help'"
                )));
            }
        }
        Ok(o)
    }

    fn has(&self, flag: &str) -> bool {
        self.flags.contains(&flag)
    }

    /// `--data NAME`, required, one of the lab's data sets.
    fn data(&self) -> Result<String, Failure> {
        let name = self.value("--data").ok_or_else(|| {
            Failure::usage(format!(
                "--data is required; data sets: {}",
                lab::DATA_SETS.join(", ")
            ))
        })?;
        if !lab::DATA_SETS.contains(&name) {
            return Err(Failure::usage(format!(
                "--data is '{name}'; data sets: {}",
                lab::DATA_SETS.join(", ")
            )));
        }
        Ok(name.to_string())
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    fn positional_count(&self, n: usize, command: &str) -> Result<(), Failure> {
        if self.positional.len() == n {
            return Ok(());
        }
        let what = if n == 0 {
            "no arguments"
        } else {
            "exactly one MODEL"
        };
        Err(Failure::usage(format!(
            "{command} takes {what}, got: {}; see 'convatlas {command} --help'",
            self.positional.join(" ")
        )))
    }

    /// The value of `name` parsed as a `T` within `range`, or `default` if absent.
    fn number<T>(
        &self,
        name: &str,
        default: T,
        range: std::ops::RangeInclusive<T>,
    ) -> Result<T, Failure>
    where
        T: std::str::FromStr + PartialOrd + std::fmt::Display + Copy,
    {
        let Some(text) = self.value(name) else {
            return Ok(default);
        };
        match text.trim().parse::<T>() {
            Ok(v) if range.contains(&v) => Ok(v),
            _ => Err(Failure::usage(format!(
                "{name} is '{text}'; allowed: {}..={}",
                range.start(),
                range.end()
            ))),
        }
    }

    /// `--alpha`, `--resolution`, `--groups`, `--scale` as zoo parameters. Only the
    /// syntax is checked here; the zoo checks the values and says what is allowed.
    fn zoo_params(&self) -> Result<ZooParams, Failure> {
        fn parse<T: std::str::FromStr>(
            o: &Options,
            name: &str,
            what: &str,
        ) -> Result<Option<T>, Failure> {
            o.value(name)
                .map(|t| {
                    t.trim()
                        .parse::<T>()
                        .map_err(|_| Failure::usage(format!("{name} expects {what}, got '{t}'")))
                })
                .transpose()
        }
        let alpha: Option<f32> = parse(self, "--alpha", "a number such as 0.75")?;
        let scale: Option<f32> = parse(self, "--scale", "a number such as 0.5")?;
        for (name, v) in [("--alpha", alpha), ("--scale", scale)] {
            if v.is_some_and(|v| !v.is_finite()) {
                return Err(Failure::usage(format!("{name} must be a finite number")));
            }
        }
        Ok(ZooParams {
            alpha,
            resolution: parse(self, "--resolution", "a whole number of pixels such as 224")?,
            groups: parse(self, "--groups", "a whole number such as 3")?,
            scale,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn options_go_anywhere_in_either_form() {
        let a = parse(&args(
            "summary --alpha=0.5 mobilenet_v1 --resolution 160 --json",
        ))
        .unwrap();
        let Command::Summary {
            model,
            params,
            json,
        } = a
        else {
            panic!("{a:?}")
        };
        assert_eq!(model, "mobilenet_v1");
        assert_eq!(
            (params.alpha, params.resolution, json),
            (Some(0.5), Some(160), true)
        );
    }

    #[test]
    fn svg_takes_a_chart_models_and_an_output() {
        let Command::Svg(s) = parse(&args("svg compare a b -o x.svg --dark --zoom 1.5")).unwrap()
        else {
            panic!()
        };
        assert_eq!(
            (s.chart, s.models.len(), s.output.as_str()),
            (ChartKind::Compare, 2, "x.svg")
        );
        assert!(s.dark && s.zoom == 1.5 && s.width == 960);
    }

    #[test]
    fn bad_input_is_a_usage_error_with_a_reason() {
        for (line, needle) in [
            ("frobnicate", "unknown command"),
            ("summary", "exactly one MODEL"),
            ("summary a b", "exactly one MODEL"),
            ("summary a --alpha", "--alpha needs a value"),
            ("summary a --alpha x", "--alpha expects a number"),
            ("summary a --alpha NaN", "finite"),
            ("summary a --resolution -3", "whole number"),
            ("summary a --bogus", "unknown option '--bogus'"),
            ("summary a --json=1", "takes no value"),
            ("summary a --alpha 1 --alpha 1", "given twice"),
            ("svg", "needs a CHART"),
            ("svg pie -o x", "unknown chart 'pie'"),
            ("svg layers a", "needs -o"),
            ("svg layers a -o x --width 10", "--width is '10'"),
            ("svg layers a -o x --zoom inf", "--zoom is 'inf'"),
        ] {
            let e = parse(&args(line)).unwrap_err();
            assert!(e.message.contains(needle), "{line}: {}", e.message);
            assert_eq!(e.code, 2, "{line}");
        }
    }

    #[test]
    fn help_is_found_for_each_command() {
        assert_eq!(parse(&[]).unwrap(), Command::Help(None));
        assert_eq!(
            parse(&args("svg --help")).unwrap(),
            Command::Help(Some("svg"))
        );
        assert_eq!(
            parse(&args("help summary")).unwrap(),
            Command::Help(Some("summary"))
        );
        assert_eq!(parse(&args("--version")).unwrap(), Command::Version);
    }
}
