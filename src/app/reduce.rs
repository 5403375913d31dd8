//! The one reducer: each action is one arm of one match. Changes to a plan
//! go through [`AppState::undoable`] (or [`AppState::edit_section`], which
//! uses the same undo record), so every plan change is an undo step.

use std::rc::Rc;

use qunce_core::domain::channels::local_date;
use qunce_core::domain::{Plan, PlanId, Step};
use qunce_core::i18n::Key;
use qunce_core::persist::{restore, Doc};
use yew::Reducible;

use super::route::{PlanView, Route};
use super::state::{ImportReport, BACKUP_REMINDER_DAYS, DAY_MS};
use super::undo::{typed_field, PlanEdit};
use super::{Action, AppState};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

/// Applies a sequence of actions; for tests and scripted set-ups.
pub fn reduce_all(state: AppState, actions: impl IntoIterator<Item = Action>) -> AppState {
    let mut rc = Rc::new(state);
    for a in actions {
        rc = rc.reduce(a);
    }
    Rc::try_unwrap(rc).unwrap_or_else(|rc| (*rc).clone())
}

/// A change that needs no undo step: applied to a copy of the state.
fn change(state: &AppState, f: impl FnOnce(&mut AppState) -> Option<()>) -> Option<AppState> {
    let mut next = state.clone();
    f(&mut next)?;
    Some(next)
}

