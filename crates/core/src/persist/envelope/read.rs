//! Reading the plan's sections from parsed JSON, without serde's derived
//! `Deserialize` (issue 19).
//!
//! The derived impls are a visitor per type, with a field matcher, a
//! sequence form nobody writes and, for the `flatten`ed `extra` maps, a
//! buffer of every value; in the shared-link viewer they and
//! `serde_json::from_value` were some 150 KB of the wasm before
//! optimisation. These readers do the same job in a few small functions.
//! Writing is unchanged: the types still derive `Serialize`, and a round
//! trip through both is tested for every section (tests/core/read.rs).
//!
//! They read as the derived impls did:
//! - a struct with `#[serde(default)]` starts from its `Default`, and each
//!   field that is present replaces the default's; unknown keys are
//!   ignored, or kept in `extra` where the type has one (`flatten`);
//! - a field that is present but of the wrong shape fails the whole value
//!   (the caller resets the section and reports it);
//! - `null` is `None` for an `Option` and wrong for anything else;
//! - numbers must be whole and fit the field's type;
//! - unit enums are their variant's name in snake_case (`rename_all`), and
//!   the tagged enums carry their tag (`every`, `kind`) beside the fields;
//! - dates are `YYYY-MM-DD` strings.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::domain::actuals::{Actuals, Series};
use crate::domain::canvas::{
    parse_ymd, BenefitTiming, Cadence, CommunityKind, LifeKind, Lifecycle, Positioning, ProfitItem,
    ProfitSource, RhythmItem, Segment, Stage, Threshold,
};
use crate::domain::channels::{
    Channel, ChannelPlan, Mode, Objective, Referral, RewardTier, Schedule, Scope, Target, ThresholdEffect,
};
use crate::domain::simulate::{
    Intervention, InterventionKind, Kpi, KpiTarget, Params, Range, Scenario, SimPlan,
};
use crate::domain::tiers::{Groups, LeaderSource, Level, Metric, Rule, SplitBy, Style, TierPlan};

/// A value read from parsed JSON; `None` when it has the wrong shape.
pub trait FromJson: Sized {
    fn from_json(v: Value) -> Option<Self>;
}

/// An object's fields, taken one at a time; what is left over is the
/// type's `extra`. A list, not the parsed map: taking a key out of a
/// `BTreeMap` brings its rebalancing code into the viewer.
pub(crate) struct Fields(Vec<(String, Value)>);

impl Fields {
    pub(crate) fn of(v: Value) -> Option<Fields> {
        match v {
            Value::Object(map) => Some(Fields::from_map(map)),
            _ => None,
        }
    }

    pub(crate) fn from_map(map: Map<String, Value>) -> Fields {
        Fields(map.into_iter().collect())
    }

    /// Takes the field out, if present.
    pub(crate) fn take(&mut self, key: &str) -> Option<Value> {
        let i = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.swap_remove(i).1)
    }

    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The field, or `default` when it is missing; `None` if it is present
    /// and unreadable.
    fn or<T: FromJson>(&mut self, key: &str, default: T) -> Option<T> {
        match self.take(key) {
            Some(v) => T::from_json(v),
            None => Some(default),
        }
    }

    /// A field that must be present.
    fn need<T: FromJson>(&mut self, key: &str) -> Option<T> {
        T::from_json(self.take(key)?)
    }

    /// Inserted one by one: `collect()` would sort them again and bring its
    /// own sort into the viewer.
    pub(crate) fn rest(self) -> BTreeMap<String, Value> {
        let mut out = BTreeMap::new();
        for (k, v) in self.0 {
            out.insert(k, v);
        }
        out
    }
}

