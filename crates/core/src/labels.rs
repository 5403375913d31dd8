//! How domain values are named in each language: every enum's label, the
//! names of channels and levels that have none, the messages of checks and
//! errors, and plural rules. Views, the summary and the exports all name
//! things through here, so one value reads the same everywhere.

use chrono::NaiveDate;

use crate::domain::canvas::{format_ymd, CommunityKind, ProfitSource, Stage};
use crate::domain::channels::{date_at, ChannelPlan, Mode};
use crate::domain::diagnose::{Element, Field, Pillar, Warning, ACTIVITY_FLOOR_PER_WEEK};
use crate::domain::forecast::{ChannelWarning, Strategy};
use crate::domain::simulate::{Health, InterventionKind, Kpi, Param};
use crate::domain::tiers::{self, Check, LeaderSource, Metric, SplitBy, TierPlan};
use crate::domain::Step;
use crate::i18n::{group, tenths, Key, Lang};
use crate::persist::library::RecoveryReason;
use crate::persist::link::LinkError;
use crate::persist::RestoreError;

// Counting.

/// Things the interface counts, each with its Chinese measure word and its
/// English singular and plural.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    /// One scheduled action of a channel (a lecture, a batch of answers…).
    Unit,
    Person,
    Group,
    Plan,
    Level,
    Day,
    Channel,
    /// A planned activity (an intervention of the KPI step).
    Activity,
}

impl Noun {
    /// (Chinese measure word or noun, English singular, English plural).
    fn words(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Noun::Unit => ("次", "unit", "units"),
            Noun::Person => ("人", "person", "people"),
            Noun::Group => ("个群", "group", "groups"),
            Noun::Plan => ("个方案", "plan", "plans"),
            Noun::Level => ("层", "level", "levels"),
            Noun::Day => ("天", "day", "days"),
            Noun::Channel => ("个渠道", "channel", "channels"),
            Noun::Activity => ("项活动", "activity", "activities"),
        }
    }
}

/// "3 units", "1 unit", "3 次": a count with its noun, in the plural form
/// the language wants (Chinese has none; English uses the singular for
/// exactly one). Thousands are grouped.
pub fn count(lang: Lang, n: u64, noun: Noun) -> String {
    let (zh, one, many) = noun.words();
    match lang {
        Lang::Zh => format!("{} {zh}", group(n)),
        Lang::En => format!("{} {}", group(n), if n == 1 { one } else { many }),
    }
}

// Numbers shown as typed.

/// A stored value as the field shows it: "35", "35.5".
pub fn show_number(value: u64, tenths: bool) -> String {
    if !tenths {
        value.to_string()
    } else if value.is_multiple_of(10) {
        (value / 10).to_string()
    } else {
        format!("{}.{}", value / 10, value % 10)
    }
}

/// A per-mille share as a percentage: 755 → "75.5%".
pub fn percent(per_mille: u32) -> String {
    format!("{}%", show_number(u64::from(per_mille), true))
}

// The steps.

/// Title, purpose and example of each step.
pub fn step_keys(step: Step) -> (Key, Key, Key) {
    match step {
        Step::Positioning => (Key::StepPositioning, Key::PositioningIntro, Key::PositioningExample),
        Step::Channels => (Key::StepChannels, Key::ChannelsIntro, Key::ChannelsExample),
        Step::Tiers => (Key::StepTiers, Key::TiersIntro, Key::TiersExample),
        Step::Simulation => (Key::StepSimulation, Key::SimulationIntro, Key::SimulationExample),
    }
}

// Step 1: the canvas.

pub fn community_kind_key(kind: CommunityKind) -> Key {
    match kind {
        CommunityKind::Learning => Key::KindLearning,
        CommunityKind::Interest => Key::KindInterest,
        CommunityKind::ProductUsers => Key::KindProductUsers,
        CommunityKind::PaidMembership => Key::KindPaidMembership,
        CommunityKind::Local => Key::KindLocal,
        CommunityKind::JobSeeking => Key::KindJobSeeking,
        CommunityKind::BrandFans => Key::KindBrandFans,
        CommunityKind::Other => Key::KindOther,
    }
}

pub fn stage_key(stage: Stage) -> Key {
    match stage {
        Stage::Launch => Key::StageLaunch,
        Stage::Growth => Key::StageGrowth,
        Stage::Mature => Key::StageMature,
        Stage::Decline => Key::StageDecline,
    }
}

