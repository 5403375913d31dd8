//! Step 3, the tier designer (分层设计): levels with entry and hold rules,
//! privileges and duties; how members spread over many groups run through a
//! headquarters group; the operator's weekly workload; and the promotion
//! matrix the KPI simulator uses.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::canvas::{limit, LINE_TEXT, LONG_TEXT, SHORT_TEXT};
use super::channels::MAX_PEOPLE;

/// At most this many levels.
pub const MAX_LEVELS: usize = 12;
/// A per-mille share or probability that means "all".
pub const WHOLE: u32 = 1000;
/// A WeChat group holds at most 500 members (DOMAIN.md §10).
pub const GROUP_HARD_CAP: u32 = 500;
/// Past 200 members people can only join a WeChat group by invitation.
pub const QR_JOIN_LIMIT: u32 = 200;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Style {
    /// Explicit levels with rules.
    #[default]
    Pyramid,
    /// Only titles and nicknames: for small communities.
    RoleLabels,
}

impl Style {
    pub const ALL: [Style; 2] = [Style::Pyramid, Style::RoleLabels];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Messages or check-ins.
    #[default]
    Activity,
    /// Answers, content, help given.
    Contribution,
    /// Money spent, in yuan.
    Spend,
    /// Times the product is used.
    Usage,
}

impl Metric {
    pub const ALL: [Metric; 4] = [Metric::Activity, Metric::Contribution, Metric::Spend, Metric::Usage];
}

/// "At least `threshold` of `metric` within `period_days` days".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Rule {
    pub metric: Metric,
    pub threshold: u64,
    pub period_days: u32,
}

impl Default for Rule {
    fn default() -> Self {
        Rule { metric: Metric::Activity, threshold: 4, period_days: 30 }
    }
}

/// One level of the pyramid.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Level {
    pub name: String,
    /// Titles and role labels, one per line (e.g. 天使体验官).
    pub labels: String,
    /// Target share of members, tenths of a percent.
    pub share_x10: u32,
    /// How members get in; `None` means no way in from below.
    pub entry: Option<Rule>,
    /// What keeps them here; below it they move down a level.
    pub hold: Option<Rule>,
    pub privileges: String,
    pub duties: String,
    /// Whether the level has a group of its own (e.g. the KOLs' agent group).
    pub own_group: bool,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SplitBy {
    #[default]
    City,
    Industry,
    Interest,
    Cohort,
    Loyalty,
}

