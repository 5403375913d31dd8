//! Application state and everything that changes it. Reducers are pure:
//! saving and URL changes happen in effects (see `components::app`) and
//! `services`.
//!
//! - `state`: the one [`AppState`], what views ask of it, its bookkeeping;
//! - `action`: the one [`Action`] type;
//! - `reduce`: the one reducer match;
//! - `undo`: undo and redo steps, typing bursts merged;
//! - `save`: autosave bookkeeping (what is pending, [`AppState::flush`]);
//! - `tab_sync`: another tab's writes;
//! - `route`: hash routes.

mod action;
mod reduce;
pub mod route;
mod save;
mod state;
mod tab_sync;
mod undo;

pub use action::Action;
pub use reduce::reduce_all;
pub use route::{PlanView, Route};
pub use save::FlushReport;
pub use state::{AppContext, AppState, ImportReport, Notice, SaveStatus, BACKUP_REMINDER_DAYS};
pub use tab_sync::external_change;
pub use undo::{typed_field, PlanEdit, MAX_UNDO, UNDO_MERGE_MS, VERSION_EVERY_EDITS};
