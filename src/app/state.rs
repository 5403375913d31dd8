//! The one application state and the actions that change it.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use qunce_core::domain::{Channels, Plan, PlanId, Positioning, Simulation, Tiers};
use qunce_core::examples::Example;
use qunce_core::i18n::{Key, Lang};
use qunce_core::persist::library::{self, Backup, Loaded, Recovery};
use qunce_core::persist::{Kv, KvError, Prefs};

use super::route::{PlanView, Route};
use qunce_core::domain::Step;

pub type AppContext = UseReducerHandle<AppState>;

/// What the save indicator shows; derived, never stored.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Saving,
    Failed(KvError),
    /// Storage is unavailable: edits live only in this tab.
    MemoryOnly,
}

/// Something the user must be told about until they dismiss it.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Recovered(Recovery),
    /// Another tab saved a plan this tab had unsaved edits to; theirs was
    /// kept as a copy under this name.
    Conflict {
        copy_name: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub route: Route,
    /// All plans, trashed ones included.
    pub plans: Vec<Plan>,
    /// Edits not yet written: plan → revision of its last edit.
    pub pending: BTreeMap<PlanId, u64>,
    /// Plans deleted for good whose keys are not yet removed.
    pub removals: BTreeMap<PlanId, u64>,
    pub prefs_pending: Option<u64>,
    /// Bumped by every change that needs saving; the autosave effect watches it.
    pub revision: u64,
    pub storage_available: bool,
    pub last_error: Option<KvError>,
    pub notices: Vec<Notice>,
    pub backups: Vec<Backup>,
    /// The plan most recently moved to the trash, offered for undo.
    pub undo_trash: Option<PlanId>,
    /// Minutes east of UTC, read once at start so rendering needs no clock.
    pub tz_offset_min: i32,
    /// When this tab started (Unix ms); the clock reading rendering may use.
    pub boot_ms: i64,
    pub last_backup_ms: Option<i64>,
    pub remind_after_ms: Option<i64>,
    /// The page the bare address reopens: the last one that was the user's
    /// own (a shared link or an unknown address is not remembered).
    pub last_route: Option<String>,
    /// Plan edits that can be undone, oldest first (at most [`MAX_UNDO`]).
    pub undo: Vec<PlanEdit>,
    pub redo: Vec<PlanEdit>,
    /// What the last file import did, until dismissed.
    pub last_import: Option<ImportReport>,
    /// Plans as they were just before a version was restored, to be kept in
    /// their history with the next save.
    pub keep_versions: BTreeMap<PlanId, Plan>,
    /// The page's address without the fragment (origin and path), read once
    /// at start so share links are built without a browser call in render.
    pub base_url: String,
}

/// The outcome of importing a plan or backup file.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportReport {
    /// Plans added; how many of them got a new id because the id was taken;
    /// whether anything had to be repaired on the way in.
    Added {
        added: usize,
        copies: usize,
        repaired: bool,
    },
    /// The file is a Qunce file but holds no plan (e.g. preferences).
    NoPlans,
    Failed(qunce_core::persist::RestoreError),
}

/// Undo keeps this many steps.
pub const MAX_UNDO: usize = 100;
/// Edits to one plan's text closer together than this are one undo step, so
/// undo takes back a burst of typing rather than a single letter.
pub const UNDO_MERGE_MS: i64 = 1500;

/// One undoable change to one plan: its state before and after (`None` =
/// the plan did not exist).
#[derive(Clone, Debug, PartialEq)]
pub struct PlanEdit {
    pub id: PlanId,
    pub before: Option<Plan>,
    pub after: Option<Plan>,
    pub at_ms: i64,
    /// What was typed in, if anything: consecutive edits of the same thing
    /// within [`UNDO_MERGE_MS`] merge into one undo step.
    pub merge: Option<String>,
}

/// Days without a backup before the reminder shows.
pub const BACKUP_REMINDER_DAYS: i64 = 7;
const DAY_MS: i64 = 86_400_000;

