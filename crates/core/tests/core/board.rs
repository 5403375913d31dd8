//! The workshop board's reading of a chat (issue 24): who sent which link,
//! in the forms WeChat and QQ copy messages in, with made-up chats.

use qunce_core::board::{columns, messages, people, posts};
use qunce_core::domain::Plan;
use qunce_core::examples::Example;
use qunce_core::i18n::Lang;
use qunce_core::persist::link::{decode_code, encode_link, LinkError};

use crate::id;

fn link(nth: usize, name: &str) -> String {
    let start = qunce_core::domain::canvas::parse_ymd("2026-12-04").unwrap();
    let mut plan = Example::ALL[nth % 4].plan(id(&format!("p{nth}")), Lang::Zh, 0, start);
    plan.name = name.into();
    format!("https://qunce.example/{}", encode_link(&plan))
}

fn read(code: &str) -> Result<Plan, LinkError> {
    decode_code(code).map(|s| s.plan)
}

/// Five people: WeChat desktop ("name time" above each message), a phone's
/// forwarded "[聊天记录]" block ("name: message"), QQ ("name(number) date
/// time"); one sends twice, one link is cut, one is not Qunce's.
fn chat() -> String {
    let (a, b, c, d, e) = (
        link(0, "李雷的方案"),
        link(1, "韩梅梅的方案"),
        link(2, "Lily's plan"),
        link(3, "王老师示范"),
        link(1, "Tom's copy"),
    );
    let cut = &a[..a.len() - 20];
    format!(
        "李雷 14:02\n我的方案 {a}\n\n韩梅梅 2026/12/4 14:03:10\n{b}\n[链接]\n\
         [聊天记录]\n群聊的聊天记录\nLily: here is mine {c}\n王老师：示范方案{d}请大家参考\n\
         Tom Chen(10086) 14:06:44\n{e}\n李雷 14:07\n再发一次 {a}\n\
         赵六 14:08\n我的发不全 {cut}\n钱七 14:09\n看这个 https://example.com/#/s/abc\n"
    )
}

#[test]
fn each_link_is_its_senders_in_every_copy_format() {
    let p = posts(&chat());
    let senders: Vec<Option<&str>> = p.iter().map(|p| p.sender.as_deref()).collect();
    assert_eq!(
        senders,
        vec![
            Some("李雷"),
            Some("韩梅梅"),
            Some("Lily"),
            Some("王老师"),
            Some("Tom Chen"),
            Some("李雷"),
            Some("赵六"),
            Some("钱七")
        ],
        "{p:#?}"
    );
    assert!(p[6].quote.starts_with("我的发不全"), "{}", p[6].quote);
}

#[test]
fn the_same_link_or_plan_is_one_column_and_people_are_counted_once() {
    let p = posts(&chat());
    let (cols, bad) = columns(&p, read, |a: &Plan, b: &Plan| a.same_content(b));
    let names: Vec<&str> = cols.iter().map(|c| c.sender.as_deref().unwrap_or("?")).collect();
    assert_eq!(names, ["李雷", "韩梅梅", "Lily", "王老师", "Tom Chen"]);
    assert_eq!(cols[0].merged, 1, "李雷 sent the same link twice");
    assert!(cols[0].also.is_empty());
    assert_eq!(people(&cols), 5);
    // 赵六's link was cut; 钱七's is not a Qunce link: both named and quoted.
    let bad: Vec<(&str, &LinkError)> = bad.iter().map(|(p, e)| (p.sender.as_deref().unwrap(), e)).collect();
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert_eq!(bad[0].0, "赵六");
    assert_eq!(bad[1].0, "钱七");
    assert_ne!(bad[0].1, bad[1].1, "a cut link and a foreign one are told apart");
}

