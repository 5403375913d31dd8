//! Qunce's core: everything about a plan that is not UI, with no browser and
//! no UI framework, so that the Yew editor, the shared-link viewer and the
//! importer all build on one copy of it and it is tested natively.
//!
//! - [`domain`]: the plan and what is computed from it — canvas and its
//!   diagnosis, channels with their forecast and optimiser, tiers, the KPI
//!   simulator (whose inner loops are the `qunce-sim` crate).
//! - [`persist`]: the saved-data envelope and its one [`persist::restore`],
//!   versions, the share-link codec, and the plan library over the [`Kv`]
//!   trait (the browser's localStorage adapter lives in the app).
//! - [`i18n`]: every string in both languages; [`labels`]: how domain
//!   values are named, with plural rules.
//! - [`summary`]: a plan's one-page summary; [`export`]: the files made from
//!   a plan (Markdown, WeChat text, CSV, JSON) with their names and types.
//! - [`examples`]: the four example plans; [`qr`]: QR codes of links.
//! - `board` (editor-only): the workshop board's reading of a chat and its
//!   one table of the plans side by side.
//!
//! [`Kv`]: persist::Kv

/// The workshop board is the editor's alone: its strings are left out of
/// the shared-link viewer's build (`ui-strings`), so it is too.
#[cfg(feature = "ui-strings")]
pub mod board;
pub mod domain;
pub mod examples;
pub mod export;
pub mod glossary;
pub mod i18n;
pub mod labels;
pub mod persist;
pub mod qr;
pub mod summary;
