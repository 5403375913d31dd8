//! Components rendered to HTML natively with Yew SSR, from the real root.

use std::rc::Rc;

use futures::executor::block_on;
use qunce::app::reduce_all;
use qunce::app::{Action, AppState, PlanView, Route};
use qunce::components::app::{App, AppProps};
use qunce_core::domain::Step;
use qunce_core::i18n::{Key, Lang};
use qunce_core::labels::{count, Noun};
use qunce_core::persist::library::{Backup, Loaded, Recovery, RecoveryReason};
use qunce_core::persist::{KvError, RestoreError};
use yew::LocalServerRenderer;

use crate::app_state::{fresh, id};

fn render(state: AppState) -> String {
    block_on(
        LocalServerRenderer::<App>::with_props(AppProps { initial: Rc::new(state) })
            .hydratable(false)
            .render(),
    )
}

fn with_plans(lang: Lang, route: Route) -> AppState {
    let s = reduce_all(
        fresh(lang),
        [
            Action::CreatePlan { id: id("a"), name: "Alpha 社群".into(), now_ms: 1_700_000_000_000 },
            Action::CreatePlan { id: id("b"), name: "Beta".into(), now_ms: 1_700_000_100_000 },
        ],
    );
    reduce_all(s, [Action::Navigate(route)])
}

