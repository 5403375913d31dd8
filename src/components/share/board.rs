//! `#/compare`: the workshop board. A facilitator pastes the links that
//! participants send back (one per line, or a whole chat transcript), or
//! collects them by camera, and sees the plans side by side: one table
//! (`qunce_core::board::table`) to sort, project, print and export, and a
//! chart of every plan's members. The board is kept in this browser;
//! nothing is sent anywhere.

use qunce_core::labels::{count, link_error_text, Noun};
use std::collections::HashMap;
use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::Projector;
use crate::app::Route;
use crate::components::use_app;
use crate::services::storage;
use qunce_core::board::{
    columns, common_day, facts, people as people_of, posts, table, Cell, Column, Facts, Post, Rank, Table,
    CAMERA_MARKS,
};
use qunce_core::domain::canvas::format_ymd;
use qunce_core::domain::channels::local_date;
use qunce_core::domain::Plan;
use qunce_core::export::board_file;
use qunce_core::i18n::{Key, Lang};
use qunce_core::persist::boards::Board as StoredBoard;
use qunce_core::persist::link::{decode_code, LinkError};
use qunce_core::summary::{clean, summarize_pending, summarize_told, worth_running, Summary};

type Read = Result<Opened, LinkError>;

/// A plan read from a link, with its summary and board figures; until
/// `done`, the simulator's figures are still to come.
struct Entry {
    plan: Plan,
    summary: Summary,
    facts: Facts,
    done: bool,
}
/// Shared, never copied.
type Opened = Rc<Entry>;

/// The board as read from the chat: one column per plan (who sent it, and
/// who else sent the same), and the links that could not be opened, with
/// their posts.
struct Board {
    cols: Vec<Column<Opened>>,
    bad: Vec<(Post, LinkError)>,
    posts: usize,
}

/// Plans already read, by code and language: typing in the box (or pasting
/// one more link) reads and simulates only the links not seen before.
type Cache = HashMap<(String, Lang), Read>;

/// Reads the chat's links. A new plan shows at once with its channel
/// figures; its simulator runs come after (see [`simulate_some`]).
fn read_all(text: &str, lang: Lang, today: chrono::NaiveDate, cache: &mut Cache) -> Board {
    let posts = posts(text);
    cache.retain(|(code, l), _| *l == lang && posts.iter().any(|p| &p.code == code));
    let read = |code: &str| -> Read {
        cache
            .entry((code.to_owned(), lang))
            .or_insert_with(|| {
                decode_code(code).map(|shared| {
                    let plan = shared.plan;
                    Rc::new(Entry {
                        summary: summarize_pending(&plan, lang, today),
                        facts: facts(&plan, today, None),
                        done: !worth_running(&plan),
                        plan,
                    })
                })
            })
            .clone()
    };
    let (cols, bad) = columns(&posts, read, |a, b| a.plan.same_content(&b.plan));
    Board { cols, bad, posts: posts.len() }
}

/// Runs the simulator for the board's plans still waiting, in column
/// order, each with its own number of runs (so its figures are the plan's
/// own, as its summary and KPI step show them), for about `budget_ms`.
fn simulate_some(board: &Board, lang: Lang, today: chrono::NaiveDate, cache: &mut Cache, budget_ms: i64) {
    let now = crate::services::browser::now_ms;
    let start = now();
    for col in board.cols.iter().filter(|c| !c.plan.done) {
        if now() - start >= budget_ms {
            return;
        }
        let plan = &col.plan.plan;
        let (summary, story) = summarize_told(plan, lang, today, plan.simulation.run_count() as usize);
        let entry =
            Entry { facts: facts(plan, today, story.as_ref()), summary, done: true, plan: plan.clone() };
        cache.insert((col.code.clone(), lang), Ok(Rc::new(entry)));
    }
}

/// How long one slice of the board's simulations may run before the page
/// is drawn again (the figures fill in while the page stays responsive).
const SIMULATE_SLICE_MS: i64 = 40;

/// Shows `chat` as the board's text and makes it the open board's (a new
/// board named `name` when none is open yet); written a moment later.
fn set_chat(
    current: &UseStateHandle<Option<StoredBoard>>,
    text: &UseStateHandle<String>,
    chat: String,
    name: &str,
) {
    let t = crate::services::browser::now_ms();
    let board = match (**current).clone() {
        Some(b) => StoredBoard { chat: chat.clone(), updated_ms: t, ..b },
        None => StoredBoard {
            id: crate::services::browser::new_id(),
            name: name.to_owned(),
            created_ms: t,
            updated_ms: t,
            chat: chat.clone(),
            labels: Vec::new(),
            day: None,
        },
    };
    current.set(Some(board));
    text.set(chat);
}

