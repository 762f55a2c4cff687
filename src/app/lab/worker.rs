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

/// Where trunk puts the worker's loader (`data-loader-shim`).
/// Relative, so it resolves from the `<base>` the app is hosted under.
const LOADER: &str = "lab_worker_loader.js";

/// A running worker; [`LabWorker::stop`] or dropping it stops it. Requests wait in
/// `pending` until the worker says it listens.
pub struct LabWorker {
    worker: Worker,
    pending: Rc<RefCell<Option<Vec<Vec<u8>>>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl LabWorker {
    /// Starts the worker; `on_answer` gets each answer, `on_crash` a message if it dies.
    pub fn start(
        on_answer: impl Fn(FromWorker) + 'static,
        on_crash: impl Fn(String) + 'static,
    ) -> Result<LabWorker, String> {
        let worker = Worker::new(LOADER).map_err(|e| format!("{e:?}"))?;
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