/// The label of the field a gap points to.
pub fn field_key(field: Field) -> Key {
    match field {
        Field::Name => Key::FieldName,
        Field::Promise => Key::FieldPromise,
        Field::Kind => Key::FieldKind,
        Field::Segments => Key::FieldSegments,
        Field::Value => Key::FieldValue,
        Field::Goal => Key::FieldGoal,
        Field::Leader => Key::FieldLeader,
        Field::Persona => Key::FieldPersona,
        Field::Hierarchy => Key::FieldHierarchy,
        Field::Threshold => Key::FieldThreshold,
        Field::Rhythm => Key::FieldRhythm,
        Field::Rules => Key::FieldRules,
        Field::Profit => Key::FieldProfit,
        Field::Lifecycle => Key::FieldLifecycle,
    }
}

pub fn profit_source_key(s: ProfitSource) -> Key {
    match s {
        ProfitSource::EntryFee => Key::SourceEntryFee,
        ProfitSource::InGroupSales => Key::SourceInGroupSales,
        ProfitSource::PaidKnowledge => Key::SourcePaidKnowledge,
        ProfitSource::OfflineEvents => Key::SourceOfflineEvents,
        ProfitSource::Sponsorship => Key::SourceSponsorship,
        ProfitSource::Ads => Key::SourceAds,
        ProfitSource::Naming => Key::SourceNaming,
    }
}

pub fn pillar_keys(p: Pillar) -> (Key, Key) {
    match p {
        Pillar::Goal => (Key::PillarGoal, Key::PillarGoalMissing),
        Pillar::Core => (Key::PillarCore, Key::PillarCoreMissing),
        Pillar::Hierarchy => (Key::PillarHierarchy, Key::PillarHierarchyMissing),
    }
}

pub fn element_keys(e: Element) -> (Key, Key) {
    match e {
        Element::ValuePositioning => (Key::ElValue, Key::ElValueRisk),
        Element::LikeMinded => (Key::ElLikeMinded, Key::ElLikeMindedRisk),
        Element::KeyPeople => (Key::ElKeyPeople, Key::ElKeyPeopleRisk),
        Element::ContentRhythm => (Key::ElRhythm, Key::ElRhythmRisk),
        Element::HumaneRules => (Key::ElRules, Key::ElRulesRisk),
        Element::ProfitModel => (Key::ElProfit, Key::ElProfitRisk),
    }
}

pub fn warning_text(lang: Lang, w: &Warning) -> String {
    match w {
        Warning::BenefitFirst { no_threshold: true } => lang.t(Key::WarnNoThreshold).to_owned(),
        Warning::BenefitFirst { no_threshold: false } => lang.t(Key::WarnBenefitBefore).to_owned(),
        Warning::RhythmEmpty => lang.t(Key::WarnRhythmEmpty).to_owned(),
        Warning::RhythmBelowFloor { per_week } => lang.tf(
            Key::WarnRhythmLow,
            &[("n", &tenths(*per_week)), ("floor", &tenths(ACTIVITY_FLOOR_PER_WEEK))],
        ),
        Warning::ProfitWithoutValue => lang.t(Key::WarnProfitNoValue).to_owned(),
    }
}

// Step 2: channels.

pub fn mode_key(mode: Mode) -> Key {
    match mode {
        Mode::BaseArea => Key::ModeBaseArea,
        Mode::Guerrilla => Key::ModeGuerrilla,
        Mode::Referral => Key::ModeReferral,
        Mode::Seed => Key::ModeSeed,
    }
}

/// A channel's name, or "Channel N" if it has none.
pub fn channel_label(lang: Lang, plan: &ChannelPlan, i: usize) -> String {
    match plan.channels.get(i).map(|c| c.name.trim()) {
        Some(name) if !name.is_empty() => name.to_owned(),
        _ => lang.tf(Key::ChannelN, &[("n", &(i + 1).to_string())]),
    }
}

/// "day 9 (2026-03-11)".
pub fn day_label(lang: Lang, start: NaiveDate, day: usize) -> String {
    let date = u32::try_from(day).ok().and_then(|d| date_at(start, d)).map(format_ymd).unwrap_or_default();
    lang.tf(Key::DayOn, &[("n", &(day + 1).to_string()), ("date", &date)])
}

