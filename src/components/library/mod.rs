//! The plan library: create, open, rename, duplicate, delete; trash; backups.

mod backups;
mod create_form;
mod import;
mod plan_row;
mod trash;

pub use backups::Backups;
pub use create_form::CreateForm;
pub use import::ImportFile;
pub use plan_row::PlanRow;
pub use trash::Trash;

use yew::prelude::*;

use qunce_core::i18n::Key;

use super::canvas::ExamplePicker;
use super::storage_banner::BackupReminder;
use super::undo_redo::UndoRedo;
use super::use_app;

#[component]
pub fn LibraryPage() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let plans = state.active_plans();
    let list = if plans.is_empty() {
        html! { <p class="library__empty" data-testid="no-plans">{ state.t(Key::NoPlans) }</p> }
    } else {
        let rows = plans.into_iter().map(|p| html! { <PlanRow key={p.id.as_str()} plan={p.clone()} /> });
        html! { <ul class="library__list" data-testid="plan-list">{ for rows }</ul> }
    };
    html! {
        <section class="page library" data-testid="library">
            <div class="page__head">
                <h1 class="page__title">{ state.t(Key::NavPlans) }</h1>
                <UndoRedo />
            </div>
            <p class="page__intro">{ state.t(Key::LibraryIntro) }</p>
            <BackupReminder />
            <CreateForm />
            { list }
            <ExamplePicker />
            <ImportFile />
            <p class="library__hint library__workshop">
                { state.t(Key::LibraryWorkshop) }{ " " }
                <a href="#/compare" data-testid="library-compare">{ state.t(Key::CompareBoardTitle) }</a>
            </p>
            <Trash />
            <Backups />
        </section>
    }
}
