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

/// Boards are kept in their own keys (issue 24), read through `restore()`,
/// never taken for plans, at most `MAX_BOARDS` of them.
mod kept {
    use qunce_core::persist::boards::{board_key, list, remove, save, Board, MAX_BOARDS, MAX_CHAT_BYTES};
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
        }
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

/// The board's one table, and its CSV and Markdown: a column per plan, a
/// row per figure, the same text in each; hostile names stay text.
#[test]
fn the_board_table_and_its_exports_say_the_same() {
    use qunce_core::board::table;
    use qunce_core::export::{board_csv, board_file, board_markdown};
    use qunce_core::summary::summarize;
    let today = qunce_core::domain::canvas::parse_ymd("2026-12-04").unwrap();
    let mut full = Example::ALL[0].plan(id("b1"), Lang::En, 0, today);
    full.name = "=HYPERLINK(\"x\") <b>|pipe|".into();
    // A plan with channels but no KPI step: its forecast still shows.
    let mut channels_only = Example::ALL[1].plan(id("b2"), Lang::En, 0, today);
    channels_only.simulation = Default::default();
    let a = summarize(&full, Lang::En, today, 200);
    let b = summarize(&channels_only, Lang::En, today, 200);
    let t = table(Lang::En, &[(Some("-Lily"), &a), (None, &b)]);
    assert_eq!(t.heads.len(), 2);
    assert_eq!(t.rows.len(), 9);
    assert!(t.rows.iter().all(|(_, cells)| cells.len() == 2));
    let cell = |row: usize, col: usize| t.rows[row].1[col].line();
    // The forecast at the deadline is there for both; the simulator's end
    // figures name their day for the full plan.
    assert!(cell(4, 0).chars().any(|c| c.is_ascii_digit()), "{}", cell(4, 0));
    assert!(cell(4, 1).chars().any(|c| c.is_ascii_digit()), "channels-only plan: {}", cell(4, 1));
    assert!(cell(6, 0).contains("day "), "{}", cell(6, 0));
    assert!(!t.rows[8].1[0].items.is_empty(), "KPI chances are a list");

    let csv = board_csv(&t, Lang::En);
    assert!(csv.starts_with('\u{FEFF}'), "a byte-order mark for Excel");
    let lines: Vec<&str> =
        csv.trim_start_matches('\u{FEFF}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 10, "a header and nine rows");
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
    assert!(lines[5].contains(&cell(4, 0)), "the CSV has the table's text");

    let md = board_markdown(&t, "Saturday <script>", Lang::En);
    assert!(md.starts_with("# Saturday \\<script\\>\n"), "{md}");
    assert!(md.contains("\\|pipe\\|"), "a pipe in a name does not split the table");
    assert_eq!(md.lines().filter(|l| l.starts_with('|')).count(), 11, "header, rule, nine rows");
    assert!(
        md.contains(&cell(5, 0).replace('(', "\\(").replace(')', "\\)")),
        "the Markdown has the table's text"
    );

    let file = board_file(&t, "周六/上午班", Lang::Zh, "2026-12-04", false);
    assert_eq!(file.name, "周六上午班-2026-12-04.csv");
    assert!(board_file(&t, "", Lang::Zh, "2026-12-04", true).name.ends_with(".md"));
}
