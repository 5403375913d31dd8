//! The simulator's settings as saved with the plan: assumptions as low /
//! likely / high guesses, interventions, KPI targets and scenarios.

#[allow(unused_imports)]
use super::*;

/// A guess: low, likely and high.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Range {
    pub low: u32,
    pub likely: u32,
    pub high: u32,
}

impl Range {
    const fn new(low: u32, likely: u32, high: u32) -> Range {
        Range { low, likely, high }
    }

    /// Whether low ≤ likely ≤ high.
    pub fn ordered(self) -> bool {
        self.low <= self.likely && self.likely <= self.high
    }

    /// The same numbers in order.
    pub fn sorted(self) -> Range {
        let mut v = [self.low, self.likely, self.high];
        v.sort_unstable();
        Range { low: v[0], likely: v[1], high: v[2] }
    }
}

/// The model's uncertain parameters. Shares are per mille.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Param {
    /// Inflow compared with the channel forecast (1000 = as forecast).
    Inflow,
    /// Share of members who speak in a week with no effort.
    BaseActive,
    /// Days for organic activity to halve when content is under the floor.
    ContentHalfLife,
    /// Activity added per weekly content item (per mille of members).
    LiftPerItem,
    /// Monthly churn of members who do not speak.
    Churn,
    /// How much less active members churn.
    Protect,
    /// Members an active member brings per month by word of mouth.
    Referral,
    /// Share of members who pay within 90 days.
    Conversion,
    /// Monthly decay of activity as the community ages.
    Lifecycle,
    /// Share of members who do the other platform's action (download the
    /// app, follow the account, add the WeCom contact) within 90 days.
    Platform,
}

impl Param {
    pub const ALL: [Param; 10] = [
        Param::Inflow,
        Param::BaseActive,
        Param::ContentHalfLife,
        Param::LiftPerItem,
        Param::Churn,
        Param::Protect,
        Param::Referral,
        Param::Conversion,
        Param::Lifecycle,
        Param::Platform,
    ];

    /// Largest value accepted.
    pub fn max(self) -> u32 {
        match self {
            Param::Inflow => 10_000,
            Param::ContentHalfLife => 3650,
            Param::LiftPerItem => 200,
            _ => 1000,
        }
    }

    pub fn min(self) -> u32 {
        match self {
            Param::ContentHalfLife => 1,
            _ => 0,
        }
    }

    /// Whether the value is a per-mille share (shown as a percentage).
    pub fn is_share(self) -> bool {
        !matches!(self, Param::ContentHalfLife)
    }
}

/// Low / likely / high for every parameter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Params {
    pub inflow: Range,
    pub base_active: Range,
    pub content_half_life: Range,
    pub lift_per_item: Range,
    pub churn: Range,
    pub protect: Range,
    pub referral: Range,
    pub conversion: Range,
    pub lifecycle: Range,
    /// Plans saved before this parameter existed get the default.
    pub platform: Range,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            inflow: Range::new(700, 1000, 1300),
            base_active: Range::new(100, 180, 250),
            content_half_life: Range::new(7, 14, 28),
            lift_per_item: Range::new(5, 15, 25),
            churn: Range::new(100, 200, 300),
            protect: Range::new(500, 700, 900),
            referral: Range::new(20, 50, 100),
            conversion: Range::new(30, 80, 150),
            lifecycle: Range::new(0, 30, 80),
            // Not from the articles (article 000 gives the case, 20 groups
            // and 4,000 users to bring to an app, but no rate): an editable
            // default of 10–40 % within 90 days.
            platform: Range::new(100, 250, 400),
        }
    }
}

impl Params {
    /// Puts every range in order and within bounds; returns whether anything changed.
    pub fn sanitize(&mut self) -> bool {
        let mut changed = false;
        for p in Param::ALL {
            let r = self.get(p);
            let clamp = |v: u32| v.clamp(p.min(), p.max());
            let fixed = Range { low: clamp(r.low), likely: clamp(r.likely), high: clamp(r.high) }.sorted();
            changed |= fixed != r;
            self.set(p, fixed);
        }
        changed
    }

    pub fn get(&self, p: Param) -> Range {
        *self.slot(p)
    }

    pub fn set(&mut self, p: Param, r: Range) {
        *self.slot_mut(p) = r;
    }

