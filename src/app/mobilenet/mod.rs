//! The MobileNet chapter: the standard layer against the MobileNet layer (Table 3),
//! the two multipliers on the whole network (Tables 6 and 7), the cost by layer type
//! (Table 2) and full convolutions against separable ones (Table 4).

mod full_table;
mod law_chart;
mod layer_widget;
mod multipliers;
mod page;
mod shares_table;

pub use page::MobileNetPage;
