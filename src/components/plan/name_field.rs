//! The plan's name as an editable heading. Edits are committed on change
//! (Enter or leaving the field), so typing is never interrupted by cleaning.
//! A one-line text area over a hidden copy of its text, so a long name wraps
//! and the heading grows instead of cutting the name off on a phone.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use crate::app::Action;
use crate::services::browser;
use qunce_core::domain::PlanId;
use qunce_core::i18n::Key;

use crate::components::use_app;

#[derive(Properties, PartialEq)]
pub struct NameFieldProps {
    pub id: PlanId,
    pub name: String,
}

#[component]
pub fn NameField(props: &NameFieldProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let onchange = {
        let (state, id) = (state.clone(), props.id.clone());
        Callback::from(move |e: Event| {
            let name = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            state.dispatch(Action::RenamePlan { id: id.clone(), name, now_ms: browser::now_ms() });
        })
    };
    let placeholder = state.t(Key::DefaultPlanName);
    // The hidden copy follows the text as it is typed.
    let oninput = Callback::from(move |e: InputEvent| {
        let area = e.target_unchecked_into::<HtmlTextAreaElement>();
        if let Some(grow) = area.parent_element() {
            let value = area.value();
            let _ = grow.set_attribute("data-value", if value.is_empty() { placeholder } else { &value });
        }
    });
    // Enter commits (a name is one line) — but not while an input method
    // is composing, where Enter picks the characters.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Enter" && !e.is_composing() {
            e.prevent_default();
            if let Some(area) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
                let _ = area.blur();
            }
        }
    });
    let shown = if props.name.is_empty() { placeholder.to_owned() } else { props.name.clone() };
    html! {
        <div class="name-field">
            <label class="name-field__label" for="plan-name">{ state.t(Key::PlanNameLabel) }</label>
            <div class="name-field__grow" data-value={shown}>
                <textarea id="plan-name" class="name-field__input" rows="1" maxlength="120" spellcheck="false"
                    value={props.name.clone()} placeholder={placeholder} {onchange} {oninput} {onkeydown} />
            </div>
        </div>
    }
}
