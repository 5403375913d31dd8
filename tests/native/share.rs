//! Sharing: the plan summary and its Markdown and WeChat exports, QR codes
//! (decoded back with an independent decoder), the workshop board's link
//! finder, "save a copy" from a link, and the share pages rendered natively.

use std::rc::Rc;

use futures::executor::block_on;
use proptest::prelude::*;
use qunce::app::state::reduce_all;
use qunce::app::{Action, AppState, PlanView, Route};
use qunce::components::app::{App, AppProps};
use qunce::components::share::board::find_codes;
use qunce::domain::Plan;
use qunce::examples::Example;
use qunce::i18n::{Key, Lang};
use qunce::persist::link::{decode_link, encode_link};
use qunce::qr::{qr, QUIET};
use qunce::summary::{markdown, md_escape, summarize, summarize_pending, wechat, WECHAT_WIDTH};
use yew::LocalServerRenderer;

use crate::app_state::{fresh, id};
use crate::link::example_plan;

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

/// Decodes a QR code from its module grid with rqrr (a separate decoder).
fn decode_qr(text: &str) -> (String, u8) {
    let code = qr(text).expect("fits a QR code");
    let side = (code.size + 2 * QUIET) as usize;
    let mut dark = vec![false; side * side];
    // The SVG path is a list of "M x y h w v1 h-w z" runs.
    for run in code.path.split('M').filter(|r| !r.is_empty()) {
        let nums: Vec<i64> = run
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap())
            .collect();
        let (x, y, w) = (nums[0] as usize, nums[1] as usize, nums[2] as usize);
        for dx in 0..w {
            dark[y * side + x + dx] = true;
        }
    }
    // Scale up so the detector sees clear finder patterns.
    let scale = 4;
    let mut img = rqrr::PreparedImage::prepare_from_bitmap(side * scale, side * scale, |x, y| {
        dark[(y / scale) * side + x / scale]
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    let (meta, content) = grids[0].decode().expect("decodes");
    (content, meta.version.0 as u8)
}

#[test]
fn every_template_link_fits_and_its_qr_code_decodes_to_the_exact_link() {
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let link = format!("{BASE}{}", encode_link(&example_plan(ex, lang)));
            assert!(link.chars().count() <= 1_000, "{ex:?} {lang:?}: {}", link.len());
            let (decoded, version) = decode_qr(&link);
            assert_eq!(decoded, link);
            assert_eq!(version, qr(&link).unwrap().version);
            assert!(decode_link(&decoded).is_ok());
        }
    }
}

#[test]
fn a_long_link_still_makes_a_qr_code_and_a_too_long_one_says_so() {
    let long = format!("{BASE}#/s/z1.0.{}.00000000", "A".repeat(2_000));
    let (decoded, version) = decode_qr(&long);
    assert_eq!(decoded, long);
    assert!(version > 30, "{version}");
    assert!(qr(&"a".repeat(3_000)).is_none(), "over a version-40 code's byte capacity");
}

#[test]
fn the_summary_covers_all_four_steps_of_every_example() {
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let plan = example_plan(ex, lang);
            let s = summarize(&plan, lang, today(), 200);
            assert_eq!(s.sections.len(), 4);
            for section in &s.sections {
                assert!(!section.rows.is_empty(), "{ex:?} {lang:?}: {} is empty", section.title);
            }
            assert!(s.figures.readiness > 50, "{ex:?}: {}", s.figures.readiness);
            assert!(s.figures.at_deadline.is_some_and(|v| v > 0.0));
            let (median, low, high) = s.figures.sim_members.unwrap();
            assert!(low <= median && median <= high);
            assert_eq!(s.figures.chances.len(), plan.simulation.targets.len());
        }
    }
}

