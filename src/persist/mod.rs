//! Saving and restoring: the versioned envelope, the single `restore()` path
//! for every untrusted input, and the plan library on a key-value store.
//!
//! Everything here is pure except `local`, the one file that touches the
//! browser's localStorage.

pub mod envelope;
pub mod history;
pub mod kv;
pub mod library;
pub mod link;
pub mod local;

pub use envelope::{
    encode_backup, encode_plan, encode_prefs, restore, Doc, Prefs, Repair, RestoreError, Restored,
};
pub use kv::{Kv, KvError, MemoryKv};
