//! Sharing in the app: "save a copy" from a link, the share pages and the
//! workshop board rendered natively, shared routes. The summary, exports,
//! QR codes and link finder are tested in the core.

use std::rc::Rc;

use futures::executor::block_on;
use proptest::prelude::*;
use qunce::app::reduce_all;
use qunce::app::{Action, AppState, PlanView, Route};
use qunce::components::app::{App, AppProps};
use qunce_core::domain::Plan;
use qunce_core::examples::Example;
use qunce_core::i18n::{Key, Lang};
use qunce_core::persist::link::{decode_link, encode_link, find_codes};
use qunce_core::qr::qr;
use qunce_core::summary::{summarize, summarize_pending};
use yew::LocalServerRenderer;

use crate::app_state::{fresh, id};
use crate::example_plan;

const BASE: &str = "https://someone.github.io/qunce/";

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

fn render(state: AppState) -> String {
    block_on(
        LocalServerRenderer::<App>::with_props(AppProps { initial: Rc::new(state) })
            .hydratable(false)
            .render(),
    )
}

fn shared_route(plan: &Plan) -> Route {
    Route::parse(&encode_link(plan))
}

#[test]
fn saving_a_shared_plan_never_overwrites_a_local_one() {
    let mut plan = example_plan(Example::HomeService, Lang::En);
    plan.id = id("shared1");
    // Not held locally: saved under its own id, opened, undoable.
    let s = reduce_all(fresh(Lang::En), [Action::Navigate(shared_route(&plan))]);
    assert!(matches!(s.route, Route::Shared { .. }));
    assert_eq!(s.prefs().last_route.as_deref(), Some("#/"), "a shared link is not reopened as the last page");
    assert_eq!(s.prefs_pending, None, "opening a link writes nothing, not even preferences");
    let saved = reduce_all(
        s.clone(),
        [Action::SaveShared { plan: Box::new(plan.clone()), new_id: id("n1"), as_new: false, now_ms: 5 }],
    );
    assert_eq!(saved.route, Route::plan(&id("shared1")));
    assert_eq!(saved.plan(&id("shared1")).unwrap().positioning, plan.positioning);
    assert!(saved.pending.contains_key(&id("shared1")));
    assert!(reduce_all(saved.clone(), [Action::Undo]).plan(&id("shared1")).is_none());

    // Held locally with edits: the local plan stays as it is; the copy gets a new id.
    let mut local = plan.clone();
    local.name = "My own edits".into();
    let mut s = fresh(Lang::En);
    s.plans.push(local.clone());
    for as_new in [false, true] {
        let next = reduce_all(
            s.clone(),
            [Action::SaveShared { plan: Box::new(plan.clone()), new_id: id("n2"), as_new, now_ms: 9 }],
        );
        assert_eq!(next.plan(&id("shared1")), Some(&local), "local plan untouched");
        assert_eq!(next.plan(&id("n2")).unwrap().positioning, plan.positioning);
        assert_eq!(next.route, Route::plan(&id("n2")));
    }
    // A new id that happens to be taken changes nothing.
    let same = reduce_all(
        s.clone(),
        [Action::SaveShared { plan: Box::new(plan), new_id: id("shared1"), as_new: true, now_ms: 9 }],
    );
    assert_eq!(same.plans, s.plans);
}

