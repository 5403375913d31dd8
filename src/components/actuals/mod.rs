//! Plan vs actual (issue 20): import a community's real daily figures,
//! see them over the simulator's bands, the chance of each target from the
//! real state, and the plan's rates estimated from them. The reading,
//! matching, comparison, re-forecast and fit are the core's
//! (`domain::actuals`); this page draws them.

use std::fmt::Write;
use std::rc::Rc;

use chrono::NaiveDate;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use qunce_core::domain::actuals::import::{self, Column, ImportError, Mapping, Preset, Report, Table};
use qunce_core::domain::actuals::{
    apply_fits, calibrate, compare, first_day, plan_bands, reforecast, Actuals, Bands, Fit, Measure, NoFit,
    Reforecast, Series, Side, Track,
};
use qunce_core::domain::canvas::format_ymd;
use qunce_core::domain::channels::date_at;
use qunce_core::domain::simulate::{self, Context, Param, Range, SimPlan};
use qunce_core::domain::{Plan, PlanId};
use qunce_core::i18n::{people, share_percent, yuan, Key, Lang};
use qunce_core::labels::{kpi_key, param_keys, show_number};

use crate::app::Action;
use crate::components::channels::nice_ceiling;
use crate::components::data_table::DataTable;
use crate::components::{use_app, use_computed, use_section_edit, EditProp};
use crate::services::browser;

const PLOT_H: i64 = 200;
const SPAN: f64 = 10_000.0;

#[derive(Properties, PartialEq)]
pub struct ActualsPageProps {
    pub plan: Plan,
    /// Day 1 when the channel plan has no start date.
    pub today: NaiveDate,
}

/// Everything computed from the plan and its figures (after the page is
/// drawn: a thousand runs, the re-forecast and the fits).
pub struct Analysis {
    key: AnalysisKey,
    pub bands: Bands,
    pub tracks: Vec<Track>,
    pub reforecast: Option<Reforecast>,
    pub fits: Vec<Fit>,
}

type AnalysisKey = (SimPlan, Rc<Context>, Actuals, NaiveDate);

impl PartialEq for Analysis {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

fn analyse(key: &AnalysisKey) -> Analysis {
    let (sim, ctx, actuals, start) = key;
    let base = first_day(actuals, *start).unwrap_or(0);
    let bands = plan_bands(sim, ctx, base);
    let tracks = compare(actuals, &bands, *start);
    // The plan's own chances: the same runs as the KPI step's (its seed).
    let reforecast = reforecast(sim, ctx, actuals, *start, &bands.chances);
    let fits = calibrate(sim, ctx, actuals, *start);
    Analysis { key: key.clone(), bands, tracks, reforecast, fits }
}

fn measure_value(m: Measure, v: f64) -> String {
    match m {
        Measure::Members | Measure::Paid => people(v),
        Measure::WeeklyActive => share_percent(v),
        Measure::Revenue => yuan(v),
    }
}

fn measure_key(m: Measure) -> Key {
    match m {
        Measure::Members => Key::TrackMembers,
        Measure::WeeklyActive => Key::TrackWeekly,
        Measure::Paid => Key::TrackPaid,
        Measure::Revenue => Key::TrackRevenue,
    }
}

pub fn series_key(s: Series) -> Key {
    match s {
        Series::Members => Key::SeriesMembers,
        Series::Joined => Key::SeriesJoined,
        Series::Left => Key::SeriesLeft,
        Series::Active => Key::SeriesActive,
        Series::Speaking => Key::SeriesSpeaking,
        Series::Messages => Key::SeriesMessages,
        Series::Paid => Key::SeriesPaid,
        Series::Revenue => Key::SeriesRevenue,
    }
}

fn preset_key(p: Preset) -> Key {
    match p {
        Preset::WeCom => Key::PresetWeCom,
        Preset::Slack => Key::PresetSlack,
        Preset::Discord => Key::PresetDiscord,
        Preset::Generic => Key::PresetGeneric,
    }
}

/// Why a paste or file could not be read, in the user's language.
pub fn import_error_text(lang: Lang, e: &ImportError) -> String {
    match e {
        ImportError::Empty => lang.t(Key::ImportEmpty).to_owned(),
        ImportError::TooLarge { bytes } => {
            lang.tf(Key::ImportTooLarge, &[("kb", &(bytes / 1024).to_string())])
        }
        ImportError::NoRows => lang.t(Key::ImportNoRows).to_owned(),
        ImportError::TooManyRows { .. } => {
            lang.tf(Key::ImportTooManyRows, &[("n", &people(import::MAX_ROWS as f64))])
        }
        ImportError::NoDate => lang.t(Key::ImportNoDate).to_owned(),
        ImportError::NoSeries => lang.t(Key::ImportNoSeries).to_owned(),
        ImportError::NoDatedRows => lang.t(Key::ImportNoDatedRows).to_owned(),
        ImportError::TooLong { days } => lang.tf(Key::ImportTooLong, &[("days", &people(*days as f64))]),
    }
}

/// A column's choice as the select's value.
fn column_value(c: Column) -> &'static str {
    match c {
        Column::Ignore => "ignore",
        Column::Date => "date",
        Column::Series(s) => match s {
            Series::Members => "members",
            Series::Joined => "joined",
            Series::Left => "left",
            Series::Active => "active",
            Series::Speaking => "speaking",
            Series::Messages => "messages",
            Series::Paid => "paid",
            Series::Revenue => "revenue",
        },
    }
}

