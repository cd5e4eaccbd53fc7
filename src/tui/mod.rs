//! The terminal UI, in the Elm architecture: one state ([`app::App`]), actions
//! from the keymap, a pure [`update::update`] that routes each action to the
//! screen on show (the contract is in [`ctx`]) and returns effects, effects
//! carried out in one place ([`runner`]), and [`view::view`] that only draws.
//! Start-up and the event loop are [`start`].
//!
//! Who imports whom (no loops): `start` → `runner` → `update` → `app` →
//! `screens` → `ctx`, `widgets`, `keymap`, `action`, `style`; `view` draws
//! through the screens. A screen never imports `app`, `update` or another
//! screen family.

pub mod action;
pub mod app;
pub mod ctx;
pub mod help;
pub mod indexing;
mod input;
pub mod keymap;
pub mod rescue;
pub mod runner;
pub mod screens;
pub mod start;
pub mod style;
pub mod terminal;
pub mod update;
pub mod view;
pub mod widgets;

pub use runner::{Runner, step, step_drawing};
pub use start::{Options, Start, prepare, run};
