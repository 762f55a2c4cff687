//! The charts by name, as the CLI's `svg CHART` and the app's chart picker list them.

/// Every chart of the atlas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Share of MACs and parameters by layer type (MobileNet Table 2).
    CostByType,
    /// Parameters and MACs of every layer.
    Layers,
    /// Receptive-field size through the layers.
    RfGrowth,
    /// Published top-1 accuracy against MACs across networks.
    AccuracyVsMacs,
    /// MobileNet's width (alpha) and resolution multipliers.
    MobilenetMultipliers,
    /// ShuffleNet's complexity and error by number of groups.
    ShufflenetGroups,
    /// Networks side by side: parameters, MACs, receptive field.
    Compare,
}

impl ChartKind {
    /// All charts, in the order the help text lists them.
    pub const ALL: [ChartKind; 7] = [
        ChartKind::CostByType,
        ChartKind::Layers,
        ChartKind::RfGrowth,
        ChartKind::AccuracyVsMacs,
        ChartKind::MobilenetMultipliers,
        ChartKind::ShufflenetGroups,
        ChartKind::Compare,
    ];

    /// The chart's name on the command line and in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            ChartKind::CostByType => "cost-by-type",
            ChartKind::Layers => "layers",
            ChartKind::RfGrowth => "rf-growth",
            ChartKind::AccuracyVsMacs => "accuracy-vs-macs",
            ChartKind::MobilenetMultipliers => "mobilenet-multipliers",
            ChartKind::ShufflenetGroups => "shufflenet-groups",
            ChartKind::Compare => "compare",
        }
    }

    /// The chart named `name`, or a message listing the names.
    pub fn parse(name: &str) -> Result<ChartKind, String> {
        ChartKind::ALL
            .into_iter()
            .find(|k| k.as_str() == name)
            .ok_or_else(|| {
                let names: Vec<&str> = ChartKind::ALL.iter().map(|k| k.as_str()).collect();
                format!("unknown chart '{name}'; charts: {}", names.join(", "))
            })
    }

    /// One line describing the chart.
    pub fn describe(self) -> &'static str {
        match self {
            ChartKind::CostByType => {
                "share of MACs and parameters by layer type (MobileNet Table 2)"
            }
            ChartKind::Layers => "parameters and MACs of every layer",
            ChartKind::RfGrowth => "receptive field through the layers",
            ChartKind::AccuracyVsMacs => "published top-1 accuracy against MACs across networks",
            ChartKind::MobilenetMultipliers => "MobileNet width and resolution multipliers",
            ChartKind::ShufflenetGroups => "ShuffleNet complexity and error by groups",
            ChartKind::Compare => "networks side by side: parameters, MACs, receptive field",
        }
    }

    /// How many models the chart draws (the published charts need none).
    pub fn model_count(self) -> std::ops::RangeInclusive<usize> {
        match self {
            ChartKind::CostByType | ChartKind::Layers => 1..=2,
            ChartKind::RfGrowth => 1..=4,
            ChartKind::Compare => 2..=4,
            ChartKind::AccuracyVsMacs
            | ChartKind::MobilenetMultipliers
            | ChartKind::ShufflenetGroups => 0..=0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_list_the_choices() {
        for k in ChartKind::ALL {
            assert_eq!(ChartKind::parse(k.as_str()), Ok(k));
        }
        let err = ChartKind::parse("pie").unwrap_err();
        assert!(err.contains("'pie'") && err.contains("rf-growth"), "{err}");
    }
}
