//! One channel's editor, and the buttons that add a channel from a preset.

use chrono::{Days, NaiveDate};
use qunce_core::labels::{mode_hint_key, mode_key, preset_name_key};
use yew::prelude::*;

use qunce_core::domain::canvas::{LINE_TEXT, MAX_AMOUNT, SHORT_TEXT};
use qunce_core::domain::channels::{
    Channel, ChannelPlan, Mode, RewardTier, Schedule, Scope, MAX_CAMPAIGN_DAYS, MAX_CHANNELS, MAX_DATES,
    MAX_HOURS, MAX_PEOPLE, MAX_PER_WEEK, MAX_TIERS, MAX_UNITS,
};
use qunce_core::i18n::{group, Key, Lang};

use super::{DateInput, EditProp};
use crate::components::canvas::{serde_plain, SelectField, TextField};
use crate::components::number::NumberField;
use crate::components::use_app;

/// A preset channel in the user's language, with units from `start`.
pub fn preset(lang: Lang, mode: Mode, start: NaiveDate) -> Channel {
    let mut c = Channel::preset(mode, lang.t(preset_name_key(mode)).to_owned(), start);
    if mode == Mode::Referral {
        let rewards = [Key::RewardPack, Key::RewardCoreGroup];
        for (tier, key) in c.referral.tiers.iter_mut().zip(rewards) {
            tier.reward = lang.t(key).to_owned();
        }
    }
    c
}

#[derive(Properties, PartialEq)]
pub struct AddChannelProps {
    pub count: usize,
    pub start: NaiveDate,
    pub edit: EditProp,
}

