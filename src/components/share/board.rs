//! `#/compare`: the workshop board. A facilitator pastes the links that
//! participants send back (one per line, or a whole chat transcript) and
//! sees the plans side by side — all in the page, nothing saved or sent.

use qunce_core::labels::{count, kpi_key, link_error_text, Noun, Odds};
use std::collections::HashMap;
use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::Projector;
use crate::app::Route;
use crate::components::use_app;
use crate::services::storage;
use qunce_core::board::{columns, people as people_of, posts, Column, Post};
use qunce_core::domain::canvas::format_ymd;
use qunce_core::domain::channels::local_date;
use qunce_core::domain::Plan;
use qunce_core::i18n::{group, people, share_percent, Key, Lang};
use qunce_core::persist::boards::Board as StoredBoard;
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

/// How long after the last keystroke the board is written.
const BOARD_SAVE_MS: u32 = 400;

#[component]
pub fn CompareBoard() -> Html {
    let text = use_state(String::new);
    let projecting = use_state(|| false);
    // The boards kept in this browser, and the one open (read after the
    // first render: never from storage while rendering).
    let kept = use_state(Vec::<StoredBoard>::new);
    let current = use_state(|| None::<StoredBoard>);
    {
        let (kept, current, text) = (kept.clone(), current.clone(), text.clone());
        use_effect_with((), move |_| {
            let boards = storage::list_boards();
            if let Some(first) = boards.first() {
                text.set(first.chat.clone());
                current.set(Some(first.clone()));
            }
            kept.set(boards);
        });
    }
    // Written a moment after the last change.
    {
        let kept = kept.clone();
        use_effect_with((*current).clone(), move |board| {
            let timer = board.clone().map(|b| {
                gloo::timers::callback::Timeout::new(BOARD_SAVE_MS, move || {
                    if let Some(boards) = storage::save_board(&b) {
                        kept.set(boards);
                    }
                })
            });
            move || drop(timer)
        });
    }
    let state = use_app();
    let lang = state.as_ref().map(|s| s.lang).unwrap_or(Lang::En);
    let today = state.as_ref().map(|s| local_date(s.boot_ms, s.tz_offset_min)).unwrap_or_default();
    let tz = state.as_ref().map_or(0, |s| s.tz_offset_min);
    let cache = use_mut_ref(Cache::new);
    let board: Rc<Board> = use_memo(((*text).clone(), lang, today), |(text, lang, today)| {
        read_all(text, *lang, *today, &mut cache.borrow_mut())
    });
    let Some(_) = state else {
        return html! {};
    };
    let t = |k| lang.t(k);
    let now = crate::services::browser::now_ms;
    let default_name = lang.tf(Key::BoardDefaultName, &[("date", &format_ymd(today))]);
    let oninput = {
        let (text, current, default_name) = (text.clone(), current.clone(), default_name.clone());
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let chat = area.value();
            let t = now();
            let board = match (*current).clone() {
                Some(b) => StoredBoard { chat: chat.clone(), updated_ms: t, ..b },
                None => StoredBoard {
                    id: crate::services::browser::new_id(),
                    name: default_name.clone(),
                    created_ms: t,
                    updated_ms: t,
                    chat: chat.clone(),
                },
            };
            current.set(Some(board));
            text.set(chat);
        })
    };
    let on_name = {
        let current = current.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(b) = (*current).clone() {
                current.set(Some(StoredBoard { name: input.value(), updated_ms: now(), ..b }));
            }
        })
    };
    let on_pick = {
        let (kept, current, text) = (kept.clone(), current.clone(), text.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(b) = kept.iter().find(|b| b.id.as_str() == select.value()) {
                text.set(b.chat.clone());
                current.set(Some(b.clone()));
            }
        })
    };
    let on_new = {
        let (current, text) = (current.clone(), text.clone());
        Callback::from(move |_| {
            current.set(None);
            text.set(String::new());
        })
    };
    let on_delete = {
        let (kept, current, text) = (kept.clone(), current.clone(), text.clone());
        Callback::from(move |_| {
            let Some(b) = (*current).clone() else { return };
            storage::remove_board(&b.id);
            let rest: Vec<StoredBoard> = storage::list_boards();
            match rest.first() {
                Some(next) => {
                    text.set(next.chat.clone());
                    current.set(Some(next.clone()));
                }
                None => {
                    text.set(String::new());
                    current.set(None);
                }
            }
            kept.set(rest);
        })
    };
    let board_bar = {
        let options = kept.iter().map(|b| {
            let selected = current.as_ref().is_some_and(|c| c.id == b.id);
            let date = format_ymd(local_date(b.created_ms, tz));
            html! { <option value={b.id.as_str().to_owned()} {selected}>{ lang.tf(Key::BoardOption, &[("name", &clean(&b.name)), ("date", &date)]) }</option> }
        });
        html! {
            <div class="board__bar" data-testid="board-bar">
                if let Some(b) = current.as_ref() {
                    <div class="field board__name-field">
                        <label class="field__label" for="board-name">{ t(Key::BoardName) }</label>
                        <input id="board-name" class="input" type="text" maxlength="120" value={b.name.clone()} oninput={on_name} data-testid="board-name" />
                    </div>
                }
                if kept.len() > 1 {
                    <div class="field board__pick">
                        <label class="field__label" for="board-pick">{ t(Key::BoardSaved) }</label>
                        <select id="board-pick" class="input" onchange={on_pick} data-testid="board-pick">{ for options }</select>
                    </div>
                }
                <div class="board__actions">
                    <button type="button" class="button" onclick={on_new} data-testid="board-new">{ t(Key::BoardNew) }</button>
                    if current.is_some() {
                        <button type="button" class="button button--danger button--quiet" onclick={on_delete} data-testid="board-delete">{ t(Key::BoardDelete) }</button>
                    }
                </div>
            </div>
        }
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
    let rows = rows(lang);
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
        let body = rows.iter().map(|(label, f)| {
            html! { <tr><th scope="row">{ t(*label) }</th>{ for plans.iter().map(|(_, s)| html! { <td>{ f(s) }</td> }) }</tr> }
        });
        html! {
            <div class="table-scroll">
                <table class="table board__table" data-testid="board-table">
                    <thead><tr><th scope="col">{ t(Key::ComparePlan) }</th>{ for heads }</tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
        }
    });
    // Projector mode: one participant's plan at a time, the same rows.
    let projector = (*projecting && !plans.is_empty()).then(|| {
        let slides: Vec<Slide> = plans
            .iter()
            .map(|(col, s)| Slide {
                who: col.sender.as_deref().map(clean),
                name: clean(&s.title),
                cells: rows.iter().map(|(label, f)| (*label, f(s))).collect(),
            })
            .collect();
        let slide = Callback::from(move |i: usize| {
            let Some(Slide { who, name, cells }) = slides.get(i) else { return html! {} };
            html! {
                <div class="projector__plan">
                    if let Some(who) = who {
                        <p class="projector__sender" data-testid="projector-sender">{ who.clone() }</p>
                    }
                    <p class="projector__title">{ name.clone() }</p>
                    <dl class="projector__rows">
                        { for cells.iter().map(|(label, value)| html! {
                            <div class="projector__row"><dt>{ lang.t(*label) }</dt><dd>{ value.clone() }</dd></div>
                        }) }
                    </dl>
                </div>
            }
        });
        let projecting = projecting.clone();
        html! {
            <Projector count={plans.len()} {slide} on_close={Callback::from(move |_| projecting.set(false))}
                label={lang.t(Key::ProjectorBoardLabel)} />
        }
    });
    let project = {
        let projecting = projecting.clone();
        Callback::from(move |_| projecting.set(true))
    };
    html! {
        <section class="page board" data-testid="board">
            <h1 class="page__title">{ t(Key::CompareBoardTitle) }</h1>
            <p class="page__intro">{ t(Key::CompareBoardIntro) }</p>
            { board_bar }
            <p class="field__hint">{ t(Key::BoardKept) }</p>
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
            if !plans.is_empty() {
                <div class="board__project">
                    <button type="button" class="button" onclick={project} data-testid="board-projector">{ t(Key::BoardProjector) }</button>
                </div>
            }
            { table.unwrap_or_default() }
            { projector.unwrap_or_default() }
        </section>
    }
}

