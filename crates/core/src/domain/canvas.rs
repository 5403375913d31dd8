//! Step 1, the positioning canvas (定位画布): what the community is, for
//! whom, why members stay, its threshold, rhythm, rules and profit model.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde_json::Value;

/// Character limits per kind of field.
pub const SHORT_TEXT: usize = 60;
pub const LINE_TEXT: usize = 160;
pub const LONG_TEXT: usize = 1000;
/// At most this many segments, rhythm items or profit items.
pub const MAX_ITEMS: usize = 20;
/// Largest amount accepted for a price or sum, in yuan.
pub const MAX_AMOUNT: u64 = 100_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CommunityKind {
    Learning,
    Interest,
    ProductUsers,
    PaidMembership,
    Local,
    JobSeeking,
    BrandFans,
    Other,
}

impl CommunityKind {
    pub const ALL: [CommunityKind; 8] = [
        CommunityKind::Learning,
        CommunityKind::Interest,
        CommunityKind::ProductUsers,
        CommunityKind::PaidMembership,
        CommunityKind::Local,
        CommunityKind::JobSeeking,
        CommunityKind::BrandFans,
        CommunityKind::Other,
    ];
}

/// A group of target members.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct Segment {
    pub label: String,
    /// Tags, one per line or comma-separated.
    pub tags: String,
    /// Their needs and pains.
    pub needs: String,
}

/// Whether the promised benefit comes before or after joining.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BenefitTiming {
    /// "Join and get a gift": attracts freebie hunters.
    Before,
    #[default]
    After,
}

impl BenefitTiming {
    pub const ALL: [BenefitTiming; 2] = [BenefitTiming::Before, BenefitTiming::After];
}

/// "Join __ and you get __, but you need to be / be able to __".
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct Threshold {
    pub join: String,
    pub get: String,
    pub need: String,
    pub timing: BenefitTiming,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "every", rename_all = "snake_case")]
pub enum Cadence {
    /// Every day at `minute` past midnight.
    Daily { minute: u16 },
    /// Every week on `weekday` (0 = Monday) at `minute`.
    Weekly { weekday: u8, minute: u16 },
    /// Every month on `day` (1–28).
    Monthly { day: u8 },
}

impl Default for Cadence {
    fn default() -> Self {
        Cadence::Weekly { weekday: 2, minute: 21 * 60 }
    }
}

impl Cadence {
    /// Average occurrences per week.
    pub fn per_week(self) -> f64 {
        match self {
            Cadence::Daily { .. } => 7.0,
            Cadence::Weekly { .. } => 1.0,
            Cadence::Monthly { .. } => 12.0 / 52.0,
        }
    }

    fn clamped(self) -> Cadence {
        match self {
            Cadence::Daily { minute } => Cadence::Daily { minute: minute.min(1439) },
            Cadence::Weekly { weekday, minute } => {
                Cadence::Weekly { weekday: weekday.min(6), minute: minute.min(1439) }
            }
            Cadence::Monthly { day } => Cadence::Monthly { day: day.clamp(1, 28) },
        }
    }
}

