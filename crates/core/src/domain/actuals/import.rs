//! Reading real figures into a plan: cells pasted from a spreadsheet (tab
//! separated) or a CSV/TSV file's text, its columns matched to the plan's
//! quantities by the headers of the tools operators export from, and the
//! rows turned into daily series.
//!
//! The text arrives decoded: the browser's `TextDecoder` turns a GBK /
//! GB18030 file (what Chinese spreadsheet programs often save) into text
//! before it gets here (see [`looks_utf8`]).

use chrono::{Datelike, NaiveDate};

use super::{Actuals, Series, MAX_DAYS, MAX_VALUE};

/// Most rows read from one paste or file.
pub const MAX_ROWS: usize = 20_000;
/// Most columns read.
pub const MAX_COLUMNS: usize = 64;
/// Longest text accepted, in bytes.
pub const MAX_TEXT_BYTES: usize = 4 * 1024 * 1024;

/// Cells: the first non-empty row as headers, the rest as rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Why a paste or file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing but blank lines.
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Headers but no rows under them.
    NoRows,
    TooManyRows {
        rows: usize,
    },
    /// No column holds dates.
    NoDate,
    /// Dates, but no column matched to a quantity.
    NoSeries,
    /// Not one row had a date this reader knows.
    NoDatedRows,
    /// The dates span more than [`MAX_DAYS`].
    TooLong {
        days: i64,
    },
}

/// Whether bytes read from a file are UTF-8 (else the caller decodes them
/// as GB18030, a superset of GBK).
pub fn looks_utf8(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
}

/// Splits pasted cells or a CSV/TSV text into headers and rows. The
/// separator is the one the header line uses most (tab, comma, semicolon);
/// quoted cells may hold separators, quotes and line breaks.
pub fn parse_table(text: &str) -> Result<Table, ImportError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{feff}');
    let Some(first) = text.lines().find(|l| !l.trim().is_empty()) else {
        return Err(ImportError::Empty);
    };
    let count = |d: u8| first.bytes().filter(|b| *b == d).count();
    let delimiter = [b'\t', b',', b';'].into_iter().max_by_key(|d| count(*d)).filter(|d| count(*d) > 0);
    // No separator in the header line: maybe "，" (full-width commas, typed by hand).
    let (delimiter, text) = match delimiter {
        Some(d) => (d, text.to_owned()),
        None => (b',', text.replace('，', ",")),
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for record in reader.records() {
        // A broken quote ends the table where it starts (the rows before it are kept).
        let Ok(record) = record else { break };
        let cells: Vec<String> = record.iter().take(MAX_COLUMNS).map(|c| c.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if records.len() > MAX_ROWS {
            return Err(ImportError::TooManyRows { rows: records.len() });
        }
        records.push(cells);
    }
    let mut records = records.into_iter();
    let headers = records.next().ok_or(ImportError::Empty)?;
    let rows: Vec<Vec<String>> = records.collect();
    if rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    Ok(Table { headers, rows })
}

/// Where a table comes from, judged by its headers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Preset {
    /// WeCom (企业微信) customer-group statistics: the admin console's
    /// export or the group-statistics API's fields.
    WeCom,
    /// Slack workspace analytics (members CSV).
    Slack,
    /// Discord server insights.
    Discord,
    /// A hand-kept sheet with headers this reader knows.
    #[default]
    Generic,
}

/// What one column holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Column {
    #[default]
    Ignore,
    Date,
    Series(Series),
}

/// Columns matched to quantities, and which of them are running totals.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mapping {
    pub preset: Preset,
    pub columns: Vec<Column>,
    /// Per column: a running total since the start rather than the day's figure.
    pub cumulative: Vec<bool>,
}

