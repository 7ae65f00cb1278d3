//! Content digests (`sha256:<hex>`, `sha512:<hex>`): parsing, display and hashing. Pure, no I/O.

use std::fmt;
use std::str::FromStr;

use sha2::{Digest as _, Sha256, Sha512};

/// The hash functions the OCI image spec registers. Others (`blake3`) are refused rather than
/// stored unverified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DigestAlgorithm {
    Sha256,
    Sha512,
}

impl DigestAlgorithm {
    /// The name used in digests and as the directory name under `blobs/`.
    pub fn name(self) -> &'static str {
        match self {
            DigestAlgorithm::Sha256 => "sha256",
            DigestAlgorithm::Sha512 => "sha512",
        }
    }

    /// Length of the encoded (hex) part of a digest of this algorithm.
    pub fn hex_length(self) -> usize {
        match self {
            DigestAlgorithm::Sha256 => 64,
            DigestAlgorithm::Sha512 => 128,
        }
    }

    fn from_name(name: &str) -> Option<DigestAlgorithm> {
        match name {
            "sha256" => Some(DigestAlgorithm::Sha256),
            "sha512" => Some(DigestAlgorithm::Sha512),
            _ => None,
        }
    }
}

impl fmt::Display for DigestAlgorithm {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.name())
    }
}

/// Why a string is not a digest this registry accepts. The API layer answers all of them with
/// `DIGEST_INVALID`; the variants exist for the message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DigestParseError {
    #[error("a digest has the form <algorithm>:<hex>, and this one has no ':'")]
    MissingSeparator,
    #[error("unsupported digest algorithm {0:?}; supported are sha256 and sha512")]
    UnsupportedAlgorithm(String),
    #[error("a {algorithm} digest has {expected} hex characters, this one has {actual}")]
    WrongLength { algorithm: DigestAlgorithm, expected: usize, actual: usize },
    /// Upper-case hex is refused too: the spec's grammar for sha256/sha512 is `[a-f0-9]`, and one
    /// spelling per blob keeps one file per blob.
    #[error("a digest's hex part may only contain 0-9 and a-f")]
    InvalidHexCharacter,
}

/// A validated digest. Its hex part is lower-case and of the algorithm's length, which is what
/// makes it safe to use as a file name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digest {
    algorithm: DigestAlgorithm,
    hex: String,
}

impl Digest {
    pub fn algorithm(&self) -> DigestAlgorithm {
        self.algorithm
    }

    /// The encoded part, after the `:`.
    pub fn hex(&self) -> &str {
        &self.hex
    }

    /// The digest of `bytes`, for callers that have the whole content at hand (manifests, tests).
    pub fn of_bytes(algorithm: DigestAlgorithm, bytes: &[u8]) -> Digest {
        let mut hasher = DigestHasher::new(algorithm);
        hasher.update(bytes);
        hasher.finalize()
    }
}

impl FromStr for Digest {
    type Err = DigestParseError;

    fn from_str(text: &str) -> Result<Digest, DigestParseError> {
        let (algorithm_name, hex) = text.split_once(':').ok_or(DigestParseError::MissingSeparator)?;
        let algorithm =
            DigestAlgorithm::from_name(algorithm_name).ok_or_else(|| DigestParseError::UnsupportedAlgorithm(algorithm_name.to_owned()))?;
        if hex.len() != algorithm.hex_length() {
            return Err(DigestParseError::WrongLength { algorithm, expected: algorithm.hex_length(), actual: hex.len() });
        }
        if !hex.bytes().all(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(DigestParseError::InvalidHexCharacter);
        }
        Ok(Digest { algorithm, hex: hex.to_owned() })
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}:{}", self.algorithm, self.hex)
    }
}

/// A running hash of either algorithm, so callers can hash a stream without matching on it.
#[derive(Clone)]
pub enum DigestHasher {
    Sha256(Sha256),
    Sha512(Sha512),
}

impl fmt::Debug for DigestHasher {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "DigestHasher({})", self.algorithm())
    }
}

