//! Step 2: the recruitment-channel planner — a target, the channels, and
//! what they bring: a forecast chart, the cheapest mix that reaches the
//! target, costs, a comparison of strategies and a timeline of units.

pub(crate) mod chart;
mod editor;
mod results;

use qunce_core::labels::{channel_label, day_label};
use std::rc::Rc;

use chrono::NaiveDate;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::fold::Fold;

use crate::app::Action;
use qunce_core::domain::canvas::{format_ymd, parse_ymd, MAX_AMOUNT};
use qunce_core::domain::channels::{ChannelPlan, MAX_HORIZON, MAX_HOURS, MAX_PEOPLE, MIN_HORIZON};
use qunce_core::domain::forecast::{self, Forecast};
use qunce_core::domain::story::{self, PlanMix, Story};
use qunce_core::domain::Plan;
use qunce_core::i18n::{people, Key, Lang};

use super::number::NumberField;
use super::{use_app, use_section_edit};
pub use chart::nice_ceiling;
use chart::{JoinsChart, UnitsTimeline};
use editor::{AddChannel, ChannelCard};
pub use results::{Comparison, CostTable, SuggestionPanel, ThresholdPanel, Warnings};

pub type Edit = crate::components::SectionEdit<ChannelPlan>;
/// An [`Edit`] as a prop.
pub type EditProp = crate::components::EditProp<ChannelPlan>;

/// What the simulator, the optimiser and the comparison found for one
/// version of the plan (computed just after the chart is drawn).
pub struct Deferred {
    /// The plan they are for, as [`story::model_of`] keys it.
    pub plan: Plan,
    pub story: Story,
    pub mix: PlanMix,
    pub rows: Rc<Vec<forecast::Compared>>,
}

impl PartialEq for Deferred {
    fn eq(&self, other: &Self) -> bool {
        self.plan == other.plan
    }
}

/// The simulator's story, the optimiser and the comparison for `plan`.
pub fn deferred(plan: &Plan, today: NaiveDate) -> Deferred {
    let story = story::story(plan, today);
    let mix = story::suggest_plan(plan, &story);
    let on = plan.positioning.threshold_complete();
    let rows = Rc::new(forecast::compare(&plan.channels, story.start, on, &mix.suggestion));
    Deferred { plan: story::model_of(plan), story, mix, rows }
}

#[derive(Properties, PartialEq)]
pub struct ChannelsStepProps {
    /// The whole plan: the simulator's members present need every step.
    pub plan: Plan,
    /// Day 0 when the plan has no start date yet.
    pub today: NaiveDate,
}

