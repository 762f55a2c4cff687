//! English and Korean user-facing text: translation tables per language.
//!
//! Every string the app shows is a field of a table, so a missing translation is a
//! compile error. [`Tr`] holds what every page shows (and what several share); each
//! chapter's own widgets have their table ([`Tr::channels`], [`Tr::atlas`], ...), so a
//! page module carries only its own strings. Korean keeps the usual English technical term in parentheses
//! where Korean lecturers use both (e.g. "팽창 (dilation)").

pub mod blocks;
pub mod chapters;
mod en;
mod ko;
pub mod lab;
pub mod lessons;
pub mod mobilenet;
mod mobilenet_text;
pub mod plain;
pub mod shufflenet;
mod shufflenet_text;
pub mod squeeze;

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    /// Every language, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ko];

    /// The URL / `lang` attribute code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// Parses a URL code (`en`, `ko`).
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The table of this language's strings.
    pub fn tr(self) -> &'static Tr {
        match self {
            Lang::En => &en::EN,
            Lang::Ko => &ko::KO,
        }
    }
}

/// The strings every page shows or several pages share, one field per message, and the
/// way to each page's own table. Templates use `{name}` placeholders filled by [`fill`].
#[derive(Debug)]
pub struct Tr {
    /// The language of this table.
    pub lang: Lang,
    pub language_name: &'static str,
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub nav_label: &'static str,
    pub skip_to_content: &'static str,
    pub theme_dark: &'static str,
    pub large_text: &'static str,
    pub language_label: &'static str,
    pub not_found: &'static str,
    pub url_notice_title: &'static str,
    /// `{key}`, `{value}`, `{allowed}`.
    pub url_notice: &'static str,
    /// `{names}`, `{hex}`: what the playground's `in` accepts.
    pub allowed_picture: &'static str,
    /// `{count}`: what the playground's `k` accepts.
    pub allowed_weights: &'static str,
    /// What the atlas's side-by-side chart needs.
    pub allowed_second_network: &'static str,
    /// `{range}`: a resolution in range that a layer of the network cannot take.
    pub allowed_fits: &'static str,
    pub dismiss: &'static str,
    pub copy_link: &'static str,
    /// Saves a chart as a PNG file.
    pub download_png: &'static str,
    pub download_svg: &'static str,
    pub copy_embed: &'static str,
    /// The "check yourself" questions at the end of a chapter.
    pub ex_title: &'static str,
    pub ex_intro: &'static str,
    pub ex_version: &'static str,
    pub ex_other: &'static str,
    pub ex_guess: &'static str,
    pub ex_reveal: &'static str,
    pub ex_right: &'static str,
    pub ex_wrong: &'static str,
    /// `{answer}`.
    pub ex_answer: &'static str,
    /// The settings' button that starts presentation mode.
    pub present: &'static str,
    /// The share bar's list of what to embed: its label, its first entry.
    pub embed_what: &'static str,
    pub embed_whole: &'static str,
    /// The link from an embedded widget back to its chapter.
    pub embed_back: &'static str,
    /// The notice's "allowed" for an unknown `widget`: `{ids}`.
    pub embed_widgets: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub pg_kernel_height: &'static str,
    pub pg_kernel_width: &'static str,
    pub preset_identity: &'static str,
    pub preset_box: &'static str,
    pub preset_gaussian: &'static str,
    pub preset_sobel_x: &'static str,
    pub preset_sobel_y: &'static str,
    pub preset_laplacian: &'static str,
    pub preset_sharpen: &'static str,
    pub pg_params: &'static str,
    pub pg_macs: &'static str,
    pub pg_padding_tap: &'static str,
    /// `{error}`.
    pub atlas_chart_failed: &'static str,
    pub atlas_col_params: &'static str,
    pub atlas_col_macs: &'static str,
    pub atlas_col_rf: &'static str,
    pub papers_title: &'static str,
    pub corrections_title: &'static str,
}