/// One format of the content rhythm, e.g. "interview question, daily at 21:00".
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct RhythmItem {
    pub title: String,
    pub cadence: Cadence,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfitSource {
    /// From members.
    #[default]
    EntryFee,
    InGroupSales,
    PaidKnowledge,
    OfflineEvents,
    /// From outsiders.
    Sponsorship,
    Ads,
    Naming,
}

impl ProfitSource {
    pub const ALL: [ProfitSource; 7] = [
        ProfitSource::EntryFee,
        ProfitSource::InGroupSales,
        ProfitSource::PaidKnowledge,
        ProfitSource::OfflineEvents,
        ProfitSource::Sponsorship,
        ProfitSource::Ads,
        ProfitSource::Naming,
    ];

    pub fn from_members(self) -> bool {
        matches!(
            self,
            ProfitSource::EntryFee
                | ProfitSource::InGroupSales
                | ProfitSource::PaidKnowledge
                | ProfitSource::OfflineEvents
        )
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct ProfitItem {
    pub source: ProfitSource,
    pub note: String,
    /// Expected price or amount in whole yuan.
    pub amount: u64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LifeKind {
    /// Gathers fast and ends after a campaign.
    Campaign,
    #[default]
    Retained,
}

impl LifeKind {
    pub const ALL: [LifeKind; 2] = [LifeKind::Campaign, LifeKind::Retained];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Launch,
    Growth,
    Mature,
    Decline,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::Launch, Stage::Growth, Stage::Mature, Stage::Decline];
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct Lifecycle {
    pub kind: LifeKind,
    pub stage: Option<Stage>,
    /// When to review (retained) or end (campaign) the group.
    #[serde(serialize_with = "ymd::serialize")]
    pub review: Option<NaiveDate>,
}

/// The positioning canvas. Multi-line fields hold one item per line.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct Positioning {
    pub name: String,
    pub promise: String,
    pub kind: Option<CommunityKind>,
    pub tone: String,
    pub segments: Vec<Segment>,
    pub value_tangible: String,
    pub value_intangible: String,
    pub goal: String,
    pub leader: String,
    pub persona: String,
    pub hierarchy: String,
    pub threshold: Threshold,
    pub rhythm: Vec<RhythmItem>,
    pub rules_encouraged: String,
    pub rules_forbidden: String,
    pub rules_outlets: String,
    pub profit: Vec<ProfitItem>,
    pub lifecycle: Lifecycle,
    /// Fields this build does not know, kept for forward compatibility.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

/// `YYYY-MM-DD`, written by hand: chrono's general formatter and parser
/// would add tens of kilobytes to the wasm for this one field.
pub fn format_ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Reads `YYYY-MM-DD` (as an `<input type=date>` gives it); `None` for
/// anything else or a date that does not exist.
pub fn parse_ymd(s: &str) -> Option<NaiveDate> {
    let mut parts = s.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// Serde for an optional `YYYY-MM-DD` date; shared by every section.
pub(crate) mod ymd {
    use chrono::NaiveDate;
    use serde::Serializer;

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&super::format_ymd(*d)),
            None => s.serialize_none(),
        }
    }
}

/// Average occurrences per week of the titled items in `rhythm`.
pub fn per_week(rhythm: &[RhythmItem]) -> f64 {
    // A fold from +0.0: an empty float sum is -0.0, which would print as "-0".
    rhythm.iter().filter(|r| filled(&r.title)).map(|r| r.cadence.per_week()).fold(0.0, |a, b| a + b)
}

/// The non-empty, trimmed lines of a multi-line field.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// Cuts `s` to `max` characters and drops bidi-override controls (which
/// could reorder the text around them); returns whether it changed.
pub fn limit(s: &mut String, max: usize) -> bool {
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if s.chars().count() <= max && !s.chars().any(bidi) {
        return false;
    }
    *s = s.chars().filter(|c| !bidi(*c)).take(max).collect();
    true
}

impl Positioning {
    pub fn has_content(&self) -> bool {
        *self != Positioning::default()
    }

    pub fn value_items(&self) -> usize {
        lines(&self.value_tangible).count() + lines(&self.value_intangible).count()
    }

    /// Average rhythm items per week.
    pub fn rhythm_per_week(&self) -> f64 {
        per_week(&self.rhythm)
    }

    /// The price every joiner pays to enter, if the profit model has an
    /// entry fee (the first one with an amount).
    pub fn entry_fee(&self) -> Option<u64> {
        self.profit.iter().find(|p| p.source == ProfitSource::EntryFee && p.amount > 0).map(|p| p.amount)
    }

    pub fn threshold_complete(&self) -> bool {
        let t = &self.threshold;
        filled(&t.join) && filled(&t.get) && filled(&t.need)
    }

    /// Brings every field within its limits; returns whether anything changed.
    pub fn sanitize(&mut self) -> bool {
        let mut changed = false;
        for (s, max) in [
            (&mut self.name, SHORT_TEXT),
            (&mut self.promise, LINE_TEXT),
            (&mut self.tone, LINE_TEXT),
            (&mut self.value_tangible, LONG_TEXT),
            (&mut self.value_intangible, LONG_TEXT),
            (&mut self.goal, LINE_TEXT),
            (&mut self.leader, LINE_TEXT),
            (&mut self.persona, LONG_TEXT),
            (&mut self.hierarchy, LONG_TEXT),
            (&mut self.threshold.join, SHORT_TEXT),
            (&mut self.threshold.get, LINE_TEXT),
            (&mut self.threshold.need, LINE_TEXT),
            (&mut self.rules_encouraged, LONG_TEXT),
            (&mut self.rules_forbidden, LONG_TEXT),
            (&mut self.rules_outlets, LONG_TEXT),
        ] {
            changed |= limit(s, max);
        }
        for list_len in [self.segments.len(), self.rhythm.len(), self.profit.len()] {
            changed |= list_len > MAX_ITEMS;
        }
        self.segments.truncate(MAX_ITEMS);
        self.rhythm.truncate(MAX_ITEMS);
        self.profit.truncate(MAX_ITEMS);
        for seg in &mut self.segments {
            changed |= limit(&mut seg.label, SHORT_TEXT);
            changed |= limit(&mut seg.tags, LINE_TEXT);
            changed |= limit(&mut seg.needs, LONG_TEXT);
        }
        for item in &mut self.rhythm {
            changed |= limit(&mut item.title, LINE_TEXT);
            let c = item.cadence.clamped();
            changed |= c != item.cadence;
            item.cadence = c;
        }
        for item in &mut self.profit {
            changed |= limit(&mut item.note, LINE_TEXT);
            changed |= item.amount > MAX_AMOUNT;
            item.amount = item.amount.min(MAX_AMOUNT);
        }
        changed
    }
}
