//! Browser I/O: clock, ids, location, downloads, storage. Called from effects
//! and event handlers only, never during render, so components render
//! natively in tests.

pub mod browser;
pub mod camera;
pub mod crash;
pub mod storage;