impl SplitBy {
    pub const ALL: [SplitBy; 5] =
        [SplitBy::City, SplitBy::Industry, SplitBy::Interest, SplitBy::Cohort, SplitBy::Loyalty];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LeaderSource {
    Staff,
    #[default]
    LoyalMembers,
    Both,
}

impl LeaderSource {
    pub const ALL: [LeaderSource; 3] = [LeaderSource::Staff, LeaderSource::LoyalMembers, LeaderSource::Both];
}

/// How members spread over groups, and the work of running them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Groups {
    pub split_by: SplitBy,
    /// Members per group aimed for.
    pub size: u32,
    /// Most members a group may hold.
    pub cap: u32,
    /// Members to plan for; `None` takes the channel forecast.
    pub members: Option<u64>,
    /// A group over this many members gets a helper admin besides its leader.
    pub admin_over: u32,
    /// Also a word-of-mouth group (口碑群): users and non-users mixed, for
    /// brand exposure (article 001) — a group of its own, not a level.
    #[serde(skip_serializing_if = "is_false")]
    pub word_of_mouth: bool,
    /// The largest group, in percent of the average: groups split by city
    /// or interest fill unevenly (the job sprint: one city past 300 while
    /// the average was 200, 150 %). 100 = even.
    #[serde(skip_serializing_if = "is_even")]
    pub spread_pct: u32,
    pub leader_source: LeaderSource,
    /// What leaders get (commission, refunds, badges…), one per line.
    pub incentives: String,
    /// Announcements sent to every group each week.
    pub announcements: u32,
    /// Minutes to post one announcement in one group by hand.
    pub post_minutes: u32,
    /// Seconds to wait between groups so the account is not flagged.
    pub spacing_seconds: u32,
    /// Minutes to brief the HQ group with one announcement and its script.
    pub hq_minutes: u32,
    /// Minutes to confirm one leader relayed it.
    pub confirm_minutes_x10: u32,
    /// Checks of every group per week, and minutes per group per check.
    pub checks: u32,
    pub check_minutes: u32,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl Default for Groups {
    fn default() -> Self {
        Groups {
            split_by: SplitBy::City,
            size: 200,
            cap: GROUP_HARD_CAP,
            members: None,
            admin_over: 40,
            word_of_mouth: false,
            spread_pct: 100,
            leader_source: LeaderSource::LoyalMembers,
            incentives: String::new(),
            announcements: 3,
            post_minutes: 2,
            spacing_seconds: 90,
            hq_minutes: 15,
            confirm_minutes_x10: 5,
            checks: 1,
            check_minutes: 5,
            extra: BTreeMap::new(),
        }
    }
}

/// The tier design.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(default)]
pub struct TierPlan {
    pub style: Style,
    /// From the top (KOLs) down.
    pub levels: Vec<Level>,
    /// Each level should be at most 1/factor of the one below, tenths.
    pub factor_x10: u32,
    /// Below this many members, explicit tiers are advised against.
    pub small_below: u64,
    pub groups: Groups,
    /// `promotion[i][j]`: per mille of level `i` that is in level `j` one
    /// period later. Rows follow `levels`.
    pub promotion: Vec<Vec<u32>>,
    pub period_days: u32,
    /// The day (1 = the start date) whose simulated members present size the
    /// levels and groups; `None` takes the target's date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_day: Option<u32>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl Default for TierPlan {
    fn default() -> Self {
        TierPlan {
            style: Style::Pyramid,
            levels: Vec::new(),
            factor_x10: 30,
            small_below: 100,
            groups: Groups::default(),
            promotion: Vec::new(),
            period_days: 30,
            size_day: None,
            extra: BTreeMap::new(),
        }
    }
}

/// Names and texts of the default levels, filled in by the caller's language.
pub struct LevelTexts {
    pub name: String,
    pub labels: String,
    pub privileges: String,
    pub duties: String,
}

impl TierPlan {
    pub fn has_content(&self) -> bool {
        *self != TierPlan::default()
    }

    /// The four default levels (KOL, core, ordinary, word of mouth) with
    /// shares 1 / 4 / 20 / 75 %, and their promotion matrix.
    /// The default pyramid (article 001): KOLs 3 % (10–20 angel testers in
    /// a 500-member group is 2–4 %), core members 17 % (with the KOLs, the
    /// ~20 % heavy users), ordinary members 80 %. The word-of-mouth group is
    /// not a level but a separate mixed group ([`Groups::word_of_mouth`]).
    pub fn default_levels(texts: [LevelTexts; 3]) -> Vec<Level> {
        let shares = [30, 170, 800];
        let entries = [
            Some(Rule { metric: Metric::Contribution, threshold: 10, period_days: 30 }),
            Some(Rule { metric: Metric::Usage, threshold: 8, period_days: 30 }),
            None,
        ];
        let holds = [
            Some(Rule { metric: Metric::Contribution, threshold: 4, period_days: 30 }),
            Some(Rule { metric: Metric::Usage, threshold: 2, period_days: 30 }),
            None,
        ];
        texts
            .into_iter()
            .zip(shares)
            .zip(entries.into_iter().zip(holds))
            .enumerate()
            .map(|(i, ((t, share_x10), (entry, hold)))| Level {
                name: t.name,
                labels: t.labels,
                share_x10,
                entry,
                hold,
                privileges: t.privileges,
                duties: t.duties,
                own_group: i == 0,
                extra: BTreeMap::new(),
            })
            .collect()
    }

    /// A promotion matrix for `n` levels: each period 90 % stay, 4 % of
    /// each level below the top move up one, 6 % of each level above the
    /// bottom move down one.
    pub fn default_promotion(n: usize) -> Vec<Vec<u32>> {
        (0..n)
            .map(|i| {
                let mut row = vec![0; n];
                let (up, down) = (if i > 0 { 40 } else { 0 }, if i + 1 < n { 60 } else { 0 });
                if i > 0 {
                    row[i - 1] = up;
                }
                if i + 1 < n {
                    row[i + 1] = down;
                }
                row[i] = WHOLE - up - down;
                row
            })
            .collect()
    }

