use qunce::app::reduce_all;
use qunce::app::{Action, AppState, PlanView, Route, SaveStatus};
use qunce_core::domain::{PlanId, Step};
use qunce_core::i18n::Lang;
use qunce_core::persist::library::{self, Loaded};
use qunce_core::persist::{Kv, KvError, MemoryKv, Prefs};

pub fn id(s: &str) -> PlanId {
    PlanId::parse(s).unwrap()
}

pub fn fresh(lang: Lang) -> AppState {
    AppState::boot(Loaded::default(), "", lang, true, 0)
}

fn flushed(s: AppState, kv: &dyn Kv) -> AppState {
    let report = s.flush(kv);
    reduce_all(s, [Action::Flushed(report)])
}

fn create(id_: &str, name: &str, t: i64) -> Action {
    Action::CreatePlan { id: id(id_), name: name.into(), now_ms: t }
}

#[test]
fn create_opens_the_new_plan_and_marks_it_unsaved() {
    let s = reduce_all(fresh(Lang::En), [create("a", "Alpha", 10)]);
    assert_eq!(s.route, Route::plan(&id("a")));
    assert_eq!(s.plans.len(), 1);
    assert_eq!(s.save_status(), SaveStatus::Saving);
}

#[test]
fn flush_writes_pending_and_clears_only_what_it_wrote() {
    let kv = MemoryKv::new();
    let s = reduce_all(fresh(Lang::En), [create("a", "Alpha", 10)]);
    let report = s.flush(&kv);
    // An edit lands after the flush ran but before its result arrives.
    let s = reduce_all(
        s,
        [Action::RenamePlan { id: id("a"), name: "Beta".into(), now_ms: 20 }, Action::Flushed(report)],
    );
    assert_eq!(s.save_status(), SaveStatus::Saving, "the rename is still pending");
    let report = s.flush(&kv);
    let s = reduce_all(s, [Action::Flushed(report)]);
    assert_eq!(s.save_status(), SaveStatus::Saved);
    let loaded = library::load(&kv, 0);
    assert_eq!(loaded.plans[0].name, "Beta");
    assert_eq!(
        loaded.prefs,
        Prefs { lang: Some(Lang::En), last_route: Some("#/plans/a".into()), ..Default::default() }
    );
}

#[test]
fn failed_write_keeps_edits_and_reports_the_error() {
    let kv = MemoryKv::new();
    kv.fail_writes(Some(KvError::Full));
    let s = reduce_all(fresh(Lang::Zh), [create("a", "A", 1)]);
    let report = s.flush(&kv);
    let s = reduce_all(s, [Action::Flushed(report)]);
    assert_eq!(s.save_status(), SaveStatus::Failed(KvError::Full));
    assert_eq!(s.plans.len(), 1, "edit kept in memory");
    kv.fail_writes(None);
    let s = reduce_all(s, [Action::RenamePlan { id: id("a"), name: "B".into(), now_ms: 2 }]);
    let report = s.flush(&kv);
    let s = reduce_all(s, [Action::Flushed(report)]);
    assert_eq!(s.save_status(), SaveStatus::Saved);
    assert!(kv.get("qunce.plan.a").is_some());
}

#[test]
fn unavailable_storage_means_memory_only() {
    let s = AppState::boot(Loaded::default(), "", Lang::En, false, 0);
    let s = reduce_all(s, [create("a", "A", 1)]);
    assert_eq!(s.save_status(), SaveStatus::MemoryOnly);
    assert_eq!(s.flush(&MemoryKv::new()), Default::default());
}

#[test]
fn trash_undo_restore_and_delete_forever() {
    let kv = MemoryKv::new();
    let s = reduce_all(fresh(Lang::En), [create("a", "A", 1), create("b", "B", 2)]);
    let s = reduce_all(s, [Action::TrashPlan { id: id("b"), now_ms: 3 }]);
    assert_eq!(s.route, Route::Library, "leaves the trashed plan's page");
    assert_eq!(s.active_plans().len(), 1);
    assert_eq!(s.undo_trash, Some(id("b")));
    let s = reduce_all(s, [Action::UndoTrash]);
    assert_eq!(s.active_plans().len(), 2);
    assert_eq!(s.undo_trash, None);

    let s = reduce_all(s, [Action::TrashPlan { id: id("a"), now_ms: 4 }, Action::DismissUndo]);
    assert_eq!(s.trashed_plans().len(), 1);
    // Only trashed plans can be deleted for good.
    let s = reduce_all(s, [Action::DeleteForever { id: id("b") }]);
    assert_eq!(s.plans.len(), 2);
    let s = flushed(s, &kv);
    let s = reduce_all(s, [Action::DeleteForever { id: id("a") }]);
    assert_eq!(s.plans.len(), 1);
    let s = flushed(s, &kv);
    assert_eq!(s.save_status(), SaveStatus::Saved);
    assert!(kv.get("qunce.plan.a").is_none());
    assert!(kv.get("qunce.plan.b").is_some());
}

