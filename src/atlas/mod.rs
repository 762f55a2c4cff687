//! The architecture atlas's state: which networks, with which parameters, which
//! chart and which table order, read from and written to the URL. Pure logic,
//! tested natively; `app::atlas` renders it.
//!
//! URL keys: `model`, `alpha`, `res`, `groups`, `scale` for the first network;
//! `vs`, `vs_alpha`, `vs_res`, `vs_groups`, `vs_scale` for the second (side by
//! side); `chart`, `sort`, `desc`. Parameters a network does not take are ignored.

pub mod table;

use crate::arch::Summary;
use crate::charts::ChartKind;
use crate::query::{choice, int_in, notice, Allowed, Notice, Query};
use crate::zoo::{self, published::Published, Param, ZooParams};
pub use crate::zoo::{match_multiplier, multiplier};
use table::SortKey;

/// MobileNet width multipliers offered.
pub const ALPHAS: [f32; 4] = [0.25, 0.5, 0.75, 1.0];
/// Input resolutions offered (besides the network's default).
pub const RESOLUTIONS: [usize; 4] = [128, 160, 192, 224];
/// ShuffleNet v1 group counts offered.
pub const GROUPS: [usize; 5] = [1, 2, 3, 4, 8];
/// ShuffleNet v1 scales offered.
pub const SCALES: [f32; 5] = [0.25, 0.5, 1.0, 1.5, 2.0];
/// Smallest and largest resolution a URL may ask for (the zoo's bounds).
pub const RES_RANGE: (usize, usize) = (32, 1024);
/// The network shown first.
pub const DEFAULT_MODEL: &str = "mobilenet_v1";

/// Which of the two networks a key belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The network picked first (`model`, `alpha`, ...).
    Main,
    /// The network beside it (`vs`, `vs_alpha`, ...).
    Versus,
}

impl Slot {
    /// The URL key of `param` (`"model"` names the network itself).
    pub fn key(self, param: &str) -> String {
        match (self, param) {
            (Slot::Main, p) => p.to_string(),
            (Slot::Versus, "model") => "vs".to_string(),
            (Slot::Versus, p) => format!("vs_{p}"),
        }
    }
}

/// One network and its parameters (only those it takes are used).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NetChoice {
    /// Zoo name.
    pub model: &'static str,
    pub alpha: f32,
    pub res: usize,
    pub groups: usize,
    pub scale: f32,
}

/// Reads one of `values` written as a number, or `default` with a notice.
pub fn pick_f32(
    q: &Query,
    key: &str,
    values: &[f32],
    default: f32,
    notices: &mut Vec<Notice>,
) -> f32 {
    match q.get(key) {
        None => default,
        Some(raw) => match match_multiplier(raw, values) {
            Some(v) => v,
            None => {
                let allowed: Vec<String> = values.iter().map(|v| multiplier(*v)).collect();
                notices.push(notice(key, raw, allowed.join(", ")));
                default
            }
        },
    }
}

impl NetChoice {
    /// `model` with the zoo's defaults (`model` must be a zoo name).
    pub fn defaults(model: &'static str) -> NetChoice {
        NetChoice {
            model,
            alpha: 1.0,
            res: zoo::info(model).map_or(224, |m| m.resolution),
            groups: 3,
            scale: 1.0,
        }
    }

    /// Whether the network takes `param`.
    pub fn takes(&self, param: Param) -> bool {
        zoo::info(self.model).is_some_and(|m| m.params.contains(&param))
    }