/// One participant's plan in projector mode: who sent it, its name, and
/// the board's rows for it.
struct Slide {
    who: Option<String>,
    name: String,
    cells: Vec<(Key, Html)>,
}

/// One row of the board: its label, and its value for a plan.
type Row = (Key, Box<dyn Fn(&Summary) -> Html>);

/// The board's rows, shared by the table and projector mode.
fn rows(lang: Lang) -> Vec<Row> {
    let dash = || html! { { "—" } };
    vec![
        (Key::Readiness, Box::new(|s: &Summary| html! { { format!("{}/100", s.figures.readiness) } })),
        (
            Key::FieldKind,
            Box::new(move |s: &Summary| s.figures.kind.clone().map(|v| html! { { v } }).unwrap_or_else(dash)),
        ),
        (
            Key::FieldGoal,
            Box::new(move |s: &Summary| {
                if s.figures.goal.is_empty() {
                    dash()
                } else {
                    html! { { s.figures.goal.clone() } }
                }
            }),
        ),
        (
            Key::CompareTarget,
            Box::new(move |s: &Summary| match s.figures.target {
                Some((n, precise, deadline)) => {
                    let noun = lang.t(if precise { Key::PreciseMembersPresent } else { Key::MembersPresent });
                    let by = deadline.map(format_ymd).unwrap_or_else(|| "—".into());
                    html! { { lang.tf(Key::SummaryTarget, &[("n", &group(n)), ("noun", noun), ("date", &by)]) } }
                }
                None => dash(),
            }),
        ),
        (
            Key::CompareAtDeadline,
            Box::new(move |s: &Summary| match s.figures.at_deadline {
                Some(v) => {
                    let met = s.figures.reached.is_some();
                    html! { <span class={classes!(met.then_some("board__met"))}>{ people(v) }</span> }
                }
                None => dash(),
            }),
        ),
        (
            Key::SummaryVerdict,
            Box::new(move |s: &Summary| {
                s.figures.verdict.clone().map(|v| html! { { v } }).unwrap_or_else(dash)
            }),
        ),
        (
            Key::CompareSimEnd,
            Box::new(move |s: &Summary| match (s.figures.sim_members, &s.figures.sim_end) {
                (Some((m, lo, hi)), Some(day)) => {
                    html! { { format!("{} ({}–{}) · {day}", people(m), people(lo), people(hi)) } }
                }
                _ => dash(),
            }),
        ),
        (
            Key::CompareActive,
            Box::new(move |s: &Summary| match (s.figures.sim_active, &s.figures.sim_end) {
                (Some(a), Some(day)) => html! { { format!("{} · {day}", share_percent(a)) } },
                _ => dash(),
            }),
        ),
        (
            Key::CompareChance,
            Box::new(move |s: &Summary| {
                if s.figures.chances.is_empty() {
                    return dash();
                }
                html! { <ul class="board__chances">{ for s.figures.chances.iter().map(|(k, p)| html! {
                    <li class={Odds::of(*p).class()}>
                        { format!("{} ≥ {} · {}% · {}", lang.t(kpi_key(k.kpi)), kpi_value(k.kpi, k.value), (p * 100.0).round() as u32, lang.t(Odds::of(*p).key())) }
                    </li>
                }) }</ul> }
            }),
        ),
    ]
}
