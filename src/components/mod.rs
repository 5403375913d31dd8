//! Yew views, one component per file, grouped by screen. Components read the
//! [`AppContext`](crate::app::AppContext) and props only; browser calls live
//! in event handlers and effects, so everything renders natively (Yew SSR).

pub mod actuals;
pub mod app;
pub mod canvas;
pub mod channels;
pub mod data_table;
pub mod fold;
pub mod header;
pub mod library;
pub mod not_found;
pub mod notices;
pub mod number;
pub mod plan;
pub mod share;
pub mod shell;
pub mod simulate;
pub mod storage_banner;
pub mod tiers;
pub mod undo_redo;
pub mod undo_toast;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{Action, AppContext};
use qunce_core::domain::PlanId;

/// The app context; components are only ever mounted under [`app::App`] or a
/// test host that provides it.
#[hook]
pub fn use_app() -> Option<AppContext> {
    use_context::<AppContext>()
}

/// `compute(&key)`, kept until `key` changes: worked out while the page is
/// drawn when `inline`, otherwise just after it is drawn (a zero-delay
/// timer), so a big computation never holds the page up. `None` while a
/// deferred result for the current key is not in yet. The KPI page and the
/// share pages use it for the Monte Carlo.
#[hook]
pub fn use_computed<K, T>(key: K, inline: bool, compute: fn(&K) -> T) -> Option<Rc<T>>
where
    K: Clone + PartialEq + 'static,
    T: 'static,
{
    let now = use_memo((key.clone(), inline), move |(key, inline)| inline.then(|| Rc::new(compute(key))));
    let later = use_state(|| None::<(K, Rc<T>)>);
    {
        let later = later.clone();
        use_effect_with((key.clone(), inline), move |(key, inline)| {
            let key = key.clone();
            let timer = (!*inline).then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    let value = Rc::new(compute(&key));
                    later.set(Some((key, value)));
                })
            });
            move || drop(timer)
        });
    }
    (*now).clone().or_else(|| later.as_ref().filter(|(k, _)| *k == key).map(|(_, value)| value.clone()))
}

/// A click handler that dispatches the action `make` builds at click time.
pub fn dispatch_on_click(state: &AppContext, make: impl Fn() -> Action + 'static) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| state.dispatch(make()))
}

/// Applies one edit to a section of a plan, as the section is when the edit
/// runs (so quick successive edits never overwrite each other).
pub type SectionEdit<T> = Rc<dyn Fn(SectionChange<T>)>;

/// One edit to a section of type `T`, as the reducer receives it.
pub type SectionChange<T> = Box<dyn FnOnce(&mut T)>;

/// A [`SectionEdit`] as a prop. Made once per plan by [`use_section_edit`],
/// so it compares equal across renders and unchanged children are not redrawn.
pub struct EditProp<T: 'static>(pub SectionEdit<T>);

impl<T> Clone for EditProp<T> {
    fn clone(&self) -> Self {
        EditProp(self.0.clone())
    }
}

impl<T> PartialEq for EditProp<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The edit callback for one section of plan `id`; `action` wraps an edit
/// into the reducer's action for that section.
#[hook]
pub fn use_section_edit<T: 'static>(
    id: &PlanId,
    action: fn(PlanId, SectionChange<T>, i64) -> Action,
) -> SectionEdit<T> {
    let dispatcher = use_app().map(|s| s.dispatcher());
    let edit = use_memo((dispatcher, id.clone()), move |(dispatcher, id)| {
        let (dispatcher, id) = (dispatcher.clone(), id.clone());
        Rc::new(move |edit: SectionChange<T>| {
            if let Some(d) = &dispatcher {
                d.dispatch(action(id.clone(), edit, crate::services::browser::now_ms()));
            }
        }) as SectionEdit<T>
    });
    (*edit).clone()
}