#[component]
pub fn ChannelsStep(props: &ChannelsStepProps) -> Html {
    let state = use_app();
    let channels = &props.plan.channels;
    let start = channels.start.unwrap_or(props.today);
    let edit = use_section_edit(&props.plan.id, |id, edit, now_ms| Action::EditChannels { id, edit, now_ms });
    let threshold_on = props.plan.positioning.threshold_complete();
    let forecast = use_memo((channels.clone(), start, threshold_on), |(plan, start, on)| {
        forecast::forecast(plan, *start, *on, None)
    });
    // The simulator and the optimiser run after the chart is drawn, so an
    // edit shows at once.
    let deferred_state = use_state(|| None::<Rc<Deferred>>);
    {
        let deferred_state = deferred_state.clone();
        use_effect_with((story::model_of(&props.plan), props.today), move |(plan, today)| {
            let (plan, today) = (plan.clone(), *today);
            let timer = gloo::timers::callback::Timeout::new(0, move || {
                deferred_state.set(Some(Rc::new(deferred(&plan, today))));
            });
            move || drop(timer)
        });
    }
    let Some(state) = state else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let plan = channels;
    let edit: Edit = edit;
    // What was computed for an older version of the plan is not shown.
    let model = story::model_of(&props.plan);
    let done = (*deferred_state).clone().filter(|d| d.plan == model);
    let rows = done.as_ref().map(|d| d.rows.clone());

    let target = target_panel(lang, plan, start, &edit);
    // The key figures the folded sections keep in view.
    let target_figure = (plan.target.members > 0).then(|| {
        let members = qunce_core::labels::count(lang, plan.target.members, qunce_core::labels::Noun::Person);
        AttrValue::from(match plan.target.deadline {
            Some(d) => format!("{members} · {}", qunce_core::domain::canvas::format_ymd(d)),
            None => members,
        })
    });
    let channels_figure = Some(AttrValue::from(qunce_core::labels::count(
        lang,
        plan.channels.len() as u64,
        qunce_core::labels::Noun::Channel,
    )));
    let names: Vec<String> = (0..plan.channels.len()).map(|j| channel_label(lang, plan, j)).collect();
    let cards = plan.channels.iter().enumerate().map(|(i, c)| {
        html! { <ChannelCard key={i} index={i} channel={c.clone()} label={channel_label(lang, plan, i)}
        start={start} count={plan.channels.len()} names={names.clone()} edit={crate::components::EditProp(edit.clone())} /> }
    });
    html! {
        <div class="channels" data-testid="channels-step">
            <Fold id="target-title" title={t(Key::TargetTitle)} figure={target_figure}>
                <p class="panel__hint">{ t(Key::TargetHint) }</p>
                { target }
            </Fold>
            <Verdict plan={plan.clone()} forecast={forecast.clone()} done={done.clone()} runs={props.plan.simulation.run_count()} />
            <SuggestionPanel plan={plan.clone()} forecast={forecast.clone()} done={done.clone()}
                edit={crate::components::EditProp(edit.clone())} />
            <JoinsChart plan={plan.clone()} forecast={forecast.clone()} />
            <Fold id="channels-title" title={t(Key::ChannelsTitle)} figure={channels_figure}>
                <p class="panel__hint">{ t(Key::ChannelsHint) }</p>
                if plan.channels.is_empty() {
                    <p class="channels__empty" role="status" data-testid="no-channels">{ t(Key::NoChannels) }</p>
                }
                <div class="channels__cards">{ for cards }</div>
                <AddChannel count={plan.channels.len()} start={start} edit={crate::components::EditProp(edit.clone())} />
            </Fold>
            <Warnings plan={plan.clone()} forecast={forecast.clone()} />
            <CostTable plan={plan.clone()} forecast={forecast.clone()} />
            <Comparison plan={plan.clone()} rows={rows} />
            <UnitsTimeline plan={plan.clone()} forecast={forecast.clone()} />
            if !plan.channels.is_empty() {
                <section class="panel" aria-labelledby="next-title" data-testid="next-campaign">
                    <h3 class="panel__title" id="next-title">{ t(Key::NextCampaignTitle) }</h3>
                    <p class="panel__hint">{ t(Key::NextCampaignHint) }</p>
                    <button type="button" class="button" data-testid="next-campaign-button" onclick={{
                        let (state, id) = (state.clone(), props.plan.id.clone());
                        Callback::from(move |_| state.dispatch(Action::NextCampaign {
                            id: id.clone(),
                            new_id: crate::services::browser::new_id(),
                            now_ms: crate::services::browser::now_ms(),
                        }))
                    }}>{ t(Key::NextCampaignButton) }</button>
                </section>
            }
            <ThresholdPanel effect={plan.threshold.clone()} threshold_set={threshold_on} edit={crate::components::EditProp(edit)} />
        </div>
    }
}

