//! Hash routes, so any static host serves every page from one index.html.
//!
//! ```text
//! #/                         plan library
//! #/plans/<id>               plan overview
//! #/plans/<id>/canvas        step 1   (…/channels, …/tiers, …/kpi)
//! #/plans/<id>/actual        plan vs actual: real figures beside the plan
//! #/plans/<id>/share         share link, QR code and exports
//! #/s/<code>                 a shared plan, read-only (persist::link)
//! #/compare                  workshop board: many shared plans side by side
//! ```
//! Chat apps append things like `&from=timeline` or `?isappinstalled=0`;
//! everything after the first `&` or `?` is ignored. A page opened with no
//! fragment but `?s=<code>` (the query form of a share link) opens that
//! shared plan ([`hash_of`]). Which addresses are shared plans is the
//! core's `shared_code`, which the shared-link viewer reads too.

use qunce_core::domain::{PlanId, Step};
use qunce_core::persist::link::{route_path, shared_code};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanView {
    Overview,
    Step(Step),
    /// The community's real figures beside the plan (plan vs actual).
    Actuals,
    /// Share link, QR code, exports and the printable summary.
    Share,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Library,
    Plan {
        id: PlanId,
        view: PlanView,
    },
    /// A plan carried in the link itself (the part after `#/s/`).
    Shared {
        code: String,
    },
    /// The workshop comparison board.
    Compare,
    NotFound,
}

/// The fragment to open for a page address (the core's `page_hash`: its
/// own, or the shared plan's of a `?s=` query).
pub use qunce_core::persist::link::page_hash as hash_of;

impl Route {
    pub fn parse(hash: &str) -> Route {
        // Shared plans are recognised as the shared-link viewer does.
        if let Some(code) = shared_code(hash, "") {
            return Route::Shared { code };
        }
        // Chat apps may percent-encode the slashes and dots of a link.
        let path = route_path(hash);
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (None, ..) => Route::Library,
            (Some("compare"), None, ..) => Route::Compare,
            (Some("plans"), Some(id), view, None) => {
                let Some(id) = PlanId::parse(id) else {
                    return Route::NotFound;
                };
                let view = match view {
                    None => PlanView::Overview,
                    Some("share") => PlanView::Share,
                    Some("actual") => PlanView::Actuals,
                    Some(slug) => match step_from_slug(slug) {
                        Some(step) => PlanView::Step(step),
                        None => return Route::NotFound,
                    },
                };
                Route::Plan { id, view }
            }
            _ => Route::NotFound,
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Library | Route::NotFound => "#/".to_owned(),
            Route::Plan { id, view: PlanView::Overview } => format!("#/plans/{id}"),
            Route::Plan { id, view: PlanView::Step(step) } => format!("#/plans/{id}/{}", step_slug(*step)),
            Route::Plan { id, view: PlanView::Share } => format!("#/plans/{id}/share"),
            Route::Plan { id, view: PlanView::Actuals } => format!("#/plans/{id}/actual"),
            Route::Shared { code } => format!("#/s/{code}"),
            Route::Compare => "#/compare".to_owned(),
        }
    }

    pub fn plan(id: &PlanId) -> Route {
        Route::Plan { id: id.clone(), view: PlanView::Overview }
    }

    pub fn plan_id(&self) -> Option<&PlanId> {
        match self {
            Route::Plan { id, .. } => Some(id),
            _ => None,
        }
    }
}

pub fn step_slug(step: Step) -> &'static str {
    match step {
        Step::Positioning => "canvas",
        Step::Channels => "channels",
        Step::Tiers => "tiers",
        Step::Simulation => "kpi",
    }
}

fn step_from_slug(slug: &str) -> Option<Step> {
    Step::ALL.into_iter().find(|s| step_slug(*s) == slug)
}
