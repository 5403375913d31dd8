//! The saved-data format and `restore()`.
//!
//! Every blob is an envelope `{"type": …, "version": …, <body>}`. Writing is
//! strict (the domain types serialised as they are); reading is lenient:
//! `restore()` parses any string, migrates old versions, repairs or clamps
//! what it can, reports each repair, and refuses — with a reason, never a
//! panic — what it cannot place.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::domain::plan::{clamp_timestamp, clean_name, Plan, PlanId};
use crate::i18n::Lang;

mod history;
mod read;
mod session;

pub use history::{History, Snapshot, MAX_SNAPSHOTS};
use read::Fields;
pub use read::{snake_case, FromJson};
pub use session::{PlanEdit, Session, MAX_SESSION_STEPS};

pub const PLAN_TYPE: &str = "qunce/plan";
pub const PREFS_TYPE: &str = "qunce/prefs";
pub const BACKUP_TYPE: &str = "qunce/backup";
pub const HISTORY_TYPE: &str = "qunce/history";
pub const SESSION_TYPE: &str = "qunce/session";
pub const BOARD_TYPE: &str = "qunce/board";
/// The schema version this build writes.
pub const SCHEMA_VERSION: u64 = 3;
/// Inputs longer than this are refused before parsing (5 MiB, localStorage's
/// usual quota).
pub const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;

/// Why an input could not be restored.
#[derive(Clone, Debug, PartialEq)]
pub enum RestoreError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotJson,
    NotAnObject,
    UnknownType,
    /// Written by a newer Qunce; kept aside untouched.
    NewerVersion {
        version: u64,
    },
    BadVersion,
    MissingBody,
    BadId,
    /// A Qunce envelope of another kind where only a plan will do
    /// ([`restore_plan`]).
    NotAPlan,
}

/// A change `restore()` made to make the input usable.
#[derive(Clone, Debug, PartialEq)]
pub enum Repair {
    Migrated {
        from: u64,
    },
    NameCleaned,
    TimestampFixed,
    /// A section had the wrong shape and was reset: data was lost, so the
    /// caller must keep the raw input.
    SectionReset {
        section: &'static str,
    },
    PrefDropped {
        field: &'static str,
    },
    /// Text over its length limit was cut, or an absurd number clamped.
    SectionClamped {
        section: &'static str,
    },
    /// A plan inside a backup file could not be read and was left out.
    PlanDropped {
        index: usize,
    },
    /// A saved version in a plan's history could not be read and was left out.
    SnapshotDropped {
        index: usize,
    },
    /// Version 1 kept the members target twice (recruitment and KPI step);
    /// the two agreed (or only the KPI step had one) and are now one.
    TargetsMerged,
    /// Version 1's KPI members target differed from the recruitment target:
    /// it is kept as an extra KPI target, and the plan carries a note.
    TargetsDiffer,
}

impl Repair {
    /// Whether the repair dropped something the user wrote.
    pub fn is_lossy(&self) -> bool {
        matches!(
            self,
            Repair::SectionReset { .. }
                | Repair::SectionClamped { .. }
                | Repair::NameCleaned
                | Repair::PlanDropped { .. }
                | Repair::SnapshotDropped { .. }
        )
    }
}

/// App preferences kept across visits.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Prefs {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// The hash route open when the app was last used, to reopen it on start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_route: Option<String>,
    /// When the user last downloaded all plans (Unix ms).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_backup_ms: Option<i64>,
    /// The backup reminder stays quiet until then (Unix ms).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remind_after_ms: Option<i64>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Doc {
    Plan(Box<Plan>),
    Prefs(Prefs),
    /// A file with many plans (the "download all plans" backup).
    Backup(Vec<Plan>),
    /// The saved versions of one plan (`persist::history`).
    History(History),
    /// A tab's undo and redo steps (kept across a reload).
    Session(Session),
    /// A workshop board (`persist::boards`).
    Board(crate::persist::boards::Board),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    pub doc: Doc,
    pub repairs: Vec<Repair>,
}

impl Restored {
    pub fn is_lossy(&self) -> bool {
        self.repairs.iter().any(Repair::is_lossy)
    }
}

pub fn encode_plan(plan: &Plan) -> String {
    encode(PLAN_TYPE, "plan", plan)
}

pub fn encode_prefs(prefs: &Prefs) -> String {
    encode(PREFS_TYPE, "prefs", prefs)
}

pub fn encode_backup(plans: &[&Plan]) -> String {
    encode(BACKUP_TYPE, "plans", &plans)
}

pub fn encode_history(history: &History) -> String {
    encode(HISTORY_TYPE, "history", history)
}