#[test]
fn a_plan_saved_from_a_link_keeps_its_times_and_is_named_apart_from_a_local_one() {
    let mut plan = example_plan(Example::PaidCircle, Lang::Zh);
    plan.id = id("linked");
    plan.created_ms = 1_764_000_000_000;
    plan.updated_ms = 1_764_806_400_000; // 2025-12-04 00:00 UTC
    let mut local = plan.clone();
    local.positioning.goal.push_str("（我的改动）");
    local.updated_ms = plan.updated_ms + 3_600_000;
    let mut s = fresh(Lang::Zh);
    s.plans.push(local.clone());
    // "Save as new": the copy says where it came from and keeps the link's times.
    let next = reduce_all(
        s.clone(),
        [Action::SaveShared {
            plan: Box::new(plan.clone()),
            new_id: id("copy"),
            as_new: true,
            now_ms: 1_800_000_000_000,
        }],
    );
    let copy = next.plan(&id("copy")).unwrap();
    assert_eq!(copy.name, format!("{}（来自链接 12-04）", plan.name));
    assert_eq!(
        (copy.created_ms, copy.updated_ms),
        (plan.created_ms, plan.updated_ms),
        "the link's own times"
    );
    // A participant's plan under another id but with a local plan's name.
    let mut other = plan.clone();
    other.id = id("someone");
    let next = reduce_all(
        s.clone(),
        [Action::SaveShared {
            plan: Box::new(other),
            new_id: id("x"),
            as_new: false,
            now_ms: 1_800_000_000_000,
        }],
    );
    assert!(next.plan(&id("someone")).unwrap().name.ends_with("（来自链接 12-04）"));

    // "Replace mine": the content becomes the link's, the local state is kept
    // as a version first, the plan opens, and it is one undo step.
    let replaced = reduce_all(
        s.clone(),
        [Action::ReplaceWithShared { plan: Box::new(plan.clone()), now_ms: 1_800_000_000_000 }],
    );
    let mine = replaced.plan(&id("linked")).unwrap();
    assert!(mine.same_content(&plan));
    assert_eq!(replaced.keep_versions.get(&id("linked")), Some(&local), "the local version is kept");
    assert_eq!(replaced.route, Route::plan(&id("linked")));
    assert_eq!(reduce_all(replaced, [Action::Undo]).plan(&id("linked")), Some(&local));

    // The page says how the link stands, what differs, and saves nothing.
    let html = render(reduce_all(s.clone(), [Action::Navigate(shared_route(&plan))]));
    assert!(html.contains(r#"data-age="older""#), "{html}");
    assert!(html.contains("① 定位画布：文字有改动"), "{html}");
    assert!(html.contains(r#"data-testid="replace-mine""#));
    assert!(
        !html.contains(Lang::Zh.t(Key::SharedIntro)),
        "never both \"not saved yet\" and \"already yours\""
    );
    assert!(html.contains(Lang::Zh.t(Key::SaveReadOnly)) && !html.contains(Lang::Zh.t(Key::SaveSaved)));
}

#[test]
fn the_shared_page_renders_read_only_with_save_or_open_in_both_languages() {
    let mut plan = example_plan(Example::JobSprint, Lang::Zh);
    plan.name = "<b>求职</b>".into();
    for lang in [Lang::Zh, Lang::En] {
        let s = reduce_all(fresh(lang), [Action::Navigate(shared_route(&plan))]);
        let html = render(s.clone());
        assert!(html.contains(r#"data-testid="shared-page""#), "{html}");
        assert!(html.contains(lang.t(Key::SharedTitle)));
        assert!(html.contains(lang.t(Key::SaveCopy)));
        assert!(html.contains("&lt;b&gt;求职&lt;/b&gt;"), "escaped name");
        assert!(!html.contains("<input") && !html.contains("<textarea"), "nothing editable");
        let mut held = s.clone();
        held.plans.push(plan.clone());
        let html = render(held);
        assert!(html.contains(r#"data-testid="open-mine""#));
        assert!(html.contains(r#"data-testid="save-new-copy""#));
    }
}

#[test]
fn a_big_shared_forecast_is_drawn_after_the_rest_of_the_plan() {
    // On a plan's own share page 2,000 × 180 run-days are computed while the
    // page is drawn; 5,000 × 730 just after it, so the first render (all SSR
    // does) says "computing". A shared link's page always draws the
    // simulator's figures just after (the viewer has painted the plan
    // already; the editor must not block the page for one long task).
    for (runs, horizon, inline) in [(2_000, 180, true), (5_000, 730, false)] {
        let mut plan = example_plan(Example::JobSprint, Lang::En);
        plan.simulation.runs = runs;
        plan.simulation.horizon_days = horizon;
        assert!(plan.simulation.has_content());
        for (lang, own) in [(Lang::Zh, false), (Lang::En, false), (Lang::Zh, true), (Lang::En, true)] {
            let pending = !(own && inline);
            let state = if own {
                let mut s = fresh(lang);
                s.plans.push(plan.clone());
                reduce_all(s, [Action::Navigate(Route::Plan { id: plan.id.clone(), view: PlanView::Share })])
            } else {
                reduce_all(fresh(lang), [Action::Navigate(shared_route(&plan))])
            };
            let html = render(state);
            let computing =
                lang.tf(Key::SummarySimPending, &[("runs", &qunce_core::i18n::group(u64::from(runs)))]);
            assert_eq!(
                html.contains(&computing),
                pending,
                "{runs} × {horizon}, {lang:?}, own share page {own}"
            );
            assert!(html.contains(lang.t(Key::SummarySimEnd)));
            if !own {
                assert!(html.contains(lang.t(Key::SaveCopy)), "the page itself is there at once");
            }
            let ranged = html.contains(&lang.t(Key::KpiWeeklyActive).replace('&', "&amp;"));
            assert_eq!(ranged, !pending, "figures only once computed");
        }
        // The pending summary is the full one with the simulator's figures
        // left out: the canvas and the tiers as they are, members present "computing".
        let (full, early) =
            (summarize(&plan, Lang::En, today(), 50), summarize_pending(&plan, Lang::En, today()));
        assert_eq!(full.sections[0], early.sections[0]);
        assert_eq!(full.sections[2], early.sections[2]);
        let pending =
            early.sections[1].rows.iter().find(|r| r.label == Lang::En.t(Key::PresentByDeadline)).unwrap();
        assert_eq!(pending.value, Lang::En.t(Key::Computing));
        assert_eq!(full.title, early.title);
        assert_eq!(early.figures.sim_members, None);
        assert!(full.figures.sim_members.is_some());
    }
}

#[test]
fn a_bad_share_link_renders_a_clear_message_and_no_plan() {
    let good = encode_link(&example_plan(Example::School, Lang::En));
    let cut = &good[..good.len() - 20];
    for (link, key) in
        [(cut.to_owned(), Key::LinkDamaged), ("#/s/z9.1.abc.00000000".to_owned(), Key::SharedErrorTitle)]
    {
        for lang in [Lang::Zh, Lang::En] {
            let html = render(reduce_all(fresh(lang), [Action::Navigate(Route::parse(&link))]));
            assert!(html.contains(r#"data-testid="shared-error""#), "{html}");
            assert!(html.contains(lang.t(Key::SharedNothingChanged)));
            if key == Key::LinkDamaged {
                assert!(html.contains(lang.t(key)));
            }
            assert!(
                html.contains(&lang.tf(Key::LinkNewer, &[("tag", "z9")])) || key != Key::SharedErrorTitle
            );
        }
    }
}

#[test]
fn the_share_page_shows_link_length_qr_and_exports() {
    for lang in [Lang::Zh, Lang::En] {
        let mut s = fresh(lang);
        s.base_url = BASE.into();
        let mut plan = example_plan(Example::PaidCircle, lang);
        plan.id = id("p1");
        s.plans.push(plan.clone());
        let s = reduce_all(s, [Action::Navigate(Route::Plan { id: id("p1"), view: PlanView::Share })]);
        let html = render(s);
        let link = format!("{BASE}{}", encode_link(&plan));
        assert!(html.contains(&link), "full link shown");
        assert!(html.contains(
            &lang.tf(Key::ShareLength, &[("n", &qunce_core::i18n::group(link.chars().count() as u64))])
        ));
        assert!(html.contains(lang.t(Key::ShareLengthOk)));
        let v = qr(&link).unwrap().version.to_string();
        assert!(html.contains(&format!(r#"data-version="{v}""#)), "QR version {v}");
        for key in
            [Key::DownloadMarkdown, Key::PrintSummary, Key::WechatTitle, Key::SummaryTitle, Key::StepShare]
        {
            assert!(html.contains(lang.t(key)), "{key:?}");
        }
    }
}

#[test]
fn the_board_renders_plans_side_by_side_and_lists_bad_links() {
    // The board's text lives in the component; render its empty state and
    // check the route and the header link.
    for lang in [Lang::Zh, Lang::En] {
        let html = render(reduce_all(fresh(lang), [Action::Navigate(Route::Compare)]));
        assert!(html.contains(r#"data-testid="board""#));
        assert!(html.contains(lang.t(Key::CompareNone)));
        assert!(html.contains(r##"href="#/compare""##));
    }
}

#[test]
fn a_foreign_code_after_s_is_shown_as_not_a_qunce_link() {
    let route = Route::parse("#/s/pako:xyz");
    assert_eq!(route, Route::Shared { code: "pako:xyz".into() });
    assert_eq!(decode_link("#/s/pako:xyz"), Err(qunce_core::persist::link::LinkError::NotALink));
}

#[test]
fn new_routes_parse_and_print() {
    for (hash, route) in [
        ("#/compare", Route::Compare),
        ("#/s/z1.1.abc.0000abcd&from=timeline", Route::Shared { code: "z1.1.abc.0000abcd".into() }),
        ("#/plans/a/share", Route::Plan { id: id("a"), view: PlanView::Share }),
    ] {
        assert_eq!(Route::parse(hash), route, "{hash}");
        assert_eq!(Route::parse(&route.to_hash()), route);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::cases(256), ..ProptestConfig::default() })]

    /// Any pasted text: the route parser answers without a panic, and every
    /// code the link finder takes from it is a shared route.
    #[test]
    fn pasted_text_never_panics_the_router(text in ".{0,600}", with_link in prop::bool::ANY) {
        let text = if with_link { format!("{text}#/s/z1.0.{text}") } else { text };
        let _ = Route::parse(&text);
        for code in find_codes(&text) {
            let route = Route::parse(&format!("#/s/{code}"));
            prop_assert!(matches!(route, Route::Shared { .. }), "{:?}", route);
        }
    }
}
