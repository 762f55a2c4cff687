//! Reading and writing app state in the URL query string.
//!
//! Every control's value lives in the URL so reload, back/forward and shared
//! links restore the screen. Parsing never fails: an unknown or out-of-range
//! value falls back to its default and leaves a [`Notice`] for the page to show.

use crate::i18n::Lang;

/// Longest value quoted back in a notice (a pasted URL can hold anything).
const MAX_QUOTED: usize = 40;

/// A URL value that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The query key, e.g. `dil`.
    pub key: String,
    /// The value as given (shortened).
    pub value: String,
    /// What would have been accepted, e.g. `1..=4`.
    pub allowed: Allowed,
}

/// What a URL key accepts, written in the interface's language by [`Allowed::text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Allowed {
    /// Values written the same in every language: a range `1..=4`, a list `a, b, c`.
    Values(String),
    /// A sample picture's name (`names`) or `hex` hexadecimal digits.
    Picture { names: String, hex: usize },
    /// `count` comma-separated weights in -99..=99.
    Weights { count: usize },
    /// A second network to compare with (`vs`).
    SecondNetwork,
    /// A resolution in `range` that every layer of the network can take.
    Fits { range: String },
}

impl From<String> for Allowed {
    fn from(values: String) -> Allowed {
        Allowed::Values(values)
    }
}

impl Allowed {
    /// The allowed values as a sentence fragment in the language of `tr`.
    pub fn text(&self, tr: &crate::i18n::Tr) -> String {
        use crate::i18n::fill;
        match self {
            Allowed::Values(v) => v.clone(),
            Allowed::Picture { names, hex } => fill(
                tr.allowed_picture,
                &[("names", names), ("hex", &hex.to_string())],
            ),
            Allowed::Weights { count } => {
                fill(tr.allowed_weights, &[("count", &count.to_string())])
            }
            Allowed::SecondNetwork => tr.allowed_second_network.to_string(),
            Allowed::Fits { range } => fill(tr.allowed_fits, &[("range", range)]),
        }
    }
}

/// A query string split into key/value pairs, in order, percent-decoded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

impl Query {
    /// Parses `a=1&b=2` (with or without the leading `?`).
    pub fn parse(search: &str) -> Query {
        let pairs = search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| match pair.split_once('=') {
                Some((k, v)) => (decode(k), decode(v)),
                None => (decode(pair), String::new()),
            })
            .collect();
        Query(pairs)
    }

    /// Builds a query from pairs.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Query {
        Query(pairs)
    }

    /// The first value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Sets `key` (replacing every earlier value of it, keeping its place).
    pub fn set(&mut self, key: &str, value: String) {
        match self.0.iter().position(|(k, _)| k == key) {
            Some(i) => {
                self.0[i].1 = value;
                let mut seen = 0;
                self.0.retain(|(k, _)| {
                    seen += usize::from(k == key);
                    k != key || seen == 1
                });
            }
            None => self.0.push((key.to_string(), value)),
        }
    }

    /// Removes `key`.
    pub fn remove(&mut self, key: &str) {
        self.0.retain(|(k, _)| k != key);
    }

    /// The pairs whose key is one of `keys`, in order.
    pub fn only(&self, keys: &[&str]) -> Query {
        Query(
            (self.0.iter())
                .filter(|(k, _)| keys.contains(&k.as_str()))
                .cloned()
                .collect(),
        )
    }

    /// `?a=1&b=2` (empty string when there are no pairs).
    pub fn to_search(&self) -> String {
        if self.0.is_empty() {
            return String::new();
        }
        let body: Vec<String> = self
            .0
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        format!("?{}", body.join("&"))
    }
}

/// Reads an integer in `lo..=hi`, or the default with a notice.
pub fn int_in(
    q: &Query,
    key: &str,
    lo: usize,
    hi: usize,
    default: usize,
    notices: &mut Vec<Notice>,
) -> usize {
    match q.get(key) {
        None => default,
        Some(raw) => match raw.trim().parse::<usize>() {
            Ok(v) if (lo..=hi).contains(&v) => v,
            _ => {
                notices.push(notice(key, raw, format!("{lo}..={hi}")));
                default
            }
        },
    }
}

/// Reads one of the named choices, or the default with a notice.
pub fn choice<T: Copy>(
    q: &Query,
    key: &str,
    choices: &[(&str, T)],
    default: T,
    notices: &mut Vec<Notice>,
) -> T {
    match q.get(key) {
        None => default,
        Some(raw) => match choices.iter().find(|(name, _)| *name == raw) {
            Some((_, v)) => *v,
            None => {
                let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
                notices.push(notice(key, raw, names.join(", ")));
                default
            }
        },
    }
}

/// A notice for `key=raw`, quoting at most [`MAX_QUOTED`] characters of the value.
pub fn notice(key: &str, raw: &str, allowed: impl Into<Allowed>) -> Notice {
    // Control characters are shown escaped, so a pasted link cannot garble the page.
    let mut value: String = raw
        .chars()
        .take(MAX_QUOTED)
        .flat_map(|c| {
            let shown: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            shown
        })
        .collect();
    if raw.chars().count() > MAX_QUOTED {
        value.push('…');
    }
    Notice {
        key: key.chars().take(MAX_QUOTED).collect(),
        value,
        allowed: allowed.into(),
    }
}

/// Colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// App-wide settings that live in the URL beside each lesson's own values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ShellSettings {
    pub lang: Lang,
    pub theme: Theme,
    /// Larger type for projection.
    pub large: bool,
    /// Only the widget, for an `<iframe>` in a blog post.
    pub embed: bool,
    /// Presentation mode: one step per screen, large type, high contrast (index.html's
    /// script moves between the steps).
    pub present: bool,
}

