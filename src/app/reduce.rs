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
use super::undo::{typed_plan_field, PlanEdit};
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

/// What a change did to a plan, for its undo step: which plan, when, and
/// what was typed (for merging a burst of typing into one step).
struct Touched {
    id: PlanId,
    at_ms: i64,
    merge: Option<String>,
}

/// The result of one action on the state: `None` if nothing changed (no
/// re-render), else whether it changed a plan that undo should track.
type Change = Option<Option<Touched>>;

/// A change that undo does not track.
const CHANGED: Change = Some(None);

fn touched(id: &PlanId, at_ms: i64, merge: Option<&str>) -> Change {
    Some(Some(Touched { id: id.clone(), at_ms, merge: merge.map(str::to_owned) }))
}

impl AppState {
    /// Applies `action` to a copy of this state and records the undo step
    /// of the plan it touched; `None` means nothing changed.
    fn apply(&self, action: Action) -> Option<AppState> {
        let mut next = self.clone();
        if let Some(Touched { id, at_ms, merge }) = next.step(action)? {
            let before = self.plan(&id).cloned();
            let after = next.plan(&id).cloned();
            if before != after {
                next.record(PlanEdit { id, before, after, at_ms, merge });
            }
        }
        Some(next)
    }

    /// The one match: what each action does to the state.
    fn step(&mut self, action: Action) -> Change {
        match action {
            Action::Navigate(route) => {
                (route != self.route).then_some(())?;
                // Leaving a step that was edited: its state becomes a version.
                if let Route::Plan { id, view: PlanView::Step(_) } = &self.route {
                    if self.edits_since_version.remove(id).is_some_and(|n| n > 0) {
                        self.version_due.insert(id.clone());
                    }
                }
                self.set_route(route);
                CHANGED
            }
            Action::KeepVersion { id } => {
                let plan = self.plan(&id)?.clone();
                self.keep_versions.entry(id).or_insert(plan);
                CHANGED
            }
            Action::SetLang(lang) => {
                (lang != self.lang).then_some(())?;
                self.lang = lang;
                self.mark_prefs();
                CHANGED
            }

            // Plans.
            Action::CreatePlan { id, name, now_ms } => {
                self.plan(&id).is_none().then_some(())?;
                self.plans.push(Plan::new(id.clone(), &name, now_ms));
                self.mark_plan(&id);
                self.set_route(Route::plan(&id));
                touched(&id, now_ms, None)
            }
            Action::CreateFromExample { id, example, now_ms } => {
                self.plan(&id).is_none().then_some(())?;
                let today = local_date(now_ms, self.tz_offset_min);
                self.plans.push(example.plan(id.clone(), self.lang, now_ms, today));
                self.mark_plan(&id);
                self.set_route(Route::Plan { id: id.clone(), view: PlanView::Step(Step::Positioning) });
                touched(&id, now_ms, None)
            }
            Action::DuplicatePlan { id, new_id, now_ms } => {
                self.plan(&new_id).is_none().then_some(())?;
                let source = self.plan(&id)?;
                let name = self.lang.tf(Key::CopyName, &[("name", self.display_name(source))]);
                let copy = source.duplicate(new_id.clone(), &name, now_ms);
                self.plans.push(copy);
                self.mark_plan(&new_id);
                touched(&new_id, now_ms, None)
            }
            Action::NextCampaign { id, new_id, now_ms } => {
                self.plan(&new_id).is_none().then_some(())?;
                let source = self.plan(&id)?;
                let today = local_date(now_ms, self.tz_offset_min);
                let told = qunce_core::domain::story::story(source, today);
                let name = self.lang.tf(Key::NextCampaignName, &[("name", self.display_name(source))]);
                let next = qunce_core::domain::story::next_campaign(
                    source,
                    &told,
                    new_id.clone(),
                    &name,
                    self.lang.t(Key::LeftoverGroups),
                    now_ms,
                );
                self.plans.push(next);
                self.mark_plan(&new_id);
                self.set_route(Route::Plan { id: new_id.clone(), view: PlanView::Step(Step::Channels) });
                touched(&new_id, now_ms, None)
            }
            Action::RenamePlan { id, name, now_ms } => {
                self.plan_mut(&id)?.rename(&name, now_ms).then_some(())?;
                self.mark_plan(&id);
                touched(&id, now_ms, Some("name"))
            }
            Action::TrashPlan { id, now_ms } => {
                let plan = self.plan_mut(&id)?;
                (!plan.is_trashed()).then_some(())?;
                plan.trash(now_ms);
                self.mark_plan(&id);
                self.undo_trash = Some(id.clone());
                if self.route.plan_id() == Some(&id) {
                    self.set_route(Route::Library);
                }
                touched(&id, now_ms, None)
            }
            Action::UndoTrash => {
                let id = self.undo_trash.take()?;
                if let Some(plan) = self.plan_mut(&id) {
                    plan.untrash();
                    self.mark_plan(&id);
                }
                touched(&id, i64::MIN, None)
            }
            Action::DismissUndo => self.undo_trash.take().and(CHANGED),
            Action::RestorePlan { id } => {
                let plan = self.plan_mut(&id)?;
                plan.is_trashed().then_some(())?;
                plan.untrash();
                self.mark_plan(&id);
                if self.undo_trash.as_ref() == Some(&id) {
                    self.undo_trash = None;
                }
                touched(&id, i64::MIN, None)
            }
            Action::DeleteForever { id } => {
                // Only from the trash.
                self.plan(&id)?.is_trashed().then_some(())?;
                self.set_plan(&id, None);
                touched(&id, i64::MIN, None)
            }

            // The four steps.
            Action::EditCanvas { id, edit, now_ms } => self.edit_section(
                id,
                now_ms,
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
                |p| &mut p.tiers,
                |t| {
                    edit(t);
                    t.sanitize();
                },
            ),
            Action::EditActuals { id, edit, now_ms } => self.edit_section(
                id,
                now_ms,
                |p| &mut p.actuals,
                |a| {
                    edit(a);
                    a.sanitize();
                },
            ),
            Action::EditSimulation { id, edit, now_ms } => self.edit_section(
                id,
                now_ms,
                |p| &mut p.simulation,
                |s| {
                    edit(s);
                    s.sanitize();
                },
            ),

            // Plans from outside: files, links, versions. Each records its
            // own undo steps (an import may add several plans).
            Action::ImportText { text, now_ms } => {
                self.import(&text, now_ms);
                CHANGED
            }
            Action::ImportFailed(e) => {
                self.last_import = Some(ImportReport::Failed(e));
                CHANGED
            }
            Action::DismissImport => self.last_import.take().and(CHANGED),
            Action::SaveShared { plan, new_id, as_new, now_ms } => {
                self.save_shared(*plan, new_id, as_new, now_ms)
            }
            Action::ReplaceWithShared { plan, now_ms } => {
                let id = plan.id.clone();
                let change = self.restore_version(id.clone(), *plan, now_ms)?;
                self.set_route(Route::plan(&id));
                Some(change)
            }
            Action::RestoreVersion { id, version, now_ms } => self.restore_version(id, *version, now_ms),

            // Undo.
            Action::Undo => self.undo_last().and(CHANGED),
            Action::Redo => self.redo_last().and(CHANGED),

            // Notices, backups, saving, other tabs.
            Action::DismissNotice { index } => {
                (index < self.notices.len()).then_some(())?;
                self.notices.remove(index);
                CHANGED
            }
            Action::BackupRemoved { key } => {
                let before = self.backups.len();
                self.backups.retain(|b| b.key != key);
                (self.backups.len() != before).then_some(None)
            }
            Action::BackupTaken { now_ms } => {
                self.last_backup_ms = Some(now_ms);
                self.boot_ms = self.boot_ms.max(now_ms);
                self.mark_prefs();
                CHANGED
            }
            Action::SnoozeBackupReminder { now_ms } => {
                self.remind_after_ms = Some(now_ms.saturating_add(BACKUP_REMINDER_DAYS * DAY_MS));
                self.boot_ms = self.boot_ms.max(now_ms);
                self.mark_prefs();
                CHANGED
            }
            Action::Flushed(report) => self.flushed(report).and(CHANGED),
            Action::ExternalPlan { plan, copy_id, now_ms } => {
                self.external_plan(*plan, copy_id, now_ms).and(CHANGED)
            }
            Action::ExternalRemoved { id } => self.external_removed(&id).and(CHANGED),
        }
    }