#[test]
fn restore_from_trash_keeps_the_plan() {
    let s = reduce_all(fresh(Lang::En), [create("a", "A", 1), Action::TrashPlan { id: id("a"), now_ms: 2 }]);
    let s = reduce_all(s, [Action::RestorePlan { id: id("a") }]);
    assert_eq!(s.active_plans().len(), 1);
    assert_eq!(s.undo_trash, None);
}

#[test]
fn duplicate_names_the_copy_in_the_current_language() {
    let s = reduce_all(
        fresh(Lang::Zh),
        [create("a", "", 1), Action::DuplicatePlan { id: id("a"), new_id: id("b"), now_ms: 5 }],
    );
    assert_eq!(s.plan(&id("b")).unwrap().name, "未命名方案（副本）");
    let s = reduce_all(
        fresh(Lang::En),
        [create("a", "Alpha", 1), Action::DuplicatePlan { id: id("a"), new_id: id("b"), now_ms: 5 }],
    );
    assert_eq!(s.plan(&id("b")).unwrap().name, "Alpha (copy)");
    assert_eq!(s.active_plans()[0].id, id("b"), "newest edit first");
}

#[test]
fn no_op_actions_return_the_same_state() {
    use std::rc::Rc;
    use yew::Reducible;
    let s = Rc::new(reduce_all(fresh(Lang::En), [create("a", "A", 1)]));
    for action in [
        Action::Navigate(Route::plan(&id("a"))),
        Action::SetLang(Lang::En),
        Action::RenamePlan { id: id("a"), name: "A".into(), now_ms: 9 },
        Action::RenamePlan { id: id("zzz"), name: "A".into(), now_ms: 9 },
        Action::UndoTrash,
        Action::DismissNotice { index: 3 },
        Action::CreatePlan { id: id("a"), name: "dup".into(), now_ms: 9 },
    ] {
        let next = s.clone().reduce(action);
        assert!(Rc::ptr_eq(&s, &next));
    }
}

#[test]
fn boot_reopens_the_last_route_and_language() {
    let loaded = Loaded {
        prefs: Prefs {
            lang: Some(Lang::Zh),
            last_route: Some("#/plans/a/tiers".into()),
            ..Default::default()
        },
        ..Default::default()
    };
    let s = AppState::boot(loaded.clone(), "", Lang::En, true, 0);
    assert_eq!(s.lang, Lang::Zh, "saved choice beats browser language");
    assert_eq!(s.route, Route::Plan { id: id("a"), view: PlanView::Step(Step::Tiers) });
    // An explicit URL wins over the remembered route.
    let s = AppState::boot(loaded.clone(), "#/plans/b/kpi", Lang::En, true, 0);
    assert_eq!(s.route, Route::Plan { id: id("b"), view: PlanView::Step(Step::Simulation) });
    let s = AppState::boot(loaded.clone(), "#/", Lang::En, true, 0);
    assert_eq!(s.route, Route::Library, "an explicit #/ opens the library");
    let s = AppState::boot(loaded, "#", Lang::En, true, 0);
    assert_eq!(s.route, Route::Plan { id: id("a"), view: PlanView::Step(Step::Tiers) });
    let s = AppState::boot(Loaded::default(), "", Lang::En, true, 0);
    assert_eq!((s.route, s.lang), (Route::Library, Lang::En));
}

#[test]
fn title_names_the_open_plan() {
    let s = reduce_all(fresh(Lang::En), [create("a", "Alpha", 1)]);
    assert_eq!(s.title(), "Alpha · Qunce");
    let s = reduce_all(s, [Action::Navigate(Route::Library)]);
    assert_eq!(s.title(), "Qunce · Community planning workbench");
}

#[test]
fn language_change_is_saved_in_prefs() {
    let kv = MemoryKv::new();
    let s = reduce_all(fresh(Lang::Zh), [Action::SetLang(Lang::En)]);
    assert_eq!(s.save_status(), SaveStatus::Saved, "preferences do not flicker the indicator");
    assert!(s.has_unsaved());
    let s = flushed(s, &kv);
    assert_eq!(s.save_status(), SaveStatus::Saved);
    assert_eq!(library::load(&kv, 0).prefs.lang, Some(Lang::En));
}

