//! Step 3: the tier designer — levels and their rules, the pyramid with its
//! checks, the groups run through a headquarters group with the weekly
//! workload, and the promotion matrix.

mod levels;
mod structure;

use crate::components::fold::Fold;
use qunce_core::labels::{check_text, count, level_label, percent, Noun};
use yew::prelude::*;

use crate::app::Action;
use chrono::NaiveDate;
use qunce_core::domain::canvas::format_ymd;
use qunce_core::domain::channels::date_at;
use qunce_core::domain::channels::MAX_PEOPLE;
use qunce_core::domain::story;
use qunce_core::domain::tiers::{self, Style, TierPlan, WHOLE};
use qunce_core::domain::Plan;
use qunce_core::i18n::{group, people, tenths, Key};

use super::canvas::{serde_plain, SelectField};
use super::data_table::DataTable;
use super::number::NumberField;
use super::{use_app, use_computed, use_section_edit};
use levels::{LevelCard, PromotionMatrix};
use structure::GroupsPanel;

pub type Edit = crate::components::SectionEdit<TierPlan>;
/// An [`Edit`] as a prop.
pub type EditProp = crate::components::EditProp<TierPlan>;

pub use qunce_core::examples::default_levels;

#[derive(Properties, PartialEq)]
pub struct TiersStepProps {
    /// The whole plan: the headcount is the simulator's members present.
    pub plan: Plan,
    pub today: NaiveDate,
}

/// The plan without what the simulator's members present do not depend on
/// (the tier design, the name, the times), so tier edits never rerun it.
fn story_key(plan: &Plan) -> Plan {
    Plan { tiers: TierPlan::default(), ..story::model_of(plan) }
}

