//! The page's side of the lab's Web Worker: start it, send it requests (bytes, see
//! [`crate::lab::wire`]), and turn its answers into the page's signals. The worker and its files load only here.

use crate::lab::session::{FromWorker, ToWorker};
use crate::lab::wire::{decode, encode};
use js_sys::Uint8Array;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// Where trunk puts the worker's loader (`data-loader-shim`), and where the post-build hook
/// puts the loader of the same worker built with relaxed SIMD (scripts/relaxed-worker.sh).
/// Relative, so they resolve from the `<base>` the app is hosted under.
const LOADER: &str = "lab_worker_loader.js";
const RELAXED_LOADER: &str = "lab_worker_relaxed_loader.js";

/// The smallest module with a relaxed-SIMD instruction: one function of type `[] -> [v128]`
/// whose body is three `v128.const 0` and `f32x4.relaxed_madd` (opcode 0xfd 0x105, LEB128
/// `85 02`). A browser validates it only if it has relaxed SIMD.
const RELAXED_PROBE: [u8; 82] = {
    let head = [
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
        0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // types: [] -> [v128]
        0x03, 0x02, 0x01, 0x00, // functions: one, of type 0
        0x0a, 0x3d, 0x01, 0x3b, 0x00, // code: one body of 59 bytes, no locals
    ];
    let mut m = [0u8; 82];
    let mut i = 0;
    while i < head.len() {
        m[i] = head[i];
        i += 1;
    }
    // Three `v128.const` (0xfd 0x0c and 16 zero bytes), then the multiply-add and `end`.
    let mut c = 0;
    while c < 3 {
        m[head.len() + 18 * c] = 0xfd;
        m[head.len() + 18 * c + 1] = 0x0c;
        c += 1;
    }
    m[78] = 0xfd;
    m[79] = 0x85;
    m[80] = 0x02;
    m[81] = 0x0b;
    m
};

/// Whether this browser has relaxed SIMD (it validates [`RELAXED_PROBE`]).
pub fn has_relaxed_simd() -> bool {
    let bytes = Uint8Array::from(&RELAXED_PROBE[..]);
    js_sys::WebAssembly::validate(&bytes).unwrap_or(false)
}

/// A running worker; [`LabWorker::stop`] or dropping it stops it. Requests wait in
/// `pending` until the worker says it listens.
pub struct LabWorker {
    worker: Worker,
    pending: Rc<RefCell<Option<Vec<Vec<u8>>>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl LabWorker {
    /// Starts the worker, its relaxed-SIMD build if `relaxed`; `on_answer` gets each
    /// answer, `on_crash` a message if it dies.
    pub fn start(
        relaxed: bool,
        on_answer: impl Fn(FromWorker) + 'static,
        on_crash: impl Fn(String) + 'static,
    ) -> Result<LabWorker, String> {
        let loader = if relaxed { RELAXED_LOADER } else { LOADER };
        let worker = Worker::new(loader).map_err(|e| format!("{e:?}"))?;
        let pending = Rc::new(RefCell::new(Some(Vec::<Vec<u8>>::new())));
        let (queue, target) = (pending.clone(), worker.clone());
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let answer = e
                .data()
                .dyn_ref::<Uint8Array>()
                .and_then(|bytes| decode::<FromWorker>(&bytes.to_vec()).ok());
            match answer {
                Some(FromWorker::Started) => {
                    for bytes in queue.borrow_mut().take().unwrap_or_default() {
                        let _ = target.post_message(&Uint8Array::from(bytes.as_slice()));
                    }
                }
                Some(a) => on_answer(a),
                None => {}
            }
        });
        let on_error =
            Closure::<dyn FnMut(ErrorEvent)>::new(move |e: ErrorEvent| on_crash(e.message()));
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(LabWorker {
            worker,
            pending,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    pub fn send(&self, msg: &ToWorker) {
        let bytes = encode(msg);
        match self.pending.borrow_mut().as_mut() {
            Some(waiting) => waiting.push(bytes),
            None => {
                let _ = self
                    .worker
                    .post_message(&Uint8Array::from(bytes.as_slice()));
            }
        }
    }

    /// Stops the worker at once, mid-epoch if need be, and stops listening to it (an
    /// answer already on its way must not reach a handler that is being dropped).
    pub fn stop(&self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

impl Drop for LabWorker {
    /// The page that owned it is gone (or a new worker replaces it): its handlers are about
    /// to be dropped, so the worker must not call them again.
    fn drop(&mut self) {
        self.stop();
    }
}

/// The lab's worker, kept on the page's thread.
pub type WorkerSlot = StoredValue<Option<LabWorker>, LocalStorage>;
