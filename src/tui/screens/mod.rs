//! One file per screen: its state, its part of `update`, its `draw`.

pub mod closing;
pub mod home;
pub mod notes;
pub mod review;
pub mod review_chart;
pub mod review_detail;
pub mod review_frame;
pub mod review_list;
pub mod review_register;
pub mod session;
pub mod setup;
pub mod steps;
pub mod summary;
pub mod theme_picker;