    /// Reads the network of `slot`: `None` when its model key is absent (or,
    /// for the main slot, never: it falls back to [`DEFAULT_MODEL`]).
    pub fn from_query(q: &Query, slot: Slot, notices: &mut Vec<Notice>) -> Option<NetChoice> {
        let model_key = slot.key("model");
        let given = q.get(&model_key).filter(|v| !v.trim().is_empty());
        let model = match given {
            None => None,
            Some(raw) => {
                let found = zoo::info(raw.trim()).map(|m| m.name);
                if found.is_none() {
                    notices.push(notice(&model_key, raw, zoo::names().join(", ")));
                }
                found
            }
        };
        let model = match (model, slot) {
            (Some(m), _) => m,
            (None, Slot::Main) => DEFAULT_MODEL,
            (None, Slot::Versus) => return None,
        };
        let mut c = NetChoice::defaults(model);
        if c.takes(Param::Alpha) {
            c.alpha = pick_f32(q, &slot.key("alpha"), &ALPHAS, c.alpha, notices);
        }
        let (lo, hi) = RES_RANGE;
        c.res = int_in(q, &slot.key("res"), lo, hi, c.res, notices);
        if c.takes(Param::Groups) {
            let groups: Vec<(String, usize)> = GROUPS.iter().map(|g| (g.to_string(), *g)).collect();
            let groups: Vec<(&str, usize)> = groups.iter().map(|(s, g)| (s.as_str(), *g)).collect();
            c.groups = choice(q, &slot.key("groups"), &groups, c.groups, notices);
        }
        if c.takes(Param::Scale) {
            c.scale = pick_f32(q, &slot.key("scale"), &SCALES, c.scale, notices);
        }
        Some(c)
    }

    /// Writes the network and the parameters it takes; removes the others.
    pub fn write(&self, q: &mut Query, slot: Slot) {
        q.set(&slot.key("model"), self.model.to_string());
        q.set(&slot.key("res"), self.res.to_string());
        let optional = [
            ("alpha", Param::Alpha, multiplier(self.alpha)),
            ("groups", Param::Groups, self.groups.to_string()),
            ("scale", Param::Scale, multiplier(self.scale)),
        ];
        for (name, param, value) in optional {
            if self.takes(param) {
                q.set(&slot.key(name), value);
            } else {
                q.remove(&slot.key(name));
            }
        }
    }

    /// The zoo parameters, only those the network takes.
    pub fn params(&self) -> ZooParams {
        ZooParams {
            alpha: self.takes(Param::Alpha).then_some(self.alpha),
            resolution: Some(self.res),
            groups: self.takes(Param::Groups).then_some(self.groups),
            scale: self.takes(Param::Scale).then_some(self.scale),
        }
    }

    /// Label on charts: the name and the parameters it takes.
    pub fn label(&self) -> String {
        let mut parts = vec![];
        if self.takes(Param::Alpha) {
            parts.push(format!("alpha {}", multiplier(self.alpha)));
        }
        if self.takes(Param::Groups) {
            parts.push(format!("g={}", self.groups));
        }
        if self.takes(Param::Scale) {
            parts.push(format!("{}x", multiplier(self.scale)));
        }
        parts.push(self.res.to_string());
        format!("{} ({})", self.model, parts.join(", "))
    }

    /// The summary of this network. A resolution the network cannot take (too
    /// small for its layers, or over the size budget) falls back to the default
    /// resolution with a notice; the choice actually shown is returned.
    pub fn summarize(&self, slot: Slot) -> (NetChoice, Result<Summary, String>, Option<Notice>) {
        match zoo::summary(self.model, &self.params()) {
            Ok(s) => (*self, Ok(s), None),
            Err(e) => {
                let fallback = NetChoice {
                    res: NetChoice::defaults(self.model).res,
                    ..*self
                };
                let n = resolution_refused(&slot.key("res"), self.res, &e);
                let result =
                    zoo::summary(self.model, &fallback.params()).map_err(|e| e.to_string());
                (fallback, result, Some(n))
            }
        }
    }

    /// Resolutions to offer: the usual ones, the default and the current one,
    /// keeping only those the network can take.
    pub fn resolution_options(&self) -> Vec<usize> {
        let mut all: Vec<usize> = RESOLUTIONS.to_vec();
        all.push(NetChoice::defaults(self.model).res);
        all.push(self.res);
        all.sort_unstable();
        all.dedup();
        all.into_iter()
            .filter(|&r| {
                let c = NetChoice { res: r, ..*self };
                zoo::build(self.model, &c.params()).is_ok()
            })
            .collect()
    }