fn column_of(value: &str) -> Column {
    std::iter::once(Column::Date)
        .chain(Series::ALL.iter().map(|s| Column::Series(*s)))
        .find(|c| column_value(*c) == value)
        .unwrap_or(Column::Ignore)
}

#[component]
pub fn ActualsPage(props: &ActualsPageProps) -> Html {
    let state = use_app();
    let edit = use_section_edit(&props.plan.id, |id, edit, now_ms| Action::EditActuals { id, edit, now_ms });
    let sim_edit =
        use_section_edit(&props.plan.id, |id, edit, now_ms| Action::EditSimulation { id, edit, now_ms });
    let plan = &props.plan;
    let ctx: Rc<Context> = use_memo(
        (
            plan.positioning.clone(),
            plan.channels.clone(),
            plan.tiers.clone(),
            plan.simulation.clone(),
            props.today,
        ),
        |(positioning, channels, tiers, sim, today)| {
            simulate::context_of(positioning, channels, tiers, sim, *today)
        },
    );
    let start = plan.channels.start.unwrap_or(props.today);
    // Kept here: the calibration panel is redrawn while the new rates' runs are computed.
    let applied = use_state(|| false);
    let analysis =
        use_computed((plan.simulation.clone(), ctx.clone(), plan.actuals.clone(), start), false, analyse);
    let Some(state) = state else {
        return html! {};
    };
    let lang = state.lang;
    let has = !plan.actuals.is_empty();
    let results = match (&analysis, has) {
        (_, false) => html! {},
        (None, true) => html! { <p class="panel suggestion__pending">{ lang.t(Key::SuggestionPending) }</p> },
        (Some(a), true) => html! {
            <>
                <Tracks analysis={a.clone()} start={start} actuals={plan.actuals.clone()} />
                <ReforecastPanel analysis={a.clone()} start={start} />
                <CalibratePanel analysis={a.clone()} sim={plan.simulation.clone()} id={plan.id.clone()} edit={EditProp(sim_edit.clone())}
                    applied={*applied} on_applied={{ let applied = applied.clone(); Callback::from(move |_| applied.set(true)) }} />
            </>
        },
    };
    html! {
        <div class="channels actuals" data-testid="actuals-step">
            <section class="panel" aria-labelledby="actuals-title">
                <h2 class="panel__title" id="actuals-title">{ lang.t(Key::StepActuals) }</h2>
                <p class="panel__hint">{ lang.t(Key::ActualsIntro) }</p>
                if !has {
                    <p data-testid="actuals-empty">{ lang.t(Key::ActualsEmpty) }</p>
                }
            </section>
            <ImportPanel actuals={plan.actuals.clone()} edit={EditProp(edit.clone())} />
            { results }
            if has {
                <Figures actuals={plan.actuals.clone()} start={start} edit={EditProp(edit)} />
            }
        </div>
    }
}

// ---------------------------------------------------------------------------
// Import

#[derive(Properties, PartialEq)]
struct ImportPanelProps {
    actuals: Actuals,
    edit: EditProp<Actuals>,
}

/// What the import panel holds between reading and adding.
#[derive(Clone, PartialEq, Default)]
struct Draft {
    text: String,
    table: Option<Table>,
    mapping: Mapping,
    error: Option<String>,
    /// The last addition, for the confirmation line.
    added: Option<String>,
}

