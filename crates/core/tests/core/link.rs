//! Share links: round trips, the frozen format-1 link and dictionaries, and
//! every kind of damaged or foreign link (never a panic, never a plan).

use proptest::prelude::*;

use qunce_core::domain::{Plan, PlanId};
use qunce_core::examples::Example;
use qunce_core::i18n::Lang;
use qunce_core::persist::link::{
    base64url, decode_link, encode_link, link_code, unbase64url, LinkError, COMFORT_CHARS, DICTS,
};
use qunce_core::persist::{encode_plan, restore, Doc, RestoreError};

pub fn example_plan(ex: Example, lang: Lang) -> Plan {
    let start = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    ex.plan(PlanId::parse("mi4k2x0a7b3c9d1e").unwrap(), lang, 1_796_225_600_000, start)
}

pub fn cases(default: u32) -> u32 {
    std::env::var("QUNCE_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

#[test]
fn every_example_round_trips_and_fits_a_comfortable_link() {
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let plan = example_plan(ex, lang);
            let link = encode_link(&plan);
            assert!(link.starts_with("#/s/z1."), "{link}");
            // 60 characters are left for the address of the page.
            assert!(link.len() + 60 <= COMFORT_CHARS, "{ex:?} {lang:?}: {} chars", link.len());
            let back = decode_link(&format!("https://example.org/qunce/{link}")).unwrap();
            assert_eq!(back.plan, plan);
            assert!(!back.repaired);
        }
    }
}

#[test]
fn a_plan_unlike_any_example_still_round_trips() {
    let mut plan = Plan::new(PlanId::parse("x1").unwrap(), "Knitting club", 1_700_000_000_000);
    plan.positioning.goal = "每周一起织完一件作品 — a finished piece every week 🧶".into();
    let link = encode_link(&plan);
    assert!(link.starts_with("#/s/z1."), "{link}");
    assert_eq!(decode_link(&link).unwrap().plan, plan);
}

#[test]
fn chat_app_additions_and_whitespace_are_ignored() {
    let plan = example_plan(Example::JobSprint, Lang::Zh);
    let link = format!("https://a.b/#{}", &encode_link(&plan)[1..]);
    for variant in [
        format!("{link}&from=timeline&isappinstalled=0"),
        format!("{link}?from=groupmessage"),
        format!("  {link}\n"),
        format!("看看这个方案 {link} 谢谢"),
    ] {
        assert_eq!(decode_link(&variant).unwrap().plan, plan, "{variant}");
    }
}

#[test]
fn damaged_links_are_refused_with_a_reason() {
    let plan = example_plan(Example::PaidCircle, Lang::En);
    let link = encode_link(&plan);
    let code = link_code(&link).unwrap().to_owned();
    let parts: Vec<&str> = code.split('.').collect();
    let data = parts[2];
    // Cut off anywhere: refused.
    for cut in [5, 10, code.len() / 2, code.len() - 9, code.len() - 1] {
        let r = decode_link(&format!("#/s/{}", &code[..cut]));
        assert!(matches!(r, Err(LinkError::Damaged | LinkError::BadChecksum)), "cut {cut}: {r:?}");
    }
    // Data cut short but the checksum kept.
    let short = format!("#/s/z1.{}.{}.{}", parts[1], &data[..data.len() - 4], parts[3]);
    assert!(matches!(decode_link(&short), Err(LinkError::BadChecksum | LinkError::Damaged)));
    // One character changed.
    let mut chars: Vec<char> = data.chars().collect();
    let i = chars.len() / 3;
    chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
    let altered: String = chars.into_iter().collect();
    let r = decode_link(&format!("#/s/z1.{}.{altered}.{}", parts[1], parts[3]));
    assert!(matches!(r, Err(LinkError::BadChecksum)), "{r:?}");
    // The wrong dictionary.
    let other = if parts[1] == "1" { "2" } else { "1" };
    let r = decode_link(&format!("#/s/z1.{other}.{data}.{}", parts[3]));
    assert!(matches!(r, Err(LinkError::BadChecksum)), "{r:?}");
    // A checksum that is not hex, or a dictionary that does not exist.
    assert_eq!(decode_link(&format!("#/s/z1.{}.{data}.zzzzzzzz", parts[1])), Err(LinkError::Damaged));
    assert_eq!(decode_link(&format!("#/s/z1.17.{data}.{}", parts[3])), Err(LinkError::Damaged));
    assert_eq!(decode_link(&format!("#/s/z1.01.{data}.{}", parts[3])), Err(LinkError::Damaged));
    // Characters outside base64url (a chat app's percent-encoding).
    assert_eq!(decode_link(&format!("#/s/z1.{}.%41{data}.{}", parts[1], parts[3])), Err(LinkError::Damaged));
}

