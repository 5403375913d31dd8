//! Step 1: the positioning canvas, with live diagnostics beside it.

mod diagnosis;
mod examples;
mod fields;
mod lists;

pub use diagnosis::DiagnosisPanel;
pub use examples::ExamplePicker;
pub use fields::{SelectField, TextField};

use qunce_core::labels::{community_kind_key, field_key, stage_key};

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::{Action, PlanView, Route};
use qunce_core::domain::canvas::{
    format_ymd, parse_ymd, BenefitTiming, CommunityKind, LifeKind, Positioning, Stage, LINE_TEXT, LONG_TEXT,
    SHORT_TEXT,
};
use qunce_core::domain::diagnose::Field;
use qunce_core::domain::{PlanId, Step};
use qunce_core::i18n::{Key, Lang};

use super::{use_app, use_section_edit};
use lists::{ProfitList, RhythmList, SegmentList};

pub type Edit = crate::components::SectionEdit<Positioning>;
/// An [`Edit`] as a prop.
pub type EditProp = crate::components::EditProp<Positioning>;

#[derive(Properties, PartialEq)]
pub struct CanvasStepProps {
    pub id: PlanId,
    pub canvas: Positioning,
}

/// A callback that stores a text field's new value.
fn text(edit: &Edit, set: fn(&mut Positioning, String)) -> Callback<String> {
    let edit = edit.clone();
    Callback::from(move |v: String| edit(Box::new(move |c| set(c, v))))
}

struct Section {
    lang: Lang,
    field: Field,
    hint: Key,
    body: Html,
}

fn section(s: Section) -> Html {
    html! {
        <section class={"canvas__section"} id={s.field.anchor()} tabindex="-1"
            aria-labelledby={format!("{}-title", s.field.anchor())}>
            <h3 class="canvas__heading" id={format!("{}-title", s.field.anchor())}>{ s.lang.t(field_key(s.field)) }</h3>
            <p class="canvas__hint">{ s.lang.t(s.hint) }</p>
            { s.body }
        </section>
    }
}

