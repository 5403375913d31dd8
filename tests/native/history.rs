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
