//! The convolution playground: paint an input and a kernel, change stride,
//! padding and dilation, and step through how each output value is computed.

mod draw;
mod facts;
mod input_controls;
mod input_view;
mod kernel_editor;
mod layer_controls;
mod output_view;
mod page;
mod stepper;

pub use page::PlaygroundPage;
