//! A chart's data as a table, behind a "show the data" disclosure. The
//! table is built only while it is open: with many channels or days it is
//! hundreds of cells to compare on every edit.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    pub summary: AttrValue,
    /// Builds the table; called only while the disclosure is open.
    pub table: Callback<(), Html>,
}

#[component]
pub fn DataTable(props: &DataTableProps) -> Html {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    html! {
        <details class="data-table" {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            if *open {
                <div class="table-scroll">{ props.table.emit(()) }</div>
            }
        </details>
    }
}
