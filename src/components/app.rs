//! The root: owns the state, provides it, and runs the browser effects
//! (hash routing, autosave, flush on leaving the page).

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::external_change;
use crate::app::{Action, AppContext, AppState, Route};
use crate::services::{browser, storage};

use super::shell::Shell;

/// How long after the last edit the plan is written.
pub const AUTOSAVE_DELAY_MS: u32 = 300;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub initial: Rc<AppState>,
}

fn flush_now(state: &AppContext) {
    if !state.has_unsaved() {
        return;
    }
    if let Some(report) = storage::flush(state) {
        state.dispatch(Action::Flushed(report));
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || (*initial).clone());

    // The newest handle, for listeners that are registered once.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();

    // The app is drawn: the static copy of the first screen goes — except a
    // shared plan the viewer has painted, which stays until the shared page
    // has its figures (it removes it then; see `SharedPage`).
    let shared = matches!(state.route, Route::Shared { .. });
    use_effect_with(shared, |shared| {
        if !*shared || !browser::viewer_showing() {
            browser::remove_prerender();
        }
    });
    {
        let dispatcher = state.dispatcher();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_hash = EventListener::new(&window, "hashchange", {
                let dispatcher = dispatcher.clone();
                move |_| dispatcher.dispatch(Action::Navigate(Route::parse(&browser::location_hash())))
            });
            // Another tab saved or deleted a plan.
            let on_storage = {
                let dispatcher = dispatcher.clone();
                EventListener::new(&window, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
                    let Some(key) = e.key() else { return };
                    let new_value = e.new_value();
                    let change =
                        external_change(&key, new_value.as_deref(), browser::new_id(), browser::now_ms());
                    if let Some(action) = change {
                        dispatcher.dispatch(action);
                    }
                })
            };
            // Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo plan
            // edits, except inside a text field, which keeps its own undo.
            let on_key = {
                let dispatcher = dispatcher.clone();
                // Not passive: the browser's own undo must be prevented.
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                        return;
                    }
                    let in_field = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
                    if in_field {
                        return;
                    }
                    let action = match (e.key().to_lowercase().as_str(), e.shift_key()) {
                        ("z", false) => Action::Undo,
                        ("z", true) | ("y", false) => Action::Redo,
                        _ => return,
                    };
                    e.prevent_default();
                    dispatcher.dispatch(action);
                })
            };
            // Closing or hiding the tab must not lose the last edit that the
            // debounce has not written yet.
            let flush = move |_: &Event| {
                let state = latest.borrow();
                flush_now(&state);
                storage::save_session(&state);
            };
            let on_hide = EventListener::new(&window, "pagehide", flush.clone());
            let on_visibility = EventListener::new(&gloo::utils::document(), "visibilitychange", flush);
            move || drop((on_hash, on_storage, on_key, on_hide, on_visibility))
        });
    }

    // A new page (another plan, step or view) opens at its top, not at the
    // scroll position of the one before.
    let first = use_mut_ref(|| true);
    use_effect_with(state.route.clone(), move |route| {
        if *route != Route::NotFound {
            browser::push_hash(&route.to_hash());
        }
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            browser::scroll_to_top();
        }
    });

    use_effect_with(state.lang, |lang| browser::set_document_lang(*lang));
    use_effect_with(state.title(), |title| browser::set_title(title));

    {
        let handle = state.clone();
        use_effect_with(state.revision, move |_| {
            let timer =
                handle.has_unsaved().then(|| Timeout::new(AUTOSAVE_DELAY_MS, move || flush_now(&handle)));
            move || drop(timer)
        });
    }

    // This tab's undo and redo steps, kept for a reload (session storage).
    {
        let handle = state.clone();
        use_effect_with(state.session_rev, move |rev| {
            let timer =
                (*rev > 0).then(|| Timeout::new(AUTOSAVE_DELAY_MS, move || storage::save_session(&handle)));
            move || drop(timer)
        });
    }

    html! {
        <ContextProvider<AppContext> context={state}>
            <Shell />
        </ContextProvider<AppContext>>
    }
}
