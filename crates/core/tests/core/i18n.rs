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
