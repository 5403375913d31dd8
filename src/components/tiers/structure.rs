//! Many groups at once: how members spread over groups, the headquarters
//! group of leaders, helper admins, and the operator's weekly hours.

use crate::components::fold::Fold;
use qunce_core::labels::{count, leader_source_key, split_key, Noun};
use yew::prelude::*;

use qunce_core::domain::canvas::LONG_TEXT;
use qunce_core::domain::tiers::{self, Groups, LeaderSource, SplitBy, TierPlan, GROUP_HARD_CAP};
use qunce_core::i18n::{group, tenths, Key};

use super::EditProp;
use crate::components::canvas::{serde_plain, SelectField, TextField};
use crate::components::number::NumberField;
use crate::components::use_app;

/// Groups listed one by one up to this many; beyond, the rest are summed up.
const LISTED_GROUPS: u64 = 12;

#[derive(Properties, PartialEq)]
pub struct GroupsPanelProps {
    pub plan: TierPlan,
    pub members: u64,
    pub edit: EditProp,
}

#[component]
pub fn GroupsPanel(props: &GroupsPanelProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let t = |k| AttrValue::from(lang.t(k));
    let g = &props.plan.groups;
    let s = tiers::structure(&props.plan, props.members);
    let edit = props.edit.0.clone();
    let num = |id: &str,
               label: Key,
               value: u32,
               (min, max): (u32, u32),
               unit: AttrValue,
               set: fn(&mut Groups, u32)| {
        let edit = edit.clone();
        let on_change = Callback::from(move |v: Option<u64>| {
            if let Some(v) = v {
                edit(Box::new(move |p: &mut TierPlan| set(&mut p.groups, v as u32)))
            }
        });
        html! { <NumberField id={AttrValue::from(id.to_owned())} label={t(label)} value={Some(u64::from(value))}
        min={u64::from(min)} max={u64::from(max)} {unit} {on_change} /> }
    };
    let minutes = t(Key::UnitMinutes);
    let split_options: Vec<(AttrValue, AttrValue)> =
        SplitBy::ALL.iter().map(|s| (AttrValue::from(serde_plain(s)), t(split_key(*s)))).collect();
    let on_split = {
        let edit = edit.clone();
        Callback::from(move |v: String| {
            if let Some(s) = SplitBy::ALL.into_iter().find(|s| serde_plain(s) == v) {
                edit(Box::new(move |p: &mut TierPlan| p.groups.split_by = s))
            }
        })
    };
    let source_options: Vec<(AttrValue, AttrValue)> = LeaderSource::ALL
        .iter()
        .map(|s| (AttrValue::from(serde_plain(s)), t(leader_source_key(*s))))
        .collect();
    let on_source = {
        let edit = edit.clone();
        Callback::from(move |v: String| {
            if let Some(s) = LeaderSource::ALL.into_iter().find(|s| serde_plain(s) == v) {
                edit(Box::new(move |p: &mut TierPlan| p.groups.leader_source = s))
            }
        })
    };
    let on_incentives = {
        let edit = edit.clone();
        Callback::from(move |v: String| edit(Box::new(move |p: &mut TierPlan| p.groups.incentives = v)))
    };

    let summary = if s.groups == 0 {
        lang.t(Key::StructureNoMembers).to_owned()
    } else {
        lang.tf(
            Key::StructureSummary,
            &[
                ("members", &group(s.members)),
                ("groups", &group(s.groups)),
                ("per", &group(s.per_group)),
                ("leaders", &group(s.leaders)),
                ("hq", &group(s.hq_size)),
                ("admins", &group(s.admins)),
            ],
        )
    };
    let listed = s.groups.min(LISTED_GROUPS);
    let group_items = (0..listed).map(|k| {
        html! {
            <li class="org__group">
                <span class="org__name">{ lang.tf(Key::GroupN, &[("n", &(k + 1).to_string())]) }</span>
                <span class="org__meta">
                    { lang.tf(Key::GroupMeta, &[("n", &group(s.per_group))]) }
                    if s.admins > 0 { { lang.t(Key::GroupHasAdmin) } }
                </span>
            </li>
        }
    });
    let level_groups = props.plan.levels.iter().filter(|l| l.own_group).map(|l| {
        html! { <li class="org__group org__group--level">{ lang.tf(Key::LevelGroup, &[("name", l.name.trim())]) }</li> }
    });
    let relay = match s.relay_pays_from {
        Some(n) => lang.tf(Key::RelayPaysFrom, &[("groups", &count(lang, n, Noun::Group))]),
        None => lang.t(Key::RelayNeverPays).to_owned(),
    };
    let better = if s.relayed_hours < s.direct_hours { Key::RelayBetter } else { Key::DirectBetter };
    html! {
        <Fold id="groups-title" title={t(Key::GroupsTitle)} testid="groups-panel"
            figure={AttrValue::from(format!("{} · {}", count(lang, s.groups, Noun::Group), lang.tf(Key::GroupMeta, &[("n", &group(s.per_group))])))}>
            <p class="panel__hint">{ t(Key::GroupsHint) }</p>
            <div class="canvas__row">
                <SelectField id="split-by" label={t(Key::SplitBy)} options={split_options}
                    value={AttrValue::from(serde_plain(&g.split_by))} on_change={on_split} />
                <SelectField id="leader-source" label={t(Key::LeaderSource)} options={source_options}
                    value={AttrValue::from(serde_plain(&g.leader_source))} on_change={on_source} />
            </div>
            <div class="numbers">
                { num("group-size", Key::GroupSize, g.size, (1, GROUP_HARD_CAP), t(Key::UnitPeople), |g, v| g.size = v) }
                { num("group-cap", Key::GroupCap, g.cap, (1, GROUP_HARD_CAP), t(Key::UnitPeople), |g, v| g.cap = v) }
                { num("admin-over", Key::AdminOver, g.admin_over, (1, GROUP_HARD_CAP), t(Key::UnitPeople), |g, v| g.admin_over = v) }
                { num("group-spread", Key::SpreadPct, g.spread_pct, (100, 1000), AttrValue::from("%"), |g, v| g.spread_pct = v) }
            </div>
            <p class="field__hint">{ t(Key::GroupCapHint) }</p>
            <p class="field__hint">{ t(Key::SpreadPctHint) }</p>
            <TextField id="incentives" label={t(Key::LeaderIncentives)} placeholder={t(Key::LeaderIncentivesPh)}
                value={AttrValue::from(g.incentives.clone())} max={LONG_TEXT} multiline=true on_input={on_incentives} />

            <h4 class="org__title">{ t(Key::OrgTitle) }</h4>
            <p class="org__summary" data-testid="structure-summary">{ summary }</p>
            <label class="choice">
                <input type="checkbox" id="word-of-mouth" checked={g.word_of_mouth} onchange={{
                    let edit = edit.clone();
                    Callback::from(move |e: Event| {
                        let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                        edit(Box::new(move |p: &mut TierPlan| p.groups.word_of_mouth = on));
                    })
                }} />
                { t(Key::WordOfMouthGroup) }
            </label>
            if s.groups > 0 {
                <div class="org" data-testid="org-tree">
                    <p class="org__hq">{ lang.tf(Key::HqBox, &[("leaders", &group(s.leaders))]) }</p>
                    <ul class="org__groups">
                        { for group_items }
                        if s.groups > listed {
                            <li class="org__group org__group--more">{ lang.tf(Key::MoreGroups, &[("n", &group(s.groups - listed))]) }</li>
                        }
                        { for level_groups }
                        if s.word_of_mouth > 0 {
                            <li class="org__group org__group--level" data-testid="word-of-mouth-group">{ t(Key::WordOfMouthItem) }</li>
                        }
                    </ul>
                </div>
            }

            <h4 class="org__title">{ t(Key::WorkloadTitle) }</h4>
            <div class="numbers">
                { num("announcements", Key::Announcements, g.announcements, (0, 100), t(Key::UnitPerWeek), |g, v| g.announcements = v) }
                { num("post-minutes", Key::PostMinutes, g.post_minutes, (0, 600), minutes.clone(), |g, v| g.post_minutes = v) }
                { num("spacing", Key::Spacing, g.spacing_seconds, (0, 3600), t(Key::UnitSeconds), |g, v| g.spacing_seconds = v) }
                { num("hq-minutes", Key::HqMinutes, g.hq_minutes, (0, 600), minutes.clone(), |g, v| g.hq_minutes = v) }
                <NumberField id="confirm-minutes" label={t(Key::ConfirmMinutes)} value={Some(u64::from(g.confirm_minutes_x10))}
                    tenths=true max=600 unit={minutes.clone()} on_change={{
                        let edit = edit.clone();
                        Callback::from(move |v: Option<u64>| if let Some(v) = v { edit(Box::new(move |p: &mut TierPlan| p.groups.confirm_minutes_x10 = v as u32)) })
                    }} />
                { num("checks", Key::Checks, g.checks, (0, 50), t(Key::UnitPerWeek), |g, v| g.checks = v) }
                { num("check-minutes", Key::CheckMinutes, g.check_minutes, (0, 600), minutes, |g, v| g.check_minutes = v) }
            </div>
            <div class="table-scroll">
                <table class="table table--numbers" data-testid="workload">
                    <thead>
                        <tr>
                            <th scope="col">{ t(Key::WorkloadWay) }</th>
                            <th scope="col">{ t(Key::HoursPerWeek) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <th scope="row">{ t(Key::WorkloadDirect) }</th>
                            <td>{ tenths(s.direct_hours + s.check_hours) }</td>
                        </tr>
                        <tr>
                            <th scope="row">{ t(Key::WorkloadRelayed) }</th>
                            <td>{ tenths(s.relayed_hours + s.check_hours) }</td>
                        </tr>
                    </tbody>
                </table>
            </div>
            <p class="panel__hint">{ lang.tf(Key::WorkloadNote, &[("checks", &tenths(s.check_hours))]) }</p>
            <p class="suggestion__text" data-testid="relay">{ relay }{ " " }{ if s.groups > 0 { lang.t(better) } else { "" } }</p>
        </Fold>
    }
}
