//! The workshop board's exports (issue 24): its one table as CSV and as
//! Markdown. Editor-only, like the board (see `crate::board`).

use super::{md_escape, safe_file_name, ExportFile};
use crate::board::{Rank, Table};
use crate::i18n::{Key, Lang};

/// The workshop board's table as CSV: a header row of senders and plan
/// names, then one row per figure. Quoted cells, a byte-order mark for
/// spreadsheet programs (Excel on Chinese Windows among them), and a
/// leading quote mark before any cell a spreadsheet would read as a formula.
pub fn board_csv(table: &Table, lang: Lang) -> String {
    let cell = |text: &str| {
        let text = text.replace(['\r', '\n'], " ");
        let safe = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text };
        format!("\"{}\"", safe.replace('"', "\"\""))
    };
    let mut out = String::from("\u{FEFF}");
    let mut head = vec![cell(lang.t(Key::ComparePlan))];
    head.extend(table.heads.iter().map(|(who, name)| match who {
        Some(who) => cell(&format!("{who} · {name}")),
        None => cell(name),
    }));
    out.push_str(&head.join(","));
    out.push_str("\r\n");
    for row in &table.rows {
        let mut line = vec![cell(&row.label)];
        line.extend(row.cells.iter().map(|c| cell(&c.line())));
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The workshop board's table as Markdown: a heading with the board's name,
/// then one table (plans as columns), the best and worst of a row marked
/// ▲ / ▼ as on the page, with a line saying so. Every text is escaped.
pub fn board_markdown(table: &Table, board_name: &str, lang: Lang) -> String {
    let mut out = format!("# {}\n\n", md_escape(board_name));
    let mut head = vec![md_escape(lang.t(Key::ComparePlan))];
    head.extend(table.heads.iter().map(|(who, name)| match who {
        Some(who) => format!("{} · {}", md_escape(who), md_escape(name)),
        None => md_escape(name),
    }));
    out.push_str(&format!("| {} |\n", head.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(head.len())));
    for row in &table.rows {
        let mut line = vec![md_escape(&row.label)];
        line.extend(row.cells.iter().map(|c| {
            let mark = match c.rank {
                Some(Rank::Best) => " ▲",
                Some(Rank::Worst) => " ▼",
                None => "",
            };
            format!("{}{mark}", md_escape(&c.line()))
        }));
        out.push_str(&format!("| {} |\n", line.join(" | ")));
    }
    if table.rows.iter().flat_map(|r| &r.cells).any(|c| c.rank.is_some()) {
        out.push_str(&format!("\n{}\n", md_escape(lang.t(Key::BoardRankLegend))));
    }
    out
}

/// The board's table as a file: `<board name>-<date>.csv` or `.md`.
pub fn board_file(table: &Table, board_name: &str, lang: Lang, date: &str, markdown: bool) -> ExportFile {
    let stem =
        if board_name.trim().is_empty() { "qunce-board".to_owned() } else { safe_file_name(board_name) };
    if markdown {
        ExportFile {
            name: format!("{stem}-{date}.md"),
            mime: "text/markdown;charset=utf-8",
            body: board_markdown(table, board_name, lang),
        }
    } else {
        ExportFile {
            name: format!("{stem}-{date}.csv"),
            mime: "text/csv;charset=utf-8",
            body: board_csv(table, lang),
        }
    }
}
