//! Qunce (群策): plan an online community in four steps — positioning canvas,
//! recruitment channels, tiers and KPI simulator — entirely in the browser.
//!
//! - `domain`: the pure core (no browser, no framework), tested natively.
//! - `persist`: saved-data format, `restore()`, the plan library on a
//!   key-value store; `persist::local` is the localStorage adapter.
//! - `app`: state, actions, routes.
//! - `components`: Yew views; they never call browser APIs while rendering.
//! - `services`: browser I/O for effects and event handlers.

pub mod app;
pub mod components;
pub mod domain;
pub mod examples;
pub mod i18n;
pub mod persist;
pub mod qr;
pub mod services;
pub mod summary;

use std::rc::Rc;

use app::AppState;
use persist::library;
use persist::local::LocalKv;
use persist::MemoryKv;
use services::browser;

/// Reads storage and the URL, then mounts the app on `<body>` once the
/// static first screen has been painted.
pub fn start() {
    services::crash::install();
    let state = boot_state();
    if state.route != app::Route::NotFound {
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
    let (loaded, available, probe_error) = match LocalKv::open() {
        Some(kv) => {
            let loaded = library::load(&kv, now);
            (loaded, true, kv.probe().err())
        }
        None => (library::load(&MemoryKv::new(), now), false, None),
    };
    let mut state = AppState::boot(
        loaded,
        &browser::location_hash(),
        browser::browser_lang(),
        available,
        browser::tz_offset_min(),
    );
    state.last_error = probe_error;
    state.boot_ms = now;
    state.base_url = browser::page_url();
    state
}
