use qunce_core::examples::Example;
use qunce_core::i18n::Lang;
use qunce_core::summary::summarize;
fn main() {
    let today = qunce_core::domain::canvas::parse_ymd("2026-12-04").unwrap();
    for e in Example::ALL {
        let p = e.plan(qunce_core::domain::PlanId::parse("p-abc").unwrap(), Lang::En, 0, today);
        let t = std::time::Instant::now();
        for _ in 0..10 {
            let _ = summarize(&p, Lang::En, today, 300);
        }
        println!(
            "{:?} {:.1} ms horizon {} {}",
            e.title(),
            t.elapsed().as_secs_f64() * 100.0,
            p.simulation.horizon(),
            p.channels.horizon()
        );
    }
}
