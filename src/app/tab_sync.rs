//! Two tabs on the same plans: what another tab's write means here. Each
//! tab listens for the other's writes (the `storage` event, wired in
//! `components::app`), reads them through `restore()` and takes them over
//! unless it has unsaved edits of its own, in which case both are kept.

use qunce_core::domain::{Plan, PlanId};
use qunce_core::i18n::Key;
use qunce_core::persist::{library, restore, Doc};

use super::{Action, AppState, Notice};

/// What another tab's write to `key` means here, if anything (the `storage`
/// event). Values go through `restore()` like every untrusted input; what
/// cannot be read is ignored here and found by the next start-up.
pub fn external_change(key: &str, new_value: Option<&str>, copy_id: PlanId, now_ms: i64) -> Option<Action> {
    let id = PlanId::parse(key.strip_prefix(library::PLAN_PREFIX)?)?;
    let Some(raw) = new_value else {
        return Some(Action::ExternalRemoved { id });
    };
    match restore(raw).ok()?.doc {
        Doc::Plan(plan) if plan.id == id => Some(Action::ExternalPlan { plan, copy_id, now_ms }),
        _ => None,
    }
}

impl AppState {
    /// Another tab saved `plan`.
    pub(super) fn external_plan(&mut self, plan: Plan, copy_id: PlanId, now_ms: i64) -> Option<()> {
        if self.removals.contains_key(&plan.id) {
            // Deleted here, saved there: keep theirs rather than lose it.
            self.removals.remove(&plan.id);
            self.plans.push(plan);
            return Some(());
        }
        match self.plans.iter().position(|p| p.id == plan.id) {
            // Stored already by the other tab, so nothing to save.
            None => self.plans.push(plan),
            Some(i) if self.plans[i] == plan => return None,
            Some(i) if !self.pending.contains_key(&plan.id) => self.plans[i] = plan,
            Some(_) => {
                // Both tabs edited it: ours stays (and will be saved),
                // theirs becomes a copy, so neither is lost.
                let name = self.lang.tf(Key::OtherTabCopy, &[("name", self.display_name(&plan))]);
                let copy = plan.duplicate(copy_id.clone(), &name, now_ms);
                self.notices.push(Notice::Conflict { copy_name: copy.name.clone() });
                self.plans.push(copy);
                self.mark_plan(&copy_id);
            }
        }
        Some(())
    }

    /// Another tab deleted plan `id` for good.
    pub(super) fn external_removed(&mut self, id: &PlanId) -> Option<()> {
        if self.pending.contains_key(id) {
            // Edited here since: our next save brings it back.
            return None;
        }
        let before = self.plans.len();
        self.plans.retain(|p| &p.id != id);
        (self.plans.len() != before).then_some(())
    }
}