pub enum Action {
    Navigate(Route),
    SetLang(Lang),
    CreatePlan {
        id: PlanId,
        name: String,
        now_ms: i64,
    },
    RenamePlan {
        id: PlanId,
        name: String,
        now_ms: i64,
    },
    /// Replaces the positioning canvas (step 1) of a plan.
    SetCanvas {
        id: PlanId,
        canvas: Box<Positioning>,
        now_ms: i64,
    },
    /// Replaces the recruitment-channel plan (step 2) of a plan.
    SetChannels {
        id: PlanId,
        channels: Box<Channels>,
        now_ms: i64,
    },
    /// Edits the channel plan as it is when the action is applied, so quick
    /// successive edits never overwrite each other.
    EditChannels {
        id: PlanId,
        edit: Box<dyn FnOnce(&mut Channels)>,
        now_ms: i64,
    },
    /// Edits the tier design as it is when the action is applied.
    EditTiers {
        id: PlanId,
        edit: Box<dyn FnOnce(&mut Tiers)>,
        now_ms: i64,
    },
    /// Edits the simulator settings as they are when the action is applied.
    EditSimulation {
        id: PlanId,
        edit: Box<dyn FnOnce(&mut Simulation)>,
        now_ms: i64,
    },
    /// A new plan holding an example canvas, in the current language.
    CreateFromExample {
        id: PlanId,
        example: Example,
        now_ms: i64,
    },
    DuplicatePlan {
        id: PlanId,
        new_id: PlanId,
        now_ms: i64,
    },
    TrashPlan {
        id: PlanId,
        now_ms: i64,
    },
    UndoTrash,
    DismissUndo,
    /// Adds the plans in a plan or backup file's text (read through
    /// `restore()`); a plan whose id is taken is added under a new id, so
    /// nothing local is ever overwritten.
    ImportText {
        text: String,
        now_ms: i64,
    },
    /// A file could not be read at all (too large, unreadable).
    ImportFailed(qunce_core::persist::RestoreError),
    DismissImport,
    RestorePlan {
        id: PlanId,
    },
    DeleteForever {
        id: PlanId,
    },
    DismissNotice {
        index: usize,
    },
    BackupRemoved {
        key: String,
    },
    /// Another tab saved this plan (the storage event, already restored).
    ExternalPlan {
        plan: Box<Plan>,
        copy_id: PlanId,
        now_ms: i64,
    },
    /// Another tab deleted this plan for good.
    ExternalRemoved {
        id: PlanId,
    },
    /// All plans were downloaded as a backup file.
    BackupTaken {
        now_ms: i64,
    },
    /// "Remind me later" on the backup reminder.
    SnoozeBackupReminder {
        now_ms: i64,
    },
    /// Saves a plan opened from a share link. It keeps its id unless that
    /// is taken (or `as_new` asks for a new plan), then gets `new_id`; a
    /// local plan is never overwritten. Opens the saved plan.
    SaveShared {
        plan: Box<Plan>,
        new_id: PlanId,
        as_new: bool,
        now_ms: i64,
    },
    /// Brings back a saved version of a plan (from its history): the
    /// plan's content becomes the version's, under the same id; the state
    /// before is kept as a version too, and the change is an undo step.
    RestoreVersion {
        id: PlanId,
        version: Box<Plan>,
        now_ms: i64,
    },
    /// Takes back the last plan edit.
    Undo,
    Redo,
    /// The result of [`AppState::flush`].
    Flushed(FlushReport),
}

/// What a flush wrote, by revision, so edits made meanwhile stay pending.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FlushReport {
    pub saved: Vec<(PlanId, u64)>,
    pub removed: Vec<(PlanId, u64)>,
    pub prefs: Option<u64>,
    pub error: Option<KvError>,
}

impl AppState {
    /// The state at start-up, from what storage held and what the browser says.
    pub fn boot(
        loaded: Loaded,
        hash: &str,
        browser_lang: Lang,
        storage_available: bool,
        tz_offset_min: i32,
    ) -> AppState {
        let lang = loaded.prefs.lang.unwrap_or(browser_lang);
        // Only a bare address reopens the last page; an explicit `#/` means
        // the plan library.
        let at_root = hash.is_empty() || hash == "#";
        let route = match (&loaded.prefs.last_route, at_root) {
            (Some(last), true) => match Route::parse(last) {
                Route::NotFound => Route::Library,
                r => r,
            },
            _ => Route::parse(hash),
        };
        let last_route = remembered(&route).or(loaded.prefs.last_route);
        AppState {
            lang,
            route,
            last_route,
            plans: loaded.plans,
            pending: BTreeMap::new(),
            removals: BTreeMap::new(),
            prefs_pending: None,
            revision: 0,
            storage_available,
            last_error: None,
            notices: loaded.recovered.into_iter().map(Notice::Recovered).collect(),
            backups: loaded.backups,
            undo_trash: None,
            tz_offset_min,
            boot_ms: 0,
            last_backup_ms: loaded.prefs.last_backup_ms,
            remind_after_ms: loaded.prefs.remind_after_ms,
            undo: Vec::new(),
            redo: Vec::new(),
            last_import: None,
            base_url: String::new(),
            keep_versions: BTreeMap::new(),
        }
    }