/// The start page's strings (only its module carries them).
#[derive(Debug)]
pub struct HomeTr {
    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub home_open: &'static str,
}

/// The strings of the channel lessons' widgets (only that page module carries them).
#[derive(Debug)]
pub struct ChannelsTr {
    // channel lessons
    pub ch_widget: &'static str,
    pub ch_c_in: &'static str,
    pub ch_c_out: &'static str,
    pub ch_groups: &'static str,
    pub ch_towers: &'static str,
    pub ch_kind_standard: &'static str,
    pub ch_kind_grouped: &'static str,
    pub ch_kind_depthwise: &'static str,
    /// `{list}`.
    pub ch_groups_allowed: &'static str,
    pub ch_multiplier: &'static str,
    pub ch_make_depthwise: &'static str,
    pub ch_pointwise: &'static str,
    pub ch_pointwise_out: &'static str,
    pub ch_out_h: &'static str,
    pub ch_out_w: &'static str,
    pub ch_connections: &'static str,
    pub ch_connections_hint: &'static str,
    /// `{in}`, `{out}`, `{groups}`, `{per}`, `{links}`: the connection diagram as text.
    pub ch_describe_links: &'static str,
    /// `{out}`, `{links}`: the point-wise row of the diagram.
    pub ch_describe_pointwise: &'static str,
    /// `{ch}`, `{count}`.
    pub ch_focus_input: &'static str,
    /// `{ch}`, `{count}`.
    pub ch_focus_output: &'static str,
    /// `{most}`.
    pub ch_too_many: &'static str,
    pub ch_weights: &'static str,
    /// `{shape}`.
    pub ch_weights_caption: &'static str,
    /// `{shape}`, `{blocks}`, `{all}`, `{weights}`, `{max}`: the weight blocks as text.
    pub ch_describe_weights: &'static str,
    /// `{count}`, `{side}`, `{changed}`: a row of feature maps as text.
    pub ch_describe_maps: &'static str,
    /// The word for an empty list.
    pub ch_none: &'static str,
    /// Shuffle switched on.
    pub ch_on: &'static str,
    /// Shuffle switched off.
    pub ch_off: &'static str,
    /// `{layers}`, `{channels}`, `{groups}`, `{shuffle}`, `{traced}`, `{reach}`: the shuffle stack as text.
    pub ch_describe_stack: &'static str,
    pub ch_cost: &'static str,
    pub ch_spatial_layer: &'static str,
    pub ch_pointwise_layer: &'static str,
    pub ch_total: &'static str,
    pub ch_standard_layer: &'static str,
    /// `{ratio}`, `{times}`.
    pub ch_ratio: &'static str,
    /// `{g}`.
    pub ch_ratio_groups: &'static str,
    /// `{n}`, `{k}`, `{value}`.
    pub ch_ratio_separable: &'static str,
    pub ch_chart: &'static str,
    pub ch_chart_towers: &'static str,
    pub ch_chart_x: &'static str,
    /// `{g}`, `{cin}`, `{cout}`, `{list}`.
    pub ch_err_groups: &'static str,
    pub ch_table3: &'static str,
    pub ch_maps: &'static str,
    pub ch_maps_intro: &'static str,
    pub ch_map_side: &'static str,
    pub ch_weight_preset: &'static str,
    pub ch_preset_edges: &'static str,
    pub ch_preset_blur: &'static str,
    pub ch_preset_random: &'static str,
    pub ch_seed: &'static str,
    pub ch_knock_none: &'static str,
    pub ch_maps_input: &'static str,
    pub ch_maps_middle: &'static str,
    pub ch_maps_output: &'static str,
    /// `{ch}`, `{changed}`, `{total}`.
    pub ch_knocked: &'static str,
    /// `{changed}`, `{total}`.
    pub ch_knocked_pw: &'static str,
    pub ch_knock: &'static str,
    /// `{most}`.
    pub ch_maps_too_many: &'static str,
    /// `{macs}`, `{limit}`.
    pub ch_maps_too_costly: &'static str,
    pub sh_title: &'static str,
    pub sh_intro: &'static str,
    pub sh_layers: &'static str,
    pub sh_groups: &'static str,
    pub sh_per_group: &'static str,
    pub sh_shuffle: &'static str,
    pub sh_traced: &'static str,
    /// `{count}`, `{total}`, `{ch}`.
    pub sh_reach: &'static str,
    pub sh_permutation: &'static str,
    pub sh_step: &'static str,
    pub sh_play: &'static str,
    pub sh_reshape: &'static str,
    pub sh_transpose: &'static str,
    pub sh_flatten: &'static str,
    /// `{from}`, `{to}`.
    pub sh_moving: &'static str,
    pub pw_pixel: &'static str,
    /// `{y}`, `{x}`.
    pub pw_pixel_intro: &'static str,
    pub pw_pixel_only: &'static str,
    pub pw_bottleneck: &'static str,
    pub pw_bn_layer: &'static str,
    pub pw_bn_resnet: &'static str,
    pub pw_bn_inception3: &'static str,
    pub pw_bn_inception5: &'static str,
    pub pw_bn_without: &'static str,
    pub pw_bn_with: &'static str,
    pub pw_bn_saving: &'static str,
    pub pw_bn_source: &'static str,
    pub t3_title: &'static str,
    pub t3_full: &'static str,
    pub t3_separable: &'static str,
    pub t3_alpha: &'static str,
    pub t3_rho: &'static str,
    pub t3_ours: &'static str,
    pub t3_paper: &'static str,
    pub t3_source: &'static str,
    pub t3_show: &'static str,
    pub xc_spectrum: &'static str,
    pub xc_regular: &'static str,
    pub xc_inception: &'static str,
    pub xc_extreme: &'static str,
}

