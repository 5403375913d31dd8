//! Live diagnostics of the positioning canvas (DOMAIN.md §1–2): community or
//! crowd, the six elements, the entry threshold, the activity floor, profit
//! without value, and a readiness score with the list of gaps.

use super::canvas::{lines, BenefitTiming, LifeKind, Positioning};

/// Content below this many items a week lets a group go quiet. The source
/// articles name a floor without a number; two a week is this tool's default.
pub const ACTIVITY_FLOOR_PER_WEEK: f64 = 2.0;

/// Canvas fields a gap can point to (each is an anchor in the canvas view).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Promise,
    Kind,
    Segments,
    Value,
    Goal,
    Leader,
    Persona,
    Hierarchy,
    Threshold,
    Rhythm,
    Rules,
    Profit,
    Lifecycle,
}

impl Field {
    /// The id of the field's element in the canvas view.
    pub fn anchor(self) -> &'static str {
        match self {
            Field::Name => "canvas-name",
            Field::Promise => "canvas-promise",
            Field::Kind => "canvas-kind",
            Field::Segments => "canvas-segments",
            Field::Value => "canvas-value",
            Field::Goal => "canvas-goal",
            Field::Leader => "canvas-leader",
            Field::Persona => "canvas-persona",
            Field::Hierarchy => "canvas-hierarchy",
            Field::Threshold => "canvas-threshold",
            Field::Rhythm => "canvas-rhythm",
            Field::Rules => "canvas-rules",
            Field::Profit => "canvas-profit",
            Field::Lifecycle => "canvas-lifecycle",
        }
    }
}

/// The three things that make a group a community rather than a crowd.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pillar {
    Goal,
    Core,
    Hierarchy,
}

/// The six elements of a high-value community.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    ValuePositioning,
    LikeMinded,
    KeyPeople,
    ContentRhythm,
    HumaneRules,
    ProfitModel,
}

impl Element {
    pub const ALL: [Element; 6] = [
        Element::ValuePositioning,
        Element::LikeMinded,
        Element::KeyPeople,
        Element::ContentRhythm,
        Element::HumaneRules,
        Element::ProfitModel,
    ];

    pub fn field(self) -> Field {
        match self {
            Element::ValuePositioning => Field::Value,
            Element::LikeMinded => Field::Segments,
            Element::KeyPeople => Field::Leader,
            Element::ContentRhythm => Field::Rhythm,
            Element::HumaneRules => Field::Rules,
            Element::ProfitModel => Field::Profit,
        }
    }
}

/// A warning the canvas raises.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// No threshold, or the benefit comes before joining.
    BenefitFirst {
        no_threshold: bool,
    },
    RhythmEmpty,
    RhythmBelowFloor {
        per_week: f64,
    },
    ProfitWithoutValue,
}

impl Warning {
    pub fn field(&self) -> Field {
        match self {
            Warning::BenefitFirst { .. } => Field::Threshold,
            Warning::RhythmEmpty | Warning::RhythmBelowFloor { .. } => Field::Rhythm,
            Warning::ProfitWithoutValue => Field::Value,
        }
    }
}

/// Something missing, the field to fix it in, and the points it would add.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    pub field: Field,
    pub points: u8,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnosis {
    /// Pillars present, in the order goal, core, hierarchy.
    pub pillars: [(Pillar, bool); 3],
    pub elements: [(Element, bool); 6],
    pub warnings: Vec<Warning>,
    /// 0–100.
    pub score: u8,
    /// What is missing, largest gain first.
    pub gaps: Vec<Gap>,
}

impl Diagnosis {
    pub fn is_community(&self) -> bool {
        self.pillars.iter().all(|(_, ok)| *ok)
    }
}

fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// The canvas fields element `e` reads that are still empty (or, for the
/// rhythm, below the floor): empty when the element is in place. Each
/// finding names exactly these fields, so it can never contradict another
/// (a pillar that is present has its field filled, and a filled field is
/// never listed here).
pub fn element_missing(c: &Positioning, e: Element) -> Vec<Field> {
    let mut out = Vec::new();
    let mut need = |ok: bool, field: Field| {
        if !ok {
            out.push(field);
        }
    };
    match e {
        Element::ValuePositioning => {
            need(c.kind.is_some(), Field::Kind);
            need(!c.segments.is_empty(), Field::Segments);
            need(c.value_items() > 0, Field::Value);
        }
        Element::LikeMinded => {
            need(c.segments.iter().any(|s| filled(&s.label) && filled(&s.needs)), Field::Segments)
        }
        Element::KeyPeople => {
            need(filled(&c.leader), Field::Leader);
            need(filled(&c.persona), Field::Persona);
        }
        Element::ContentRhythm => need(c.rhythm_per_week() >= ACTIVITY_FLOOR_PER_WEEK, Field::Rhythm),
        Element::HumaneRules => need(
            filled(&c.rules_encouraged) && filled(&c.rules_forbidden) && filled(&c.rules_outlets),
            Field::Rules,
        ),
        Element::ProfitModel => {
            need(!c.profit.is_empty(), Field::Profit);
            need(c.value_items() > 0, Field::Value);
        }
    }
    out
}

