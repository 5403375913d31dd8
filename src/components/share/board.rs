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
use qunce_core::board::{columns, people as people_of, posts, Column, Post};
use qunce_core::domain::canvas::format_ymd;
use qunce_core::domain::channels::local_date;
use qunce_core::domain::Plan;
use qunce_core::i18n::{group, people, share_percent, Key, Lang};
use qunce_core::persist::link::{decode_code, LinkError};
use qunce_core::summary::{clean, kpi_value, summarize, Summary};

/// Simulator runs per plan on the board (many plans at once).
pub const BOARD_RUNS: usize = 300;
type Read = Result<Opened, LinkError>;

/// The board as read from the chat: one column per plan (who sent it, and
/// who else sent the same), and the links that could not be opened, with
/// their posts.
/// A plan read from a link, with its summary (shared, never copied).
type Opened = Rc<(Plan, Summary)>;

struct Board {
    cols: Vec<Column<Opened>>,
    bad: Vec<(Post, LinkError)>,
    posts: usize,
}

/// Summaries already made, by code and language: typing in the box (or
/// pasting one more link) simulates only the links not read before.
type Cache = HashMap<(String, Lang), Read>;

fn read_all(text: &str, lang: Lang, today: chrono::NaiveDate, cache: &mut Cache) -> Board {
    let posts = posts(text);
    cache.retain(|(code, l), _| *l == lang && posts.iter().any(|p| &p.code == code));
    let read = |code: &str| -> Read {
        cache
            .entry((code.to_owned(), lang))
            .or_insert_with(|| {
                decode_code(code).map(|shared| {
                    let summary = summarize(&shared.plan, lang, today, BOARD_RUNS);
                    Rc::new((shared.plan, summary))
                })
            })
            .clone()
    };
    let (cols, bad) = columns(&posts, read, |a, b| a.0.same_content(&b.0));
    Board { cols, bad, posts: posts.len() }
}

#[component]
pub fn CompareBoard() -> Html {
    let text = use_state(String::new);
    let state = use_app();
    let lang = state.as_ref().map(|s| s.lang).unwrap_or(Lang::En);
    let today = state.as_ref().map(|s| local_date(s.boot_ms, s.tz_offset_min)).unwrap_or_default();
    let cache = use_mut_ref(Cache::new);
    let board: Rc<Board> = use_memo(((*text).clone(), lang, today), |(text, lang, today)| {
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
    // A link that cannot be opened is named by its sender and quoted.
    let errors = board.bad.iter().enumerate().map(|(i, (post, e))| {
        let reason = link_error_text(lang, e);
        let quote = clean(&post.quote);
        let text = match &post.sender {
            Some(who) => {
                lang.tf(Key::CompareBadFrom, &[("who", &clean(who)), ("reason", &reason), ("quote", &quote)])
            }
            None => lang.tf(
                Key::CompareBadUnnamed,
                &[("n", &(i + 1).to_string()), ("reason", &reason), ("quote", &quote)],
            ),
        };
        html! { <li>{ text }</li> }
    });
    let merged: usize = board.cols.iter().map(|c| c.merged).sum();
    let plans: Vec<(&Column<Opened>, &Summary)> = board.cols.iter().map(|c| (c, &c.plan.1)).collect();
    let cell = |f: &dyn Fn(&Summary) -> Html| -> Html {
        html! { <>{ for plans.iter().map(|(_, s)| html! { <td>{ f(s) }</td> }) }</> }
    };
    let dash = || html! { { "—" } };
    let row = |label: Key, f: &dyn Fn(&Summary) -> Html| {
        html! { <tr><th scope="row">{ t(label) }</th>{ cell(f) }</tr> }
    };
    let table = (!plans.is_empty()).then(|| {
        let heads = plans.iter().map(|(col, s)| {
            let href = Route::Shared { code: col.code.clone() }.to_hash();
            let also = (!col.also.is_empty()).then(|| {
                let names: Vec<String> = col.also.iter().map(|n| clean(n)).collect();
                lang.tf(Key::CompareAlso, &[("names", &names.join(if lang == Lang::Zh { "、" } else { ", " }))])
            });
            html! {
                <th scope="col" data-testid="board-column">
                    if let Some(who) = &col.sender {
                        <span class="board__sender" data-testid="board-sender">{ clean(who) }</span>
                    }
                    <span class="board__name">{ clean(&s.title) }</span>
                    if let Some(also) = also {
                        <span class="board__also">{ also }</span>
                    }
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
            if board.posts > 0 {
                <p class="board__count" data-testid="board-count">
                    { lang.tf(Key::ComparePeople, &[
                        ("plans", &count(lang, plans.len() as u64, Noun::Plan)),
                        ("people", &count(lang, people_of(&board.cols) as u64, Noun::Person)),
                    ]) }
                    { " · " }{ lang.tf(Key::CompareRuns, &[("runs", &BOARD_RUNS.to_string())]) }
                </p>
            }
            if merged > 0 {
                <p class="board__merged" data-testid="board-merged">{ lang.tf(Key::CompareMerged, &[("n", &merged.to_string())]) }</p>
            }
            <ul class="board__errors" data-testid="board-errors">{ for errors }</ul>
            if plans.is_empty() {
                <p class="board__empty">{ t(Key::CompareNone) }</p>
            }
            { table.unwrap_or_default() }
        </section>
    }
}
