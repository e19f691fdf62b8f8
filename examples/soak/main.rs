//! The long soak: `cargo run --release --example soak -- [--steps N] [--seed S]`.
//! Drives the kiosk through N seeded inputs in the iced simulator (see driver.rs) and
//! prints, every 10,000 steps, the heap in use (counted by the allocator itself) and the
//! process's resident memory. After a warm-up and at the end the kiosk is settled into the
//! same state (built-in content, idle reset) and the heap is compared. Exits non-zero if a
//! required screen was never reached or the heap grew by more than 2 MB.

mod driver;

use std::alloc::System;

use cap::Cap;

#[global_allocator]
static HEAP: Cap<System> = Cap::new(System, usize::MAX);

const GROWTH_LIMIT: usize = 2 * 1024 * 1024;

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() {
    let mut steps: u64 = 100_000;
    let mut seed: u64 = 1;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().and_then(|v| v.replace('_', "").parse().ok());
        match (arg.as_str(), value) {
            ("--steps", Some(v)) => steps = v,
            ("--seed", Some(v)) => seed = v,
            _ => {
                eprintln!("usage: soak [--steps N] [--seed S]");
                std::process::exit(2);
            }
        }
    }
    let warm_up = (steps / 10).clamp(1, 10_000);
    let started = std::time::Instant::now();
    let mut soak = driver::Soak::new(seed);
    let mut baseline = None;
    println!("seed {seed}, {steps} steps, warm-up {warm_up}");
    println!("step\tevents\theap_mb\trss_mb\tscreens\tseconds");
    for step in 1..=steps {
        soak.step();
        if step == warm_up {
            soak.settle();
            baseline = Some(HEAP.allocated());
            println!(
                "warm-up done: heap {:.2} MB after settling, rss {:.1} MB",
                mb(HEAP.allocated()),
                rss_kb() as f64 / 1024.0
            );
        }
        if step % 10_000 == 0 || step == steps {
            println!(
                "{step}\t{}\t{:.2}\t{:.1}\t{}\t{:.0}",
                soak.events,
                mb(HEAP.allocated()),
                rss_kb() as f64 / 1024.0,
                soak.reached.len(),
                started.elapsed().as_secs_f64()
            );
        }
    }
    soak.settle();
    let end = HEAP.allocated();
    let growth = end.saturating_sub(baseline.unwrap_or(end));
    let missing = driver::missing(&soak.reached);
    println!(
        "done: {} steps, {} events, {:.0} s; heap after settling {:.2} MB, growth since warm-up {:.3} MB; rss {:.1} MB",
        soak.steps,
        soak.events,
        started.elapsed().as_secs_f64(),
        mb(end),
        mb(growth),
        rss_kb() as f64 / 1024.0
    );
    println!(
        "screens reached ({}): {:?}",
        soak.reached.len(),
        soak.reached
    );
    let mut failed = false;
    if !missing.is_empty() {
        println!("FAILED: never reached {missing:?}");
        failed = true;
    }
    if growth > GROWTH_LIMIT {
        println!("FAILED: the heap grew by {:.3} MB (limit 2 MB)", mb(growth));
        failed = true;
    }
    if failed {
        std::process::exit(1);
    }
    println!("ok");
}
