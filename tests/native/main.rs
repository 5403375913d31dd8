//! Native tests: domain, persistence, state, routes, i18n and components
//! rendered with Yew SSR. One binary, because each test binary links Yew.

mod app_state;
mod canvas;
mod channels;
mod domain_plan;
mod history;
mod i18n;
mod link;
mod persist_library;
mod persist_restore;
mod render;
mod routes;
mod share;
mod simulate;
mod tiers;
