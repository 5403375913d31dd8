//! Step 2, the recruitment-channel planner (招募渠道): where members come
//! from, when, at what cost, against a target and a deadline.
//!
//! Rates, days and hours are stored as whole tenths (`join_x10: 355` is
//! 35.5 %), so saved plans and links never carry float noise and the wasm
//! needs no float parser or printer for them.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use serde::Serialize;
use serde_json::Value;

use super::canvas::{limit, LINE_TEXT, MAX_AMOUNT, SHORT_TEXT};

/// At most this many channels in a plan.
pub const MAX_CHANNELS: usize = 20;
/// At most this many units (events, posts, campaigns) per channel.
pub const MAX_UNITS: usize = 500;
/// At most this many dated events per channel.
pub const MAX_DATES: usize = 200;
/// At most this many reward tiers per referral campaign.
pub const MAX_TIERS: usize = 10;
/// Forecast horizon, in days.
pub const MIN_HORIZON: u32 = 7;
pub const MAX_HORIZON: u32 = 730;
pub const DEFAULT_HORIZON: u32 = 90;
/// Largest member count anywhere (targets, reach, forecasts).
pub const MAX_PEOPLE: u64 = 100_000_000;
/// Largest hour figure (per unit in tenths, or a target in hours).
pub const MAX_HOURS: u32 = 100_000;
/// Longest referral campaign, in days.
pub const MAX_CAMPAIGN_DAYS: u32 = 60;
/// Most posts per week on a recurring schedule.
pub const MAX_PER_WEEK: u32 = 14;

/// How a channel brings people in (DOMAIN.md §4).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// 根据地: joining bound to a big event or core action; fast, costly, short half-life.
    #[default]
    BaseArea,
    /// 游击战: content published elsewhere; slow, cheap, long half-life.
    Guerrilla,
    /// 裂变: members invite others for rewards.
    Referral,
    /// Seed users: friends, partner platforms, first events.
    Seed,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::BaseArea, Mode::Guerrilla, Mode::Referral, Mode::Seed];
}

/// When a channel's units happen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Schedule {
    /// One-off events on these dates.
    Dates {
        #[serde(serialize_with = "ymd_list::serialize")]
        dates: Vec<NaiveDate>,
    },
    /// `per_week` units every week from `from` to `to`, both included.
    Weekly {
        per_week: u32,
        #[serde(serialize_with = "ymd_one::serialize")]
        from: NaiveDate,
        #[serde(serialize_with = "ymd_one::serialize")]
        to: NaiveDate,
    },
}

impl Default for Schedule {
    fn default() -> Self {
        Schedule::Dates { dates: Vec::new() }
    }
}

impl Schedule {
    /// Dates of the units in order, at most [`MAX_UNITS`] of them.
    pub fn unit_dates(&self) -> Vec<NaiveDate> {
        match self {
            Schedule::Dates { dates } => {
                let mut d: Vec<NaiveDate> = dates.iter().copied().take(MAX_UNITS).collect();
                d.sort_unstable();
                d
            }
            Schedule::Weekly { per_week, from, to } => {
                let per_week = (*per_week).clamp(1, MAX_PER_WEEK);
                let mut out = Vec::new();
                let mut week_start = *from;
                'weeks: while week_start <= *to {
                    for j in 0..per_week {
                        let offset = u64::from(7 * j / per_week);
                        let Some(day) = week_start.checked_add_days(Days::new(offset)) else { break 'weeks };
                        if day > *to || out.len() >= MAX_UNITS {
                            break 'weeks;
                        }
                        out.push(day);
                    }
                    match week_start.checked_add_days(Days::new(7)) {
                        Some(next) => week_start = next,
                        None => break,
                    }
                }
                out
            }
        }
    }

