//! "Moved to the trash — Undo", after a delete.

use yew::prelude::*;

use crate::app::Action;
use qunce_core::i18n::Key;

use super::{dispatch_on_click, use_app};

#[component]
pub fn UndoToast() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let Some(plan) = state.undo_trash.as_ref().and_then(|id| state.plan(id)) else {
        return html! {};
    };
    let text = state.lang.tf(Key::MovedToTrash, &[("name", state.display_name(plan))]);
    let undo = dispatch_on_click(&state, || Action::UndoTrash);
    let dismiss = dispatch_on_click(&state, || Action::DismissUndo);
    html! {
        <div class="toast" role="status" data-testid="undo-toast">
            <span class="toast__text">{ text }</span>
            <button type="button" class="button button--light" onclick={undo}>{ state.t(Key::Undo) }</button>
            <button type="button" class="toast__close" onclick={dismiss} aria-label={state.t(Key::Dismiss)}>{ "×" }</button>
        </div>
    }
}