/// How long after the last keystroke the board is written.
const BOARD_SAVE_MS: u32 = 400;

#[component]
pub fn CompareBoard() -> Html {
    let text = use_state(String::new);
    let projecting = use_state(|| false);
    // The row the columns are sorted by, best first or not (`None`: in the
    // order they were sent).
    let sort = use_state(|| None::<(Key, bool)>);
    // The camera: whether it is on, the last text it read (numbered, so the
    // same code read again is a new event), and what became of it.
    let camera_on = use_state(|| false);
    let scanned = use_state(|| None::<(u32, String)>);
    let camera_note = use_state(|| None::<(Key, usize)>);
    let reads = use_mut_ref(|| 0u32);
    // The code the camera added last (while it stays in view, its "added"
    // note stays too), cleared when the camera starts.
    let last_added = use_mut_ref(|| None::<String>);
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
    // Bumped each time a slice of simulations is done.
    let simulated = use_state(|| 0u32);
    // What the board is read from; what is made from the board is keyed on
    // it too (not on the board's address: a new board can reuse the old
    // one's, and then the runs below would stall).
    let board_key = ((*text).clone(), lang, today, *simulated);
    let board: Rc<Board> = use_memo(board_key.clone(), |(text, lang, today, _)| {
        read_all(text, *lang, *today, &mut cache.borrow_mut())
    });
    // After each drawing, the next slice of the waiting plans' runs.
    {
        let (board, cache, simulated) = (board.clone(), cache.clone(), simulated.clone());
        let n = *simulated;
        use_effect_with(board_key.clone(), move |_| {
            let timer = board.cols.iter().any(|c| !c.plan.done).then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    simulate_some(&board, lang, today, &mut cache.borrow_mut(), SIMULATE_SLICE_MS);
                    simulated.set(n.wrapping_add(1));
                })
            });
            move || drop(timer)
        });
    }
    let default_name = lang.tf(Key::BoardDefaultName, &[("date", &format_ymd(today))]);
    // A code read by the camera joins the chat as a message of its own
    // (below a camera line, so it has no sender), unless it is there already.
    {
        let (text, current, note, board) =
            (text.clone(), current.clone(), camera_note.clone(), board.clone());
        let (last_added, default_name) = (last_added.clone(), default_name.clone());
        use_effect_with(scanned.clone(), move |scanned| {
            if let Some((_, read)) = &**scanned {
                let read = read.trim();
                match qunce_core::persist::code::find_codes(read).first() {
                    None => note.set(Some((Key::CameraNotQunce, 0))),
                    Some(code) if last_added.borrow().as_ref() == Some(code) => {}
                    Some(code) if posts(&text).iter().any(|p| &p.code == code) => {
                        note.set(Some((Key::CameraAgain, 0)))
                    }
                    Some(code) => {
                        *last_added.borrow_mut() = Some(code.clone());
                        let mark = CAMERA_MARKS[usize::from(lang == Lang::En)];
                        let sep = if text.is_empty() || text.ends_with('\n') { "" } else { "\n" };
                        // A link as the code gave it; any other text around a
                        // code is left out (it could pose as a sender's line).
                        let link = if read.contains(char::is_whitespace) {
                            format!("#/s/{code}")
                        } else {
                            read.to_owned()
                        };
                        set_chat(&current, &text, format!("{}{sep}{mark}\n{link}\n", *text), &default_name);
                        note.set(Some((Key::CameraAdded, board.posts + 1)));
                    }
                }
            }
        });
    }
    let t = |k| lang.t(k);
    let now = crate::services::browser::now_ms;
    let oninput = {
        let (text, current, default_name) = (text.clone(), current.clone(), default_name.clone());
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            set_chat(&current, &text, area.value(), &default_name);
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
    let waiting = board.cols.iter().filter(|c| !c.plan.done).count();
    let stored = (*current).clone();
    // Each column's name: the one the trainer gave it, else its sender's.
    let names: Vec<Option<String>> = board
        .cols
        .iter()
        .map(|c| {
            stored.as_ref().and_then(|b| b.label(&c.code)).map(str::to_owned).or_else(|| c.sender.clone())
        })
        .collect();
    let all_facts: Vec<&Facts> = board.cols.iter().map(|c| &c.plan.facts).collect();
    let default_day = common_day(&all_facts);
    let longest = all_facts.iter().map(|f| f.days).max().unwrap_or(0);
    let day = stored.as_ref().and_then(|b| b.day).map_or(default_day, |d| (d as usize).min(longest.max(1)));
    let grid: Rc<Table> = {
        let board = board.clone();
        use_memo((board_key, day, names.clone()), move |((_, lang, ..), day, names)| {
            let plans: Vec<(Option<&str>, &Summary, &Facts)> = board
                .cols
                .iter()
                .zip(names)
                .map(|(c, n)| (n.as_deref(), &c.plan.summary, &c.plan.facts))
                .collect();
            table(*lang, &plans, *day)
        })
    };
    // (Every hook above runs on every render; nothing to draw without the app.)
    if state.is_none() {
        return html! {};
    }
    // The columns as shown: sorted by a row, or as sent.
    let sort_row =
        (*sort).and_then(|(key, best)| grid.rows.iter().position(|r| r.key == key).map(|i| (i, best)));
    let order: Vec<usize> = match sort_row {
        Some((row, best)) => grid.order(row, best),
        None => (0..board.cols.len()).collect(),
    };
    let shown: Rc<Table> = Rc::new(grid.permuted(&order));
    let html_table = (!board.cols.is_empty()).then(|| {
        let heads = order.iter().filter_map(|&i| board.cols.get(i).map(|c| (i, c))).map(|(i, col)| {
            let href = Route::Shared { code: col.code.clone() }.to_hash();
            let also = (!col.also.is_empty()).then(|| {
                let names: Vec<String> = col.also.iter().map(|n| clean(n)).collect();
                lang.tf(Key::CompareAlso, &[("names", &names.join(if lang == Lang::Zh { "、" } else { ", " }))])
            });
            let on_label = {
                let (current, code) = (current.clone(), col.code.clone());
                Callback::from(move |e: InputEvent| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    if let Some(b) = (*current).clone() {
                        current.set(Some(StoredBoard { updated_ms: now(), ..b.with_label(&code, &input.value()) }));
                    }
                })
            };
            let label = names.get(i).cloned().flatten().map(|n| clean(&n)).unwrap_or_default();
            html! {
                <th scope="col" data-testid="board-column">
                    <input class="board__sender" type="text" maxlength="24" value={label} oninput={on_label}
                        placeholder={t(Key::BoardNamePlaceholder)} aria-label={t(Key::BoardColumnName)}
                        data-testid="board-sender" />
                    <span class="board__name">{ clean(&col.plan.summary.title) }</span>
                    if let Some(also) = also {
                        <span class="board__also">{ also }</span>
                    }
                    <a class="board__open" {href}>{ t(Key::CompareOpen) }</a>
                </th>
            }
        });
        let body = shown.rows.iter().enumerate().map(|(at, row)| {
            let key = row.key;
            let state = (*sort).filter(|(k, _)| *k == key).map(|(_, best)| best);
            let onclick = {
                let sort = sort.clone();
                Callback::from(move |_| {
                    sort.set(match state {
                        None => Some((key, true)),
                        Some(true) => Some((key, false)),
                        Some(false) => None,
                    })
                })
            };
            let arrow = match state {
                Some(true) => " ↓",
                Some(false) => " ↑",
                None => "",
            };
            html! {
                <tr data-testid="board-row">
                    <th scope="row">
                        <button type="button" class="board__sort" {onclick} data-row={at.to_string()}
                            aria-pressed={state.is_some().to_string()} title={t(Key::BoardSortHint)}>
                            { row.label.clone() }{ arrow }
                        </button>
                    </th>
                    { for row.cells.iter().map(|c| html! { <td class={rank_class(c)}>{ cell(lang, c) }</td> }) }
                </tr>
            }
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
    let sorted_note = (*sort).and_then(|(key, best)| {
        let row = grid.rows.iter().find(|r| r.key == key)?;
        let dir = t(if best { Key::BoardBestFirst } else { Key::BoardWorstFirst });
        let reset = {
            let sort = sort.clone();
            Callback::from(move |_| sort.set(None))
        };
        Some(html! {
            <p class="board__sorted" data-testid="board-sorted">
                { lang.tf(Key::BoardSortedBy, &[("row", &row.label), ("dir", dir)]) }{ " " }
                <button type="button" class="button button--quiet" onclick={reset}>{ t(Key::BoardSortReset) }</button>
            </p>
        })
    });
    // The common day: chosen here, the shortest horizon by default.
    let day_field = (longest > 0).then(|| {
        let on_day = {
            let current = current.clone();
            Callback::from(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                let Some(b) = (*current).clone() else { return };
                let day = input.value().trim().parse::<u32>().ok().filter(|d| *d >= 1).map(|d| d.min(longest as u32));
                current.set(Some(StoredBoard { day, updated_ms: now(), ..b }));
            })
        };
        html! {
            <div class="field board__day">
                <label class="field__label" for="board-day">{ t(Key::BoardDay) }</label>
                <input id="board-day" class="input" type="number" inputmode="numeric" min="1" max={longest.to_string()}
                    value={day.to_string()} onchange={on_day} data-testid="board-day" />
                <p class="field__hint" data-testid="board-day-hint">{ lang.tf(Key::BoardDayHint, &[("n", &default_day.to_string())]) }</p>
            </div>
        }
    });
    let chart = (!board.cols.is_empty()).then(|| {
        overlay(
            lang,
            &shown,
            &order.iter().filter_map(|&i| board.cols.get(i).map(|c| &c.plan.facts)).collect::<Vec<_>>(),
        )
    });
    // Projector mode: one participant's plan at a time, the same rows.
    let projector = (*projecting && !board.cols.is_empty()).then(|| {
        let grid = shown.clone();
        let slide = Callback::from(move |i: usize| {
            let Some((who, name)) = grid.heads.get(i) else { return html! {} };
            html! {
                <div class="projector__plan">
                    if let Some(who) = who {
                        <p class="projector__sender" data-testid="projector-sender">{ who.clone() }</p>
                    }
                    <p class="projector__title">{ name.clone() }</p>
                    <dl class="projector__rows">
                        { for grid.rows.iter().filter_map(|row| row.cells.get(i).map(|c| html! {
                            <div class={classes!("projector__row", rank_class(c))}><dt>{ row.label.clone() }</dt><dd>{ cell(lang, c) }</dd></div>
                        })) }
                    </dl>
                </div>
            }
        });
        let projecting = projecting.clone();
        html! {
            <Projector count={board.cols.len()} {slide} on_close={Callback::from(move |_| projecting.set(false))}
                label={lang.t(Key::ProjectorBoardLabel)} />
        }
    });
    // Exports of the table as shown.
    let board_name = current.as_ref().map_or_else(|| default_name.clone(), |b| b.name.clone());
    let export = |markdown: bool| {
        let (grid, name) = (shown.clone(), board_name.clone());
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
    let print = Callback::from(|_| crate::services::browser::print());
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
            if *camera_on {
                <CameraPanel on_text={{
                    // (The camera keeps this callback: the count lives in a ref.)
                    let (scanned, reads) = (scanned.clone(), reads.clone());
                    Callback::from(move |t: String| {
                        let n = reads.borrow().wrapping_add(1);
                        *reads.borrow_mut() = n;
                        scanned.set(Some((n, t)))
                    })
                }} on_close={{ let c = camera_on.clone(); Callback::from(move |_| c.set(false)) }}
                    note={camera_note.map(|(k, n)| AttrValue::from(lang.tf(k, &[("n", &n.to_string())])))} />
            } else {
                <button type="button" class="button board__camera-start" data-testid="board-camera-start"
                    onclick={{
                        let (c, note, last) = (camera_on.clone(), camera_note.clone(), last_added.clone());
                        Callback::from(move |_| { note.set(None); *last.borrow_mut() = None; c.set(true) })
                    }}>
                    { t(Key::BoardCamera) }
                </button>
            }
            if board.posts > 0 {
                <p class="board__count" data-testid="board-count">
                    { lang.tf(Key::ComparePeople, &[
                        ("plans", &count(lang, board.cols.len() as u64, Noun::Plan)),
                        ("people", &count(lang, people_of(&board.cols) as u64, Noun::Person)),
                    ]) }
                    { " · " }{ t(Key::CompareRuns) }
                </p>
            }
            if waiting > 0 {
                <p class="board__progress" role="status" data-testid="board-progress">
                    { lang.tf(Key::BoardProgress, &[("done", &(board.cols.len() - waiting).to_string()), ("n", &board.cols.len().to_string())]) }
                </p>
            }
            if merged > 0 {
                <p class="board__merged" data-testid="board-merged">{ lang.tf(Key::CompareMerged, &[("n", &merged.to_string())]) }</p>
            }
            <ul class="board__errors" data-testid="board-errors">{ for errors }</ul>
            if board.cols.is_empty() {
                <p class="board__empty">{ t(Key::CompareNone) }</p>
            }
            if !board.cols.is_empty() {
                <div class="board__project">
                    <button type="button" class="button" onclick={project} data-testid="board-projector">{ t(Key::BoardProjector) }</button>
                    <button type="button" class="button" onclick={export(false)} disabled={waiting > 0} data-testid="board-csv">{ t(Key::BoardCsv) }</button>
                    <button type="button" class="button" onclick={export(true)} disabled={waiting > 0} data-testid="board-md">{ t(Key::BoardMarkdown) }</button>
                    <button type="button" class="button" onclick={print} disabled={waiting > 0} data-testid="board-print">{ t(Key::BoardPrint) }</button>
                </div>
                <div class="board__tools">
                    { day_field.unwrap_or_default() }
                    <p class="field__hint board__rank-hint">{ t(Key::BoardRankHint) }</p>
                </div>
            }
            { sorted_note.unwrap_or_default() }
            { html_table.unwrap_or_default() }
            { chart.unwrap_or_default() }
            { projector.unwrap_or_default() }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CameraPanelProps {
    /// The text of each QR code read.
    pub on_text: Callback<String>,
    pub on_close: Callback<()>,
    /// What became of the last code read.
    pub note: Option<AttrValue>,
}

/// The camera's view while it collects QR codes: started when shown,
/// stopped when closed; says why when it cannot run (paste still works).
#[component]
pub fn CameraPanel(props: &CameraPanelProps) -> Html {
    use crate::services::camera::{self, CameraError};
    let state = use_app();
    let video = use_node_ref();
    // None: starting; Some(Ok): reading; Some(Err): cannot.
    let status = use_state(|| None::<Result<(), CameraError>>);
    {
        let (video, status, on_text) = (video.clone(), status.clone(), props.on_text.clone());
        use_effect_with((), move |_| {
            let cam = video.cast::<web_sys::Element>().map(|el| {
                let (ready, failed) = (status.clone(), status.clone());
                camera::start(
                    el,
                    on_text,
                    Callback::from(move |e| failed.set(Some(Err(e)))),
                    Callback::from(move |_| ready.set(Some(Ok(())))),
                )
            });
            move || drop(cam)
        });
    }
    let Some(state) = state else {
        return html! {};
    };
    let lang = state.lang;
    let (message, bad) = match *status {
        None => (Key::CameraStarting, false),
        Some(Ok(())) => (Key::CameraOn, false),
        Some(Err(CameraError::Refused)) => (Key::CameraRefused, true),
        Some(Err(CameraError::Absent)) => (Key::CameraAbsent, true),
        Some(Err(CameraError::Failed)) => (Key::CameraFailed, true),
        Some(Err(CameraError::Decoder)) => (Key::CameraDecoder, true),
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <section class="panel board__camera" data-testid="board-camera" aria-labelledby="camera-title">
            <h2 class="panel__title" id="camera-title">{ lang.t(Key::BoardCamera) }</h2>
            <video ref={video} class={classes!("board__video", bad.then_some("board__video--off"))}
                aria-label={lang.t(Key::CameraVideo)} />
            <p class={classes!("board__camera-status", bad.then_some("board__camera-status--bad"))} role="status" data-testid="camera-status">{ lang.t(message) }</p>
            if let Some(note) = &props.note {
                <p class="board__camera-note" role="status" data-testid="camera-note">{ note.clone() }</p>
            }
            <button type="button" class="button" onclick={close} data-testid="camera-stop">{ lang.t(Key::CameraStop) }</button>
        </section>
    }
}

/// A ranked cell's class (best or worst of its row).
fn rank_class(c: &Cell) -> Option<&'static str> {
    match c.rank {
        Some(Rank::Best) => Some("board__best"),
        Some(Rank::Worst) => Some("board__worst"),
        None => None,
    }
}

/// A cell of the board's table: its text, or the list of KPI chances; the
/// best and worst of a row say so in words too, not only in colour.
fn cell(lang: Lang, c: &Cell) -> Html {
    if !c.items.is_empty() {
        return html! { <ul class="board__chances">{ for c.items.iter().map(|(t, class)| html! { <li class={*class}>{ t.clone() }</li> }) }</ul> };
    }
    let rank = c.rank.map(|r| match r {
        Rank::Best => ("▲", lang.t(Key::BoardBest)),
        Rank::Worst => ("▼", lang.t(Key::BoardWorst)),
    });
    html! {
        <>
            <span class={classes!(c.met.then_some("board__met"))}>{ c.text.clone() }</span>
            if let Some((mark, words)) = rank {
                <span class="board__rank" title={words}>{ " " }<span aria-hidden="true">{ mark }</span><span class="visually-hidden">{ words }</span></span>
            }
        </>
    }
}

/// Points of the overlay chart's plot area (a viewBox the width stretches).
const CHART_W: f64 = 1000.0;
const CHART_H: f64 = 300.0;
/// Most points drawn per line (a year of days on 40 plans stays light).
const CHART_POINTS: usize = 200;

/// One chart of every plan's members (median of its runs) by day, in the
/// columns' order, with the common day marked. Each line has its own colour
/// and dash, and the legend names it.
fn overlay(lang: Lang, grid: &Table, facts: &[&Facts]) -> Html {
    let days = facts.iter().map(|f| f.p50.len()).max().unwrap_or(0);
    let top = facts.iter().flat_map(|f| f.p50.iter().copied()).fold(0.0, f64::max);
    if days < 2 || top <= 0.0 {
        return html! {};
    }
    let ymax = crate::components::channels::chart::nice_ceiling(top);
    let x = |d: usize| d as f64 / (days - 1) as f64 * CHART_W;
    let y = |v: f64| CHART_H - v / ymax * CHART_H;
    let lines = facts.iter().enumerate().map(|(i, f)| {
        let step = f.p50.len().div_ceil(CHART_POINTS).max(1);
        let mut pts: Vec<String> = f
            .p50
            .iter()
            .enumerate()
            .step_by(step)
            .map(|(d, v)| format!("{:.1},{:.1}", x(d), y(*v)))
            .collect();
        if let Some(v) = f.p50.last() {
            pts.push(format!("{:.1},{:.1}", x(f.p50.len() - 1), y(*v)));
        }
        html! {
            <polyline class={format!("board__line board__line--{}", i % 8)} points={pts.join(" ")}
                stroke-dasharray={(i >= 8).then_some(if i >= 16 { "2 6" } else { "10 6" })} />
        }
    });
    let day = grid.day;
    let day_x = (day >= 1 && day <= days).then(|| format!("{:.1}", x(day - 1)));
    let legend = grid.heads.iter().enumerate().map(|(i, (who, name))| {
        let label = match who {
            Some(w) => format!("{w} · {name}"),
            None => name.clone(),
        };
        html! {
            <li><span class={format!("board__swatch board__swatch--{} {}", i % 8, if i >= 16 { "board__swatch--dot" } else if i >= 8 { "board__swatch--dash" } else { "" })} aria-hidden="true"></span>{ label }</li>
        }
    });
    html! {
        <section class="panel board__chart" data-testid="board-chart" aria-labelledby="board-chart-title">
            <h2 class="panel__title" id="board-chart-title">{ lang.t(Key::BoardChartTitle) }</h2>
            <p class="panel__hint">{ lang.tf(Key::BoardChartHint, &[("days", &days.to_string()), ("max", &qunce_core::i18n::people(ymax)), ("day", &day.to_string())]) }</p>
            <svg class="board__svg" viewBox={format!("0 0 {CHART_W} {CHART_H}")} preserveAspectRatio="none" role="img"
                aria-label={lang.t(Key::BoardChartTitle)}>
                <line class="chart__axis" x1="0" x2={CHART_W.to_string()} y1={CHART_H.to_string()} y2={CHART_H.to_string()} />
                { for lines }
                if let Some(dx) = day_x {
                    <line class="board__day-line" x1={dx.clone()} x2={dx} y1="0" y2={CHART_H.to_string()} />
                }
            </svg>
            <ul class="board__legend">{ for legend }</ul>
        </section>
    }
}
