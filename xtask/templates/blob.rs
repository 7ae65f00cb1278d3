//! Template copied into a generated shape module whose model has `blob` shapes: binary data as the
//! AWS JSON protocols carry it. `cargo xtask codegen` drops these first `//!` lines; xtask's tests
//! compile the rest as it is.

/// Binary data, carried in JSON as a base64 string (standard alphabet, padded).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Blob(pub Vec<u8>);

impl serde::Serialize for Blob {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&blob_base64::encode(&self.0))
    }
}

impl<'de> serde::Deserialize<'de> for Blob {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <String as serde::Deserialize>::deserialize(deserializer)?;
        blob_base64::decode(&text).map(Blob).ok_or_else(|| <D::Error as serde::de::Error>::custom("the string is not valid base64"))
    }
}

mod blob_base64 {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    pub fn encode(bytes: &[u8]) -> String {
        let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let group = (u32::from(chunk[0]) << 16)
                | (u32::from(chunk.get(1).copied().unwrap_or(0)) << 8)
                | u32::from(chunk.get(2).copied().unwrap_or(0));
            for position in 0..4 {
                if position <= chunk.len() {
                    let index = (group >> (18 - 6 * position)) & 0x3f;
                    text.push(char::from(ALPHABET[index as usize]));
                } else {
                    text.push('=');
                }
            }
        }
        text
    }

    /// Decodes padded standard base64; `None` for anything else.
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let bytes = text.as_bytes();
        if !bytes.len().is_multiple_of(4) {
            return None;
        }
        let mut decoded = Vec::with_capacity(bytes.len() / 4 * 3);
        for (chunk_index, chunk) in bytes.chunks(4).enumerate() {
            let is_last = chunk_index + 1 == bytes.len() / 4;
            let padding = chunk.iter().rev().take_while(|&&byte| byte == b'=').count();
            if padding > 2 || (padding > 0 && !is_last) {
                return None;
            }
            let mut group = 0u32;
            for &byte in &chunk[..4 - padding] {
                let value = ALPHABET.iter().position(|&letter| letter == byte)?;
                group = (group << 6) | value as u32;
            }
            group <<= 6 * padding as u32;
            let group_bytes = group.to_be_bytes();
            decoded.extend_from_slice(&group_bytes[1..4 - padding]);
        }
        Some(decoded)
    }
}
