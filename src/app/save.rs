//! Autosave bookkeeping: what is pending, writing it to a [`Kv`], and taking
//! note of what was written. The write itself runs in an effect (through
//! `services::storage`); everything here is pure and tested on `MemoryKv`.

use qunce_core::domain::PlanId;
use qunce_core::persist::history;
use qunce_core::persist::library;
use qunce_core::persist::{Kv, KvError};

use super::AppState;

/// What a flush wrote, by revision, so edits made meanwhile stay pending.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FlushReport {
    pub saved: Vec<(PlanId, u64)>,
    /// Plans whose version was due and is now kept (with no save of them).
    pub versions: Vec<PlanId>,
    pub removed: Vec<(PlanId, u64)>,
    pub prefs: Option<u64>,
    pub error: Option<KvError>,
}

impl AppState {
    /// Writes everything pending to `kv`. Returns what was written, for the
    /// [`Action::Flushed`](super::Action::Flushed) that follows; stops at
    /// the first failure so the rest stays pending and is retried with the
    /// next edit.
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
            let due = self.version_due.contains(id).then_some(plan);
            history::note(kv, plan, self.keep_versions.get(id).or(due));
            report.saved.push((id.clone(), *rev));
        }
        // Versions due for plans with nothing to save (e.g. on leaving a
        // step whose edits were saved already): `before` = the plan itself
        // makes its state a version now.
        let waiting = self.version_due.iter().chain(self.keep_versions.keys());
        for id in waiting.filter(|id| !self.pending.contains_key(*id)) {
            let Some(plan) = self.plan(id) else {
                report.versions.push(id.clone());
                continue;
            };
            if report.versions.contains(id) {
                continue;
            }
            history::note(kv, plan, Some(self.keep_versions.get(id).unwrap_or(plan)));
            report.versions.push(id.clone());
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

    /// Takes note of what a flush wrote: what was written at the revision
    /// still pending is no longer pending. `None` if that changes nothing.
    pub(super) fn flushed(&mut self, report: FlushReport) -> Option<()> {
        let mut changed = self.last_error != report.error;
        for id in report.versions {
            changed |= self.version_due.remove(&id);
            changed |= self.keep_versions.remove(&id).is_some();
        }
        for (id, rev) in report.saved {
            changed |= self.version_due.remove(&id);
            changed |= self.keep_versions.remove(&id).is_some();
            if self.pending.get(&id) == Some(&rev) {
                self.pending.remove(&id);
                changed = true;
            }
        }
        for (id, rev) in report.removed {
            if self.removals.get(&id) == Some(&rev) {
                self.removals.remove(&id);
                changed = true;
            }
        }
        if report.prefs.is_some() && report.prefs == self.prefs_pending {
            self.prefs_pending = None;
            changed = true;
        }
        self.last_error = report.error;
        changed.then_some(())
    }
}
