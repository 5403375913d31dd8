//! The pure core of Qunce: plans and everything computed from them.
//!
//! Only std, serde and chrono live here — no yew, web-sys, gloo or
//! wasm-bindgen (the test command greps for them). Time and randomness are
//! always inputs, so every function is deterministic and tested natively.

pub mod actuals;
pub mod canvas;
pub mod channels;
pub mod diagnose;
pub mod forecast;
pub mod plan;
pub mod simulate;
pub mod story;
pub mod tiers;

pub use plan::{Actuals, Channels, Plan, PlanId, Positioning, Simulation, Step, Tiers, MAX_NAME_CHARS};
