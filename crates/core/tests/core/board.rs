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
