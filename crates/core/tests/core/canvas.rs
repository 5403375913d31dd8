//! The positioning canvas: limits, diagnostics (every rule), examples.

use qunce_core::domain::canvas::{
    BenefitTiming, Cadence, CommunityKind, LifeKind, Positioning, ProfitItem, ProfitSource, RhythmItem,
    Segment, Stage, LONG_TEXT, MAX_AMOUNT, MAX_ITEMS, SHORT_TEXT,
};
use qunce_core::domain::diagnose::{
    diagnose, max_points, Element, Field, Pillar, Warning, ACTIVITY_FLOOR_PER_WEEK,
};
use qunce_core::examples::Example;
use qunce_core::i18n::Lang;

type Change = Box<dyn Fn(&mut Positioning)>;

fn rhythm(title: &str, cadence: Cadence) -> RhythmItem {
    RhythmItem { title: title.into(), cadence }
}

fn pillar(c: &Positioning, p: Pillar) -> bool {
    diagnose(c).pillars.iter().find(|(q, _)| *q == p).map(|(_, ok)| *ok).unwrap()
}

fn element(c: &Positioning, e: Element) -> bool {
    diagnose(c).elements.iter().find(|(f, _)| *f == e).map(|(_, ok)| *ok).unwrap()
}

#[test]
fn points_add_up_to_one_hundred() {
    assert_eq!(max_points(), 100);
    let empty = diagnose(&Positioning::default());
    assert_eq!(empty.score, 0);
    assert!(!empty.is_community());
}

#[test]
fn every_example_is_a_complete_community_in_both_languages() {
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let mut c = ex.canvas(lang);
            assert!(!c.sanitize(), "{ex:?} {lang:?} fits every limit");
            let d = diagnose(&c);
            assert_eq!(d.score, 100, "{ex:?} {lang:?}: gaps {:?}", d.gaps);
            assert!(d.is_community());
            assert!(d.warnings.is_empty(), "{ex:?} {lang:?}: {:?}", d.warnings);
        }
        assert_ne!(ex.canvas(Lang::Zh).name, ex.canvas(Lang::En).name);
    }
}

#[test]
fn community_needs_goal_core_and_hierarchy() {
    let mut c = Example::JobSprint.canvas(Lang::En);
    assert!(diagnose(&c).is_community());
    for (clear, p) in [
        (Box::new(|c: &mut Positioning| c.goal.clear()) as Change, Pillar::Goal),
        (Box::new(|c: &mut Positioning| c.leader = "   ".into()), Pillar::Core),
        (Box::new(|c: &mut Positioning| c.hierarchy.clear()), Pillar::Hierarchy),
    ] {
        let mut broken = c.clone();
        clear(&mut broken);
        assert!(!pillar(&broken, p), "{p:?}");
        assert!(!diagnose(&broken).is_community(), "{p:?} missing makes a crowd");
    }
    c.goal = "x".into();
    assert!(pillar(&c, Pillar::Goal));
}

#[test]
fn six_elements_each_have_their_rule() {
    let mut c = Positioning::default();
    for e in Element::ALL {
        assert!(!element(&c, e), "{e:?} starts missing");
    }
    // Value positioning: type, a segment and a value item.
    c.kind = Some(CommunityKind::Learning);
    c.segments.push(Segment { label: "mothers".into(), ..Default::default() });
    assert!(!element(&c, Element::ValuePositioning));
    c.value_intangible = "\n  company \n".into();
    assert!(element(&c, Element::ValuePositioning));
    // Like-minded people: a segment with needs.
    assert!(!element(&c, Element::LikeMinded));
    c.segments[0].needs = "time to rest".into();
    assert!(element(&c, Element::LikeMinded));
    // Key people: leader and persona.
    c.leader = "owner".into();
    assert!(!element(&c, Element::KeyPeople));
    c.persona = "warm".into();
    assert!(element(&c, Element::KeyPeople));
    // Content rhythm: at or above the floor.
    c.rhythm.push(rhythm("weekly talk", Cadence::Weekly { weekday: 1, minute: 1200 }));
    assert!(!element(&c, Element::ContentRhythm));
    c.rhythm.push(rhythm("second talk", Cadence::Weekly { weekday: 4, minute: 1200 }));
    assert!(element(&c, Element::ContentRhythm));
    // Humane rules: encouraged, not allowed and an outlet.
    c.rules_encouraged = "share".into();
    c.rules_forbidden = "spam".into();
    assert!(!element(&c, Element::HumaneRules));
    c.rules_outlets = "Friday market".into();
    assert!(element(&c, Element::HumaneRules));
    // Profit model: an item, with value stated.
    c.profit.push(ProfitItem { source: ProfitSource::EntryFee, note: String::new(), amount: 99 });
    assert!(element(&c, Element::ProfitModel));
    assert_eq!(Element::ContentRhythm.field(), Field::Rhythm);
}