/// Lower-cases and drops spaces, underscores and punctuation, so
/// "Total membership", "total_membership" and "群成员总数 " compare equal.
fn norm(h: &str) -> String {
    h.chars()
        .filter(|c| c.is_alphanumeric() || !c.is_ascii())
        .filter(|c| !matches!(c, '（' | '）' | '：' | '　'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Known headers: (normalised header, preset it marks, what it holds).
/// Headers shared by several tools mark none (`None`).
const KNOWN: &[(&str, Option<Preset>, Column)] = {
    use Column::{Date as D, Ignore as I, Series as S};
    use Preset::{Discord as Dc, Slack as Sl, WeCom as W};
    use Series::*;
    &[
        // WeCom group statistics: API fields, then the console's column names.
        ("stattime", Some(W), D),
        ("newchatcnt", Some(W), I),
        ("chattotal", Some(W), I),
        ("chathasmsg", Some(W), I),
        ("newmembercnt", Some(W), S(Joined)),
        ("membertotal", Some(W), S(Members)),
        ("memberhasmsg", Some(W), S(Speaking)),
        ("msgtotal", Some(W), S(Messages)),
        ("migratetraineechatcnt", Some(W), I),
        ("新增客户群数", Some(W), I),
        ("客户群总数", Some(W), I),
        ("有过消息的客户群数", Some(W), I),
        ("新增群成员数", Some(W), S(Joined)),
        ("群成员总数", Some(W), S(Members)),
        ("发过消息的群成员数", Some(W), S(Speaking)),
        ("群消息总数", Some(W), S(Messages)),
        // Slack analytics.
        ("totalmembership", Some(Sl), S(Members)),
        ("dailyactivemembers", Some(Sl), I),
        ("weeklyactivemembers", Some(Sl), S(Active)),
        ("dailymemberspostingmessages", Some(Sl), S(Speaking)),
        ("weeklymemberspostingmessages", Some(Sl), I),
        ("messagesposted", Some(Sl), S(Messages)),
        ("messagesinpublicchannels", Some(Sl), I),
        ("fullmembers", Some(Sl), I),
        ("guests", Some(Sl), I),
        // Discord server insights.
        ("intervalstarttimestamp", Some(Dc), D),
        ("newmembers", Some(Dc), S(Joined)),
        ("communicators", Some(Dc), S(Speaking)),
        ("leavers", Some(Dc), S(Left)),
        ("totalmembers", Some(Dc), S(Members)),
        ("visitors", Some(Dc), I),
        ("pctcommunicated", Some(Dc), I),
        // Any sheet, in both languages.
        ("date", None, D),
        ("day", None, D),
        ("日期", None, D),
        ("时间", None, D),
        ("统计日期", None, D),
        ("members", None, S(Members)),
        ("membercount", None, S(Members)),
        ("成员数", None, S(Members)),
        ("群人数", None, S(Members)),
        ("人数", None, S(Members)),
        ("joined", None, S(Joined)),
        ("joins", None, S(Joined)),
        ("new", None, S(Joined)),
        ("新增", None, S(Joined)),
        ("入群", None, S(Joined)),
        ("入群人数", None, S(Joined)),
        ("新增人数", None, S(Joined)),
        ("left", None, S(Left)),
        ("leavers", None, S(Left)),
        ("退群", None, S(Left)),
        ("退群人数", None, S(Left)),
        ("流失", None, S(Left)),
        ("active", None, S(Active)),
        ("weeklyactive", None, S(Active)),
        ("周活跃", None, S(Active)),
        ("周活跃人数", None, S(Active)),
        ("活跃", None, S(Active)),
        ("speaking", None, S(Speaking)),
        ("speakers", None, S(Speaking)),
        ("posters", None, S(Speaking)),
        ("发言人数", None, S(Speaking)),
        ("发言", None, S(Speaking)),
        ("messages", None, S(Messages)),
        ("消息数", None, S(Messages)),
        ("消息", None, S(Messages)),
        ("paid", None, S(Paid)),
        ("paidconversions", None, S(Paid)),
        ("conversions", None, S(Paid)),
        ("付费", None, S(Paid)),
        ("付费人数", None, S(Paid)),
        ("转化", None, S(Paid)),
        ("revenue", None, S(Revenue)),
        ("收入", None, S(Revenue)),
        ("营收", None, S(Revenue)),
        ("收入元", None, S(Revenue)),
    ]
};

/// Matches columns by their headers: the tool the headers come from and what
/// each column holds (unknown headers are ignored; the user can match them).
/// A header that ends in a unit or a note ("群成员总数（人）") still matches.
pub fn detect(table: &Table) -> Mapping {
    let mut votes = [0usize; 3];
    let mut columns: Vec<Column> = table
        .headers
        .iter()
        .map(|h| {
            let h = norm(h);
            let found = KNOWN.iter().find(|(k, ..)| *k == h).or_else(|| {
                // The longest known header this one starts with ("群成员总数人").
                KNOWN
                    .iter()
                    .filter(|(k, ..)| k.chars().count() >= 2 && h.starts_with(k))
                    .max_by_key(|(k, ..)| k.len())
            });
            match found {
                Some((_, preset, column)) => {
                    if let Some(p) = preset {
                        votes[*p as usize] += 1;
                    }
                    *column
                }
                None => Column::Ignore,
            }
        })
        .collect();
    // A sheet with no date header whose first column holds dates.
    if !columns.contains(&Column::Date) {
        if let Some(first) = table.headers.first() {
            if parse_date(first).is_some()
                || table.rows.iter().take(5).all(|r| r.first().and_then(|c| parse_date(c)).is_some())
            {
                columns[0] = Column::Date;
            }
        }
    }
    // Each quantity from one column only: the first that claims it.
    for i in 0..columns.len() {
        if let Column::Series(s) = columns[i] {
            if columns[..i].contains(&Column::Series(s)) {
                columns[i] = Column::Ignore;
            }
        }
    }
    let preset = match votes.iter().enumerate().max_by_key(|(_, v)| **v) {
        Some((0, v)) if *v > 0 => Preset::WeCom,
        Some((1, v)) if *v > 0 => Preset::Slack,
        Some((2, v)) if *v > 0 => Preset::Discord,
        _ => Preset::Generic,
    };
    let mut mapping = Mapping { preset, cumulative: vec![false; columns.len()], columns };
    mapping.cumulative = (0..mapping.columns.len()).map(|i| looks_cumulative(table, &mapping, i)).collect();
    mapping
}

/// Whether column `i` looks like a running total: a per-day quantity
/// (joins, leavers, messages, paid, revenue) that never goes down over at
/// least five dated rows, rises on most of them, and ends above the most
/// members any day had (when members are known).
pub fn looks_cumulative(table: &Table, mapping: &Mapping, i: usize) -> bool {
    let Some(Column::Series(series)) = mapping.columns.get(i) else {
        return false;
    };
    if !series.is_daily_count() {
        return false;
    }
    let Some(date_col) = mapping.columns.iter().position(|c| *c == Column::Date) else {
        return false;
    };
    let mut rows: Vec<(NaiveDate, f64, Option<f64>)> = Vec::new();
    let members_col = mapping.columns.iter().position(|c| *c == Column::Series(Series::Members));
    for r in &table.rows {
        let (Some(d), Some(v)) =
            (r.get(date_col).and_then(|c| parse_date(c)), r.get(i).and_then(|c| parse_number(c)))
        else {
            continue;
        };
        rows.push((d, v, members_col.and_then(|m| r.get(m)).and_then(|c| parse_number(c))));
    }
    rows.sort_by_key(|r| r.0);
    if rows.len() < 5 {
        return false;
    }
    let rises = rows.windows(2).filter(|w| w[1].1 > w[0].1).count();
    let falls = rows.windows(2).any(|w| w[1].1 < w[0].1);
    let last = rows.last().map_or(0.0, |r| r.1);
    let most = rows.iter().filter_map(|r| r.2).fold(f64::NAN, f64::max);
    // Joins or leavers past the most members ever present cannot be one day's.
    let people = matches!(series, Series::Joined | Series::Left);
    let over_members = !people || !most.is_finite() || last > most;
    !falls && rises * 3 >= (rows.len() - 1) * 2 && over_members
}

/// A count or an amount: "1,234", "1 234", "¥5,000.50", "35%" (as 35),
/// "—" or "" (none). Negative or absurd numbers are none.
pub fn parse_number(cell: &str) -> Option<f64> {
    let cleaned: String = cell
        .chars()
        .filter(|c| {
            !matches!(
                c,
                ',' | '，' | ' ' | '\u{a0}' | '¥' | '￥' | '$' | '%' | '元' | '人' | '条' | '\'' | '"'
            )
        })
        .collect();
    if cleaned.is_empty() || cleaned.len() > 24 {
        return None;
    }
    let v: f64 = cleaned.parse().ok()?;
    (v.is_finite() && (0.0..=MAX_VALUE as f64).contains(&v)).then_some(v)
}

/// A date as spreadsheets, consoles and APIs write it: 2026-03-02,
/// 2026/3/2, 2026.3.2, 2026年3月2日, 20260302, with or without a time
/// after it, or Unix seconds / milliseconds (WeCom's `stat_time`, Discord's
/// timestamps). Years 2000–2100 only.
pub fn parse_date(cell: &str) -> Option<NaiveDate> {
    let s = cell.trim().trim_matches('"');
    if s.is_empty() || s.len() > 40 {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        let n: i64 = s.parse().ok()?;
        let date = match s.len() {
            8 => NaiveDate::from_ymd_opt((n / 10_000) as i32, (n / 100 % 100) as u32, (n % 100) as u32),
            10 => {
                chrono::DateTime::from_timestamp(n, 0).map(|t| (t + chrono::Duration::hours(8)).date_naive())
            }
            13 => chrono::DateTime::from_timestamp_millis(n)
                .map(|t| (t + chrono::Duration::hours(8)).date_naive()),
            _ => None,
        };
        return date.filter(|d| (2000..=2100).contains(&d.year()));
    }
    // The date part: up to a space or "T" that starts a time.
    let date = s.split([' ', 'T']).next()?;
    let nums: Vec<&str> = date.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).collect();
    let [a, b, c] = nums.as_slice() else {
        return None;
    };
    let (a, b, c): (i32, u32, u32) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
    let d = if a >= 1000 {
        NaiveDate::from_ymd_opt(a, b, c)
    } else if c >= 1000 {
        // Month first (3/2/2026), as Slack and US sheets write it.
        NaiveDate::from_ymd_opt(c as i32, a as u32, b)
    } else {
        None
    }?;
    (2000..=2100).contains(&d.year()).then_some(d)
}

/// Why a row was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skip {
    /// No date this reader knows in the date column.
    NoDate,
    /// A date, but no number in any matched column.
    NoNumbers,
}

/// What an import read, for the user to check before it is kept.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Days with at least one figure.
    pub days: usize,
    /// Rows left out, by their line in the table (1 = the header line).
    pub skipped: Vec<(usize, Skip)>,
    /// Rows of a date already seen, added to it (one row per group, as the
    /// WeCom API gives them).
    pub merged: usize,
    /// Days between the first and the last with no row.
    pub gaps: usize,
    /// Leavers derived from members and joins (WeCom gives no leavers).
    pub derived_left: bool,
    /// Running totals turned into daily figures, by series.
    pub unrolled: Vec<Series>,
}