    /// How many units this schedule asks for, counted without the
    /// [`MAX_UNITS`] cut (so an editor can refuse an oversized schedule).
    pub fn requested_units(&self) -> u64 {
        match self {
            Schedule::Dates { dates } => dates.len() as u64,
            Schedule::Weekly { per_week, from, to } => {
                let days = (*to - *from).num_days();
                if days < 0 {
                    return 0;
                }
                let weeks = days as u64 / 7;
                let rest = days as u64 % 7;
                let per_week = u64::from((*per_week).clamp(1, MAX_PER_WEEK));
                let in_last = (0..per_week).filter(|j| 7 * j / per_week <= rest).count() as u64;
                weeks * per_week + in_last
            }
        }
    }

    /// The same units `days` later (a date that would overflow stays put).
    pub fn shifted(&self, days: u64) -> Schedule {
        let move_by = |d: NaiveDate| d.checked_add_days(Days::new(days)).unwrap_or(d);
        match self {
            Schedule::Dates { dates } => {
                Schedule::Dates { dates: dates.iter().map(|d| move_by(*d)).collect() }
            }
            Schedule::Weekly { per_week, from, to } => {
                Schedule::Weekly { per_week: *per_week, from: move_by(*from), to: move_by(*to) }
            }
        }
    }

    /// Drops every unit after `last` (all of them if `None`).
    pub fn keep_until(&mut self, last: Option<NaiveDate>) {
        match (self, last) {
            (Schedule::Dates { dates }, Some(last)) => dates.retain(|d| *d <= last),
            (Schedule::Weekly { from, to, .. }, Some(last)) if last >= *from => *to = (*to).min(last),
            (s, _) => *s = Schedule::Dates { dates: Vec::new() },
        }
    }
}

/// A reward for inviting at least `invites` people (e.g. invite 3 → gift pack).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct RewardTier {
    pub invites: u32,
    pub reward: String,
    /// Cost of one reward, in whole yuan.
    pub cost: u64,
    /// At most this many winners (e.g. a core group of 30 places).
    pub cap: Option<u32>,
}

/// Who takes part in a referral campaign, and whose invitees join whom.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Scope {
    /// Every member so far.
    #[default]
    All,
    /// One group (or one tier, as a group of its size): the members it has
    /// when the campaign starts, at most `members`, plus those it brings in.
    Group { members: u64 },
    /// The people one channel (by its position) brought in so far, plus
    /// those the campaign brings in.
    Channel { index: u32 },
    /// One tier: this share of the members (tenths of a percent) take part;
    /// the people they bring join the community below it, so they do not
    /// invite in turn.
    Tier { share_x10: u32 },
}

/// A referral campaign's parameters (used when the mode is [`Mode::Referral`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Referral {
    /// Share of members who take part, tenths of a percent.
    pub share_x10: u32,
    /// Average invitations per participant, tenths.
    pub invites_x10: u32,
    /// Share of invitees who join, tenths of a percent.
    pub join_x10: u32,
    /// How long one campaign runs.
    pub days: u32,
    pub tiers: Vec<RewardTier>,
    /// Who takes part (absent = every member).
    #[serde(skip_serializing_if = "is_all")]
    pub scope: Scope,
}

fn is_all(s: &Scope) -> bool {
    *s == Scope::All
}

impl Default for Referral {
    fn default() -> Self {
        Referral {
            share_x10: 400,
            invites_x10: 30,
            join_x10: 600,
            days: 7,
            tiers: Vec::new(),
            scope: Scope::All,
        }
    }
}

/// One recruitment channel: a kind of action on one platform.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Channel {
    pub name: String,
    pub mode: Mode,
    pub platform: String,
    /// Money per unit, whole yuan.
    pub cost: u64,
    /// Hours of work per unit, tenths.
    pub hours_x10: u32,
    pub schedule: Schedule,
    /// People one unit reaches over its life.
    pub reach: u64,
    /// Share of those reached who join, tenths of a percent.
    pub join_x10: u32,
    /// Share of joiners who are target members (not freebie hunters), tenths of a percent.
    pub precision_x10: u32,
    /// Days after the peak until a unit brings half as many people a day, tenths.
    pub half_life_x10: u32,
    /// Days from a unit's start to its peak, tenths.
    pub ramp_x10: u32,
    /// Each repeat reaches this much fewer new people, tenths of a percent.
    pub fatigue_x10: u32,
    pub referral: Referral,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl Default for Channel {
    fn default() -> Self {
        Channel::preset(Mode::BaseArea, String::new(), NaiveDate::MIN)
    }
}