/// One button per mode; each adds that mode's preset.
#[component]
pub fn AddChannel(props: &AddChannelProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    if props.count >= MAX_CHANNELS {
        return html! { <p class="field__hint">{ lang.tf(Key::ChannelsFull, &[("n", &MAX_CHANNELS.to_string())]) }</p> };
    }
    let buttons = Mode::ALL.into_iter().map(|mode| {
        let (edit, start) = (props.edit.0.clone(), props.start);
        let onclick = Callback::from(move |_| {
            edit(Box::new(move |p: &mut ChannelPlan| {
                let start = p.start.unwrap_or(start);
                p.channels.push(preset(lang, mode, start));
            }))
        });
        html! {
            <button type="button" class="button add-channel__button" {onclick} data-mode={serde_plain(&mode)}>
                <span class="add-channel__title">{ lang.tf(Key::AddChannel, &[("mode", lang.t(mode_key(mode)))]) }</span>
                <span class="add-channel__hint">{ lang.t(mode_hint_key(mode)) }</span>
            </button>
        }
    });
    html! {
        <div class="add-channel" role="group" aria-label={lang.t(Key::AddChannelGroup)}>{ for buttons }</div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChannelCardProps {
    pub index: usize,
    pub channel: Channel,
    pub label: String,
    pub start: NaiveDate,
    pub count: usize,
    /// Every channel's label, for a referral campaign's scope.
    #[prop_or_default]
    pub names: Vec<String>,
    pub edit: EditProp,
}

type Setter = fn(&mut Channel, u64);

#[component]
pub fn ChannelCard(props: &ChannelCardProps) -> Html {
    let schedule_error = use_state(|| None::<String>);
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let (i, c) = (props.index, &props.channel);
    let id = |field: &str| AttrValue::from(format!("ch{i}-{field}"));
    let change = {
        let edit = props.edit.0.clone();
        move |f: Box<dyn FnOnce(&mut Channel)>| {
            edit(Box::new(move |p: &mut ChannelPlan| {
                if let Some(c) = p.channels.get_mut(i) {
                    f(c)
                }
            }))
        }
    };
    let number = |field: &str,
                  label: Key,
                  value: u64,
                  tenths: bool,
                  (min, max): (u64, u64),
                  unit: AttrValue,
                  set: Setter| {
        let change = change.clone();
        let on_change = Callback::from(move |v: Option<u64>| {
            if let Some(v) = v {
                change(Box::new(move |c| set(c, v)))
            }
        });
        // The model's parameters say what they mean, with an example.
        let hint = match label {
            Key::Precision => Some(t(Key::PrecisionHint)),
            Key::HalfLife => Some(t(Key::HalfLifeHint)),
            Key::Ramp => Some(t(Key::RampHint)),
            Key::Fatigue => Some(t(Key::FatigueHint)),
            _ => None,
        };
        html! { <NumberField id={id(field)} label={t(label)} value={Some(value)} tenths={tenths} min={min} max={max}
        {unit} {hint} {on_change} /> }
    };
    let text = |field: &str, label: Key, value: &str, set: fn(&mut Channel, String)| {
        let change = change.clone();
        let on_input = Callback::from(move |v: String| change(Box::new(move |c| set(c, v))));
        html! { <TextField id={id(field)} label={t(label)} value={AttrValue::from(value.to_owned())} max={SHORT_TEXT} {on_input} /> }
    };
    let mode_options: Vec<(AttrValue, AttrValue)> =
        Mode::ALL.iter().map(|m| (AttrValue::from(serde_plain(m)), t(mode_key(*m)))).collect();
    let on_mode = {
        let change = change.clone();
        Callback::from(move |v: String| {
            if let Some(m) = Mode::ALL.into_iter().find(|m| serde_plain(m) == v) {
                change(Box::new(move |c| c.mode = m))
            }
        })
    };
    let remove = {
        let edit = props.edit.0.clone();
        Callback::from(move |_| edit(Box::new(move |p: &mut ChannelPlan| p.remove_channel(i))))
    };
    let duplicate = {
        let edit = props.edit.0.clone();
        Callback::from(move |_| edit(Box::new(move |p: &mut ChannelPlan| p.duplicate_channel(i))))
    };

    let units = c.schedule.unit_dates();
    let summary = match (units.first(), units.last()) {
        (Some(first), _) if units.len() == 1 => {
            lang.tf(Key::UnitsSummaryOne, &[("date", &qunce_core::domain::canvas::format_ymd(*first))])
        }
        (Some(first), Some(last)) => lang.tf(
            Key::UnitsSummary,
            &[
                ("n", &group(units.len() as u64)),
                ("first", &qunce_core::domain::canvas::format_ymd(*first)),
                ("last", &qunce_core::domain::canvas::format_ymd(*last)),
            ],
        ),
        _ => lang.t(Key::NoUnits).to_owned(),
    };
    let schedule = schedule_editor(lang, i, c, props.start, &change, &schedule_error);
    let is_referral = c.mode == Mode::Referral;
    let pct = (0, 1000);
    let effect = if is_referral {
        let r = &c.referral;
        html! {
            <>
                <div class="numbers">
                    { number("share", Key::RefShare, u64::from(r.share_x10), true, pct, AttrValue::from("%"), |c, v| c.referral.share_x10 = v as u32) }
                    { number("invites", Key::RefInvites, u64::from(r.invites_x10), true, (0, 1000), t(Key::UnitPeople), |c, v| c.referral.invites_x10 = v as u32) }
                    { number("invite-join", Key::RefJoin, u64::from(r.join_x10), true, pct, AttrValue::from("%"), |c, v| c.referral.join_x10 = v as u32) }
                    { number("days", Key::RefDays, u64::from(r.days), false, (1, u64::from(MAX_CAMPAIGN_DAYS)), t(Key::UnitDays), |c, v| c.referral.days = v as u32) }
                </div>
                <p class="field__hint">{ lang.t(Key::RefModelHint) }</p>
                { scope_editor(lang, i, r.scope, &props.names, &change) }
                <TierList index={i} tiers={r.tiers.clone()} edit={props.edit.clone()} />
            </>
        }
    } else {
        html! {
            <div class="numbers">
                { number("reach", Key::Reach, c.reach, false, (0, MAX_PEOPLE), t(Key::UnitPeople), |c, v| c.reach = v) }
                { number("join", Key::JoinRate, u64::from(c.join_x10), true, pct, AttrValue::from("%"), |c, v| c.join_x10 = v as u32) }
                { number("half-life", Key::HalfLife, u64::from(c.half_life_x10), true, (1, 36_500), t(Key::UnitDays), |c, v| c.half_life_x10 = v as u32) }
                { number("ramp", Key::Ramp, u64::from(c.ramp_x10), true, (0, 3650), t(Key::UnitDays), |c, v| c.ramp_x10 = v as u32) }
            </div>
        }
    };
    html! {
        <article class={classes!("channel-card", format!("channel-card--{}", serde_plain(&c.mode)))}
            aria-labelledby={id("title")} data-testid="channel-card">
            <header class="channel-card__head">
                <span class={classes!("swatch", format!("swatch--{}", i % 10))} aria-hidden="true"></span>
                <h4 class="channel-card__title" id={id("title")}>{ props.label.clone() }</h4>
                <span class="channel-card__mode">{ t(mode_key(c.mode)) }</span>
            </header>
            <div class="canvas__row">
                { text("name", Key::ChannelName, &c.name, |c, v| c.name = v) }
                <SelectField id={id("mode")} label={t(Key::ChannelMode)} options={mode_options}
                    value={AttrValue::from(serde_plain(&c.mode))} on_change={on_mode} />
                { text("platform", Key::Platform, &c.platform, |c, v| c.platform = v) }
            </div>
            <div class="numbers">
                { number("cost", Key::CostPerUnit, c.cost, false, (0, MAX_AMOUNT), t(Key::UnitYuan), |c, v| c.cost = v) }
                { number("hours", Key::HoursPerUnit, u64::from(c.hours_x10), true, (0, u64::from(MAX_HOURS) * 10), t(Key::UnitHours), |c, v| c.hours_x10 = v as u32) }
            </div>
            { schedule }
            <p class="channel-card__units" data-testid="units-summary">{ summary }</p>
            { effect }
            <div class="numbers">
                { number("precision", Key::Precision, u64::from(c.precision_x10), true, pct, AttrValue::from("%"), |c, v| c.precision_x10 = v as u32) }
                { number("fatigue", Key::Fatigue, u64::from(c.fatigue_x10), true, pct, AttrValue::from("%"), |c, v| c.fatigue_x10 = v as u32) }
            </div>
            <div class="channel-card__actions">
                if props.count < MAX_CHANNELS {
                    <button type="button" class="button button--quiet" onclick={duplicate}>{ t(Key::Duplicate) }</button>
                }
                <button type="button" class="button button--quiet button--danger" onclick={remove}
                    aria-label={lang.tf(Key::RemoveChannel, &[("name", &props.label)])}>{ t(Key::Remove) }</button>
            </div>
        </article>
    }
}

/// Refuses a schedule that runs backwards or has too many units; returns
/// the message to show, if any.
fn schedule_problem(lang: Lang, s: &Schedule) -> Option<String> {
    if let Schedule::Weekly { from, to, .. } = s {
        if to < from {
            return Some(lang.t(Key::EndBeforeStart).to_owned());
        }
    }
    let n = s.requested_units();
    (n > MAX_UNITS as u64)
        .then(|| lang.tf(Key::TooManyUnits, &[("n", &group(n)), ("max", &MAX_UNITS.to_string())]))
}

fn schedule_editor(
    lang: Lang,
    i: usize,
    c: &Channel,
    start: NaiveDate,
    change: &(impl Fn(Box<dyn FnOnce(&mut Channel)>) + Clone + 'static),
    error: &UseStateHandle<Option<String>>,
) -> Html {
    let t = |k| AttrValue::from(lang.t(k));
    let id = |field: &str| AttrValue::from(format!("ch{i}-{field}"));
    // Applies a schedule change unless it is refused.
    let try_schedule = {
        let (change, error, current) = (change.clone(), error.clone(), c.schedule.clone());
        move |f: Box<dyn FnOnce(&mut Schedule)>| {
            let mut next = current.clone();
            f(&mut next);
            match schedule_problem(lang, &next) {
                Some(message) => error.set(Some(message)),
                None => {
                    error.set(None);
                    change(Box::new(move |c| c.schedule = next));
                }
            }
        }
    };
    let weekly = matches!(c.schedule, Schedule::Weekly { .. });
    let kind_options = vec![
        (AttrValue::from("dates"), t(Key::ScheduleDates)),
        (AttrValue::from("weekly"), t(Key::ScheduleWeekly)),
    ];
    let on_kind = {
        let try_schedule = try_schedule.clone();
        let first = c.schedule.unit_dates().first().copied().unwrap_or(start);
        Callback::from(move |v: String| {
            try_schedule(Box::new(move |s| {
                *s = if v == "weekly" {
                    let to = first.checked_add_days(Days::new(27)).unwrap_or(first);
                    Schedule::Weekly { per_week: 1, from: first, to }
                } else {
                    Schedule::Dates { dates: vec![first] }
                }
            }))
        })
    };
    let body = match &c.schedule {
        Schedule::Dates { dates } => {
            let rows = dates.iter().enumerate().map(|(k, d)| {
                let on_change = {
                    let try_schedule = try_schedule.clone();
                    Callback::from(move |v: Option<NaiveDate>| {
                        if let Some(v) = v {
                            try_schedule(Box::new(move |s| {
                                if let Schedule::Dates { dates } = s {
                                    if let Some(slot) = dates.get_mut(k) {
                                        *slot = v;
                                    }
                                }
                            }))
                        }
                    })
                };
                let remove = {
                    let try_schedule = try_schedule.clone();
                    Callback::from(move |_| {
                        try_schedule(Box::new(move |s| {
                            if let Schedule::Dates { dates } = s {
                                if k < dates.len() {
                                    dates.remove(k);
                                }
                            }
                        }))
                    })
                };
                html! {
                    <li class="dates__item">
                        <DateInput id={id(&format!("date-{k}"))} label={AttrValue::from(lang.tf(Key::UnitDateN, &[("n", &(k + 1).to_string())]))}
                            value={Some(*d)} required=true {on_change} />
                        <button type="button" class="button button--quiet button--danger" onclick={remove}
                            aria-label={lang.tf(Key::RemoveDateN, &[("n", &(k + 1).to_string())])}>{ t(Key::Remove) }</button>
                    </li>
                }
            });
            let add = {
                let try_schedule = try_schedule.clone();
                let next = dates.iter().max().and_then(|d| d.checked_add_days(Days::new(7))).unwrap_or(start);
                Callback::from(move |_| {
                    try_schedule(Box::new(move |s| {
                        if let Schedule::Dates { dates } = s {
                            dates.push(next);
                        }
                    }))
                })
            };
            html! {
                <>
                    <ul class="dates">{ for rows }</ul>
                    if dates.len() < MAX_DATES {
                        <button type="button" class="button" onclick={add} id={id("add-date")}>{ t(Key::AddDate) }</button>
                    } else {
                        <p class="field__hint">{ lang.tf(Key::DatesFull, &[("n", &MAX_DATES.to_string())]) }</p>
                    }
                </>
            }
        }
        Schedule::Weekly { per_week, from, to } => {
            let on_per_week = {
                let try_schedule = try_schedule.clone();
                Callback::from(move |v: Option<u64>| {
                    if let Some(v) = v {
                        try_schedule(Box::new(move |s| {
                            if let Schedule::Weekly { per_week, .. } = s {
                                *per_week = v as u32;
                            }
                        }))
                    }
                })
            };
            let date = |set: fn(&mut NaiveDate, &mut NaiveDate, NaiveDate)| {
                let try_schedule = try_schedule.clone();
                Callback::from(move |v: Option<NaiveDate>| {
                    if let Some(v) = v {
                        try_schedule(Box::new(move |s| {
                            if let Schedule::Weekly { from, to, .. } = s {
                                set(from, to, v);
                            }
                        }))
                    }
                })
            };
            html! {
                <div class="canvas__row">
                    <NumberField id={id("per-week")} label={t(Key::UnitsPerWeek)} value={Some(u64::from(*per_week))}
                        min=1 max={u64::from(MAX_PER_WEEK)} on_change={on_per_week} />
                    <DateInput id={id("from")} label={t(Key::FromDate)} value={Some(*from)} required=true
                        on_change={date(|from, _, v| *from = v)} />
                    <DateInput id={id("to")} label={t(Key::ToDate)} value={Some(*to)} required=true
                        on_change={date(|_, to, v| *to = v)} />
                </div>
            }
        }
    };
    html! {
        <fieldset class="schedule">
            <legend class="field__label">{ t(Key::Schedule) }</legend>
            <SelectField id={id("schedule")} label={t(Key::ScheduleKind)} options={kind_options}
                value={AttrValue::from(if weekly { "weekly" } else { "dates" })} on_change={on_kind} />
            { body }
            <p class="field__error" role="alert" id={id("schedule-error")}>{ (**error).clone().unwrap_or_default() }</p>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct TierListProps {
    pub index: usize,
    pub tiers: Vec<RewardTier>,
    pub edit: EditProp,
}

/// Reward tiers of a referral campaign: invite N → reward, cost, cap.
#[component]
pub fn TierList(props: &TierListProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let i = props.index;
    let change_tier = {
        let edit = props.edit.0.clone();
        move |k: usize, f: Box<dyn FnOnce(&mut RewardTier)>| {
            edit(Box::new(move |p: &mut ChannelPlan| {
                if let Some(tier) = p.channels.get_mut(i).and_then(|c| c.referral.tiers.get_mut(k)) {
                    f(tier)
                }
            }))
        }
    };
    let rows = props.tiers.iter().enumerate().map(|(k, tier)| {
        let id = |field: &str| AttrValue::from(format!("ch{i}-tier{k}-{field}"));
        let num = |set: fn(&mut RewardTier, Option<u64>)| {
            let change_tier = change_tier.clone();
            Callback::from(move |v: Option<u64>| change_tier(k, Box::new(move |tier| set(tier, v))))
        };
        let on_reward = {
            let change_tier = change_tier.clone();
            Callback::from(move |v: String| change_tier(k, Box::new(move |tier| tier.reward = v)))
        };
        let remove = {
            let edit = props.edit.0.clone();
            Callback::from(move |_| {
                edit(Box::new(move |p: &mut ChannelPlan| {
                    if let Some(c) = p.channels.get_mut(i) {
                        if k < c.referral.tiers.len() {
                            c.referral.tiers.remove(k);
                        }
                    }
                }))
            })
        };
        html! {
            <li class="tiers__item">
                <div class="canvas__row">
                    <NumberField id={id("invites")} label={t(Key::TierInvites)} value={Some(u64::from(tier.invites))} min=1 max=1000
                        unit={t(Key::UnitPeople)} on_change={num(|tier, v| if let Some(v) = v { tier.invites = v as u32 })} />
                    <TextField id={id("reward")} label={t(Key::TierReward)} value={AttrValue::from(tier.reward.clone())}
                        max={LINE_TEXT} on_input={on_reward} />
                </div>
                <div class="canvas__row">
                    <NumberField id={id("cost")} label={t(Key::TierCost)} value={Some(tier.cost)} max={MAX_AMOUNT}
                        unit={t(Key::UnitYuan)} on_change={num(|tier, v| if let Some(v) = v { tier.cost = v })} />
                    <NumberField id={id("cap")} label={t(Key::TierCap)} value={tier.cap.map(u64::from)} max=1_000_000
                        optional=true placeholder={t(Key::NoLimit)} unit={t(Key::UnitPeople)}
                        on_change={num(|tier, v| tier.cap = v.map(|v| v as u32))} />
                </div>
                <button type="button" class="button button--quiet button--danger" onclick={remove}>{ t(Key::RemoveTier) }</button>
            </li>
        }
    });
    let add = {
        let edit = props.edit.0.clone();
        let next = props.tiers.iter().map(|t| t.invites).max().unwrap_or(0).saturating_add(3).min(1000);
        Callback::from(move |_| {
            edit(Box::new(move |p: &mut ChannelPlan| {
                if let Some(c) = p.channels.get_mut(i) {
                    if c.referral.tiers.len() < MAX_TIERS {
                        c.referral.tiers.push(RewardTier { invites: next, ..RewardTier::default() });
                    }
                }
            }))
        })
    };
    html! {
        <fieldset class="tiers">
            <legend class="field__label">{ t(Key::Tiers) }</legend>
            <ul class="tiers__list">{ for rows }</ul>
            if props.tiers.len() < MAX_TIERS {
                <button type="button" class="button" onclick={add}>{ t(Key::AddTier) }</button>
            }
        </fieldset>
    }
}

/// Who takes part in a referral campaign: every member, one group (or a
/// tier, as a group of its size), or one channel's joiners.
fn scope_editor(
    lang: qunce_core::i18n::Lang,
    i: usize,
    scope: Scope,
    names: &[String],
    change: &(impl Fn(Box<dyn FnOnce(&mut Channel)>) + Clone + 'static),
) -> Html {
    let t = |k| AttrValue::from(lang.t(k));
    let value = match scope {
        Scope::All => String::from("all"),
        Scope::Group { .. } => String::from("group"),
        Scope::Tier { .. } => String::from("tier"),
        Scope::Channel { index } => format!("channel-{index}"),
    };
    let mut options: Vec<(AttrValue, AttrValue)> = vec![
        (AttrValue::from("all"), t(Key::ScopeAll)),
        (AttrValue::from("tier"), t(Key::ScopeTier)),
        (AttrValue::from("group"), t(Key::ScopeGroup)),
    ];
    for (j, name) in names.iter().enumerate().filter(|(j, _)| *j != i) {
        options.push((
            AttrValue::from(format!("channel-{j}")),
            AttrValue::from(lang.tf(Key::ScopeChannel, &[("name", name)])),
        ));
    }
    let on_scope = {
        let change = change.clone();
        Callback::from(move |v: String| {
            let scope = match v.as_str() {
                "group" => Scope::Group { members: 100 },
                "tier" => Scope::Tier { share_x10: 200 },
                other => match other.strip_prefix("channel-").and_then(|n| n.parse::<u32>().ok()) {
                    Some(index) => Scope::Channel { index },
                    None => Scope::All,
                },
            };
            change(Box::new(move |c| c.referral.scope = scope))
        })
    };
    let size = if let Scope::Tier { share_x10 } = scope {
        let change = change.clone();
        let on_change = Callback::from(move |v: Option<u64>| {
            if let Some(v) = v {
                change(Box::new(move |c| c.referral.scope = Scope::Tier { share_x10: v as u32 }))
            }
        });
        html! { <NumberField id={AttrValue::from(format!("ch{i}-scope-share"))} label={t(Key::ScopeTierShare)}
        value={Some(u64::from(share_x10))} tenths=true max=1000 unit={AttrValue::from("%")} {on_change} /> }
    } else if let Scope::Group { members } = scope {
        let change = change.clone();
        let on_change = Callback::from(move |v: Option<u64>| {
            if let Some(v) = v {
                change(Box::new(move |c| c.referral.scope = Scope::Group { members: v }))
            }
        });
        html! { <NumberField id={AttrValue::from(format!("ch{i}-scope-size"))} label={t(Key::ScopeGroupSize)}
        value={Some(members)} min=1 max={MAX_PEOPLE} unit={t(Key::UnitPeople)} {on_change} /> }
    } else {
        html! {}
    };
    html! {
        <div class="numbers">
            <SelectField id={AttrValue::from(format!("ch{i}-scope"))} label={t(Key::ScopeLabel)} options={options}
                value={AttrValue::from(value)} on_change={on_scope} />
            { size }
        </div>
    }
}
