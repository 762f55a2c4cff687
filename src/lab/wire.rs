//! The bytes the lab's page and worker exchange: a small binary encoding of
//! [`ToWorker`] and [`FromWorker`], written and read by hand so the page carries no JSON
//! code (serde_json was a sixth of the lab page's wasm; the worker still reads the JSON
//! ablation file and sends it here decoded).
//!
//! Layout: a one-byte tag per message variant, then its fields in order. Integers are
//! little-endian `u64`, floats `f32` bits, strings and lists a `u64` length then the items,
//! options a byte 0 or 1 then the value. Decoding checks every length against the bytes
//! left, so truncated or garbage input gives an error, never a panic or a huge allocation.

use super::ablation::{Ablation, Row};
use super::session::{ErfPair, Filter, FromWorker, LayerProbe, Maps, Prediction, Probe, ToWorker};
use crate::error::{Error, Result};

/// A value that has a wire form.
pub trait Wire: Sized {
    fn put(&self, out: &mut Vec<u8>);
    fn take(input: &mut Reader) -> Result<Self>;
}

/// `value`'s bytes.
pub fn encode<T: Wire>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value.put(&mut out);
    out
}

/// The value in `bytes`, which must hold exactly one.
pub fn decode<T: Wire>(bytes: &[u8]) -> Result<T> {
    let mut input = Reader { bytes, at: 0 };
    let value = T::take(&mut input)?;
    if input.at != bytes.len() {
        return Err(problem(format!(
            "{} bytes left over after the message",
            bytes.len() - input.at
        )));
    }
    Ok(value)
}

fn problem(what: String) -> Error {
    Error::param(
        "lab message",
        what,
        "a message written by this version of the lab",
    )
}

/// Bytes being decoded.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn bytes(&mut self, n: usize) -> Result<&[u8]> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| problem(format!("cut short at byte {}", self.at)))?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8> {
        Ok(self.bytes(1)?[0])
    }

    /// A list length, refused when fewer than `len × item_bytes` bytes are left.
    fn len(&mut self, item_bytes: usize) -> Result<usize> {
        let len = u64::take(self)?;
        let left = (self.bytes.len() - self.at) as u64;
        if len.saturating_mul(item_bytes.max(1) as u64) > left {
            return Err(problem(format!("a list of {len} items in {left} bytes")));
        }
        Ok(len as usize)
    }

    fn tag(&mut self, what: &str) -> Result<u8> {
        self.byte().map_err(|_| problem(format!("no {what} tag")))
    }
}

impl Wire for u64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(input: &mut Reader) -> Result<Self> {
        let mut b = [0; 8];
        b.copy_from_slice(input.bytes(8)?);
        Ok(u64::from_le_bytes(b))
    }
}

impl Wire for usize {
    fn put(&self, out: &mut Vec<u8>) {
        (*self as u64).put(out)
    }
    fn take(input: &mut Reader) -> Result<Self> {
        let v = u64::take(input)?;
        usize::try_from(v).map_err(|_| problem(format!("{v} does not fit this machine")))
    }
}

impl Wire for f32 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(input: &mut Reader) -> Result<Self> {
        let mut b = [0; 4];
        b.copy_from_slice(input.bytes(4)?);
        Ok(f32::from_le_bytes(b))
    }
}

impl Wire for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(*self as u8)
    }
    fn take(input: &mut Reader) -> Result<Self> {
        match input.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            b => Err(problem(format!("{b} is not a yes/no byte"))),
        }
    }
}

impl Wire for String {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        out.extend_from_slice(self.as_bytes());
    }
    fn take(input: &mut Reader) -> Result<Self> {
        let len = input.len(1)?;
        let bytes = input.bytes(len)?.to_vec();
        String::from_utf8(bytes).map_err(|_| problem("text that is not UTF-8".into()))
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        for item in self {
            item.put(out);
        }
    }
    fn take(input: &mut Reader) -> Result<Self> {
        // Every item takes at least one byte, so the length is bounded by what is left.
        let len = input.len(1)?;
        (0..len).map(|_| T::take(input)).collect()
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        self.is_some().put(out);
        if let Some(v) = self {
            v.put(out);
        }
    }
    fn take(input: &mut Reader) -> Result<Self> {
        Ok(if bool::take(input)? {
            Some(T::take(input)?)
        } else {
            None
        })
    }
}

impl<T: Wire + Copy + Default, const N: usize> Wire for [T; N] {
    fn put(&self, out: &mut Vec<u8>) {
        for v in self {
            v.put(out);
        }
    }
    fn take(input: &mut Reader) -> Result<Self> {
        let mut a = [T::default(); N];
        for v in &mut a {
            *v = T::take(input)?;
        }
        Ok(a)
    }
}

