//! The pieces of a SigV4 canonical request that need more than copying: the canonical URI, the
//! canonical query string and trimmed header values.
//!
//! Ferry must reproduce byte for byte what the client's signer computed, so each function follows
//! what the AWS SDKs do for non-S3 services (aws-sigv4's defaults, botocore's `SigV4Auth`), and
//! the tests check it against aws-sigv4 itself.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode, percent_encode};

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - _ . ~`) is percent-encoded.
const ENCODE_ALL_BUT_UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// Path segments keep their separating slashes.
const ENCODE_ALL_BUT_UNRESERVED_AND_SLASH: &AsciiSet = &ENCODE_ALL_BUT_UNRESERVED.remove(b'/');

/// Appends the canonical URI of a raw request path.
///
/// The raw path is normalized (empty, `.` and `..` segments removed, as RFC 3986 section 5.2.4
/// and the SDKs do) and then percent-encoded once more — non-S3 services sign the "double
/// encoded" path, so `/a%20b` is signed as `/a%2520b`.
pub(crate) fn append_canonical_uri(canonical_request: &mut Vec<u8>, raw_path: &str) {
    let normalized = normalize_path(raw_path);
    for encoded in percent_encode(normalized.as_bytes(), ENCODE_ALL_BUT_UNRESERVED_AND_SLASH) {
        canonical_request.extend_from_slice(encoded.as_bytes());
    }
}

fn normalize_path(raw_path: &str) -> Cow<'_, str> {
    if raw_path.is_empty() {
        return Cow::Borrowed("/");
    }
    // The common path has nothing to remove, and must then be signed exactly as received.
    if raw_path.starts_with('/') && !raw_path.contains('.') && !raw_path.contains("//") {
        return Cow::Borrowed(raw_path);
    }
    let mut kept_segments: Vec<&str> = Vec::new();
    for segment in raw_path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                kept_segments.pop();
            }
            segment => kept_segments.push(segment),
        }
    }
    let mut normalized = String::with_capacity(raw_path.len() + 1);
    for segment in &kept_segments {
        normalized.push('/');
        normalized.push_str(segment);
    }
    // A trailing slash (or a trailing dot segment, which stands for a directory) survives.
    let ends_as_directory = ["/", "/.", "/.."].iter().any(|ending| raw_path.ends_with(ending));
    if normalized.is_empty() || ends_as_directory {
        normalized.push('/');
    }
    Cow::Owned(normalized)
}

/// One `name=value` pair of a query string, percent-decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QueryParameter<'a> {
    pub(crate) name: Cow<'a, [u8]>,
    pub(crate) value: Cow<'a, [u8]>,
}

/// Splits a raw query string into decoded pairs. A `+` is a space, as in HTML forms: that is how
/// the SDKs read their own query strings before signing them.
pub(crate) fn decode_query(raw_query: &str) -> Vec<QueryParameter<'_>> {
    raw_query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            QueryParameter { name: decode_query_component(raw_name), value: decode_query_component(raw_value) }
        })
        .collect()
}

fn decode_query_component(raw: &str) -> Cow<'_, [u8]> {
    if raw.contains('+') {
        let with_spaces = raw.replace('+', " ");
        Cow::Owned(percent_decode(with_spaces.as_bytes()).collect())
    } else {
        percent_decode(raw.as_bytes()).into()
    }
}

/// Appends the canonical query string: every pair re-encoded with the unreserved set, sorted by
/// encoded name and then encoded value, joined with `&`; a parameter without a value is `name=`.
/// Pairs named `excluded_name` (the presigned `X-Amz-Signature`) are left out.
pub(crate) fn append_canonical_query(canonical_request: &mut Vec<u8>, parameters: &[QueryParameter<'_>], excluded_name: Option<&str>) {
    let mut encoded_pairs: Vec<(String, String)> = parameters
        .iter()
        .filter(|parameter| excluded_name.is_none_or(|excluded| parameter.name.as_ref() != excluded.as_bytes()))
        .map(|parameter| {
            (
                percent_encode(&parameter.name, ENCODE_ALL_BUT_UNRESERVED).to_string(),
                percent_encode(&parameter.value, ENCODE_ALL_BUT_UNRESERVED).to_string(),
            )
        })
        .collect();
    encoded_pairs.sort_unstable();
    for (index, (name, value)) in encoded_pairs.iter().enumerate() {
        if index > 0 {
            canonical_request.push(b'&');
        }
        canonical_request.extend_from_slice(name.as_bytes());
        canonical_request.push(b'=');
        canonical_request.extend_from_slice(value.as_bytes());
    }
}

/// Appends a header value as SigV4's "Trimall" asks: spaces removed at both ends and runs of
/// spaces inside collapsed to one. Only the space character counts, as in the AWS SDKs.
pub(crate) fn append_trimmed_header_value(canonical_request: &mut Vec<u8>, value: &[u8]) {
    let start = value.iter().position(|byte| *byte != b' ').unwrap_or(value.len());
    let end = value.iter().rposition(|byte| *byte != b' ').map_or(start, |last| last + 1);
    let mut previous_was_space = false;
    for &byte in &value[start..end] {
        let is_space = byte == b' ';
        if !(is_space && previous_was_space) {
            canonical_request.push(byte);
        }
        previous_was_space = is_space;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical_uri(raw_path: &str) -> String {
        let mut canonical_request = Vec::new();
        append_canonical_uri(&mut canonical_request, raw_path);
        String::from_utf8(canonical_request).unwrap()
    }

    fn canonical_query(raw_query: &str, excluded_name: Option<&str>) -> String {
        let mut canonical_request = Vec::new();
        append_canonical_query(&mut canonical_request, &decode_query(raw_query), excluded_name);
        String::from_utf8(canonical_request).unwrap()
    }

    fn trimmed(value: &str) -> String {
        let mut canonical_request = Vec::new();
        append_trimmed_header_value(&mut canonical_request, value.as_bytes());
        String::from_utf8(canonical_request).unwrap()
    }

    #[test]
    fn canonical_uri_normalizes_then_encodes_again() {
        for (raw_path, expected) in [
            ("", "/"),
            ("/", "/"),
            ("/foo/bar", "/foo/bar"),
            ("/foo/bar/", "/foo/bar/"),
            ("foo", "/foo"),
            ("/./foo", "/foo"),
            ("/foo/./bar", "/foo/bar"),
            ("/foo/../bar", "/bar"),
            ("/../../foo", "/foo"),
            ("/foo/..", "/"),
            ("/foo/bar/..", "/foo/"),
            ("/foo/.", "/foo/"),
            ("/foo//bar", "/foo/bar"),
            ("//", "/"),
            ("/a%20b", "/a%2520b"),
            ("/a%2Fb", "/a%252Fb"),
            ("/~user/-_.", "/~user/-_."),
            ("/%E2%82%AC", "/%25E2%2582%25AC"),
            ("/a+b=c", "/a%2Bb%3Dc"),
            ("/€", "/%E2%82%AC"),
            ("/.hidden", "/.hidden"),
            ("/a..b", "/a..b"),
            ("/%2E%2E/x", "/%252E%252E/x"),
        ] {
            assert_eq!(canonical_uri(raw_path), expected, "{raw_path:?}");
        }
    }

    #[test]
    fn canonical_query_sorts_and_reencodes() {
        for (raw_query, expected) in [
            ("", ""),
            ("&&", ""),
            ("b=2&a=1", "a=1&b=2"),
            ("a=2&a=1", "a=1&a=2"),
            ("flag", "flag="),
            ("flag=", "flag="),
            ("a=x%20y", "a=x%20y"),
            ("a=x+y", "a=x%20y"),
            ("a=x%2By", "a=x%2By"),
            ("a=%7e%2d", "a=~-"),
            ("a=%2F/", "a=%2F%2F"),
            ("a=€", "a=%E2%82%AC"),
            ("a=%zz", "a=%25zz"),
            ("A=1&a=1&_=1", "A=1&_=1&a=1"),
            ("k=v=w", "k=v%3Dw"),
            ("Action=ListUsers&Version=2010-05-08", "Action=ListUsers&Version=2010-05-08"),
        ] {
            assert_eq!(canonical_query(raw_query, None), expected, "{raw_query:?}");
        }
    }

    #[test]
    fn canonical_query_can_leave_the_signature_out() {
        assert_eq!(
            canonical_query("X-Amz-Signature=abc&X-Amz-Date=20150830T123600Z&a=1", Some("X-Amz-Signature")),
            "X-Amz-Date=20150830T123600Z&a=1"
        );
        // The exclusion applies to the decoded name, however it was encoded.
        assert_eq!(canonical_query("X-Amz-%53ignature=abc&a=1", Some("X-Amz-Signature")), "a=1");
    }

    #[test]
    fn header_values_are_trimmed_and_collapsed() {
        for (value, expected) in [
            ("", ""),
            ("   ", ""),
            ("plain", "plain"),
            ("  padded  ", "padded"),
            ("a   b    c", "a b c"),
            ("a\tb", "a\tb"),
            (" a  \t  b ", "a \t b"),
        ] {
            assert_eq!(trimmed(value), expected, "{value:?}");
        }
    }
}
