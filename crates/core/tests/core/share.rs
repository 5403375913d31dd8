//! Sharing: the plan summary and its Markdown and WeChat exports, QR codes
//! (decoded back with an independent decoder) and the workshop board's link
//! finder. The share pages rendered natively are in the app's tests.

use proptest::prelude::*;
use qunce_core::domain::Plan;
use qunce_core::examples::Example;
use qunce_core::export::{markdown, md_escape, wechat, NoticeOptions};
use qunce_core::i18n::{Key, Lang};
use qunce_core::persist::link::{decode_link, encode_link, find_codes};
use qunce_core::qr::{qr, QUIET};
use qunce_core::summary::summarize;

use crate::id;
use crate::link::example_plan;

const BASE: &str = "https://someone.github.io/qunce/";

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

/// The QR code of `text` as a grid of dark modules, quiet zone included:
/// (side, dark).
fn qr_grid(text: &str) -> (usize, Vec<bool>) {
    let code = qr(text).expect("fits a QR code");
    let side = (code.size + 2 * QUIET) as usize;
    let mut dark = vec![false; side * side];
    // The SVG path is a list of "M x y h w v1 h-w z" runs.
    for run in code.path.split('M').filter(|r| !r.is_empty()) {
        let nums: Vec<i64> = run
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap())
            .collect();
        let (x, y, w) = (nums[0] as usize, nums[1] as usize, nums[2] as usize);
        for dx in 0..w {
            dark[y * side + x + dx] = true;
        }
    }
    (side, dark)
}

/// Decodes a QR code from its module grid with rqrr (a separate decoder).
fn decode_qr(text: &str) -> (String, u8) {
    let (side, dark) = qr_grid(text);
    // Scale up so the detector sees clear finder patterns.
    let scale = 4;
    let mut img = rqrr::PreparedImage::prepare_from_bitmap(side * scale, side * scale, |x, y| {
        dark[(y / scale) * side + x / scale]
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    let (meta, content) = grids[0].decode().expect("decodes");
    (content, meta.version.0 as u8)
}

#[test]
fn every_template_link_fits_and_its_qr_code_decodes_to_the_exact_link() {
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let link = format!("{BASE}{}", encode_link(&example_plan(ex, lang)));
            assert!(link.chars().count() <= 1_000, "{ex:?} {lang:?}: {}", link.len());
            let (decoded, version) = decode_qr(&link);
            assert_eq!(decoded, link);
            assert_eq!(version, qr(&link).unwrap().version);
            assert!(decode_link(&decoded).is_ok());
        }
    }
}

/// The board's camera decoder (`qunce-scan`, loaded where the browser has
/// no BarcodeDetector) reads a shared plan's QR code off a camera-like
/// frame: off-centre, grey on grey, with sensor noise; a frame with
/// nothing on it, or whose size does not match its data, finds nothing.
#[test]
fn the_camera_decoder_reads_a_plan_qr_code_from_a_noisy_frame() {
    let link = format!("{BASE}{}", encode_link(&example_plan(Example::ALL[2], Lang::Zh)));
    let (side, dark) = qr_grid(&link);
    let (w, h, scale, (ox, oy)) = (640usize, 480usize, 4usize, (150usize, 20usize));
    assert!(side * scale + ox <= w && side * scale + oy <= h, "{side}");
    let mut noise = 12345u32;
    let mut frame = vec![0u8; w * h * 4];
    for y in 0..h {
        for x in 0..w {
            let (mx, my) = (x.wrapping_sub(ox) / scale, y.wrapping_sub(oy) / scale);
            let is_dark = mx < side && my < side && dark[my * side + mx];
            noise = noise.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let jitter = (noise >> 16) as u8 % 24;
            let v = if is_dark { 40 + jitter } else { 200 + jitter };
            let i = (y * w + x) * 4;
            frame[i..i + 4].copy_from_slice(&[v, v.saturating_sub(8), v, 255]);
        }
    }
    assert_eq!(qunce_scan::decode(&frame, w as u32, h as u32).as_deref(), Some(link.as_str()));
    assert_eq!(qunce_scan::decode(&frame, w as u32 - 1, h as u32), None, "size and data disagree");
    assert_eq!(qunce_scan::decode(&vec![128; w * h * 4], w as u32, h as u32), None, "nothing on it");
    assert_eq!(qunce_scan::decode(&[], 0, 0), None);
}