/// Turns the rows into daily series by `mapping`. Several rows of one date
/// (one per group) are added up. Running totals become daily figures.
/// Without a leavers column, leavers are derived where members and joins
/// are both known: yesterday's members + today's joins − today's members.
pub fn build(table: &Table, mapping: &Mapping) -> Result<(Actuals, Report), ImportError> {
    let date_col = mapping.columns.iter().position(|c| *c == Column::Date).ok_or(ImportError::NoDate)?;
    let series: Vec<(usize, Series)> = mapping
        .columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Column::Series(s) => Some((i, *s)),
            _ => None,
        })
        .collect();
    if series.is_empty() {
        return Err(ImportError::NoSeries);
    }
    let mut report = Report::default();
    let mut dated: Vec<(NaiveDate, Vec<(Series, f64)>)> = Vec::new();
    for (k, row) in table.rows.iter().enumerate() {
        let line = k + 2;
        let Some(date) = row.get(date_col).and_then(|c| parse_date(c)) else {
            report.skipped.push((line, Skip::NoDate));
            continue;
        };
        let values: Vec<(Series, f64)> = series
            .iter()
            .filter_map(|(i, s)| row.get(*i).and_then(|c| parse_number(c)).map(|v| (*s, v)))
            .collect();
        if values.is_empty() {
            report.skipped.push((line, Skip::NoNumbers));
            continue;
        }
        dated.push((date, values));
    }
    let (Some(from), Some(to)) = (dated.iter().map(|d| d.0).min(), dated.iter().map(|d| d.0).max()) else {
        return Err(ImportError::NoDatedRows);
    };
    let span = (to - from).num_days();
    if span >= MAX_DAYS as i64 {
        return Err(ImportError::TooLong { days: span + 1 });
    }
    let days = span as usize + 1;
    let mut out = Actuals { from: Some(from), ..Actuals::default() };
    let mut seen = vec![false; days];
    dated.sort_by_key(|d| d.0);
    for (date, values) in &dated {
        let t = (*date - from).num_days() as usize;
        if seen[t] {
            report.merged += 1;
        }
        for (s, v) in values {
            let slot = out.series_mut(*s, days);
            let v = v.round() as u64;
            slot[t] = Some(match slot[t] {
                Some(old) if seen[t] => old.saturating_add(v),
                _ => v,
            });
        }
        seen[t] = true;
    }
    // Running totals become each day's figure (the first day's total stays,
    // as it counts the days before the table too).
    for (i, s) in &series {
        if mapping.cumulative.get(*i).copied().unwrap_or(false) && s.is_daily_count() {
            let v = out.series_mut(*s, days);
            let mut last: Option<u64> = None;
            for slot in v.iter_mut() {
                if let Some(total) = *slot {
                    *slot = Some(last.map_or(total, |l| total.saturating_sub(l)));
                    last = Some(total);
                }
            }
            report.unrolled.push(*s);
        }
    }
    if !out.has(Series::Left) && out.has(Series::Members) && out.has(Series::Joined) {
        let members = out.get(Series::Members).to_vec();
        let joined = out.get(Series::Joined).to_vec();
        let left = out.series_mut(Series::Left, days);
        for t in 1..days {
            if let (Some(before), Some(now), Some(j)) = (members[t - 1], members[t], joined[t]) {
                left[t] = Some((before + j).saturating_sub(now));
            }
        }
        out.derived_left = true;
        report.derived_left = true;
    }
    out.sanitize();
    report.from = Some(from);
    report.to = Some(to);
    report.days = seen.iter().filter(|s| **s).count();
    report.gaps = days - report.days;
    Ok((out, report))
}
