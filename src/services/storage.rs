//! The one storage service: the browser's localStorage behind the core's
//! [`Kv`] interface, and the few things the app does with it. Views never
//! open storage themselves; they call these functions from effects and event
//! handlers, never while rendering. What is read goes through the core's
//! `restore()` (via `library` and `history`).

use qunce_core::domain::PlanId;
use qunce_core::persist::history::{self, History};
use qunce_core::persist::library::{self, Loaded};
use qunce_core::persist::{Kv, KvError, MemoryKv, RestoreError};
use wasm_bindgen::JsValue;

use crate::app::AppState;
use crate::app::FlushReport;

/// The plan library as start-up finds it: what was loaded, whether storage
/// is there at all, and whether a test write failed (full or read-only).
pub fn load_library(now_ms: i64) -> (Loaded, bool, Option<KvError>) {
    match LocalKv::open() {
        Some(kv) => {
            let loaded = library::load(&kv, now_ms);
            (loaded, true, kv.probe().err())
        }
        None => (library::load(&MemoryKv::new(), now_ms), false, None),
    }
}

/// Writes what is pending; `None` where storage cannot be opened (the edits
/// stay pending and the save indicator says so).
pub fn flush(state: &AppState) -> Option<FlushReport> {
    LocalKv::open().map(|kv| state.flush(&kv))
}

/// A stored value exactly as it is (for downloading a set-aside entry).
pub fn read_raw(key: &str) -> Option<String> {
    LocalKv::open().and_then(|kv| kv.get(key))
}

/// Deletes a set-aside backup entry; `true` once it is gone.
pub fn remove_backup(key: &str) -> bool {
    key.starts_with(library::BACKUP_PREFIX) && LocalKv::open().is_some_and(|kv| kv.remove(key).is_ok())
}

/// A plan's saved versions: `None` where storage cannot be opened.
pub fn load_history(id: &PlanId) -> Option<Result<Option<History>, RestoreError>> {
    LocalKv::open().map(|kv| history::load(&kv, id))
}

/// This tab's undo and redo steps, in session storage: they survive a
/// reload of the tab, not its closing, and are never shared between tabs.
pub const SESSION_KEY: &str = "qunce.session";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Writes this tab's newest undo and redo steps (the core's
/// `encode_session`; nothing if there are none). A failed write (a full
/// quota) only means undo does not survive a reload.
pub fn save_session(state: &AppState) {
    let Some(s) = session_storage() else { return };
    if state.undo.is_empty() && state.redo.is_empty() {
        let _ = s.remove_item(SESSION_KEY);
    } else {
        let _ = s.set_item(SESSION_KEY, &qunce_core::persist::encode_session(&state.undo, &state.redo));
    }
}

/// The undo and redo steps this tab kept before a reload, read through
/// `restore()`; `None` if there are none or they cannot be read.
pub fn load_session() -> Option<qunce_core::persist::Session> {
    let raw = session_storage()?.get_item(SESSION_KEY).ok()??;
    match qunce_core::persist::restore(&raw).ok()?.doc {
        qunce_core::persist::Doc::Session(s) => Some(s),
        _ => None,
    }
}

/// The workshop boards kept in this browser, most recently used first
/// (read through `restore()`; none where storage cannot be opened).
pub fn list_boards() -> Vec<qunce_core::persist::boards::Board> {
    LocalKv::open().map(|kv| qunce_core::persist::boards::list(&kv)).unwrap_or_default()
}

/// Stores a board and returns the boards now kept; `None` if it could not
/// be written.
pub fn save_board(
    board: &qunce_core::persist::boards::Board,
) -> Option<Vec<qunce_core::persist::boards::Board>> {
    LocalKv::open().and_then(|kv| qunce_core::persist::boards::save(&kv, board).ok())
}

/// Deletes a board; `true` once it is gone.
pub fn remove_board(id: &PlanId) -> bool {
    LocalKv::open().is_some_and(|kv| qunce_core::persist::boards::remove(&kv, id).is_ok())
}

pub const PROBE_KEY: &str = "qunce.probe";

pub struct LocalKv {
    storage: web_sys::Storage,
}

impl LocalKv {
    /// The page's localStorage, or `None` where the browser refuses it
    /// (disabled cookies, some in-app browsers, sandboxed frames).
    pub fn open() -> Option<LocalKv> {
        let storage = web_sys::window()?.local_storage().ok()??;
        Some(LocalKv { storage })
    }

    /// Tries a small write, so a full or read-only storage shows at start-up
    /// rather than at the first edit.
    pub fn probe(&self) -> Result<(), KvError> {
        self.set(PROBE_KEY, "1")?;
        self.remove(PROBE_KEY)
    }
}

fn classify(err: JsValue) -> KvError {
    let name = js_sys::Reflect::get(&err, &JsValue::from_str("name"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => KvError::Full,
        "SecurityError" => KvError::Unavailable,
        _ => {
            let message = js_sys::Reflect::get(&err, &JsValue::from_str("message"))
                .ok()
                .and_then(|v| v.as_string())
                .or_else(|| err.as_string())
                .unwrap_or(name);
            KvError::Other(message.chars().take(200).collect())
        }
    }
}

impl Kv for LocalKv {
    fn keys(&self) -> Vec<String> {
        let n = self.storage.length().unwrap_or(0);
        (0..n).filter_map(|i| self.storage.key(i).ok().flatten()).collect()
    }

    fn get(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), KvError> {
        self.storage.remove_item(key).map_err(classify)
    }
}
