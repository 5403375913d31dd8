//! Yew views, one component per file, grouped by screen. Components read the
//! [`AppContext`](crate::app::AppContext) and props only; browser calls live
//! in event handlers and effects, so everything renders natively (Yew SSR).

pub mod app;
pub mod canvas;
pub mod channels;
pub mod data_table;
pub mod header;
pub mod library;
pub mod not_found;
pub mod notices;
pub mod number;
pub mod plan;
pub mod shell;
pub mod simulate;
pub mod storage_banner;
pub mod tiers;
pub mod undo_redo;
pub mod undo_toast;

use yew::prelude::*;

use crate::app::{Action, AppContext};

/// The app context; components are only ever mounted under [`app::App`] or a
/// test host that provides it.
#[hook]
pub fn use_app() -> Option<AppContext> {
    use_context::<AppContext>()
}

/// A click handler that dispatches the action `make` builds at click time.
pub fn dispatch_on_click(state: &AppContext, make: impl Fn() -> Action + 'static) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| state.dispatch(make()))
}
