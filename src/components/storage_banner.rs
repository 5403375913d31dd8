//! Tells the user when edits are not reaching storage, and offers a download
//! so nothing is lost when the tab closes.

use yew::prelude::*;

use crate::app::{Action, AppContext, SaveStatus};
use crate::services::browser;
use qunce_core::i18n::Key;
use qunce_core::persist::KvError;

use super::{dispatch_on_click, use_app};

/// Downloads every plan (trash included) as one backup file.
pub fn download_all(state: &AppContext) {
    let plans: Vec<_> = state.plans.iter().collect();
    let date = qunce_core::i18n::format_datetime(browser::now_ms(), state.tz_offset_min);
    let stamp: String = date.chars().filter(char::is_ascii_digit).take(8).collect();
    browser::download(&qunce_core::export::backup_file(&plans, &stamp));
    state.dispatch(Action::BackupTaken { now_ms: browser::now_ms() });
}

/// A gentle reminder, on the plan library only, to keep a backup file.
#[component]
pub fn BackupReminder() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    if !state.backup_reminder_due() {
        return html! {};
    }
    let download = {
        let state = state.clone();
        Callback::from(move |_| download_all(&state))
    };
    let later = dispatch_on_click(&state, || Action::SnoozeBackupReminder { now_ms: browser::now_ms() });
    html! {
        <div class="banner banner--notice library__reminder" role="note" data-testid="backup-reminder">
            <p class="banner__text">{ state.t(Key::BackupReminder) }</p>
            <div class="banner__actions">
                <button type="button" class="button" onclick={download}>{ state.t(Key::DownloadAllPlans) }</button>
                <button type="button" class="button button--quiet" onclick={later}>{ state.t(Key::RemindLater) }</button>
            </div>
        </div>
    }
}

#[component]
pub fn StorageBanner() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let message = match state.save_status() {
        SaveStatus::MemoryOnly => state.t(Key::StorageUnavailable).to_owned(),
        SaveStatus::Failed(KvError::Full) => state.t(Key::StorageFull).to_owned(),
        SaveStatus::Failed(KvError::Unavailable) => state.t(Key::StorageUnavailable).to_owned(),
        SaveStatus::Failed(KvError::Other(msg)) => state.lang.tf(Key::StorageError, &[("msg", &msg)]),
        SaveStatus::Saved | SaveStatus::Saving => return html! {},
    };
    let onclick = {
        let state = state.clone();
        Callback::from(move |_| download_all(&state))
    };
    html! {
        <div class="banner banner--warning" role="alert" data-testid="storage-banner">
            <p class="banner__text">{ message }</p>
            <button type="button" class="button" {onclick}>{ state.t(Key::DownloadAllPlans) }</button>
        </div>
    }
}
