//! Sharing: a plan's share link, QR code and exports (`#/plans/<id>/share`),
//! the read-only view of a shared plan (`#/s/…`) and the workshop board
//! that compares many shared plans (`#/compare`).

pub mod board;
mod projector;
mod qr_view;
mod shared_page;
mod summary_view;

pub use board::CompareBoard;
pub use projector::Projector;
pub use qr_view::QrView;
pub use shared_page::SharedPage;
pub use summary_view::SummaryView;

use qunce_core::export;
use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::simulate::{run_days, INLINE_RUN_DAYS};
use crate::components::{use_app, use_computed};
use crate::services::browser;
use qunce_core::domain::Plan;
use qunce_core::export::{wechat, NoticeOptions};
use qunce_core::i18n::{group, Key, Lang};
use qunce_core::persist::link::{encode_link, COMFORT_CHARS, WARN_CHARS};
use qunce_core::summary::{summarize, summarize_pending, Summary};

/// The summary of `plan` (none without a plan), with the simulator's figures
/// at the plan's own run count, and whether those figures are in yet. Like
/// the KPI page, a forecast of more than [`INLINE_RUN_DAYS`] is computed just
/// after the page is drawn (always, with `defer`: the shared page, whose
/// first paint the viewer has already made): until then the summary says it
/// is being computed, and the rest of the plan shows.
#[hook]
pub fn use_summary(
    plan: Option<Plan>,
    lang: Lang,
    today: NaiveDate,
    defer: bool,
) -> (Option<Rc<Summary>>, bool) {
    let inline = !defer && plan.as_ref().is_none_or(|p| run_days(&p.simulation) <= INLINE_RUN_DAYS);
    let key = (plan, lang, today);
    let pending = use_memo((key.clone(), inline), |((plan, lang, today), inline)| {
        plan.as_ref().filter(|_| !inline).map(|plan| Rc::new(summarize_pending(plan, *lang, *today)))
    });
    let full = use_computed(key, inline, |(plan, lang, today)| {
        plan.as_ref()
            .map(|plan| Rc::new(summarize(plan, *lang, *today, plan.simulation.run_count() as usize)))
    });
    match full.and_then(|summary| (*summary).clone()) {
        Some(summary) => (Some(summary), true),
        None => ((*pending).clone(), false),
    }
}

/// A "copied" / "select and copy by hand" status after a copy button.
#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

fn copy_button(label: &str, text: String, field: &'static str, status: UseStateHandle<CopyState>) -> Html {
    let onclick = Callback::from(move |_| {
        let status = status.clone();
        browser::copy_text(text.clone(), field, move |ok| {
            status.set(if ok { CopyState::Copied } else { CopyState::Failed })
        });
    });
    html! { <button type="button" class="button" {onclick}>{ label.to_owned() }</button> }
}

