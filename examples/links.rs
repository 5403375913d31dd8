//! Share-link length and QR code of every example plan (the templates), in
//! both languages, plus how long encoding, decoding and drawing the QR code
//! take natively. Run with `cargo run --release --example links` (part of
//! `make bench`). The page address is taken as a typical GitHub Pages
//! project URL, since it is part of the link and of the QR code.

use std::time::Instant;

use qunce::domain::{Plan, PlanId};
use qunce::examples::Example;
use qunce::i18n::Lang;
use qunce::persist::link::{decode_link, encode_link};
use qunce::qr::qr;

const BASE: &str = "https://example.github.io/qunce/";

fn plan(ex: Example, lang: Lang) -> Plan {
    let start = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
    let id = PlanId::parse("mi4k2x0a7b3c9d1e").expect("valid id");
    let mut plan = Plan::new(id, lang.t(ex.title()), 1_796_225_600_000);
    plan.positioning = ex.canvas(lang);
    plan.channels = ex.channels(lang, start).unwrap_or_default();
    plan.tiers = ex.tiers(lang).unwrap_or_default();
    plan.simulation = ex.simulation().unwrap_or_default();
    plan
}

fn median_ms(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..31)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    println!("share links ({BASE} + fragment) and QR codes of every template");
    println!(
        "{:<34} {:>5} {:>8} {:>10} {:>9} {:>9} {:>9}",
        "template", "lang", "chars", "QR", "encode ms", "decode ms", "QR ms"
    );
    for ex in Example::ALL {
        for lang in [Lang::Zh, Lang::En] {
            let p = plan(ex, lang);
            let link = format!("{BASE}{}", encode_link(&p));
            let code = qr(&link);
            let qr_text = code
                .map(|c| format!("v{} {}{}", c.version, c.size, c.ecc))
                .unwrap_or_else(|| String::from("too long"));
            let encode = median_ms(|| drop(encode_link(&p)));
            let decode = median_ms(|| drop(decode_link(&link)));
            let draw = median_ms(|| drop(qr(&link)));
            println!(
                "{:<34} {:>5} {:>8} {:>10} {:>9.2} {:>9.2} {:>9.2}",
                Lang::En.t(ex.title()),
                lang.code(),
                link.chars().count(),
                qr_text,
                encode,
                decode,
                draw
            );
        }
    }
}
