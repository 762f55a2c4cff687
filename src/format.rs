//! Numbers as people read them, in one place: counts with thousands separators, axis and
//! label numbers with three significant digits, weights and ratios with trailing zeros
//! dropped. The app, the charts, the exercises and the CLI all write numbers through here.

/// `1248424` as `1,248,424`: every count the app and the CLI show.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A number for an axis or a label: at most three significant digits, no
/// trailing zeros ("569", "4.2", "0.15", "1.2k").
pub fn short_number(v: f64) -> String {
    if !v.is_finite() {
        return String::from("-");
    }
    let a = v.abs();
    let (scaled, suffix) = if a >= 1e6 {
        (v / 1e6, "M")
    } else if a >= 1e4 {
        (v / 1e3, "k")
    } else {
        (v, "")
    };
    let digits = if scaled.abs() >= 100.0 {
        0
    } else if scaled.abs() >= 10.0 {
        1
    } else {
        2
    };
    let text = format!("{scaled:.digits$}");
    let text = if text
        .trim_start_matches('-')
        .trim_matches(['0', '.'])
        .is_empty()
    {
        String::from("0")
    } else {
        text
    };
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    format!("{text}{suffix}")
}

/// `x` with `places` decimals, trailing zeros dropped: `8.47`, `4`.
pub fn decimals(x: f64, places: usize) -> String {
    let text = format!("{x:.places$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// A weight for display: at most 4 decimals, no trailing zeros.
pub fn format_weight(w: f32) -> String {
    match decimals(f64::from(w), 4) {
        zero if zero == "-0" => "0".into(),
        s => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_numbers_keep_three_digits() {
        assert_eq!(short_number(569.0), "569");
        assert_eq!(short_number(4.24), "4.24");
        assert_eq!(short_number(94.86), "94.9");
        assert_eq!(short_number(0.5), "0.5");
        assert_eq!(short_number(15300.0), "15.3k");
        assert_eq!(short_number(2.0e7), "20M");
        assert_eq!(short_number(f64::NAN), "-");
        assert_eq!(short_number(-0.001), "0");
    }

    #[test]
    fn formats_weights_compactly() {
        assert_eq!(format_weight(0.0625), "0.0625");
        assert_eq!(format_weight(1.0 / 9.0), "0.1111");
        assert_eq!(format_weight(-2.0), "-2");
        assert_eq!(format_weight(-0.00001), "0");
    }
}
