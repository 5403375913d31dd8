//! `#/s/<code>`: a plan from a share link, read-only, with "save a copy".
//! Decoding goes through `persist::link::decode_code` and so `restore()`;
//! nothing is written until the user asks, and never over a local plan.

use qunce_core::summary::html::shared_error;
use yew::prelude::*;

use super::{use_summary, SummaryView};
use crate::app::{Action, Route};
use crate::components::use_app;
use crate::services::browser;
use qunce_core::domain::channels::local_date;
use qunce_core::i18n::Key;
use qunce_core::persist::link::decode_code;

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub code: AttrValue,
}

#[component]
pub fn SharedPage(props: &SharedPageProps) -> Html {
    let decoded = use_memo(props.code.clone(), |code| decode_code(code));
    let state = use_app();
    let lang = state.as_ref().map(|s| s.lang).unwrap_or(qunce_core::i18n::Lang::En);
    let today = state.as_ref().map(|s| local_date(s.boot_ms, s.tz_offset_min)).unwrap_or_default();
    // The viewer has painted this plan already: the editor draws it with
    // the simulator's figures a moment later (never one long task), and the
    // viewer's screen stays until they are in, so nothing flickers.
    let (summary, complete) =
        use_summary(decoded.as_ref().as_ref().ok().map(|shared| shared.plan.clone()), lang, today, true);
    let ready = complete || decoded.is_err();
    use_effect_with(ready, |ready| {
        if *ready {
            browser::remove_prerender();
        }
    });
    let Some(state) = state else {
        return html! {};
    };
    let t = |k| lang.t(k);
    let shared = match decoded.as_ref() {
        Ok(shared) => shared,
        // The same markup the shared-link viewer paints (the core's).
        Err(e) => return Html::from_html_unchecked(AttrValue::from(shared_error(lang, e))),
    };
    let Some(summary) = summary else {
        return html! {};
    };
    let save = |as_new: bool| {
        let (state, plan) = (state.clone(), shared.plan.clone());
        Callback::from(move |_| {
            state.dispatch(Action::SaveShared {
                plan: Box::new(plan.clone()),
                new_id: browser::new_id(),
                as_new,
                now_ms: browser::now_ms(),
            })
        })
    };
    let local = state.plan(&shared.plan.id);
    let actions = match local {
        None => html! {
            <button type="button" class="button button--primary" data-testid="save-copy" onclick={save(false)}>
                { t(Key::SaveCopy) }
            </button>
        },
        Some(mine) => {
            let key = if mine.same_content(&shared.plan) { Key::SharedSame } else { Key::SharedExists };
            let open = Route::plan(&mine.id).to_hash();
            html! {
                <>
                    <p class="banner__text" data-testid="shared-exists">{ lang.tf(key, &[("name", state.display_name(mine))]) }</p>
                    <a class="button button--primary" href={open} data-testid="open-mine">{ t(Key::OpenMine) }</a>
                    <button type="button" class="button" data-testid="save-new-copy" onclick={save(true)}>{ t(Key::SaveNewCopy) }</button>
                </>
            }
        }
    };
    html! {
        <section class="page shared" data-testid="shared-page">
            <div class="banner banner--notice shared__banner share__controls" role="status">
                <p class="banner__title">{ t(Key::SharedTitle) }</p>
                <p class="banner__text">{ t(Key::SharedIntro) }</p>
                if shared.repaired {
                    <p class="banner__text" data-testid="shared-repaired">{ t(Key::SharedRepaired) }</p>
                }
                <div class="banner__actions">{ actions }</div>
            </div>
            <SummaryView {summary} empty={AttrValue::from(t(Key::StatusEmpty))} />
        </section>
    }
}