#[test]
fn a_long_link_still_makes_a_qr_code_and_a_too_long_one_says_so() {
    let long = format!("{BASE}#/s/z1.0.{}.00000000", "A".repeat(2_000));
    let (decoded, version) = decode_qr(&long);
    assert_eq!(decoded, long);
    assert!(version > 30, "{version}");
    assert!(qr(&"a".repeat(3_000)).is_none(), "over a version-40 code's byte capacity");
}

#[test]
fn the_summary_covers_all_four_steps_of_every_example() {
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let plan = example_plan(ex, lang);
            let s = summarize(&plan, lang, today(), 200);
            assert_eq!(s.sections.len(), 4);
            for section in &s.sections {
                assert!(!section.rows.is_empty(), "{ex:?} {lang:?}: {} is empty", section.title);
            }
            assert!(s.figures.readiness > 50, "{ex:?}: {}", s.figures.readiness);
            assert!(s.figures.at_deadline.is_some_and(|v| v > 0.0));
            let (median, low, high) = s.figures.sim_members.unwrap();
            assert!(low <= median && median <= high);
            // The plan's members target first, then the KPI step's own.
            let plan_target = usize::from(plan.channels.target.members > 0);
            assert_eq!(s.figures.chances.len(), plan_target + plan.simulation.targets.len());
            // Every chance in the summary says in words how it reads.
            let targets =
                s.sections[3].rows.iter().find(|r| r.label == lang.t(Key::KpiTargetsTitle)).unwrap();
            for (item, (_, p)) in targets.items.iter().zip(&s.figures.chances) {
                let odds = qunce_core::labels::Odds::of(*p);
                assert!(item.ends_with(&format!(" · {}", lang.t(odds.key()))), "{item}");
            }
        }
    }
}

#[test]
fn the_job_sprint_summary_matches_its_forecast() {
    let plan = example_plan(Example::JobSprint, Lang::En);
    let s = summarize(&plan, Lang::En, today(), 500);
    let (n, precise, deadline) = s.figures.target.unwrap();
    assert_eq!((n, precise), (plan.channels.target.members, plan.channels.target.precise));
    assert_eq!(deadline, plan.channels.target.deadline);
    let start = plan.channels.start.unwrap();
    let f = qunce_core::domain::forecast::forecast(
        &plan.channels,
        start,
        plan.positioning.threshold_complete(),
        None,
    );
    let dl = qunce_core::domain::forecast::deadline_day(&plan.channels, start);
    // The summary's figure at the deadline is members present (the
    // simulator's median), the same the recruitment step and the KPI step show.
    let story = qunce_core::domain::story::story_runs(&plan, today(), 500);
    assert_eq!(s.figures.at_deadline, Some(story.present(dl, false)));
    assert!(story.present(dl, false) < f.at(dl, false), "leavers are taken off the joins");
    let md = markdown(&s, Lang::En);
    assert!(md.starts_with("# City Job Sprint") || md.contains(&md_escape(&plan.name)), "{md}");
    for title in ["Positioning canvas", "Recruitment channels"] {
        assert!(md.contains(title) || md.contains(&md_escape(title)), "{title} in {md}");
    }
}

/// `md` with every backslash escape pair removed: what Markdown reads as markup.
fn unescaped(md: &str) -> String {
    let mut out = String::new();
    let mut chars = md.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
        } else {
            out.push(c);
        }
    }
    out
}

fn hostile_plan() -> Plan {
    let mut plan = example_plan(Example::PaidCircle, Lang::En);
    plan.name = "<script>alert(1)</script> [x](javascript:alert(1)) \u{202E}evil".into();
    plan.positioning.goal =
        "![img](http://x/a.png) **bold** `code` <img src=x onerror=alert(1)>\n# heading\n| a | b |".into();
    plan.positioning.value_tangible =
        "- item\n1. numbered\n> quote\n<a href=\"javascript:alert(1)\">x</a>".into();
    plan
}