#[test]
fn a_copy_of_the_same_plan_under_another_link_joins_its_column() {
    let start = qunce_core::domain::canvas::parse_ymd("2026-12-04").unwrap();
    let plan = Example::JobSprint.plan(id("same"), Lang::En, 0, start);
    let mut later = plan.clone();
    later.updated_ms += 60_000;
    let text = format!("Amy 9:01\n{}\nBen 9:02\n{}\n", encode_link(&plan), encode_link(&later));
    let (cols, _) = columns(&posts(&text), read, |a: &Plan, b: &Plan| a.same_content(b));
    assert_eq!(cols.len(), 1);
    assert_eq!(cols[0].also, ["Ben"]);
    assert_eq!(people(&cols), 2);
}

#[test]
fn lines_that_only_look_like_senders_are_not_taken_for_them() {
    let m = messages("https://example.com/x 12:30\n21:34\n请在 21:34 前发链接。\n");
    assert!(m.iter().all(|(who, _)| who.is_none()), "{m:?}");
    let m = messages(
        "【组长】王老师 昨天 20:15\n大家好\nLily Wang 12/4 9:05 PM\nhi\n韩梅梅(2345678901) 21:35:10\n好\n",
    );
    let who: Vec<Option<&str>> = m.iter().map(|(w, _)| w.as_deref()).collect();
    assert_eq!(who, [Some("王老师"), Some("Lily Wang"), Some("韩梅梅")]);
}

/// A link the board's camera read sits below a camera line: a message of
/// its own with no sender, never the previous sender's.
#[test]
fn a_camera_line_starts_a_message_without_a_sender() {
    use qunce_core::board::CAMERA_MARKS;
    for mark in CAMERA_MARKS {
        let chat = format!("李雷 14:02\n{}\n{mark}\n{}\n", link(0, "a"), link(1, "b"));
        let p = posts(&chat);
        assert_eq!(p.len(), 2);
        assert_eq!((p[0].sender.as_deref(), p[1].sender.as_deref()), (Some("李雷"), None), "{mark}");
    }
}

/// Boards are kept in their own keys (issue 24), read through `restore()`,
/// never taken for plans, at most `MAX_BOARDS` of them.
mod kept {
    use qunce_core::persist::boards::{
        board_key, column_key, list, remove, save, Board, MAX_BOARDS, MAX_CHAT_BYTES,
    };
    use qunce_core::persist::library;
    use qunce_core::persist::{restore, Doc, Kv, MemoryKv};

    use crate::id;

    fn board(n: i64) -> Board {
        Board {
            id: id(&format!("b{n}")),
            name: format!("工作坊 {n}"),
            created_ms: n,
            updated_ms: n,
            chat: format!("李雷 14:0{n}\nhttps://x/#/s/z1.1.a.b"),
            labels: if n % 2 == 0 {
                vec![(column_key("z1.1.a.b"), "李雷（二组）".into())]
            } else {
                Vec::new()
            },
            day: (n % 3 == 0).then_some(30),
        }
    }