#[component]
pub fn CanvasStep(props: &CanvasStepProps) -> Html {
    let edit = use_section_edit(&props.id, |id, edit, now_ms| Action::EditCanvas { id, edit, now_ms });
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let c = &props.canvas;

    let kind_options: Vec<(AttrValue, AttrValue)> = CommunityKind::ALL
        .iter()
        .map(|k| (AttrValue::from(serde_plain(k)), t(community_kind_key(*k))))
        .collect();
    let on_kind = {
        let edit = edit.clone();
        Callback::from(move |v: String| {
            let kind = CommunityKind::ALL.into_iter().find(|k| serde_plain(k) == v);
            edit(Box::new(move |c| c.kind = kind));
        })
    };

    let basics = html! {
        <>
            <div id={Field::Name.anchor()} tabindex="-1">
                <TextField id="canvas-name-input" label={t(Key::FieldName)} hint={t(Key::FieldNameHint)}
                    placeholder={t(Key::FieldNamePh)} value={c.name.clone()} max={SHORT_TEXT}
                    on_input={text(&edit, |c, v| c.name = v)} />
            </div>
            <div id={Field::Promise.anchor()} tabindex="-1">
                <TextField id="canvas-promise-input" label={t(Key::FieldPromise)} hint={t(Key::FieldPromiseHint)}
                    placeholder={t(Key::FieldPromisePh)} value={c.promise.clone()} max={LINE_TEXT}
                    on_input={text(&edit, |c, v| c.promise = v)} />
            </div>
            <div class="canvas__row" id={Field::Kind.anchor()} tabindex="-1">
                <SelectField id="canvas-kind-input" label={t(Key::FieldKind)} hint={t(Key::FieldKindHint)} options={kind_options}
                    value={c.kind.map(|k| serde_plain(&k)).unwrap_or_default()} empty={t(Key::ChooseOne)} on_change={on_kind} />
                <TextField id="canvas-tone-input" label={t(Key::FieldTone)} hint={t(Key::FieldToneHint)}
                    placeholder={t(Key::FieldTonePh)} value={c.tone.clone()} max={LINE_TEXT}
                    on_input={text(&edit, |c, v| c.tone = v)} />
            </div>
        </>
    };

    let value = html! {
        <div class="canvas__row">
            <TextField id="canvas-value-tangible" label={t(Key::ValueTangible)} placeholder={t(Key::ValueTangiblePh)}
                value={c.value_tangible.clone()} max={LONG_TEXT} multiline=true
                on_input={text(&edit, |c, v| c.value_tangible = v)} />
            <TextField id="canvas-value-intangible" label={t(Key::ValueIntangible)} placeholder={t(Key::ValueIntangiblePh)}
                value={c.value_intangible.clone()} max={LONG_TEXT} multiline=true
                on_input={text(&edit, |c, v| c.value_intangible = v)} />
        </div>
    };

    let tiers_href = Route::Plan { id: props.id.clone(), view: PlanView::Step(Step::Tiers) }.to_hash();
    let three = html! {
        <section class="canvas__section canvas__section--three" aria-labelledby="canvas-three-title">
            <h3 class="canvas__heading" id="canvas-three-title">{ lang.t(Key::ThreeElements) }</h3>
            <div id={Field::Goal.anchor()} tabindex="-1">
                <TextField id="canvas-goal-input" label={t(Key::FieldGoal)} hint={t(Key::FieldGoalHint)}
                    placeholder={t(Key::FieldGoalPh)} value={c.goal.clone()} max={LINE_TEXT}
                    on_input={text(&edit, |c, v| c.goal = v)} />
            </div>
            <div id={Field::Leader.anchor()} tabindex="-1">
                <TextField id="canvas-leader-input" label={t(Key::FieldLeader)} hint={t(Key::FieldLeaderHint)}
                    placeholder={t(Key::FieldLeaderPh)} value={c.leader.clone()} max={LINE_TEXT}
                    on_input={text(&edit, |c, v| c.leader = v)} />
            </div>
            <div id={Field::Persona.anchor()} tabindex="-1">
                <TextField id="canvas-persona-input" label={t(Key::FieldPersona)} hint={t(Key::FieldPersonaHint)}
                    placeholder={t(Key::FieldPersonaPh)} value={c.persona.clone()} max={LONG_TEXT} multiline=true
                    on_input={text(&edit, |c, v| c.persona = v)} />
            </div>
            <div id={Field::Hierarchy.anchor()} tabindex="-1">
                <TextField id="canvas-hierarchy-input" label={t(Key::FieldHierarchy)} hint={t(Key::FieldHierarchyHint)}
                    placeholder={t(Key::FieldHierarchyPh)} value={c.hierarchy.clone()} max={LONG_TEXT} multiline=true
                    on_input={text(&edit, |c, v| c.hierarchy = v)} />
                <a class="canvas__link" href={tiers_href}>{ lang.t(Key::OpenTiers) }{ " →" }</a>
            </div>
        </section>
    };

    let timing = |value: BenefitTiming, key: Key| {
        let edit = edit.clone();
        let onchange = Callback::from(move |_| edit(Box::new(move |c| c.threshold.timing = value)));
        html! {
            <label class="choice">
                <input type="radio" name="canvas-timing" checked={c.threshold.timing == value} {onchange} />
                { lang.t(key) }
            </label>
        }
    };
    let threshold = html! {
        <>
            <div class="canvas__sentence">
                <TextField id="canvas-threshold-join" label={t(Key::ThresholdJoin)} placeholder={t(Key::ThresholdJoinPh)}
                    value={c.threshold.join.clone()} max={SHORT_TEXT} on_input={text(&edit, |c, v| c.threshold.join = v)} />
                <TextField id="canvas-threshold-get" label={t(Key::ThresholdGet)} placeholder={t(Key::ThresholdGetPh)}
                    value={c.threshold.get.clone()} max={LINE_TEXT} on_input={text(&edit, |c, v| c.threshold.get = v)} />
                <TextField id="canvas-threshold-need" label={t(Key::ThresholdNeed)} placeholder={t(Key::ThresholdNeedPh)}
                    value={c.threshold.need.clone()} max={LINE_TEXT} on_input={text(&edit, |c, v| c.threshold.need = v)} />
            </div>
            <fieldset class="choices">
                <legend class="field__label">{ lang.t(Key::ThresholdTiming) }</legend>
                { timing(BenefitTiming::After, Key::TimingAfter) }
                { timing(BenefitTiming::Before, Key::TimingBefore) }
            </fieldset>
        </>
    };

    let rules = html! {
        <div class="canvas__row canvas__row--three">
            <TextField id="canvas-rules-encouraged" label={t(Key::RulesEncouraged)} placeholder={t(Key::RulesEncouragedPh)}
                value={c.rules_encouraged.clone()} max={LONG_TEXT} multiline=true
                on_input={text(&edit, |c, v| c.rules_encouraged = v)} />
            <TextField id="canvas-rules-forbidden" label={t(Key::RulesForbidden)} placeholder={t(Key::RulesForbiddenPh)}
                value={c.rules_forbidden.clone()} max={LONG_TEXT} multiline=true
                on_input={text(&edit, |c, v| c.rules_forbidden = v)} />
            <TextField id="canvas-rules-outlets" label={t(Key::RulesOutlets)} placeholder={t(Key::RulesOutletsPh)}
                value={c.rules_outlets.clone()} max={LONG_TEXT} multiline=true
                on_input={text(&edit, |c, v| c.rules_outlets = v)} />
        </div>
    };

    let life_kind = |value: LifeKind, key: Key| {
        let edit = edit.clone();
        let onchange = Callback::from(move |_| edit(Box::new(move |c| c.lifecycle.kind = value)));
        html! {
            <label class="choice">
                <input type="radio" name="canvas-life" checked={c.lifecycle.kind == value} {onchange} />
                { lang.t(key) }
            </label>
        }
    };
    let on_stage = {
        let edit = edit.clone();
        Callback::from(move |v: String| {
            let stage = Stage::ALL.into_iter().find(|s| serde_plain(s) == v);
            edit(Box::new(move |c| c.lifecycle.stage = stage));
        })
    };
    let on_review = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let date = parse_ymd(&v);
            edit(Box::new(move |c| c.lifecycle.review = date));
        })
    };
    let stage_options: Vec<(AttrValue, AttrValue)> =
        Stage::ALL.iter().map(|s| (AttrValue::from(serde_plain(s)), t(stage_key(*s)))).collect();
    let lifecycle = html! {
        <>
            <fieldset class="choices">
                <legend class="visually-hidden">{ lang.t(Key::FieldLifecycle) }</legend>
                { life_kind(LifeKind::Retained, Key::LifeRetained) }
                { life_kind(LifeKind::Campaign, Key::LifeCampaign) }
            </fieldset>
            <div class="canvas__row">
                <SelectField id="canvas-stage" label={t(Key::Stage)} options={stage_options}
                    value={c.lifecycle.stage.map(|s| serde_plain(&s)).unwrap_or_default()} empty={t(Key::ChooseOne)}
                    on_change={on_stage} />
                <div class="field">
                    <label class="field__label" for="canvas-review">{ lang.t(Key::ReviewDate) }</label>
                    <input id="canvas-review" class="input field__control" type="date" min="2000-01-01" max="2100-12-31"
                        value={c.lifecycle.review.map(format_ymd).unwrap_or_default()}
                        onchange={on_review} />
                </div>
            </div>
        </>
    };

    html! {
        <div class="canvas" data-testid="canvas">
            <div class="canvas__aside">
                <DiagnosisPanel canvas={c.clone()} />
            </div>
            <div class="canvas__form">
                if c.has_content() {
                    <p class="page__intro">{ lang.t(Key::CanvasIntro) }</p>
                }
                <section class="canvas__section" aria-labelledby="canvas-basics-title">
                    <h3 class="canvas__heading" id="canvas-basics-title">{ lang.t(Key::CanvasBasics) }</h3>
                    { basics }
                </section>
                { section(Section { lang, field: Field::Segments, hint: Key::FieldSegmentsHint,
                    body: html! { <SegmentList segments={c.segments.clone()} edit={crate::components::EditProp(edit.clone())} /> } }) }
                { section(Section { lang, field: Field::Value, hint: Key::FieldValueHint, body: value }) }
                { three }
                { section(Section { lang, field: Field::Threshold, hint: Key::FieldThresholdHint, body: threshold }) }
                { section(Section { lang, field: Field::Rhythm, hint: Key::FieldRhythmHint,
                    body: html! { <RhythmList items={c.rhythm.clone()} edit={crate::components::EditProp(edit.clone())} /> } }) }
                { section(Section { lang, field: Field::Rules, hint: Key::FieldRulesHint, body: rules }) }
                { section(Section { lang, field: Field::Profit, hint: Key::FieldProfitHint,
                    body: html! { <ProfitList items={c.profit.clone()} edit={crate::components::EditProp(edit.clone())} /> } }) }
                { section(Section { lang, field: Field::Lifecycle, hint: Key::FieldLifecycleHint, body: lifecycle }) }
            </div>
        </div>
    }
}

/// The serde name of a unit enum variant (`"job_seeking"`), used as an
/// option value.
pub fn serde_plain<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
