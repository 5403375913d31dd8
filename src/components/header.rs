//! Top bar: brand, link to the plan library, save indicator, language switch.

use yew::prelude::*;

use crate::app::{Action, Route, SaveStatus};
use qunce_core::i18n::Key;

use super::{dispatch_on_click, use_app};

#[component]
pub fn Header() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let switch_lang = {
        let other = state.lang.other();
        dispatch_on_click(&state, move || Action::SetLang(other))
    };
    // A shared plan's page saves nothing: say so rather than "saved".
    let read_only = matches!(state.route, Route::Shared { .. });
    let (status_class, status_text) = match state.save_status() {
        SaveStatus::Saved if read_only => ("save--ok save--read-only", state.t(Key::SaveReadOnly)),
        SaveStatus::Saved => ("save--ok", state.t(Key::SaveSaved)),
        SaveStatus::Saving => ("save--pending", state.t(Key::SaveSaving)),
        SaveStatus::Failed(_) => ("save--failed", state.t(Key::SaveFailed)),
        SaveStatus::MemoryOnly => ("save--failed", state.t(Key::SaveMemoryOnly)),
    };
    html! {
        <header class="header">
            <a class="header__brand" href="#/" aria-label={state.t(Key::AppName)}>
                <span class="header__logo" aria-hidden="true">{ "群" }</span>
                <span class="header__name">{ state.t(Key::AppName) }</span>
                <span class="header__tagline">{ state.t(Key::Tagline) }</span>
            </a>
            <nav class="header__nav">
                <a class="header__link" href="#/">{ state.t(Key::NavPlans) }</a>
                <a class="header__link header__link--wide" href="#/compare" data-testid="nav-compare">{ state.t(Key::NavCompare) }</a>
            </nav>
            <span class={classes!("save", status_class)} role="status" aria-live="polite" data-testid="save-status"
                data-unsaved={state.has_unsaved().to_string()}>
                { status_text }
            </span>
            <button type="button" class="header__lang" onclick={switch_lang}
                aria-label={state.t(Key::SwitchLanguageLabel)} lang={state.lang.other().html_lang()}>
                { state.t(Key::SwitchLanguage) }
            </button>
        </header>
    }
}