    /// Applies `edit` to one section of a plan as it is now; typing in one
    /// field of it merges into one undo step.
    fn edit_section<T: Clone + PartialEq>(
        &mut self,
        id: PlanId,
        now_ms: i64,
        pick: fn(&mut Plan) -> &mut T,
        edit: impl FnOnce(&mut T),
    ) -> Change {
        let before = self.plan(&id)?;
        let mut plan = before.clone();
        let old = pick(&mut plan).clone();
        let section = pick(&mut plan);
        edit(section);
        if *section == old {
            return None;
        }
        // Compared as whole plans (before the edit time changes): one
        // instantiation of the walk and of the plan's serialiser, which
        // saving already has, rather than one per step (smaller wasm).
        let merge = typed_plan_field(before, &plan);
        plan.touch(now_ms);
        self.set_plan(&id, Some(plan));
        Some(Some(Touched { id, at_ms: now_ms, merge }))
    }

    /// Adds the plans in `text`; never replaces a local plan.
    fn import(&mut self, text: &str, now_ms: i64) {
        let restored = match restore(text) {
            Ok(r) => r,
            Err(e) => {
                self.last_import = Some(ImportReport::Failed(e));
                return;
            }
        };
        let repaired = restored.is_lossy();
        let plans = match restored.doc {
            Doc::Plan(p) => vec![*p],
            Doc::Backup(ps) => ps,
            Doc::Prefs(_) | Doc::History(_) | Doc::Session(_) | Doc::Board(_) => Vec::new(),
        };
        if plans.is_empty() {
            self.last_import = Some(ImportReport::NoPlans);
            return;
        }
        let (mut added, mut copies) = (0, 0);
        for mut plan in plans {
            if self.plan(&plan.id).is_some() {
                let Some(id) = self.free_id(&plan.id) else { continue };
                plan.id = id;
                copies += 1;
            }
            self.add_plan(plan, now_ms);
            added += 1;
        }
        self.last_import = Some(ImportReport::Added { added, copies, repaired });
    }

