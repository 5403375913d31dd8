//! `#/compare`: the workshop board. A facilitator pastes the links that
//! participants send back (one per line, or a whole chat transcript) and
//! sees the plans side by side — all in the page, nothing saved or sent.

use qunce_core::labels::{count, kpi_key, link_error_text, Noun, Odds};
use std::collections::HashMap;
use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::app::Route;
use crate::components::use_app;
use qunce_core::domain::canvas::format_ymd;
use qunce_core::domain::channels::local_date;
use qunce_core::i18n::{group, people, share_percent, Key, Lang};
use qunce_core::persist::link::{decode_code, find_codes, LinkError};
use qunce_core::summary::{clean, kpi_value, summarize, Summary};

/// Simulator runs per plan on the board (many plans at once).
pub const BOARD_RUNS: usize = 300;
type Read = Rc<Result<Summary, LinkError>>;

/// One pasted link: its code and the plan's summary, or why it failed.
type Entry = (String, Read);

/// Summaries already made, by code and language: typing in the box (or
/// pasting one more link) simulates only the links not read before.
type Cache = HashMap<(String, Lang), Read>;

fn read_all(text: &str, lang: Lang, today: chrono::NaiveDate, cache: &mut Cache) -> Vec<Entry> {
    let codes = find_codes(text);
    cache.retain(|(code, l), _| *l == lang && codes.contains(code));
    codes
        .into_iter()
        .map(|code| {
            let read = cache.entry((code.clone(), lang)).or_insert_with(|| {
                Rc::new(decode_code(&code).map(|shared| summarize(&shared.plan, lang, today, BOARD_RUNS)))
            });
            (code, read.clone())
        })
        .collect()
}

#[component]
pub fn CompareBoard() -> Html {
    let text = use_state(String::new);
    let state = use_app();
    let lang = state.as_ref().map(|s| s.lang).unwrap_or(Lang::En);
    let today = state.as_ref().map(|s| local_date(s.boot_ms, s.tz_offset_min)).unwrap_or_default();
    let cache = use_mut_ref(Cache::new);
    let entries: Rc<Vec<Entry>> = use_memo(((*text).clone(), lang, today), |(text, lang, today)| {
        read_all(text, *lang, *today, &mut cache.borrow_mut())
    });
    let Some(_) = state else {
        return html! {};
    };
    let t = |k| lang.t(k);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let errors = entries.iter().enumerate().filter_map(|(i, (_, r))| {
        r.as_ref().as_ref().err().map(|e| {
            html! { <li>{ lang.tf(Key::CompareBad, &[("n", &(i + 1).to_string()), ("reason", &link_error_text(lang, e))]) }</li> }
        })
    });
    let plans: Vec<(&String, &Summary)> =
        entries.iter().filter_map(|(code, r)| r.as_ref().as_ref().ok().map(|s| (code, s))).collect();
    let cell = |f: &dyn Fn(&Summary) -> Html| -> Html {
        html! { <>{ for plans.iter().map(|(_, s)| html! { <td>{ f(s) }</td> }) }</> }
    };
    let dash = || html! { { "—" } };
    let row = |label: Key, f: &dyn Fn(&Summary) -> Html| {
        html! { <tr><th scope="row">{ t(label) }</th>{ cell(f) }</tr> }
    };
    let table = (!plans.is_empty()).then(|| {
        let heads = plans.iter().map(|(code, s)| {
            let href = Route::Shared { code: (*code).clone() }.to_hash();
            html! {
                <th scope="col">
                    <span class="board__name">{ clean(&s.title) }</span>
                    <a class="board__open" {href}>{ t(Key::CompareOpen) }</a>
                </th>
            }
        });
        html! {
            <div class="table-scroll">
                <table class="table board__table" data-testid="board-table">
                    <thead><tr><th scope="col">{ t(Key::ComparePlan) }</th>{ for heads }</tr></thead>
                    <tbody>
                        { row(Key::Readiness, &|s| html! { { format!("{}/100", s.figures.readiness) } }) }
                        { row(Key::FieldKind, &|s| s.figures.kind.clone().map(|v| html! { { v } }).unwrap_or_else(dash)) }
                        { row(Key::FieldGoal, &|s| if s.figures.goal.is_empty() { dash() } else { html! { { s.figures.goal.clone() } } }) }
                        { row(Key::CompareTarget, &|s| match s.figures.target {
                            Some((n, precise, deadline)) => {
                                let noun = lang.t(if precise { Key::PreciseMembersPresent } else { Key::MembersPresent });
                                let by = deadline.map(format_ymd).unwrap_or_else(|| "—".into());
                                html! { { lang.tf(Key::SummaryTarget, &[("n", &group(n)), ("noun", noun), ("date", &by)]) } }
                            }
                            None => dash(),
                        }) }
                        { row(Key::CompareAtDeadline, &|s| match s.figures.at_deadline {
                            Some(v) => {
                                let met = s.figures.reached.is_some();
                                html! { <span class={classes!(met.then_some("board__met"))}>{ people(v) }</span> }
                            }
                            None => dash(),
                        }) }
                        { row(Key::SummaryVerdict, &|s| s.figures.verdict.clone().map(|v| html! { { v } }).unwrap_or_else(dash)) }
                        { row(Key::CompareSimEnd, &|s| match s.figures.sim_members {
                            Some((m, lo, hi)) => html! { { format!("{} ({}–{})", people(m), people(lo), people(hi)) } },
                            None => dash(),
                        }) }
                        { row(Key::CompareActive, &|s| s.figures.sim_active.map(|a| html! { { share_percent(a) } }).unwrap_or_else(dash)) }
                        { row(Key::CompareChance, &|s| if s.figures.chances.is_empty() { dash() } else {
                            html! { <ul class="board__chances">{ for s.figures.chances.iter().map(|(k, p)| html! {
                                <li class={Odds::of(*p).class()}>
                                    { format!("{} ≥ {} · {}% · {}", lang.t(kpi_key(k.kpi)), kpi_value(k.kpi, k.value), (p * 100.0).round() as u32, lang.t(Odds::of(*p).key())) }
                                </li>
                            }) }</ul> }
                        }) }
                    </tbody>
                </table>
            </div>
        }
    });
    html! {
        <section class="page board" data-testid="board">
            <h1 class="page__title">{ t(Key::CompareBoardTitle) }</h1>
            <p class="page__intro">{ t(Key::CompareBoardIntro) }</p>
            <div class="field">
                <label class="field__label" for="board-links">{ t(Key::ComparePaste) }</label>
                <textarea id="board-links" class="input board__input" rows="5" data-testid="board-input"
                    value={(*text).clone()} {oninput} spellcheck="false" />
            </div>
            if !entries.is_empty() {
                <p class="board__count" data-testid="board-count">
                    { count(lang, plans.len() as u64, Noun::Plan) }
                    { " · " }{ lang.tf(Key::CompareRuns, &[("runs", &BOARD_RUNS.to_string())]) }
                </p>
            }
            <ul class="board__errors" data-testid="board-errors">{ for errors }</ul>
            if plans.is_empty() {
                <p class="board__empty">{ t(Key::CompareNone) }</p>
            }
            { table.unwrap_or_default() }
        </section>
    }
}
