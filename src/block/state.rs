//! The block-diagram page's state: a network with its parameters (the atlas's
//! URL keys `model`, `alpha`, `res`, `groups`, `scale`) and one of its blocks
//! (`block`), read from and written to the URL.

use super::blocks;
use crate::atlas::{NetChoice, Slot};
use crate::query::{notice, Notice, Query};
use crate::zoo;

/// The network shown when the URL names none: SqueezeNet's Fire modules.
pub const DEFAULT_MODEL: &str = "squeezenet1_0";

/// The zoo networks that have blocks (AlexNet, VGG and the context module are
/// plain stacks), in the zoo's order; every network is built once, on first use.
pub fn models_with_blocks() -> &'static [&'static str] {
    static WITH_BLOCKS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WITH_BLOCKS.get_or_init(|| {
        zoo::MODELS
            .iter()
            .map(|m| m.name)
            .filter(|name| !blocks_of(&NetChoice::defaults(name)).is_empty())
            .collect()
    })
}

/// The blocks of `net` with its parameters (none if it cannot be built).
pub fn blocks_of(net: &NetChoice) -> Vec<String> {
    zoo::build(net.model, &net.params())
        .map(|m| blocks(&m))
        .unwrap_or_default()
}

/// Which block of which network.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockChoice {
    pub net: NetChoice,
    /// A path from [`blocks`] of the network.
    pub block: String,
}

impl BlockChoice {
    /// Reads the choice. A resolution the network cannot take falls back to its
    /// default, a network without blocks to SqueezeNet and a block the network
    /// does not have to its first, each with a notice.
    pub fn from_query(q: &Query, notices: &mut Vec<Notice>) -> BlockChoice {
        let mut net = match q.get("model") {
            Some(_) => NetChoice::from_query(q, Slot::Main, notices),
            None => None,
        }
        .unwrap_or(NetChoice::defaults(DEFAULT_MODEL));
        let built = zoo::build(net.model, &net.params()).or_else(|e| {
            notices.push(crate::atlas::resolution_refused("res", net.res, &e));
            net.res = NetChoice::defaults(net.model).res;
            zoo::build(net.model, &net.params())
        });
        let mut list = built.map(|m| blocks(&m)).unwrap_or_default();
        if list.is_empty() {
            notices.push(notice("model", net.model, models_with_blocks().join(", ")));
            net = NetChoice::defaults(DEFAULT_MODEL);
            list = blocks_of(&net);
        }
        let block = match q.get("block").map(str::trim) {
            Some(b) if list.iter().any(|l| l == b) => b.to_string(),
            other => {
                if let Some(raw) = other.filter(|b| !b.is_empty()) {
                    let shown: Vec<&str> = list.iter().take(20).map(String::as_str).collect();
                    notices.push(notice("block", raw, shown.join(", ")));
                }
                list.first().cloned().unwrap_or_default()
            }
        };
        BlockChoice { net, block }
    }

    /// Writes the network, its parameters and the block.
    pub fn write(&self, q: &mut Query) {
        self.net.write(q, Slot::Main);
        q.set("block", self.block.clone());
    }
}

impl BlockChoice {
    /// The `convatlas` command that writes this diagram (`--lang ko` in Korean).
    pub fn command(&self, lang: crate::i18n::Lang) -> String {
        let p = self.net.params();
        let mut spec = Vec::new();
        if let Some(a) = p.alpha {
            spec.push(format!("alpha={}", crate::atlas::multiplier(a)));
        }
        if let Some(g) = p.groups {
            spec.push(format!("groups={g}"));
        }
        if let Some(s) = p.scale {
            spec.push(format!("scale={}", crate::atlas::multiplier(s)));
        }
        if self.net.res != NetChoice::defaults(self.net.model).res {
            spec.push(format!("resolution={}", self.net.res));
        }
        let model = if spec.is_empty() {
            self.net.model.to_string()
        } else {
            format!("{}:{}", self.net.model, spec.join(","))
        };
        let lang = match lang {
            crate::i18n::Lang::En => "",
            crate::i18n::Lang::Ko => " --lang ko",
        };
        format!(
            "convatlas svg block {model} {} -o {}.svg{lang}",
            self.block,
            self.file_stem()
        )
    }

    /// A file name for the diagram without extension: `squeezenet1_0-fire2`.
    pub fn file_stem(&self) -> String {
        format!("{}-{}", self.net.model, self.block.replace('.', "_"))
    }
}
