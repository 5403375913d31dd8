//! Native tests of the Yew app: state and reducer, routes, number fields,
//! and components rendered with Yew SSR. One binary, because each test
//! binary links Yew; the core's tests are in crates/core/tests.

mod app_state;
mod history;
mod number;
mod render;
mod routes;
mod share;

use qunce_core::domain::{Plan, PlanId};
use qunce_core::examples::Example;
use qunce_core::i18n::Lang;

/// An example plan with a fixed id, time and start date.
pub fn example_plan(ex: Example, lang: Lang) -> Plan {
    let start = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    ex.plan(PlanId::parse("mi4k2x0a7b3c9d1e").unwrap(), lang, 1_796_225_600_000, start)
}

/// Property-test cases: `QUNCE_CASES` or `default`.
pub fn cases(default: u32) -> u32 {
    std::env::var("QUNCE_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}
