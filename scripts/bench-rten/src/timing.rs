//! Timing, as in `benches/common`: warm up, double the batch until it takes 20 ms,
//! then the best of five batches, on the CPU time of the calling thread.
//!
//! The clock is `clock_gettime(CLOCK_THREAD_CPUTIME_ID)` rather than the first field
//! of `/proc/thread-self/schedstat` that `benches/common` reads: for a thread that is
//! running, that field is only brought up to date at a scheduler tick or a context
//! switch (steps of up to 4 ms were seen on this machine), which is a fifth of a
//! 20 ms batch.

/// CPU seconds used by the calling thread.
pub fn thread_cpu_s() -> f64 {
    clock_s(libc::CLOCK_THREAD_CPUTIME_ID)
}

/// CPU seconds used by all threads of the process.
pub fn process_cpu_s() -> f64 {
    clock_s(libc::CLOCK_PROCESS_CPUTIME_ID)
}

fn clock_s(clock: libc::clockid_t) -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to fill.
    let rc = unsafe { libc::clock_gettime(clock, &mut t) };
    assert_eq!(rc, 0, "clock_gettime({clock}) failed");
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

/// CPU milliseconds of the calling thread per call of `f`, the best of five batches.
pub fn cpu_time_ms(mut f: impl FnMut()) -> f64 {
    f();
    let mut iters = 1usize;
    loop {
        let t = thread_cpu_s();
        for _ in 0..iters {
            f();
        }
        if thread_cpu_s() - t >= 0.02 || iters >= 1 << 20 {
            break;
        }
        iters *= 2;
    }
    (0..5)
        .map(|_| {
            let t = thread_cpu_s();
            for _ in 0..iters {
                f();
            }
            (thread_cpu_s() - t) * 1e3 / iters as f64
        })
        .fold(f64::INFINITY, f64::min)
}