impl<T: Wire, E: Wire> Wire for std::result::Result<T, E> {
    fn put(&self, out: &mut Vec<u8>) {
        self.is_ok().put(out);
        match self {
            Ok(v) => v.put(out),
            Err(e) => e.put(out),
        }
    }
    fn take(input: &mut Reader) -> Result<Self> {
        Ok(if bool::take(input)? {
            Ok(T::take(input)?)
        } else {
            Err(E::take(input)?)
        })
    }
}

/// A struct's wire form: its fields in declaration order.
macro_rules! wire_struct {
    ($ty:ident { $($field:ident),+ $(,)? }) => {
        impl Wire for $ty {
            fn put(&self, out: &mut Vec<u8>) {
                $(self.$field.put(out);)+
            }
            fn take(input: &mut Reader) -> Result<Self> {
                Ok($ty { $($field: Wire::take(input)?),+ })
            }
        }
    };
}

wire_struct!(Probe {
    model,
    weights,
    params,
    macs,
    test_accuracy,
    test_images,
    layers
});
wire_struct!(LayerProbe {
    name,
    channels,
    side,
    silent,
    dead,
    correlation,
    filter
});
wire_struct!(Filter {
    inputs,
    kernel,
    weights
});
wire_struct!(ErfPair {
    layer,
    name,
    side,
    field,
    loaded,
    initial,
    loaded_core,
    initial_core
});
wire_struct!(Prediction {
    pixels,
    label,
    index,
    probabilities,
    maps
});
wire_struct!(Maps {
    name,
    channels,
    side,
    values
});
wire_struct!(Row {
    model,
    params,
    macs,
    accuracy
});
wire_struct!(Ablation {
    data,
    epochs,
    seeds,
    rows
});

impl Wire for ToWorker {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            ToWorker::Open { model } => {
                out.push(0);
                model.put(out);
            }
            ToWorker::Predict { pixels } => {
                out.push(1);
                pixels.put(out);
            }
            ToWorker::Sample { index } => {
                out.push(2);
                index.put(out);
            }
            ToWorker::Train {
                model,
                epochs,
                seed,
            } => {
                out.push(3);
                model.put(out);
                epochs.put(out);
                seed.put(out);
            }
            ToWorker::Erf { layer } => {
                out.push(4);
                layer.put(out);
            }
            ToWorker::Pause => out.push(5),
            ToWorker::Resume => out.push(6),
            ToWorker::Ablation => out.push(7),
        }
    }

    fn take(input: &mut Reader) -> Result<Self> {
        Ok(match input.tag("request")? {
            0 => ToWorker::Open {
                model: Wire::take(input)?,
            },
            1 => ToWorker::Predict {
                pixels: Wire::take(input)?,
            },
            2 => ToWorker::Sample {
                index: Wire::take(input)?,
            },
            3 => ToWorker::Train {
                model: Wire::take(input)?,
                epochs: Wire::take(input)?,
                seed: Wire::take(input)?,
            },
            4 => ToWorker::Erf {
                layer: Wire::take(input)?,
            },
            5 => ToWorker::Pause,
            6 => ToWorker::Resume,
            7 => ToWorker::Ablation,
            t => return Err(problem(format!("unknown request tag {t}"))),
        })
    }
}

impl Wire for FromWorker {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            FromWorker::Started => out.push(0),
            FromWorker::Ready(probe) => {
                out.push(1);
                probe.put(out);
            }
            FromWorker::Prediction(p) => {
                out.push(2);
                p.put(out);
            }
            FromWorker::Epoch {
                epoch,
                epochs,
                loss,
                train_accuracy,
                test_accuracy,
            } => {
                out.push(3);
                epoch.put(out);
                epochs.put(out);
                loss.put(out);
                train_accuracy.put(out);
                test_accuracy.put(out);
            }
            FromWorker::Paused => out.push(4),
            FromWorker::Erf(e) => {
                out.push(5);
                e.put(out);
            }
            FromWorker::Failed { message } => {
                out.push(6);
                message.put(out);
            }
            FromWorker::Ablation(a) => {
                out.push(7);
                a.put(out);
            }
        }
    }

    fn take(input: &mut Reader) -> Result<Self> {
        Ok(match input.tag("answer")? {
            0 => FromWorker::Started,
            1 => FromWorker::Ready(Wire::take(input)?),
            2 => FromWorker::Prediction(Wire::take(input)?),
            3 => FromWorker::Epoch {
                epoch: Wire::take(input)?,
                epochs: Wire::take(input)?,
                loss: Wire::take(input)?,
                train_accuracy: Wire::take(input)?,
                test_accuracy: Wire::take(input)?,
            },
            4 => FromWorker::Paused,
            5 => FromWorker::Erf(Wire::take(input)?),
            6 => FromWorker::Failed {
                message: Wire::take(input)?,
            },
            7 => FromWorker::Ablation(Wire::take(input)?),
            t => return Err(problem(format!("unknown answer tag {t}"))),
        })
    }
}