#[test]
fn examples_open_as_new_plans_and_canvas_edits_are_saved() {
    use qunce_core::examples::Example;
    let s = reduce_all(fresh(Lang::En), [create("a", "Mine", 1)]);
    let before = s.plan(&id("a")).cloned();
    let s =
        reduce_all(s, [Action::CreateFromExample { id: id("ex"), example: Example::HomeService, now_ms: 2 }]);
    assert_eq!(s.plan(&id("a")).cloned(), before, "the current plan is untouched");
    let ex = s.plan(&id("ex")).unwrap();
    assert_eq!(ex.name, "Home-service brand seed users");
    assert_eq!(ex.positioning, Example::HomeService.canvas(Lang::En));
    assert_eq!(s.route, Route::Plan { id: id("ex"), view: PlanView::Step(Step::Positioning) });

    let mut canvas = ex.positioning.clone();
    canvas.goal = "x".repeat(5000);
    let s =
        reduce_all(s, [Action::EditCanvas { id: id("ex"), edit: Box::new(move |x| *x = canvas), now_ms: 9 }]);
    let ex = s.plan(&id("ex")).unwrap();
    assert_eq!(
        ex.positioning.goal.chars().count(),
        qunce_core::domain::canvas::LINE_TEXT,
        "clamped on the way in"
    );
    assert_eq!(ex.updated_ms, 9);
    assert_eq!(s.save_status(), SaveStatus::Saving);
}

mod other_tab {
    use super::*;
    use qunce::app::external_change;
    use qunce::app::Notice;
    use qunce_core::domain::Plan;
    use qunce_core::persist::encode_plan;

    fn theirs(name: &str) -> Plan {
        let mut p = Plan::new(id("a"), "A", 1);
        p.rename(name, 50);
        p
    }

    fn event(plan: &Plan) -> Action {
        external_change("qunce.plan.a", Some(&encode_plan(plan)), id("copy"), 60).expect("a plan change")
    }

    #[test]
    fn only_plan_keys_with_readable_values_matter() {
        assert!(external_change("qunce.prefs", Some("{}"), id("c"), 1).is_none());
        assert!(external_change("other", Some("{}"), id("c"), 1).is_none());
        assert!(external_change("qunce.plan.a", Some("{broken"), id("c"), 1).is_none());
        // A plan stored under another plan's key is not taken.
        assert!(external_change("qunce.plan.b", Some(&encode_plan(&theirs("x"))), id("c"), 1).is_none());
        assert!(matches!(
            external_change("qunce.plan.a", None, id("c"), 1),
            Some(Action::ExternalRemoved { .. })
        ));
    }

    #[test]
    fn a_clean_plan_follows_the_other_tab() {
        let kv = MemoryKv::new();
        let s = flushed(reduce_all(fresh(Lang::En), [create("a", "A", 1)]), &kv);
        let s = reduce_all(s, [event(&theirs("Renamed there"))]);
        assert_eq!(s.plan(&id("a")).unwrap().name, "Renamed there");
        assert_eq!(s.plans.len(), 1);
        assert!(!s.has_unsaved(), "the other tab has stored it already");
    }

    #[test]
    fn a_plan_edited_in_both_tabs_keeps_both_versions() {
        let s = reduce_all(
            fresh(Lang::En),
            [create("a", "A", 1), Action::RenamePlan { id: id("a"), name: "Ours".into(), now_ms: 40 }],
        );
        let s = reduce_all(s, [event(&theirs("Theirs"))]);
        assert_eq!(s.plan(&id("a")).unwrap().name, "Ours");
        let copy = s.plan(&id("copy")).unwrap();
        assert_eq!(copy.name, "Theirs (other tab)");
        assert!(s.pending.contains_key(&id("a")) && s.pending.contains_key(&id("copy")));
        assert_eq!(s.notices, vec![Notice::Conflict { copy_name: "Theirs (other tab)".into() }]);
    }

    #[test]
    fn new_and_removed_plans_from_the_other_tab() {
        let s = reduce_all(fresh(Lang::En), [event(&theirs("Made there"))]);
        assert_eq!(s.plans.len(), 1);
        let s = reduce_all(s, [Action::ExternalRemoved { id: id("a") }]);
        assert!(s.plans.is_empty());
        // Edited here since: it stays, and the next save brings it back.
        let s = reduce_all(fresh(Lang::En), [create("a", "A", 1), Action::ExternalRemoved { id: id("a") }]);
        assert_eq!(s.plans.len(), 1);
    }
}

