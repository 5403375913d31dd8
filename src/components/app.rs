//! The root: owns the state, provides it, and runs the browser effects
//! (hash routing, autosave, flush on leaving the page).

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::state::external_change;
use crate::app::{Action, AppContext, AppState, Route};
use crate::persist::local::LocalKv;
use crate::services::browser;

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
    if let Some(kv) = LocalKv::open() {
        let report = state.flush(&kv);
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
            // Closing or hiding the tab must not lose the last edit that the
            // debounce has not written yet.
            let flush = move |_: &Event| flush_now(&latest.borrow());
            let on_hide = EventListener::new(&window, "pagehide", flush.clone());
            let on_visibility = EventListener::new(&gloo::utils::document(), "visibilitychange", flush);
            move || drop((on_hash, on_storage, on_hide, on_visibility))
        });
    }

    use_effect_with(state.route.clone(), |route| {
        if *route != Route::NotFound {
            browser::push_hash(&route.to_hash());
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

    html! {
        <ContextProvider<AppContext> context={state}>
            <Shell />
        </ContextProvider<AppContext>>
    }
}
