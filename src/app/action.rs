//! Everything that can happen to the app's state: one action type, applied
//! by the one reducer in `reduce.rs`.

use qunce_core::domain::{Actuals, Channels, Plan, PlanId, Positioning, Simulation, Tiers};
use qunce_core::examples::Example;
use qunce_core::i18n::Lang;
use qunce_core::persist::RestoreError;

use super::route::Route;
use super::save::FlushReport;

/// An action for [`AppState`](super::AppState)'s reducer. Edits of a plan's
/// steps carry a closure applied to the step as it is when the reducer runs.
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
    /// Edits the positioning canvas as it is when the action is applied, so
    /// quick successive edits never overwrite each other (so do the three
    /// below, one per step).
    EditCanvas {
        id: PlanId,
        edit: Box<dyn FnOnce(&mut Positioning)>,
        now_ms: i64,
    },
    /// Edits the channel plan as it is when the action is applied; the
    /// first edit fixes the plan's start date at today.
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
    /// Edits the plan's real figures as they are when the action is applied.
    EditActuals {
        id: PlanId,
        edit: Box<dyn FnOnce(&mut Actuals)>,
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
    /// A new plan for the next campaign, seeded by the groups this one
    /// leaves (`story::next_campaign`); opens its recruitment step.
    NextCampaign {
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
    ImportFailed(RestoreError),
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
    /// Keeps plan `id` as it is now as a saved version (with the next
    /// flush): before a bulk change such as "use this mix".
    KeepVersion {
        id: PlanId,
    },
    /// Puts a shared plan's content into the local plan with its id, the
    /// local state kept as a saved version first (as a restore does), and
    /// opens it.
    ReplaceWithShared {
        plan: Box<Plan>,
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
    /// The result of [`AppState::flush`](super::AppState::flush).
    Flushed(FlushReport),
}