    pub fn t(&self, key: Key) -> &'static str {
        self.lang.t(key)
    }

    pub fn plan(&self, id: &PlanId) -> Option<&Plan> {
        self.plans.iter().find(|p| &p.id == id)
    }

    fn plan_mut(&mut self, id: &PlanId) -> Option<&mut Plan> {
        self.plans.iter_mut().find(|p| &p.id == id)
    }

    /// Plans not in the trash, most recently edited first.
    pub fn active_plans(&self) -> Vec<&Plan> {
        let mut v: Vec<&Plan> = self.plans.iter().filter(|p| !p.is_trashed()).collect();
        v.sort_by(|a, b| b.updated_ms.cmp(&a.updated_ms).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// Plans in the trash, most recently trashed first.
    pub fn trashed_plans(&self) -> Vec<&Plan> {
        let mut v: Vec<&Plan> = self.plans.iter().filter(|p| p.is_trashed()).collect();
        v.sort_by(|a, b| b.trashed_ms.cmp(&a.trashed_ms).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// The name to show: the plan's own, or "Untitled plan".
    pub fn display_name<'a>(&self, plan: &'a Plan) -> &'a str {
        if plan.name.is_empty() {
            self.t(Key::DefaultPlanName)
        } else {
            &plan.name
        }
    }

    pub fn save_status(&self) -> SaveStatus {
        if !self.storage_available {
            SaveStatus::MemoryOnly
        } else if let Some(e) = &self.last_error {
            SaveStatus::Failed(e.clone())
        } else if !self.pending.is_empty() || !self.removals.is_empty() {
            // Preference writes (language, last page) are not the user's work
            // and do not flicker the indicator.
            SaveStatus::Saving
        } else {
            SaveStatus::Saved
        }
    }

    pub fn has_unsaved(&self) -> bool {
        !self.pending.is_empty() || !self.removals.is_empty() || self.prefs_pending.is_some()
    }

    /// Whether to remind the user to download a backup: browsers, and in-app
    /// browsers above all, may clear stored data. Shown only when there is
    /// work older than [`BACKUP_REMINDER_DAYS`] that no backup covers, and
    /// not again for a week once dismissed.
    pub fn backup_reminder_due(&self) -> bool {
        let now = self.boot_ms;
        if self.remind_after_ms.is_some_and(|t| now < t) {
            return false;
        }
        let since = self.last_backup_ms.unwrap_or(i64::MIN);
        let overdue = now.saturating_sub(BACKUP_REMINDER_DAYS * DAY_MS);
        self.plans.iter().any(|p| p.updated_ms > since && p.created_ms < overdue && since < overdue)
    }

    /// The browser tab's title for the current page.
    pub fn title(&self) -> String {
        let app = format!("{} · {}", self.t(Key::AppName), self.t(Key::Tagline));
        match self.route.plan_id().and_then(|id| self.plan(id)) {
            Some(plan) => format!("{} · {}", self.display_name(plan), self.t(Key::AppName)),
            None => app,
        }
    }

    pub fn prefs(&self) -> Prefs {
        Prefs {
            lang: Some(self.lang),
            last_route: self.last_route.clone(),
            last_backup_ms: self.last_backup_ms,
            remind_after_ms: self.remind_after_ms,
        }
    }

    fn bump(&mut self) -> u64 {
        self.revision += 1;
        self.revision
    }

    fn mark_plan(&mut self, id: &PlanId) {
        let rev = self.bump();
        self.pending.insert(id.clone(), rev);
    }

    /// Moves to `route`; the preferences are written only if the page the
    /// bare address reopens changes.
    fn set_route(&mut self, route: Route) {
        if let Some(hash) = remembered(&route) {
            if self.last_route.as_ref() != Some(&hash) {
                self.last_route = Some(hash);
                self.mark_prefs();
            }
        }
        self.route = route;
    }

    fn mark_prefs(&mut self) {
        self.prefs_pending = Some(self.bump());
    }

    /// Writes everything pending to `kv`. Returns what was written, for the
    /// [`Action::Flushed`] that follows; stops at the first failure so the
    /// rest stays pending and is retried with the next edit.
    pub fn flush(&self, kv: &dyn Kv) -> FlushReport {
        let mut report = FlushReport::default();
        if !self.storage_available {
            return report;
        }
        for (id, rev) in &self.pending {
            let Some(plan) = self.plan(id) else { continue };
            if let Err(e) = library::save_plan(kv, plan) {
                report.error = Some(e);
                return report;
            }
            qunce_core::persist::history::note(kv, plan, self.keep_versions.get(id));
            report.saved.push((id.clone(), *rev));
        }
        for (id, rev) in &self.removals {
            if let Err(e) = library::remove_plan(kv, id) {
                report.error = Some(e);
                return report;
            }
            report.removed.push((id.clone(), *rev));
        }
        if let Some(rev) = self.prefs_pending {
            if let Err(e) = library::save_prefs(kv, &self.prefs()) {
                report.error = Some(e);
                return report;
            }
            report.prefs = Some(rev);
        }
        report
    }

    /// Applies `action`; `None` means nothing changed (so no re-render).
    /// Applies `action` and, for edits to a plan, records an undo step.
    fn apply(&self, action: Action) -> Option<AppState> {
        let action = match action {
            Action::EditChannels { id, edit, now_ms } => {
                let mut channels = Box::new(self.plan(&id)?.channels.clone());
                // The first edit fixes day 1 of the forecast at today.
                channels.start.get_or_insert(qunce_core::domain::channels::local_date(
                    self.boot_ms,
                    self.tz_offset_min,
                ));
                edit(&mut channels);
                Action::SetChannels { id, channels, now_ms }
            }
            other => other,
        };
        if let Action::ImportText { text, now_ms } = action {
            return Some(self.import(&text, now_ms));
        }
        if let Action::SaveShared { plan, new_id, as_new, now_ms } = action {
            return self.save_shared(*plan, new_id, as_new, now_ms);
        }
        if let Action::RestoreVersion { id, version, now_ms } = action {
            return self.restore_version(id, *version, now_ms);
        }
        let action = match action {
            Action::EditTiers { id, edit, now_ms } => {
                return self.edit_section(
                    id,
                    now_ms,
                    "tiers",
                    |p| &mut p.tiers,
                    |t| {
                        edit(t);
                        t.sanitize();
                    },
                );
            }
            Action::EditSimulation { id, edit, now_ms } => {
                return self.edit_section(
                    id,
                    now_ms,
                    "simulation",
                    |p| &mut p.simulation,
                    |s| {
                        edit(s);
                        s.sanitize();
                    },
                );
            }
            other => other,
        };
        let recorded = match &action {
            Action::CreatePlan { id, now_ms, .. }
            | Action::CreateFromExample { id, now_ms, .. }
            | Action::TrashPlan { id, now_ms } => Some((id.clone(), *now_ms, None)),
            Action::DuplicatePlan { new_id, now_ms, .. } => Some((new_id.clone(), *now_ms, None)),
            Action::RenamePlan { id, now_ms, .. } => Some((id.clone(), *now_ms, Some(String::from("name")))),
            Action::SetCanvas { id, now_ms, .. } => Some((id.clone(), *now_ms, Some(String::from("canvas")))),
            Action::SetChannels { id, now_ms, channels } => {
                let before = self.plan(id).map(|p| &p.channels);
                let key = before.and_then(|b| typed_field(b, channels)).map(|k| format!("channels{k}"));
                Some((id.clone(), *now_ms, key))
            }
            Action::RestorePlan { id } | Action::DeleteForever { id } => Some((id.clone(), i64::MIN, None)),
            Action::UndoTrash => self.undo_trash.clone().map(|id| (id, i64::MIN, None)),
            _ => None,
        };
        let mut next = self.apply_action(action)?;
        if let Some((id, at_ms, merge)) = recorded {
            let before = self.plan(&id).cloned();
            let after = next.plan(&id).cloned();
            if before != after {
                next.record(PlanEdit { id, before, after, at_ms, merge });
            }
        }
        Some(next)
    }

    fn record(&mut self, edit: PlanEdit) {
        self.redo.clear();
        if let Some(last) = self.undo.last_mut() {
            let close = edit.at_ms.saturating_sub(last.at_ms) < UNDO_MERGE_MS && edit.at_ms >= last.at_ms;
            if edit.merge.is_some() && edit.merge == last.merge && last.id == edit.id && close {
                last.after = edit.after;
                last.at_ms = edit.at_ms;
                return;
            }
        }
        self.undo.push(edit);
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
    }
}

/// The path of the one text or number that differs between two versions
/// (`/channels/0/reach`), or `None` if the change is structural (a channel
/// added, a mix applied): only typing in one field merges into one undo step.
pub fn typed_field<T: serde::Serialize>(before: &T, after: &T) -> Option<String> {
    fn walk(
        a: &serde_json::Value,
        b: &serde_json::Value,
        path: &mut String,
        found: &mut Option<String>,
    ) -> bool {
        use serde_json::Value;
        match (a, b) {
            _ if a == b => true,
            (Value::Object(x), Value::Object(y)) if x.len() == y.len() => x.iter().all(|(k, va)| {
                y.get(k).is_some_and(|vb| {
                    let len = path.len();
                    path.push('/');
                    path.push_str(k);
                    let ok = walk(va, vb, path, found);
                    path.truncate(len);
                    ok
                })
            }),
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
                x.iter().zip(y).enumerate().all(|(i, (va, vb))| {
                    let len = path.len();
                    path.push_str(&format!("/{i}"));
                    let ok = walk(va, vb, path, found);
                    path.truncate(len);
                    ok
                })
            }
            (Value::String(_) | Value::Number(_), Value::String(_) | Value::Number(_)) if found.is_none() => {
                *found = Some(path.clone());
                true
            }
            _ => false,
        }
    }
    // Through text rather than `to_value`: the wasm already holds the code to
    // write plans as JSON and to read JSON values, so this adds none.
    let value = |v: &T| {
        serde_json::to_string(v).ok().and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
    };
    let (a, b) = (value(before)?, value(after)?);
    let mut found = None;
    let mut path = String::new();
    walk(&a, &b, &mut path, &mut found).then_some(found).flatten()
}

