use std::collections::BTreeSet;

use qunce_core::i18n::{Key, Lang};

fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.insert(rest[start + 1..start + len].to_owned());
        rest = &rest[start + len + 1..];
    }
    out
}

#[test]
fn every_key_has_both_languages_with_matching_placeholders() {
    let mut problems = Vec::new();
    for key in Key::ALL {
        let (zh, en) = key.texts();
        if zh.trim().is_empty() {
            problems.push(format!("{key:?}: Chinese missing"));
        }
        if en.trim().is_empty() {
            problems.push(format!("{key:?}: English missing"));
        }
        if placeholders(zh) != placeholders(en) {
            problems.push(format!("{key:?}: placeholders differ: {zh:?} vs {en:?}"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn chinese_strings_are_chinese_and_english_ones_are_not() {
    // The language switch is labelled in the language it switches to.
    let exempt = [Key::SwitchLanguage];
    let cjk = |s: &str| s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    for key in Key::ALL.iter().filter(|k| !exempt.contains(k)) {
        let (zh, en) = key.texts();
        assert!(cjk(zh), "{key:?}: Chinese text has no Chinese: {zh:?}");
        assert!(!cjk(en), "{key:?}: English text has Chinese: {en:?}");
    }
}

#[test]
fn language_from_browser_preferences() {
    assert_eq!(Lang::from_browser(["zh-CN"]), Lang::Zh);
    assert_eq!(Lang::from_browser(["zh-TW", "en"]), Lang::Zh);
    assert_eq!(Lang::from_browser(["fr-FR", "zh"]), Lang::Zh);
    assert_eq!(Lang::from_browser(["en-US", "zh-CN"]), Lang::En);
    assert_eq!(Lang::from_browser(["de"]), Lang::En);
    assert_eq!(Lang::from_browser(Vec::<&str>::new()), Lang::En);
    assert_eq!(Lang::from_code("zh"), Some(Lang::Zh));
    assert_eq!(Lang::from_code("ZH"), None);
}

#[test]
fn placeholders_are_filled() {
    assert_eq!(Lang::En.tf(Key::CopyName, &[("name", "Plan A")]), "Plan A (copy)");
    assert_eq!(Lang::Zh.tf(Key::CopyName, &[("name", "方案")]), "方案（副本）");
}

#[test]
fn tenths_rounds_to_one_decimal() {
    use qunce_core::i18n::tenths;
    assert_eq!(tenths(0.0), "0.0");
    assert_eq!(tenths(-0.0), "0.0");
    assert_eq!(tenths(12.0 / 52.0), "0.2");
    assert_eq!(tenths(9.2307), "9.2");
    assert_eq!(tenths(2.0), "2.0");
    assert_eq!(tenths(-1.26), "-1.3");
    assert_eq!(tenths(f64::NAN), "—");
}

#[test]
fn counts_take_the_plural_their_language_wants() {
    use qunce_core::labels::{count, Noun};
    assert_eq!(count(Lang::En, 1, Noun::Unit), "1 unit");
    assert_eq!(count(Lang::En, 0, Noun::Unit), "0 units");
    assert_eq!(count(Lang::En, 1_500, Noun::Person), "1,500 people");
    assert_eq!(count(Lang::En, 1, Noun::Person), "1 person");
    assert_eq!(count(Lang::Zh, 1, Noun::Unit), "1 次");
    assert_eq!(count(Lang::Zh, 3, Noun::Group), "3 个群");
    // The shared summary of a plan with one referral campaign.
    let mut plan = qunce_core::domain::Plan::new(qunce_core::domain::PlanId::parse("p").unwrap(), "x", 1);
    let start = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let mut c = qunce_core::domain::channels::Channel::preset(
        qunce_core::domain::channels::Mode::Referral,
        "Invite".into(),
        start,
    );
    c.schedule = qunce_core::domain::channels::Schedule::Dates { dates: vec![start] };
    plan.channels.channels.push(c);
    plan.channels.start = Some(start);
    let s = qunce_core::summary::summarize(&plan, Lang::En, start, 10);
    let text = qunce_core::export::markdown(&s, Lang::En);
    assert!(text.contains("1 unit") && !text.contains("1 units"), "{text}");
}

#[test]
fn one_word_for_the_headquarters_group() {
    // 总群 everywhere (the tier step, the summary, the exports), never 总部群.
    for key in Key::ALL {
        assert!(!Lang::Zh.t(*key).contains("总部群"), "{key:?}: {}", Lang::Zh.t(*key));
    }
}

#[test]
fn chances_read_in_words_by_value() {
    use qunce_core::labels::Odds;
    assert_eq!(Odds::of(0.0), Odds::AtRisk);
    assert_eq!(Odds::of(0.25), Odds::AtRisk);
    assert_eq!(Odds::of(0.494), Odds::AtRisk);
    assert_eq!(Odds::of(0.496), Odds::Uncertain, "shown as 50%");
    assert_eq!(Odds::of(0.79), Odds::Uncertain);
    assert_eq!(Odds::of(0.796), Odds::Likely, "shown as 80%");
    assert_eq!(Odds::of(1.0), Odds::Likely);
    // Each has its own word in both languages, and its own colour class.
    for lang in [Lang::Zh, Lang::En] {
        let words: BTreeSet<&str> =
            [Odds::Likely, Odds::Uncertain, Odds::AtRisk].iter().map(|o| lang.t(o.key())).collect();
        assert_eq!(words.len(), 3);
    }
    let classes: BTreeSet<&str> =
        [Odds::Likely, Odds::Uncertain, Odds::AtRisk].iter().map(|o| o.class()).collect();
    assert_eq!(classes.len(), 3);
}

/// The core's editor-only modules: built only with `ui-strings`, so the
/// viewer cannot call them and their strings may be marked `ui`.
const EDITOR_ONLY: [&str; 2] = ["src/board", "src/export/board.rs"];

/// Every `Key::Name` written in the Rust files under `dir` (recursively),
/// leaving out the string table itself and the editor-only modules.
fn keys_named_under(dir: &std::path::Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if EDITOR_ONLY.iter().any(|m| path.ends_with(m)) {
            continue;
        }
        if path.is_dir() {
            keys_named_under(&path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let mut text = std::fs::read_to_string(&path).unwrap();
        if path.ends_with("i18n.rs") {
            // Only the helpers around the table, not the table.
            let start = text.find("\nkeys! {").unwrap();
            let end = start + text[start..].find("\n}\n").unwrap();
            text.replace_range(start..end, "");
        }
        let mut rest = text.as_str();
        while let Some(at) = rest.find("Key::") {
            rest = &rest[at + 5..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if name.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && name != "ALL" {
                out.insert(name);
            }
        }
    }
}

#[test]
fn the_viewer_build_has_every_string_the_core_and_the_viewer_show() {
    // The shared-link viewer builds the core without the editor-only
    // strings (marked `ui` in the table), so a key the core or the viewer
    // names must not be marked, or the viewer would show an empty text.
    let crates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    // The editor-only modules left out of the scan are left out of the
    // viewer's build too.
    for (file, module) in [("core/src/lib.rs", "pub mod board;"), ("core/src/export/mod.rs", "mod board;")] {
        let text = std::fs::read_to_string(crates.join(file)).unwrap();
        let at = text.find(&format!("\n{module}")).unwrap_or_else(|| panic!("{module} in {file}"));
        let before = text[..at].trim_end();
        assert!(before.ends_with("#[cfg(feature = \"ui-strings\")]"), "{module} in {file} is editor-only");
    }
    let mut named = BTreeSet::new();
    keys_named_under(&crates.join("core/src"), &mut named);
    keys_named_under(&crates.join("viewer/src"), &mut named);
    assert!(named.len() > 200, "{} keys found: the scan reads the sources", named.len());
    let marked: Vec<&String> = named
        .iter()
        .filter(|name| Key::ALL.iter().any(|k| format!("{k:?}") == **name && k.is_ui()))
        .collect();
    assert!(marked.is_empty(), "named by the core or the viewer but marked `ui`: {marked:?}");
    let unknown: Vec<&String> =
        named.iter().filter(|name| !Key::ALL.iter().any(|k| format!("{k:?}") == **name)).collect();
    assert!(unknown.is_empty(), "not keys of the table: {unknown:?}");
    // And with every string built in (the editor), no text is empty.
    assert!(Key::ALL.iter().filter(|k| k.is_ui()).count() > 400);
    for key in Key::ALL {
        assert!(!Lang::Zh.t(*key).is_empty() && !Lang::En.t(*key).is_empty(), "{key:?}");
    }
}

/// English counts of one take the singular (issue 25: "1 units"), however
/// the template was written; Chinese has no plural.
#[test]
fn english_counts_of_one_are_singular() {
    use qunce_core::i18n::Key;
    assert_eq!(
        Lang::En.tf(Key::TrackBelow, &[("date", "2026-12-13"), ("n", "1")]),
        "Below the plan's range since 2026-12-13 (1 day in a row)."
    );
    assert_eq!(
        Lang::En.tf(Key::TrackBelow, &[("date", "2026-12-13"), ("n", "2")]),
        "Below the plan's range since 2026-12-13 (2 days in a row)."
    );
    assert!(Lang::En
        .tf(Key::SuggestionFreeCut, &[("n", "1"), ("more", "30")])
        .starts_with("This cuts 1 unit that"));
    // Every English template with "{x} <plural>" reads right with 1.
    let plural = |w: &str| w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") || w == "people";
    for key in Key::ALL {
        let en = key.texts().1;
        let mut rest = en;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else { break };
            let name = &rest[open + 1..open + close];
            let after = &rest[open + close + 1..];
            if let Some(word) =
                after.strip_prefix(' ').and_then(|t| t.split(|c: char| !c.is_ascii_alphabetic()).next())
            {
                if plural(word) {
                    let one = Lang::En.tf(*key, &[(name, "1")]);
                    assert!(!one.contains(&format!("1 {word}")), "{key:?}: {one}");
                }
            }
            rest = after;
        }
    }
    assert_eq!(
        Lang::Zh.tf(Key::TrackBelow, &[("date", "2026-12-13"), ("n", "1")]),
        "低于计划的范围：自 2026-12-13 起连续 1 天。"
    );
}

/// One term per concept in each language (issue 25): no string of the
/// interface, summary or exports uses a variant the glossary rules out, and
/// every glossary term is in use.
#[test]
fn every_string_keeps_to_the_glossary() {
    use qunce_core::glossary::TERMS;
    use qunce_core::i18n::Key;
    let mut problems = Vec::new();
    for term in TERMS {
        let (mut zh_used, mut en_used) = (false, false);
        for key in Key::ALL {
            let (zh, en) = key.texts();
            zh_used |= zh.contains(term.zh);
            en_used |= en.to_lowercase().contains(&term.en.to_lowercase());
            // A variant inside the term itself ("周活" in "周活跃") is no variant.
            let (zh, en) =
                (zh.replace(term.zh, "·"), en.to_lowercase().replace(&term.en.to_lowercase(), "·"));
            for bad in term.not_zh {
                if zh.contains(bad) {
                    problems.push(format!("{key:?}: “{bad}” where the glossary says “{}”", term.zh));
                }
            }
            for bad in term.not_en {
                if en.contains(&bad.to_lowercase()) {
                    problems.push(format!("{key:?}: “{bad}” where the glossary says “{}”", term.en));
                }
            }
        }
        if !zh_used || !en_used {
            problems.push(format!("glossary term not in use: {} / {}", term.zh, term.en));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
