//! Widgets that recur across screens.

pub mod bars;
pub mod editor;
pub mod filter_list;
pub mod text;
pub mod timer;
