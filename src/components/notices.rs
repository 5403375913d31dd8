//! Start-up notices about stored data that had to be set aside.

use yew::prelude::*;

use crate::app::{Action, Notice};
use crate::services::{browser, storage};
use qunce_core::export;
use qunce_core::i18n::{Key, Lang};
use qunce_core::labels::recovery_text;
use qunce_core::persist::library::{Recovery, RecoveryReason};

use super::{dispatch_on_click, use_app};

/// Offers a stored raw value as a file, named after its key.
pub fn download_raw(key: &str) {
    if let Some(raw) = storage::read_raw(key) {
        browser::download(&export::raw_file(key, raw));
    }
}

fn message(lang: Lang, rec: &Recovery) -> String {
    match (&rec.backup_key, &rec.reason) {
        (Some(_), RecoveryReason::Repaired) => lang.t(Key::RecoveredRepaired).to_owned(),
        (Some(_), reason) => lang.tf(Key::RecoveredMoved, &[("reason", &recovery_text(lang, reason))]),
        (None, reason) => lang.tf(Key::RecoveredStuck, &[("reason", &recovery_text(lang, reason))]),
    }
}

#[component]
pub fn Notices() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    if state.notices.is_empty() {
        return html! {};
    }
    let items = state.notices.iter().enumerate().map(|(index, notice)| {
        let dismiss = dispatch_on_click(&state, move || Action::DismissNotice { index });
        let rec = match notice {
            Notice::Recovered(rec) => rec,
            Notice::Conflict { copy_name } => {
                return html! {
                    <div class="banner banner--notice" role="alert" data-testid="conflict-notice">
                        <p class="banner__title">{ state.t(Key::ConflictTitle) }</p>
                        <p class="banner__text">{ state.lang.tf(Key::ConflictBody, &[("name", copy_name)]) }</p>
                        <div class="banner__actions">
                            <button type="button" class="button button--quiet" onclick={dismiss}>{ state.t(Key::Dismiss) }</button>
                        </div>
                    </div>
                };
            }
        };
        let key = rec.backup_key.clone().unwrap_or_else(|| rec.key.clone());
        let download = Callback::from(move |_| download_raw(&key));
        html! {
            <div class="banner banner--notice" role="alert" data-testid="recovery-notice">
                <p class="banner__title">{ state.t(Key::RecoveredTitle) }</p>
                <p class="banner__text">{ message(state.lang, rec) }</p>
                <div class="banner__actions">
                    <button type="button" class="button" onclick={download}>{ state.t(Key::Download) }</button>
                    <button type="button" class="button button--quiet" onclick={dismiss}>{ state.t(Key::Dismiss) }</button>
                </div>
            </div>
        }
    });
    html! { <div class="notices">{ for items }</div> }
}