#[test]
fn the_job_sprint_summary_matches_its_forecast() {
    let plan = example_plan(Example::JobSprint, Lang::En);
    let s = summarize(&plan, Lang::En, today(), 500);
    let (n, precise, deadline) = s.figures.target.unwrap();
    assert_eq!((n, precise), (plan.channels.target.members, plan.channels.target.precise));
    assert_eq!(deadline, plan.channels.target.deadline);
    let start = plan.channels.start.unwrap();
    let f =
        qunce::domain::forecast::forecast(&plan.channels, start, plan.positioning.threshold_complete(), None);
    let dl = qunce::domain::forecast::deadline_day(&plan.channels, start);
    assert_eq!(s.figures.at_deadline, Some(f.at(dl, false)));
    let md = markdown(&s, Lang::En);
    assert!(md.starts_with("# City Job Sprint") || md.contains(&md_escape(&plan.name)), "{md}");
    for title in ["Positioning canvas", "Recruitment channels"] {
        assert!(md.contains(title) || md.contains(&md_escape(title)), "{title} in {md}");
    }
}

/// `md` with every backslash escape pair removed: what Markdown reads as markup.
fn unescaped(md: &str) -> String {
    let mut out = String::new();
    let mut chars = md.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
        } else {
            out.push(c);
        }
    }
    out
}

fn hostile_plan() -> Plan {
    let mut plan = example_plan(Example::PaidCircle, Lang::En);
    plan.name = "<script>alert(1)</script> [x](javascript:alert(1)) \u{202E}evil".into();
    plan.positioning.goal =
        "![img](http://x/a.png) **bold** `code` <img src=x onerror=alert(1)>\n# heading\n| a | b |".into();
    plan.positioning.value_tangible =
        "- item\n1. numbered\n> quote\n<a href=\"javascript:alert(1)\">x</a>".into();
    plan
}

#[test]
fn markdown_export_keeps_hostile_text_inert() {
    let s = summarize(&hostile_plan(), Lang::En, today(), 50);
    let md = markdown(&s, Lang::En);
    assert!(!md.contains('\u{202E}'));
    // No markup character from the plan survives unescaped: every < [ ] (
    // ) ` ! * _ | in the text has a backslash before it (our own "**" and
    // list markers aside).
    for line in md.lines().filter(|l| *l != "---") {
        let body = line
            .trim_start_matches("# ")
            .trim_start_matches("## ")
            .trim_start_matches("  - ")
            .trim_start_matches("- ");
        let body =
            body.strip_prefix("**").map(|b| b.replacen("**", "", 1)).unwrap_or_else(|| body.to_owned());
        let mut prev = ' ';
        for c in body.chars() {
            if "<>[]()`!*_|#".contains(c) {
                assert_eq!(prev, '\\', "unescaped {c:?} in {line:?}");
            }
            prev = if prev == '\\' && c == '\\' { ' ' } else { c };
        }
    }
    // Every line starts with our own markup, never with plan text.
    for line in md.lines().filter(|l| !l.is_empty()) {
        assert!(
            line.starts_with("# ")
                || line.starts_with("## ")
                || line.starts_with("- **")
                || line.starts_with("  - ")
                || line == "---"
                || line == Lang::En.t(Key::SummaryMadeWith),
            "line {line:?}"
        );
    }
}

#[test]
fn wechat_text_has_short_lines_and_no_markdown() {
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let s = summarize(&example_plan(ex, lang), lang, today(), 50);
            let text = wechat(&s, lang);
            for line in text.lines() {
                let width: usize = line.chars().map(|c| if (c as u32) >= 0x2E80 { 2 } else { 1 }).sum();
                // A single unbreakable word may overflow; there are none this long in the examples.
                assert!(width <= WECHAT_WIDTH + 2, "{ex:?} {lang:?}: {line:?} is {width} wide");
                assert!(
                    !line.starts_with('#') && !line.contains("**") && !line.starts_with("- "),
                    "{line:?}"
                );
            }
            assert!(text.starts_with('【'));
        }
    }
    let text = wechat(&summarize(&hostile_plan(), Lang::En, today(), 50), Lang::En);
    assert!(!text.contains('\u{202E}'));
}