#[test]
fn newer_foreign_and_huge_links_are_refused() {
    assert_eq!(decode_link("#/s/z2.1.AAAA.00000000"), Err(LinkError::NewerFormat { tag: "z2".into() }));
    assert_eq!(decode_link("#/plans/abc"), Err(LinkError::NotALink));
    assert_eq!(decode_link("https://mp.weixin.qq.com/s/abcdef"), Err(LinkError::NotALink));
    assert_eq!(decode_link(""), Err(LinkError::NotALink));
    assert_eq!(decode_link("#/s/"), Err(LinkError::Damaged));
    let huge = format!("#/s/z1.0.{}.00000000", "A".repeat(1 << 20));
    assert!(matches!(decode_link(&huge), Err(LinkError::TooLong { .. })));
}

#[test]
fn a_link_to_something_other_than_a_plan_is_refused() {
    // Well-formed links around texts that are not plans.
    let make = |text: &str| {
        let data = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
        format!("#/s/z1.0.{}.{:08x}", base64url(&data), crc32fast::hash(text.as_bytes()))
    };
    let prefs = r#"{"type":"qunce/prefs","version":1,"prefs":{"lang":"zh"}}"#;
    assert_eq!(decode_link(&make(prefs)), Err(LinkError::NotAPlan));
    assert_eq!(
        decode_link(&make("<script>alert(1)</script>")),
        Err(LinkError::Restore(RestoreError::NotJson))
    );
    let newer = r#"{"type":"qunce/plan","version":99,"plan":{"id":"a"}}"#;
    assert_eq!(
        decode_link(&make(newer)),
        Err(LinkError::Restore(RestoreError::NewerVersion { version: 99 }))
    );
    // A "zip bomb": 10 MB of spaces compresses to a few KB but may not be inflated.
    let bomb = " ".repeat(10 << 20);
    let r = decode_link(&make(&bomb));
    assert!(matches!(r, Err(LinkError::BadChecksum)), "{r:?}");
}

#[test]
fn a_link_with_hostile_text_goes_through_restore_like_storage() {
    let mut plan = Plan::new(PlanId::parse("h1").unwrap(), "<img src=x onerror=alert(1)>", 1_700_000_000_000);
    plan.positioning.goal = "javascript:alert(1) \u{202E}evil".into();
    let back = decode_link(&encode_link(&plan)).unwrap();
    // Exactly what restore() makes of the same envelope.
    let Doc::Plan(stored) = restore(&encode_plan(&plan)).unwrap().doc else { panic!() };
    assert_eq!(back.plan, *stored);
    assert!(!back.plan.positioning.goal.contains('\u{202E}'));
    assert!(back.repaired);
}

/// The format-1 dictionaries are part of the link format: editing one would
/// break every link made with it.
#[test]
fn the_dictionaries_are_frozen() {
    let sums: Vec<u32> = DICTS.iter().map(|d| crc32fast::hash(d)).collect();
    assert_eq!(sums, FROZEN_DICT_SUMS, "a frozen link dictionary changed: {sums:08x?}");
    // The sums the viewer checks a fetched dictionary against.
    assert_eq!(qunce_core::persist::link::DICT_SUMS, FROZEN_DICT_SUMS);
}

/// The viewer reads a link with the one dictionary it fetched: the same plan
/// as the editor reads; without it, or with a wrong one, it leaves the link
/// to the editor (and never reads a wrong plan).
#[test]
fn a_link_reads_the_same_with_its_dictionary_supplied() {
    use qunce_core::persist::link::{code_dict, decode_code, decode_code_given};
    let link = include_str!("../../../../tests/fixtures/link-v1.txt").trim();
    let code = link.split("#/s/").nth(1).unwrap();
    let n = code_dict(code).unwrap();
    assert!(n > 0, "the fixture uses a dictionary");
    let editor = decode_code(code).unwrap();
    assert_eq!(decode_code_given(code, Some(DICTS[n - 1])), Some(Ok(editor)));
    assert_eq!(decode_code_given(code, None), None);
    let other = DICTS[n % DICTS.len()];
    assert_eq!(decode_code_given(code, Some(other)), None);
    let mut edited = DICTS[n - 1].to_vec();
    edited[0] ^= 1;
    assert_eq!(decode_code_given(code, Some(&edited)), None);
    // A code with no dictionary needs none; a broken one gets the editor's answer.
    let plain = format!("z1.0.{}", code.splitn(3, '.').nth(2).unwrap());
    assert_eq!(code_dict(&plain), Some(0));
    assert_eq!(decode_code_given(&plain, None), Some(decode_code(&plain)));
    assert_eq!(decode_code_given("z1.x", None), Some(decode_code("z1.x")));
    // Mangled spellings name the same dictionary.
    assert_eq!(code_dict(&code.replace('.', "%2E")), Some(n));
}