#[component]
fn ImportPanel(props: &ImportPanelProps) -> Html {
    let draft = use_state(Draft::default);
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let read = {
        let draft = draft.clone();
        move |text: String| {
            let mut d = Draft { text: text.clone(), ..Draft::default() };
            match import::parse_table(&text) {
                Ok(table) => {
                    d.mapping = import::detect(&table);
                    d.table = Some(table);
                }
                Err(e) => d.error = Some(import_error_text(lang, &e)),
            }
            draft.set(d);
        }
    };
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            draft.set(Draft { text: area.value(), ..(*draft).clone() });
        })
    };
    let onread = {
        let (draft, read) = (draft.clone(), read.clone());
        Callback::from(move |_| read(draft.text.clone()))
    };
    let onfile = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            if file.size() > import::MAX_TEXT_BYTES as f64 {
                let e = ImportError::TooLarge { bytes: file.size() as usize };
                draft.set(Draft { error: Some(import_error_text(lang, &e)), ..Draft::default() });
                return;
            }
            let (draft, read) = (draft.clone(), read.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match browser::read_table_file(file).await {
                    Some(text) => read(text),
                    None => draft.set(Draft {
                        error: Some(lang.t(Key::ImportUnreadable).to_owned()),
                        ..Draft::default()
                    }),
                }
            });
        })
    };
    let mapping_view = draft.table.as_ref().map(|table| {
        let built = import::build(table, &draft.mapping);
        let rows = table.headers.iter().enumerate().map(|(i, header)| {
            let column = draft.mapping.columns.get(i).copied().unwrap_or_default();
            let sample: Vec<&str> =
                table.rows.iter().take(3).map(|r| r.get(i).map_or("", String::as_str)).collect();
            let onchange = {
                let draft = draft.clone();
                Callback::from(move |e: Event| {
                    let select: HtmlSelectElement = e.target_unchecked_into();
                    let mut d = (*draft).clone();
                    let Some(table) = d.table.clone() else { return };
                    let chosen = column_of(&select.value());
                    // One column per quantity: the one chosen last wins.
                    for c in d.mapping.columns.iter_mut() {
                        if *c == chosen && chosen != Column::Ignore {
                            *c = Column::Ignore;
                        }
                    }
                    if let Some(c) = d.mapping.columns.get_mut(i) {
                        *c = chosen;
                    }
                    let guess = import::looks_cumulative(&table, &d.mapping, i);
                    if let Some(c) = d.mapping.cumulative.get_mut(i) {
                        *c = guess;
                    }
                    draft.set(d);
                })
            };
            let options = std::iter::once((Column::Ignore, lang.t(Key::ColumnIgnore)))
                .chain(std::iter::once((Column::Date, lang.t(Key::ColumnDate))))
                .chain(Series::ALL.iter().map(|s| (Column::Series(*s), lang.t(series_key(*s)))))
                .map(|(c, label)| {
                    html! { <option value={column_value(c)} selected={c == column}>{ label }</option> }
                });
            let daily = matches!(column, Column::Series(s) if s.is_daily_count());
            let cumulative = draft.mapping.cumulative.get(i).copied().unwrap_or(false);
            let ontoggle = {
                let draft = draft.clone();
                Callback::from(move |e: Event| {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    let mut d = (*draft).clone();
                    if let Some(c) = d.mapping.cumulative.get_mut(i) {
                        *c = input.checked();
                    }
                    draft.set(d);
                })
            };
            let select_id = format!("actuals-col-{i}");
            html! {
                <tr>
                    <th scope="row">
                        <label for={select_id.clone()}>{ header.clone() }</label>
                        <span class="actuals__sample">{ sample.join(" · ") }</span>
                    </th>
                    <td>
                        <select id={select_id} class="input" onchange={onchange} data-testid="actuals-column">{ for options }</select>
                        if daily {
                            <label class="actuals__check">
                                <input type="checkbox" checked={cumulative} onchange={ontoggle} data-testid="actuals-cumulative" />
                                { lang.t(Key::ActualsCumulative) }
                            </label>
                            if cumulative {
                                <p class="field__hint">{ lang.t(Key::ActualsCumulativeHint) }</p>
                            }
                        }
                    </td>
                </tr>
            }
        });
        let preview = match &built {
            Ok((new, report)) => {
                let lines = report_lines(lang, report);
                let merged = props.actuals.merged(new);
                let onadd = {
                    let (edit, draft, new) = (props.edit.0.clone(), draft.clone(), new.clone());
                    let text = lang.tf(
                        Key::ActualsAdded,
                        &[
                            ("days", &report.days.to_string()),
                            ("from", &report.from.map(format_ymd).unwrap_or_default()),
                            ("to", &report.to.map(format_ymd).unwrap_or_default()),
                        ],
                    );
                    Callback::from(move |_| {
                        let new = new.clone();
                        edit(Box::new(move |a: &mut Actuals| {
                            if let Some(m) = a.merged(&new) {
                                *a = m;
                            }
                        }));
                        draft.set(Draft { added: Some(text.clone()), ..Draft::default() });
                    })
                };
                html! {
                    <div class="actuals__preview" data-testid="actuals-preview">
                        { for lines.into_iter().map(|l| html! { <p>{ l }</p> }) }
                        if merged.is_some() {
                            <button type="button" class="button button--primary" onclick={onadd} data-testid="actuals-add">{ lang.t(Key::ActualsAdd) }</button>
                        } else {
                            <p class="banner banner--warning" role="alert">{ lang.t(Key::ActualsTooLongMerged) }</p>
                        }
                    </div>
                }
            }
            Err(e) => html! {
                <p class="banner banner--warning" role="alert" data-testid="actuals-error">{ import_error_text(lang, e) }</p>
            },
        };
        let cancel = {
            let draft = draft.clone();
            Callback::from(move |_| draft.set(Draft::default()))
        };
        html! {
            <>
                <h4 class="panel__subtitle">{ lang.t(Key::ActualsMapTitle) }</h4>
                <p data-testid="actuals-preset">{ lang.tf(Key::ActualsPreset, &[("preset", lang.t(preset_key(draft.mapping.preset)))]) }</p>
                <div class="table-scroll">
                    <table class="table actuals__map" data-testid="actuals-map">
                        <thead>
                            <tr>
                                <th scope="col">{ lang.t(Key::ActualsColumn) }</th>
                                <th scope="col">{ lang.t(Key::ActualsHolds) }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                { preview }
                <button type="button" class="button button--quiet" onclick={cancel}>{ lang.t(Key::Cancel) }</button>
            </>
        }
    });
    let open = props.actuals.is_empty() || draft.table.is_some() || draft.error.is_some();
    html! {
        <details class="panel actuals__import" open={open} data-testid="actuals-import">
            <summary class="panel__title">{ lang.t(Key::ActualsImportTitle) }</summary>
            <p class="panel__hint">{ lang.t(Key::ActualsImportHint) }</p>
            if let Some(added) = &draft.added {
                <p class="banner banner--notice" role="status" data-testid="actuals-added">{ added.clone() }</p>
            }
            <label class="field">
                <span class="field__label">{ lang.t(Key::ActualsPasteLabel) }</span>
                <textarea class="input actuals__paste" rows="5" value={draft.text.clone()} {oninput} data-testid="actuals-paste" spellcheck="false" />
            </label>
            <div class="actuals__actions">
                <button type="button" class="button" onclick={onread} data-testid="actuals-read">{ lang.t(Key::ActualsRead) }</button>
                <label class="button button--quiet actuals__file">
                    { lang.t(Key::ActualsFileLabel) }
                    <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" class="visually-hidden" onchange={onfile} data-testid="actuals-file" />
                </label>
            </div>
            if let Some(error) = &draft.error {
                <p class="banner banner--warning" role="alert" data-testid="actuals-error">{ error.clone() }</p>
            }
            { mapping_view }
        </details>
    }
}

