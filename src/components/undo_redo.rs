//! Undo and redo buttons for plan edits (also Ctrl+Z / Ctrl+Shift+Z, see
//! `components::app`).

use yew::prelude::*;

use crate::app::Action;
use qunce_core::i18n::Key;

use super::{dispatch_on_click, use_app};

#[component]
pub fn UndoRedo() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let undo = dispatch_on_click(&state, || Action::Undo);
    let redo = dispatch_on_click(&state, || Action::Redo);
    html! {
        <div class="undo-redo" role="group">
            <button type="button" class="button button--quiet undo-redo__button" onclick={undo}
                disabled={state.undo.is_empty()} title={state.t(Key::UndoLabel)} data-testid="undo">
                { "↶ " }{ state.t(Key::Undo) }
            </button>
            <button type="button" class="button button--quiet undo-redo__button" onclick={redo}
                disabled={state.redo.is_empty()} title={state.t(Key::RedoLabel)} data-testid="redo">
                { "↷ " }{ state.t(Key::Redo) }
            </button>
        </div>
    }
}