fn element_done(c: &Positioning, e: Element) -> bool {
    element_missing(c, e).is_empty()
}

pub fn diagnose(c: &Positioning) -> Diagnosis {
    let pillars = [
        (Pillar::Goal, filled(&c.goal)),
        (Pillar::Core, filled(&c.leader)),
        (Pillar::Hierarchy, filled(&c.hierarchy)),
    ];
    let elements = Element::ALL.map(|e| (e, element_done(c, e)));

    let mut warnings = Vec::new();
    let has_threshold = filled(&c.threshold.need);
    if !has_threshold || c.threshold.timing == BenefitTiming::Before {
        warnings.push(Warning::BenefitFirst { no_threshold: !has_threshold });
    }
    let per_week = c.rhythm_per_week();
    if per_week == 0.0 {
        warnings.push(Warning::RhythmEmpty);
    } else if per_week < ACTIVITY_FLOOR_PER_WEEK {
        warnings.push(Warning::RhythmBelowFloor { per_week });
    }
    if !c.profit.is_empty() && c.value_items() == 0 {
        warnings.push(Warning::ProfitWithoutValue);
    }

    // (field, points available, points earned)
    let rules =
        [&c.rules_encouraged, &c.rules_forbidden, &c.rules_outlets].iter().filter(|r| filled(r)).count()
            as u8;
    let threshold = if c.threshold_complete() { 5 } else { 0 }
        + if has_threshold && c.threshold.timing == BenefitTiming::After { 5 } else { 0 };
    let rhythm = if per_week >= ACTIVITY_FLOOR_PER_WEEK {
        10
    } else if per_week > 0.0 {
        5
    } else {
        0
    };
    let lifecycle_done = c.lifecycle.stage.is_some()
        && (c.lifecycle.review.is_some() || c.lifecycle.kind == LifeKind::Retained);
    let value = (lines(&c.value_tangible).next().is_some() as u8) * 5
        + (lines(&c.value_intangible).next().is_some() as u8) * 5;
    let table: [(Field, u8, u8); 14] = [
        (Field::Name, 4, if filled(&c.name) { 4 } else { 0 }),
        (Field::Promise, 5, if filled(&c.promise) { 5 } else { 0 }),
        (Field::Kind, 6, if c.kind.is_some() { 4 } else { 0 } + if filled(&c.tone) { 2 } else { 0 }),
        (
            Field::Segments,
            10,
            if elements[1].1 {
                10
            } else if c.segments.is_empty() {
                0
            } else {
                5
            },
        ),
        (Field::Value, 10, value),
        (Field::Goal, 12, if pillars[0].1 { 12 } else { 0 }),
        (Field::Leader, 6, if pillars[1].1 { 6 } else { 0 }),
        (Field::Persona, 4, if filled(&c.persona) { 4 } else { 0 }),
        (Field::Hierarchy, 8, if pillars[2].1 { 8 } else { 0 }),
        (Field::Threshold, 10, threshold),
        (Field::Rhythm, 10, rhythm),
        (Field::Rules, 6, rules * 2),
        (Field::Profit, 5, if elements[5].1 { 5 } else { 0 }),
        (
            Field::Lifecycle,
            4,
            if lifecycle_done {
                4
            } else if c.lifecycle.stage.is_some() {
                2
            } else {
                0
            },
        ),
    ];
    let score: u32 = table.iter().map(|(_, _, got)| u32::from(*got)).sum();
    let mut gaps: Vec<Gap> = table
        .iter()
        .filter(|(_, max, got)| got < max)
        .map(|(field, max, got)| Gap { field: *field, points: max - got })
        .collect();
    gaps.sort_by_key(|g| std::cmp::Reverse(g.points));
    Diagnosis { pillars, elements, warnings, score: score.min(100) as u8, gaps }
}

/// The points each field can add; they sum to 100.
pub fn max_points() -> u32 {
    diagnose(&Positioning::default()).gaps.iter().map(|g| u32::from(g.points)).sum()
}