    /// The published figures for exactly this network and these parameters.
    pub fn published(&self) -> Vec<&'static Published> {
        let mine = self.params();
        zoo::published::PUBLISHED
            .iter()
            .filter(|p| p.zoo == Some(self.model))
            .filter(|p| {
                let Some(theirs) = p.zoo_params() else {
                    return false;
                };
                let d = NetChoice::defaults(self.model).params();
                let filled = ZooParams {
                    alpha: theirs.alpha.or(d.alpha),
                    resolution: theirs.resolution.or(d.resolution),
                    groups: theirs.groups.or(d.groups),
                    scale: theirs.scale.or(d.scale),
                };
                filled == mine
            })
            .collect()
    }
}

/// Everything on the atlas page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AtlasState {
    pub main: NetChoice,
    /// The network side by side with the first, if any.
    pub vs: Option<NetChoice>,
    pub chart: ChartKind,
    pub sort: SortKey,
    /// Sort descending.
    pub desc: bool,
}

impl Default for AtlasState {
    fn default() -> Self {
        AtlasState {
            main: NetChoice::defaults(DEFAULT_MODEL),
            vs: None,
            chart: ChartKind::CostByType,
            sort: SortKey::Order,
            desc: false,
        }
    }
}

impl AtlasState {
    /// Reads the state; anything unusable falls back to its default with a notice.
    pub fn from_query(q: &Query, notices: &mut Vec<Notice>) -> AtlasState {
        let d = AtlasState::default();
        let main = NetChoice::from_query(q, Slot::Main, notices).unwrap_or(d.main);
        let vs = NetChoice::from_query(q, Slot::Versus, notices);
        let charts: Vec<(&str, ChartKind)> =
            ChartKind::ALL.iter().map(|k| (k.as_str(), *k)).collect();
        let mut chart = choice(q, "chart", &charts, d.chart, notices);
        if chart == ChartKind::Compare && vs.is_none() {
            notices.push(notice("chart", chart.as_str(), Allowed::SecondNetwork));
            chart = d.chart;
        }
        let sorts: Vec<(&str, SortKey)> = SortKey::ALL.iter().map(|k| (k.as_str(), *k)).collect();
        AtlasState {
            main,
            vs,
            chart,
            sort: choice(q, "sort", &sorts, d.sort, notices),
            desc: choice(q, "desc", &[("0", false), ("1", true)], d.desc, notices),
        }
    }

    /// Writes the state into `q` (defaults of `sort` and `desc` are left out).
    pub fn write(&self, q: &mut Query) {
        self.main.write(q, Slot::Main);
        match &self.vs {
            Some(vs) => vs.write(q, Slot::Versus),
            None => {
                for k in ["model", "alpha", "res", "groups", "scale"] {
                    q.remove(&Slot::Versus.key(k));
                }
            }
        }
        q.set("chart", self.chart.as_str().to_string());
        match self.sort {
            SortKey::Order => q.remove("sort"),
            k => q.set("sort", k.as_str().to_string()),
        }
        match self.desc {
            true => q.set("desc", "1".into()),
            false => q.remove("desc"),
        }
    }

    /// The charts that can be drawn (side by side needs a second network).
    pub fn charts(&self) -> Vec<ChartKind> {
        ChartKind::ALL
            .into_iter()
            .filter(|k| *k != ChartKind::Compare || self.vs.is_some())
            .collect()
    }
}

#[cfg(test)]
mod tests;

/// The notice for a resolution `res` (under `key`) the zoo refused with `error`: outside
/// the zoo's range, the range; inside it, the range and "large enough for every layer".
pub fn resolution_refused(key: &str, res: usize, error: &crate::error::Error) -> Notice {
    let range = crate::zoo::Param::Resolution.allowed().to_string();
    // In range yet refused: a layer of the network cannot take it (budget errors aside).
    let fits = matches!(error, crate::error::Error::Param { .. })
        && crate::zoo::RESOLUTIONS.contains(&res);
    let allowed = if fits {
        Allowed::Fits { range }
    } else {
        Allowed::Values(range)
    };
    notice(key, &res.to_string(), allowed)
}