const FROZEN_DICT_SUMS: [u32; 16] = [
    // Format 1's examples.
    0x706a8b31, 0x9a8dff5d, 0x994fe17d, 0xcf0ae175, 0xe558e2a4, 0x7733297b, 0x8a5e3548, 0x8ff40a1a,
    // Format 2's (saved-data version 2).
    0x321455ed, 0x8d7a97b7, 0x4221ebe4, 0x5526d941, 0x92923ec3, 0x6f9fb851, 0x0c042760, 0xf56b1ca3,
];

/// A link exactly as format 1 first wrote it.
#[test]
fn the_frozen_format_1_link_still_opens() {
    let link = include_str!("../../../../tests/fixtures/link-v1.txt");
    let fixture = include_str!("../../../../tests/fixtures/plan-v1-four-steps.json");
    let Doc::Plan(expected) = restore(fixture).unwrap().doc else { panic!("fixture is a plan") };
    assert_eq!(decode_link(link).unwrap().plan, *expected);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), ..ProptestConfig::default() })]

    #[test]
    fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(unbase64url(&base64url(&bytes)), Some(bytes));
    }

    /// Any text after the prefix: an answer, never a panic or a hang.
    #[test]
    fn decoding_arbitrary_text_never_panics(s in ".{0,400}") {
        let _ = decode_link(&format!("#/s/{s}"));
        let _ = decode_link(&s);
    }

    /// Well-formed links around random bytes, against every dictionary.
    #[test]
    fn decoding_random_data_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600), dict in 0usize..9, check in any::<u32>()) {
        let _ = decode_link(&format!("#/s/z1.{dict}.{}.{check:08x}", base64url(&bytes)));
    }

    /// Real links with bytes flipped: refused or (if the flip was harmless) the same plan.
    #[test]
    fn flipped_links_are_refused_or_equal(ex in 0usize..4, at in any::<prop::sample::Index>(), bit in 0u8..8) {
        let plan = example_plan(Example::ALL[ex], Lang::Zh);
        let link = encode_link(&plan);
        let code = link_code(&link).unwrap();
        let parts: Vec<&str> = code.split('.').collect();
        let mut data = unbase64url(parts[2]).unwrap();
        let i = at.index(data.len());
        data[i] ^= 1 << bit;
        let flipped = format!("#/s/z1.{}.{}.{}", parts[1], base64url(&data), parts[3]);
        match decode_link(&flipped) {
            Ok(back) => prop_assert_eq!(back.plan, plan),
            Err(e) => prop_assert!(matches!(e, LinkError::BadChecksum | LinkError::Damaged), "{:?}", e),
        }
    }

    /// Any plan name and goal round-trip as restore() would read them.
    #[test]
    fn any_text_round_trips(name in ".{0,80}", goal in ".{0,300}") {
        let mut plan = Plan::new(PlanId::parse("p").unwrap(), &name, 1_700_000_000_000);
        plan.positioning.goal = goal;
        let Doc::Plan(stored) = restore(&encode_plan(&plan)).unwrap().doc else { panic!() };
        prop_assert_eq!(decode_link(&encode_link(&plan)).unwrap().plan, *stored);
    }
}

#[test]
fn a_code_is_a_link_without_its_prefix_both_ways() {
    use qunce_core::persist::link::{decode_code, encode_code, LINK_PREFIX};
    let plan = example_plan(Example::HomeService, Lang::Zh);
    let code = encode_code(&plan);
    assert_eq!(format!("{LINK_PREFIX}{code}"), encode_link(&plan));
    assert_eq!(decode_code(&code).unwrap().plan, plan);
    // What follows the code (a chat app's `&from=…`) is left out, as in a link.
    assert_eq!(decode_code(&format!("{code}&from=singlemessage")).unwrap().plan, plan);
    assert_eq!(decode_code("pako:xyz"), Err(LinkError::NotALink), "another tool's code");
    assert_eq!(decode_code("z1.3"), Err(LinkError::Damaged), "ours, cut short");
}