#[component]
pub fn TiersStep(props: &TiersStepProps) -> Html {
    let state = use_app();
    let edit = use_section_edit(&props.plan.id, |id, edit, now_ms| Action::EditTiers { id, edit, now_ms });
    // The simulator's members present, computed while the page is drawn if
    // small enough, else just after (as on the KPI page).
    let inline = crate::components::simulate::run_days(&story::story_settings(&props.plan))
        <= crate::components::simulate::INLINE_RUN_DAYS;
    let told = use_computed((story_key(&props.plan), props.today), inline, |(plan, today)| {
        (!plan.channels.channels.is_empty() || plan.simulation.typed_inflow.is_some())
            .then(|| story::story(plan, *today))
    });
    let Some(state) = state else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let plan = &props.plan.tiers;
    let edit: Edit = edit;
    let day0 = props.plan.channels.start.unwrap_or(props.today);
    let told = told.as_ref().and_then(|t| t.as_ref().as_ref());
    let headcount = told.map(|s| s.headcount(plan));
    let forecast_members = headcount.map(|(_, n)| n.round() as u64);
    let members = plan.groups.members.or(forecast_members).unwrap_or(0);
    let first = told.map(|s| s.first_at_level(plan)).unwrap_or_default();
    let checks = tiers::check(plan, members);

    let start = if plan.levels.is_empty() {
        let four = {
            let edit = edit.clone();
            Callback::from(move |_| {
                edit(Box::new(move |p: &mut TierPlan| {
                    p.style = Style::Pyramid;
                    p.levels = default_levels(lang);
                    p.groups.word_of_mouth = true;
                    p.promotion = TierPlan::default_promotion(p.levels.len());
                }))
            })
        };
        let labels = {
            let edit = edit.clone();
            Callback::from(move |_| {
                edit(Box::new(move |p: &mut TierPlan| {
                    p.style = Style::RoleLabels;
                    p.levels = vec![tiers::Level {
                        name: lang.t(Key::RoleLabelsLevel).to_owned(),
                        labels: lang.t(Key::RoleLabelsExamples).to_owned(),
                        share_x10: WHOLE,
                        ..tiers::Level::default()
                    }];
                    p.promotion = TierPlan::default_promotion(1);
                }))
            })
        };
        html! {
            <section class="panel" aria-labelledby="tiers-start">
                <h3 class="panel__title" id="tiers-start">{ t(Key::TiersStartTitle) }</h3>
                <div class="add-channel">
                    <button type="button" class="button add-channel__button" onclick={four} data-testid="default-levels">
                        <span class="add-channel__title">{ t(Key::UseDefaultLevels) }</span>
                        <span class="add-channel__hint">{ t(Key::UseDefaultLevelsHint) }</span>
                    </button>
                    <button type="button" class="button add-channel__button" onclick={labels} data-testid="role-labels">
                        <span class="add-channel__title">{ t(Key::UseRoleLabels) }</span>
                        <span class="add-channel__hint">{ t(Key::UseRoleLabelsHint) }</span>
                    </button>
                </div>
            </section>
        }
    } else {
        html! {}
    };

    let style_options: Vec<(AttrValue, AttrValue)> =
        [(Style::Pyramid, Key::StylePyramid), (Style::RoleLabels, Key::StyleRoleLabels)]
            .into_iter()
            .map(|(s, k)| (AttrValue::from(serde_plain(&s)), t(k)))
            .collect();
    let on_style = {
        let edit = edit.clone();
        Callback::from(move |v: String| {
            let style = if v == serde_plain(&Style::RoleLabels) { Style::RoleLabels } else { Style::Pyramid };
            edit(Box::new(move |p: &mut TierPlan| p.style = style))
        })
    };
    let set_u64 = |f: fn(&mut TierPlan, Option<u64>)| {
        let edit = edit.clone();
        Callback::from(move |v: Option<u64>| edit(Box::new(move |p: &mut TierPlan| f(p, v))))
    };
    let members_hint = match headcount {
        Some((day, n)) => lang.tf(
            Key::HeadcountFrom,
            &[
                ("n", &people(n)),
                ("day", &(day + 1).to_string()),
                ("date", &date_at(day0, day as u32).map(format_ymd).unwrap_or_default()),
            ],
        ),
        None => lang.t(Key::MembersNoForecast).to_owned(),
    };
    let size_day = told.map(|s| s.headcount_day(plan) as u64 + 1);
    let counts = tiers::level_counts(plan, members);
    let cards = plan.levels.iter().enumerate().map(|(i, l)| {
        html! { <LevelCard key={i} index={i} level={l.clone()} label={level_label(lang, plan, i)}
        count={plan.levels.len()} members={counts[i]} pyramid={plan.style == Style::Pyramid}
        edit={crate::components::EditProp(edit.clone())} /> }
    });
    let add_level = {
        let edit = edit.clone();
        Callback::from(move |_| edit(Box::new(move |p: &mut TierPlan| p.add_level(tiers::Level::default()))))
    };
    let check_list = checks.iter().map(|c| html! { <li>{ check_text(lang, plan, c) }</li> });
    html! {
        <div class="channels tiers-step" data-testid="tiers-step">
            { start }
            <section class="panel" aria-labelledby="tiers-basics">
                <h3 class="panel__title" id="tiers-basics">{ t(Key::TiersBasics) }</h3>
                <div class="canvas__row">
                    <SelectField id="tier-style" label={t(Key::TierStyle)} options={style_options}
                        value={AttrValue::from(serde_plain(&plan.style))} on_change={on_style} />
                </div>
                <div class="canvas__row">
                    <NumberField id="tier-members" label={t(Key::MembersToPlan)} hint={AttrValue::from(members_hint)}
                        value={plan.groups.members} max={MAX_PEOPLE} optional=true unit={t(Key::UnitPeople)}
                        placeholder={AttrValue::from(forecast_members.map(group).unwrap_or_default())}
                        on_change={set_u64(|p, v| p.groups.members = v)} />
                    <NumberField id="tier-size-day" label={t(Key::SizeDay)} hint={t(Key::SizeDayHint)}
                        value={plan.size_day.map(u64::from)} min=1 max={u64::from(qunce_core::domain::channels::MAX_HORIZON)} optional=true
                        placeholder={AttrValue::from(size_day.map(|d| d.to_string()).unwrap_or_default())}
                        on_change={set_u64(|p, v| p.size_day = v.map(|v| v as u32))} />
                    <NumberField id="tier-factor" label={t(Key::PyramidFactor)} hint={t(Key::PyramidFactorHint)}
                        value={Some(u64::from(plan.factor_x10))} tenths=true min=10 max=1000
                        on_change={set_u64(|p, v| if let Some(v) = v { p.factor_x10 = v as u32 })} />
                    <NumberField id="tier-small" label={t(Key::SmallBelow)} hint={t(Key::SmallBelowHint)}
                        value={Some(plan.small_below)} max={MAX_PEOPLE} unit={t(Key::UnitPeople)}
                        on_change={set_u64(|p, v| if let Some(v) = v { p.small_below = v })} />
                </div>
            </section>
            <section class={classes!("panel", (!checks.is_empty()).then_some("panel--warn"))} aria-labelledby="tier-checks-title"
                aria-live="polite" data-testid="tier-checks">
                <h3 class="panel__title" id="tier-checks-title">{ t(Key::TierChecksTitle) }</h3>
                if checks.is_empty() {
                    <p class="threshold__status threshold__status--on">{ t(Key::TierChecksOk) }</p>
                } else {
                    <ul class="warnings">{ for check_list }</ul>
                }
            </section>
            if !plan.levels.is_empty() {
                <Pyramid plan={plan.clone()} members={members} first={first.clone()} />
            }
            <Fold id="levels-title" title={t(Key::LevelsTitle)} figure={AttrValue::from(count(lang, plan.levels.len() as u64, Noun::Level))}>
                <p class="panel__hint">{ t(Key::LevelsHint) }</p>
                <div class="channels__cards">{ for cards }</div>
                if plan.levels.len() < tiers::MAX_LEVELS {
                    <button type="button" class="button" onclick={add_level} data-testid="add-level">{ t(Key::AddLevel) }</button>
                } else {
                    <p class="field__hint">{ lang.tf(Key::LevelsFull, &[("n", &tiers::MAX_LEVELS.to_string())]) }</p>
                }
            </Fold>
            <GroupsPanel plan={plan.clone()} members={members} edit={crate::components::EditProp(edit.clone())} />
            if plan.style == Style::Pyramid && plan.levels.len() > 1 {
                <PromotionMatrix plan={plan.clone()} members={members} edit={crate::components::EditProp(edit)} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PyramidProps {
    pub plan: TierPlan,
    pub members: u64,
    /// For each level, the first day (index) the median run has someone in
    /// it (empty while unknown).
    #[prop_or_default]
    pub first: Vec<Option<usize>>,
}

/// The levels as a pyramid: each bar's width is its share, centred, with
/// its name, share and member count; the same figures as a table.
#[component]
pub fn Pyramid(props: &PyramidProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let plan = &props.plan;
    const ROW: usize = 48;
    let counts = tiers::level_counts(plan, props.members);
    // Widths in per mille of the drawing; a level never drawn thinner than 4 %.
    let widest = plan.levels.iter().map(|l| l.share_x10).max().unwrap_or(0).max(1);
    let bars = plan.levels.iter().enumerate().map(|(i, l)| {
        let w = (u64::from(l.share_x10) * 1000 / u64::from(widest)).max(40);
        let x = (1000 - w) / 2;
        let y = i * ROW;
        let pct = |v: u64| format!("{}.{}%", v / 10, v % 10);
        html! {
            <g>
                <rect class={format!("fill-{}", i % 10)} x={pct(x)} width={pct(w)} y={(y + 4).to_string()}
                    height={(ROW - 8).to_string()} rx="6" />
                <text class="pyramid__label" x="50%" y={(y + ROW / 2 + 5).to_string()} text-anchor="middle">
                    { format!("{} · {} · {}", level_label(lang, plan, i), percent(l.share_x10), people(counts[i] as f64)) }
                </text>
            </g>
        }
    });
    let summary = lang.tf(
        Key::PyramidSummary,
        &[
            ("levels", &count(lang, plan.levels.len() as u64, Noun::Level)),
            ("members", &group(props.members)),
        ],
    );
    html! {
        <section class="panel" aria-labelledby="pyramid-title" data-testid="pyramid">
            <h3 class="panel__title" id="pyramid-title">{ lang.t(Key::PyramidTitle) }</h3>
            <svg class="pyramid" width="100%" height={(plan.levels.len() * ROW).to_string()} role="img" aria-label={summary.clone()}>
                { for bars }
            </svg>
            if !props.first.is_empty() && plan.style == Style::Pyramid && plan.levels.len() > 1 {
                <p class="panel__hint" data-testid="first-at-level">
                    { lang.tf(Key::LevelsTiming, &[("period", &plan.period_days.to_string())]) }
                    { " " }
                    { props.first.iter().enumerate().map(|(i, d)| format!("{}{}{}", level_label(lang, plan, i), lang.colon(), first_day(lang, *d))).collect::<Vec<_>>().join(" · ") }
                </p>
            }
            <DataTable summary={AttrValue::from(lang.t(Key::ShowTable))} table={{
                let (plan, counts, summary, first) = (plan.clone(), counts.clone(), summary.clone(), props.first.clone());
                Callback::from(move |_| {
                    let plan = &plan;
                    let rows = plan.levels.iter().enumerate().map(|(i, l)| {
                        html! {
                            <tr>
                                <th scope="row">{ level_label(lang, plan, i) }</th>
                                <td>{ percent(l.share_x10) }</td>
                                <td>{ group(counts[i]) }</td>
                                if !first.is_empty() {
                                    <td>{ first_day(lang, first.get(i).copied().flatten()) }</td>
                                }
                            </tr>
                        }
                    });
                    html! {
                        <table class="table table--numbers">
                            <caption class="visually-hidden">{ summary.clone() }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ lang.t(Key::Level) }</th>
                                    <th scope="col">{ lang.t(Key::Share) }</th>
                                    <th scope="col">{ lang.t(Key::ColMembers) }</th>
                                    if !first.is_empty() {
                                        <th scope="col">{ lang.t(Key::FirstAtLevel) }</th>
                                    }
                                </tr>
                            </thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    }
                })
            }} />
            <p class="panel__hint">{ lang.tf(Key::PyramidNote, &[("sum", &tenths(f64::from(plan.levels.iter().map(|l| l.share_x10).sum::<u32>()) / 10.0))]) }</p>
        </section>
    }
}

/// "day 31", or "not within the simulated days".
fn first_day(lang: qunce_core::i18n::Lang, day: Option<usize>) -> String {
    match day {
        Some(d) => lang.tf(Key::FirstDay, &[("day", &(d + 1).to_string())]),
        None => lang.t(Key::NotWithin).to_owned(),
    }
}
