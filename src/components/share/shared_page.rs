//! `#/s/<code>`: a plan from a share link, read-only, with "save a copy".
//! Decoding goes through `persist::link::decode_code` and so `restore()`;
//! nothing is written until the user asks, and never over a local plan.

use qunce_core::domain::plan::{differences, link_age, LinkAge};
use qunce_core::labels::differences_text;
use qunce_core::summary::html::shared_error;
use yew::prelude::*;

use super::{use_summary, SummaryView};
use crate::app::{Action, Route};
use crate::components::use_app;
use crate::services::browser;
use qunce_core::domain::channels::local_date;
use qunce_core::i18n::{format_datetime, Key};
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
    let when = |ms: i64| format_datetime(ms, state.tz_offset_min);
    let (intro, actions) = match local {
        None => (
            html! { <p class="banner__text">{ t(Key::SharedIntro) }</p> },
            html! {
                <button type="button" class="button button--primary" data-testid="save-copy" onclick={save(false)}>
                    { t(Key::SaveCopy) }
                </button>
            },
        ),
        Some(mine) => {
            // One state, said once: how the link stands to the local plan
            // with its id, what differs, and what can be done.
            let age = link_age(mine, &shared.plan);
            let name = state.display_name(mine);
            let (mine_at, link_at) = (when(mine.updated_ms), when(shared.plan.updated_ms));
            let args = [("name", name), ("mine", mine_at.as_str()), ("link", link_at.as_str())];
            let key = match age {
                LinkAge::Same => Key::LinkSameAs,
                LinkAge::Older => Key::LinkOlderThan,
                LinkAge::Newer => Key::LinkNewerThan,
                LinkAge::Diverged => Key::LinkDiverged,
            };
            let diffs = differences_text(lang, &differences(mine, &shared.plan));
            let open = Route::plan(&mine.id).to_hash();
            let replace = {
                let (state, plan) = (state.clone(), shared.plan.clone());
                Callback::from(move |_| {
                    state.dispatch(Action::ReplaceWithShared {
                        plan: Box::new(plan.clone()),
                        now_ms: browser::now_ms(),
                    })
                })
            };
            let newer = age == LinkAge::Newer;
            let intro = html! {
                <>
                    <p class="banner__text" data-testid="shared-exists" data-age={format!("{age:?}").to_lowercase()}>
                        { lang.tf(key, &args) }
                    </p>
                    if !diffs.is_empty() {
                        <p class="banner__text">{ t(Key::LinkDiffTitle) }</p>
                        <ul class="banner__list" data-testid="shared-diffs">
                            { for diffs.into_iter().map(|d| html! { <li>{ d }</li> }) }
                        </ul>
                    }
                </>
            };
            let actions = html! {
                <>
                    <a class={classes!("button", (!newer).then_some("button--primary"))} href={open} data-testid="open-mine">
                        { t(Key::OpenMine) }
                    </a>
                    if age != LinkAge::Same {
                        <button type="button" class={classes!("button", newer.then_some("button--primary"))}
                            data-testid="replace-mine" title={t(Key::ReplaceMineHint)} onclick={replace}>
                            { t(Key::ReplaceMine) }
                        </button>
                    }
                    <button type="button" class="button" data-testid="save-new-copy" onclick={save(true)}>{ t(Key::SaveNewCopy) }</button>
                </>
            };
            (intro, actions)
        }
    };
    html! {
        <section class="page shared" data-testid="shared-page">
            <div class="banner banner--notice shared__banner share__controls" role="status">
                <div class="shared__intro">
                    <p class="banner__title">{ t(Key::SharedTitle) }</p>
                    { intro }
                </div>
                if shared.repaired {
                    <p class="banner__text" data-testid="shared-repaired">{ t(Key::SharedRepaired) }</p>
                }
                <div class="banner__actions">{ actions }</div>
            </div>
            <SummaryView {summary} empty={AttrValue::from(t(Key::StatusEmpty))} />
        </section>
    }
}