/// What an import read, line by line.
fn report_lines(lang: Lang, r: &Report) -> Vec<String> {
    let mut lines = vec![lang.tf(
        Key::ActualsReport,
        &[
            ("days", &r.days.to_string()),
            ("from", &r.from.map(format_ymd).unwrap_or_default()),
            ("to", &r.to.map(format_ymd).unwrap_or_default()),
        ],
    )];
    if r.gaps > 0 {
        lines.push(lang.tf(Key::ActualsGaps, &[("n", &r.gaps.to_string())]));
    }
    if r.merged > 0 {
        lines.push(lang.tf(Key::ActualsMerged, &[("n", &r.merged.to_string())]));
    }
    if !r.skipped.is_empty() {
        let mut shown: Vec<String> = r.skipped.iter().take(8).map(|(line, _)| line.to_string()).collect();
        if r.skipped.len() > 8 {
            shown.push("…".to_owned());
        }
        lines.push(lang.tf(
            Key::ActualsSkipped,
            &[
                ("n", &r.skipped.len().to_string()),
                ("lines", &shown.join(if lang == Lang::Zh { "、" } else { ", " })),
            ],
        ));
    }
    if r.derived_left {
        lines.push(lang.t(Key::ActualsDerivedLeft).to_owned());
    }
    lines
}