pub fn strategy_keys(s: Strategy) -> (Key, Key) {
    match s {
        Strategy::AsPlanned => (Key::StrategyPlanned, Key::StrategyPlannedHint),
        Strategy::Suggested => (Key::StrategySuggested, Key::StrategySuggestedHint),
        Strategy::AllBaseArea => (Key::StrategyBaseArea, Key::StrategyBaseAreaHint),
        Strategy::AllGuerrilla => (Key::StrategyGuerrilla, Key::StrategyGuerrillaHint),
    }
}

/// The name a new channel of `mode` starts with.
pub fn preset_name_key(mode: Mode) -> Key {
    match mode {
        Mode::BaseArea => Key::PresetBaseArea,
        Mode::Guerrilla => Key::PresetGuerrilla,
        Mode::Referral => Key::PresetReferral,
        Mode::Seed => Key::PresetSeed,
    }
}

pub fn mode_hint_key(mode: Mode) -> Key {
    match mode {
        Mode::BaseArea => Key::ModeBaseAreaHint,
        Mode::Guerrilla => Key::ModeGuerrillaHint,
        Mode::Referral => Key::ModeReferralHint,
        Mode::Seed => Key::ModeSeedHint,
    }
}

/// What a channel-plan warning says, in `lang`.
pub fn channel_warning_text(lang: Lang, plan: &ChannelPlan, w: &ChannelWarning) -> String {
    let name = |i: usize| channel_label(lang, plan, i);
    match w {
        ChannelWarning::DeadlineLate { horizon } => {
            lang.tf(Key::WarnDeadlineLate, &[("days", &horizon.to_string())])
        }
        ChannelWarning::Outside { channel, units } => lang.tf(
            Key::WarnOutside,
            &[("name", &name(*channel)), ("units", &count(lang, *units as u64, Noun::Unit))],
        ),
        ChannelWarning::BringsNobody { channel, referral } => {
            let key = if *referral { Key::WarnReferralEmpty } else { Key::WarnBringsNobody };
            lang.tf(key, &[("name", &name(*channel))])
        }
        ChannelWarning::SamePlatform { a, b } => {
            let platform = plan.channels.get(*a).map(|c| c.platform.trim()).unwrap_or_default();
            lang.tf(Key::WarnSamePlatform, &[("a", &name(*a)), ("b", &name(*b)), ("platform", platform)])
        }
    }
}

// Step 3: tiers.

/// A level's name, or "Level N".
pub fn level_label(lang: Lang, plan: &TierPlan, i: usize) -> String {
    match plan.levels.get(i).map(|l| l.name.trim()) {
        Some(name) if !name.is_empty() => name.to_owned(),
        _ => lang.tf(Key::LevelN, &[("n", &(i + 1).to_string())]),
    }
}

pub fn metric_key(m: Metric) -> Key {
    match m {
        Metric::Activity => Key::MetricActivity,
        Metric::Contribution => Key::MetricContribution,
        Metric::Spend => Key::MetricSpend,
        Metric::Usage => Key::MetricUsage,
    }
}

pub fn split_key(s: SplitBy) -> Key {
    match s {
        SplitBy::City => Key::SplitCity,
        SplitBy::Industry => Key::SplitIndustry,
        SplitBy::Interest => Key::SplitInterest,
        SplitBy::Cohort => Key::SplitCohort,
        SplitBy::Loyalty => Key::SplitLoyalty,
    }
}

pub fn leader_source_key(s: LeaderSource) -> Key {
    match s {
        LeaderSource::Staff => Key::LeadersStaff,
        LeaderSource::LoyalMembers => Key::LeadersLoyal,
        LeaderSource::Both => Key::LeadersBoth,
    }
}

/// What a check says, in `lang`.
pub fn check_text(lang: Lang, plan: &TierPlan, c: &Check) -> String {
    let name = |i: usize| level_label(lang, plan, i);
    match c {
        Check::NoLevels => lang.t(Key::CheckNoLevels).to_owned(),
        Check::SharesSum(sum) => lang.tf(Key::CheckSharesSum, &[("sum", &percent(*sum))]),
        Check::NotPyramid { upper } => lang.tf(
            Key::CheckNotPyramid,
            &[
                ("upper", &name(*upper)),
                ("lower", &name(upper + 1)),
                ("a", &percent(plan.levels[*upper].share_x10)),
                ("b", &percent(plan.levels[upper + 1].share_x10)),
                ("factor", &show_number(u64::from(plan.factor_x10), true)),
            ],
        ),
        Check::TooSmallForTiers { members } => {
            lang.tf(Key::CheckTooSmall, &[("n", &group(*members)), ("min", &group(plan.small_below))])
        }
        Check::NoWayUp { from } => {
            lang.tf(Key::CheckNoWayUp, &[("from", &name(*from)), ("to", &name(from - 1))])
        }
        Check::NoPrivileges { level } => lang.tf(Key::CheckNoPrivileges, &[("name", &name(*level))]),
        Check::SizeOverCap => lang.t(Key::CheckSizeOverCap).to_owned(),
        Check::OverQrLimit => lang.tf(Key::CheckOverQr, &[("n", &tiers::QR_JOIN_LIMIT.to_string())]),
        Check::LargestOver { largest, cap } => lang.tf(
            if *cap { Key::CheckLargestOverCap } else { Key::CheckLargestOverQr },
            &[("n", &crate::i18n::group(*largest)), ("limit", &tiers::QR_JOIN_LIMIT.to_string())],
        ),
        Check::RowSum { row, sum } => {
            lang.tf(Key::CheckRowSum, &[("name", &name(*row)), ("sum", &percent(*sum))])
        }
    }
}

