//! Step 4, the KPI simulator (KPI 模拟): a daily model of members, activity,
//! churn, referrals and paid conversion, run many times with parameters
//! drawn between the user's low and high guesses (seeded, so the same plan
//! and seed give the same bands everywhere).
//!
//! Each run is a compartment model: members are lurkers or active speakers
//! (spoke in the past week); a running count of who has ever spoken; churn
//! and paid conversion are daily rates. Activity relaxes towards a target
//! share: an organic base (halving every `content half-life` days when the
//! content rhythm is under the floor), a lift per weekly content item, the
//! boosts of scheduled interventions, and a slow life-cycle decay.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::channels::MAX_PEOPLE;
use super::diagnose::ACTIVITY_FLOOR_PER_WEEK;

pub use super::channels::{DEFAULT_HORIZON, MAX_HORIZON, MIN_HORIZON};
// The inner loops (their own crate, optimised for speed).
pub use qunce_sim::{quantiles, Band, Day, Draw, Kpi};
use qunce_sim::{Goal, Inputs};
pub const DEFAULT_RUNS: u32 = 1000;
pub const MAX_RUNS: u32 = 5000;
pub const MAX_INTERVENTIONS: usize = 30;
pub const MAX_TARGETS: usize = 10;
/// Saved scenarios compared beside the current assumptions.
pub const MAX_SCENARIOS: usize = 4;
/// Runs per scenario in the comparison.
pub const SCENARIO_RUNS: usize = 300;

mod context;
mod health;
mod levels;
mod runs;
mod settings;

pub use context::{context, context_of, plan_target, Context, TYPED_PRECISION};
pub use health::{health, Health};
pub use levels::by_level;
pub use runs::{
    all_targets, boosts, draw_from, horizon_days, likely_draw, likely_path, run, sensitivity, simulate,
    simulate_runs, Outcome, Rng, Swing,
};
pub(crate) use runs::{draws as runs_draws, goals, inputs_from};
pub use settings::{
    run_days, Intervention, InterventionKind, KpiTarget, Param, Params, Range, Scenario, SimPlan,
    INLINE_RUN_DAYS,
};
