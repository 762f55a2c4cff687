//! The channel lessons' cost chart: parameters and MACs of the lesson's layer against
//! the number of groups (towers in the Xception lesson), for the app and the CLI.

use super::layer::ChannelLayer;
use super::state::Lesson;
use crate::charts::groups::{cost_against_groups, GroupsLabels};
use crate::charts::Figure;
use crate::i18n::Lang;

/// The cost of `layer` at every group count that divides both channel counts, its own
/// count marked, in the words of `lang`.
pub fn cost_figure(layer: &ChannelLayer, lesson: Lesson, lang: Lang) -> Figure {
    let t = lang.tr();
    let rows: Vec<(usize, u64, u64)> = layer
        .across_groups()
        .into_iter()
        .map(|(g, c)| (g, c.params, c.macs))
        .collect();
    let (title, x_label) = if lesson == Lesson::Xception {
        (t.channels().ch_chart_towers, t.channels().ch_towers)
    } else {
        (t.channels().ch_chart, t.channels().ch_chart_x)
    };
    let labels = GroupsLabels {
        lang,
        title,
        x_label,
        params: t.pg_params,
        macs: t.pg_macs,
    };
    cost_against_groups(&rows, layer.groups, &labels)
}