impl AppState {
    /// Puts a plan into the given state (`None` = remove it) and schedules
    /// the matching write.
    fn set_plan(&mut self, id: &PlanId, plan: Option<Plan>) {
        match plan {
            Some(plan) => {
                self.removals.remove(id);
                match self.plans.iter_mut().find(|p| &p.id == id) {
                    Some(p) => *p = plan,
                    None => self.plans.push(plan),
                }
                self.mark_plan(id);
            }
            None => {
                self.plans.retain(|p| &p.id != id);
                self.pending.remove(id);
                let rev = self.bump();
                self.removals.insert(id.clone(), rev);
                if self.route.plan_id() == Some(id) {
                    self.set_route(Route::Library);
                }
            }
        }
        if self.undo_trash.as_ref() == Some(id) {
            self.undo_trash = None;
        }
    }

    /// Adds the plans in `text`; never replaces a local plan.
    fn import(&self, text: &str, now_ms: i64) -> AppState {
        let mut next = self.clone();
        let restored = match qunce_core::persist::restore(text) {
            Ok(r) => r,
            Err(e) => {
                next.last_import = Some(ImportReport::Failed(e));
                return next;
            }
        };
        let repaired = !restored.repairs.is_empty();
        let plans = match restored.doc {
            qunce_core::persist::Doc::Plan(p) => vec![*p],
            qunce_core::persist::Doc::Backup(ps) => ps,
            qunce_core::persist::Doc::Prefs(_) | qunce_core::persist::Doc::History(_) => {
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

    /// Adds a plan from outside (a file or a link) under its (free) id, out
    /// of the trash, as one undo step.
    fn add_plan(&mut self, mut plan: Plan, now_ms: i64) -> PlanId {
        plan.untrash();
        let id = plan.id.clone();
        self.set_plan(&id, Some(plan.clone()));
        self.record(PlanEdit { id: id.clone(), before: None, after: Some(plan), at_ms: now_ms, merge: None });
        id
    }

    /// An unused id derived from `id`: `<id>-2`, `<id>-3`, …
    fn free_id(&self, id: &PlanId) -> Option<PlanId> {
        let base: String = id.as_str().chars().take(56).collect();
        (2..10_000)
            .map(|n| format!("{base}-{n}"))
            .filter_map(|s| PlanId::parse(&s))
            .find(|c| self.plan(c).is_none())
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

    fn apply_action(&self, action: Action) -> Option<AppState> {
        let mut s = self.clone();
        match action {
            // Handled by `apply`.
            Action::EditChannels { .. }
            | Action::EditTiers { .. }
            | Action::EditSimulation { .. }
            | Action::ImportText { .. }
            | Action::SaveShared { .. }
            | Action::RestoreVersion { .. } => return None,
            Action::Undo => {
                let edit = s.undo.pop()?;
                s.set_plan(&edit.id, edit.before.clone());
                s.redo.push(edit);
            }
            Action::Redo => {
                let edit = s.redo.pop()?;
                s.set_plan(&edit.id, edit.after.clone());
                s.undo.push(edit);
            }
            Action::Navigate(route) => {
                if route == s.route {
                    return None;
                }
                s.set_route(route);
            }
            Action::SetLang(lang) => {
                if lang == s.lang {
                    return None;
                }
                s.lang = lang;
                s.mark_prefs();
            }
            Action::CreatePlan { id, name, now_ms } => {
                if s.plan(&id).is_some() {
                    return None;
                }
                let plan = Plan::new(id.clone(), &name, now_ms);
                s.plans.push(plan);
                s.mark_plan(&id);
                s.set_route(Route::plan(&id));
            }
            Action::RenamePlan { id, name, now_ms } => {
                if !s.plan_mut(&id)?.rename(&name, now_ms) {
                    return None;
                }
                s.mark_plan(&id);
            }
            Action::SetCanvas { id, mut canvas, now_ms } => {
                canvas.sanitize();
                let plan = s.plan_mut(&id)?;
                if plan.positioning == *canvas {
                    return None;
                }
                plan.positioning = *canvas;
                plan.touch(now_ms);
                s.mark_plan(&id);
            }
            Action::SetChannels { id, mut channels, now_ms } => {
                channels.sanitize();
                let plan = s.plan_mut(&id)?;
                if plan.channels == *channels {
                    return None;
                }
                plan.channels = *channels;
                plan.touch(now_ms);
                s.mark_plan(&id);
            }
            Action::CreateFromExample { id, example, now_ms } => {
                if s.plan(&id).is_some() {
                    return None;
                }
                let today = qunce_core::domain::channels::local_date(now_ms, s.tz_offset_min);
                s.plans.push(example.plan(id.clone(), s.lang, now_ms, today));
                s.mark_plan(&id);
                s.set_route(Route::Plan { id: id.clone(), view: PlanView::Step(Step::Positioning) });
            }
            Action::DuplicatePlan { id, new_id, now_ms } => {
                if s.plan(&new_id).is_some() {
                    return None;
                }
                let source = s.plan(&id)?;
                let name = s.lang.tf(Key::CopyName, &[("name", s.display_name(source))]);
                let copy = source.duplicate(new_id.clone(), &name, now_ms);
                s.plans.push(copy);
                s.mark_plan(&new_id);
            }
            Action::TrashPlan { id, now_ms } => {
                let plan = s.plan_mut(&id)?;
                if plan.is_trashed() {
                    return None;
                }
                plan.trash(now_ms);
                s.mark_plan(&id);
                s.undo_trash = Some(id.clone());
                if s.route.plan_id() == Some(&id) {
                    s.set_route(Route::Library);
                }
            }
            Action::UndoTrash => {
                let id = s.undo_trash.take()?;
                if let Some(plan) = s.plan_mut(&id) {
                    plan.untrash();
                    s.mark_plan(&id);
                }
            }
            Action::DismissUndo => {
                s.undo_trash.take()?;
            }
            Action::ImportFailed(e) => s.last_import = Some(ImportReport::Failed(e)),
            Action::DismissImport => {
                s.last_import.take()?;
            }
            Action::RestorePlan { id } => {
                let plan = s.plan_mut(&id)?;
                if !plan.is_trashed() {
                    return None;
                }
                plan.untrash();
                s.mark_plan(&id);
                if s.undo_trash.as_ref() == Some(&id) {
                    s.undo_trash = None;
                }
            }
            Action::DeleteForever { id } => {
                // Only from the trash.
                if !s.plan(&id)?.is_trashed() {
                    return None;
                }
                s.set_plan(&id, None);
            }
            Action::DismissNotice { index } => {
                if index >= s.notices.len() {
                    return None;
                }
                s.notices.remove(index);
            }
            Action::BackupRemoved { key } => {
                let before = s.backups.len();
                s.backups.retain(|b| b.key != key);
                if s.backups.len() == before {
                    return None;
                }
            }
            Action::ExternalPlan { plan, copy_id, now_ms } => {
                let plan = *plan;
                if s.removals.contains_key(&plan.id) {
                    // Deleted here, saved there: keep theirs rather than lose it.
                    s.removals.remove(&plan.id);
                    s.plans.push(plan);
                    return Some(s);
                }
                match s.plans.iter().position(|p| p.id == plan.id) {
                    // Stored already by the other tab, so nothing to save.
                    None => s.plans.push(plan),
                    Some(i) if s.plans[i] == plan => return None,
                    Some(i) if !s.pending.contains_key(&plan.id) => s.plans[i] = plan,
                    Some(_) => {
                        // Both tabs edited it: ours stays (and will be saved),
                        // theirs becomes a copy, so neither is lost.
                        let name = s.lang.tf(Key::OtherTabCopy, &[("name", s.display_name(&plan))]);
                        let copy = plan.duplicate(copy_id.clone(), &name, now_ms);
                        s.notices.push(Notice::Conflict { copy_name: copy.name.clone() });
                        s.plans.push(copy);
                        s.mark_plan(&copy_id);
                    }
                }
            }
            Action::ExternalRemoved { id } => {
                if s.pending.contains_key(&id) {
                    // Edited here since: our next save brings it back.
                    return None;
                }
                let before = s.plans.len();
                s.plans.retain(|p| p.id != id);
                if s.plans.len() == before {
                    return None;
                }
            }
            Action::BackupTaken { now_ms } => {
                s.last_backup_ms = Some(now_ms);
                s.boot_ms = s.boot_ms.max(now_ms);
                s.mark_prefs();
            }
            Action::SnoozeBackupReminder { now_ms } => {
                s.remind_after_ms = Some(now_ms.saturating_add(BACKUP_REMINDER_DAYS * DAY_MS));
                s.boot_ms = s.boot_ms.max(now_ms);
                s.mark_prefs();
            }
            Action::Flushed(report) => {
                for (id, rev) in report.saved {
                    s.keep_versions.remove(&id);
                    if s.pending.get(&id) == Some(&rev) {
                        s.pending.remove(&id);
                    }
                }
                for (id, rev) in report.removed {
                    if s.removals.get(&id) == Some(&rev) {
                        s.removals.remove(&id);
                    }
                }
                if report.prefs.is_some() && report.prefs == s.prefs_pending {
                    s.prefs_pending = None;
                }
                s.last_error = report.error;
                if s == *self {
                    return None;
                }
            }
        }
        Some(s)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

/// What another tab's write to `key` means here, if anything (the `storage`
/// event). Values go through `restore()` like every untrusted input; what
/// cannot be read is ignored here and found by the next start-up.
pub fn external_change(key: &str, new_value: Option<&str>, copy_id: PlanId, now_ms: i64) -> Option<Action> {
    let id = PlanId::parse(key.strip_prefix(library::PLAN_PREFIX)?)?;
    let Some(raw) = new_value else {
        return Some(Action::ExternalRemoved { id });
    };
    match qunce_core::persist::restore(raw).ok()?.doc {
        qunce_core::persist::Doc::Plan(plan) if plan.id == id => {
            Some(Action::ExternalPlan { plan, copy_id, now_ms })
        }
        _ => None,
    }
}

/// The hash the bare address should reopen for `route`, if it is worth
/// remembering: not a shared plan (someone else's) nor an unknown address.
fn remembered(route: &Route) -> Option<String> {
    match route {
        Route::NotFound | Route::Shared { .. } => None,
        r => Some(r.to_hash()),
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