/// The strings of the dilation chapter's widgets (only that page module carries them).
#[derive(Debug)]
pub struct RfTr {
    pub chapter_dilation_explorer: &'static str,
    pub rf_layers: &'static str,
    pub rf_layers_hint: &'static str,
    pub rf_apply: &'static str,
    pub rf_presets: &'static str,
    pub rf_p_vgg: &'static str,
    pub rf_p_one5: &'static str,
    pub rf_p_two3: &'static str,
    pub rf_p_one7: &'static str,
    pub rf_p_three3: &'static str,
    pub rf_p_context: &'static str,
    pub rf_p_grid: &'static str,
    pub rf_p_hdc123: &'static str,
    pub rf_p_hdc125: &'static str,
    pub rf_p_strided: &'static str,
    pub rf_input_side: &'static str,
    pub rf_col_layer: &'static str,
    pub rf_col_out: &'static str,
    pub rf_col_rf: &'static str,
    pub rf_col_stride: &'static str,
    pub rf_col_padding: &'static str,
    pub rf_col_coverage: &'static str,
    pub rf_col_recurrence: &'static str,
    pub rf_select: &'static str,
    pub rf_map: &'static str,
    pub rf_map_hint: &'static str,
    /// `{layer}`, `{y}`, `{x}`, `{oh}`, `{ow}`.
    pub rf_unit: &'static str,
    /// `{r}`, `{s}`, `{p}`, `{coverage}`.
    pub rf_summary: &'static str,
    pub rf_uncounted: &'static str,
    /// `{m}`, `{k}`.
    pub rf_hdc_holds: &'static str,
    /// `{m}`, `{k}`.
    pub rf_hdc_fails: &'static str,
    pub rf_hdc_na: &'static str,
    /// `{error}`.
    pub rf_err_stack: &'static str,
    /// `{layer}`, `{extent}`, `{input}`.
    pub rf_err_small: &'static str,
    pub rf_chart: &'static str,
    pub rf_chart_x: &'static str,
    pub rf_chart_y: &'static str,
    pub rf_erf: &'static str,
    pub rf_erf_reroll: &'static str,
    /// `{seed}`.
    pub rf_erf_seed: &'static str,
    /// `{mass}`, `{pixels}`, `{field}`, `{share}`.
    pub rf_erf_mass: &'static str,
    /// `{error}`.
    pub rf_erf_failed: &'static str,
    pub rf_chart_erf: &'static str,
    pub rf_taps: &'static str,
    pub rf_erf_trained: &'static str,
    pub rf_taps_kernel: &'static str,
    pub rf_taps_dilation: &'static str,
    /// `{k}`, `{d}`, `{weights}`, `{span}`, `{holes}`.
    pub rf_taps_facts: &'static str,
    pub rf_taps_open: &'static str,
    pub rf_sees: &'static str,
    /// `{n}`, `{top}`, `{bottom}`, `{left}`, `{right}`, `{reached}`, `{holes}`, `{max}`, `{row}`, `{col}`: a field map as text.
    pub rf_describe_map: &'static str,
    /// `{h}`, `{w}`, `{n}`, `{share}`.
    pub rf_sees_note: &'static str,
}

