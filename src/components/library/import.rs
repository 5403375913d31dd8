//! Import a plan or backup file: read in the browser, restored through
//! `restore()`, added beside the local plans (never over them).

use qunce_core::labels::reason_text;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::Action;
use crate::app::ImportReport;
use crate::components::use_app;
use crate::services::browser;
use qunce_core::i18n::Key;
use qunce_core::persist::envelope::MAX_INPUT_BYTES;
use qunce_core::persist::RestoreError;

#[component]
pub fn ImportFile() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            // Let the same file be picked again later.
            input.set_value("");
            let size = file.size();
            if size > MAX_INPUT_BYTES as f64 {
                state.dispatch(Action::ImportFailed(RestoreError::TooLarge { bytes: size as usize }));
                return;
            }
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text =
                    wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
                match text {
                    Some(text) => state.dispatch(Action::ImportText { text, now_ms: browser::now_ms() }),
                    None => state.dispatch(Action::ImportFailed(RestoreError::NotJson)),
                }
            });
        })
    };
    let report = state.last_import.as_ref().map(|r| {
        let (class, text) = match r {
            ImportReport::Added { added, copies, repaired } => {
                let mut text = lang.tf(Key::ImportAdded, &[("n", &added.to_string())]);
                if *copies > 0 {
                    text.push(' ');
                    text.push_str(&lang.tf(Key::ImportCopies, &[("n", &copies.to_string())]));
                }
                if *repaired {
                    text.push(' ');
                    text.push_str(lang.t(Key::ImportRepaired));
                }
                ("banner banner--notice", text)
            }
            ImportReport::NoPlans => ("banner banner--warning", lang.t(Key::ImportNoPlans).to_owned()),
            ImportReport::Failed(e) => {
                ("banner banner--warning", lang.tf(Key::ImportFailed, &[("reason", &reason_text(lang, e))]))
            }
        };
        let dismiss = crate::components::dispatch_on_click(&state, || Action::DismissImport);
        html! {
            <div class={class} role="status" data-testid="import-report">
                <p class="banner__text">{ text }</p>
                <button type="button" class="button button--quiet" onclick={dismiss}>{ lang.t(Key::Dismiss) }</button>
            </div>
        }
    });
    html! {
        <div class="import" data-testid="import">
            { report.unwrap_or_default() }
            <div class="import__row">
                <label class="button import__button">
                    { lang.t(Key::ImportFile) }
                    <input type="file" class="visually-hidden" accept=".json,application/json" data-testid="import-input" {onchange} />
                </label>
                // The backup the hint below names, always at hand (not only
                // in the reminder).
                if !state.plans.is_empty() {
                    <button type="button" class="button" data-testid="download-all" onclick={{
                        let state = state.clone();
                        Callback::from(move |_| crate::components::storage_banner::download_all(&state))
                    }}>{ lang.t(Key::DownloadAllPlans) }</button>
                }
            </div>
            <p class="field__hint">{ lang.t(Key::ImportHint) }</p>
        </div>
    }
}