#[test]
fn backup_reminder_shows_for_uncovered_week_old_work_and_snoozes() {
    const DAY: i64 = 86_400_000;
    let now = 100 * DAY;
    let at = |created: i64, edited: i64| {
        let mut s = reduce_all(fresh(Lang::En), [create("a", "A", created)]);
        s.plans[0].updated_ms = edited;
        s.boot_ms = now;
        s
    };
    assert!(!fresh(Lang::En).backup_reminder_due(), "no plans, nothing to back up");
    assert!(!at(now - DAY, now - DAY).backup_reminder_due(), "a new plan is not nagged about");
    let s = at(now - 8 * DAY, now - DAY);
    assert!(s.backup_reminder_due(), "week-old work, never backed up");

    let taken = reduce_all(s.clone(), [Action::BackupTaken { now_ms: now }]);
    assert!(!taken.backup_reminder_due());
    assert_eq!(taken.prefs().last_backup_ms, Some(now));

    let snoozed = reduce_all(s.clone(), [Action::SnoozeBackupReminder { now_ms: now }]);
    assert!(!snoozed.backup_reminder_due());
    let mut week_later = snoozed.clone();
    week_later.boot_ms = now + 7 * DAY;
    assert!(week_later.backup_reminder_due(), "back after a week");

    // An old backup that already covers every edit does not nag.
    let mut covered = at(now - 30 * DAY, now - 20 * DAY);
    covered.last_backup_ms = Some(now - 10 * DAY);
    assert!(!covered.backup_reminder_due());
    covered.plans[0].updated_ms = now - DAY;
    assert!(covered.backup_reminder_due(), "edited since a backup over a week old");
}

mod undo {
    use super::*;
    use qunce::app::{MAX_UNDO, UNDO_MERGE_MS};

    fn rename(name: &str, t: i64) -> Action {
        Action::RenamePlan { id: id("a"), name: name.into(), now_ms: t }
    }

    #[test]
    fn undo_and_redo_walk_the_edits_and_save_each_state() {
        let kv = MemoryKv::new();
        let s = reduce_all(fresh(Lang::En), [create("a", "One", 0), rename("Two", 10_000)]);
        let s = flushed(s, &kv);
        let s = reduce_all(s, [Action::Undo]);
        assert_eq!(s.plan(&id("a")).unwrap().name, "One");
        let s = flushed(s, &kv);
        assert_eq!(library::load(&kv, 0).plans[0].name, "One", "the undone state is saved");
        let s = reduce_all(s, [Action::Undo]);
        assert!(s.plan(&id("a")).is_none(), "creation undone");
        assert_eq!(s.route, Route::Library);
        let s = flushed(s, &kv);
        assert!(library::load(&kv, 0).plans.is_empty(), "and its key removed");
        let s = reduce_all(s, [Action::Redo, Action::Redo]);
        assert_eq!(s.plan(&id("a")).unwrap().name, "Two");
        assert!(s.redo.is_empty());
        let s = reduce_all(s, [Action::Redo]);
        assert_eq!(s.plan(&id("a")).unwrap().name, "Two", "nothing left to redo");
    }

    #[test]
    fn a_burst_of_typing_is_one_step_and_a_new_edit_clears_redo() {
        let s = reduce_all(fresh(Lang::En), [create("a", "", 0)]);
        let s = reduce_all(s, [rename("H", 5000), rename("He", 5300), rename("Hey", 5600)]);
        assert_eq!(s.undo.len(), 2, "create + one typing step");
        let s = reduce_all(s, [rename("Hey!", 5600 + UNDO_MERGE_MS + 1)]);
        assert_eq!(s.undo.len(), 3);
        let s = reduce_all(s, [Action::Undo, Action::Undo]);
        assert_eq!(s.plan(&id("a")).unwrap().name, "");
        assert_eq!(s.redo.len(), 2);
        let s = reduce_all(s, [rename("Other", 20_000)]);
        assert!(s.redo.is_empty());
    }

