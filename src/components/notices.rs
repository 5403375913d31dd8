//! Start-up notices about stored data that had to be set aside.

use yew::prelude::*;

use crate::app::{Action, Notice};
use crate::i18n::{Key, Lang};
use crate::persist::library::{Recovery, RecoveryReason};
use crate::persist::local::LocalKv;
use crate::persist::{Kv, RestoreError};
use crate::services::browser;

use super::{dispatch_on_click, use_app};

pub fn recovery_text(lang: Lang, reason: &RecoveryReason) -> String {
    match reason {
        RecoveryReason::Repaired => lang.t(Key::RecoveredRepaired).to_owned(),
        RecoveryReason::Misplaced => lang.t(Key::ReasonMisplaced).to_owned(),
        RecoveryReason::Unreadable(e) => reason_text(lang, e),
    }
}

/// Why stored, linked or imported data could not be read.
pub fn reason_text(lang: Lang, e: &RestoreError) -> String {
    match e {
        RestoreError::Empty => lang.t(Key::ReasonEmpty).to_owned(),
        RestoreError::TooLarge { .. } => lang.t(Key::ReasonTooLarge).to_owned(),
        RestoreError::NotJson => lang.t(Key::ReasonNotJson).to_owned(),
        RestoreError::NewerVersion { version } => lang.tf(Key::ReasonNewer, &[("v", &version.to_string())]),
        RestoreError::NotAnObject
        | RestoreError::UnknownType
        | RestoreError::BadVersion
        | RestoreError::MissingBody
        | RestoreError::BadId => lang.t(Key::ReasonWrongShape).to_owned(),
    }
}

/// Offers a stored raw value as a file, named after its key.
pub fn download_raw(key: &str) {
    let Some(raw) = LocalKv::open().and_then(|kv| kv.get(key)) else {
        return;
    };
    let safe: String =
        key.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
    browser::download(&format!("{safe}.txt"), "text/plain", &raw);
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
