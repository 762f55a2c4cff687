//! The weights file of a trained network: small, versioned, validated on load.
//!
//! Layout (all integers u32 little-endian, values f32 little-endian):
//! `b"CAWT"`, version (1), the model name's length and UTF-8 bytes, the number of
//! buffers, then each buffer's length followed by its values. The buffers are
//! [`LayerParams::state`](crate::run::exec::LayerParams::state) in order: every conv and
//! linear weight and bias, every batch norm's weight, bias, running mean and variance.

use crate::error::{Error, Result};
use crate::run::exec::Network;

const MAGIC: &[u8; 4] = b"CAWT";
/// The only version this build reads and writes.
pub const VERSION: u32 = 1;
/// Longest model name stored.
const MAX_NAME: usize = 128;

/// `net`'s state as a weights file.
pub fn save(net: &Network) -> Vec<u8> {
    let name = net.model.name.as_bytes();
    let state = net.params.state();
    let values: usize = state.iter().map(|b| b.len()).sum();
    let mut out = Vec::with_capacity(16 + name.len() + 4 * (state.len() + values));
    out.extend_from_slice(MAGIC);
    push_u32(&mut out, VERSION);
    push_u32(&mut out, name.len().min(MAX_NAME) as u32);
    out.extend_from_slice(&name[..name.len().min(MAX_NAME)]);
    push_u32(&mut out, state.len() as u32);
    for buffer in state {
        push_u32(&mut out, buffer.len() as u32);
        for v in buffer {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    out
}

fn push_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Loads `bytes` into `net`, replacing its state, after checking everything: the magic
/// and version, that the file was saved for this model, every buffer's length, that
/// every value is finite and that nothing follows. On error `net` is unchanged.
pub fn load(net: &mut Network, bytes: &[u8]) -> Result<()> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != MAGIC {
        return Err(bad("it is not a ConvAtlas weights file (no CAWT header)"));
    }
    let version = r.u32()?;
    if version != VERSION {
        return Err(bad(format!(
            "it is version {version}; this build reads version {VERSION}"
        )));
    }
    let name_len = r.u32()? as usize;
    if name_len > MAX_NAME {
        return Err(bad(format!("its model name is {name_len} bytes long")));
    }
    let name = String::from_utf8_lossy(r.take(name_len)?).into_owned();
    if name != net.model.name {
        return Err(bad(format!(
            "it holds weights for '{name}', not for '{}'",
            net.model.name
        )));
    }
    let mut state = net.params.state_mut();
    let count = r.u32()? as usize;
    if count != state.len() {
        return Err(bad(format!(
            "it has {count} buffers; '{name}' has {}",
            state.len()
        )));
    }
    let mut values = Vec::with_capacity(count);
    for (i, buffer) in state.iter().enumerate() {
        let len = r.u32()? as usize;
        if len != buffer.len() {
            return Err(bad(format!(
                "buffer {i} has {len} values; '{name}' needs {}",
                buffer.len()
            )));
        }
        let raw = r.take(len * 4)?;
        let v: Vec<f32> = raw
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        if let Some(j) = v.iter().position(|x| !x.is_finite()) {
            return Err(bad(format!("value {j} of buffer {i} is {}", v[j])));
        }
        values.push(v);
    }
    if r.at != bytes.len() {
        return Err(bad(format!(
            "{} bytes follow the last buffer",
            bytes.len() - r.at
        )));
    }
    for (dst, src) in state.iter_mut().zip(values) {
        dst.copy_from_slice(&src);
    }
    Ok(())
}

fn bad(problem: impl Into<String>) -> Error {
    Error::param(
        "weights file",
        problem,
        format!("a file written by 'convatlas train' for this model (format version {VERSION})"),
    )
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| {
            bad(format!(
                "it is truncated: {} bytes, {} more needed at byte {}",
                self.bytes.len(),
                self.at + n - self.bytes.len(),
                self.at
            ))
        })?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}
