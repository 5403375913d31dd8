//! Saved versions of a plan: when they are taken, how many are kept, how
//! they are stored and read back, restoring one, and that an unreadable
//! history is never overwritten.

use std::rc::Rc;

use futures::executor::block_on;
use qunce::app::reduce_all;
use qunce::app::{Action, AppState};
use qunce::components::plan::{VersionList, VersionListProps, Versions};
use qunce_core::domain::Plan;
use qunce_core::examples::Example;
use qunce_core::i18n::{Key, Lang};
use qunce_core::persist::history::{self, history_key, History, Snapshot};
use qunce_core::persist::{Kv, MemoryKv};

use crate::app_state::{fresh, id};
use crate::example_plan;

const MIN: i64 = 60_000;
const T0: i64 = 1_790_000_000_000;

fn flushed(s: AppState, kv: &dyn Kv) -> AppState {
    let report = s.flush(kv);
    reduce_all(s, [Action::Flushed(report)])
}

fn versions(kv: &MemoryKv) -> Vec<String> {
    history::load(kv, &id("p"))
        .unwrap()
        .map(|h| h.snapshots.iter().map(|s| s.plan().unwrap().name).collect())
        .unwrap_or_default()
}

#[test]
fn saving_a_plan_keeps_versions_and_deleting_it_removes_them() {
    let kv = MemoryKv::new();
    let rename = |name: &str, t: i64| Action::RenamePlan { id: id("p"), name: name.into(), now_ms: t };
    let s = reduce_all(fresh(Lang::En), [Action::CreatePlan { id: id("p"), name: "one".into(), now_ms: T0 }]);
    let s = flushed(s, &kv);
    assert_eq!(versions(&kv), ["one"]);
    let s = flushed(reduce_all(s, [rename("two", T0 + MIN)]), &kv);
    assert_eq!(versions(&kv), ["one"], "a minute later: no new version");
    let s = flushed(reduce_all(s, [rename("three", T0 + 11 * MIN)]), &kv);
    assert_eq!(versions(&kv), ["one", "three"]);
    let s = flushed(reduce_all(s, [Action::TrashPlan { id: id("p"), now_ms: T0 + 12 * MIN }]), &kv);
    assert!(kv.get(&history_key(&id("p"))).is_some(), "the trash keeps versions");
    let _ = flushed(reduce_all(s, [Action::DeleteForever { id: id("p") }]), &kv);
    assert_eq!(kv.get(&history_key(&id("p"))), None, "deleting for good removes them");
}

#[test]
fn an_unreadable_history_is_left_exactly_as_it_was() {
    let kv = MemoryKv::new();
    let junk = r#"{"type":"qunce/history","version":99,"history":{}}"#;
    kv.set(&history_key(&id("p")), junk).unwrap();
    let s = reduce_all(fresh(Lang::En), [Action::CreatePlan { id: id("p"), name: "one".into(), now_ms: T0 }]);
    let s = flushed(s, &kv);
    assert!(s.pending.is_empty(), "the plan itself is saved");
    assert_eq!(kv.get(&history_key(&id("p"))).as_deref(), Some(junk));
    // Someone else's history under this key is not taken over either.
    let other =
        qunce_core::persist::envelope::encode_history(&History { id: Some(id("q")), snapshots: vec![] });
    kv.set(&history_key(&id("p")), &other).unwrap();
    let _ = flushed(
        reduce_all(s, [Action::RenamePlan { id: id("p"), name: "x".into(), now_ms: T0 + 20 * MIN }]),
        &kv,
    );
    assert_eq!(kv.get(&history_key(&id("p"))), Some(other));
}

#[test]
fn restoring_a_version_keeps_the_plan_id_is_undoable_and_keeps_what_was_there() {
    let kv = MemoryKv::new();
    let s =
        reduce_all(fresh(Lang::En), [Action::CreatePlan { id: id("p"), name: "first".into(), now_ms: T0 }]);
    let s = flushed(s, &kv);
    let first = history::load(&kv, &id("p")).unwrap().unwrap().snapshots[0].plan().unwrap();
    let mut edited =
        reduce_all(s, [Action::RenamePlan { id: id("p"), name: "second".into(), now_ms: T0 + MIN }]);
    edited.plans[0].positioning.goal = "a goal typed later".into();
    let s = reduce_all(
        edited.clone(),
        [Action::RestoreVersion { id: id("p"), version: Box::new(first.clone()), now_ms: T0 + 2 * MIN }],
    );
    let now = s.plan(&id("p")).unwrap();
    assert_eq!(now.name, "first");
    assert_eq!(now.positioning, first.positioning);
    assert_eq!(now.created_ms, T0);
    assert_eq!(now.updated_ms, T0 + 2 * MIN);
    assert!(s.keep_versions.contains_key(&id("p")));
    let s = flushed(s, &kv);
    assert!(s.keep_versions.is_empty());
    assert_eq!(versions(&kv), ["first", "second", "first"], "the state before the restore is kept");
    let undone = reduce_all(s, [Action::Undo]);
    assert_eq!(undone.plan(&id("p")).unwrap().positioning.goal, "a goal typed later");
    // Restoring what is already there changes nothing.
    let same = reduce_all(
        undone.clone(),
        [Action::RestoreVersion {
            id: id("p"),
            version: Box::new(undone.plans[0].clone()),
            now_ms: T0 + 3 * MIN,
        }],
    );
    assert_eq!(same, undone);
}