// ---------------------------------------------------------------------------
// Plan vs actual charts

#[derive(Properties, PartialEq)]
struct TracksProps {
    analysis: Rc<Analysis>,
    start: NaiveDate,
    actuals: Actuals,
}

#[component]
fn Tracks(props: &TracksProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let a = &props.analysis;
    let before = props.actuals.span().map_or(0, |(first, _)| (props.start - first).num_days().max(0));
    let note = (before > 0).then(|| {
        html! { <p class="panel__hint">{ lang.tf(Key::ActualsBeforeStart, &[("n", &before.to_string()), ("start", &format_ymd(props.start))]) }</p> }
    });
    if a.tracks.is_empty() {
        return html! { <section class="panel" data-testid="actuals-tracks"><p>{ lang.t(Key::TrackNone) }</p>{ note }</section> };
    }
    let charts = a.tracks.iter().map(|track| {
        let m = Measure::ALL.iter().position(|x| *x == track.measure).unwrap_or(0);
        let band = a.bands.bands.get(m).cloned().unwrap_or_default();
        track_chart(lang, track, &band, props.start)
    });
    html! {
        <>
            { note }
            { for charts }
        </>
    }
}

/// One measure: the plan's band and median over its horizon, the real
/// points on it, where they left it, and the numbers as a table.
fn track_chart(lang: Lang, track: &Track, band: &[(f64, f64, f64)], start: NaiveDate) -> Html {
    let m = track.measure;
    let n = band.len();
    let top = band.iter().map(|b| b.2).chain(track.points.iter().map(|p| p.actual_high)).fold(0.0, f64::max);
    let ymax = if m == Measure::WeeklyActive { (top * 1.1).clamp(0.05, 1.0) } else { nice_ceiling(top) };
    let x = |t: usize| if n <= 1 { 0 } else { (t as f64 * SPAN / (n - 1) as f64).round() as i64 };
    let y = |v: f64| (SPAN - (v / ymax * SPAN).clamp(0.0, SPAN)).round() as i64;
    let (mut area, mut line) = (String::new(), String::new());
    for (t, b) in band.iter().enumerate() {
        let _ = write!(area, "{}{} {}", if t == 0 { 'M' } else { 'L' }, x(t), y(b.2));
        let _ = write!(line, "{}{} {}", if t == 0 { 'M' } else { 'L' }, x(t), y(b.1));
    }
    for (t, b) in band.iter().enumerate().rev() {
        let _ = write!(area, "L{} {}", x(t), y(b.0));
    }
    area.push('Z');
    let mut dots = String::new();
    for p in &track.points {
        let _ = write!(dots, "M{} {}L{} {}", x(p.day), y(p.actual), x(p.day), y(p.actual_high));
    }
    let status = match track.off {
        None => lang.tf(
            Key::TrackWithin,
            &[("date", &track.points.last().map(|p| format_ymd(p.date)).unwrap_or_default())],
        ),
        Some((side, since, count)) => lang.tf(
            if side == Side::Below { Key::TrackBelow } else { Key::TrackAbove },
            &[("date", &format_ymd(since)), ("n", &count.to_string())],
        ),
    };
    let status_class = match track.off {
        None => "actuals__status actuals__status--ok",
        Some(_) => "actuals__status actuals__status--off",
    };
    let title = lang.t(measure_key(m));
    let end = u32::try_from(n.saturating_sub(1))
        .ok()
        .and_then(|d| date_at(start, d))
        .map(format_ymd)
        .unwrap_or_default();
    let id = format!("track-{}", Measure::ALL.iter().position(|x| *x == m).unwrap_or(0));
    let points = track.points.clone();
    let bounded = track.bounded;
    html! {
        <section class="panel chart" aria-labelledby={id.clone()} data-testid="actuals-track">
            <h3 class="panel__title" id={id}>{ title }</h3>
            <p class={status_class} data-testid="actuals-status">{ status.clone() }</p>
            <div class="chart__body">
                <div class="chart__y" aria-hidden="true">
                    <span>{ measure_value(m, ymax) }</span>
                    <span>{ measure_value(m, ymax / 2.0) }</span>
                    <span>{ "0" }</span>
                </div>
                <svg class="chart__svg" width="100%" height={(PLOT_H + 30).to_string()} role="img" aria-label={format!("{title}: {status}")}>
                    <svg width="100%" height={PLOT_H.to_string()} viewBox="0 0 10000 10000" preserveAspectRatio="none">
                        <path class="band__area" d={area} />
                        <path class="band__line" d={line} vector-effect="non-scaling-stroke" />
                        <path class="actuals__dots" d={dots} vector-effect="non-scaling-stroke" />
                    </svg>
                    <line class="chart__grid" x1="0" x2="100%" y1={(PLOT_H / 2).to_string()} y2={(PLOT_H / 2).to_string()} />
                    <line class="chart__axis" x1="0" x2="100%" y1={PLOT_H.to_string()} y2={PLOT_H.to_string()} />
                    <text class="chart__label" x="0" y={(PLOT_H + 20).to_string()}>{ format_ymd(start) }</text>
                    <text class="chart__label" x="100%" y={(PLOT_H + 20).to_string()} text-anchor="end">{ end }</text>
                </svg>
            </div>
            <ul class="legend">
                <li class="legend__item"><span class="swatch band__swatch-area" aria-hidden="true"></span>{ lang.t(Key::TrackPlanBand) }</li>
                <li class="legend__item"><span class="swatch band__swatch-line" aria-hidden="true"></span>{ lang.t(Key::TrackPlanMedian) }</li>
                <li class="legend__item"><span class="swatch actuals__swatch" aria-hidden="true"></span>{ lang.t(Key::TrackActual) }</li>
            </ul>
            if bounded {
                <p class="panel__hint">{ lang.t(Key::TrackBounded) }</p>
            }
            <DataTable summary={AttrValue::from(lang.t(Key::ShowTable))} table={Callback::from(move |_| {
                let rows = points.iter().map(|p| {
                    let actual = if (p.actual_high - p.actual).abs() > 1e-9 {
                        format!("{} – {}", measure_value(m, p.actual), measure_value(m, p.actual_high))
                    } else {
                        measure_value(m, p.actual)
                    };
                    let side = match p.side() {
                        Side::Below => lang.t(Key::SideBelow),
                        Side::Within => lang.t(Key::SideWithin),
                        Side::Above => lang.t(Key::SideAbove),
                    };
                    html! {
                        <tr class={classes!((p.side() != Side::Within).then_some("actuals__row--off"))}>
                            <th scope="row">{ format_ymd(p.date) }</th>
                            <td>{ actual }</td>
                            <td>{ measure_value(m, p.p10) }</td>
                            <td>{ measure_value(m, p.p50) }</td>
                            <td>{ measure_value(m, p.p90) }</td>
                            <td>{ side }</td>
                        </tr>
                    }
                });
                html! {
                    <table class="table table--numbers" data-testid="actuals-track-table">
                        <thead>
                            <tr>
                                <th scope="col">{ lang.t(Key::ColumnDate) }</th>
                                <th scope="col">{ lang.t(Key::TrackActual) }</th>
                                <th scope="col">{ "p10" }</th>
                                <th scope="col">{ "p50" }</th>
                                <th scope="col">{ "p90" }</th>
                                <th scope="col">{ lang.t(Key::TrackSide) }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                }
            })} />
        </section>
    }
}

