//! A small key-value interface over localStorage, with an in-memory twin used
//! by native tests (and as the fallback when the browser refuses storage).

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why a write failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KvError {
    /// No storage at all (disabled, private mode, sandboxed frame).
    Unavailable,
    /// The browser's quota is used up.
    Full,
    /// Anything else the browser threw, with its message.
    Other(String),
}

pub trait Kv {
    /// All keys currently stored.
    fn keys(&self) -> Vec<String>;
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str) -> Result<(), KvError>;
    fn remove(&self, key: &str) -> Result<(), KvError>;
}

/// In-memory store; `fail_writes` makes every write fail as a full disk would.
#[derive(Default)]
pub struct MemoryKv {
    map: RefCell<BTreeMap<String, String>>,
    fail_writes: RefCell<Option<KvError>>,
}

impl MemoryKv {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with(entries: &[(&str, &str)]) -> Self {
        let kv = Self::new();
        for (k, v) in entries {
            kv.map.borrow_mut().insert((*k).to_owned(), (*v).to_owned());
        }
        kv
    }

    /// Makes later writes fail with `err` (or succeed again with `None`).
    pub fn fail_writes(&self, err: Option<KvError>) {
        *self.fail_writes.borrow_mut() = err;
    }

    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.map.borrow().clone()
    }
}

impl Kv for MemoryKv {
    fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }

    fn get(&self, key: &str) -> Option<String> {
        self.map.borrow().get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        if let Some(err) = self.fail_writes.borrow().clone() {
            return Err(err);
        }
        self.map.borrow_mut().insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), KvError> {
        if let Some(err) = self.fail_writes.borrow().clone() {
            return Err(err);
        }
        self.map.borrow_mut().remove(key);
        Ok(())
    }
}
