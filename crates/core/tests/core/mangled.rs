//! Links as chat apps and people mangle them: appended parameters in the
//! fragment or the query, percent-encoded characters, spaces and line breaks
//! from a wrapped copy, the query form, a cut link. Each opens the same plan
//! or is refused with a reason — never a different plan, never a panic.

use proptest::prelude::*;
use qunce_core::examples::Example;
use qunce_core::i18n::Lang;
use qunce_core::persist::link::{decode_link, encode_code, find_codes, link_code, LinkError};

use crate::link::{cases, example_plan};

const BASE: &str = "https://someone.github.io/qunce/";

fn plan_and_code(ex: usize, zh: bool) -> (qunce_core::domain::Plan, String) {
    let plan = example_plan(Example::ALL[ex % 4], if zh { Lang::Zh } else { Lang::En });
    let code = encode_code(&plan);
    (plan, code)
}

#[test]
fn appended_parameters_in_the_fragment_or_the_query_are_left_out() {
    let (plan, code) = plan_and_code(0, true);
    for link in [
        format!("{BASE}#/s/{code}&from=singlemessage"),
        format!("{BASE}#/s/{code}&from=singlemessage&isappinstalled=0"),
        format!("{BASE}#/s/{code}&appinstall=0"),
        format!("{BASE}?nsukey=Abc%3D%3D&from=timeline#/s/{code}"),
        format!("{BASE}#/s/{code}?nsukey=Abc%3D%3D"),
        format!("{BASE}?s={code}&from=singlemessage"),
        format!("{BASE}?s={code}&isappinstalled=0#wechat_redirect"),
    ] {
        assert_eq!(decode_link(&link).map(|s| s.plan), Ok(plan.clone()), "{link}");
    }
}

#[test]
fn percent_encoded_dots_and_wrapped_copies_open_the_plan() {
    let (plan, code) = plan_and_code(1, false);
    let mid = code.len() / 2;
    for link in [
        format!("{BASE}#/s/{}", code.replace('.', "%2E")),
        format!("{BASE}#/s/{}", code.replace('.', "%2e")),
        format!("{BASE}%23%2Fs%2F{code}"),
        format!("{BASE}#/s/{}\n{}", &code[..mid], &code[mid..]),
        format!("{BASE}#/s/{}\r\n  {}", &code[..mid], &code[mid..]),
        format!("{BASE}#/s/{}%20{}", &code[..mid], &code[mid..]),
        format!("看看这个 {BASE}#/s/{}\n{} 谢谢！", &code[..mid], &code[mid..]),
    ] {
        assert_eq!(decode_link(&link).map(|s| s.plan), Ok(plan.clone()), "{link}");
    }
    // Escapes of other characters are not undone: the code is damaged, not different.
    let odd = format!("{BASE}#/s/{}%41{}", &code[..mid], &code[mid..]);
    assert!(matches!(decode_link(&odd), Err(LinkError::Damaged | LinkError::BadChecksum)), "{odd}");
}

#[test]
fn a_complete_code_is_not_joined_to_the_next_word() {
    let (_, code) = plan_and_code(2, true);
    assert_eq!(link_code(&format!("{BASE}#/s/{code} and more text")), Some(code.clone()));
    assert_eq!(link_code(&format!("#/s/{code}\nnext line")), Some(code));
}

#[test]
fn a_chat_transcript_with_mangled_links_yields_every_code() {
    let (_, a) = plan_and_code(0, true);
    let (_, b) = plan_and_code(3, false);
    let (_, c) = plan_and_code(1, true);
    let half = b.len() / 2;
    let text = format!(
        "王：{BASE}#/s/{}&from=singlemessage\nLi: {BASE}#/s/{}\n{}\n赵：{BASE}?s={c}&isappinstalled=0\n\
         搜索：https://example.com/?s=weekly+report 不是方案",
        a.replace('.', "%2E"),
        &b[..half],
        &b[half..]
    );
    assert_eq!(find_codes(&text), vec![a, b, c]);
}

#[test]
fn a_cut_link_says_it_is_incomplete() {
    let (_, code) = plan_and_code(0, false);
    for cut in [8, code.len() / 2, code.len() - 3] {
        let r = decode_link(&format!("{BASE}#/s/{}", &code[..cut]));
        assert!(matches!(r, Err(LinkError::Damaged | LinkError::BadChecksum)), "cut at {cut}: {r:?}");
    }
    // A cut link followed by a sentence stays cut (the sentence is not joined).
    let r = decode_link(&format!("{BASE}#/s/{} 谢谢", &code[..code.len() / 2]));
    assert!(matches!(r, Err(LinkError::Damaged | LinkError::BadChecksum)), "{r:?}");
}

/// Where a copy may wrap a link: any one of these between two characters.
fn gap() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![" ", "\n", "\r\n", "\n  ", "%20", "%0A", "%0D%0A"])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(128), ..ProptestConfig::default() })]

    /// Any mix of the manglings above opens the same plan.
    #[test]
    fn mangled_links_open_the_same_plan(
        ex in 0usize..4, zh in any::<bool>(), at in any::<prop::sample::Index>(), gap in gap(),
        dots in any::<bool>(), query in any::<bool>(),
        tail in prop::sample::select(vec!["", "&from=singlemessage", "&isappinstalled=0", "&appinstall=0", "?nsukey=x%2By", " 谢谢", "。"]),
    ) {
        let (plan, code) = plan_and_code(ex, zh);
        let i = at.index(code.len() - 1) + 1;
        let mut mangled = format!("{}{gap}{}", &code[..i], &code[i..]);
        if dots {
            mangled = mangled.replace('.', "%2E");
        }
        let link = if query { format!("{BASE}?s={mangled}{tail}") } else { format!("{BASE}#/s/{mangled}{tail}") };
        prop_assert_eq!(decode_link(&link).map(|s| s.plan), Ok(plan));
    }

    /// A link cut anywhere is refused, never read as another plan.
    #[test]
    fn cut_links_are_refused(ex in 0usize..4, at in any::<prop::sample::Index>()) {
        let (_, code) = plan_and_code(ex, true);
        let cut = &code[..at.index(code.len())];
        let r = decode_link(&format!("{BASE}#/s/{cut}"));
        prop_assert!(matches!(r, Err(LinkError::Damaged | LinkError::BadChecksum)), "{:?}", r);
    }

    /// Text full of percent signs, hex digits and prefixes: no panic, and
    /// every code found is made of code characters.
    #[test]
    fn percent_soup_never_panics(text in "([%#/s?=.a-f0-9 \n]|%2E|%23|%2F|%20|#/s/|\\?s=){0,200}") {
        for code in find_codes(&text) {
            prop_assert!(code.chars().all(qunce_core::persist::link::is_code_char));
        }
        let _ = decode_link(&text);
        let _ = link_code(&text);
    }
}