#[test]
fn empty_library_invites_a_first_plan_in_both_languages() {
    for lang in [Lang::Zh, Lang::En] {
        let html = render(fresh(lang));
        assert!(html.contains(r#"data-testid="no-plans""#));
        assert!(html.contains(lang.t(Key::NoPlans)), "{lang:?}");
        assert!(html.contains(lang.t(Key::CreatePlan)));
        assert!(html.contains(r#"for="new-plan-name""#), "input is labelled");
        assert!(html.contains(lang.t(Key::SaveSaved)));
    }
}

#[test]
fn library_lists_plans_newest_first_with_actions() {
    let html = render(with_plans(Lang::En, Route::Library));
    let (a, b) = (html.find("Alpha 社群").unwrap(), html.find("Beta").unwrap());
    assert!(b < a, "Beta was edited last and comes first");
    assert!(html.contains(r##"href="#/plans/a""##));
    assert!(html.contains("Last edited 2023-11-14 22:13"));
    assert_eq!(html.matches(">Rename<").count(), 2);
    assert_eq!(html.matches(">Duplicate<").count(), 2);
    assert!(!html.contains(r#"data-testid="trash""#), "no trash section while empty");
}

#[test]
fn plan_text_is_escaped() {
    let s = reduce_all(
        fresh(Lang::En),
        [Action::CreatePlan { id: id("x"), name: "<img src=x onerror=alert(1)>".into(), now_ms: 1 }],
    );
    for route in [Route::Library, Route::plan(&id("x"))] {
        let html = render(reduce_all(s.clone(), [Action::Navigate(route)]));
        assert!(!html.contains("<img src=x"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}

#[test]
fn overview_shows_the_four_steps_with_status() {
    for lang in [Lang::Zh, Lang::En] {
        let html = render(with_plans(lang, Route::plan(&id("a"))));
        assert!(html.contains(r#"data-testid="overview""#));
        for (slug, key) in [
            ("canvas", Key::StepPositioning),
            ("channels", Key::StepChannels),
            ("tiers", Key::StepTiers),
            ("kpi", Key::StepSimulation),
        ] {
            assert!(html.contains(&format!(r##"href="#/plans/a/{slug}""##)), "{slug}");
            assert!(html.contains(lang.t(key)));
        }
        assert!(html.contains(&lang.tf(Key::Progress, &[("n", "0")])));
        assert!(html.contains(r#"aria-current="page""#));
        assert!(html.contains(r#"value="Alpha 社群""#), "name field holds the name");
    }
}

#[test]
fn each_empty_step_explains_itself_with_an_example() {
    for lang in [Lang::Zh, Lang::En] {
        for (step, intro, example) in [
            (Step::Positioning, Key::PositioningIntro, Key::PositioningExample),
            (Step::Channels, Key::ChannelsIntro, Key::ChannelsExample),
            (Step::Tiers, Key::TiersIntro, Key::TiersExample),
            (Step::Simulation, Key::SimulationIntro, Key::SimulationExample),
        ] {
            let html = render(with_plans(lang, Route::Plan { id: id("a"), view: PlanView::Step(step) }));
            assert!(html.contains(r#"data-testid="step-intro""#));
            assert!(html.contains(&escape(lang.t(intro))), "{lang:?} {step:?}");
            assert!(html.contains(&escape(lang.t(example))), "{lang:?} {step:?}");
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[test]
fn unknown_plan_and_unknown_page_say_so() {
    let html = render(with_plans(Lang::En, Route::plan(&id("nope"))));
    assert!(html.contains(r#"data-testid="plan-missing""#));
    assert!(html.contains(Lang::En.t(Key::PlanMissingTitle)));
    let html = render(with_plans(Lang::Zh, Route::NotFound));
    assert!(html.contains(r#"data-testid="not-found""#));
    assert!(html.contains(Lang::Zh.t(Key::NotFoundTitle)));
}

#[test]
fn recovery_notice_names_the_reason_and_offers_download() {
    let loaded = Loaded {
        recovered: vec![
            Recovery {
                key: "qunce.plan.x".into(),
                backup_key: Some("qunce.backup.1.qunce.plan.x".into()),
                reason: RecoveryReason::Unreadable(RestoreError::NotJson),
            },
            Recovery {
                key: "qunce.plan.y".into(),
                backup_key: None,
                reason: RecoveryReason::Unreadable(RestoreError::NewerVersion { version: 3 }),
            },
        ],
        backups: vec![Backup { key: "qunce.backup.1.qunce.plan.x".into(), bytes: 9 }],
        ..Default::default()
    };
    let html = render(AppState::boot(loaded, "#/", Lang::En, true, 0));
    assert_eq!(html.matches(r#"data-testid="recovery-notice""#).count(), 2);
    assert!(html.contains("not valid data"));
    assert!(html.contains("format 3"));
    assert!(html.contains("left where it was"));
    assert!(html.contains(">Download<"));
    assert!(html.contains("Kept raw data (1)"));
    assert!(html.contains("qunce.backup.1.qunce.plan.x"));
}

#[test]
fn storage_problems_show_a_banner_with_a_download() {
    let s = AppState::boot(Loaded::default(), "", Lang::Zh, false, 0);
    let html = render(s);
    assert!(html.contains(r#"data-testid="storage-banner""#));
    assert!(html.contains(Lang::Zh.t(Key::StorageUnavailable)));
    assert!(html.contains(Lang::Zh.t(Key::SaveMemoryOnly)));

    let mut s = fresh(Lang::En);
    s.last_error = Some(KvError::Full);
    let html = render(s);
    assert!(html.contains(Lang::En.t(Key::StorageFull)));
    assert!(html.contains(Lang::En.t(Key::DownloadAllPlans)));

    assert!(!render(fresh(Lang::En)).contains("storage-banner"));
}

#[test]
fn delete_offers_undo_and_the_trash_lists_it() {
    let s = reduce_all(
        with_plans(Lang::En, Route::Library),
        [Action::TrashPlan { id: id("a"), now_ms: 1_700_000_200_000 }],
    );
    let html = render(s.clone());
    assert!(html.contains(r#"data-testid="undo-toast""#));
    assert!(html.contains("Moved “Alpha 社群” to the trash."));
    assert!(html.contains("Trash (1)"));
    let html = render(reduce_all(s, [Action::DismissUndo]));
    assert!(!html.contains("undo-toast"));
}

#[test]
fn language_switch_offers_the_other_language() {
    assert!(render(fresh(Lang::Zh)).contains(">English<"));
    assert!(render(fresh(Lang::En)).contains(">中文<"));
    assert!(render(fresh(Lang::En)).contains(r#"lang="en""#));
}

fn canvas_route(lang: Lang, canvas: Option<qunce_core::domain::Positioning>) -> String {
    let mut s = with_plans(lang, Route::Plan { id: id("a"), view: PlanView::Step(Step::Positioning) });
    if let Some(c) = canvas {
        s = reduce_all(s, [Action::EditCanvas { id: id("a"), edit: Box::new(move |x| *x = c), now_ms: 5 }]);
    }
    render(s)
}

#[test]
fn empty_canvas_shows_every_field_examples_and_a_crowd_verdict() {
    for lang in [Lang::Zh, Lang::En] {
        let html = canvas_route(lang, None);
        assert!(html.contains(r#"data-testid="canvas""#));
        assert!(html.contains(r#"data-testid="examples""#), "examples offered on an empty canvas");
        for key in [
            Key::FieldName,
            Key::FieldPromise,
            Key::FieldKind,
            Key::FieldTone,
            Key::FieldSegments,
            Key::FieldValue,
            Key::FieldGoal,
            Key::FieldLeader,
            Key::FieldPersona,
            Key::FieldHierarchy,
            Key::FieldThreshold,
            Key::FieldRhythm,
            Key::FieldRules,
            Key::FieldProfit,
            Key::FieldLifecycle,
        ] {
            assert!(html.contains(&escape(lang.t(key))), "{lang:?} {key:?}");
        }
        assert!(html.contains(">0/100<"));
        assert!(html.contains(lang.t(Key::VerdictCrowd)));
        assert!(html.contains(&escape(lang.t(Key::PillarGoalMissing))));
        assert!(html.contains(&escape(lang.t(Key::WarnNoThreshold))));
        assert!(html.contains(&escape(lang.t(Key::WarnRhythmEmpty))));
        assert!(html.contains(r#"for="canvas-goal-input""#), "inputs are labelled");
        assert!(html.contains(">0/60<"), "counter");
    }
}

#[test]
fn example_canvas_renders_complete_in_both_languages() {
    use qunce_core::examples::Example;
    for lang in [Lang::Zh, Lang::En] {
        let c = Example::PaidCircle.canvas(lang);
        let html = canvas_route(lang, Some(c.clone()));
        assert!(html.contains(">100/100<"), "{lang:?}");
        assert!(html.contains(lang.t(Key::VerdictCommunity)));
        assert!(html.contains(&escape(&c.name)));
        assert!(html.contains(&escape(&c.rhythm[0].title)));
        assert!(html.contains(lang.t(Key::NoGaps)));
        assert!(!html.contains(r#"data-testid="examples""#), "no example picker over a filled canvas");
        let overview = render(reduce_all(
            with_plans(lang, Route::plan(&id("a"))),
            [Action::EditCanvas {
                id: id("a"),
                edit: Box::new({
                    let c = c.clone();
                    move |x| *x = c
                }),
                now_ms: 5,
            }],
        ));
        assert!(
            overview.contains(&format!("{} 100/100", lang.t(Key::Readiness))),
            "overview shows the score"
        );
        assert!(html.contains(&lang.tf(Key::PerWeek, &[("n", "9.2")])), "7 + 1 + 1 + 12/52 a week");
    }
}

#[test]
fn hostile_canvas_text_is_inert() {
    let c = qunce_core::domain::Positioning {
        name: "<img src=x onerror=alert(1)>".into(),
        goal: "javascript:alert(1)".into(),
        persona: "\"><script>alert(2)</script>".into(),
        ..Default::default()
    };
    let html = canvas_route(Lang::En, Some(c));
    assert!(!html.contains("<img src=x"));
    assert!(!html.contains("<script>alert(2)"));
    assert!(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"));
    assert!(!html.contains(r#"href="javascript"#));
}

#[test]
fn library_offers_the_examples() {
    let html = render(fresh(Lang::Zh));
    assert!(html.contains(Lang::Zh.t(Key::ExamplesTitle)));
    for k in [Key::ExampleJob, Key::ExampleHome, Key::ExamplePaid] {
        assert!(html.contains(Lang::Zh.t(k)));
    }
}

#[test]
fn backup_reminder_appears_in_the_library_only() {
    let mut s =
        reduce_all(fresh(Lang::Zh), [Action::CreatePlan { id: id("a"), name: "A".into(), now_ms: 0 }]);
    s.boot_ms = 30 * 86_400_000;
    let lib = render(reduce_all(s.clone(), [Action::Navigate(Route::Library)]));
    assert!(lib.contains(r#"data-testid="backup-reminder""#));
    assert!(lib.contains(Lang::Zh.t(Key::RemindLater)));
    let plan = render(reduce_all(s, [Action::Navigate(Route::plan(&id("a")))]));
    assert!(!plan.contains("backup-reminder"));
}

/// A plan whose channel step holds the job-seeking sprint (DOMAIN.md §9).
fn sprint_state(lang: Lang) -> AppState {
    use qunce_core::domain::canvas::parse_ymd;
    use qunce_core::domain::channels::{Channel, ChannelPlan, Mode, Schedule, Target};
    let d = |s: &str| parse_ymd(s).unwrap();
    let mut forum = Channel::preset(Mode::Guerrilla, "Forum <posts>".into(), d("2026-03-02"));
    forum.schedule = Schedule::Weekly { per_week: 5, from: d("2026-03-02"), to: d("2026-03-08") };
    (forum.reach, forum.join_x10, forum.half_life_x10, forum.ramp_x10) = (1500, 30, 30, 10);
    let mut groups = Channel::preset(Mode::Seed, "Old groups".into(), d("2026-03-02"));
    groups.reach = 400;
    groups.join_x10 = 300;
    let mut invite = Channel::preset(Mode::Referral, "Invite 3".into(), d("2026-03-09"));
    invite.referral.invites_x10 = 80;
    invite.schedule = Schedule::Dates { dates: vec![d("2026-03-09")] };
    invite.referral.share_x10 = 600;
    let channels = ChannelPlan {
        start: Some(d("2026-03-02")),
        horizon_days: 60,
        target: Target { members: 2000, deadline: Some(d("2026-03-15")), ..Target::default() },
        channels: vec![forum, groups, invite],
        ..ChannelPlan::default()
    };
    let s = reduce_all(
        fresh(lang),
        [
            Action::CreatePlan { id: id("s"), name: "Sprint".into(), now_ms: 1 },
            Action::EditChannels { id: id("s"), edit: Box::new(move |x| *x = channels), now_ms: 2 },
        ],
    );
    reduce_all(s, [Action::Navigate(Route::Plan { id: id("s"), view: PlanView::Step(Step::Channels) })])
}

#[test]
fn channel_step_shows_verdict_chart_tables_and_editors_in_both_languages() {
    for lang in [Lang::Zh, Lang::En] {
        let html = render(sprint_state(lang));
        assert!(html.contains(r#"data-testid="channels-step""#), "{lang:?}");
        assert_eq!(html.matches(r#"data-testid="channel-card""#).count(), 3);
        // Joins at once; members present once the simulator has run (after the first paint).
        let verdict = html.find("verdict__text").map(|i| &html[i..i + 300]).unwrap_or("");
        assert!(html.contains(r#"class="verdict verdict--idle""#), "{lang:?} {verdict}");
        let joins = lang.tf(Key::VerdictPending, &[("joins", "2,950"), ("deadline", "")]);
        assert!(
            verdict
                .contains(joins.split("{deadline}").next().unwrap_or_default().get(..6).unwrap_or_default()),
            "{verdict}"
        );
        assert!(html.contains(lang.t(Key::ChartTitle)));
        assert!(html.contains(r#"role="img""#), "the chart is labelled for screen readers");
        assert!(html.contains(lang.t(Key::ShowTable)), "the chart has its data as a table");
        assert_eq!(html.matches(r#"class="area fill-"#).count(), 3, "one area per channel");
        assert!(html.contains(lang.t(Key::CostsTitle)));
        assert!(html.contains(lang.t(Key::TimelineTitle)));
        assert!(html.contains(lang.t(Key::ThresholdOff)));
        // The optimiser runs after the first paint.
        assert!(html.contains(lang.t(Key::SuggestionPending)));
        for key in [Key::ModeGuerrilla, Key::ModeSeed, Key::ModeReferral] {
            assert!(html.contains(lang.t(key)), "{key:?}");
        }
        assert!(!html.contains("<posts>") && html.contains("Forum &lt;posts&gt;"), "names are escaped");
        assert!(!html.contains("NaN") && !html.contains("inf"), "no float artefacts");
    }
}

#[test]
fn an_empty_channel_step_explains_what_to_do() {
    for lang in [Lang::Zh, Lang::En] {
        let s = reduce_all(
            fresh(lang),
            [
                Action::CreatePlan { id: id("e"), name: "E".into(), now_ms: 1 },
                Action::Navigate(Route::Plan { id: id("e"), view: PlanView::Step(Step::Channels) }),
            ],
        );
        let html = render(s);
        assert!(html.contains(r#"data-testid="step-intro""#));
        assert!(html.contains(r#"data-testid="no-channels""#), "{lang:?}");
        assert!(html.contains(lang.t(Key::NoChannels)));
        assert!(!html.contains(r#"data-testid="verdict""#), "no verdict without channels");
        assert_eq!(html.matches("add-channel__button").count(), 4, "one preset per mode");
        assert!(!html.contains(r#"data-testid="joins-chart""#), "no empty chart");
    }
}

#[test]
fn tier_step_shows_pyramid_checks_structure_and_matrix_in_both_languages() {
    use qunce::components::tiers::default_levels;
    use qunce_core::domain::tiers::TierPlan;
    for lang in [Lang::Zh, Lang::En] {
        let mut tiers = TierPlan { levels: default_levels(lang), ..TierPlan::default() };
        tiers.promotion = TierPlan::default_promotion(3);
        tiers.groups.members = Some(2000);
        tiers.groups.word_of_mouth = true;
        tiers.levels[2].share_x10 = 750; // shares now add up to 95 %
        let s = reduce_all(
            fresh(lang),
            [
                Action::CreatePlan { id: id("t"), name: "T".into(), now_ms: 1 },
                Action::EditTiers { id: id("t"), edit: Box::new(move |t| *t = tiers), now_ms: 2 },
                Action::Navigate(Route::Plan { id: id("t"), view: PlanView::Step(Step::Tiers) }),
            ],
        );
        let html = render(s);
        assert!(html.contains(r#"data-testid="tiers-step""#), "{lang:?}");
        assert_eq!(html.matches(r#"data-testid="level-card""#).count(), 3);
        assert!(html.contains(&lang.tf(Key::CheckSharesSum, &[("sum", "95%")])), "{lang:?}");
        assert_eq!(html.matches(r#"rx="6""#).count(), 3, "one pyramid bar per level");
        assert!(html.contains(r#"data-testid="word-of-mouth-group""#), "a mixed group, not a level");
        assert!(html.contains(r#"data-testid="pyramid""#) && html.contains(r#"role="img""#));
        let summary = lang.tf(
            Key::StructureSummary,
            &[
                ("members", "2,000"),
                ("groups", "10"),
                ("per", "200"),
                ("leaders", "10"),
                ("hq", "11"),
                ("admins", "10"),
            ],
        );
        assert!(html.contains(&summary), "{lang:?}: {summary}");
        assert!(html.contains(&lang.tf(Key::RelayPaysFrom, &[("groups", &count(lang, 6, Noun::Group))])));
        assert!(html.contains(lang.t(Key::MatrixTitle)));
        assert_eq!(html.matches(r#"data-testid="row-sum""#).count(), 3);
        assert!(!html.contains("NaN"));
    }
}

#[test]
fn an_empty_tier_step_offers_two_starting_points() {
    for lang in [Lang::Zh, Lang::En] {
        let s = reduce_all(
            fresh(lang),
            [
                Action::CreatePlan { id: id("e"), name: "E".into(), now_ms: 1 },
                Action::Navigate(Route::Plan { id: id("e"), view: PlanView::Step(Step::Tiers) }),
            ],
        );
        let html = render(s);
        assert!(
            html.contains(r#"data-testid="default-levels""#) && html.contains(r#"data-testid="role-labels""#)
        );
        assert!(html.contains(lang.t(Key::CheckNoLevels)), "{lang:?}");
        assert!(html.contains(lang.t(Key::StructureNoMembers)), "no forecast and no member count yet");
    }
}

/// Renders the recruitment verdict and the suggested mix with the
/// simulator's figures already computed (in the app they come just after
/// the first paint, which SSR never reaches).
fn render_story(plan: qunce_core::domain::Plan, lang: Lang) -> String {
    use qunce::components::channels::{deferred, SuggestionPanel, Verdict};
    use qunce_core::domain::forecast::forecast;
    #[derive(yew::Properties, PartialEq)]
    struct P {
        plan: qunce_core::domain::Plan,
    }
    #[yew::component]
    fn Host(props: &P) -> yew::Html {
        let state = yew::use_reducer(|| fresh(LANG.with(|l| *l.borrow())));
        let plan = &props.plan;
        let today = plan.channels.start.unwrap();
        let done = Some(Rc::new(deferred(plan, today)));
        let f = Rc::new(forecast(&plan.channels, today, plan.positioning.threshold_complete(), None));
        let edit: qunce::components::channels::Edit = Rc::new(|_| {});
        yew::html! {
            <yew::ContextProvider<qunce::app::AppContext> context={state}>
                <Verdict plan={plan.channels.clone()} forecast={f.clone()} done={done.clone()} runs={plan.simulation.run_count()} />
                <SuggestionPanel plan={plan.channels.clone()} forecast={f} done={done}
                    edit={qunce::components::EditProp(edit)} />
            </yew::ContextProvider<qunce::app::AppContext>>
        }
    }
    thread_local!(static LANG: std::cell::RefCell<Lang> = const { std::cell::RefCell::new(Lang::En) });
    LANG.with(|l| *l.borrow_mut() = lang);
    block_on(LocalServerRenderer::<Host>::with_props(P { plan }).hydratable(false).render())
}

#[test]
fn the_recruitment_verdict_is_about_members_present_with_joins_named_as_joins() {
    for lang in [Lang::Zh, Lang::En] {
        let s = sprint_state(lang);
        let plan = s.plans[0].clone();
        let html = render_story(plan.clone(), lang);
        let story = qunce_core::domain::story::story(&plan, plan.channels.start.unwrap());
        let v = story.verdict().unwrap();
        // The verdict's figure is the simulator's median of members present,
        // below the joins (people leave), and the chance is beside it in words.
        assert!(v.present < v.joins, "{v:?}");
        let present = qunce_core::i18n::people(v.present);
        let verdict = &html[html.find("verdict__text").unwrap()..];
        let verdict = &verdict[..verdict.find("</p>").unwrap()];
        assert!(verdict.contains(&present), "{lang:?} {verdict} {present}");
        assert!(verdict.contains(&qunce_core::i18n::people(v.joins)), "{verdict}");
        assert!(html.contains(r#"data-testid="verdict-odds""#));
        assert!(html.contains(&qunce_core::summary::chance_words(lang, v.chance)));
        let class = if v.met { "verdict verdict--ok" } else { "verdict verdict--short" };
        assert!(html.contains(class), "{lang:?} {v:?}");
        assert!(html.contains(&lang.tf(Key::VerdictExplain, &[("runs", "1000")])));
        // The suggestion names its objective and shows the plan's and the mix's members present.
        assert!(html.contains(r#"data-testid="objective""#));
        assert!(html.contains(r#"data-testid="suggestion-planned""#), "{lang:?}");
        assert!(!html.contains("NaN") && !html.contains("inf"));
    }
}

#[test]
fn a_platform_conversion_target_shows_its_funnel() {
    use qunce_core::domain::simulate::{Kpi, KpiTarget};
    use qunce_core::examples::Example;
    for lang in [Lang::Zh, Lang::En] {
        let s = reduce_all(
            fresh(lang),
            [
                Action::CreateFromExample { id: id("ex"), example: Example::JobSprint, now_ms: 1 },
                Action::EditSimulation {
                    id: id("ex"),
                    edit: Box::new(|s| {
                        s.targets.push(KpiTarget { kpi: Kpi::PlatformConversion, value: 200, day: 30 })
                    }),
                    now_ms: 2,
                },
                Action::Navigate(Route::Plan { id: id("ex"), view: PlanView::Step(Step::Simulation) }),
            ],
        );
        let html = render(s);
        assert!(html.contains(r#"data-testid="platform-funnel""#), "{lang:?}");
        assert!(html.contains(lang.t(Key::KpiPlatform)), "{lang:?}");
    }
}

/// The `href` of the element with `data-testid="{testid}"`, if any.
fn href_of(html: &str, testid: &str) -> Option<String> {
    let at = html.find(&format!("data-testid=\"{testid}\""))?;
    let start = html[..at].rfind('<')?;
    let tag = &html[start..at + html[at..].find('>')?];
    let h = tag.find("href=\"")? + 6;
    Some(tag[h..h + tag[h..].find('"')?].to_owned())
}

#[test]
fn every_page_of_a_plan_ends_with_its_previous_and_next_page_in_the_step_bars_order() {
    let order = [
        PlanView::Overview,
        PlanView::Step(Step::Positioning),
        PlanView::Step(Step::Channels),
        PlanView::Step(Step::Tiers),
        PlanView::Step(Step::Simulation),
        PlanView::Actuals,
        PlanView::Share,
    ];
    for lang in [Lang::Zh, Lang::En] {
        for (i, view) in order.iter().enumerate() {
            let html = render(with_plans(lang, Route::Plan { id: id("a"), view: view.clone() }));
            let hash = |v: &PlanView| Route::Plan { id: id("a"), view: v.clone() }.to_hash();
            assert_eq!(
                href_of(&html, "step-prev"),
                i.checked_sub(1).map(|p| hash(&order[p])),
                "{view:?} {lang:?}"
            );
            assert_eq!(href_of(&html, "step-next"), order.get(i + 1).map(hash), "{view:?} {lang:?}");
            if let Some(next) = order.get(i + 1) {
                let label = match next {
                    PlanView::Step(step) => lang.t(qunce_core::labels::step_keys(*step).0),
                    PlanView::Share => lang.t(Key::StepShare),
                    PlanView::Actuals => lang.t(Key::StepActuals),
                    PlanView::Overview => lang.t(Key::StepOverview),
                };
                let said = lang.t(Key::StepNext).replace("{step}", "");
                assert!(
                    html.contains(&said) && html.contains(label),
                    "{view:?} {lang:?}: next names {label}"
                );
            }
        }
    }
}

#[test]
fn the_channel_cards_explain_their_model_parameters_with_an_example() {
    for lang in [Lang::Zh, Lang::En] {
        let html = render(sprint_state(lang));
        for key in [Key::PrecisionHint, Key::HalfLifeHint, Key::RampHint, Key::FatigueHint] {
            let hint = lang.t(key).replace('\'', "&#39;");
            assert!(html.contains(&hint), "{key:?} {lang:?}");
        }
    }
}

#[test]
fn the_library_offers_the_backup_its_import_hint_names() {
    for lang in [Lang::Zh, Lang::En] {
        let html = render(with_plans(lang, Route::Library));
        assert!(html.contains(r#"data-testid="download-all""#), "{lang:?}");
        assert!(html.contains(lang.t(Key::DownloadAllPlans)) && html.contains(lang.t(Key::ImportHint)));
        assert!(!render(fresh(lang)).contains(r#"data-testid="download-all""#), "nothing to back up yet");
    }
}

#[test]
fn the_charts_target_label_never_sits_on_the_deadline_label() {
    use qunce_core::examples::Example;
    let mut near_top = 0;
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let mut s = fresh(lang);
            s.plans.push(crate::example_plan(ex, lang));
            let pid = s.plans[0].id.clone();
            for target in [None, Some(1_000_000)] {
                let mut s = s.clone();
                if let Some(t) = target {
                    s.plans[0].channels.target.members = t; // far above the forecast: the line near the top
                }
                let html = render(reduce_all(
                    s,
                    [Action::Navigate(Route::Plan { id: pid.clone(), view: PlanView::Step(Step::Channels) })],
                ));
                let Some(at) = html.find("chart__label--target") else { continue };
                let start = html[..at].rfind('<').unwrap();
                let tag = &html[start..at + html[at..].find('>').unwrap()];
                let y: i64 = tag
                    .split(" y=\"")
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                    .and_then(|v| v.parse().ok())
                    .unwrap();
                assert!(
                    (y - 14).abs() >= 14,
                    "{ex:?} {lang:?} {target:?}: target label at y={y}, the deadline's at 14"
                );
                near_top += usize::from(y < 40);
            }
        }
    }
    assert!(near_top > 0, "some cases put the target near the top");
}

#[test]
fn the_diagnosis_names_the_field_an_element_still_lacks() {
    for lang in [Lang::Zh, Lang::En] {
        let s = with_plans(lang, Route::Library);
        let s = reduce_all(
            s,
            [
                Action::EditCanvas {
                    id: id("a"),
                    edit: Box::new(|c| c.leader = "the lead".into()),
                    now_ms: 1_700_000_200_000,
                },
                Action::Navigate(Route::Plan { id: id("a"), view: PlanView::Step(Step::Positioning) }),
            ],
        );
        let html = render(s);
        let said = lang.tf(Key::StillMissing, &[("fields", lang.t(Key::FieldPersona))]);
        assert!(html.contains(&said), "{lang:?}: key people name the owner's persona");
        assert!(!html.contains(&lang.tf(Key::StillMissing, &[("fields", lang.t(Key::FieldLeader))])));
    }
}

/// Plan vs actual (issue 20): without figures the page invites an import
/// (open, with what it reads); with figures it says what is kept and that
/// they travel with the plan, and the step bar marks the page as started.
#[test]
fn the_plan_vs_actual_page_invites_an_import_then_lists_what_it_keeps() {
    use qunce_core::domain::actuals::{Actuals, Series};
    use qunce_core::domain::canvas::parse_ymd;
    for lang in [Lang::Zh, Lang::En] {
        let route = Route::Plan { id: id("a"), view: PlanView::Actuals };
        let html = render(with_plans(lang, route.clone()));
        assert!(html.contains(r#"data-testid="actuals-empty""#), "{lang:?}");
        assert!(html.contains(r#"data-testid="actuals-import" open"#), "{lang:?}: the import is open");
        assert!(html.contains(lang.t(Key::ActualsImportHint)), "{lang:?}");
        let mut figures = Actuals { from: parse_ymd("2026-03-02"), ..Actuals::default() };
        *figures.series_mut(Series::Members, 3) = vec![Some(10), None, Some(30)];
        let s = reduce_all(
            with_plans(lang, route.clone()),
            [Action::EditActuals {
                id: id("a"),
                edit: Box::new(move |a| *a = figures),
                now_ms: 1_700_000_200_000,
            }],
        );
        assert!(s.plan(&id("a")).is_some_and(|p| !p.actuals.is_empty()));
        let html = render(s);
        assert!(!html.contains(r#"data-testid="actuals-empty""#));
        let span = lang.tf(Key::ActualsSpan, &[("from", "2026-03-02"), ("to", "2026-03-04"), ("days", "3")]);
        assert!(html.contains(&span), "{lang:?}: {span}");
        assert!(html.contains(lang.t(Key::ActualsTravel)));
        assert!(
            !html.contains(r#"data-testid="actuals-import" open"#),
            "{lang:?}: folded once there are figures"
        );
        // The step bar: the page is there, marked as started.
        let link = format!(r#"href="{}""#, route.to_hash());
        assert!(html.contains(&link), "{lang:?}");
    }
}

/// Long steps fold by section (issue 25), each header keeping the section's
/// key figure in view: the channels step's target and channel count, the
/// tier levels, the KPI step's activities.
#[test]
fn long_steps_fold_by_section_with_their_key_figure_in_the_header() {
    use qunce_core::labels::{count, Noun};
    for lang in [Lang::Zh, Lang::En] {
        let s = sprint_state(lang);
        let plan = s.plan(&id("s")).unwrap().clone();
        let html = render(s.clone());
        // The texts of the fold headers' figures.
        let figures = |html: &str| -> Vec<String> {
            html.split("fold__figure")
                .skip(1)
                .filter_map(|rest| {
                    let open = rest.find('>')? + 1;
                    Some(rest[open..open + rest[open..].find("</span>")?].to_owned())
                })
                .collect()
        };
        let channels = count(lang, plan.channels.channels.len() as u64, Noun::Channel);
        assert!(figures(&html).contains(&channels), "{lang:?}: {channels} in {:?}", figures(&html));
        assert!(
            html.contains(r#"aria-labelledby="channels-title""#) && html.contains(r#"class="panel fold""#),
            "{lang:?}"
        );
        let tiers = render(reduce_all(
            s.clone(),
            [Action::Navigate(Route::Plan { id: id("s"), view: PlanView::Step(Step::Tiers) })],
        ));
        assert!(
            figures(&tiers).contains(&count(lang, plan.tiers.levels.len() as u64, Noun::Level)),
            "{lang:?}"
        );
        let kpi = render(reduce_all(
            s,
            [Action::Navigate(Route::Plan { id: id("s"), view: PlanView::Step(Step::Simulation) })],
        ));
        let activities = count(lang, plan.simulation.interventions.len() as u64, Noun::Activity);
        assert!(figures(&kpi).contains(&activities), "{lang:?}: {activities} in {:?}", figures(&kpi));
    }
}
