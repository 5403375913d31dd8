//! `#/compare`: the workshop board. A facilitator pastes the links that
//! participants send back (one per line, or a whole chat transcript) and
//! sees the plans side by side — all in the page, nothing saved or sent.

use qunce_core::labels::{count, link_error_text, Noun};
use std::collections::HashMap;
use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::Projector;
use crate::app::Route;
use crate::components::use_app;
use crate::services::storage;
use qunce_core::board::{columns, people as people_of, posts, table, Cell, Column, Post, Table};
use qunce_core::domain::canvas::format_ymd;
use qunce_core::domain::channels::local_date;
use qunce_core::domain::Plan;
use qunce_core::export::board_file;
use qunce_core::i18n::{Key, Lang};
use qunce_core::persist::boards::Board as StoredBoard;
use qunce_core::persist::link::{decode_code, LinkError};
use qunce_core::summary::{clean, summarize, Summary};

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
    let grid: Rc<Table> =
        Rc::new(table(lang, &plans.iter().map(|(c, s)| (c.sender.as_deref(), *s)).collect::<Vec<_>>()));
    let html_table = (!plans.is_empty()).then(|| {
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
        let body = grid.rows.iter().map(|(label, cells)| {
            html! { <tr><th scope="row">{ t(*label) }</th>{ for cells.iter().map(|c| html! { <td>{ cell(c) }</td> }) }</tr> }
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
        let grid = grid.clone();
        let slide = Callback::from(move |i: usize| {
            let Some((who, name)) = grid.heads.get(i) else { return html! {} };
            html! {
                <div class="projector__plan">
                    if let Some(who) = who {
                        <p class="projector__sender" data-testid="projector-sender">{ who.clone() }</p>
                    }
                    <p class="projector__title">{ name.clone() }</p>
                    <dl class="projector__rows">
                        { for grid.rows.iter().filter_map(|(label, cells)| cells.get(i).map(|c| html! {
                            <div class="projector__row"><dt>{ lang.t(*label) }</dt><dd>{ cell(c) }</dd></div>
                        })) }
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
    // Exports of the same table.
    let board_name = current.as_ref().map_or_else(|| default_name.clone(), |b| b.name.clone());
    let export = |markdown: bool| {
        let (grid, name) = (grid.clone(), board_name.clone());
        Callback::from(move |_| {
            crate::services::browser::download(&board_file(
                &grid,
                &name,
                lang,
                &crate::services::browser::today_ymd(),
                markdown,
            ))
        })
    };
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
                    <button type="button" class="button" onclick={export(false)} data-testid="board-csv">{ t(Key::BoardCsv) }</button>
                    <button type="button" class="button" onclick={export(true)} data-testid="board-md">{ t(Key::BoardMarkdown) }</button>
                </div>
            }
            { html_table.unwrap_or_default() }
            { projector.unwrap_or_default() }
        </section>
    }
}

/// A cell of the board's table: its text, or the list of KPI chances.
fn cell(c: &Cell) -> Html {
    if !c.items.is_empty() {
        return html! { <ul class="board__chances">{ for c.items.iter().map(|(t, class)| html! { <li class={*class}>{ t.clone() }</li> }) }</ul> };
    }
    html! { <span class={classes!(c.met.then_some("board__met"))}>{ c.text.clone() }</span> }
}
