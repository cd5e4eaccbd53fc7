//! The screens. Each owns its state and keeps the contract of
//! [`crate::tui::ctx`]: `update(&mut State, Command, &Ctx) -> Reply`, key and
//! paste handlers of the same shape, and `draw(&State, &Ctx, &mut Frame, Rect)`.
//! A screen imports widgets, actions, the keymap, styles and the ctx module,
//! never the app or the top-level update; sibling screens do not import each
//! other (a family shares through its own `mod.rs`).

pub mod export;
pub mod home;
pub mod review;
pub mod session;
pub mod setup;
pub mod summary;