/// Reads a struct with `#[serde(default)]`: each listed field that is
/// present replaces the `Default`'s; `extra` takes the keys left over. The
/// struct is built by a literal without `..`, so a field added to the type
/// and not to the list does not compile (it would be lost on every load).
macro_rules! defaulted {
    ($ty:ident { $($field:ident),* $(,)? } $(extra $extra:ident)?) => {
        impl FromJson for $ty {
            fn from_json(v: Value) -> Option<Self> {
                Self::from_fields(Fields::of(v)?)
            }
        }

        impl $ty {
            #[allow(unused_mut)]
            pub(crate) fn from_fields(mut f: Fields) -> Option<Self> {
                let d = $ty::default();
                Some($ty { $($field: f.or(stringify!($field), d.$field)?,)* $($extra: f.rest(),)? })
            }
        }
    };
}

/// Reads a unit enum written as its variant's name in snake_case. The
/// names come from the variants' identifiers, as serde's come (not from
/// `Debug`, which the viewer builds empty); the `match` makes a variant
/// left out of the list a compile error.
macro_rules! named {
    ($($ty:ident { $($variant:ident),* $(,)? })*) => {
        $(impl FromJson for $ty {
            fn from_json(v: Value) -> Option<Self> {
                let name = v.as_str()?;
                let all = [$(($ty::$variant, stringify!($variant))),*];
                let _every_variant_listed = |x: $ty| match x { $($ty::$variant)|* => () };
                all.into_iter().find(|(_, n)| snake_case(n) == name).map(|(v, _)| v)
            }
        })*
    };
}

/// serde's `rename_all = "snake_case"` of a variant's name.
pub fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