#[test]
fn markdown_export_keeps_hostile_text_inert() {
    let s = summarize(&hostile_plan(), Lang::En, today(), 50);
    let md = markdown(&s, Lang::En);
    assert!(!md.contains('\u{202E}'));
    // No markup character from the plan survives unescaped: every < [ ] (
    // ) ` ! * _ | in the text has a backslash before it (our own "**" and
    // list markers aside).
    for line in md.lines().filter(|l| *l != "---") {
        let body = line
            .trim_start_matches("# ")
            .trim_start_matches("## ")
            .trim_start_matches("  - ")
            .trim_start_matches("- ");
        let body =
            body.strip_prefix("**").map(|b| b.replacen("**", "", 1)).unwrap_or_else(|| body.to_owned());
        let mut prev = ' ';
        for c in body.chars() {
            if "<>[]()`!*_|#".contains(c) {
                assert_eq!(prev, '\\', "unescaped {c:?} in {line:?}");
            }
            prev = if prev == '\\' && c == '\\' { ' ' } else { c };
        }
    }
    // Every line starts with our own markup, never with plan text.
    for line in md.lines().filter(|l| !l.is_empty()) {
        assert!(
            line.starts_with("# ")
                || line.starts_with("## ")
                || line.starts_with("- **")
                || line.starts_with("  - ")
                || line == "---"
                || line == Lang::En.t(Key::SummaryMadeWith),
            "line {line:?}"
        );
    }
}

#[test]
fn wechat_notice_is_for_members_one_line_a_row_and_no_markdown() {
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let s = summarize(&example_plan(ex, lang), lang, today(), 50);
            let text = wechat(&s, lang, &NoticeOptions::default());
            assert!(text.starts_with('【'));
            for line in text.lines() {
                assert!(
                    !line.starts_with('#') && !line.contains("**") && !line.starts_with("- "),
                    "{line:?}"
                );
                // No line has two colons before its value ("核心：谁来带领：…").
                let head = line.split_once(lang.colon()).map_or("", |(h, _)| h);
                assert!(!head.contains(['：', ':']), "{ex:?} {lang:?}: {line:?}");
            }
            // Every member-facing row is on one line of its own, whole; no
            // internal figure is there.
            for section in &s.sections {
                for row in &section.rows {
                    let whole = row.value.replace('\n', " ");
                    if row.internal {
                        if !whole.is_empty() {
                            assert!(
                                !text.contains(&whole),
                                "{ex:?} {lang:?}: internal {whole:?} in the notice"
                            );
                        }
                    } else {
                        assert!(
                            text.lines().any(|l| l.ends_with(&whole)),
                            "{ex:?} {lang:?}: {whole:?} broken"
                        );
                        for item in &row.items {
                            assert!(
                                text.lines().any(|l| l == format!("· {}", item.replace('\n', " "))),
                                "{item:?}"
                            );
                        }
                    }
                }
            }
            for key in
                [Key::Budget, Key::SummaryCosts, Key::KpiTargetsTitle, Key::Readiness, Key::FieldProfit]
            {
                assert!(
                    !text.contains(lang.t(key)),
                    "{ex:?} {lang:?}: {:?} in a members' notice",
                    lang.t(key)
                );
            }
            // Asked for: the figures and the link.
            let link = "https://someone.github.io/qunce/#/s/z1.1.abc.0000abcd".to_owned();
            let full = wechat(&s, lang, &NoticeOptions { figures: true, link: Some(link.clone()) });
            assert!(
                full.contains(lang.t(Key::KpiTargetsTitle)) && full.contains(lang.t(Key::Budget).trim()),
                "{full}"
            );
            assert!(full.lines().any(|l| l.ends_with(&link)), "{full}");
        }
    }
    let text =
        wechat(&summarize(&hostile_plan(), Lang::En, today(), 50), Lang::En, &NoticeOptions::default());
    assert!(!text.contains('\u{202E}'));
}

