//! The plan aggregate: identity, name, timestamps and one section per step.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use serde_json::Value;

pub use super::actuals::Actuals;
pub use super::canvas::Positioning;
pub use super::channels::ChannelPlan as Channels;
pub use super::simulate::SimPlan as Simulation;
pub use super::tiers::TierPlan as Tiers;

/// Longest plan name kept, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Latest timestamp accepted (9999-12-31T23:59:59.999Z), in Unix milliseconds.
pub const MAX_TIMESTAMP_MS: i64 = 253_402_300_799_999;

/// A plan's identifier: 1–64 characters of `[A-Za-z0-9_-]`, so it is safe in
/// storage keys and URL fragments without escaping.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct PlanId(String);

impl PlanId {
    /// Accepts only well-formed ids; anything else is `None`.
    pub fn parse(s: &str) -> Option<PlanId> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        ok.then(|| PlanId(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PlanId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The four planning steps, in the order a user meets them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Positioning,
    Channels,
    Tiers,
    Simulation,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Positioning, Step::Channels, Step::Tiers, Step::Simulation];
}

/// One community plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    pub id: PlanId,
    pub name: String,
    /// Unix milliseconds; given by the caller, never read from a clock here.
    pub created_ms: i64,
    pub updated_ms: i64,
    /// Set while the plan is in the trash.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trashed_ms: Option<i64>,
    pub positioning: Positioning,
    pub channels: Channels,
    pub tiers: Tiers,
    pub simulation: Simulation,
    /// The community's real figures, day by day (plan vs actual).
    #[serde(skip_serializing_if = "Actuals::is_empty")]
    pub actuals: Actuals,
    /// Fields this build does not know, kept for forward compatibility.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl Plan {
    /// A new, empty plan.
    pub fn new(id: PlanId, name: &str, now_ms: i64) -> Plan {
        let now = clamp_timestamp(now_ms);
        Plan {
            id,
            name: clean_name(name),
            created_ms: now,
            updated_ms: now,
            trashed_ms: None,
            positioning: Positioning::default(),
            channels: Channels::default(),
            tiers: Tiers::default(),
            simulation: Simulation::default(),
            actuals: Actuals::default(),
            extra: BTreeMap::new(),
        }
    }

    /// Renames the plan; returns whether anything changed.
    pub fn rename(&mut self, name: &str, now_ms: i64) -> bool {
        let name = clean_name(name);
        if name == self.name {
            return false;
        }
        self.name = name;
        self.touch(now_ms);
        true
    }

    /// A copy under a new id and name, with fresh timestamps and out of the trash.
    pub fn duplicate(&self, id: PlanId, name: &str, now_ms: i64) -> Plan {
        let now = clamp_timestamp(now_ms);
        Plan {
            id,
            name: clean_name(name),
            created_ms: now,
            updated_ms: now,
            trashed_ms: None,
            ..self.clone()
        }
    }

    pub fn trash(&mut self, now_ms: i64) {
        self.trashed_ms = Some(clamp_timestamp(now_ms));
    }

    pub fn untrash(&mut self) {
        self.trashed_ms = None;
    }

    pub fn is_trashed(&self) -> bool {
        self.trashed_ms.is_some()
    }

    /// Marks an edit; the update time never goes backwards, even if the
    /// device clock does.
    pub fn touch(&mut self, now_ms: i64) {
        self.updated_ms = clamp_timestamp(now_ms).max(self.updated_ms);
    }

    /// Whether the two hold the same work: name, the four steps and any
    /// fields this build does not know (not the id or the times).
    pub fn same_content(&self, other: &Plan) -> bool {
        self.name == other.name
            && self.positioning == other.positioning
            && self.channels == other.channels
            && self.tiers == other.tiers
            && self.simulation == other.simulation
            && self.actuals == other.actuals
            && self.extra == other.extra
    }

    pub fn has_content(&self, step: Step) -> bool {
        match step {
            Step::Positioning => self.positioning.has_content(),
            Step::Channels => self.channels.has_content(),
            Step::Tiers => self.tiers.has_content(),
            Step::Simulation => self.simulation.has_content(),
        }
    }

