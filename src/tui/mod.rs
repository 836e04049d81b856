//! The TUI debugger (`pyglass debug`): ratatui + crossterm. State and actions live in `App`,
//! every key goes through the `Keymap` to an `Action`, drawing is a pure function of the state
//! (`draw.rs`, one file per pane under `panes/`), colours come only from the `Theme`. The
//! `Tui` front-end (`frontend.rs`) connects it to the debugger session.

pub mod app;
pub mod draw;
pub mod frontend;
pub mod keymap;
pub mod layout;
pub mod live_profile;
pub mod output;
pub mod panes;
pub mod terminal;
pub mod theme;
pub mod view;
