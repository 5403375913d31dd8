//! A number input that checks what is typed, says what is wrong in the
//! user's language, and keeps using the last valid value until it is fixed.

use qunce_core::labels::show_number;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use qunce_core::i18n::{Key, Lang};

use super::use_app;

/// Why typed text is not a usable number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    Required,
    NotNumber,
    Negative,
    Whole,
    OneDecimal,
    TooSmall,
    TooLarge,
}

/// Reads what a user typed: digits (full-width too), one optional decimal
/// point, thousands separators, a currency or percent sign. Returns the
/// value in whole units, or in tenths if `tenths`; `None` for empty text.
pub fn parse_number(text: &str, tenths: bool) -> Result<Option<u64>, NumberError> {
    let cleaned: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '－' | '−' => '-',
            c => c,
        })
        .filter(|c| !matches!(c, ',' | '，' | ' ' | '\u{a0}' | '¥' | '￥' | '%' | '％' | '_'))
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    if let Some(rest) = cleaned.strip_prefix('-') {
        return if rest.chars().any(|c| c.is_ascii_digit()) && rest != "0" {
            Err(NumberError::Negative)
        } else {
            Err(NumberError::NotNumber)
        };
    }
    let (int, frac) = match cleaned.split_once('.') {
        Some((i, f)) => (i, f),
        None => (cleaned.as_str(), ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) || (int.is_empty() && frac.is_empty()) {
        return Err(NumberError::NotNumber);
    }
    let frac = frac.trim_end_matches('0');
    if !tenths && !frac.is_empty() {
        return Err(NumberError::Whole);
    }
    if frac.len() > 1 {
        return Err(NumberError::OneDecimal);
    }
    let int = int.trim_start_matches('0');
    if int.len() > 15 {
        return Err(NumberError::TooLarge);
    }
    let whole: u64 = if int.is_empty() { 0 } else { int.parse().map_err(|_| NumberError::NotNumber)? };
    if tenths {
        let tenth = frac.bytes().next().map_or(0, |b| u64::from(b - b'0'));
        Ok(Some(whole * 10 + tenth))
    } else {
        Ok(Some(whole))
    }
}

fn error_text(lang: Lang, e: NumberError, min: &str, max: &str) -> String {
    match e {
        NumberError::Required => lang.t(Key::NumRequired).to_owned(),
        NumberError::NotNumber => lang.t(Key::NumNotNumber).to_owned(),
        NumberError::Negative => lang.t(Key::NumNegative).to_owned(),
        NumberError::Whole => lang.t(Key::NumWhole).to_owned(),
        NumberError::OneDecimal => lang.t(Key::NumOneDecimal).to_owned(),
        NumberError::TooSmall => lang.tf(Key::NumMin, &[("min", min)]),
        NumberError::TooLarge => lang.tf(Key::NumMax, &[("max", max)]),
    }
}

/// Checks typed text against the field's rules.
pub fn check(
    text: &str,
    tenths: bool,
    min: u64,
    max: u64,
    optional: bool,
) -> Result<Option<u64>, NumberError> {
    match parse_number(text, tenths)? {
        None if optional => Ok(None),
        None => Err(NumberError::Required),
        Some(v) if v < min => Err(NumberError::TooSmall),
        Some(v) if v > max => Err(NumberError::TooLarge),
        Some(v) => Ok(Some(v)),
    }
}

/// A class that makes the input at least as wide as its longest allowed
/// value (`max` as shown), so nothing typed is ever cut ("3(" for 30).
fn width_class(max: &str) -> Option<&'static str> {
    match max.chars().count() {
        0..=3 => None,
        4..=5 => Some("number__input--5"),
        6..=7 => Some("number__input--7"),
        8..=10 => Some("number__input--10"),
        _ => Some("number__input--14"),
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The stored value (in tenths if `tenths`); `None` only if `optional`.
    pub value: Option<u64>,
    #[prop_or_default]
    pub tenths: bool,
    #[prop_or_default]
    pub min: u64,
    pub max: u64,
    /// Shown after the input: "%", "days", "¥".
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    /// Empty means "no limit" (the placeholder says so).
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub placeholder: AttrValue,
    pub on_change: Callback<Option<u64>>,
}

/// While the user types, the text is theirs; a valid value is stored at
/// once, an invalid one is explained and the last valid value stays in use.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let draft = use_state(|| None::<String>);
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let shown = props.value.map(|v| show_number(v, props.tenths)).unwrap_or_default();
    let text = (*draft).clone().unwrap_or_else(|| shown.clone());
    let (min, max) = (show_number(props.min, props.tenths), show_number(props.max, props.tenths));
    let error = draft
        .as_ref()
        .and_then(|d| check(d, props.tenths, props.min, props.max, props.optional).err())
        .map(|e| {
            let kept = if shown.is_empty() { lang.t(Key::NoLimit).to_owned() } else { shown.clone() };
            lang.tf(Key::NumKept, &[("error", &error_text(lang, e, &min, &max)), ("value", &kept)])
        });
    let oninput = {
        let (draft, on_change, value) = (draft.clone(), props.on_change.clone(), props.value);
        let (tenths, min, max, optional) = (props.tenths, props.min, props.max, props.optional);
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(v) = check(&text, tenths, min, max, optional) {
                if v != value {
                    on_change.emit(v);
                }
            }
            draft.set(Some(text));
        })
    };
    let onblur = {
        let draft = draft.clone();
        let (tenths, min, max, optional) = (props.tenths, props.min, props.max, props.optional);
        Callback::from(move |_: FocusEvent| {
            if draft.as_ref().is_some_and(|d| check(d, tenths, min, max, optional).is_ok()) {
                draft.set(None);
            }
        })
    };
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described = if props.hint.is_some() { format!("{hint_id} {error_id}") } else { error_id.clone() };
    html! {
        <div class="field field--number">
            <label class="field__label" for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="field__hint" id={hint_id}>{ hint.clone() }</p>
            }
            <div class="number">
                <input id={props.id.clone()} class={classes!("input", "field__control", "number__input", width_class(&max))} type="text"
                    data-longest={max.clone()}
                    inputmode={if props.tenths { "decimal" } else { "numeric" }} autocomplete="off"
                    value={text} placeholder={props.placeholder.clone()} aria-invalid={error.is_some().to_string()}
                    aria-describedby={described} {oninput} {onblur} />
                if let Some(unit) = &props.unit {
                    <span class="number__unit" aria-hidden="true">{ unit.clone() }</span>
                }
            </div>
            <p class="field__error" id={error_id} role="alert">{ error.unwrap_or_default() }</p>
        </div>
    }
}