impl DigestHasher {
    pub fn new(algorithm: DigestAlgorithm) -> DigestHasher {
        match algorithm {
            DigestAlgorithm::Sha256 => DigestHasher::Sha256(Sha256::new()),
            DigestAlgorithm::Sha512 => DigestHasher::Sha512(Sha512::new()),
        }
    }

    pub fn algorithm(&self) -> DigestAlgorithm {
        match self {
            DigestHasher::Sha256(_) => DigestAlgorithm::Sha256,
            DigestHasher::Sha512(_) => DigestAlgorithm::Sha512,
        }
    }

    pub fn update(&mut self, bytes: &[u8]) {
        match self {
            DigestHasher::Sha256(hasher) => hasher.update(bytes),
            DigestHasher::Sha512(hasher) => hasher.update(bytes),
        }
    }

    pub fn finalize(self) -> Digest {
        let (algorithm, hex) = match self {
            DigestHasher::Sha256(hasher) => (DigestAlgorithm::Sha256, hex::encode(hasher.finalize())),
            DigestHasher::Sha512(hasher) => (DigestAlgorithm::Sha512, hex::encode(hasher.finalize())),
        };
        Digest { algorithm, hex }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<(DigestAlgorithm, &str), DigestParseError>) {
        let parsed = input.parse::<Digest>();
        match (&parsed, &expected) {
            (Ok(digest), Ok((algorithm, hex))) => {
                assert_eq!(digest.algorithm(), *algorithm, "{input}");
                assert_eq!(digest.hex(), *hex, "{input}");
                assert_eq!(digest.to_string(), input, "display must give back the parsed text");
            }
            (Err(error), Err(expected_error)) => assert_eq!(error, expected_error, "{input}"),
            _ => panic!("{input}: parsed {parsed:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn parses_valid_digests_and_refuses_the_rest() {
        let hex64 = "a".repeat(64);
        let hex128 = "0123456789abcdef".repeat(8);
        check(&format!("sha256:{hex64}"), Ok((DigestAlgorithm::Sha256, &hex64)));
        check(&format!("sha512:{hex128}"), Ok((DigestAlgorithm::Sha512, &hex128)));
        check("sha256", Err(DigestParseError::MissingSeparator));
        check("", Err(DigestParseError::MissingSeparator));
        check(&format!("md5:{hex64}"), Err(DigestParseError::UnsupportedAlgorithm("md5".into())));
        check(&format!("SHA256:{hex64}"), Err(DigestParseError::UnsupportedAlgorithm("SHA256".into())));
        check("sha256:abc", Err(DigestParseError::WrongLength { algorithm: DigestAlgorithm::Sha256, expected: 64, actual: 3 }));
        check(
            &format!("sha512:{hex64}"),
            Err(DigestParseError::WrongLength { algorithm: DigestAlgorithm::Sha512, expected: 128, actual: 64 }),
        );
        check(&format!("sha256:{}", "A".repeat(64)), Err(DigestParseError::InvalidHexCharacter));
        check(&format!("sha256:{}", "g".repeat(64)), Err(DigestParseError::InvalidHexCharacter));
        check(&format!("sha256:../{}", "a".repeat(61)), Err(DigestParseError::InvalidHexCharacter));
    }

    #[test]
    fn hashes_known_vectors() {
        // The digests of the empty string, as every registry knows them.
        assert_eq!(
            Digest::of_bytes(DigestAlgorithm::Sha256, b"").to_string(),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            Digest::of_bytes(DigestAlgorithm::Sha512, b"").to_string(),
            "sha512:cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
    }

    #[test]
    fn hashing_in_pieces_equals_hashing_at_once() {
        let mut hasher = DigestHasher::new(DigestAlgorithm::Sha512);
        hasher.update(b"hello ");
        hasher.update(b"world");
        assert_eq!(hasher.finalize(), Digest::of_bytes(DigestAlgorithm::Sha512, b"hello world"));
    }
}
