//! Raw data kept under backup keys, downloadable until the user deletes it.

use yew::prelude::*;

use crate::app::Action;
use qunce_core::i18n::Key;

use crate::components::notices::download_raw;
use crate::components::use_app;

#[component]
pub fn Backups() -> Html {
    let confirming = use_state(|| None::<String>);
    let Some(state) = use_app() else {
        return html! {};
    };
    if state.backups.is_empty() {
        return html! {};
    }
    let rows = state.backups.iter().map(|b| {
        let key = b.key.clone();
        let download = {
            let key = key.clone();
            Callback::from(move |_| download_raw(&key))
        };
        let is_confirming = confirming.as_ref() == Some(&key);
        let delete = {
            let (state, key, confirming) = (state.clone(), key.clone(), confirming.clone());
            Callback::from(move |_| {
                if !is_confirming {
                    confirming.set(Some(key.clone()));
                    return;
                }
                if crate::services::storage::remove_backup(&key) {
                    state.dispatch(Action::BackupRemoved { key: key.clone() });
                }
                confirming.set(None);
            })
        };
        html! {
            <li class="plan-row" key={key.clone()}>
                <div class="plan-row__main">
                    <code class="plan-row__key">{ key.clone() }</code>
                    <span class="plan-row__meta">{ state.lang.tf(Key::Bytes, &[("n", &b.bytes.to_string())]) }</span>
                </div>
                <div class="plan-row__actions">
                    <button type="button" class="button button--quiet" onclick={download}>{ state.t(Key::Download) }</button>
                    <button type="button" class={classes!("button", "button--danger", (!is_confirming).then_some("button--quiet"))} onclick={delete}>
                        { state.t(if is_confirming { Key::ConfirmDeleteForever } else { Key::DeleteForever }) }
                    </button>
                </div>
            </li>
        }
    });
    html! {
        <details class="library__section" data-testid="backups">
            <summary>{ state.lang.tf(Key::BackupsTitle, &[("n", &state.backups.len().to_string())]) }</summary>
            <p class="library__hint">{ state.t(Key::BackupsIntro) }</p>
            <ul class="library__list">{ for rows }</ul>
        </details>
    }
}