    #[test]
    fn delete_forever_can_be_undone_in_this_session() {
        let kv = MemoryKv::new();
        let s = reduce_all(
            fresh(Lang::En),
            [create("a", "Keep", 0), Action::TrashPlan { id: id("a"), now_ms: 1 }],
        );
        let s = flushed(reduce_all(s, [Action::DeleteForever { id: id("a") }]), &kv);
        assert!(library::load(&kv, 0).plans.is_empty());
        let s = flushed(reduce_all(s, [Action::Undo]), &kv);
        let back = library::load(&kv, 0).plans;
        assert_eq!(back.len(), 1);
        assert!(back[0].is_trashed(), "back in the trash, as it was");
        let s = reduce_all(s, [Action::Undo]);
        assert!(!s.plan(&id("a")).unwrap().is_trashed());
    }

    #[test]
    fn history_keeps_the_last_steps_only_and_ignores_non_edits() {
        let mut s = reduce_all(fresh(Lang::En), [create("a", "", 0)]);
        for i in 0..(MAX_UNDO as i64 + 20) {
            s = reduce_all(s, [rename(&format!("n{i}"), 10_000 * (i + 1))]);
        }
        assert_eq!(s.undo.len(), MAX_UNDO);
        let before = s.undo.len();
        let s = reduce_all(s, [Action::SetLang(Lang::Zh), Action::Navigate(Route::Library)]);
        assert_eq!(s.undo.len(), before);
    }
}

#[test]
fn channel_edits_are_saved_clamped_and_undoable() {
    use qunce_core::domain::channels::{Channel, ChannelPlan, Mode};
    let s = reduce_all(fresh(Lang::En), [create("a", "A", 1)]);
    let mut plan = ChannelPlan::default();
    let mut c = Channel::preset(Mode::Guerrilla, "answers".into(), chrono::NaiveDate::default());
    c.half_life_x10 = 0;
    plan.channels.push(c);
    let s = reduce_all(
        s,
        [Action::EditChannels { id: id("a"), edit: Box::new(move |x| *x = plan), now_ms: 10_000 }],
    );
    let saved = &s.plan(&id("a")).unwrap().channels;
    assert_eq!(saved.channels[0].half_life_x10, 1, "clamped on the way in");
    assert!(s.plan(&id("a")).unwrap().has_content(qunce_core::domain::Step::Channels));
    let s = reduce_all(s, [Action::Undo]);
    assert!(!s.plan(&id("a")).unwrap().channels.has_content());
    let s = reduce_all(s, [Action::Redo]);
    assert_eq!(s.plan(&id("a")).unwrap().channels.channels.len(), 1);
}

#[test]
fn typing_in_one_field_merges_but_structural_edits_stay_separate_undo_steps() {
    use qunce::app::typed_field;
    use qunce_core::domain::channels::{Channel, ChannelPlan, Mode};
    let mut one = ChannelPlan::default();
    one.channels.push(Channel::preset(Mode::Seed, "a".into(), chrono::NaiveDate::default()));
    let mut typed = one.clone();
    typed.channels[0].reach = 123;
    assert_eq!(typed_field(&one, &typed).as_deref(), Some("/channels/0/reach"));
    let mut two = one.clone();
    two.channels.push(Channel::default());
    assert_eq!(typed_field(&one, &two), None, "a channel added");
    let mut both = one.clone();
    both.channels[0].reach = 1;
    both.channels[0].cost = 1;
    assert_eq!(typed_field(&one, &both), None, "two fields at once");

    let set = |c: &ChannelPlan, t: i64| {
        let c = c.clone();
        Action::EditChannels { id: id("a"), edit: Box::new(move |x| *x = c), now_ms: t }
    };
    let s = reduce_all(fresh(Lang::En), [create("a", "A", 1), set(&one, 10_000)]);
    let mut r = one.clone();
    let mut s = s;
    for (i, reach) in [1, 12, 123].into_iter().enumerate() {
        r.channels[0].reach = reach;
        s = reduce_all(s, [set(&r, 10_100 + i as i64 * 100)]);
    }
    s = reduce_all(s, [set(&two, 10_500)]);
    let s = reduce_all(s, [Action::Undo]);
    assert_eq!(s.plan(&id("a")).unwrap().channels.channels[0].reach, 123, "adding a channel is its own step");
    let s = reduce_all(s, [Action::Undo]);
    assert_eq!(s.plan(&id("a")).unwrap().channels, one, "the typing burst undoes as one step");
}