impl Channel {
    /// Sensible starting values for a mode, with units starting on `start`.
    pub fn preset(mode: Mode, name: String, start: NaiveDate) -> Channel {
        let day = |n: u64| start.checked_add_days(Days::new(n)).unwrap_or(start);
        let base = Channel {
            name,
            mode,
            platform: String::new(),
            cost: 0,
            hours_x10: 0,
            schedule: Schedule::Dates { dates: vec![start] },
            reach: 0,
            join_x10: 0,
            precision_x10: 500,
            half_life_x10: 10,
            ramp_x10: 0,
            fatigue_x10: 0,
            referral: Referral::default(),
            extra: BTreeMap::new(),
        };
        match mode {
            // A lecture or ad slot: nearly every join on the day ("the day after
            // the lecture almost nobody joins": a 0.2-day half-life leaves 3 %
            // for later days), costly, repeats tire the audience.
            Mode::BaseArea => Channel {
                cost: 2000,
                hours_x10: 200,
                schedule: Schedule::Dates { dates: vec![day(7)] },
                reach: 300,
                join_x10: 200,
                precision_x10: 500,
                half_life_x10: 2,
                fatigue_x10: 300,
                ..base
            },
            // Answers on a Q&A site: slow to rank, cheap, working for months.
            Mode::Guerrilla => Channel {
                cost: 0,
                hours_x10: 20,
                schedule: Schedule::Weekly { per_week: 2, from: start, to: day(55) },
                reach: 2000,
                join_x10: 15,
                precision_x10: 700,
                half_life_x10: 900,
                ramp_x10: 140,
                ..base
            },
            Mode::Referral => Channel {
                cost: 300,
                hours_x10: 60,
                schedule: Schedule::Dates { dates: vec![day(14)] },
                precision_x10: 600,
                referral: Referral {
                    tiers: vec![
                        RewardTier { invites: 3, reward: String::new(), cost: 5, cap: None },
                        RewardTier { invites: 10, reward: String::new(), cost: 0, cap: Some(30) },
                    ],
                    ..Referral::default()
                },
                ..base
            },
            // Friends, family and partner platforms: few people, many of them right.
            Mode::Seed => Channel {
                hours_x10: 80,
                reach: 100,
                join_x10: 500,
                precision_x10: 600,
                half_life_x10: 30,
                fatigue_x10: 500,
                ..base
            },
        }
    }

    /// Brings every field within its limits; returns whether anything changed.
    pub fn sanitize(&mut self) -> bool {
        let mut changed = limit(&mut self.name, SHORT_TEXT) | limit(&mut self.platform, SHORT_TEXT);
        let mut clamp = |v: &mut u32, lo: u32, hi: u32| {
            let c = (*v).clamp(lo, hi);
            changed |= c != *v;
            *v = c;
        };
        clamp(&mut self.hours_x10, 0, MAX_HOURS * 10);
        clamp(&mut self.join_x10, 0, 1000);
        clamp(&mut self.precision_x10, 0, 1000);
        clamp(&mut self.half_life_x10, 1, 36_500);
        clamp(&mut self.ramp_x10, 0, 3650);
        clamp(&mut self.fatigue_x10, 0, 1000);
        let r = &mut self.referral;
        clamp(&mut r.share_x10, 0, 1000);
        clamp(&mut r.invites_x10, 0, 1000);
        clamp(&mut r.join_x10, 0, 1000);
        clamp(&mut r.days, 1, MAX_CAMPAIGN_DAYS);
        match &mut r.scope {
            Scope::Group { members } if *members > MAX_PEOPLE => {
                *members = MAX_PEOPLE;
                changed = true;
            }
            Scope::Channel { index } if *index as usize >= MAX_CHANNELS => {
                *index = 0;
                changed = true;
            }
            Scope::Tier { share_x10 } if *share_x10 > 1000 => {
                *share_x10 = 1000;
                changed = true;
            }
            _ => {}
        }
        changed |= r.tiers.len() > MAX_TIERS;
        r.tiers.truncate(MAX_TIERS);
        for t in &mut r.tiers {
            changed |= limit(&mut t.reward, LINE_TEXT);
            let (invites, cost) = (t.invites.clamp(1, 1000), t.cost.min(MAX_AMOUNT));
            changed |= invites != t.invites || cost != t.cost;
            t.invites = invites;
            t.cost = cost;
        }
        let (cost, reach) = (self.cost.min(MAX_AMOUNT), self.reach.min(MAX_PEOPLE));
        changed |= cost != self.cost || reach != self.reach;
        self.cost = cost;
        self.reach = reach;
        match &mut self.schedule {
            Schedule::Dates { dates } => {
                changed |= dates.len() > MAX_DATES;
                dates.truncate(MAX_DATES);
            }
            Schedule::Weekly { per_week, from, to } => {
                let p = (*per_week).clamp(1, MAX_PER_WEEK);
                changed |= p != *per_week || to < from;
                *per_week = p;
                if to < from {
                    *to = *from;
                }
            }
        }
        changed
    }
}