/// A workshop board, as stored (its chat cut to `boards::MAX_CHAT_BYTES`).
pub fn encode_board(board: &crate::persist::boards::Board) -> String {
    let mut b = board.clone();
    let max = crate::persist::boards::MAX_CHAT_BYTES;
    if b.chat.len() > max {
        let mut end = max;
        while !b.chat.is_char_boundary(end) {
            end -= 1;
        }
        b.chat.truncate(end);
    }
    encode(BOARD_TYPE, "board", &b)
}

/// A tab's newest undo and redo steps ([`MAX_SESSION_STEPS`]), for session storage.
pub fn encode_session(undo: &[PlanEdit], redo: &[PlanEdit]) -> String {
    encode(SESSION_TYPE, "session", &session::body(undo, redo))
}

fn encode<T: Serialize>(kind: &str, body_key: &str, body: &T) -> String {
    #[derive(Serialize)]
    struct Envelope<'a, T> {
        #[serde(rename = "type")]
        kind: &'a str,
        version: u64,
        #[serde(flatten)]
        body: BTreeMap<&'a str, &'a T>,
    }
    let env = Envelope { kind, version: SCHEMA_VERSION, body: BTreeMap::from([(body_key, body)]) };
    // Serialising plain structs with string keys cannot fail; an empty string
    // would be refused by `restore()` rather than mistaken for data.
    serde_json::to_string(&env).unwrap_or_default()
}

/// The one way in for stored, linked or imported data.
pub fn restore(raw: &str) -> Result<Restored, RestoreError> {
    restore_kinds::<true>(raw)
}

/// [`restore()`] for a caller that takes only a plan (a shared link): the
/// same checks, migrations and plan reader; a well-formed envelope of
/// another kind is [`RestoreError::NotAPlan`]. The readers of the other
/// kinds are then not in the shared-link viewer's download.
pub fn restore_plan(raw: &str) -> Result<Restored, RestoreError> {
    restore_kinds::<false>(raw)
}

fn restore_kinds<const ALL_KINDS: bool>(raw: &str) -> Result<Restored, RestoreError> {
    if raw.trim().is_empty() {
        return Err(RestoreError::Empty);
    }
    if raw.len() > MAX_INPUT_BYTES {
        return Err(RestoreError::TooLarge { bytes: raw.len() });
    }
    let value: Value = serde_json::from_str(raw).map_err(|_| RestoreError::NotJson)?;
    let Value::Object(mut env) = value else {
        return Err(RestoreError::NotAnObject);
    };
    let kind = env.get("type").and_then(Value::as_str).unwrap_or_default().to_owned();
    if ![PLAN_TYPE, PREFS_TYPE, BACKUP_TYPE, HISTORY_TYPE, SESSION_TYPE, BOARD_TYPE].contains(&kind.as_str())
    {
        return Err(RestoreError::UnknownType);
    }
    let version = match env.get("version") {
        Some(Value::Number(n)) => n.as_u64().filter(|v| *v >= 1).ok_or(RestoreError::BadVersion)?,
        _ => return Err(RestoreError::BadVersion),
    };
    if version > SCHEMA_VERSION {
        return Err(RestoreError::NewerVersion { version });
    }
    let mut repairs = Vec::new();
    migrate(&mut env, version, &mut repairs);
    match kind.as_str() {
        PLAN_TYPE => {
            let Some(Value::Object(body)) = Fields::from_map(env).take("plan") else {
                return Err(RestoreError::MissingBody);
            };
            read_plan(body, version, &mut repairs).map(|p| Restored { doc: Doc::Plan(Box::new(p)), repairs })
        }
        // A constant guard: without ALL_KINDS the arms below are not compiled in.
        _ if !ALL_KINDS => Err(RestoreError::NotAPlan),
        BACKUP_TYPE => {
            let Some(Value::Array(items)) = env.remove("plans") else {
                return Err(RestoreError::MissingBody);
            };
            let mut plans = Vec::with_capacity(items.len());
            for (index, item) in items.into_iter().enumerate() {
                let read = match item {
                    Value::Object(body) => read_plan(body, version, &mut repairs).ok(),
                    _ => None,
                };
                match read {
                    Some(p) => plans.push(p),
                    None => repairs.push(Repair::PlanDropped { index }),
                }
            }
            Ok(Restored { doc: Doc::Backup(plans), repairs })
        }
        BOARD_TYPE => {
            let Some(Value::Object(body)) = env.remove("board") else {
                return Err(RestoreError::MissingBody);
            };
            crate::persist::boards::read(body, &mut repairs).map(|b| Restored { doc: Doc::Board(b), repairs })
        }
        SESSION_TYPE => {
            let Some(Value::Object(body)) = env.remove("session") else {
                return Err(RestoreError::MissingBody);
            };
            session::read(body, version, &mut repairs).map(|s| Restored { doc: Doc::Session(s), repairs })
        }
        HISTORY_TYPE => {
            let Some(Value::Object(body)) = env.remove("history") else {
                return Err(RestoreError::MissingBody);
            };
            history::read(body, &mut repairs).map(|h| Restored { doc: Doc::History(h), repairs })
        }
        _ => {
            let body = match env.remove("prefs") {
                Some(Value::Object(body)) => body,
                _ => return Err(RestoreError::MissingBody),
            };
            Ok(Restored { doc: Doc::Prefs(read_prefs(body, &mut repairs)), repairs })
        }
    }
}