/// The strings of the atlas (only that page module carries them).
#[derive(Debug)]
pub struct AtlasTr {
    // atlas
    pub atlas_intro: &'static str,
    /// Before a network's layout source ("torchvision inception_v3; Szegedy et al. 2016").
    pub atlas_layout_from: &'static str,
    pub atlas_network: &'static str,
    pub atlas_versus: &'static str,
    pub atlas_versus_none: &'static str,
    pub atlas_alpha: &'static str,
    pub atlas_res: &'static str,
    pub atlas_groups: &'static str,
    pub atlas_scale: &'static str,
    pub atlas_chart: &'static str,
    pub atlas_chart_cost_by_type: &'static str,
    pub atlas_chart_layers: &'static str,
    pub atlas_chart_rf: &'static str,
    pub atlas_chart_accuracy: &'static str,
    /// Under the accuracy chart: why SqueezeNet has two points.
    pub atlas_chart_accuracy_note: &'static str,
    pub atlas_chart_mobilenet: &'static str,
    pub atlas_chart_shufflenet: &'static str,
    pub atlas_chart_compare: &'static str,
    pub atlas_chart_note: &'static str,
    pub atlas_col_order: &'static str,
    pub atlas_col_name: &'static str,
    pub atlas_col_op: &'static str,
    pub atlas_col_kernel: &'static str,
    pub atlas_col_stride: &'static str,
    pub atlas_col_dilation: &'static str,
    pub atlas_col_groups: &'static str,
    pub atlas_col_out: &'static str,
    pub atlas_total: &'static str,
    /// The link from a layer row to the diagram of its block.
    pub atlas_open_block: &'static str,
    /// `{model}`, `{count}`.
    pub atlas_table_caption: &'static str,
    pub atlas_published: &'static str,
    /// `{label}`, `{figures}`, `{source}`.
    pub atlas_pub_entry: &'static str,
    /// `{v}`.
    pub atlas_pub_top1: &'static str,
    /// `{v}`.
    pub atlas_pub_macs: &'static str,
    /// `{v}`.
    pub atlas_pub_params: &'static str,
    /// `{macs}`, `{params}`.
    pub atlas_ours: &'static str,
    pub atlas_shares: &'static str,
    pub atlas_share_macs: &'static str,
    pub atlas_share_params: &'static str,
    pub atlas_kind_pointwise: &'static str,
    pub atlas_kind_depthwise: &'static str,
    pub atlas_kind_spatial: &'static str,
    pub atlas_kind_group: &'static str,
    pub atlas_kind_linear: &'static str,
    pub atlas_kind_pool: &'static str,
    pub atlas_kind_other: &'static str,
    /// `{error}`.
    pub atlas_error: &'static str,
    pub atlas_compare: &'static str,
    pub atlas_compare_layers: &'static str,
    pub atlas_compare_ratio: &'static str,
}