    /// Keeps the promotion matrix square and the size of `levels`: missing
    /// rows or cells are filled from the default, extra ones dropped.
    pub fn fit_promotion(&mut self) -> bool {
        let n = self.levels.len();
        let fits = self.promotion.len() == n && self.promotion.iter().all(|r| r.len() == n);
        if fits {
            return false;
        }
        let defaults = TierPlan::default_promotion(n);
        let mut next = defaults.clone();
        for (i, row) in next.iter_mut().enumerate() {
            if let Some(old) = self.promotion.get(i).filter(|r| r.len() == n) {
                row.clone_from(old);
            }
        }
        self.promotion = next;
        true
    }

    /// Adds an empty level at the bottom; its matrix row keeps everyone there.
    pub fn add_level(&mut self, level: Level) {
        if self.levels.len() >= MAX_LEVELS {
            return;
        }
        self.fit_promotion();
        self.levels.push(level);
        let n = self.levels.len();
        for row in &mut self.promotion {
            row.push(0);
        }
        let mut last = vec![0; n];
        last[n - 1] = WHOLE;
        self.promotion.push(last);
    }

    /// Removes level `i` with its matrix row and column; what flowed into
    /// it stays where it was.
    pub fn remove_level(&mut self, i: usize) {
        if i >= self.levels.len() {
            return;
        }
        self.fit_promotion();
        self.levels.remove(i);
        self.promotion.remove(i);
        for (r, row) in self.promotion.iter_mut().enumerate() {
            let lost = row.remove(i);
            if let Some(stay) = row.get_mut(r) {
                *stay = (*stay + lost).min(WHOLE);
            }
        }
    }

    /// Swaps levels `i` and `i + 1`, with their matrix rows and columns.
    pub fn swap_down(&mut self, i: usize) {
        if i + 1 >= self.levels.len() {
            return;
        }
        self.fit_promotion();
        self.levels.swap(i, i + 1);
        self.promotion.swap(i, i + 1);
        for row in &mut self.promotion {
            row.swap(i, i + 1);
        }
    }

    /// Brings every field within its limits; returns whether anything changed.
    pub fn sanitize(&mut self) -> bool {
        let mut changed = self.levels.len() > MAX_LEVELS;
        self.levels.truncate(MAX_LEVELS);
        for l in &mut self.levels {
            changed |= limit(&mut l.name, SHORT_TEXT)
                | limit(&mut l.labels, LINE_TEXT)
                | limit(&mut l.privileges, LONG_TEXT)
                | limit(&mut l.duties, LONG_TEXT);
            changed |= l.share_x10 > WHOLE;
            l.share_x10 = l.share_x10.min(WHOLE);
            for rule in [&mut l.entry, &mut l.hold].into_iter().flatten() {
                let (t, p) = (rule.threshold.min(MAX_PEOPLE), rule.period_days.clamp(1, 3650));
                changed |= t != rule.threshold || p != rule.period_days;
                (rule.threshold, rule.period_days) = (t, p);
            }
        }
        let mut clamp = |v: &mut u32, lo: u32, hi: u32| {
            let c = (*v).clamp(lo, hi);
            changed |= c != *v;
            *v = c;
        };
        clamp(&mut self.factor_x10, 10, 1000);
        clamp(&mut self.period_days, 1, 365);
        if let Some(d) = self.size_day.as_mut() {
            clamp(d, 1, super::channels::MAX_HORIZON);
        }
        let g = &mut self.groups;
        clamp(&mut g.size, 1, GROUP_HARD_CAP);
        clamp(&mut g.cap, 1, GROUP_HARD_CAP);
        clamp(&mut g.admin_over, 1, GROUP_HARD_CAP);
        clamp(&mut g.spread_pct, 100, 1000);
        clamp(&mut g.announcements, 0, 100);
        clamp(&mut g.post_minutes, 0, 600);
        clamp(&mut g.spacing_seconds, 0, 3600);
        clamp(&mut g.hq_minutes, 0, 600);
        clamp(&mut g.confirm_minutes_x10, 0, 600);
        clamp(&mut g.checks, 0, 50);
        clamp(&mut g.check_minutes, 0, 600);
        changed |= limit(&mut g.incentives, LONG_TEXT);
        let members = g.members.map(|m| m.min(MAX_PEOPLE));
        changed |= members != g.members;
        g.members = members;
        let small = self.small_below.min(MAX_PEOPLE);
        changed |= small != self.small_below;
        self.small_below = small;
        for row in &mut self.promotion {
            for cell in row.iter_mut() {
                changed |= *cell > WHOLE;
                *cell = (*cell).min(WHOLE);
            }
        }
        changed |= self.fit_promotion();
        changed
    }
}

/// Something in the design to look at again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    NoLevels,
    /// The shares add up to this many tenths of a percent, not 1000.
    SharesSum(u32),
    /// Level `upper` is more than 1/factor of level `upper + 1`.
    NotPyramid {
        upper: usize,
    },
    /// Fewer members than `small_below`: role labels suit better.
    TooSmallForTiers {
        members: u64,
    },
    /// Nobody can move from level `from` up to `from - 1`: it has no entry rule.
    NoWayUp {
        from: usize,
    },
    /// A level above the bottom offers nothing.
    NoPrivileges {
        level: usize,
    },
    /// The aimed group size is over the cap.
    SizeOverCap,
    /// Groups over 200 members can only grow by invitation.
    OverQrLimit,
    /// The aimed size is under the QR limit, but the largest group (groups
    /// fill unevenly) passes it, or passes the cap.
    LargestOver {
        largest: u64,
        cap: bool,
    },
    /// Row `row` of the promotion matrix sums to this many per mille.
    RowSum {
        row: usize,
        sum: u32,
    },
}

