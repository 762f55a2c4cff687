//! Reusable scratch buffers for the kernels (im2col columns, packed GEMM panels).
//!
//! Allocating and freeing a fresh buffer on every call makes the allocator hand
//! memory back to the system and fault it in again, which costs more than the
//! arithmetic of a small convolution. A few buffers are kept per thread instead.

use std::cell::RefCell;

/// Buffers kept for reuse, and the largest one kept (4 Mi f32 = 16 MiB).
const KEEP: usize = 4;
const KEEP_MAX_LEN: usize = 4 << 20;

thread_local! {
    static FREE: RefCell<Vec<Vec<f32>>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` on a buffer of `len` floats, reusing an earlier buffer when one is free.
/// The contents are left from earlier use (zero where the buffer grew): callers
/// write every element before reading it, so no time goes to clearing.
pub fn with_buffer<R>(len: usize, f: impl FnOnce(&mut [f32]) -> R) -> R {
    let mut buf = FREE
        .with(|free| free.borrow_mut().pop())
        .unwrap_or_default();
    buf.resize(len, 0.0);
    let out = f(&mut buf);
    if buf.capacity() <= KEEP_MAX_LEN {
        FREE.with(|free| {
            let mut free = free.borrow_mut();
            if free.len() < KEEP {
                free.push(buf);
            }
        });
    }
    out
}
