//! The core's tests: domain, saved data and `restore()`, versions, links,
//! summaries and exports, strings. One binary, linked without Yew, so it
//! builds and runs quickly on two cores.

mod actuals;
mod board;
mod canvas;
mod cases;
mod channels;
mod domain_plan;
mod history;
mod i18n;
mod link;
mod mangled;
mod persist_library;
mod persist_restore;
mod read;
mod share;
mod simulate;
mod story;
mod tiers;
mod viewer;

use qunce_core::domain::PlanId;

pub fn id(s: &str) -> PlanId {
    PlanId::parse(s).unwrap()
}