#[test]
fn benefit_first_recruitment_is_flagged() {
    let mut c = Positioning::default();
    assert!(diagnose(&c).warnings.contains(&Warning::BenefitFirst { no_threshold: true }));
    c.threshold.join = "the circle".into();
    c.threshold.get = "a gift".into();
    c.threshold.need = "post a CV".into();
    c.threshold.timing = BenefitTiming::Before;
    assert!(diagnose(&c).warnings.contains(&Warning::BenefitFirst { no_threshold: false }));
    c.threshold.timing = BenefitTiming::After;
    assert!(!diagnose(&c).warnings.iter().any(|w| matches!(w, Warning::BenefitFirst { .. })));
    assert_eq!(Warning::BenefitFirst { no_threshold: true }.field(), Field::Threshold);
}

#[test]
fn rhythm_below_the_floor_is_flagged_and_untitled_items_do_not_count() {
    let mut c = Positioning::default();
    assert!(diagnose(&c).warnings.contains(&Warning::RhythmEmpty));
    c.rhythm.push(rhythm("", Cadence::Daily { minute: 600 }));
    assert!(diagnose(&c).warnings.contains(&Warning::RhythmEmpty), "an untitled item is not content");
    c.rhythm.push(rhythm("monthly meetup", Cadence::Monthly { day: 3 }));
    let w = diagnose(&c).warnings;
    let per_week = 12.0 / 52.0;
    assert!(w.contains(&Warning::RhythmBelowFloor { per_week }), "{w:?}");
    c.rhythm[0].title = "daily tip".into();
    assert!(c.rhythm_per_week() >= ACTIVITY_FLOOR_PER_WEEK);
    assert!(!diagnose(&c)
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::RhythmBelowFloor { .. } | Warning::RhythmEmpty)));
    assert_eq!(Positioning::default().rhythm_per_week().to_string(), "0", "never prints as -0");
}

#[test]
fn profit_without_value_is_flagged() {
    let mut c = Positioning::default();
    c.profit.push(ProfitItem { source: ProfitSource::Ads, note: "banner".into(), amount: 500 });
    assert!(diagnose(&c).warnings.contains(&Warning::ProfitWithoutValue));
    assert!(!element(&c, Element::ProfitModel));
    c.value_tangible = "weekly report".into();
    assert!(!diagnose(&c).warnings.contains(&Warning::ProfitWithoutValue));
}

#[test]
fn score_rises_as_fields_fill_and_gaps_point_to_fields() {
    let mut c = Positioning::default();
    let mut last = diagnose(&c).score;
    let steps: Vec<Change> = vec![
        Box::new(|c| c.name = "Circle".into()),
        Box::new(|c| c.promise = "Grow together".into()),
        Box::new(|c| c.kind = Some(CommunityKind::Interest)),
        Box::new(|c| c.goal = "Run a marathon".into()),
        Box::new(|c| c.leader = "Coach Li".into()),
        Box::new(|c| c.hierarchy = "runner → pacer → captain".into()),
        Box::new(|c| c.lifecycle.stage = Some(Stage::Launch)),
        Box::new(|c| c.lifecycle.kind = LifeKind::Campaign),
    ];
    for (i, step) in steps.iter().enumerate() {
        step(&mut c);
        let now = diagnose(&c).score;
        // Switching to a campaign without an end date costs points: the
        // review date matters for a campaign group.
        if i == steps.len() - 1 {
            assert!(now < last, "campaign without end date");
        } else {
            assert!(now > last, "step {i}: {now} > {last}");
        }
        last = now;
    }
    let d = diagnose(&c);
    assert!(d.gaps.iter().any(|g| g.field == Field::Lifecycle));
    assert!(d.gaps.windows(2).all(|w| w[0].points >= w[1].points), "largest gain first");
    let total: u32 = u32::from(d.score) + d.gaps.iter().map(|g| u32::from(g.points)).sum::<u32>();
    assert_eq!(total, 100);
    assert_eq!(Field::Goal.anchor(), "canvas-goal");
}

#[test]
fn sanitize_enforces_limits_on_hostile_input() {
    let mut c = Positioning {
        name: "名".repeat(10_000),
        persona: "\u{202E}evil\u{2066}".into(),
        segments: vec![Segment::default(); 50],
        rhythm: vec![rhythm("x", Cadence::Monthly { day: 99 }); 3],
        profit: vec![
            ProfitItem { amount: 0, ..Default::default() },
            ProfitItem { amount: 5, ..Default::default() },
            ProfitItem { amount: u64::MAX, ..Default::default() },
        ],
        value_tangible: "😀".repeat(5000),
        ..Default::default()
    };
    assert!(c.sanitize());
    assert_eq!(c.name.chars().count(), SHORT_TEXT);
    assert_eq!(c.persona, "evil");
    assert_eq!(c.segments.len(), MAX_ITEMS);
    assert_eq!(c.rhythm[0].cadence, Cadence::Monthly { day: 28 });
    assert_eq!(c.profit.iter().map(|p| p.amount).collect::<Vec<_>>(), vec![0, 5, MAX_AMOUNT]);
    assert_eq!(c.value_tangible.chars().count(), LONG_TEXT);
    assert!(!c.sanitize(), "sanitize is idempotent");
    let d = diagnose(&c);
    assert!(d.score <= 100);
}