/// The strings of the playground (only that page module carries them).
#[derive(Debug)]
pub struct PlaygroundTr {
    pub pg_intro: &'static str,
    pub pg_input: &'static str,
    pub pg_input_size: &'static str,
    pub pg_input_hint: &'static str,
    pub pg_samples: &'static str,
    pub sample_digit: &'static str,
    pub sample_edge: &'static str,
    pub sample_checker: &'static str,
    pub sample_dot: &'static str,
    pub pg_clear: &'static str,
    pub pg_kernel: &'static str,
    pub pg_kernel_hint: &'static str,
    pub pg_presets: &'static str,
    /// `{row}`, `{col}`.
    pub pg_cell_value: &'static str,
    /// A kernel cell's accessible name, starting with the weight it shows: `{value}`, `{row}`, `{col}`.
    pub pg_cell_button: &'static str,
    pub pg_stride: &'static str,
    pub pg_padding: &'static str,
    pub pg_dilation: &'static str,
    pub pg_output: &'static str,
    pub pg_input_canvas: &'static str,
    pub pg_output_canvas: &'static str,
    /// `{size}`, `{pad}`, `{ink}`, `{taps}`, `{eh}`, `{ew}`, `{list}`: the input canvas as text.
    pub pg_describe_input: &'static str,
    /// `{h}`, `{w}`, `{values}`, `{row}`, `{col}`, `{value}`: the output canvas as text.
    pub pg_describe_output: &'static str,
    pub pg_output_size: &'static str,
    /// `{kh}`, `{kw}`.
    pub pg_params_explain: &'static str,
    /// `{oh}`, `{ow}`, `{kh}`, `{kw}`.
    pub pg_macs_explain: &'static str,
    pub pg_animation: &'static str,
    pub pg_play: &'static str,
    pub pg_pause: &'static str,
    pub pg_step: &'static str,
    pub pg_step_back: &'static str,
    pub pg_position: &'static str,
    pub pg_legend_tap: &'static str,
    pub pg_legend_hole: &'static str,
    pub pg_legend_pad: &'static str,
    /// `{dim}`, `{extent}`, `{padded}`.
    pub pg_err_extent: &'static str,
    pub pg_err_keep: &'static str,
    pub pg_dilation_note: &'static str,
    pub dim_height: &'static str,
    pub dim_width: &'static str,
}

/// The strings of the factorization chapter's widgets (only that page module carries them).
#[derive(Debug)]
pub struct FactorTr {
    pub fa_compare: &'static str,
    pub fa_channels: &'static str,
    pub fa_side: &'static str,
    pub fa_col_stack: &'static str,
    pub fa_col_field: &'static str,
    pub fa_col_weights: &'static str,
    pub fa_col_depth: &'static str,
    pub fa_col_saving: &'static str,
    pub fa_explorer: &'static str,
    /// `{c}`, `{hw}`.
    pub fa_note: &'static str,
    pub fa_rank: &'static str,
    pub fa_kernel: &'static str,
    /// `{error}`.
    pub fa_rank1: &'static str,
    /// `{error}`.
    pub fa_not_rank1: &'static str,
    pub fa_column: &'static str,
    pub fa_row: &'static str,
    pub fa_input: &'static str,
    pub fa_full: &'static str,
    pub fa_separable: &'static str,
    /// `{max}`.
    pub fa_difference: &'static str,
    /// `{side}`, `{min}`, `{max}`: one picture of the checker as text.
    pub fa_describe_picture: &'static str,
    pub fa_modules: &'static str,
    pub fa_modules_note: &'static str,
    pub fa_branch: &'static str,
    pub fa_steps: &'static str,
    /// `{n}`: the paper's figure number; `{grid}`: the map side.
    pub fa_module_head: &'static str,
    pub fa_total: &'static str,
    /// Opens a module's block diagram.
    pub fa_diagram: &'static str,
}

