//! Labelled inputs with a prompt and a character counter.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: AttrValue,
    pub value: AttrValue,
    /// Limit in characters; the counter shows it.
    pub max: usize,
    #[prop_or_default]
    pub multiline: bool,
    pub on_input: Callback<String>,
}

/// A text input or textarea with its label, an optional prompt and a counter.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let count = props.value.chars().count();
    let hint_id = format!("{}-hint", props.id);
    let count_id = format!("{}-count", props.id);
    let described = if props.hint.is_some() { format!("{hint_id} {count_id}") } else { count_id.clone() };
    let near_limit = count * 10 >= props.max * 9;
    let max = props.max.to_string();
    let control = if props.multiline {
        let on_input = props.on_input.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            on_input.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        });
        html! {
            <textarea id={props.id.clone()} class="input field__control field__control--multi" rows="3"
                maxlength={max.clone()} placeholder={props.placeholder.clone()} value={props.value.clone()}
                aria-describedby={described} {oninput} />
        }
    } else {
        let on_input = props.on_input.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            on_input.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        });
        html! {
            <input id={props.id.clone()} class="input field__control" type="text"
                maxlength={max.clone()} placeholder={props.placeholder.clone()} value={props.value.clone()}
                aria-describedby={described} {oninput} />
        }
    };
    html! {
        <div class="field">
            <label class="field__label" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="field__hint" id={hint_id}>{ hint.clone() }</p>
            }
            { control }
            <span class={classes!("field__count", near_limit.then_some("field__count--near"))} id={count_id}>
                { format!("{count}/{}", props.max) }
            </span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// (value, text) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    /// Text of an empty first option, if the field may be left unset.
    #[prop_or_default]
    pub empty: Option<AttrValue>,
    pub on_change: Callback<String>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        on_change.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    let options = props.options.iter().map(|(v, text)| {
        html! { <option value={v.clone()} selected={*v == props.value}>{ text.clone() }</option> }
    });
    html! {
        <div class="field field--select">
            <label class="field__label" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="field__hint" id={format!("{}-hint", props.id)}>{ hint.clone() }</p>
            }
            <select id={props.id.clone()} class="input field__control" {onchange}
                aria-describedby={props.hint.as_ref().map(|_| format!("{}-hint", props.id))}>
                if let Some(empty) = &props.empty {
                    <option value="" selected={props.value.is_empty()}>{ empty.clone() }</option>
                }
                { for options }
            </select>
        </div>
    }
}