    fn slot(&self, p: Param) -> &Range {
        match p {
            Param::Inflow => &self.inflow,
            Param::BaseActive => &self.base_active,
            Param::ContentHalfLife => &self.content_half_life,
            Param::LiftPerItem => &self.lift_per_item,
            Param::Churn => &self.churn,
            Param::Protect => &self.protect,
            Param::Referral => &self.referral,
            Param::Conversion => &self.conversion,
            Param::Lifecycle => &self.lifecycle,
            Param::Platform => &self.platform,
        }
    }

    fn slot_mut(&mut self, p: Param) -> &mut Range {
        match p {
            Param::Inflow => &mut self.inflow,
            Param::BaseActive => &mut self.base_active,
            Param::ContentHalfLife => &mut self.content_half_life,
            Param::LiftPerItem => &mut self.lift_per_item,
            Param::Churn => &mut self.churn,
            Param::Protect => &mut self.protect,
            Param::Referral => &mut self.referral,
            Param::Conversion => &mut self.conversion,
            Param::Lifecycle => &mut self.lifecycle,
            Param::Platform => &mut self.platform,
        }
    }
}

/// Things an operator does to lift activity (DOMAIN.md §7, §9).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InterventionKind {
    #[default]
    SelfIntro,
    ThemeNight,
    Quiz,
    BenefitDrop,
    Offline,
    HelperWelcome,
}

impl InterventionKind {
    pub const ALL: [InterventionKind; 6] = [
        InterventionKind::SelfIntro,
        InterventionKind::ThemeNight,
        InterventionKind::Quiz,
        InterventionKind::BenefitDrop,
        InterventionKind::Offline,
        InterventionKind::HelperWelcome,
    ];

    /// Default effect (per mille of members added to weekly activity) and days it lasts.
    pub fn preset(self) -> (u32, u32) {
        match self {
            InterventionKind::SelfIntro => (150, 4),
            InterventionKind::ThemeNight => (100, 3),
            InterventionKind::Quiz => (250, 3),
            InterventionKind::BenefitDrop => (80, 3),
            InterventionKind::Offline => (120, 7),
            InterventionKind::HelperWelcome => (50, 7),
        }
    }
}

/// One scheduled intervention: on `day` (1 = the start date) activity gets
/// `effect` per mille more, fading to nothing over `days`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Intervention {
    pub kind: InterventionKind,
    pub day: u32,
    pub effect_x10: u32,
    pub days: u32,
}

impl Intervention {
    fn sanitize(&mut self) -> bool {
        let (day, effect, days) =
            (self.day.clamp(1, MAX_HORIZON), self.effect_x10.min(1000), self.days.clamp(1, 365));
        let changed = (day, effect, days) != (self.day, self.effect_x10, self.days);
        (self.day, self.effect_x10, self.days) = (day, effect, days);
        changed
    }
}

impl Default for Intervention {
    fn default() -> Self {
        let (effect_x10, days) = InterventionKind::SelfIntro.preset();
        Intervention { kind: InterventionKind::SelfIntro, day: 1, effect_x10, days }
    }
}

/// "At least `value` of `kpi` by day `day`."
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct KpiTarget {
    pub kpi: Kpi,
    pub value: u64,
    pub day: u32,
}

/// Assumptions and interventions saved under a name, to compare.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Scenario {
    pub name: String,
    pub params: Params,
    pub interventions: Vec<Intervention>,
}

/// The simulator's settings, saved with the plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(default)]
pub struct SimPlan {
    /// Days simulated; 0 means the default.
    pub horizon_days: u32,
    pub seed: u64,
    /// Monte Carlo runs; 0 means the default.
    pub runs: u32,
    /// Joins a day when the plan has no channels (or to replace them).
    pub typed_inflow: Option<u64>,
    /// Price of the offer members convert to, in yuan; `None` takes the
    /// profit model's first price from members other than the entry fee.
    pub price: Option<u64>,
    /// Share of entry fees refunded, tenths of a percent (0 = none).
    #[serde(skip_serializing_if = "is_zero")]
    pub refund_x10: u32,
    /// Set when an older plan had a KPI members target that differed from
    /// the recruitment target: it was kept as an extra target, and the
    /// user is told once (cleared when they dismiss the note).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_note: Option<KpiTarget>,
    pub params: Params,
    pub interventions: Vec<Intervention>,
    pub targets: Vec<KpiTarget>,
    pub scenarios: Vec<Scenario>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, Value>,
}