/// Every check, in reading order. `members` is the planned member count.
pub fn check(plan: &TierPlan, members: u64) -> Vec<Check> {
    let mut out = Vec::new();
    let levels = &plan.levels;
    if levels.is_empty() {
        out.push(Check::NoLevels);
        return out;
    }
    let sum: u32 = levels.iter().map(|l| l.share_x10.min(WHOLE)).sum();
    if sum != WHOLE {
        out.push(Check::SharesSum(sum));
    }
    let pyramid = plan.style == Style::Pyramid;
    if pyramid {
        let factor = u64::from(plan.factor_x10.max(10));
        for (i, pair) in levels.windows(2).enumerate() {
            // upper × factor ≤ lower, in tenths.
            if u64::from(pair[0].share_x10) * factor > u64::from(pair[1].share_x10) * 10 {
                out.push(Check::NotPyramid { upper: i });
            }
        }
        if levels.len() > 1 && members < plan.small_below {
            out.push(Check::TooSmallForTiers { members });
        }
        for i in 1..levels.len() {
            if levels[i - 1].entry.is_none() {
                out.push(Check::NoWayUp { from: i });
            }
        }
    }
    for (i, l) in levels.iter().enumerate().take(levels.len() - 1) {
        if l.privileges.trim().is_empty() {
            out.push(Check::NoPrivileges { level: i });
        }
    }
    let g = &plan.groups;
    if g.size > g.cap {
        out.push(Check::SizeOverCap);
    }
    if g.size.min(g.cap) > QR_JOIN_LIMIT {
        out.push(Check::OverQrLimit);
    } else {
        let largest = structure(plan, members).largest;
        if largest > u64::from(g.cap) || largest > u64::from(QR_JOIN_LIMIT) {
            out.push(Check::LargestOver { largest, cap: largest > u64::from(g.cap) });
        }
    }
    if pyramid {
        for (row, cells) in plan.promotion.iter().enumerate().take(levels.len()) {
            let sum: u32 = cells.iter().map(|c| (*c).min(WHOLE)).sum();
            if sum != WHOLE {
                out.push(Check::RowSum { row, sum });
            }
        }
    }
    out
}

/// Members per level for `members` in all, by target share.
pub fn level_counts(plan: &TierPlan, members: u64) -> Vec<u64> {
    plan.levels
        .iter()
        .map(|l| members.saturating_mul(u64::from(l.share_x10.min(WHOLE))) / u64::from(WHOLE))
        .collect()
}