// Step 4: the simulator.

/// How a chance of meeting a target reads: said in words and shown in a
/// colour, never by colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Odds {
    /// 80 % or more.
    Likely,
    /// 50 % up to 80 %.
    Uncertain,
    /// Under 50 %.
    AtRisk,
}

impl Odds {
    /// The odds of a chance `p` (0–1), as it is shown rounded to a whole
    /// percent (so "80%" is never called uncertain).
    pub fn of(p: f64) -> Odds {
        let percent = (p * 100.0).round();
        if percent >= 80.0 {
            Odds::Likely
        } else if percent >= 50.0 {
            Odds::Uncertain
        } else {
            Odds::AtRisk
        }
    }

    pub fn key(self) -> Key {
        match self {
            Odds::Likely => Key::OddsLikely,
            Odds::Uncertain => Key::OddsUncertain,
            Odds::AtRisk => Key::OddsAtRisk,
        }
    }

    /// The class that colours it (`odds--likely`, …).
    pub fn class(self) -> &'static str {
        match self {
            Odds::Likely => "odds--likely",
            Odds::Uncertain => "odds--uncertain",
            Odds::AtRisk => "odds--risk",
        }
    }
}

/// A health benchmark's name and how it is measured.
pub fn health_keys(h: Health) -> (Key, Key) {
    match h {
        Health::WeeklyActive => (Key::HealthWeekly, Key::HealthWeeklyHow),
        Health::Conversion => (Key::HealthConversion, Key::HealthConversionHow),
        Health::Referrals => (Key::HealthReferrals, Key::HealthReferralsHow),
        Health::OrganicRounds => (Key::HealthRounds, Key::HealthRoundsHow),
        Health::Disappointed => (Key::HealthDisappointed, Key::HealthDisappointedHow),
    }
}

pub fn param_keys(p: Param) -> (Key, Key) {
    match p {
        Param::Inflow => (Key::ParamInflow, Key::ParamInflowHint),
        Param::BaseActive => (Key::ParamBaseActive, Key::ParamBaseActiveHint),
        Param::ContentHalfLife => (Key::ParamHalfLife, Key::ParamHalfLifeHint),
        Param::LiftPerItem => (Key::ParamLift, Key::ParamLiftHint),
        Param::Churn => (Key::ParamChurn, Key::ParamChurnHint),
        Param::Protect => (Key::ParamProtect, Key::ParamProtectHint),
        Param::Referral => (Key::ParamReferral, Key::ParamReferralHint),
        Param::Conversion => (Key::ParamConversion, Key::ParamConversionHint),
        Param::Lifecycle => (Key::ParamLifecycle, Key::ParamLifecycleHint),
        Param::Platform => (Key::ParamPlatform, Key::ParamPlatformHint),
    }
}

pub fn intervention_key(k: InterventionKind) -> Key {
    match k {
        InterventionKind::SelfIntro => Key::IvSelfIntro,
        InterventionKind::ThemeNight => Key::IvThemeNight,
        InterventionKind::Quiz => Key::IvQuiz,
        InterventionKind::BenefitDrop => Key::IvBenefit,
        InterventionKind::Offline => Key::IvOffline,
        InterventionKind::HelperWelcome => Key::IvWelcome,
    }
}

pub fn kpi_key(k: Kpi) -> Key {
    match k {
        Kpi::Members => Key::KpiMembers,
        Kpi::PreciseMembers => Key::KpiPrecise,
        Kpi::WeeklyActive => Key::KpiWeeklyActive,
        Kpi::Speaking => Key::KpiSpeaking,
        Kpi::PaidConversion => Key::KpiConversion,
        Kpi::Revenue => Key::KpiRevenue,
        Kpi::PlatformConversion => Key::KpiPlatform,
    }
}