impl AppState {
    /// Applies `action`; `None` means nothing changed (so no re-render).
    fn apply(&self, action: Action) -> Option<AppState> {
        match action {
            Action::Navigate(route) => change(self, |s| {
                (route != s.route).then_some(())?;
                s.set_route(route);
                Some(())
            }),
            Action::SetLang(lang) => change(self, |s| {
                (lang != s.lang).then_some(())?;
                s.lang = lang;
                s.mark_prefs();
                Some(())
            }),

            // Plans.
            Action::CreatePlan { id, name, now_ms } => self.undoable(&id.clone(), now_ms, None, |s| {
                s.plan(&id).is_none().then_some(())?;
                s.plans.push(Plan::new(id.clone(), &name, now_ms));
                s.mark_plan(&id);
                s.set_route(Route::plan(&id));
                Some(())
            }),
            Action::CreateFromExample { id, example, now_ms } => {
                self.undoable(&id.clone(), now_ms, None, |s| {
                    s.plan(&id).is_none().then_some(())?;
                    let today = local_date(now_ms, s.tz_offset_min);
                    s.plans.push(example.plan(id.clone(), s.lang, now_ms, today));
                    s.mark_plan(&id);
                    s.set_route(Route::Plan { id: id.clone(), view: PlanView::Step(Step::Positioning) });
                    Some(())
                })
            }
            Action::DuplicatePlan { id, new_id, now_ms } => {
                self.undoable(&new_id.clone(), now_ms, None, |s| {
                    s.plan(&new_id).is_none().then_some(())?;
                    let source = s.plan(&id)?;
                    let name = s.lang.tf(Key::CopyName, &[("name", s.display_name(source))]);
                    let copy = source.duplicate(new_id.clone(), &name, now_ms);
                    s.plans.push(copy);
                    s.mark_plan(&new_id);
                    Some(())
                })
            }
            Action::RenamePlan { id, name, now_ms } => {
                self.undoable(&id.clone(), now_ms, Some(String::from("name")), |s| {
                    s.plan_mut(&id)?.rename(&name, now_ms).then_some(())?;
                    s.mark_plan(&id);
                    Some(())
                })
            }
            Action::TrashPlan { id, now_ms } => self.undoable(&id.clone(), now_ms, None, |s| {
                let plan = s.plan_mut(&id)?;
                (!plan.is_trashed()).then_some(())?;
                plan.trash(now_ms);
                s.mark_plan(&id);
                s.undo_trash = Some(id.clone());
                if s.route.plan_id() == Some(&id) {
                    s.set_route(Route::Library);
                }
                Some(())
            }),
            Action::UndoTrash => {
                let id = self.undo_trash.clone()?;
                self.undoable(&id.clone(), i64::MIN, None, |s| {
                    s.undo_trash = None;
                    if let Some(plan) = s.plan_mut(&id) {
                        plan.untrash();
                        s.mark_plan(&id);
                    }
                    Some(())
                })
            }
            Action::DismissUndo => change(self, |s| s.undo_trash.take().map(drop)),
            Action::RestorePlan { id } => self.undoable(&id.clone(), i64::MIN, None, |s| {
                let plan = s.plan_mut(&id)?;
                plan.is_trashed().then_some(())?;
                plan.untrash();
                s.mark_plan(&id);
                if s.undo_trash.as_ref() == Some(&id) {
                    s.undo_trash = None;
                }
                Some(())
            }),
            Action::DeleteForever { id } => self.undoable(&id.clone(), i64::MIN, None, |s| {
                // Only from the trash.
                s.plan(&id)?.is_trashed().then_some(())?;
                s.set_plan(&id, None);
                Some(())
            }),

            // The four steps.
            Action::EditCanvas { id, edit, now_ms } => self.edit_section(
                id,
                now_ms,
                "canvas",
                |p| &mut p.positioning,
                |c| {
                    edit(c);
                    c.sanitize();
                },
            ),
            Action::EditChannels { id, edit, now_ms } => {
                // The first edit fixes day 1 of the forecast at today.
                let today = local_date(self.boot_ms, self.tz_offset_min);
                self.edit_section(
                    id,
                    now_ms,
                    "channels",
                    |p| &mut p.channels,
                    |c| {
                        c.start.get_or_insert(today);
                        edit(c);
                        c.sanitize();
                    },
                )
            }
            Action::EditTiers { id, edit, now_ms } => self.edit_section(
                id,
                now_ms,
                "tiers",
                |p| &mut p.tiers,
                |t| {
                    edit(t);
                    t.sanitize();
                },
            ),
            Action::EditSimulation { id, edit, now_ms } => self.edit_section(
                id,
                now_ms,
                "simulation",
                |p| &mut p.simulation,
                |s| {
                    edit(s);
                    s.sanitize();
                },
            ),

            // Plans from outside: files, links, versions.
            Action::ImportText { text, now_ms } => Some(self.import(&text, now_ms)),
            Action::ImportFailed(e) => change(self, |s| {
                s.last_import = Some(ImportReport::Failed(e));
                Some(())
            }),
            Action::DismissImport => change(self, |s| s.last_import.take().map(drop)),
            Action::SaveShared { plan, new_id, as_new, now_ms } => {
                self.save_shared(*plan, new_id, as_new, now_ms)
            }
            Action::RestoreVersion { id, version, now_ms } => self.restore_version(id, *version, now_ms),

            // Undo.
            Action::Undo => change(self, AppState::undo_last),
            Action::Redo => change(self, AppState::redo_last),

            // Notices, backups, saving, other tabs.
            Action::DismissNotice { index } => change(self, |s| {
                (index < s.notices.len()).then_some(())?;
                s.notices.remove(index);
                Some(())
            }),
            Action::BackupRemoved { key } => change(self, |s| {
                let before = s.backups.len();
                s.backups.retain(|b| b.key != key);
                (s.backups.len() != before).then_some(())
            }),
            Action::BackupTaken { now_ms } => change(self, |s| {
                s.last_backup_ms = Some(now_ms);
                s.boot_ms = s.boot_ms.max(now_ms);
                s.mark_prefs();
                Some(())
            }),
            Action::SnoozeBackupReminder { now_ms } => change(self, |s| {
                s.remind_after_ms = Some(now_ms.saturating_add(BACKUP_REMINDER_DAYS * DAY_MS));
                s.boot_ms = s.boot_ms.max(now_ms);
                s.mark_prefs();
                Some(())
            }),
            Action::Flushed(report) => change(self, |s| {
                s.flushed(report);
                (*s != *self).then_some(())
            }),
            Action::ExternalPlan { plan, copy_id, now_ms } => {
                change(self, |s| s.external_plan(*plan, copy_id, now_ms))
            }
            Action::ExternalRemoved { id } => change(self, |s| s.external_removed(&id)),
        }
    }