#[test]
fn the_board_finds_links_in_a_chat_transcript() {
    let a = encode_link(&example_plan(Example::JobSprint, Lang::Zh));
    let b = encode_link(&example_plan(Example::School, Lang::En));
    let text = format!("小王：我的方案 {BASE}{a}&from=singlemessage 谢谢！\nLi: here {BASE}{b}?isappinstalled=0\n看看{BASE}{a}。好");
    let codes = find_codes(&text);
    assert_eq!(codes.len(), 3);
    assert_eq!(format!("#/s/{}", codes[0]), a);
    assert_eq!(format!("#/s/{}", codes[1]), b);
    assert_eq!(format!("#/s/{}", codes[2]), a);
    assert!(find_codes("no links here #/x").is_empty());
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
    // 2,000 × 180 run-days are computed while the page is drawn; 5,000 × 730
    // just after it, so the first render (all SSR does) says "computing".
    for (runs, horizon, pending) in [(2_000, 180, false), (5_000, 730, true)] {
        let mut plan = example_plan(Example::JobSprint, Lang::En);
        plan.simulation.runs = runs;
        plan.simulation.horizon_days = horizon;
        assert!(plan.simulation.has_content());
        for lang in [Lang::Zh, Lang::En] {
            let html = render(reduce_all(fresh(lang), [Action::Navigate(shared_route(&plan))]));
            let computing =
                lang.tf(Key::SummarySimPending, &[("runs", &qunce::i18n::group(u64::from(runs)))]);
            assert_eq!(html.contains(&computing), pending, "{runs} × {horizon}, {lang:?}");
            assert!(html.contains(lang.t(Key::SummarySimEnd)));
            assert!(html.contains(lang.t(Key::SaveCopy)), "the page itself is there at once");
            let ranged = html.contains(&lang.t(Key::KpiWeeklyActive).replace('&', "&amp;"));
            assert_eq!(ranged, !pending, "figures only once computed");
        }
        // The pending summary is the full one with step 4's figures left out.
        let (full, early) =
            (summarize(&plan, Lang::En, today(), 50), summarize_pending(&plan, Lang::En, today()));
        assert_eq!(full.sections[..3], early.sections[..3]);
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
            &lang.tf(Key::ShareLength, &[("n", &qunce::i18n::group(link.chars().count() as u64))])
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
fn a_foreign_code_after_s_is_shown_as_a_damaged_link() {
    let route = Route::parse("#/s/pako:xyz");
    assert_eq!(route, Route::Shared { code: "pako:xyz".into() });
    assert_eq!(decode_link("#/s/pako:xyz"), Err(qunce::persist::link::LinkError::Damaged));
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
    #![proptest_config(ProptestConfig { cases: crate::link::cases(256), ..ProptestConfig::default() })]

    /// Any pasted text: the board's link finder, the route parser and the
    /// decoder answer without a panic, and every code found is made of code
    /// characters only.
    #[test]
    fn pasted_text_never_panics(text in ".{0,600}", with_link in prop::bool::ANY) {
        let text = if with_link { format!("{text}#/s/z1.0.{text}") } else { text };
        for code in find_codes(&text) {
            prop_assert!(code.chars().all(qunce::persist::link::is_code_char));
            let _ = decode_link(&format!("#/s/{code}"));
        }
        let _ = Route::parse(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn exports_never_panic_and_stay_inert(name in ".{0,60}", goal in ".{0,200}", lang in prop::bool::ANY) {
        let lang = if lang { Lang::Zh } else { Lang::En };
        let mut plan = Plan::new(id("r"), "x", 1);
        plan.name = name;
        plan.positioning.goal = goal;
        let s = summarize(&plan, lang, today(), 10);
        let md = markdown(&s, lang);
        prop_assert!(!unescaped(&md).contains(['<', '>', '[', ']', '(', ')', '`', '!', '|']), "{}", md);
        prop_assert!(md.lines().all(|l| l.is_empty() || l == "---" || l.starts_with("# ") || l.starts_with("## ")
            || l.starts_with("- **") || l.starts_with("  - ") || l == lang.t(Key::SummaryMadeWith) || l == lang.t(Key::StatusEmpty)));
        let _ = wechat(&s, lang);
    }
}
