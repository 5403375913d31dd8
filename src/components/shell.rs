//! The page frame: header, warnings, the routed page and the footer.

use yew::prelude::*;

use crate::app::Route;
use qunce_core::i18n::Key;

use super::header::Header;
use super::library::LibraryPage;
use super::not_found::NotFound;
use super::notices::Notices;
use super::plan::PlanPage;
use super::share::{CompareBoard, SharedPage};
use super::storage_banner::StorageBanner;
use super::undo_toast::UndoToast;
use super::use_app;

#[component]
pub fn Shell() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let page = match &state.route {
        Route::Library => html! { <LibraryPage /> },
        Route::Plan { id, view } => html! { <PlanPage id={id.clone()} view={view.clone()} /> },
        Route::Shared { code } => html! { <SharedPage code={AttrValue::from(code.clone())} /> },
        Route::Compare => html! { <CompareBoard /> },
        Route::NotFound => html! { <NotFound /> },
    };
    html! {
        // While the toast shows, extra room at the bottom keeps it from
        // covering the last controls on a phone.
        <div class={classes!("shell", state.undo_trash.is_some().then_some("shell--toast"))} lang={state.lang.html_lang()}>
            <Header />
            <StorageBanner />
            <Notices />
            <main id="main" class="shell__main">{ page }</main>
            <UndoToast />
            <footer class="shell__footer">{ state.t(Key::FooterPrivacy) }</footer>
        </div>
    }
}