fn target_panel(lang: Lang, plan: &ChannelPlan, start: NaiveDate, edit: &Edit) -> Html {
    let t = |k| AttrValue::from(lang.t(k));
    let target = &plan.target;
    let set = |f: fn(&mut ChannelPlan, Option<u64>)| {
        let edit = edit.clone();
        Callback::from(move |v: Option<u64>| edit(Box::new(move |p| f(p, v))))
    };
    let on_precise = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            edit(Box::new(move |p| p.target.precise = on));
        })
    };
    let deadline_error = target.deadline.filter(|d| *d < start).map(|_| lang.t(Key::DeadlineBeforeStart));
    html! {
        <div class="target">
            <div class="canvas__row">
                <DateInput id="start" label={t(Key::StartDate)} value={Some(start)} required=true
                    on_change={{
                        let edit = edit.clone();
                        Callback::from(move |d: Option<NaiveDate>| if let Some(d) = d { edit(Box::new(move |p| p.start = Some(d))) })
                    }} />
                <NumberField id="horizon" label={t(Key::Horizon)} value={Some(u64::from(plan.horizon()))}
                    min={u64::from(MIN_HORIZON)} max={u64::from(MAX_HORIZON)} unit={t(Key::UnitDays)}
                    on_change={set(|p, v| p.horizon_days = v.unwrap_or(0) as u32)} />
            </div>
            <div class="canvas__row">
                <NumberField id="target-members" label={t(Key::TargetMembers)} value={Some(target.members)}
                    max={MAX_PEOPLE} unit={t(Key::UnitPeople)} on_change={set(|p, v| p.target.members = v.unwrap_or(0))} />
                <DateInput id="deadline" label={t(Key::Deadline)} value={target.deadline} required=false
                    error={deadline_error.map(AttrValue::from)}
                    on_change={{
                        let edit = edit.clone();
                        Callback::from(move |d: Option<NaiveDate>| edit(Box::new(move |p| p.target.deadline = d)))
                    }} />
            </div>
            <label class="choice target__precise">
                <input type="checkbox" checked={target.precise} onchange={on_precise} />
                { t(Key::TargetPrecise) }
            </label>
            <div class="canvas__row">
                <NumberField id="budget" label={t(Key::Budget)} value={target.budget} max={MAX_AMOUNT} unit="¥"
                    optional=true placeholder={t(Key::NoLimit)} on_change={set(|p, v| p.target.budget = v)} />
                <NumberField id="hours" label={t(Key::HoursLimit)} value={target.hours.map(u64::from)}
                    max={u64::from(MAX_HOURS)} unit={t(Key::UnitHours)} optional=true placeholder={t(Key::NoLimit)}
                    on_change={set(|p, v| p.target.hours = v.map(|h| h as u32))} />
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Option<NaiveDate>,
    /// Whether clearing the field is refused.
    pub required: bool,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_change: Callback<Option<NaiveDate>>,
}

/// A date field; a cleared required date or unreadable text is explained and
/// the last valid date kept.
#[component]
pub fn DateInput(props: &DateInputProps) -> Html {
    let bad = use_state(|| false);
    let Some(state) = use_app() else {
        return html! {};
    };
    let onchange = {
        let (on_change, bad, required) = (props.on_change.clone(), bad.clone(), props.required);
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match parse_ymd(&text) {
                Some(d) => {
                    bad.set(false);
                    on_change.emit(Some(d));
                }
                None if text.trim().is_empty() && !required => {
                    bad.set(false);
                    on_change.emit(None);
                }
                None => bad.set(true),
            }
        })
    };
    let error = if *bad { Some(AttrValue::from(state.t(Key::DateInvalid))) } else { props.error.clone() };
    let error_id = format!("{}-error", props.id);
    html! {
        <div class="field field--narrow field--date">
            <label class="field__label" for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} class="input field__control" type="date" required={props.required}
                value={props.value.map(format_ymd).unwrap_or_default()} aria-invalid={error.is_some().to_string()}
                aria-describedby={error_id.clone()} {onchange} />
            <p class="field__error" id={error_id} role="alert">{ error.unwrap_or_default() }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub plan: ChannelPlan,
    pub forecast: Rc<Forecast>,
    /// The simulator's figures, once computed for this version of the plan.
    pub done: Option<Rc<Deferred>>,
    /// The simulator's runs, for the explanation.
    pub runs: u32,
}