/// Brings an envelope from `from` up to [`SCHEMA_VERSION`], one step at a time.
/// Version 2 changed no field's shape (plans are migrated as they are read,
/// see [`merge_targets`]); version 3 added the plan's optional `actuals`
/// (none in older plans). Each future version adds one arm here and a
/// frozen fixture under tests/fixtures.
fn migrate(_env: &mut Map<String, Value>, from: u64, repairs: &mut Vec<Repair>) {
    if from < SCHEMA_VERSION {
        repairs.push(Repair::Migrated { from });
    }
}

pub(super) fn read_plan(
    body: Map<String, Value>,
    version: u64,
    repairs: &mut Vec<Repair>,
) -> Result<Plan, RestoreError> {
    let mut body = Fields::from_map(body);
    let id = body.take("id").and_then(|v| v.as_str().and_then(PlanId::parse)).ok_or(RestoreError::BadId)?;

    let name = match body.take("name") {
        Some(Value::String(s)) => {
            let cleaned = clean_name(&s);
            if cleaned != s {
                repairs.push(Repair::NameCleaned);
            }
            cleaned
        }
        None | Some(Value::Null) => String::new(),
        Some(_) => {
            repairs.push(Repair::NameCleaned);
            String::new()
        }
    };

    let mut stamp = |key: &str, body: &mut Fields| -> Option<i64> {
        let v = body.take(key)?;
        let n = v.as_i64().or_else(|| v.as_f64().filter(|f| f.is_finite()).map(|f| f as i64));
        match n {
            Some(n) if n == clamp_timestamp(n) => Some(n),
            Some(n) => {
                repairs.push(Repair::TimestampFixed);
                Some(clamp_timestamp(n))
            }
            None => {
                repairs.push(Repair::TimestampFixed);
                None
            }
        }
    };
    let created_ms = stamp("created_ms", &mut body);
    let updated_ms = stamp("updated_ms", &mut body);
    let trashed_ms = match body.get("trashed_ms") {
        Some(Value::Null) | None => {
            body.take("trashed_ms");
            None
        }
        Some(_) => stamp("trashed_ms", &mut body),
    };
    let (created_ms, updated_ms) = match (created_ms, updated_ms) {
        (Some(c), Some(u)) if u >= c => (c, u),
        (Some(c), Some(_)) => {
            repairs.push(Repair::TimestampFixed);
            (c, c)
        }
        (Some(t), None) | (None, Some(t)) => {
            repairs.push(Repair::TimestampFixed);
            (t, t)
        }
        (None, None) => {
            repairs.push(Repair::TimestampFixed);
            (0, 0)
        }
    };

    let mut plan = Plan::new(id, &name, 0);
    plan.name = name;
    plan.created_ms = created_ms;
    plan.updated_ms = updated_ms;
    plan.trashed_ms = trashed_ms;
    plan.positioning = section(&mut body, "positioning", repairs);
    if plan.positioning.sanitize() {
        repairs.push(Repair::SectionClamped { section: "positioning" });
    }
    plan.channels = channels_section(&mut body, repairs);
    plan.tiers = section(&mut body, "tiers", repairs);
    if plan.tiers.sanitize() {
        repairs.push(Repair::SectionClamped { section: "tiers" });
    }
    plan.simulation = section(&mut body, "simulation", repairs);
    if plan.simulation.sanitize() {
        repairs.push(Repair::SectionClamped { section: "simulation" });
    }
    plan.actuals = section(&mut body, "actuals", repairs);
    if plan.actuals.sanitize() {
        repairs.push(Repair::SectionClamped { section: "actuals" });
    }
    plan.extra = body.rest();
    if version < 2 {
        repairs.extend(merge_targets(&mut plan));
    }
    Ok(plan)
}

