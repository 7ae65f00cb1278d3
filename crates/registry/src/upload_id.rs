//! Upload ids: random, unguessable, URL-safe, and checked before they become directory names.

use std::fmt;
use std::str::FromStr;

use rand::RngCore;

/// 128 random bits: knowing an upload id is what lets a client write to that upload, so it must
/// not be guessable; hex keeps it URL-safe and path-safe.
const UPLOAD_ID_BYTES: usize = 16;

/// The id of an upload in progress, used in `/v2/<name>/blobs/uploads/<id>` and as its directory.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UploadId(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an upload id is {} lower-case hex characters", UPLOAD_ID_BYTES * 2)]
pub struct UploadIdParseError;

impl UploadId {
    /// A fresh id from the thread-local generator, which is a CSPRNG seeded from the OS.
    pub fn generate() -> UploadId {
        let mut random_bytes = [0u8; UPLOAD_ID_BYTES];
        rand::rng().fill_bytes(&mut random_bytes);
        UploadId(hex::encode(random_bytes))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for UploadId {
    type Err = UploadIdParseError;

    /// Only the exact shape `generate` makes is accepted, so an id from a URL can never be `..`
    /// or contain a `/`.
    fn from_str(text: &str) -> Result<UploadId, UploadIdParseError> {
        let well_formed = text.len() == UPLOAD_ID_BYTES * 2 && text.bytes().all(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f'));
        if well_formed { Ok(UploadId(text.to_owned())) } else { Err(UploadIdParseError) }
    }
}

impl fmt::Display for UploadId {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_parse_back_and_differ() {
        let first = UploadId::generate();
        let second = UploadId::generate();
        assert_ne!(first, second);
        assert_eq!(first.as_str().parse::<UploadId>(), Ok(first.clone()));
    }

    #[test]
    fn refuses_anything_that_could_escape_the_uploads_directory() {
        for text in ["", "..", "../../etc/passwd", &"A".repeat(32), &"a".repeat(31), &"a".repeat(33), &format!("{}/", "a".repeat(31))] {
            assert_eq!(text.parse::<UploadId>(), Err(UploadIdParseError), "{text:?}");
        }
    }
}