/// Whether the plan as scheduled meets its target — in members present,
/// the simulator's median — and when; joins beside them, named as joins.
#[component]
pub fn Verdict(props: &VerdictProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let (plan, f) = (&props.plan, &props.forecast);
    let target = &plan.target;
    let precise = target.precise;
    let joins = f.at(f.deadline, precise);
    let deadline = day_label(lang, f.start, f.deadline);
    let goal = target.members as f64;
    if plan.channels.is_empty() {
        // The channel list says what to do.
        return html! {};
    }
    let story = props.done.as_ref().map(|d| &d.story);
    let verdict = story.and_then(|s| s.verdict());
    let mut odds = None;
    let (class, text) = if target.members == 0 {
        (
            "verdict verdict--idle",
            lang.tf(
                Key::VerdictNoTarget,
                &[
                    ("n", &people(f.at(f.last_day(), false))),
                    ("day", &day_label(lang, f.start, f.last_day())),
                ],
            ),
        )
    } else {
        match verdict {
            None => (
                "verdict verdict--idle",
                lang.tf(Key::VerdictPending, &[("joins", &people(joins)), ("deadline", &deadline)]),
            ),
            Some(v) if v.met => {
                odds = Some(v.chance);
                (
                    "verdict verdict--ok",
                    lang.tf(
                        Key::VerdictReached,
                        &[
                            ("day", &v.reached.map(|d| day_label(lang, f.start, d)).unwrap_or_default()),
                            ("n", &people(v.present)),
                            ("target", &people(goal)),
                            ("joins", &people(joins)),
                            ("deadline", &deadline),
                        ],
                    ),
                )
            }
            Some(v) => {
                odds = Some(v.chance);
                let mut text = lang.tf(
                    Key::VerdictShort,
                    &[
                        ("n", &people(v.present)),
                        ("target", &people(goal)),
                        ("deadline", &deadline),
                        ("short", &people(goal - v.present)),
                        ("joins", &people(joins)),
                    ],
                );
                if let Some(day) = v.reached {
                    text.push(' ');
                    text.push_str(&lang.tf(Key::VerdictLater, &[("day", &day_label(lang, f.start, day))]));
                }
                ("verdict verdict--short", text)
            }
        }
    };
    let mut limits = Vec::new();
    if let Some(b) = target.budget.filter(|b| f.money > *b as f64 + 0.5) {
        limits.push(lang.tf(
            Key::OverBudget,
            &[("spent", &qunce_core::i18n::yuan(f.money)), ("budget", &qunce_core::i18n::yuan(b as f64))],
        ));
    }
    if let Some(h) = target.hours.filter(|h| f.hours > f64::from(*h) + 0.05) {
        limits.push(
            lang.tf(
                Key::OverHours,
                &[("spent", &qunce_core::i18n::tenths(f.hours)), ("hours", &h.to_string())],
            ),
        );
    }
    let end = f.last_day();
    let present_end = story.map_or_else(|| String::from("…"), |s| people(s.present(end, false)));
    html! {
        <section class={class} aria-live="polite" data-testid="verdict">
            <p class="verdict__text">{ text }
                if let Some(p) = odds {
                    { " " }
                    <span class={classes!("odds", qunce_core::labels::Odds::of(p).class())} data-testid="verdict-odds">
                        { qunce_core::summary::chance_words(lang, p) }
                    </span>
                }
            </p>
            <p class="verdict__figures">
                { lang.tf(Key::PlanCosts, &[("money", &qunce_core::i18n::yuan(f.money)), ("hours", &qunce_core::i18n::tenths(f.hours)),
                    ("n", &people(f.at(end, false))), ("present", &present_end), ("end", &day_label(lang, f.start, end))]) }
            </p>
            <p class="field__hint verdict__explain">{ lang.tf(Key::VerdictExplain, &[("runs", &props.runs.to_string())]) }</p>
            { for limits.into_iter().map(|l| html! { <p class="verdict__limit">{ l }</p> }) }
        </section>
    }
}
