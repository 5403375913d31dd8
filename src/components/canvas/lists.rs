//! The repeating parts of the canvas: segments, rhythm items, profit items.

use qunce_core::labels::profit_source_key;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use qunce_core::domain::canvas::{
    per_week, Cadence, ProfitItem, ProfitSource, RhythmItem, Segment, LINE_TEXT, LONG_TEXT, MAX_AMOUNT,
    MAX_ITEMS, SHORT_TEXT,
};
use qunce_core::i18n::{tenths, Key};

use super::fields::TextField;
use super::{serde_plain, EditProp};
use crate::components::use_app;

fn remove_button(label: &str, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="button button--quiet button--danger list__remove" {onclick}>{ label.to_owned() }</button> }
}

#[derive(Properties, PartialEq)]
pub struct SegmentListProps {
    pub segments: Vec<Segment>,
    pub edit: EditProp,
}

#[component]
pub fn SegmentList(props: &SegmentListProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let t = |k| AttrValue::from(state.t(k));
    let edit = &props.edit.0;
    let rows = props.segments.iter().enumerate().map(|(i, seg)| {
        let set = |f: fn(&mut Segment, String)| {
            let edit = edit.clone();
            Callback::from(move |v: String| edit(Box::new(move |c| { if let Some(s) = c.segments.get_mut(i) { f(s, v) } })))
        };
        let remove = {
            let edit = edit.clone();
            Callback::from(move |_| edit(Box::new(move |c| { if i < c.segments.len() { c.segments.remove(i); } })))
        };
        html! {
            <li class="list__item" key={i}>
                <TextField id={format!("segment-{i}-label")} label={t(Key::SegmentLabel)} placeholder={t(Key::SegmentLabelPh)}
                    value={seg.label.clone()} max={SHORT_TEXT} on_input={set(|s, v| s.label = v)} />
                <TextField id={format!("segment-{i}-tags")} label={t(Key::SegmentTags)} placeholder={t(Key::SegmentTagsPh)}
                    value={seg.tags.clone()} max={LINE_TEXT} on_input={set(|s, v| s.tags = v)} />
                <TextField id={format!("segment-{i}-needs")} label={t(Key::SegmentNeeds)} placeholder={t(Key::SegmentNeedsPh)}
                    value={seg.needs.clone()} max={LONG_TEXT} multiline=true on_input={set(|s, v| s.needs = v)} />
                { remove_button(state.t(Key::Remove), remove) }
            </li>
        }
    });
    let add = {
        let edit = edit.clone();
        Callback::from(move |_| edit(Box::new(|c| c.segments.push(Segment::default()))))
    };
    html! {
        <>
            <ol class="list">{ for rows }</ol>
            <button type="button" class="button" onclick={add} disabled={props.segments.len() >= MAX_ITEMS}>
                { "+ " }{ state.t(Key::AddSegment) }
            </button>
        </>
    }
}

/// Turns the current cadence and a control's new value into the next cadence.
type CadenceChange = Box<dyn Fn(Cadence, &str) -> Option<Cadence>>;

const WEEKDAYS: [Key; 7] = [Key::Mon, Key::Tue, Key::Wed, Key::Thu, Key::Fri, Key::Sat, Key::Sun];