/// Version 1 → 2: the plan has one members target. A version-1 plan kept it
/// in the recruitment step and could type it again as a KPI target. KPI
/// members targets that agree with the recruitment target (same count, kind
/// and day) are dropped as duplicates; if the recruitment step had no target,
/// the first KPI members target becomes the plan's (when its day can be
/// placed on the calendar); one that differs stays as an extra KPI target
/// and the plan gets a note for the user. Nothing the user typed is lost.
pub fn merge_targets(plan: &mut Plan) -> Option<Repair> {
    use crate::domain::simulate::{plan_target, Kpi};
    let is_members = |k: Kpi| matches!(k, Kpi::Members | Kpi::PreciseMembers);
    let sim = &mut plan.simulation;
    let ch = &mut plan.channels;
    if !sim.targets.iter().any(|t| is_members(t.kpi)) {
        return None;
    }
    if ch.target.members == 0 {
        let start = ch.start?;
        let i = sim.targets.iter().position(|t| is_members(t.kpi))?;
        let t = sim.targets.remove(i);
        ch.target.members = t.value;
        ch.target.precise = t.kpi == Kpi::PreciseMembers;
        ch.target.deadline = crate::domain::channels::date_at(start, t.day.saturating_sub(1));
        return Some(Repair::TargetsMerged);
    }
    // The day does not depend on `today` when the start is set; without a
    // start, a deadline has no fixed day, so only the count and kind are compared.
    let ours = plan_target(ch, ch.start.unwrap_or_default())?;
    let same = |t: &crate::domain::simulate::KpiTarget| {
        t.kpi == ours.kpi && t.value == ours.value && (ch.start.is_none() || t.day == ours.day)
    };
    let before = sim.targets.len();
    sim.targets.retain(|t| !same(t));
    let merged = sim.targets.len() < before;
    match sim.targets.iter().find(|t| is_members(t.kpi)) {
        Some(other) => {
            sim.target_note = Some(other.clone());
            Some(Repair::TargetsDiffer)
        }
        None => merged.then_some(Repair::TargetsMerged),
    }
}

/// Reads one section; a section of the wrong shape is reset and reported as
/// lossy (the caller keeps the raw input).
fn section<T>(body: &mut Fields, key: &'static str, repairs: &mut Vec<Repair>) -> T
where
    T: FromJson + Default,
{
    match body.take(key) {
        None | Some(Value::Null) => T::default(),
        Some(v) => T::from_json(v).unwrap_or_else(|| {
            repairs.push(Repair::SectionReset { section: key });
            T::default()
        }),
    }
}

/// Reads the channel plan one channel at a time, so one unreadable channel
/// costs only itself (reported as lossy: the caller keeps the raw input).
fn channels_section(body: &mut Fields, repairs: &mut Vec<Repair>) -> crate::domain::Channels {
    use crate::domain::channels::Channel;
    let mut section = match body.take("channels") {
        Some(Value::Object(map)) => Fields::from_map(map),
        None | Some(Value::Null) => return Default::default(),
        Some(_) => {
            repairs.push(Repair::SectionReset { section: "channels" });
            return Default::default();
        }
    };
    let items = section.take("channels");
    let mut plan = match crate::domain::Channels::from_fields(section) {
        Some(p) => p,
        None => {
            repairs.push(Repair::SectionReset { section: "channels" });
            return Default::default();
        }
    };
    let mut dropped = false;
    match items {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for item in items {
                match Channel::from_json(item) {
                    Some(c) => plan.channels.push(c),
                    None => dropped = true,
                }
            }
        }
        Some(_) => dropped = true,
    }
    if plan.sanitize() || dropped {
        repairs.push(Repair::SectionClamped { section: "channels" });
    }
    plan
}

fn read_prefs(mut body: Map<String, Value>, repairs: &mut Vec<Repair>) -> Prefs {
    let lang = match body.remove("lang") {
        None | Some(Value::Null) => None,
        Some(v) => {
            let lang = v.as_str().and_then(Lang::from_code);
            if lang.is_none() {
                repairs.push(Repair::PrefDropped { field: "lang" });
            }
            lang
        }
    };
    let last_route = match body.remove("last_route") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.len() <= 512 => Some(s),
        Some(_) => {
            repairs.push(Repair::PrefDropped { field: "last_route" });
            None
        }
    };
    let mut stamp = |field: &'static str| match body.remove(field) {
        None | Some(Value::Null) => None,
        Some(v) => {
            let ms = v.as_i64().filter(|ms| *ms == clamp_timestamp(*ms));
            if ms.is_none() {
                repairs.push(Repair::PrefDropped { field });
            }
            ms
        }
    };
    let last_backup_ms = stamp("last_backup_ms");
    let remind_after_ms = stamp("remind_after_ms");
    Prefs { lang, last_route, last_backup_ms, remind_after_ms }
}