    /// Puts a saved version's content into plan `id`, keeping the state
    /// before it as a version too.
    fn restore_version(&mut self, id: PlanId, version: Plan, now_ms: i64) -> Change {
        let before = self.plan(&id)?.clone();
        let mut plan =
            Plan { id: id.clone(), created_ms: before.created_ms, trashed_ms: before.trashed_ms, ..version };
        plan.updated_ms = before.updated_ms;
        plan.touch(now_ms);
        if plan.same_content(&before) {
            return None;
        }
        self.keep_versions.entry(id.clone()).or_insert(before);
        self.set_plan(&id, Some(plan));
        touched(&id, now_ms, None)
    }

    /// Adds a plan from a share link, never over a local plan, keeping the
    /// link's own times. A copy beside a local plan of the same id or the
    /// same name is named after the link ("（来自链接 12-04）").
    fn save_shared(&mut self, mut plan: Plan, new_id: PlanId, as_new: bool, now_ms: i64) -> Change {
        let same_name = self.plans.iter().any(|p| p.trashed_ms.is_none() && p.name == plan.name);
        if as_new || self.plan(&plan.id).is_some() {
            if self.plan(&new_id).is_some() {
                return None;
            }
            plan.id = new_id;
        }
        if as_new || same_name {
            let date = qunce_core::domain::channels::local_date(plan.updated_ms, self.tz_offset_min);
            let name = qunce_core::labels::from_link_name(self.lang, &plan.name, date);
            plan.name = qunce_core::domain::plan::clean_name(&name);
        }
        let id = self.add_plan(plan, now_ms);
        self.set_route(Route::plan(&id));
        CHANGED
    }
}