fn minute_to_hhmm(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

fn hhmm_to_minute(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

#[derive(Properties, PartialEq)]
pub struct RhythmListProps {
    pub items: Vec<RhythmItem>,
    pub edit: EditProp,
}

#[component]
pub fn RhythmList(props: &RhythmListProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let edit = &props.edit.0;
    let rows = props.items.iter().enumerate().map(|(i, item)| {
        let set_cadence = |make: CadenceChange| {
            let edit = edit.clone();
            let current = item.cadence;
            Callback::from(move |e: Event| {
                let v = match e.target_dyn_into::<HtmlSelectElement>() {
                    Some(sel) => sel.value(),
                    None => e.target_unchecked_into::<HtmlInputElement>().value(),
                };
                if let Some(next) = make(current, &v) {
                    edit(Box::new(move |c| { if let Some(r) = c.rhythm.get_mut(i) { r.cadence = next } }));
                }
            })
        };
        let on_every = set_cadence(Box::new(|cur, v| {
            let minute = match cur {
                Cadence::Daily { minute } | Cadence::Weekly { minute, .. } => minute,
                Cadence::Monthly { .. } => 20 * 60,
            };
            match v {
                "daily" => Some(Cadence::Daily { minute }),
                "weekly" => Some(Cadence::Weekly { weekday: 0, minute }),
                "monthly" => Some(Cadence::Monthly { day: 1 }),
                _ => None,
            }
        }));
        let on_time = set_cadence(Box::new(|cur, v| {
            let minute = hhmm_to_minute(v)?;
            match cur {
                Cadence::Daily { .. } => Some(Cadence::Daily { minute }),
                Cadence::Weekly { weekday, .. } => Some(Cadence::Weekly { weekday, minute }),
                Cadence::Monthly { .. } => None,
            }
        }));
        let on_weekday = set_cadence(Box::new(|cur, v| match (cur, v.parse::<u8>()) {
            (Cadence::Weekly { minute, .. }, Ok(weekday)) if weekday < 7 => Some(Cadence::Weekly { weekday, minute }),
            _ => None,
        }));
        let on_day = set_cadence(Box::new(|_, v| match v.parse::<u8>() {
            Ok(day) if (1..=28).contains(&day) => Some(Cadence::Monthly { day }),
            _ => None,
        }));
        let on_title = {
            let edit = edit.clone();
            Callback::from(move |v: String| edit(Box::new(move |c| { if let Some(r) = c.rhythm.get_mut(i) { r.title = v } })))
        };
        let remove = {
            let edit = edit.clone();
            Callback::from(move |_| edit(Box::new(move |c| { if i < c.rhythm.len() { c.rhythm.remove(i); } })))
        };
        let every = match item.cadence {
            Cadence::Daily { .. } => "daily",
            Cadence::Weekly { .. } => "weekly",
            Cadence::Monthly { .. } => "monthly",
        };
        let opt = |v: &'static str, k: Key| html! { <option value={v} selected={every == v}>{ lang.t(k) }</option> };
        let id = |part: &str| format!("rhythm-{i}-{part}");
        let time = match item.cadence {
            Cadence::Daily { minute } | Cadence::Weekly { minute, .. } => html! {
                <div class="field field--narrow">
                    <label class="field__label" for={id("time")}>{ lang.t(Key::Time) }</label>
                    <input id={id("time")} class="input field__control" type="time" value={minute_to_hhmm(minute)} onchange={on_time} />
                </div>
            },
            Cadence::Monthly { .. } => html! {},
        };
        let day = match item.cadence {
            Cadence::Weekly { weekday, .. } => html! {
                <div class="field field--narrow">
                    <label class="field__label" for={id("weekday")}>{ lang.t(Key::Weekday) }</label>
                    <select id={id("weekday")} class="input field__control" onchange={on_weekday}>
                        { for WEEKDAYS.iter().enumerate().map(|(d, k)| html! {
                            <option value={d.to_string()} selected={usize::from(weekday) == d}>{ lang.t(*k) }</option>
                        }) }
                    </select>
                </div>
            },
            Cadence::Monthly { day } => html! {
                <div class="field field--narrow">
                    <label class="field__label" for={id("day")}>{ lang.t(Key::DayOfMonth) }</label>
                    <select id={id("day")} class="input field__control" onchange={on_day}>
                        { for (1..=28u8).map(|d| html! {
                            <option value={d.to_string()} selected={day == d}>{ lang.tf(Key::DayN, &[("n", &d.to_string())]) }</option>
                        }) }
                    </select>
                </div>
            },
            Cadence::Daily { .. } => html! {},
        };
        html! {
            <li class="list__item" key={i}>
                <TextField id={id("title")} label={t(Key::RhythmTitle)} placeholder={t(Key::RhythmTitlePh)}
                    value={item.title.clone()} max={LINE_TEXT} on_input={on_title} />
                <div class="list__inline">
                    <div class="field field--narrow">
                        <label class="field__label" for={id("every")}>{ lang.t(Key::Cadence) }</label>
                        <select id={id("every")} class="input field__control" onchange={on_every}>
                            { opt("daily", Key::Daily) }{ opt("weekly", Key::Weekly) }{ opt("monthly", Key::Monthly) }
                        </select>
                    </div>
                    { day }
                    { time }
                </div>
                { remove_button(lang.t(Key::Remove), remove) }
            </li>
        }
    });
    let add = {
        let edit = edit.clone();
        Callback::from(move |_| edit(Box::new(|c| c.rhythm.push(RhythmItem::default()))))
    };
    let weekly = per_week(&props.items);
    html! {
        <>
            <ol class="list">{ for rows }</ol>
            <p class="list__summary">{ lang.tf(Key::PerWeek, &[("n", &tenths(weekly))]) }</p>
            <button type="button" class="button" onclick={add} disabled={props.items.len() >= MAX_ITEMS}>
                { "+ " }{ lang.t(Key::AddRhythm) }
            </button>
        </>
    }
}

/// Parses an amount typed by the user: a number from 0 to [`MAX_AMOUNT`].
pub fn parse_amount(s: &str) -> Option<u64> {
    let v: u64 = s.trim().replace([',', '，', '¥', '￥', ' '], "").parse().ok()?;
    (v <= MAX_AMOUNT).then_some(v)
}

#[derive(Properties, PartialEq)]
pub struct ProfitListProps {
    pub items: Vec<ProfitItem>,
    pub edit: EditProp,
}

#[component]
pub fn ProfitList(props: &ProfitListProps) -> Html {
    // Rows whose amount field holds text that is not a valid amount.
    let invalid = use_state(Vec::<usize>::new);
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let edit = &props.edit.0;
    let rows = props.items.iter().enumerate().map(|(i, item)| {
        let on_source = {
            let edit = edit.clone();
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                if let Some(src) = ProfitSource::ALL.into_iter().find(|s| serde_plain(s) == v) {
                    edit(Box::new(move |c| { if let Some(p) = c.profit.get_mut(i) { p.source = src } }));
                }
            })
        };
        let on_note = {
            let edit = edit.clone();
            Callback::from(move |v: String| edit(Box::new(move |c| { if let Some(p) = c.profit.get_mut(i) { p.note = v } })))
        };
        let on_amount = {
            let (edit, invalid) = (edit.clone(), invalid.clone());
            Callback::from(move |e: InputEvent| {
                let v = e.target_unchecked_into::<HtmlInputElement>().value();
                let mut bad: Vec<usize> = (*invalid).iter().copied().filter(|r| *r != i).collect();
                match parse_amount(&v) {
                    Some(amount) => edit(Box::new(move |c| { if let Some(p) = c.profit.get_mut(i) { p.amount = amount } })),
                    None => bad.push(i),
                }
                invalid.set(bad);
            })
        };
        let remove = {
            let (edit, invalid) = (edit.clone(), invalid.clone());
            Callback::from(move |_| {
                invalid.set(Vec::new());
                edit(Box::new(move |c| { if i < c.profit.len() { c.profit.remove(i); } }))
            })
        };
        let id = |part: &str| format!("profit-{i}-{part}");
        let is_invalid = invalid.contains(&i);
        html! {
            <li class="list__item" key={i}>
                <div class="list__inline">
                    <div class="field">
                        <label class="field__label" for={id("source")}>{ lang.t(Key::ProfitSource) }</label>
                        <select id={id("source")} class="input field__control" onchange={on_source}>
                            { for ProfitSource::ALL.iter().map(|s| html! {
                                <option value={serde_plain(s)} selected={*s == item.source}>{ lang.t(profit_source_key(*s)) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field field--narrow">
                        <label class="field__label" for={id("amount")}>{ lang.t(Key::ProfitAmount) }</label>
                        <input id={id("amount")} class="input field__control" type="text" inputmode="numeric"
                            value={item.amount.to_string()} oninput={on_amount} aria-invalid={is_invalid.to_string()}
                            aria-describedby={id("amount-error")} />
                        <p class="field__error" id={id("amount-error")} role="alert">
                            { if is_invalid { lang.t(Key::AmountInvalid) } else { "" } }
                        </p>
                    </div>
                </div>
                <TextField id={id("note")} label={AttrValue::from(lang.t(Key::ProfitNote))} placeholder={AttrValue::from(lang.t(Key::ProfitNotePh))}
                    value={item.note.clone()} max={LINE_TEXT} on_input={on_note} />
                { remove_button(lang.t(Key::Remove), remove) }
            </li>
        }
    });
    let add = {
        let edit = edit.clone();
        Callback::from(move |_| edit(Box::new(|c| c.profit.push(ProfitItem::default()))))
    };
    html! {
        <>
            <ol class="list">{ for rows }</ol>
            <button type="button" class="button" onclick={add} disabled={props.items.len() >= MAX_ITEMS}>
                { "+ " }{ lang.t(Key::AddProfit) }
            </button>
        </>
    }
}
