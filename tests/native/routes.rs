use qunce::app::{PlanView, Route};
use qunce_core::domain::{PlanId, Step};

fn plan(id: &str, view: PlanView) -> Route {
    Route::Plan { id: PlanId::parse(id).unwrap(), view }
}

#[test]
fn parses_every_route() {
    assert_eq!(Route::parse(""), Route::Library);
    assert_eq!(Route::parse("#"), Route::Library);
    assert_eq!(Route::parse("#/"), Route::Library);
    assert_eq!(Route::parse("#/plans/abc"), plan("abc", PlanView::Overview));
    assert_eq!(Route::parse("#/plans/abc/"), plan("abc", PlanView::Overview));
    assert_eq!(Route::parse("#/plans/abc/canvas"), plan("abc", PlanView::Step(Step::Positioning)));
    assert_eq!(Route::parse("#/plans/abc/channels"), plan("abc", PlanView::Step(Step::Channels)));
    assert_eq!(Route::parse("#/plans/abc/tiers"), plan("abc", PlanView::Step(Step::Tiers)));
    assert_eq!(Route::parse("#/plans/abc/kpi"), plan("abc", PlanView::Step(Step::Simulation)));
}

#[test]
fn round_trips_through_the_hash() {
    let routes = [
        Route::Library,
        plan("x1", PlanView::Overview),
        plan("x1", PlanView::Step(Step::Positioning)),
        plan("x1", PlanView::Step(Step::Channels)),
        plan("x1", PlanView::Step(Step::Tiers)),
        plan("x1", PlanView::Step(Step::Simulation)),
    ];
    for r in routes {
        assert_eq!(Route::parse(&r.to_hash()), r);
    }
}

#[test]
fn ignores_what_chat_apps_append() {
    assert_eq!(Route::parse("#/plans/abc/tiers&from=timeline"), plan("abc", PlanView::Step(Step::Tiers)));
    assert_eq!(Route::parse("#/plans/abc?isappinstalled=0"), plan("abc", PlanView::Overview));
    assert_eq!(Route::parse("#/&from=singlemessage"), Route::Library);
}

#[test]
fn unknown_or_malformed_routes_are_not_found() {
    for h in [
        "#/nope",
        "#/plans",
        "#/plans/a b",
        "#/plans/abc/unknown",
        "#/plans/abc/canvas/extra",
        "#/plans/<script>",
    ] {
        assert_eq!(Route::parse(h), Route::NotFound, "{h}");
    }
}