/// What the plan must achieve: `members` (or precise members) by `deadline`,
/// within `budget` yuan and `hours` of work (`None` = no limit).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Target {
    pub members: u64,
    /// Count only precise (target) members.
    pub precise: bool,
    #[serde(serialize_with = "super::canvas::ymd::serialize")]
    pub deadline: Option<NaiveDate>,
    pub budget: Option<u64>,
    pub hours: Option<u32>,
}

/// How a joining threshold on the canvas changes who joins (DOMAIN.md §2):
/// fewer people join, more of them are the right people, and they stay longer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct ThresholdEffect {
    /// Join rates are multiplied by this, tenths of a percent (1000 = ×1:
    /// article 001 answers "won't a threshold mean fewer people?" with
    /// "quite the opposite", so by default it costs no joins; lower it if
    /// your own threshold does).
    pub join_x10: u32,
    /// Closes this share of the gap between a channel's precision and 100 %, tenths of a percent.
    pub precision_x10: u32,
    /// Lowers churn by this share, tenths of a percent (read by the KPI simulator).
    pub retention_x10: u32,
}

impl Default for ThresholdEffect {
    fn default() -> Self {
        ThresholdEffect { join_x10: 1000, precision_x10: 400, retention_x10: 300 }
    }
}

/// What the optimiser looks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// The least money (then hours) that meets the target by its deadline.
    #[default]
    LeastMoney,
    /// The most members by the end of the horizon within the budget and hours.
    MostMembers,
}

impl Objective {
    pub const ALL: [Objective; 2] = [Objective::LeastMoney, Objective::MostMembers];

    fn is_default(&self) -> bool {
        *self == Objective::LeastMoney
    }
}

