//! Application state, actions and routes. Reducers are pure: saving and URL
//! changes happen in effects (see `components::app`) and `services`.

pub mod route;
pub mod state;

pub use route::{PlanView, Route};
pub use state::{Action, AppContext, AppState, Notice, SaveStatus};
