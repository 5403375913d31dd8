//! The summary as HTML markup: the one renderer of the shared view's
//! content. The shared-link viewer (`crates/viewer`, no UI framework) writes
//! it straight into the page before the editor has loaded; the Yew app shows
//! the same string for the shared view and the printable summary. Every
//! text is escaped here ([`escape`]); the tags, classes and attributes are
//! constants, so plan text can never become markup.

use super::Summary;
use crate::i18n::{Key, Lang};
use crate::labels::link_error_text;
use crate::persist::link::LinkError;

/// `text` with the five characters HTML could read as markup replaced by
/// entities; safe in element content and in double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // NUL is not allowed in HTML text; the summary's `clean` drops
            // it already, this keeps the renderer safe on its own.
            '\0' => {}
            c => out.push(c),
        }
    }
}

/// The summary as an `<article class="summary">`: its title, then each step
/// with its labelled rows (a value, a list, or both); `empty` stands in for
/// a step with nothing in it yet.
pub fn render(summary: &Summary, empty: &str) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("<article class=\"summary\" data-testid=\"summary\"><h2 class=\"summary__title\">");
    push_escaped(&mut out, &summary.title);
    out.push_str("</h2><div class=\"summary__grid\">");
    for (i, section) in summary.sections.iter().enumerate() {
        out.push_str(
            "<section class=\"summary__section\"><h3 class=\"summary__step\"><span class=\"summary__num\">",
        );
        out.push_str(&(i + 1).to_string());
        out.push_str("</span>");
        push_escaped(&mut out, &section.title);
        out.push_str("</h3>");
        if section.rows.is_empty() {
            out.push_str("<p class=\"summary__empty\">");
            push_escaped(&mut out, empty);
            out.push_str("</p>");
        } else {
            out.push_str("<dl class=\"summary__list\">");
            for row in &section.rows {
                out.push_str("<div class=\"summary__row\"><dt class=\"summary__label\">");
                push_escaped(&mut out, &row.label);
                out.push_str("</dt><dd class=\"summary__value\">");
                if !row.value.is_empty() {
                    out.push_str("<span>");
                    push_escaped(&mut out, &row.value);
                    out.push_str("</span>");
                }
                if !row.items.is_empty() {
                    out.push_str("<ul class=\"summary__items\">");
                    for item in &row.items {
                        out.push_str("<li>");
                        push_escaped(&mut out, item);
                        out.push_str("</li>");
                    }
                    out.push_str("</ul>");
                }
                out.push_str("</dd></div>");
            }
            out.push_str("</dl>");
        }
        out.push_str("</section>");
    }
    out.push_str("</div></article>");
    out
}

/// A static page in the app's frame (the header with the brand, then
/// `main`): the build's "opening…" screen and the viewer's shared plan both
/// show in it until the editor draws itself. `main` is markup.
pub fn frame(lang: Lang, main: &str) -> String {
    format!(
        "<div class=\"shell-static\"><header class=\"header\"><span class=\"header__brand\"><span class=\"header__logo\" aria-hidden=\"true\">群</span><span class=\"header__name\">{}</span></span></header><main class=\"shell__main\">{main}</main></div>",
        escape(lang.t(Key::AppName))
    )
}

/// The shared page's banner while the editor is still loading: what the
/// page is, and "save a copy" greyed out with a line saying why. The editor
/// draws the working banner (with the actions) in its place. The line is
/// part of the intro's paragraph, so that paragraph is larger than the
/// editor's: the browser's largest paint stays the viewer's (Lighthouse's
/// LCP), not the editor's same text drawn later.
pub fn shared_loading_banner(lang: Lang, repaired: bool) -> String {
    let t = |k| escape(lang.t(k));
    let repaired = if repaired {
        format!("<p class=\"banner__text\" data-testid=\"shared-repaired\">{}</p>", t(Key::SharedRepaired))
    } else {
        String::new()
    };
    format!(
        "<div class=\"banner banner--notice shared__banner share__controls\" role=\"status\"><p class=\"banner__title\">{}</p><p class=\"banner__text\">{}<br><span class=\"shared__loading\" data-testid=\"editor-loading\">{}</span></p>{repaired}<div class=\"banner__actions\"><button type=\"button\" class=\"button button--primary\" disabled>{}</button></div></div>",
        t(Key::SharedTitle),
        t(Key::SharedIntro),
        t(Key::EditorLoading),
        t(Key::SaveCopy),
    )
}

/// The page for a link that cannot be opened: what is wrong with it, in
/// the user's language, and that nothing saved was changed.
pub fn shared_error(lang: Lang, error: &LinkError) -> String {
    let t = |k| escape(lang.t(k));
    format!(
        "<section class=\"page page--narrow\" data-testid=\"shared-error\"><h1 class=\"page__title\">{}</h1><p class=\"banner banner--warning\" role=\"alert\" data-testid=\"shared-error-text\">{}</p><p>{}</p><a class=\"button\" href=\"#/\">{}</a></section>",
        t(Key::SharedErrorTitle),
        escape(&link_error_text(lang, error)),
        t(Key::SharedNothingChanged),
        t(Key::BackToPlans),
    )
}