/// The recruitment plan: start date, horizon, target and channels.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct ChannelPlan {
    /// Day 0 of the forecast.
    #[serde(serialize_with = "super::canvas::ymd::serialize")]
    pub start: Option<NaiveDate>,
    /// Days forecast; 0 means the default.
    pub horizon_days: u32,
    pub target: Target,
    pub threshold: ThresholdEffect,
    pub channels: Vec<Channel>,
    /// What the suggested mix optimises.
    #[serde(skip_serializing_if = "Objective::is_default")]
    pub objective: Objective,
    /// Fields this build does not know, kept for forward compatibility.
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl ChannelPlan {
    /// Removes channel `i` (nothing if there is none); a campaign scoped to
    /// it is then open to every member, and scopes to later channels follow
    /// them to their new positions.
    pub fn remove_channel(&mut self, i: usize) {
        if i < self.channels.len() {
            self.channels.remove(i);
            for c in &mut self.channels {
                if let Scope::Channel { index } = c.referral.scope {
                    let index = index as usize;
                    c.referral.scope = match index.cmp(&i) {
                        std::cmp::Ordering::Less => Scope::Channel { index: index as u32 },
                        std::cmp::Ordering::Equal => Scope::All,
                        std::cmp::Ordering::Greater => Scope::Channel { index: index as u32 - 1 },
                    };
                }
            }
        }
    }

    /// Puts a copy of channel `i` right after it, while there is room for
    /// another channel.
    pub fn duplicate_channel(&mut self, i: usize) {
        if let Some(c) = self.channels.get(i).cloned() {
            if self.channels.len() < MAX_CHANNELS {
                self.channels.insert(i + 1, c);
                for c in &mut self.channels {
                    if let Scope::Channel { index } = &mut c.referral.scope {
                        if *index as usize > i {
                            *index += 1;
                        }
                    }
                }
            }
        }
    }

    pub fn has_content(&self) -> bool {
        *self != ChannelPlan::default()
    }

    /// The horizon in use, within bounds.
    pub fn horizon(&self) -> u32 {
        horizon_or_default(self.horizon_days)
    }

    /// Brings every field within its limits; returns whether anything changed.
    pub fn sanitize(&mut self) -> bool {
        let mut changed = false;
        changed |= sanitize_horizon(&mut self.horizon_days);
        let t = &mut self.target;
        let (members, budget, hours) = (
            t.members.min(MAX_PEOPLE),
            t.budget.map(|b| b.min(MAX_AMOUNT)),
            t.hours.map(|h| h.min(MAX_HOURS)),
        );
        changed |= members != t.members || budget != t.budget || hours != t.hours;
        (t.members, t.budget, t.hours) = (members, budget, hours);
        let e = &mut self.threshold;
        for v in [&mut e.join_x10, &mut e.precision_x10, &mut e.retention_x10] {
            changed |= *v > 1000;
            *v = (*v).min(1000);
        }
        changed |= self.channels.len() > MAX_CHANNELS;
        self.channels.truncate(MAX_CHANNELS);
        for c in &mut self.channels {
            changed |= c.sanitize();
        }
        changed
    }
}

/// A stored horizon (0 = the default) within [`MIN_HORIZON`]..=[`MAX_HORIZON`];
/// the channel planner and the simulator share it.
pub fn horizon_or_default(days: u32) -> u32 {
    if days == 0 {
        DEFAULT_HORIZON
    } else {
        days.clamp(MIN_HORIZON, MAX_HORIZON)
    }
}

/// Keeps a stored horizon within range (0 stays 0: the default); returns
/// whether it changed.
pub fn sanitize_horizon(days: &mut u32) -> bool {
    if *days == 0 {
        return false;
    }
    let h = horizon_or_default(*days);
    let changed = h != *days;
    *days = h;
    changed
}

/// Days from `start` to `date` (negative before it).
pub fn day_index(start: NaiveDate, date: NaiveDate) -> i64 {
    (date - start).num_days()
}

/// The date `n` days after `start`, if it exists.
pub fn date_at(start: NaiveDate, n: u32) -> Option<NaiveDate> {
    start.checked_add_days(Days::new(u64::from(n)))
}

mod ymd_one {
    use chrono::NaiveDate;
    use serde::Serializer;

    use crate::domain::canvas::format_ymd;

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format_ymd(*d))
    }
}

mod ymd_list {
    use chrono::NaiveDate;
    use serde::ser::SerializeSeq;
    use serde::Serializer;

    use crate::domain::canvas::format_ymd;

    pub fn serialize<S: Serializer>(dates: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(dates.len()))?;
        for d in dates {
            seq.serialize_element(&format_ymd(*d))?;
        }
        seq.end()
    }
}

/// The local calendar date at Unix time `ms` in a zone `tz_offset_min`
/// minutes ahead of UTC (the caller reads the clock and the zone).
pub fn local_date(ms: i64, tz_offset_min: i32) -> NaiveDate {
    let local = ms.saturating_add(i64::from(tz_offset_min).saturating_mul(60_000));
    chrono::DateTime::from_timestamp_millis(local).map(|t| t.date_naive()).unwrap_or_default()
}
