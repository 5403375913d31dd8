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

#[test]
fn the_query_form_of_a_link_opens_the_shared_plan_when_there_is_no_fragment() {
    use qunce::app::route::hash_of;
    let code = "z1.1.abc.0000abcd";
    assert_eq!(hash_of("", &format!("?s={code}&from=singlemessage")), format!("#/s/{code}"));
    assert_eq!(hash_of("#", &format!("?s={}", code.replace('.', "%2E"))), format!("#/s/{code}"));
    assert_eq!(Route::parse(&hash_of("", &format!("?s={code}"))), Route::Shared { code: code.into() });
    // A fragment of its own wins; a query without a code changes nothing.
    assert_eq!(hash_of("#/plans/a", &format!("?s={code}")), "#/plans/a");
    assert_eq!(hash_of("", "?nsukey=abc&isappinstalled=0"), "");
    // Percent-encoded slashes and dots in the fragment itself.
    assert_eq!(Route::parse("#%2Fs%2Fz1%2E1%2Eabc%2E0000abcd"), Route::Shared { code: code.into() });
}