/// `Tr::$name()`: the page table `$table` of en.rs and ko.rs in the table's language.
macro_rules! page_table {
    ($(#[$doc:meta] $name:ident: $ty:ident = $table:ident;)+) => {
        impl Tr {
            $(
                #[$doc]
                pub fn $name(&self) -> &'static $ty {
                    match self.lang {
                        Lang::En => &en::$table,
                        Lang::Ko => &ko::$table,
                    }
                }
            )+
        }
    };
}

page_table! {
    /// The strings of the channel lessons' widgets in this table's language.
    channels: ChannelsTr = CHANNELS;
    /// The strings of the dilation chapter's widgets in this table's language.
    rf: RfTr = RF;
    /// The strings of the atlas in this table's language.
    atlas: AtlasTr = ATLAS;
    /// The strings of the playground in this table's language.
    playground: PlaygroundTr = PLAYGROUND;
    /// The strings of the factorization chapter's widgets in this table's language.
    factor: FactorTr = FACTOR;
    /// The start page's strings in this table's language.
    home: HomeTr = HOME;
}

impl Tr {
    /// The name of a kernel preset in this language.
    pub fn preset(&self, p: crate::playground::kernel::Preset) -> &'static str {
        use crate::playground::kernel::Preset;
        match p {
            Preset::Identity => self.preset_identity,
            Preset::BoxBlur => self.preset_box,
            Preset::Gaussian => self.preset_gaussian,
            Preset::SobelX => self.preset_sobel_x,
            Preset::SobelY => self.preset_sobel_y,
            Preset::Laplacian => self.preset_laplacian,
            Preset::Sharpen => self.preset_sharpen,
        }
    }
}

/// Fills `{name}` placeholders of a template with the given values.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fields of a language's tables (the common one and each page's) as (name, text),
    /// read from their Debug forms.
    fn entries(tr: &Tr) -> Vec<(String, String)> {
        let tables = [
            format!("{tr:#?}"),
            format!("{:#?}", tr.channels()),
            format!("{:#?}", tr.rf()),
            format!("{:#?}", tr.atlas()),
            format!("{:#?}", tr.playground()),
            format!("{:#?}", tr.factor()),
            format!("{:#?}", tr.home()),
        ];
        tables
            .iter()
            .flat_map(|t| t.lines())
            .filter_map(|line| line.trim().split_once(": "))
            .filter(|(k, _)| *k != "lang")
            .map(|(k, v)| {
                (
                    k.to_string(),
                    v.trim_end_matches(',').trim_matches('"').to_string(),
                )
            })
            .collect()
    }

    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn both_languages_fill_every_field_with_the_same_placeholders() {
        let (en, ko) = (entries(Lang::En.tr()), entries(Lang::Ko.tr()));
        assert!(en.len() > 280, "parsed {} fields", en.len());
        assert_eq!(en.len(), ko.len());
        for ((key, en_text), (ko_key, ko_text)) in en.iter().zip(&ko) {
            assert_eq!(key, ko_key);
            assert!(
                !en_text.trim().is_empty() && !ko_text.trim().is_empty(),
                "{key} is empty"
            );
            assert_eq!(
                placeholders(en_text),
                placeholders(ko_text),
                "{key}: placeholders differ"
            );
        }
    }

    #[test]
    fn korean_is_actually_korean() {
        let hangul = |s: &str| s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
        let ko = entries(Lang::Ko.tr());
        // Names that stay the same in both languages.
        let same = ["app_title"];
        for (key, text) in ko.iter().filter(|(k, _)| !same.contains(&k.as_str())) {
            assert!(hangul(text), "{key} has no Korean: {text}");
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("{a} and {b}, {a}", &[("a", "1"), ("b", "2")]),
            "1 and 2, 1"
        );
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::parse("fr"), None);
    }
}
