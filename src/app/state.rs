//! The one application state: what it holds, what views ask of it, and the
//! small bookkeeping every change goes through (marking what to save,
//! moving between pages). Actions are in `action.rs`, the reducer in
//! `reduce.rs`, undo in `undo.rs`, saving in `save.rs`, tab sync in
//! `tab_sync.rs`.

use std::collections::{BTreeMap, BTreeSet};

use qunce_core::domain::{Plan, PlanId};
use qunce_core::i18n::{Key, Lang};
use qunce_core::persist::library::{Backup, Loaded, Recovery};
use qunce_core::persist::{KvError, Prefs, RestoreError};
use yew::prelude::*;

use super::route::Route;
use super::undo::PlanEdit;

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
    /// Changes with every undo step recorded, undone or redone: the undo
    /// and redo steps are written to session storage when it moves.
    pub session_rev: u64,
    /// What the last file import did, until dismissed.
    pub last_import: Option<ImportReport>,
    /// Plans as they were just before a version was restored, to be kept in
    /// their history with the next save.
    pub keep_versions: BTreeMap<PlanId, Plan>,
    /// Plans whose current state becomes a saved version with the next
    /// flush: on leaving a step after editing it, and every
    /// [`super::VERSION_EVERY_EDITS`] edits (issue 25).
    pub version_due: BTreeSet<PlanId>,
    /// Edits of each plan since its last version was due.
    pub edits_since_version: BTreeMap<PlanId, u32>,
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
    Failed(RestoreError),
}

/// Days without a backup before the reminder shows.
pub const BACKUP_REMINDER_DAYS: i64 = 7;
pub(super) const DAY_MS: i64 = 86_400_000;

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
            session_rev: 0,
            last_import: None,
            base_url: String::new(),
            keep_versions: BTreeMap::new(),
            version_due: BTreeSet::new(),
            edits_since_version: BTreeMap::new(),
        }
    }

    pub fn t(&self, key: Key) -> &'static str {
        self.lang.t(key)
    }

    pub fn plan(&self, id: &PlanId) -> Option<&Plan> {
        self.plans.iter().find(|p| &p.id == id)
    }

    pub(super) fn plan_mut(&mut self, id: &PlanId) -> Option<&mut Plan> {
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
        !self.pending.is_empty()
            || !self.removals.is_empty()
            || self.prefs_pending.is_some()
            || !self.version_due.is_empty()
            || !self.keep_versions.is_empty()
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

    pub(super) fn bump(&mut self) -> u64 {
        self.revision += 1;
        self.revision
    }

    pub(super) fn mark_plan(&mut self, id: &PlanId) {
        let rev = self.bump();
        self.pending.insert(id.clone(), rev);
    }

    /// Moves to `route`; the preferences are written only if the page the
    /// bare address reopens changes.
    pub(super) fn set_route(&mut self, route: Route) {
        if let Some(hash) = remembered(&route) {
            if self.last_route.as_ref() != Some(&hash) {
                self.last_route = Some(hash);
                self.mark_prefs();
            }
        }
        self.route = route;
    }

    pub(super) fn mark_prefs(&mut self) {
        self.prefs_pending = Some(self.bump());
    }

    /// Adds a plan from outside (a file or a link) under its (free) id, out
    /// of the trash, as one undo step.
    pub(super) fn add_plan(&mut self, mut plan: Plan, now_ms: i64) -> PlanId {
        plan.untrash();
        let id = plan.id.clone();
        self.set_plan(&id, Some(plan.clone()));
        self.record(PlanEdit { id: id.clone(), before: None, after: Some(plan), at_ms: now_ms, merge: None });
        id
    }

    /// An unused id derived from `id`: `<id>-2`, `<id>-3`, …
    pub(super) fn free_id(&self, id: &PlanId) -> Option<PlanId> {
        let base: String = id.as_str().chars().take(56).collect();
        (2..10_000)
            .map(|n| format!("{base}-{n}"))
            .filter_map(|s| PlanId::parse(&s))
            .find(|c| self.plan(c).is_none())
    }

    /// Puts a plan into the given state (`None` = remove it) and schedules
    /// the matching write.
    pub(super) fn set_plan(&mut self, id: &PlanId, plan: Option<Plan>) {
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
}

/// The hash the bare address should reopen for `route`, if it is worth
/// remembering: not a shared plan (someone else's) nor an unknown address.
pub(super) fn remembered(route: &Route) -> Option<String> {
    match route {
        Route::NotFound | Route::Shared { .. } => None,
        r => Some(r.to_hash()),
    }
}
