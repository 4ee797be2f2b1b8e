//! What the benchmarks share for timing: the fastest of a few runs, in milliseconds. Each bench includes
//! it with `#[path = "support/timing.rs"] mod timing;` (a bench is its own crate).

use std::time::{Duration, Instant};

/// The fastest of `runs` runs: a busy machine only ever adds time, so the fastest is the steadiest figure
/// from one run of the benchmark to the next, for the work and its baseline alike.
pub fn fastest(runs: usize, mut work: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// A duration in milliseconds.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
