//! Qunce (群策): plan an online community in four steps — positioning canvas,
//! recruitment channels, tiers and KPI simulator — entirely in the browser.
//!
//! Everything that is not UI — the domain, saved data and `restore()`,
//! links, the summary, labels, strings and exports — is the `qunce-core`
//! crate (`crates/core`). This crate is the Yew editor on top of it:
//!
//! - `app`: the state, its one action type and reducer, undo, tab sync,
//!   routes.
//! - `components`: Yew views; they never call browser APIs while rendering.
//! - `services`: browser I/O for effects and event handlers — the one
//!   storage service, clock, ids, location, downloads, the crash page.

pub mod app;
pub mod components;
pub mod services;

use std::rc::Rc;

use app::AppState;
use services::browser;

/// Reads storage and the URL, then mounts the app on `<body>` once the
/// static first screen has been painted.
pub fn start() {
    services::crash::install();
    let state = boot_state();
    if browser::location_search().contains(qunce_core::persist::link::QUERY_PREFIX) {
        // Opened by the query form of a link: the address becomes the
        // fragment form, so the code leaves the query (which hosts log).
        browser::replace_hash(&format!("{}{}", state.base_url, state.route.to_hash()));
    } else if state.route != app::Route::NotFound {
        browser::replace_hash(&state.route.to_hash());
    }
    // After the static first screen has been painted (see `after_paint`).
    browser::after_paint(move || {
        yew::Renderer::<components::app::App>::with_props(components::app::AppProps {
            initial: Rc::new(state),
        })
        .render();
        browser::register_service_worker();
    });
}

/// The start-up state from the real browser. Public for the browser tests.
pub fn boot_state() -> AppState {
    let now = browser::now_ms();
    let (loaded, available, probe_error) = services::storage::load_library(now);
    let mut state = AppState::boot(
        loaded,
        &app::route::hash_of(&browser::location_hash(), &browser::location_search()),
        browser::browser_lang(),
        available,
        browser::tz_offset_min(),
    );
    state.last_error = probe_error;
    if let Some(session) = services::storage::load_session() {
        state.resume_session(session);
    }
    state.boot_ms = now;
    state.base_url = browser::page_url();
    state
}