/// The structure that runs `members` people in groups.
#[derive(Clone, Debug, PartialEq)]
pub struct Structure {
    pub members: u64,
    pub groups: u64,
    /// Members per group, evenly spread.
    pub per_group: u64,
    /// The largest group, by the groups' unevenness (`spread_pct`).
    pub largest: u64,
    /// One leader per group, all in the HQ group.
    pub leaders: u64,
    /// Helper admins: one per group over `admin_over` members.
    pub admins: u64,
    /// People in the HQ group: the leaders and the operator.
    pub hq_size: u64,
    /// Extra groups for levels that have their own group.
    pub level_groups: u64,
    /// The word-of-mouth group, if there is one (0 or 1).
    pub word_of_mouth: u64,
    /// Hours a week: announcements sent to every group by hand, or through HQ, and checks.
    pub direct_hours: f64,
    pub relayed_hours: f64,
    pub check_hours: f64,
    /// The smallest number of groups from which relaying through HQ takes
    /// less time than posting by hand (`None` if it never does).
    pub relay_pays_from: Option<u64>,
}

/// Groups, leaders, admins and weekly hours for `members` people.
pub fn structure(plan: &TierPlan, members: u64) -> Structure {
    let g = &plan.groups;
    let members = members.min(MAX_PEOPLE);
    let size = u64::from(g.size.min(g.cap).max(1));
    let groups = if members == 0 { 0 } else { members.div_ceil(size) };
    let per_group = if groups == 0 { 0 } else { members.div_ceil(groups) };
    let admins = if per_group > u64::from(g.admin_over) { groups } else { 0 };
    let level_groups = if plan.style == Style::Pyramid {
        plan.levels.iter().filter(|l| l.own_group).count() as u64
    } else {
        0
    };
    let per_post = f64::from(g.post_minutes) + f64::from(g.spacing_seconds) / 60.0;
    let confirm = f64::from(g.confirm_minutes_x10) / 10.0;
    let n = groups as f64;
    let weekly = f64::from(g.announcements);
    let direct_hours = weekly * n * per_post / 60.0;
    let relayed_hours =
        if groups == 0 { 0.0 } else { weekly * (f64::from(g.hq_minutes) + n * confirm) / 60.0 };
    let check_hours = f64::from(g.checks) * n * f64::from(g.check_minutes) / 60.0;
    // Relaying pays once n × per_post > hq + n × confirm.
    let relay_pays_from = (per_post > confirm).then(|| {
        let n = (f64::from(g.hq_minutes) / (per_post - confirm)).floor() as u64 + 1;
        n.max(1)
    });
    Structure {
        members,
        groups,
        per_group,
        largest: (per_group * u64::from(g.spread_pct.max(100))).div_ceil(100),
        leaders: groups,
        admins,
        hq_size: if groups == 0 { 0 } else { groups + 1 },
        level_groups,
        word_of_mouth: u64::from(plan.groups.word_of_mouth),
        direct_hours,
        relayed_hours,
        check_hours,
        relay_pays_from,
    }
}

/// Members per level after `periods` periods of the promotion matrix,
/// starting from `start` (rows that do not sum to 1 are normalised, so
/// nobody appears or vanishes).
pub fn promote(plan: &TierPlan, start: &[f64], periods: usize) -> Vec<f64> {
    let n = plan.levels.len();
    let mut now: Vec<f64> =
        (0..n).map(|i| start.get(i).copied().filter(|v| v.is_finite()).unwrap_or(0.0).max(0.0)).collect();
    let defaults = TierPlan::default_promotion(n);
    for _ in 0..periods {
        let mut next = vec![0.0; n];
        for (i, people) in now.iter().enumerate() {
            let row = plan.promotion.get(i).filter(|r| r.len() == n).unwrap_or(&defaults[i]);
            let sum: u32 = row.iter().map(|c| (*c).min(WHOLE)).sum();
            if sum == 0 {
                next[i] += people;
                continue;
            }
            for (j, cell) in row.iter().enumerate() {
                next[j] += people * f64::from((*cell).min(WHOLE)) / f64::from(sum);
            }
        }
        now = next;
    }
    now
}

fn is_false(v: &bool) -> bool {
    !*v
}

fn is_even(v: &u32) -> bool {
    *v == 100
}