impl ShellSettings {
    /// The keys the settings are read from and written to.
    pub const KEYS: [&'static str; 5] = ["lang", "theme", "text", "embed", "present"];

    /// Reads `lang`, `theme`, `text`, `embed` and `present` ([`ShellSettings::KEYS`]).
    pub fn from_query(q: &Query, notices: &mut Vec<Notice>) -> ShellSettings {
        let langs: Vec<(&str, Lang)> = Lang::ALL.iter().map(|l| (l.code(), *l)).collect();
        ShellSettings {
            lang: choice(q, "lang", &langs, Lang::En, notices),
            theme: choice(
                q,
                "theme",
                &[("light", Theme::Light), ("dark", Theme::Dark)],
                Theme::Light,
                notices,
            ),
            large: choice(
                q,
                "text",
                &[("normal", false), ("large", true)],
                false,
                notices,
            ),
            embed: choice(q, "embed", &[("0", false), ("1", true)], false, notices),
            present: choice(q, "present", &[("0", false), ("1", true)], false, notices),
        }
    }

    /// Writes the settings that differ from the defaults into `q`.
    pub fn write(&self, q: &mut Query) {
        let pairs = [
            (
                "lang",
                (self.lang != Lang::En).then(|| self.lang.code().to_string()),
            ),
            (
                "theme",
                (self.theme != Theme::Light).then(|| self.theme.as_str().to_string()),
            ),
            ("text", self.large.then(|| "large".to_string())),
            ("embed", self.embed.then(|| "1".to_string())),
            ("present", self.present.then(|| "1".to_string())),
        ];
        for (key, value) in pairs {
            match value {
                Some(v) => q.set(key, v),
                None => q.remove(key),
            }
        }
    }
}

/// Percent-encodes everything but unreserved characters and `,` (kept readable in kernels).
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes `%XX` and `+`; malformed escapes are kept as they are (never fails).
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_pairs_with_special_characters() {
        let q = Query::from_pairs(vec![
            ("k".into(), "1,-2.5".into()),
            ("x".into(), "a b&c=d%".into()),
        ]);
        assert_eq!(Query::parse(&q.to_search()), q);
    }

    #[test]
    fn decoding_never_fails_on_broken_escapes() {
        let q = Query::parse("?a=%&b=%zz&c=%4&d=%41");
        assert_eq!(q.get("a"), Some("%"));
        assert_eq!(q.get("b"), Some("%zz"));
        assert_eq!(q.get("c"), Some("%4"));
        assert_eq!(q.get("d"), Some("A"));
    }

    #[test]
    fn out_of_range_integer_falls_back_with_notice() {
        let q = Query::parse("dil=99&stride=2");
        let mut notices = vec![];
        assert_eq!(int_in(&q, "dil", 1, 4, 1, &mut notices), 1);
        assert_eq!(int_in(&q, "stride", 1, 4, 1, &mut notices), 2);
        assert_eq!(
            notices,
            vec![Notice {
                key: "dil".into(),
                value: "99".into(),
                allowed: Allowed::Values("1..=4".into())
            }]
        );
    }

    #[test]
    fn long_values_are_shortened_in_notices() {
        let long = "x".repeat(500);
        let n = notice("k", &long, String::from("a"));
        assert_eq!(n.value.chars().count(), MAX_QUOTED + 1);
        assert_eq!(
            notice("k", "a\u{0}\n", String::from("a")).value,
            "a\\u{0}\\n"
        );
    }

    #[test]
    fn shell_keys_alone_give_the_same_settings_and_notices() {
        // Every setting away from its default (written by the settings themselves, so a
        // key missing from KEYS is caught), among page values, garbage and an encoded key.
        let mut q = Query::parse("g=4&l%61ng=ko&cin=64&text=huge&present=1&x=%zz");
        ShellSettings {
            lang: Lang::Ko,
            theme: Theme::Dark,
            large: true,
            embed: true,
            present: true,
        }
        .write(&mut q);
        for search in [
            q.to_search(),
            "?g=2&theme=neon&embed=2".into(),
            String::new(),
        ] {
            let whole = Query::parse(&search);
            let shell = Query::parse(&whole.only(&ShellSettings::KEYS).to_search());
            let (mut a, mut b) = (vec![], vec![]);
            assert_eq!(
                ShellSettings::from_query(&whole, &mut a),
                ShellSettings::from_query(&shell, &mut b),
                "{search}"
            );
            assert_eq!(a, b, "{search}");
            assert!(shell.get("g").is_none() && shell.get("cin").is_none());
        }
    }

    #[test]
    fn set_replaces_duplicates() {
        let mut q = Query::parse("a=1&b=2&a=3");
        q.set("a", "9".into());
        assert_eq!(q.to_search(), "?a=9&b=2");
    }

    #[test]
    fn shell_settings_round_trip_and_reject_garbage() {
        let s = ShellSettings {
            lang: Lang::Ko,
            theme: Theme::Dark,
            large: true,
            embed: true,
            present: true,
        };
        let mut q = Query::default();
        s.write(&mut q);
        let mut notices = vec![];
        assert_eq!(ShellSettings::from_query(&q, &mut notices), s);
        assert!(notices.is_empty());
        let bad = Query::parse("lang=fr&theme=pink&text=huge&embed=yes&present=2");
        assert_eq!(
            ShellSettings::from_query(&bad, &mut notices),
            ShellSettings::default()
        );
        assert_eq!(notices.len(), 5);
    }
}