// Saved data and links.

pub fn recovery_text(lang: Lang, reason: &RecoveryReason) -> String {
    match reason {
        RecoveryReason::Repaired => lang.t(Key::RecoveredRepaired).to_owned(),
        RecoveryReason::Misplaced => lang.t(Key::ReasonMisplaced).to_owned(),
        RecoveryReason::Unreadable(e) => reason_text(lang, e),
    }
}

/// Why stored, linked or imported data could not be read.
pub fn reason_text(lang: Lang, e: &RestoreError) -> String {
    match e {
        RestoreError::Empty => lang.t(Key::ReasonEmpty).to_owned(),
        RestoreError::TooLarge { .. } => lang.t(Key::ReasonTooLarge).to_owned(),
        RestoreError::NotJson => lang.t(Key::ReasonNotJson).to_owned(),
        RestoreError::NewerVersion { version } => lang.tf(Key::ReasonNewer, &[("v", &version.to_string())]),
        RestoreError::NotAnObject
        | RestoreError::UnknownType
        | RestoreError::BadVersion
        | RestoreError::MissingBody
        | RestoreError::BadId => lang.t(Key::ReasonWrongShape).to_owned(),
        RestoreError::NotAPlan => lang.t(Key::LinkNotAPlan).to_owned(),
    }
}

/// What is wrong with a link, in the user's language.
pub fn link_error_text(lang: Lang, e: &LinkError) -> String {
    match e {
        LinkError::NotALink => lang.t(Key::LinkNotALink).to_owned(),
        LinkError::TooLong { chars } => lang.tf(Key::LinkTooLong, &[("n", &group(*chars as u64))]),
        LinkError::NewerFormat { tag } => lang.tf(Key::LinkNewer, &[("tag", tag)]),
        LinkError::Damaged | LinkError::BadChecksum => lang.t(Key::LinkDamaged).to_owned(),
        LinkError::NotAPlan => lang.t(Key::LinkNotAPlan).to_owned(),
        LinkError::Restore(e) => lang.tf(Key::LinkRestore, &[("reason", &reason_text(lang, e))]),
    }
}

pub fn objective_key(o: crate::domain::channels::Objective) -> Key {
    match o {
        crate::domain::channels::Objective::LeastMoney => Key::ObjectiveLeastMoney,
        crate::domain::channels::Objective::MostMembers => Key::ObjectiveMostMembers,
    }
}

/// A step's name with its circled number, as the step bar and the
/// comparisons show it: "② 招募渠道".
pub fn numbered_step(lang: Lang, step: Step) -> String {
    let n = Step::ALL.iter().position(|s| *s == step).unwrap_or(0);
    format!("{} {}", ['①', '②', '③', '④'][n.min(3)], lang.t(step_keys(step).0))
}

/// Each difference between a local plan and a link's, as one line:
/// "② 招募渠道：渠道 3 → 4 · 目标 500 → 600" (yours → the link's).
pub fn differences_text(lang: Lang, diffs: &[crate::domain::plan::StepDiff]) -> Vec<String> {
    diffs
        .iter()
        .map(|d| {
            let Some(step) = d.step else { return lang.t(Key::DiffName).to_owned() };
            let title = numbered_step(lang, step);
            let figures = if d.figures.is_empty() {
                lang.t(Key::DiffTextOnly).to_owned()
            } else {
                d.figures
                    .iter()
                    .map(|f| format!("{} {} → {}", lang.t(f.what), f.mine, f.link))
                    .collect::<Vec<_>>()
                    .join(" · ")
            };
            format!("{title}{}{figures}", lang.colon())
        })
        .collect()
}

/// The name a plan saved from a link gets when it must be told apart from
/// a local plan: "方案（来自链接 12-04）" / "Plan (from link, Dec 4)", the
/// date being the link's last edit.
pub fn from_link_name(lang: Lang, name: &str, date: NaiveDate) -> String {
    use chrono::Datelike;
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let date = match lang {
        Lang::Zh => format!("{:02}-{:02}", date.month(), date.day()),
        Lang::En => format!("{} {}", MONTHS[date.month0() as usize % 12], date.day()),
    };
    lang.tf(Key::FromLinkName, &[("name", name), ("date", &date)])
}