// ---------------------------------------------------------------------------
// Re-forecast

#[derive(Properties, PartialEq)]
struct ReforecastProps {
    analysis: Rc<Analysis>,
    start: NaiveDate,
}

#[component]
fn ReforecastPanel(props: &ReforecastProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let body = match &props.analysis.reforecast {
        None => html! { <p>{ lang.t(Key::ReforecastNone) }</p> },
        Some(r) => {
            let rows = r.chances.iter().map(|c| {
                let target = format!(
                    "{} ≥ {} · {}",
                    lang.t(kpi_key(c.target.kpi)),
                    qunce_core::summary::kpi_value(c.target.kpi, c.target.value),
                    date_at(props.start, c.target.day.max(1) - 1).map(format_ymd).unwrap_or_default()
                );
                let now = match (c.now, c.met) {
                    (Some(p), _) => share_percent(p),
                    (None, Some(true)) => lang.t(Key::ReforecastMet).to_owned(),
                    (None, Some(false)) => lang.t(Key::ReforecastMissed).to_owned(),
                    (None, None) => lang.t(Key::ReforecastPast).to_owned(),
                };
                html! {
                    <tr>
                        <th scope="row">{ target }</th>
                        <td>{ share_percent(c.planned) }</td>
                        <td data-testid="reforecast-now">{ now }</td>
                    </tr>
                }
            });
            let bands = &props.analysis.bands;
            let last = r.members.len().saturating_sub(1);
            let end_day = r.day + 1 + last;
            let members = r.members.last().map(|(p10, p50, p90)| {
                lang.tf(
                    Key::ReforecastMembers,
                    &[
                        (
                            "date",
                            &u32::try_from(end_day)
                                .ok()
                                .and_then(|d| date_at(props.start, d))
                                .map(format_ymd)
                                .unwrap_or_default(),
                        ),
                        ("p10", &people(*p10)),
                        ("p50", &people(*p50)),
                        ("p90", &people(*p90)),
                        (
                            "planned",
                            &people(bands.bands.first().and_then(|b| b.get(end_day)).map_or(0.0, |b| b.1)),
                        ),
                    ],
                )
            });
            html! {
                <>
                    <p class="panel__hint">{ lang.tf(Key::ReforecastIntro, &[("date", &format_ymd(r.date)), ("n", &(r.day + 1).to_string()), ("runs", &bands.runs.to_string())]) }</p>
                    <div class="table-scroll">
                        <table class="table table--numbers" data-testid="reforecast-table">
                            <thead>
                                <tr>
                                    <th scope="col">{ lang.t(Key::ReforecastTarget) }</th>
                                    <th scope="col">{ lang.t(Key::ReforecastPlanned) }</th>
                                    <th scope="col">{ lang.t(Key::ReforecastNow) }</th>
                                </tr>
                            </thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                    if let Some(m) = members {
                        <p data-testid="reforecast-members">{ m }</p>
                    }
                </>
            }
        }
    };
    html! {
        <section class="panel" aria-labelledby="reforecast-title" data-testid="reforecast">
            <h3 class="panel__title" id="reforecast-title">{ lang.t(Key::ReforecastTitle) }</h3>
            { body }
        </section>
    }
}