#[test]
fn the_board_finds_links_in_a_chat_transcript() {
    let a = encode_link(&example_plan(Example::JobSprint, Lang::Zh));
    let b = encode_link(&example_plan(Example::School, Lang::En));
    let text = format!("小王：我的方案 {BASE}{a}&from=singlemessage 谢谢！\nLi: here {BASE}{b}?isappinstalled=0\n看看{BASE}{a}。好");
    let codes = find_codes(&text);
    assert_eq!(codes.len(), 3);
    assert_eq!(format!("#/s/{}", codes[0]), a);
    assert_eq!(format!("#/s/{}", codes[1]), b);
    assert_eq!(format!("#/s/{}", codes[2]), a);
    assert!(find_codes("no links here #/x").is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::link::cases(256), ..ProptestConfig::default() })]

    /// Any pasted text: the board's link finder and the decoder answer
    /// without a panic, and every code found is made of code characters
    /// only (the route parser's half of this is in the app's tests).
    #[test]
    fn pasted_text_never_panics(text in ".{0,600}", with_link in prop::bool::ANY) {
        let text = if with_link { format!("{text}#/s/z1.0.{text}") } else { text };
        for code in find_codes(&text) {
            prop_assert!(code.chars().all(qunce_core::persist::link::is_code_char));
            let _ = decode_link(&format!("#/s/{code}"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn exports_never_panic_and_stay_inert(name in ".{0,60}", goal in ".{0,200}", lang in prop::bool::ANY) {
        let lang = if lang { Lang::Zh } else { Lang::En };
        let mut plan = Plan::new(id("r"), "x", 1);
        plan.name = name;
        plan.positioning.goal = goal;
        let s = summarize(&plan, lang, today(), 10);
        let md = markdown(&s, lang);
        prop_assert!(!unescaped(&md).contains(['<', '>', '[', ']', '(', ')', '`', '!', '|']), "{}", md);
        prop_assert!(md.lines().all(|l| l.is_empty() || l == "---" || l.starts_with("# ") || l.starts_with("## ")
            || l.starts_with("- **") || l.starts_with("  - ") || l == lang.t(Key::SummaryMadeWith) || l == lang.t(Key::StatusEmpty)));
        let _ = wechat(&s, lang, &NoticeOptions { figures: true, link: None });
    }
}

#[test]
fn file_names_carry_the_plan_and_the_date_and_are_safe_everywhere() {
    use qunce_core::export::{kpi_csv_file, markdown_file, plan_file, safe_file_name};
    let plan = example_plan(Example::JobSprint, Lang::Zh);
    assert_eq!(plan_file(&plan, "2026-12-04").name, "求职社群两周冲刺-2026-12-04.json");
    let s = summarize(&plan, Lang::Zh, today(), 10);
    assert_eq!(markdown_file(&plan, &s, Lang::Zh, "2026-12-04").name, "求职社群两周冲刺-2026-12-04.md");
    assert_eq!(
        kpi_csv_file(&plan.name, "2026-12-04", String::new()).name,
        "求职社群两周冲刺-KPI-2026-12-04.csv"
    );
    assert_eq!(safe_file_name(r#"a/b\c:d*e?f"g<h>i|j"#), "abcdefghij");
    assert_eq!(safe_file_name("  ..Plan\n\tone\u{0}.  "), "Plan one");
    assert_eq!(safe_file_name("CON"), "qunce-CON");
    assert_eq!(safe_file_name("com3.txt"), "qunce-com3.txt");
    assert_eq!(safe_file_name("Company"), "Company");
    assert_eq!(safe_file_name("???"), "qunce");
    assert_eq!(safe_file_name(&"名".repeat(100)).chars().count(), 60);
    let mut unnamed = plan.clone();
    unnamed.name = String::new();
    assert_eq!(plan_file(&unnamed, "2026-12-04").name, "qunce-plan-2026-12-04.json");
}
