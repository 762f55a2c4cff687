//! The lab's Web Worker (trunk builds it with `data-type="worker"`; the page starts it
//! only when the lab opens, so none of this is in the first load). It fetches the
//! digits and the weights, answers the page's requests (bytes, see `convatlas::lab::wire`) through
//! [`convatlas::lab::session::Session`] and trains one epoch per task, so pause and new
//! requests are heard between epochs.

#[cfg(target_arch = "wasm32")]
mod worker {
    use convatlas::lab::ablation::parse;
    use convatlas::lab::session::{failed, FromWorker, Session, ToWorker};
    use convatlas::lab::wire::{decode, encode};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::{spawn_local, JsFuture};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Response};

    thread_local! {
        static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
        /// Requests that arrived before the digits did.
        static WAITING: RefCell<Vec<ToWorker>> = const { RefCell::new(Vec::new()) };
    }

    fn scope() -> DedicatedWorkerGlobalScope {
        js_sys::global().unchecked_into()
    }

    fn post(msg: &FromWorker) {
        let bytes = js_sys::Uint8Array::from(encode(msg).as_slice());
        let _ = scope().post_message(&bytes);
    }

    fn fail(message: String) {
        post(&FromWorker::Failed { message });
    }

    async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
        let problem =
            |e: JsValue| format!("cannot fetch {url}: {}", e.as_string().unwrap_or_default());
        let response: Response = JsFuture::from(scope().fetch_with_str(url))
            .await
            .map_err(problem)?
            .unchecked_into();
        if !response.ok() {
            return Err(format!("cannot fetch {url}: HTTP {}", response.status()));
        }
        let buffer = JsFuture::from(response.array_buffer().map_err(problem)?)
            .await
            .map_err(problem)?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    pub fn start() {
        console_error_panic_hook::set_once();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| {
            let Some(bytes) = e.data().dyn_ref::<js_sys::Uint8Array>().map(|b| b.to_vec()) else {
                return fail("the lab's worker takes the lab's messages as bytes".into());
            };
            match decode::<ToWorker>(&bytes) {
                Ok(msg) => receive(msg),
                Err(e) => fail(format!("the lab's worker cannot read this request: {e}")),
            }
        });
        scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        post(&FromWorker::Started);
        spawn_local(async {
            let session = fetch_bytes("data/digits.bin")
                .await
                .and_then(|bytes| Session::new(&bytes).map_err(|e| e.to_string()));
            match session {
                Ok(s) => SESSION.with(|cell| *cell.borrow_mut() = Some(s)),
                Err(e) => return fail(e),
            }
            for msg in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
                receive(msg);
            }
        });
    }

    fn receive(msg: ToWorker) {
        let ready = SESSION.with(|cell| cell.borrow().is_some());
        if !ready {
            return WAITING.with(|w| w.borrow_mut().push(msg));
        }
        match msg {
            ToWorker::Open { model } => spawn_local(async move {
                if !convatlas::zoo::tiny::is_tiny(&model) {
                    return fail(format!("there is no tiny network named '{model}'"));
                }
                match fetch_bytes(&format!("weights/{model}.cawt")).await {
                    Ok(bytes) => {
                        let reply =
                            with_session(|s| s.open(&model, &bytes).unwrap_or_else(|e| failed(&e)));
                        if let Some(r) = reply {
                            post(&r);
                        }
                    }
                    Err(e) => fail(e),
                }
            }),
            ToWorker::Ablation => spawn_local(async {
                let ablation = fetch_bytes("weights/ablation.json")
                    .await
                    .and_then(|bytes| {
                        let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
                        parse(&text).map_err(|e| e.to_string())
                    });
                post(&FromWorker::Ablation(ablation));
            }),
            other => {
                let starts = matches!(other, ToWorker::Train { .. } | ToWorker::Resume);
                if let Some(Some(reply)) = with_session(|s| s.handle(other)) {
                    post(&reply);
                }
                if starts {
                    schedule_epoch();
                }
            }
        }
    }

    fn with_session<T>(f: impl FnOnce(&mut Session) -> T) -> Option<T> {
        SESSION.with(|cell| cell.borrow_mut().as_mut().map(f))
    }

    /// Runs one epoch in a later task, then schedules the next while the run goes on.
    fn schedule_epoch() {
        let next = Closure::once_into_js(|| {
            if with_session(|s| s.training()) != Some(true) {
                return;
            }
            for m in with_session(|s| s.train_step()).unwrap_or_default() {
                post(&m);
            }
            schedule_epoch();
        });
        let _ = scope().set_timeout_with_callback(next.unchecked_ref());
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lab_worker runs only in the browser, as the lab's Web Worker");
    std::process::exit(2);
}