    /// Column names and the common day are kept with the board, by the
    /// link (not the column's place); hostile ones are cleaned or dropped.
    #[test]
    fn column_names_and_the_day_are_kept_and_checked() {
        let kv = MemoryKv::new();
        let b = board(1).with_label("z1.1.a.b", "  Lily\u{202e} (group 2) that is far too long a name  ");
        assert_eq!(b.label("z1.1.a.b"), Some("Lily (group 2) that is f"));
        assert_eq!(b.label("z1.1.a.c"), None, "another link has no name");
        assert_eq!(b.with_label("z1.1.a.b", " ").labels, [], "an empty name removes it");
        save(&kv, &Board { day: Some(45), ..b.clone() }).unwrap();
        let back = &list(&kv)[0];
        assert_eq!((back.label("z1.1.a.b"), back.day), (Some("Lily (group 2) that is f"), Some(45)));
        // Hostile stored values: bad pairs dropped, a day out of range reset.
        let raw = r#"{"type":"qunce/board","version":3,"board":{"id":"b1","name":"x","chat":"",
            "labels":[["0123abcd","Tom"],["nothex!!","x"],["0123abce"],5,["0123abcf",""]],"day":99999}}"#;
        let r = restore(raw).unwrap();
        let Doc::Board(b) = r.doc else { panic!() };
        assert_eq!(b.labels, [("0123abcd".to_owned(), "Tom".to_owned())]);
        assert_eq!(b.day, None);
        assert_eq!(r.repairs.len(), 5, "{:?}", r.repairs);
        let r =
            restore(r#"{"type":"qunce/board","version":3,"board":{"id":"b1","labels":{"a":1},"day":-3}}"#)
                .unwrap();
        let Doc::Board(b) = r.doc else { panic!() };
        assert!(b.labels.is_empty() && b.day.is_none() && r.repairs.iter().any(|r| r.is_lossy()));
    }

    #[test]
    fn boards_are_saved_listed_newest_first_and_removed() {
        let kv = MemoryKv::new();
        for n in 1..=3 {
            save(&kv, &board(n)).unwrap();
        }
        let names: Vec<String> = list(&kv).into_iter().map(|b| b.name).collect();
        assert_eq!(names, ["工作坊 3", "工作坊 2", "工作坊 1"]);
        assert_eq!(list(&kv)[0], board(3), "read back as written");
        remove(&kv, &id("b2")).unwrap();
        assert_eq!(list(&kv).len(), 2);
        // The plan library never reads a board, nor sets it aside.
        let loaded = library::load(&kv, 10);
        assert!(loaded.plans.is_empty() && loaded.recovered.is_empty());
        assert!(kv.get(&board_key(&id("b1"))).is_some());
    }

    #[test]
    fn the_oldest_board_goes_past_the_limit_and_long_chats_are_cut() {
        let kv = MemoryKv::new();
        for n in 1..=(MAX_BOARDS as i64 + 2) {
            save(&kv, &board(n)).unwrap();
        }
        let kept = list(&kv);
        assert_eq!(kept.len(), MAX_BOARDS);
        assert!(kept.iter().all(|b| b.updated_ms > 2), "the two oldest went");
        let mut long = board(99);
        long.chat = "链".repeat(MAX_CHAT_BYTES);
        save(&kv, &long).unwrap();
        let back = list(&kv).into_iter().find(|b| b.id == long.id).unwrap();
        assert!(back.chat.len() <= MAX_CHAT_BYTES && back.chat.chars().all(|c| c == '链'));
    }

    #[test]
    fn an_unreadable_board_is_left_alone_and_a_bad_name_is_cleaned() {
        let kv = MemoryKv::new();
        kv.set("qunce.board.bad", "{not json").unwrap();
        kv.set(
            "qunce.board.other",
            r#"{"type":"qunce/board","version":3,"board":{"id":"elsewhere","name":"x"}}"#,
        )
        .unwrap();
        assert!(list(&kv).is_empty());
        assert_eq!(kv.get("qunce.board.bad").as_deref(), Some("{not json"), "never overwritten");
        let raw = r#"{"type":"qunce/board","version":3,"board":{"id":"b1","name":"a\u202eb","chat":5,"created_ms":"x"}}"#;
        let r = restore(raw).unwrap();
        let Doc::Board(b) = r.doc else { panic!() };
        assert_eq!((b.name.as_str(), b.chat.as_str(), b.created_ms), ("ab", "", 0));
        assert!(r.repairs.iter().any(|r| r.is_lossy()));
    }
}

/// A board's table of `plans` (each with its sender), as the page makes it.
fn board_of(plans: &[(Option<&str>, &Plan)], day: Option<usize>) -> qunce_core::board::Table {
    use qunce_core::board::{common_day, facts, table};
    use qunce_core::summary::summarize_told;
    let today = qunce_core::domain::canvas::parse_ymd("2026-12-04").unwrap();
    let read: Vec<_> = plans
        .iter()
        .map(|(who, p)| {
            let (s, st) = summarize_told(p, Lang::En, today, 200);
            (*who, s, facts(p, today, st.as_ref()))
        })
        .collect();
    let day = day.unwrap_or_else(|| common_day(&read.iter().map(|r| &r.2).collect::<Vec<_>>()));
    table(Lang::En, &read.iter().map(|(w, s, f)| (*w, s, f)).collect::<Vec<_>>(), day)
}