// ---------------------------------------------------------------------------
// Calibration

#[derive(Properties, PartialEq)]
struct CalibrateProps {
    analysis: Rc<Analysis>,
    sim: SimPlan,
    id: PlanId,
    edit: EditProp<SimPlan>,
    /// "Use these rates" was pressed (the page keeps it).
    applied: bool,
    on_applied: Callback<()>,
}

/// "likely (low–high)", as the assumptions are read aloud.
fn range_text(p: Param, r: Range) -> String {
    let unit = if p.is_share() { "%" } else { "" };
    let v = |x: u32| format!("{}{unit}", show_number(u64::from(x), p.is_share()));
    format!("{} ({}–{})", v(r.likely), v(r.low), v(r.high))
}

#[component]
fn CalibratePanel(props: &CalibrateProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let fits = &props.analysis.fits;
    let rows = fits.iter().map(|f| {
        let (label, _) = param_keys(f.param);
        let fitted = match f.fitted {
            Ok(r) => html! { <strong>{ range_text(f.param, r) }</strong> },
            Err(NoFit::Missing(s)) => html! { <span class="muted">{ lang.tf(Key::NoFitMissing, &[("series", lang.t(series_key(s)))]) }</span> },
            Err(NoFit::TooFew { days }) => html! { <span class="muted">{ lang.tf(Key::NoFitTooFew, &[("n", &days.to_string())]) }</span> },
            Err(NoFit::NothingPlanned) => html! { <span class="muted">{ lang.t(Key::NoFitNothing) }</span> },
        };
        let basis = if f.days == 0 {
            String::from("—")
        } else if f.param == Param::BaseActive {
            lang.tf(
                Key::CalibrateBasisShare,
                &[("days", &f.days.to_string()), ("seen", &share_percent(f.seen)), ("expected", &share_percent(f.expected))],
            )
        } else {
            lang.tf(
                Key::CalibrateBasisCounts,
                &[("days", &f.days.to_string()), ("seen", &people(f.seen)), ("expected", &people(f.expected))],
            )
        };
        html! {
            <tr>
                <th scope="row">{ lang.t(label) }</th>
                <td>{ range_text(f.param, f.planned) }</td>
                <td data-testid="calibrate-fitted">{ fitted }</td>
                <td>{ basis }</td>
            </tr>
        }
    });
    let next = apply_fits(&props.sim, fits);
    let onapply = {
        let (edit, state, id, applied) =
            (props.edit.0.clone(), state.clone(), props.id.clone(), props.on_applied.clone());
        let next = next.clone();
        Callback::from(move |_| {
            let Some(next) = next.clone() else { return };
            // A bulk change: the plan as it was is kept as a version first.
            state.dispatch(Action::KeepVersion { id: id.clone() });
            let params = next.params.clone();
            edit(Box::new(move |s: &mut SimPlan| s.params = params));
            applied.emit(());
        })
    };
    html! {
        <section class="panel" aria-labelledby="calibrate-title" data-testid="calibrate">
            <h3 class="panel__title" id="calibrate-title">{ lang.t(Key::CalibrateTitle) }</h3>
            <p class="panel__hint">{ lang.t(Key::CalibrateIntro) }</p>
            <div class="table-scroll">
                <table class="table" data-testid="calibrate-table">
                    <thead>
                        <tr>
                            <th scope="col">{ lang.t(Key::CalibrateParam) }</th>
                            <th scope="col">{ lang.t(Key::CalibratePlanned) }</th>
                            <th scope="col">{ lang.t(Key::CalibrateFitted) }</th>
                            <th scope="col">{ lang.t(Key::CalibrateBasis) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if props.applied {
                <p class="banner banner--notice" role="status" data-testid="calibrate-applied">{ lang.t(Key::CalibrateApplied) }</p>
            } else if next.as_ref().is_some_and(|n| n.params != props.sim.params) {
                <button type="button" class="button button--primary" onclick={onapply} data-testid="calibrate-apply">{ lang.t(Key::CalibrateApply) }</button>
            } else if next.is_none() {
                <p>{ lang.t(Key::CalibrateNone) }</p>
            }
        </section>
    }
}

// ---------------------------------------------------------------------------
// The figures themselves

#[derive(Properties, PartialEq)]
struct FiguresProps {
    actuals: Actuals,
    start: NaiveDate,
    edit: EditProp<Actuals>,
}

#[component]
fn Figures(props: &FiguresProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let lang = state.lang;
    let a = props.actuals.clone();
    let Some((first, last)) = a.span() else {
        return html! {};
    };
    let clear = {
        let edit = props.edit.0.clone();
        Callback::from(move |_| edit(Box::new(|a: &mut Actuals| *a = Actuals::default())))
    };
    let span = lang.tf(
        Key::ActualsSpan,
        &[
            ("from", &format_ymd(first)),
            ("to", &format_ymd(last)),
            ("days", &((last - first).num_days() + 1).to_string()),
        ],
    );
    html! {
        <section class="panel" aria-labelledby="figures-title" data-testid="actuals-figures">
            <h3 class="panel__title" id="figures-title">{ lang.t(Key::ActualsTableTitle) }</h3>
            <p data-testid="actuals-span">{ span }</p>
            if a.derived_left {
                <p class="panel__hint">{ lang.t(Key::ActualsDerivedLeft) }</p>
            }
            <p class="panel__hint">{ lang.t(Key::ActualsTravel) }</p>
            <DataTable summary={AttrValue::from(lang.t(Key::ShowTable))} table={Callback::from(move |_| {
                let series: Vec<Series> = Series::ALL.iter().copied().filter(|s| a.has(*s)).collect();
                let from = a.from.unwrap_or(first);
                let rows = (0..a.days()).filter_map(|t| {
                    let date = from.checked_add_days(chrono::Days::new(t as u64))?;
                    let cells = series.iter().map(|s| {
                        let v = a.at(*s, t);
                        html! { <td>{ v.map_or(String::from("—"), |v| if *s == Series::Revenue { yuan(v as f64) } else { people(v as f64) }) }</td> }
                    });
                    Some(html! { <tr><th scope="row">{ format_ymd(date) }</th>{ for cells }</tr> })
                });
                html! {
                    <table class="table table--numbers" data-testid="actuals-table">
                        <thead>
                            <tr>
                                <th scope="col">{ lang.t(Key::ColumnDate) }</th>
                                { for series.iter().map(|s| html! { <th scope="col">{ lang.t(series_key(*s)) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                }
            })} />
            <button type="button" class="button button--danger button--quiet" onclick={clear} data-testid="actuals-clear">{ lang.t(Key::ActualsClear) }</button>
        </section>
    }
}
