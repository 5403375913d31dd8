//! A plan's saved versions (`persist::history`): when each was taken, a
//! read-only view of it, and "restore this version". The list is read from
//! storage in an effect; [`VersionList`] renders it from props, so it
//! renders natively in the tests.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{Action, Route};
use crate::components::use_app;
use crate::services::browser;
use qunce_core::domain::plan::differences;
use qunce_core::domain::Plan;
use qunce_core::i18n::{format_datetime, Key};
use qunce_core::labels::differences_text;
use qunce_core::persist::history::{Snapshot, MAX_SNAPSHOTS};

/// What was read from storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Versions {
    Loading,
    /// Newest first.
    Listed(Rc<Vec<Snapshot>>),
    /// Stored, but not readable as this plan's history (left untouched).
    Unreadable,
}

#[derive(Properties, PartialEq)]
pub struct VersionsPanelProps {
    pub plan: Plan,
}

/// Reads the plan's versions whenever a save of it completes.
#[component]
pub fn VersionsPanel(props: &VersionsPanelProps) -> Html {
    let versions = use_state(|| Versions::Loading);
    let saving = use_app().is_some_and(|s| s.pending.contains_key(&props.plan.id));
    {
        let versions = versions.clone();
        use_effect_with((props.plan.id.clone(), props.plan.updated_ms, saving), move |(id, _, _)| {
            let read = match crate::services::storage::load_history(id) {
                Some(Ok(h)) => {
                    let mut list = h.map(|h| h.snapshots).unwrap_or_default();
                    list.reverse();
                    Versions::Listed(Rc::new(list))
                }
                Some(Err(_)) => Versions::Unreadable,
                None => Versions::Listed(Rc::new(Vec::new())),
            };
            versions.set(read);
        });
    }
    html! { <VersionList plan={props.plan.clone()} versions={(*versions).clone()} /> }
}

#[derive(Properties, PartialEq)]
pub struct VersionListProps {
    pub plan: Plan,
    pub versions: Versions,
}

#[component]
pub fn VersionList(props: &VersionListProps) -> Html {
    let current = use_memo(props.plan.clone(), |plan| Snapshot::of(plan).code);
    // Each version read once per list, not on every render.
    let readable: Rc<Vec<Option<Plan>>> = use_memo(props.versions.clone(), |v| match v {
        Versions::Listed(list) => list.iter().map(|s| s.plan().ok()).collect(),
        _ => Vec::new(),
    });
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let body = match &props.versions {
        Versions::Loading => html! {},
        Versions::Unreadable => {
            html! { <p class="banner banner--warning">{ lang.t(Key::VersionsUnreadable) }</p> }
        }
        Versions::Listed(list) if list.is_empty() => {
            html! { <p class="versions__none">{ lang.t(Key::VersionsNone) }</p> }
        }
        Versions::Listed(list) => {
            let rows = list.iter().zip(readable.iter()).enumerate().map(|(i, (s, version))| {
                let when = format_datetime(s.at_ms, state.tz_offset_min);
                // What this version changed since the one before it, in words.
                let change = match (readable.get(i + 1), version) {
                    (None, _) => lang.t(Key::VersionFirst).to_owned(),
                    (Some(Some(older)), Some(this)) => {
                        let lines = differences_text(lang, &differences(older, this));
                        if lines.is_empty() {
                            lang.t(Key::VersionNoChange).to_owned()
                        } else {
                            lines.join(if lang == qunce_core::i18n::Lang::Zh { "；" } else { "; " })
                        }
                    }
                    _ => String::new(),
                };
                let same = s.code == *current;
                let view = Route::Shared { code: s.code.clone() }.to_hash();
                let restore = match version {
                    Some(version) if !same => {
                        let version = version.clone();
                        let (state, id) = (state.clone(), props.plan.id.clone());
                        let onclick = Callback::from(move |_| {
                            state.dispatch(Action::RestoreVersion {
                                id: id.clone(),
                                version: Box::new(version.clone()),
                                now_ms: browser::now_ms(),
                            })
                        });
                        let label = lang.tf(Key::VersionRestoreLabel, &[("time", &when)]);
                        html! { <button type="button" class="button" aria-label={label} data-testid="version-restore" {onclick}>{ lang.t(Key::VersionRestore) }</button> }
                    }
                    Some(_) => html! { <span class="versions__same">{ lang.t(Key::VersionSame) }</span> },
                    None => html! { <span class="versions__broken">{ lang.t(Key::VersionBroken) }</span> },
                };
                html! {
                    <li class="versions__item" data-testid="version">
                        <span class="versions__time">{ when }</span>
                        <span class="versions__change" data-testid="version-change">{ change }</span>
                        <a class="versions__view" href={view}>{ lang.t(Key::VersionView) }</a>
                        { restore }
                    </li>
                }
            });
            html! { <ol class="versions__list">{ for rows }</ol> }
        }
    };
    html! {
        <section class="panel versions" data-testid="versions">
            <h2 class="panel__title">{ lang.t(Key::VersionsTitle) }</h2>
            <p class="panel__hint">{ lang.tf(Key::VersionsHint, &[("max", &MAX_SNAPSHOTS.to_string())]) }</p>
            { body }
        </section>
    }
}