#[test]
fn review_dates_read_and_write_as_yyyy_mm_dd_only() {
    use qunce_core::domain::canvas::{format_ymd, parse_ymd};
    let d = parse_ymd("2026-12-06").unwrap();
    assert_eq!(format_ymd(d), "2026-12-06");
    for bad in ["", "2026-2-6", "2026-02-30", "06/12/2026", "20261206", "2026-12-06T00:00", "-001-01-01"] {
        assert_eq!(parse_ymd(bad), None, "{bad}");
    }
    let mut c = Positioning::default();
    c.lifecycle.review = Some(d);
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["lifecycle"]["review"], "2026-12-06");
    let back = <Positioning as qunce_core::persist::envelope::FromJson>::from_json(json).unwrap();
    assert_eq!(back, c);
}

/// Fills one canvas field the way a user would, enough for every rule that
/// reads it.
fn fill(c: &mut Positioning, field: Field) {
    match field {
        Field::Kind => c.kind = Some(CommunityKind::Learning),
        Field::Segments => {
            c.segments.clear();
            c.segments.push(Segment {
                label: "new grads".into(),
                tags: String::new(),
                needs: "first job".into(),
            });
        }
        Field::Value => c.value_tangible = "weekly CV review".into(),
        Field::Goal => c.goal = "everyone lands an interview".into(),
        Field::Leader => c.leader = "the community lead".into(),
        Field::Persona => c.persona = "a former recruiter".into(),
        Field::Hierarchy => c.hierarchy = "members → helpers → leads".into(),
        Field::Rhythm => {
            c.rhythm.clear();
            c.rhythm.push(rhythm("daily tip", Cadence::Daily { minute: 600 }));
        }
        Field::Rules => {
            c.rules_encouraged = "share leads".into();
            c.rules_forbidden = "ads".into();
            c.rules_outlets = "off-topic thread".into();
        }
        Field::Profit => {
            c.profit.push(ProfitItem { source: ProfitSource::EntryFee, note: String::new(), amount: 9 })
        }
        _ => {}
    }
}

#[test]
fn every_finding_names_the_fields_it_lacks_and_no_two_findings_contradict() {
    use qunce_core::domain::diagnose::element_missing;
    const FIELDS: [Field; 10] = [
        Field::Kind,
        Field::Value,
        Field::Goal,
        Field::Leader,
        Field::Persona,
        Field::Hierarchy,
        Field::Rhythm,
        Field::Rules,
        Field::Profit,
        Field::Segments,
    ];
    let pillar_field = |p: Pillar| match p {
        Pillar::Goal => Field::Goal,
        Pillar::Core => Field::Leader,
        Pillar::Hierarchy => Field::Hierarchy,
    };
    let mut checked = 0;
    // Every combination of filled and empty fields, segments also half
    // filled (a label without needs).
    for bits in 0u32..(1 << FIELDS.len()) {
        for half_segment in [false, true] {
            let mut c = Positioning::default();
            for (i, f) in FIELDS.iter().enumerate() {
                if bits & (1 << i) != 0 {
                    fill(&mut c, *f);
                }
            }
            if half_segment && c.segments.is_empty() {
                c.segments.push(Segment {
                    label: "someone".into(),
                    tags: String::new(),
                    needs: String::new(),
                });
            }
            let d = diagnose(&c);
            for (e, ok) in d.elements {
                let missing = element_missing(&c, e);
                assert_eq!(ok, missing.is_empty(), "{e:?}: in place exactly when nothing is missing");
                // A present pillar's field is never called missing.
                for (p, present) in d.pillars {
                    if present {
                        assert!(
                            !missing.contains(&pillar_field(p)),
                            "{e:?} lacks {:?} while {p:?} is present",
                            pillar_field(p)
                        );
                    }
                }
                // Each named field is what lacks: filling exactly those
                // puts the element in place, and filling any one of them
                // takes it off the list.
                let mut fixed = c.clone();
                for f in &missing {
                    let mut one = c.clone();
                    fill(&mut one, *f);
                    assert!(
                        !element_missing(&one, e).contains(f),
                        "{e:?}: filling {f:?} does not satisfy it"
                    );
                    fill(&mut fixed, *f);
                }
                assert!(element_missing(&fixed, e).is_empty(), "{e:?} still lacks something unnamed");
                checked += 1;
            }
        }
    }
    assert_eq!(checked, (1 << FIELDS.len()) * 2 * 6);
}

#[test]
fn key_people_with_a_core_but_no_persona_names_the_persona() {
    use qunce_core::domain::diagnose::element_missing;
    let mut c = Positioning::default();
    fill(&mut c, Field::Leader);
    assert!(pillar(&c, Pillar::Core));
    assert_eq!(element_missing(&c, Element::KeyPeople), vec![Field::Persona]);
    // Name, promise and type filled: value positioning names what it still needs.
    c.name = "City Job Sprint".into();
    c.promise = "more interviews".into();
    fill(&mut c, Field::Kind);
    assert_eq!(element_missing(&c, Element::ValuePositioning), vec![Field::Segments, Field::Value]);
}
