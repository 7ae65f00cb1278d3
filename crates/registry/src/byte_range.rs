//! HTTP-style byte ranges over a blob of known size (`bytes=first-last`, last inclusive). Pure.

/// A requested range: `first_byte` onwards, up to and including `last_byte` when given, as in
/// HTTP's `Range: bytes=first-last`. Suffix ranges (`bytes=-500`) are the API layer's to
/// translate, since it can `stat` the blob first and a blob's size never changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByteRange {
    pub first_byte: u64,
    pub last_byte: Option<u64>,
}

/// A range clamped to the blob: where to start reading and how many bytes to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResolvedRange {
    pub start: u64,
    pub length: u64,
}

/// The range does not overlap the blob; HTTP answers 416 with `Content-Range: bytes */<size>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the requested range does not overlap the blob of {blob_size} bytes")]
pub struct RangeNotSatisfiable {
    pub blob_size: u64,
}

impl ByteRange {
    /// Clamps the range to a blob of `blob_size` bytes. As in RFC 9110, a last byte past the end
    /// is clamped to the end, while a first byte past the end, or after the last byte, is refused.
    pub fn resolve(self, blob_size: u64) -> Result<ResolvedRange, RangeNotSatisfiable> {
        let refused = RangeNotSatisfiable { blob_size };
        if self.first_byte >= blob_size {
            return Err(refused);
        }
        let last_byte = self.last_byte.unwrap_or(u64::MAX).min(blob_size - 1);
        if last_byte < self.first_byte {
            return Err(refused);
        }
        Ok(ResolvedRange { start: self.first_byte, length: last_byte - self.first_byte + 1 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(first_byte: u64, last_byte: Option<u64>, blob_size: u64, expected: Option<(u64, u64)>) {
        let resolved = ByteRange { first_byte, last_byte }.resolve(blob_size);
        let expected = expected.map(|(start, length)| ResolvedRange { start, length }).ok_or(RangeNotSatisfiable { blob_size });
        assert_eq!(resolved, expected, "bytes={first_byte}-{last_byte:?} of {blob_size}");
    }

    #[test]
    fn resolves_ranges_like_http() {
        check(0, None, 10, Some((0, 10)));
        check(3, None, 10, Some((3, 7)));
        check(3, Some(5), 10, Some((3, 3)));
        check(9, Some(9), 10, Some((9, 1)));
        check(3, Some(100), 10, Some((3, 7)));
        check(10, None, 10, None);
        check(11, Some(20), 10, None);
        check(5, Some(4), 10, None);
        check(0, None, 0, None);
    }
}
