//! Saving and restoring: the versioned envelope, the single `restore()` path
//! for every untrusted input, and the plan library on a key-value store.
//!
//! All of it is pure: the browser's localStorage is one adapter of the
//! [`Kv`] trait in the app (`services::storage`).

pub mod boards;
pub mod code;
pub mod envelope;
pub mod history;
pub mod kv;
pub mod library;
pub mod link;

pub use envelope::{
    encode_backup, encode_plan, encode_prefs, encode_session, restore, restore_plan, Doc, PlanEdit, Prefs,
    Repair, RestoreError, Restored, Session, MAX_SESSION_STEPS,
};
pub use kv::{Kv, KvError, MemoryKv};