    /// Applies `edit` to one section of a plan as it is now, recording an
    /// undo step (typing in one field merges).
    fn edit_section<T: Clone + PartialEq + serde::Serialize>(
        &self,
        id: PlanId,
        now_ms: i64,
        name: &str,
        pick: fn(&mut Plan) -> &mut T,
        edit: impl FnOnce(&mut T),
    ) -> Option<AppState> {
        let before = self.plan(&id)?.clone();
        let mut plan = before.clone();
        let old = pick(&mut plan).clone();
        let section = pick(&mut plan);
        edit(section);
        if *section == old {
            return None;
        }
        let merge = typed_field(&old, section).map(|k| format!("{name}{k}"));
        plan.touch(now_ms);
        let mut next = self.clone();
        next.set_plan(&id, Some(plan.clone()));
        next.record(PlanEdit { id, before: Some(before), after: Some(plan), at_ms: now_ms, merge });
        Some(next)
    }

    /// Adds the plans in `text`; never replaces a local plan.
    fn import(&self, text: &str, now_ms: i64) -> AppState {
        let mut next = self.clone();
        let restored = match restore(text) {
            Ok(r) => r,
            Err(e) => {
                next.last_import = Some(ImportReport::Failed(e));
                return next;
            }
        };
        let repaired = !restored.repairs.is_empty();
        let plans = match restored.doc {
            Doc::Plan(p) => vec![*p],
            Doc::Backup(ps) => ps,
            Doc::Prefs(_) | Doc::History(_) => {
                next.last_import = Some(ImportReport::NoPlans);
                return next;
            }
        };
        if plans.is_empty() {
            next.last_import = Some(ImportReport::NoPlans);
            return next;
        }
        let (mut added, mut copies) = (0, 0);
        for mut plan in plans {
            if next.plan(&plan.id).is_some() {
                let Some(id) = next.free_id(&plan.id) else { continue };
                plan.id = id;
                copies += 1;
            }
            next.add_plan(plan, now_ms);
            added += 1;
        }
        next.last_import = Some(ImportReport::Added { added, copies, repaired });
        next
    }

    /// Puts a saved version's content into plan `id`.
    fn restore_version(&self, id: PlanId, version: Plan, now_ms: i64) -> Option<AppState> {
        let before = self.plan(&id)?.clone();
        let mut plan =
            Plan { id: id.clone(), created_ms: before.created_ms, trashed_ms: before.trashed_ms, ..version };
        plan.updated_ms = before.updated_ms;
        plan.touch(now_ms);
        if plan.same_content(&before) {
            return None;
        }
        let mut next = self.clone();
        next.keep_versions.entry(id.clone()).or_insert_with(|| before.clone());
        next.set_plan(&id, Some(plan.clone()));
        next.record(PlanEdit { id, before: Some(before), after: Some(plan), at_ms: now_ms, merge: None });
        Some(next)
    }

    /// Adds a plan from a share link, never over a local plan.
    fn save_shared(&self, mut plan: Plan, new_id: PlanId, as_new: bool, now_ms: i64) -> Option<AppState> {
        let mut next = self.clone();
        if as_new || next.plan(&plan.id).is_some() {
            if next.plan(&new_id).is_some() {
                return None;
            }
            plan.id = new_id;
        }
        plan.touch(now_ms);
        let id = next.add_plan(plan, now_ms);
        next.set_route(Route::plan(&id));
        Some(next)
    }
}