impl Default for SimPlan {
    fn default() -> Self {
        SimPlan {
            horizon_days: 0,
            seed: 1,
            runs: 0,
            typed_inflow: None,
            price: None,
            refund_x10: 0,
            target_note: None,
            params: Params::default(),
            interventions: Vec::new(),
            targets: Vec::new(),
            scenarios: Vec::new(),
            extra: BTreeMap::new(),
        }
    }
}

impl SimPlan {
    /// This plan with a scenario's assumptions and interventions.
    pub fn with_scenario(&self, sc: &Scenario) -> SimPlan {
        SimPlan {
            params: sc.params.clone(),
            interventions: sc.interventions.clone(),
            scenarios: Vec::new(),
            ..self.clone()
        }
    }

    pub fn has_content(&self) -> bool {
        *self != SimPlan::default()
    }

    pub fn horizon(&self) -> u32 {
        crate::domain::channels::horizon_or_default(self.horizon_days)
    }

    pub fn run_count(&self) -> u32 {
        if self.runs == 0 {
            DEFAULT_RUNS
        } else {
            self.runs.clamp(1, MAX_RUNS)
        }
    }

    /// Brings every field within its limits; returns whether anything changed.
    pub fn sanitize(&mut self) -> bool {
        let mut changed = false;
        changed |= crate::domain::channels::sanitize_horizon(&mut self.horizon_days);
        if self.runs != 0 {
            let r = self.run_count();
            changed |= r != self.runs;
            self.runs = r;
        }
        changed |= self.params.sanitize();
        changed |= self.scenarios.len() > MAX_SCENARIOS;
        self.scenarios.truncate(MAX_SCENARIOS);
        for sc in &mut self.scenarios {
            changed |= crate::domain::canvas::limit(&mut sc.name, crate::domain::canvas::SHORT_TEXT);
            changed |= sc.params.sanitize();
            changed |= sc.interventions.len() > MAX_INTERVENTIONS;
            sc.interventions.truncate(MAX_INTERVENTIONS);
            for i in &mut sc.interventions {
                changed |= i.sanitize();
            }
        }
        let inflow = self.typed_inflow.map(|v| v.min(MAX_PEOPLE));
        changed |= inflow != self.typed_inflow;
        self.typed_inflow = inflow;
        changed |= self.refund_x10 > 1000;
        self.refund_x10 = self.refund_x10.min(1000);
        let price = self.price.map(|v| v.min(crate::domain::canvas::MAX_AMOUNT));
        changed |= price != self.price;
        self.price = price;
        changed |= self.interventions.len() > MAX_INTERVENTIONS || self.targets.len() > MAX_TARGETS;
        self.interventions.truncate(MAX_INTERVENTIONS);
        self.targets.truncate(MAX_TARGETS);
        for i in &mut self.interventions {
            let (day, effect, days) =
                (i.day.clamp(1, MAX_HORIZON), i.effect_x10.min(1000), i.days.clamp(1, 365));
            changed |= (day, effect, days) != (i.day, i.effect_x10, i.days);
            (i.day, i.effect_x10, i.days) = (day, effect, days);
        }
        for t in &mut self.targets {
            let day = t.day.clamp(1, MAX_HORIZON);
            let value = if t.kpi.is_share() { t.value.min(1000) } else { t.value.min(MAX_PEOPLE * 1000) };
            changed |= (day, value) != (t.day, t.value);
            (t.day, t.value) = (day, value);
        }
        changed
    }
}

fn is_zero(v: &u32) -> bool {
    *v == 0
}

/// Forecasts of at most this many run-days (runs × days) are computed while
/// a page is drawn: 2,000 runs × 180 days take about 12 ms in the browser
/// (`make bench`). Bigger ones (up to 5,000 × 730) are computed just after;
/// the editor's pages, its shared page and the shared-link viewer all follow
/// this rule.
pub const INLINE_RUN_DAYS: usize = 400_000;

/// Runs × days of a simulation, to weigh it against [`INLINE_RUN_DAYS`].
pub fn run_days(sim: &SimPlan) -> usize {
    sim.run_count() as usize * sim.horizon() as usize
}