fn render(props: VersionListProps, lang: Lang) -> String {
    #[yew::component]
    fn Host(props: &VersionListProps) -> yew::Html {
        let state = yew::use_reducer(|| fresh(LANG.with(|l| *l.borrow())));
        yew::html! {
            <yew::ContextProvider<qunce::app::AppContext> context={state}>
                <VersionList plan={props.plan.clone()} versions={props.versions.clone()} />
            </yew::ContextProvider<qunce::app::AppContext>>
        }
    }
    thread_local!(static LANG: std::cell::RefCell<Lang> = const { std::cell::RefCell::new(Lang::En) });
    LANG.with(|l| *l.borrow_mut() = lang);
    block_on(yew::LocalServerRenderer::<Host>::with_props(props).hydratable(false).render())
}

#[test]
fn the_version_list_shows_times_same_as_now_and_restore_buttons() {
    let plan_at = |name: &str, updated_ms| Plan {
        name: name.into(),
        updated_ms,
        ..example_plan(Example::PaidCircle, Lang::En)
    };
    let now = plan_at("now", T0 + 20 * MIN);
    let older = plan_at("older", T0);
    for lang in [Lang::Zh, Lang::En] {
        let list = vec![
            Snapshot::of(&now),
            Snapshot::of(&older),
            Snapshot { at_ms: T0 - MIN, code: "z1.0.AAAA.00000000".into() },
        ];
        let html =
            render(VersionListProps { plan: now.clone(), versions: Versions::Listed(Rc::new(list)) }, lang);
        assert!(html.contains(lang.t(Key::VersionsTitle)));
        assert_eq!(html.matches(r#"data-testid="version""#).count(), 3);
        assert_eq!(
            html.matches(r#"data-testid="version-restore""#).count(),
            1,
            "only the older, readable one"
        );
        assert!(html.contains(lang.t(Key::VersionSame)));
        assert!(html.contains(lang.t(Key::VersionBroken)));
        assert!(html.contains(r##"href="#/s/z1."##));
        let html = render(VersionListProps { plan: now.clone(), versions: Versions::Unreadable }, lang);
        assert!(html.contains(lang.t(Key::VersionsUnreadable)));
        let html =
            render(VersionListProps { plan: now.clone(), versions: Versions::Listed(Rc::new(vec![])) }, lang);
        assert!(html.contains(lang.t(Key::VersionsNone)));
    }
}

/// The plan's stored versions as the number of channels each holds.
fn channel_counts(kv: &MemoryKv) -> Vec<usize> {
    history::load(kv, &id("p"))
        .unwrap()
        .map(|h| h.snapshots.iter().map(|s| s.plan().unwrap().channels.channels.len()).collect())
        .unwrap_or_default()
}

fn add_channel(n: i64) -> Action {
    Action::EditChannels {
        id: id("p"),
        edit: Box::new(move |c| {
            let start = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
            let mode = qunce_core::domain::channels::Mode::Guerrilla;
            c.channels.push(qunce_core::domain::channels::Channel::preset(mode, format!("c{n}"), start))
        }),
        now_ms: T0 + n * 1_000,
    }
}

#[test]
fn versions_are_kept_on_leaving_an_edited_step_every_few_edits_and_before_a_bulk_change() {
    use qunce::app::{PlanView, Route, VERSION_EVERY_EDITS};
    use qunce_core::domain::Step;
    let kv = MemoryKv::default();
    let s = reduce_all(fresh(Lang::Zh), [Action::CreatePlan { id: id("p"), name: "p".into(), now_ms: T0 }]);
    let channels = Route::Plan { id: id("p"), view: PlanView::Step(Step::Channels) };
    let s = flushed(reduce_all(s, [Action::Navigate(channels.clone())]), &kv);
    assert_eq!(channel_counts(&kv), vec![0], "the new plan's first version");

    // Two edits within a minute: saved, but no new version yet (ten-minute rule).
    let s = flushed(reduce_all(s, [add_channel(1), add_channel(2)]), &kv);
    assert_eq!(channel_counts(&kv), vec![0]);
    // Leaving the step after editing it keeps its state as a version.
    let s = reduce_all(s, [Action::Navigate(Route::Plan { id: id("p"), view: PlanView::Step(Step::Tiers) })]);
    assert!(s.has_unsaved(), "a version is waiting to be written");
    let s = flushed(s, &kv);
    assert_eq!(channel_counts(&kv), vec![0, 2]);
    assert!(!s.has_unsaved());
    // Moving on without edits adds nothing.
    let s = flushed(reduce_all(s, [Action::Navigate(channels.clone())]), &kv);
    let s = flushed(
        reduce_all(s, [Action::Navigate(Route::Plan { id: id("p"), view: PlanView::Overview })]),
        &kv,
    );
    assert_eq!(channel_counts(&kv), vec![0, 2]);

    // Every VERSION_EVERY_EDITS edits on one page (here: the target, one
    // edit a minute, each its own undo step).
    let s = reduce_all(s, [Action::Navigate(channels)]);
    let edits: Vec<Action> = (1..=u64::from(VERSION_EVERY_EDITS))
        .map(|n| Action::EditChannels {
            id: id("p"),
            edit: Box::new(move |c| c.target.members = 100 * n),
            now_ms: T0 + 10 * MIN + n as i64 * MIN,
        })
        .collect();
    let s = flushed(reduce_all(s, edits), &kv);
    let targets = |kv: &MemoryKv| -> Vec<u64> {
        history::load(kv, &id("p"))
            .unwrap()
            .unwrap()
            .snapshots
            .iter()
            .map(|s| s.plan().unwrap().channels.target.members)
            .collect()
    };
    let last = 100 * u64::from(VERSION_EVERY_EDITS);
    assert_eq!(
        targets(&kv).last(),
        Some(&last),
        "the state after the {VERSION_EVERY_EDITS}th edit is a version"
    );
    let before = targets(&kv).len();

    // Before a bulk change ("use this mix"): the state before it, then the new one.
    let s = reduce_all(s, [Action::KeepVersion { id: id("p") }, add_channel(100)]);
    let _ = flushed(s, &kv);
    let counts = channel_counts(&kv);
    assert_eq!(
        counts.len(),
        before + 1,
        "the state before was the newest version already; the new one follows"
    );
    assert_eq!(counts[counts.len() - 2..], [2, 3]);
}

#[test]
fn each_version_says_what_it_changed_since_the_one_before() {
    let mut older = example_plan(Example::JobSprint, Lang::Zh);
    older.updated_ms = T0;
    let mut newer = older.clone();
    newer.updated_ms = T0 + 30 * MIN;
    newer.channels.target.members += 500;
    let list = vec![Snapshot::of(&newer), Snapshot::of(&older)];
    let html =
        render(VersionListProps { plan: newer.clone(), versions: Versions::Listed(Rc::new(list)) }, Lang::Zh);
    let from = qunce_core::i18n::group(older.channels.target.members);
    let to = qunce_core::i18n::group(newer.channels.target.members);
    assert!(html.contains(&format!("② 招募渠道：目标 {from} → {to}")), "{html}");
    assert!(html.contains(Lang::Zh.t(Key::VersionFirst)));
}

/// Undo survives a reload (issue 25): the steps written to session storage
/// are taken up again, unless the plan changed since (another tab, a
/// restore), whose steps would overwrite that change.
#[test]
fn undo_steps_are_taken_up_after_a_reload_unless_the_plan_changed_since() {
    use qunce_core::persist::{encode_session, restore, Doc};
    let rename = |name: &str, t: i64| Action::RenamePlan { id: id("p"), name: name.into(), now_ms: t };
    let s = reduce_all(
        fresh(Lang::En),
        [
            Action::CreatePlan { id: id("p"), name: "one".into(), now_ms: T0 },
            rename("two", T0 + MIN),
            rename("three", T0 + 2 * MIN),
        ],
    );
    assert_eq!(s.undo.len(), 3);
    let stored = || match restore(&encode_session(&s.undo, &s.redo)).unwrap().doc {
        Doc::Session(session) => session,
        other => panic!("{other:?}"),
    };
    // A reload: the same plans, no steps in memory, the stored ones taken up.
    let mut reloaded = s.clone();
    (reloaded.undo, reloaded.redo) = (Vec::new(), Vec::new());
    reloaded.resume_session(stored());
    assert_eq!(reloaded.undo.len(), 3);
    let back = reduce_all(reloaded, [Action::Undo]);
    assert_eq!(back.plan(&id("p")).unwrap().name, "two");
    assert_eq!(back.redo.len(), 1);
    // Meanwhile another tab renamed it: this tab's steps for it are dropped.
    let mut changed = reduce_all(s.clone(), [rename("four", T0 + 3 * MIN)]);
    (changed.undo, changed.redo) = (Vec::new(), Vec::new());
    changed.resume_session(stored());
    assert!(changed.undo.is_empty());
    assert_eq!(reduce_all(changed, [Action::Undo]).plan(&id("p")).unwrap().name, "four");
}