fn row(t: &qunce_core::board::Table, key: qunce_core::i18n::Key) -> &qunce_core::board::Row {
    t.rows.iter().find(|r| r.key == key).unwrap_or_else(|| panic!("no row {key:?}"))
}

/// The board's one table, and its CSV and Markdown: a column per plan, a
/// row per figure, the same text in each; hostile names stay text.
#[test]
fn the_board_table_and_its_exports_say_the_same() {
    use qunce_core::export::{board_csv, board_file, board_markdown};
    use qunce_core::i18n::Key;
    let today = qunce_core::domain::canvas::parse_ymd("2026-12-04").unwrap();
    let mut full = Example::ALL[0].plan(id("b1"), Lang::En, 0, today);
    full.name = "=HYPERLINK(\"x\") <b>|pipe|".into();
    // A plan with channels but no KPI step: its forecast still shows.
    let mut channels_only = Example::ALL[1].plan(id("b2"), Lang::En, 0, today);
    channels_only.simulation = Default::default();
    let t = board_of(&[(Some("-Lily"), &full), (None, &channels_only)], None);
    assert_eq!(t.heads.len(), 2);
    assert_eq!(t.rows.len(), 14);
    assert!(t.rows.iter().all(|r| r.cells.len() == 2));
    let cell = |key: Key, col: usize| row(&t, key).cells[col].line();
    // Every row has a figure for the full plan; the channels-only plan
    // still has its forecast, mix, costs and members on the common day.
    for r in &t.rows {
        assert_ne!(r.cells[0].line(), "—", "{:?}", r.key);
    }
    for key in [Key::CompareAtDeadline, Key::BoardMix, Key::BoardCostPerJoin, Key::BoardMembersOn] {
        assert!(
            cell(key, 1).chars().any(|c| c.is_ascii_digit()),
            "channels-only plan, {key:?}: {}",
            cell(key, 1)
        );
    }
    assert!(row(&t, Key::BoardMembersOn).label.contains(&format!("day {}", t.day)), "the day is stated");
    assert!(!row(&t, Key::CompareChance).cells[0].items.is_empty(), "KPI chances are a list");

    let csv = board_csv(&t, Lang::En);
    assert!(csv.starts_with('\u{FEFF}'), "a byte-order mark for Excel");
    let lines: Vec<&str> =
        csv.trim_start_matches('\u{FEFF}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 15, "a header and 14 rows");
    assert!(
        lines[0].contains("\"'-Lily · =HYPERLINK(\"\"x\"\") <b>|pipe|\""),
        "quotes doubled, a formula start guarded: {}",
        lines[0]
    );
    assert!(
        !lines
            .iter()
            .flat_map(|l| l.split("\",\""))
            .any(|c| c.trim_start_matches('"').starts_with(['=', '+', '-', '@'])),
        "no cell starts a formula: {csv}"
    );
    let members = t.rows.iter().position(|r| r.key == Key::BoardMembersOn).unwrap();
    assert!(lines[members + 1].contains(&cell(Key::BoardMembersOn, 0)), "the CSV has the table's text");
    assert!(lines[members + 1].contains(&format!("day {}", t.day)), "and says the day");

    let md = board_markdown(&t, "Saturday <script>", Lang::En);
    assert!(md.starts_with("# Saturday \\<script\\>\n"), "{md}");
    assert!(md.contains("\\|pipe\\|"), "a pipe in a name does not split the table");
    assert_eq!(md.lines().filter(|l| l.starts_with('|')).count(), 16, "header, rule, 14 rows");
    // The ranks as on the page, and a line saying what the marks mean.
    let ranked = t.rows.iter().flat_map(|r| &r.cells).filter(|c| c.rank.is_some()).count();
    assert!(ranked >= 2, "two plans that differ: at least one row ranked");
    assert_eq!(md.matches(['▲', '▼']).count(), ranked + usize::from(ranked > 0) * 2, "{md}");
    assert!(
        md.contains(&cell(Key::BoardMembersOn, 0).replace('(', "\\(").replace(')', "\\)")),
        "the Markdown has the table's text"
    );

    let file = board_file(&t, "周六/上午班", Lang::Zh, "2026-12-04", false);
    assert_eq!(file.name, "周六上午班-2026-12-04.csv");
    assert!(board_file(&t, "", Lang::Zh, "2026-12-04", true).name.ends_with(".md"));
}

/// The board's figures are the plan's own: the same numbers its channel
/// step, tier step and summary show, from the same story.
#[test]
fn the_board_figures_are_the_plans_own() {
    use qunce_core::board::facts;
    use qunce_core::domain::forecast::forecast;
    use qunce_core::domain::tiers;
    use qunce_core::i18n::{group, people, per_person, Key};
    use qunce_core::summary::{summarize_told, tier_members};
    let today = qunce_core::domain::canvas::parse_ymd("2026-12-04").unwrap();
    for (n, ex) in Example::ALL.iter().enumerate() {
        let plan = ex.plan(id(&format!("f{n}")), Lang::En, 0, today);
        let (summary, st) = summarize_told(&plan, Lang::En, today, 200);
        let st = st.unwrap();
        let f = facts(&plan, today, Some(&st));
        // Before the runs: the channel figures are the same, the rest waits.
        let early = facts(&plan, today, None);
        assert!(early.pending && early.p50.is_empty());
        assert_eq!((&early.mix, early.spend, early.joins, early.days), (&f.mix, f.spend, f.joins, f.days));
        // Cost per join: the channel step's total row (money over joins by
        // the end of the recruitment period).
        let ch = &plan.channels;
        let fc = forecast(ch, ch.start.unwrap_or(today), plan.positioning.threshold_complete(), None);
        let last = fc.last_day();
        let t = board_of(&[(None, &plan)], None);
        let cost = row(&t, Key::BoardCostPerJoin).cells[0].line();
        assert!(cost.starts_with(&per_person(fc.money, fc.at(last, false))), "{ex:?}: {cost}");
        assert!(cost.contains(&format!("to day {}", last + 1)), "{cost}");
        // The mix's joins add up to the joins by the deadline.
        let mix: f64 = f.mix.iter().map(|m| m.1).sum();
        assert!((mix - fc.at(st.deadline, false)).abs() < 1e-6, "{ex:?}: {mix}");
        // Members on the common day: the story's median that day.
        assert_eq!(t.day, st.outcome.days, "one plan: its own horizon");
        let m = row(&t, Key::BoardMembersOn).cells[0].line();
        assert!(m.starts_with(&people(st.outcome.members.p50[t.day - 1])), "{m}");
        // The verdict's chance is the summary's.
        if let (Some(v), Some(p)) = (&summary.figures.verdict, f.chance) {
            assert!(v.contains(&format!("{}%", (p * 100.0).round() as u32)), "{v}");
        }
        // Tiers: the groups and HQ the summary shows.
        if let Some(x) = &f.tiers {
            let s = tiers::structure(&plan.tiers, tier_members(&plan, Some(&st)));
            assert_eq!((x.groups, x.hq), (s.groups, s.hq_size));
            let text =
                summary.sections.iter().flat_map(|s| &s.rows).map(|r| r.value.clone()).collect::<String>();
            assert!(text.contains(&format!("{} groups", group(s.groups))), "{ex:?}: {text}");
        }
        assert!(f.health.is_some_and(|(ok, of)| ok <= of && of >= 4), "{:?}", f.health);
    }
}

/// Before a plan's runs are done the board already shows its channel
/// figures and says the simulator's are being computed; the common day is
/// the same before and after, so nothing moves as the runs come in.
#[test]
fn a_plan_whose_runs_are_pending_shows_what_it_has() {
    use qunce_core::board::{common_day, facts, table};
    use qunce_core::i18n::Key;
    use qunce_core::summary::{summarize_pending, summarize_told};
    let today = qunce_core::domain::canvas::parse_ymd("2026-12-04").unwrap();
    let plans: Vec<Plan> =
        (0..3).map(|i| Example::ALL[i].plan(id(&format!("q{i}")), Lang::En, 0, today)).collect();
    let pending: Vec<_> =
        plans.iter().map(|p| (summarize_pending(p, Lang::En, today), facts(p, today, None))).collect();
    let done: Vec<_> = plans
        .iter()
        .map(|p| {
            let (s, st) = summarize_told(p, Lang::En, today, 100);
            let f = facts(p, today, st.as_ref());
            (s, f)
        })
        .collect();
    let day = common_day(&pending.iter().map(|x| &x.1).collect::<Vec<_>>());
    assert_eq!(day, common_day(&done.iter().map(|x| &x.1).collect::<Vec<_>>()));
    let t = table(Lang::En, &pending.iter().map(|(s, f)| (None, s, f)).collect::<Vec<_>>(), day);
    for key in [Key::CompareAtDeadline, Key::BoardMembersOn, Key::BoardHealth, Key::CompareChance] {
        assert!(row(&t, key).cells.iter().all(|c| c.line() == "Computing…"), "{key:?}");
    }
    for key in [Key::BoardMix, Key::BoardCostPerJoin, Key::BoardSpend] {
        assert!(row(&t, key).cells.iter().all(|c| c.value.is_some() || c.line().contains('%')), "{key:?}");
    }
}

/// The common day is the shortest horizon and always stated; a plan not
/// simulated that far says so; best and worst are marked per row, and
/// sorting by a row reorders the columns, best first.
#[test]
fn the_board_compares_on_one_day_ranks_and_sorts() {
    use qunce_core::board::Rank;
    use qunce_core::i18n::Key;
    let today = qunce_core::domain::canvas::parse_ymd("2026-12-04").unwrap();
    let mut short = Example::ALL[0].plan(id("s"), Lang::En, 0, today);
    short.simulation.horizon_days = 30;
    short.channels.horizon_days = 30;
    let mut long = Example::ALL[1].plan(id("l"), Lang::En, 0, today);
    long.simulation.horizon_days = 120;
    let t = board_of(&[(Some("A"), &short), (Some("B"), &long)], None);
    assert_eq!(t.day, 30, "the shortest horizon");
    let t = board_of(&[(Some("A"), &short), (Some("B"), &long)], Some(100));
    let members = row(&t, Key::BoardMembersOn);
    assert_eq!(members.label, "Members present on day 100 (median, 80% range)");
    assert_eq!(members.cells[0].line(), "— (simulated to day 30 only)");
    assert!(members.cells[1].value.is_some());
    assert_eq!(members.cells[0].rank, None, "one value: nothing to rank");

    let t = board_of(&[(Some("A"), &short), (Some("B"), &long)], None);
    let readiness = row(&t, Key::Readiness);
    let values: Vec<f64> = readiness.cells.iter().map(|c| c.value.unwrap()).collect();
    if values[0] != values[1] {
        let best = if values[0] > values[1] { 0 } else { 1 };
        assert_eq!(readiness.cells[best].rank, Some(Rank::Best));
        assert_eq!(readiness.cells[1 - best].rank, Some(Rank::Worst));
    }
    // Cost per join: lower is better, so sorting best first puts the
    // cheaper plan first; the heads move with the cells.
    let at = t.rows.iter().position(|r| r.key == Key::BoardCostPerJoin).unwrap();
    let sorted = t.sorted(at, true);
    let costs: Vec<f64> = sorted.rows[at].cells.iter().map(|c| c.value.unwrap()).collect();
    assert!(costs[0] <= costs[1], "{costs:?}");
    let first = if t.rows[at].cells[0].value <= t.rows[at].cells[1].value { "A" } else { "B" };
    assert_eq!(sorted.heads[0].0.as_deref(), Some(first));
    assert_eq!(t.sorted(at, false).heads[0].0.as_deref(), Some(if first == "A" { "B" } else { "A" }));
    // Equal values are not ranked.
    let same = board_of(&[(Some("A"), &short), (Some("C"), &short)], None);
    assert!(same.rows.iter().flat_map(|r| &r.cells).all(|c| c.rank.is_none()));
}
