//! The browser's localStorage behind the [`Kv`] interface. The only file in
//! `persist` that touches a browser API; call it from effects and event
//! handlers, never while rendering.

use wasm_bindgen::JsValue;

use super::kv::{Kv, KvError};

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
