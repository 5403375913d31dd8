//! What the shared-link viewer builds on (issue 19): the summary's markup
//! (the one renderer the viewer and the editor's shared page both show),
//! its escaping, and which page addresses are shared plans.

use proptest::prelude::*;
use qunce_core::examples::Example;
use qunce_core::i18n::{Key, Lang};
use qunce_core::persist::link::{decode_code, encode_code, page_hash, shared_code, LinkError};
use qunce_core::summary::html::{escape, frame, render, shared_error, shared_loading_banner};
use qunce_core::summary::{summarize, Row, Section, Summary};

use crate::link::example_plan;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
}

/// The text of `html` with its tags removed and entities read back, and
/// every tag name and attribute seen: a tiny reader for the renderer's own
/// output (which only ever writes double-quoted attributes).
fn read(html: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        let gt = rest[lt..].find('>').expect("every tag is closed") + lt;
        tags.push(rest[lt + 1..gt].to_owned());
        rest = &rest[gt + 1..];
    }
    text.push_str(rest);
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    (text, tags)
}

const TAGS: &[&str] = &[
    "article", "/article", "h2", "/h2", "div", "/div", "section", "/section", "h3", "/h3", "span", "/span",
    "p", "/p", "dl", "/dl", "dt", "/dt", "dd", "/dd", "ul", "/ul", "li", "/li",
];

fn tag_name(tag: &str) -> &str {
    tag.split([' ', '\n']).next().unwrap_or_default()
}

#[test]
fn the_markup_carries_every_row_of_the_summary_in_order() {
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let plan = example_plan(ex, lang);
            let summary = summarize(&plan, lang, today(), 200);
            let html = render(&summary, lang.t(Key::StatusEmpty));
            let (text, tags) = read(&html);
            let mut expected = summary.title.clone();
            for (i, section) in summary.sections.iter().enumerate() {
                expected.push_str(&(i + 1).to_string());
                expected.push_str(&section.title);
                for row in &section.rows {
                    expected.push_str(&row.label);
                    expected.push_str(&row.value);
                    row.items.iter().for_each(|item| expected.push_str(item));
                }
            }
            assert_eq!(text, expected, "{ex:?} {lang:?}");
            assert!(tags.iter().all(|t| TAGS.contains(&tag_name(t))), "{tags:?}");
            let rows: usize = summary.sections.iter().map(|s| s.rows.len()).sum();
            assert_eq!(html.matches("<div class=\"summary__row\">").count(), rows);
        }
    }
}

#[test]
fn an_empty_step_says_so() {
    let summary = Summary {
        title: "t".into(),
        figures: Default::default(),
        sections: vec![Section { title: "Canvas".into(), rows: Vec::new() }],
    };
    let html = render(&summary, "Nothing here yet");
    assert!(html.contains("<p class=\"summary__empty\">Nothing here yet</p>"), "{html}");
}

/// Hostile strings the board's injection test also uses.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "</title><script>alert(1)</script>",
    "</style><base href=//evil>",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
    "<!-- x --><![CDATA[ y ]]>",
    "&lt;script&gt; &amp; &#60;",
    "＜script＞ full-width",
    "a\u{0}b",
];

#[test]
fn plan_text_never_becomes_markup() {
    for bad in HOSTILE {
        let summary = Summary {
            title: (*bad).into(),
            figures: Default::default(),
            sections: vec![Section {
                title: (*bad).into(),
                rows: vec![Row {
                    label: (*bad).into(),
                    value: (*bad).into(),
                    items: vec![(*bad).into()],
                    internal: false,
                }],
            }],
        };
        let html = render(&summary, bad);
        let (text, tags) = read(&html);
        assert!(tags.iter().all(|t| TAGS.contains(&tag_name(t))), "{bad}: {tags:?}");
        // Each of the five copies (title, step, label, value, item) reads
        // back as typed (NUL is dropped).
        assert_eq!(text.matches(&bad.replace('\0', "")).count(), 5, "{bad}: {text}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn escaped_text_has_no_markup_and_reads_back(s in "\\PC*") {
        let e = escape(&s);
        prop_assert!(!e.contains('<') && !e.contains('>') && !e.contains('"') && !e.contains('\''));
        let (text, tags) = read(&e);
        prop_assert!(tags.is_empty());
        prop_assert_eq!(text, s.replace('\0', ""));
    }
}

#[test]
fn the_frame_banner_and_error_page_are_in_the_users_language() {
    for lang in [Lang::Zh, Lang::En] {
        let f = frame(lang, "<p>x</p>");
        assert!(f.contains(lang.t(Key::AppName)) && f.ends_with("<p>x</p></main></div>"), "{f}");
        let banner = shared_loading_banner(lang, true);
        for key in
            [Key::SharedTitle, Key::SharedIntro, Key::SharedRepaired, Key::EditorLoading, Key::SaveCopy]
        {
            assert!(banner.contains(&escape(lang.t(key))), "{key:?} in {banner}");
        }
        assert!(banner.contains(" disabled>"), "save a copy waits for the editor");
        assert!(!shared_loading_banner(lang, false).contains(&escape(lang.t(Key::SharedRepaired))));
        let err = shared_error(lang, &LinkError::Damaged);
        assert!(err.contains(&escape(lang.t(Key::LinkDamaged))), "{err}");
        assert!(err.contains(&escape(lang.t(Key::SharedNothingChanged))));
    }
}

#[test]
fn shared_plans_are_found_in_every_address_form_the_router_takes() {
    let code = encode_code(&example_plan(Example::JobSprint, Lang::Zh));
    let dotted = code.replace('.', "%2E");
    for (hash, search) in [
        (format!("#/s/{code}"), String::new()),
        (format!("#/s/{code}&from=singlemessage&isappinstalled=0"), String::new()),
        (format!("#/s/{code}?nsukey=abc"), "?from=timeline".to_owned()),
        (format!("#%2Fs%2F{dotted}"), String::new()),
        (String::new(), format!("?s={code}&from=singlemessage")),
        ("#".to_owned(), format!("?s={dotted}")),
    ] {
        let found = shared_code(&hash, &search).unwrap_or_else(|| panic!("{hash} {search}"));
        assert_eq!(found.replace("%2E", "."), code, "{hash} {search}");
        assert!(decode_code(&found).is_ok());
    }
    for (hash, search) in [
        ("#/", ""),
        ("", ""),
        ("#/plans/abc", "?s=whatever"),
        ("#/s/", ""),
        ("#/s/abc/more", ""),
        ("#/compare", ""),
        ("", "?nsukey=abc&isappinstalled=0"),
    ] {
        assert_eq!(shared_code(hash, search), None, "{hash} {search}");
    }
    assert_eq!(page_hash("#/plans/a", &format!("?s={code}")), "#/plans/a", "a fragment wins over the query");
}
