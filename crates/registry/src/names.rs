//! Repository names, tags and manifest references, validated against the OCI Distribution
//! spec's grammar before they reach the store. Pure, no I/O.
//!
//! The grammar only admits `a-z 0-9 . _ - /` in names and `A-Z a-z 0-9 . _ -` in tags, so `#`
//! never occurs in either: the store layout (`keys`) uses it to end a name inside a key.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use regex::Regex;

use crate::digest::Digest;

/// The spec's `<name>`: path components of lower-case alphanumerics joined by `.`, `_`, `__` or
/// runs of `-`, separated by `/`.
static NAME_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$").expect("the name pattern compiles")
});

/// The spec's `<reference>` as a tag.
static TAG_PATTERN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$").expect("the tag pattern compiles"));

/// ECR's limits on a repository name (2 to 256 characters); the OCI grammar alone allows one.
pub const REPOSITORY_NAME_MIN_LENGTH: usize = 2;
pub const REPOSITORY_NAME_MAX_LENGTH: usize = 256;

/// A repository name that matches the spec's grammar and ECR's length limits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RepositoryName(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error(
        "repository name {0:?} is invalid: it must be {REPOSITORY_NAME_MIN_LENGTH} to {REPOSITORY_NAME_MAX_LENGTH} characters of \
         lower-case letters and digits, separated by '.', '_', '__', '-' or '/'"
    )]
    InvalidName(String),
    #[error("tag {0:?} is invalid: it must be 1 to 128 characters of letters, digits, '_', '.' and '-', and not start with '.' or '-'")]
    InvalidTag(String),
}

impl RepositoryName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for RepositoryName {
    type Err = NameError;

    fn from_str(text: &str) -> Result<RepositoryName, NameError> {
        let length_ok = (REPOSITORY_NAME_MIN_LENGTH..=REPOSITORY_NAME_MAX_LENGTH).contains(&text.len());
        if length_ok && NAME_PATTERN.is_match(text) {
            Ok(RepositoryName(text.to_owned()))
        } else {
            Err(NameError::InvalidName(text.to_owned()))
        }
    }
}

impl fmt::Display for RepositoryName {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

/// A tag that matches the spec's grammar.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(String);

impl Tag {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Tag {
    type Err = NameError;

    fn from_str(text: &str) -> Result<Tag, NameError> {
        if TAG_PATTERN.is_match(text) { Ok(Tag(text.to_owned())) } else { Err(NameError::InvalidTag(text.to_owned())) }
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

/// What `/v2/<name>/manifests/<reference>` names: a tag or a digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    Tag(Tag),
    Digest(Digest),
}

/// Why a reference is neither a valid tag nor a valid digest; the two answer different codes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceError {
    #[error(transparent)]
    Tag(NameError),
    #[error("invalid digest: {0}")]
    Digest(crate::digest::DigestParseError),
}

impl FromStr for Reference {
    type Err = ReferenceError;

    /// A `:` cannot occur in a tag, so a reference with one is a digest.
    fn from_str(text: &str) -> Result<Reference, ReferenceError> {
        if text.contains(':') {
            text.parse().map(Reference::Digest).map_err(ReferenceError::Digest)
        } else {
            text.parse().map(Reference::Tag).map_err(ReferenceError::Tag)
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reference::Tag(tag) => tag.fmt(formatter),
            Reference::Digest(digest) => digest.fmt(formatter),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_spec_grammar() {
        for valid in ["ab", "library/busybox", "a.b_c__d---e/f0", "my-team/web/api", "0a"] {
            assert!(valid.parse::<RepositoryName>().is_ok(), "{valid}");
        }
        let too_long = "a".repeat(257);
        for invalid in ["", "a", "Ab", "a//b", "/ab", "ab/", "a___b", "a..b", "-ab", "ab-", "a b", "a#b", "a:b", "../ab", too_long.as_str()]
        {
            assert!(invalid.parse::<RepositoryName>().is_err(), "{invalid}");
        }
    }

    #[test]
    fn tags_follow_the_spec_grammar() {
        let longest = "a".repeat(128);
        for valid in ["latest", "v1.2.3", "_x", "A-b_c.d", longest.as_str()] {
            assert!(valid.parse::<Tag>().is_ok(), "{valid}");
        }
        let too_long = "a".repeat(129);
        for invalid in ["", ".a", "-a", "a/b", "a:b", "a#b", "a b", too_long.as_str()] {
            assert!(invalid.parse::<Tag>().is_err(), "{invalid}");
        }
    }

    #[test]
    fn references_are_tags_or_digests() {
        assert!(matches!("latest".parse::<Reference>(), Ok(Reference::Tag(_))));
        let digest = format!("sha256:{}", "a".repeat(64));
        assert!(matches!(digest.parse::<Reference>(), Ok(Reference::Digest(_))));
        assert!(matches!("sha256:zz".parse::<Reference>(), Err(ReferenceError::Digest(_))));
        assert!(matches!("-bad".parse::<Reference>(), Err(ReferenceError::Tag(_))));
    }
}