fn copy_status(lang: Lang, status: CopyState) -> Html {
    match status {
        CopyState::Idle => html! {},
        CopyState::Copied => {
            html! { <span class="share__copied" role="status">{ lang.t(Key::Copied) }</span> }
        }
        CopyState::Failed => {
            html! { <span class="share__copy-failed" role="status">{ lang.t(Key::CopyFailed) }</span> }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareStepProps {
    pub plan: Plan,
    pub today: NaiveDate,
}

/// `#/plans/<id>/share`: link, QR code, exports and the printable summary.
#[component]
pub fn ShareStep(props: &ShareStepProps) -> Html {
    let state = use_app();
    let lang = state.as_ref().map(|s| s.lang).unwrap_or(Lang::En);
    let fragment = use_memo(props.plan.clone(), encode_link);
    let (summary, _) = use_summary(Some(props.plan.clone()), lang, props.today, false);
    let link_copy = use_state(|| CopyState::Idle);
    let text_copy = use_state(|| CopyState::Idle);
    // What the members' notice carries besides what members need.
    let notice_figures = use_state(|| false);
    let notice_link = use_state(|| false);
    let (Some(state), Some(summary)) = (state, summary) else {
        return html! {};
    };
    let t = |k| lang.t(k);
    let link = format!("{}{}", state.base_url, fragment);
    let chars = link.chars().count();
    let (level_class, level_text) = if chars <= COMFORT_CHARS {
        ("share__length--ok", t(Key::ShareLengthOk).to_owned())
    } else if chars <= WARN_CHARS {
        ("share__length--long", t(Key::ShareLengthLong).to_owned())
    } else {
        ("share__length--warn", lang.tf(Key::ShareLengthWarn, &[("max", &group(WARN_CHARS as u64))]))
    };
    let plan = props.plan.clone();
    let download_plan =
        Callback::from(move |_| browser::download(&export::plan_file(&plan, &browser::today_ymd())));
    let md = {
        let (summary, plan) = (summary.clone(), props.plan.clone());
        Callback::from(move |_| {
            browser::download(&export::markdown_file(&plan, &summary, lang, &browser::today_ymd()))
        })
    };
    let options = NoticeOptions { figures: *notice_figures, link: notice_link.then(|| link.clone()) };
    let notice = wechat(&summary, lang, &options);
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_| flag.set(!*flag))
    };
    html! {
        <div class="share" data-testid="share">
            <p class="page__intro share__controls">{ t(Key::ShareIntro) }</p>
            <div class="share__grid share__controls">
                <section class="panel share__link">
                    <h2 class="panel__title">{ t(Key::ShareLinkLabel) }</h2>
                    <textarea id="share-link" class="input share__url" readonly=true rows="4" data-testid="share-link"
                        aria-label={t(Key::ShareLinkLabel)} value={link.clone()} />
                    <p class={classes!("share__length", level_class)} data-testid="share-length">
                        <strong>{ lang.tf(Key::ShareLength, &[("n", &group(chars as u64))]) }</strong>
                        { " · " }{ level_text }
                    </p>
                    <div class="share__actions">
                        { copy_button(t(Key::CopyLink), link.clone(), "share-link", link_copy.clone()) }
                        if chars > WARN_CHARS {
                            <button type="button" class="button" onclick={download_plan.clone()}>{ t(Key::DownloadPlan) }</button>
                        }
                        { copy_status(lang, *link_copy) }
                    </div>
                </section>
                <section class="panel share__qr">
                    <h2 class="panel__title">{ t(Key::QrTitle) }</h2>
                    <p class="panel__hint">{ t(Key::QrHint) }</p>
                    <QrView text={AttrValue::from(link)} name={AttrValue::from(summary.title.clone())} />
                </section>
                <section class="panel share__export">
                    <h2 class="panel__title">{ t(Key::ExportTitle) }</h2>
                    <p class="panel__hint">{ t(Key::ExportHint) }</p>
                    <div class="share__actions">
                        <button type="button" class="button" data-testid="export-json" onclick={download_plan}>{ t(Key::DownloadPlan) }</button>
                        <button type="button" class="button" data-testid="export-md" onclick={md}>{ t(Key::DownloadMarkdown) }</button>
                        <button type="button" class="button" data-testid="print" onclick={Callback::from(|_| browser::print())}>{ t(Key::PrintSummary) }</button>
                    </div>
                    <p class="panel__hint">{ t(Key::PrintHint) }</p>
                    <h3 class="share__subtitle">{ t(Key::WechatTitle) }</h3>
                    <p class="panel__hint">{ t(Key::WechatHint) }</p>
                    { for [(Key::NoticeWithLink, "notice-link", &notice_link), (Key::NoticeFigures, "notice-figures", &notice_figures)]
                        .into_iter()
                        .map(|(key, id, flag)| html! {
                            <label class="choice">
                                <input type="checkbox" data-testid={id} checked={**flag} onchange={toggle(flag)} />
                                { t(key) }
                            </label>
                        }) }
                    <textarea id="wechat-text" class="input share__wechat" readonly=true rows="10" data-testid="wechat-text"
                        aria-label={t(Key::WechatTitle)} value={notice.clone()} />
                    <div class="share__actions">
                        { copy_button(t(Key::CopyText), notice, "wechat-text", text_copy.clone()) }
                        { copy_status(lang, *text_copy) }
                    </div>
                </section>
            </div>
            <h2 class="share__summary-title share__controls">{ t(Key::SummaryTitle) }</h2>
            <SummaryView summary={Rc::clone(&summary)} empty={AttrValue::from(t(Key::StatusEmpty))} />
        </div>
    }
}