#[test]
fn importing_adds_plans_beside_local_ones_and_never_overwrites() {
    use qunce::app::ImportReport;
    use qunce_core::persist::{encode_backup, encode_plan, RestoreError};
    let s = reduce_all(fresh(Lang::En), [create("a", "Mine", 1)]);
    let mine = s.plan(&id("a")).unwrap().clone();
    let mut theirs = mine.clone();
    theirs.name = "Theirs".into();
    // Same id as a local plan: added as a copy under a new id.
    let s = reduce_all(s, [Action::ImportText { text: encode_plan(&theirs), now_ms: 5 }]);
    assert_eq!(s.last_import, Some(ImportReport::Added { added: 1, copies: 1, repaired: false }));
    assert_eq!(s.plan(&id("a")).unwrap().name, "Mine", "the local plan is untouched");
    assert_eq!(s.plan(&id("a-2")).unwrap().name, "Theirs");
    let s = reduce_all(s, [Action::Undo]);
    assert!(s.plan(&id("a-2")).is_none(), "an import can be undone");

    // A backup with a new plan and a colliding one.
    let mut other = mine.clone();
    other.id = id("b");
    let s = reduce_all(s, [Action::ImportText { text: encode_backup(&[&other, &mine]), now_ms: 6 }]);
    assert_eq!(s.last_import, Some(ImportReport::Added { added: 2, copies: 1, repaired: false }));
    assert!(s.plan(&id("b")).is_some());

    // Garbage and preferences change nothing.
    let before = s.plans.clone();
    let s = reduce_all(s, [Action::ImportText { text: "{\"type\":\"qunce/plan\"".into(), now_ms: 7 }]);
    assert_eq!(s.last_import, Some(ImportReport::Failed(RestoreError::NotJson)));
    let s = reduce_all(
        s,
        [Action::ImportText { text: r#"{"type":"qunce/prefs","version":1,"prefs":{}}"#.into(), now_ms: 8 }],
    );
    assert_eq!(s.last_import, Some(ImportReport::NoPlans));
    assert_eq!(s.plans, before);
    let s = reduce_all(s, [Action::DismissImport]);
    assert_eq!(s.last_import, None);
}

#[test]
fn canvas_edits_apply_to_the_canvas_as_it_is_and_undo_per_field() {
    use qunce_core::domain::Positioning;
    let edit =
        |f: fn(&mut Positioning), t: i64| Action::EditCanvas { id: id("a"), edit: Box::new(f), now_ms: t };
    let s = reduce_all(fresh(Lang::En), [create("a", "A", 1)]);
    // Two quick edits of different fields: the second sees the first.
    let s = reduce_all(s, [edit(|c| c.name = "N".into(), 10_000), edit(|c| c.goal = "G".into(), 10_100)]);
    let c = &s.plan(&id("a")).unwrap().positioning;
    assert_eq!((c.name.as_str(), c.goal.as_str()), ("N", "G"), "neither edit is lost");
    // Typing on in the goal merges with it; the name stays its own step.
    let s = reduce_all(s, [edit(|c| c.goal = "Go".into(), 10_200)]);
    let s = reduce_all(s, [Action::Undo]);
    let c = &s.plan(&id("a")).unwrap().positioning;
    assert_eq!((c.name.as_str(), c.goal.as_str()), ("N", ""), "the goal's burst undoes as one step");
    let s = reduce_all(s, [Action::Undo]);
    assert_eq!(s.plan(&id("a")).unwrap().positioning.name, "");
}

#[test]
fn the_next_campaign_opens_as_a_new_plan_seeded_by_this_ones_groups() {
    use qunce_core::examples::Example;
    let s = reduce_all(
        fresh(Lang::Zh),
        [Action::CreateFromExample { id: id("ex"), example: Example::JobSprint, now_ms: 1_767_225_600_000 }],
    );
    let before = s.plan(&id("ex")).cloned();
    let s =
        reduce_all(s, [Action::NextCampaign { id: id("ex"), new_id: id("nx"), now_ms: 1_767_225_700_000 }]);
    assert_eq!(s.plan(&id("ex")).cloned(), before, "this campaign is untouched");
    let next = s.plan(&id("nx")).unwrap();
    assert_eq!(next.name, "求职社群两周冲刺（下一期）");
    assert_eq!(next.channels.channels[0].name, "上一期留下的群");
    assert!(next.channels.channels[0].reach > 0);
    assert_eq!(s.route, Route::Plan { id: id("nx"), view: PlanView::Step(Step::Channels) });
    // Taken ids are refused: nothing changes.
    let again = reduce_all(s.clone(), [Action::NextCampaign { id: id("ex"), new_id: id("nx"), now_ms: 2 }]);
    assert_eq!(again.plans.len(), s.plans.len());
}