impl FromJson for String {
    fn from_json(v: Value) -> Option<Self> {
        match v {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

impl FromJson for bool {
    fn from_json(v: Value) -> Option<Self> {
        v.as_bool()
    }
}

/// A whole, non-negative number that fits `u64` (as serde's integer
/// visitors read it: `1.0` and `-1` are refused).
fn whole(v: &Value) -> Option<u64> {
    let n = v.as_number()?;
    n.as_u64().or_else(|| n.as_i64().and_then(|i| u64::try_from(i).ok()))
}

macro_rules! unsigned {
    ($($ty:ty),*) => {
        $(impl FromJson for $ty {
            fn from_json(v: Value) -> Option<Self> {
                <$ty>::try_from(whole(&v)?).ok()
            }
        })*
    };
}
unsigned!(u8, u16, u32, u64);

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: Value) -> Option<Self> {
        match v {
            Value::Null => Some(None),
            v => T::from_json(v).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: Value) -> Option<Self> {
        let Value::Array(items) = v else { return None };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            out.push(T::from_json(item)?);
        }
        Some(out)
    }
}

impl FromJson for NaiveDate {
    fn from_json(v: Value) -> Option<Self> {
        parse_ymd(v.as_str()?)
    }
}

impl FromJson for BTreeMap<Series, Vec<Option<u64>>> {
    fn from_json(v: Value) -> Option<Self> {
        let Value::Object(map) = v else { return None };
        let mut out = BTreeMap::new();
        for (k, v) in map {
            out.insert(Series::from_json(Value::String(k))?, Vec::from_json(v)?);
        }
        Some(out)
    }
}

named! {
    CommunityKind { Learning, Interest, ProductUsers, PaidMembership, Local, JobSeeking, BrandFans, Other }
    BenefitTiming { Before, After }
    ProfitSource { EntryFee, InGroupSales, PaidKnowledge, OfflineEvents, Sponsorship, Ads, Naming }
    LifeKind { Campaign, Retained }
    Stage { Launch, Growth, Mature, Decline }
    Mode { BaseArea, Guerrilla, Referral, Seed }
    Objective { LeastMoney, MostMembers }
    Series { Members, Joined, Left, Active, Speaking, Messages, Paid, Revenue }
    Style { Pyramid, RoleLabels }
    Metric { Activity, Contribution, Spend, Usage }
    SplitBy { City, Industry, Interest, Cohort, Loyalty }
    LeaderSource { Staff, LoyalMembers, Both }
    InterventionKind { SelfIntro, ThemeNight, Quiz, BenefitDrop, Offline, HelperWelcome }
    Kpi { Members, PreciseMembers, WeeklyActive, Speaking, PaidConversion, Revenue, PlatformConversion }
}

// The positioning canvas.
defaulted!(Segment { label, tags, needs });
defaulted!(Threshold { join, get, need, timing });
defaulted!(RhythmItem { title, cadence });
defaulted!(ProfitItem { source, note, amount });
defaulted!(Lifecycle { kind, stage, review });
defaulted!(Positioning {
    name, promise, kind, tone, segments, value_tangible, value_intangible, goal, leader, persona, hierarchy,
    threshold, rhythm, rules_encouraged, rules_forbidden, rules_outlets, profit, lifecycle,
} extra extra);

impl FromJson for Cadence {
    fn from_json(v: Value) -> Option<Self> {
        let mut f = Fields::of(v)?;
        Some(match f.need::<String>("every")?.as_str() {
            "daily" => Cadence::Daily { minute: f.need("minute")? },
            "weekly" => Cadence::Weekly { weekday: f.need("weekday")?, minute: f.need("minute")? },
            "monthly" => Cadence::Monthly { day: f.need("day")? },
            _ => return None,
        })
    }
}

// The recruitment channels.
defaulted!(RewardTier { invites, reward, cost, cap });
defaulted!(Referral { share_x10, invites_x10, join_x10, days, tiers, scope });
defaulted!(Channel {
    name, mode, platform, cost, hours_x10, schedule, reach, join_x10, precision_x10, half_life_x10, ramp_x10,
    fatigue_x10, referral,
} extra extra);
defaulted!(Target { members, precise, deadline, budget, hours });
defaulted!(ThresholdEffect { join_x10, precision_x10, retention_x10 });
defaulted!(ChannelPlan { start, horizon_days, target, threshold, channels, objective } extra extra);

impl FromJson for Schedule {
    fn from_json(v: Value) -> Option<Self> {
        let mut f = Fields::of(v)?;
        Some(match f.need::<String>("kind")?.as_str() {
            "dates" => Schedule::Dates { dates: f.need("dates")? },
            "weekly" => {
                Schedule::Weekly { per_week: f.need("per_week")?, from: f.need("from")?, to: f.need("to")? }
            }
            _ => return None,
        })
    }
}

impl FromJson for Scope {
    fn from_json(v: Value) -> Option<Self> {
        let mut f = Fields::of(v)?;
        Some(match f.need::<String>("kind")?.as_str() {
            "all" => Scope::All,
            "group" => Scope::Group { members: f.need("members")? },
            "channel" => Scope::Channel { index: f.need("index")? },
            "tier" => Scope::Tier { share_x10: f.need("share_x10")? },
            _ => return None,
        })
    }
}

// The tiers.
defaulted!(Rule { metric, threshold, period_days });
defaulted!(Level { name, labels, share_x10, entry, hold, privileges, duties, own_group } extra extra);
defaulted!(Groups {
    split_by, size, cap, members, admin_over, word_of_mouth, spread_pct, leader_source, incentives,
    announcements, post_minutes, spacing_seconds, hq_minutes, confirm_minutes_x10, checks, check_minutes,
} extra extra);
defaulted!(TierPlan { style, levels, factor_x10, small_below, groups, promotion, period_days, size_day } extra extra);

// The KPI simulator.
impl FromJson for Range {
    fn from_json(v: Value) -> Option<Self> {
        let mut f = Fields::of(v)?;
        Some(Range { low: f.need("low")?, likely: f.need("likely")?, high: f.need("high")? })
    }
}
defaulted!(Params {
    inflow,
    base_active,
    content_half_life,
    lift_per_item,
    churn,
    protect,
    referral,
    conversion,
    lifecycle,
    platform,
});
defaulted!(Intervention { kind, day, effect_x10, days });
defaulted!(KpiTarget { kpi, value, day });
defaulted!(Scenario { name, params, interventions });
defaulted!(SimPlan {
    horizon_days, seed, runs, typed_inflow, price, refund_x10, target_note, params, interventions, targets,
    scenarios,
} extra extra);

// Plan vs actual.
defaulted!(Actuals { from, series, derived_left });