    /// How many of the four steps have content.
    pub fn progress(&self) -> usize {
        Step::ALL.iter().filter(|s| self.has_content(**s)).count()
    }
}

/// Keeps a name to one line of printable text of at most [`MAX_NAME_CHARS`]
/// characters. Control and bidi-override characters are dropped so a name can
/// never reorder the text around it.
pub fn clean_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len().min(MAX_NAME_CHARS * 4));
    for c in name.chars() {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c.is_control() || is_bidi_control(c) {
            continue;
        }
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    let trimmed: String = out.trim_end().chars().take(MAX_NAME_CHARS).collect();
    trimmed.trim_end().to_owned()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Clamps a timestamp into 1970..=9999 so formatting can never fail.
pub fn clamp_timestamp(ms: i64) -> i64 {
    ms.clamp(0, MAX_TIMESTAMP_MS)
}

/// How a plan from a link stands to the local plan with the same id, by
/// their last edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkAge {
    /// The same content (whatever the times).
    Same,
    /// The link's version was last edited before the local one.
    Older,
    /// The link's version was last edited after the local one.
    Newer,
    /// Different content edited at the same moment.
    Diverged,
}

/// One figure that differs between two versions of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureDiff {
    pub what: crate::i18n::Key,
    pub mine: String,
    pub link: String,
}

/// A step (or the name, `step: None`) that differs, with its key figures;
/// `figures` is empty when the step differs only in its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepDiff {
    pub step: Option<Step>,
    pub figures: Vec<FigureDiff>,
}

/// Whether `link` is the same as, older or newer than `mine`.
pub fn link_age(mine: &Plan, link: &Plan) -> LinkAge {
    use std::cmp::Ordering;
    if mine.same_content(link) {
        return LinkAge::Same;
    }
    match link.updated_ms.cmp(&mine.updated_ms) {
        Ordering::Less => LinkAge::Older,
        Ordering::Greater => LinkAge::Newer,
        Ordering::Equal => LinkAge::Diverged,
    }
}

/// What differs between the local plan and the one in a link, step by step,
/// with each step's key figures where they differ.
pub fn differences(mine: &Plan, link: &Plan) -> Vec<StepDiff> {
    use crate::i18n::{group, Key};
    let mut out = Vec::new();
    let figure = |what: Key, a: String, b: String| (a != b).then_some(FigureDiff { what, mine: a, link: b });
    if mine.name != link.name {
        out.push(StepDiff { step: None, figures: Vec::new() });
    }
    let opt = |n: Option<u64>| n.map(group).unwrap_or_else(|| "—".to_owned());
    for step in Step::ALL {
        let (same, figures): (bool, Vec<Option<FigureDiff>>) = match step {
            Step::Positioning => (
                mine.positioning == link.positioning,
                vec![figure(
                    Key::DiffReadiness,
                    crate::domain::diagnose::diagnose(&mine.positioning).score.to_string(),
                    crate::domain::diagnose::diagnose(&link.positioning).score.to_string(),
                )],
            ),
            Step::Channels => {
                let (a, b) = (&mine.channels, &link.channels);
                (
                    a == b,
                    vec![
                        figure(Key::DiffChannels, a.channels.len().to_string(), b.channels.len().to_string()),
                        figure(Key::DiffTarget, group(a.target.members), group(b.target.members)),
                        figure(Key::DiffBudget, opt(a.target.budget), opt(b.target.budget)),
                    ],
                )
            }
            Step::Tiers => (
                mine.tiers == link.tiers,
                vec![figure(
                    Key::DiffLevels,
                    mine.tiers.levels.len().to_string(),
                    link.tiers.levels.len().to_string(),
                )],
            ),
            Step::Simulation => (
                mine.simulation == link.simulation,
                vec![figure(
                    Key::DiffKpiTargets,
                    mine.simulation.targets.len().to_string(),
                    link.simulation.targets.len().to_string(),
                )],
            ),
        };
        if !same {
            out.push(StepDiff { step: Some(step), figures: figures.into_iter().flatten().collect() });
        }
    }
    out
}
