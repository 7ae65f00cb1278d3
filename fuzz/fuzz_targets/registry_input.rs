//! Fuzz target: untrusted registry input — manifest bodies, request paths and queries, names,
//! tags, digests and byte ranges — into the registry's decoders. Nothing may panic; whatever a
//! manifest is accepted as must be consistent with what it lists.

#![no_main]

use std::str::FromStr;

use ferry_registry::api::endpoint;
use ferry_registry::manifest::parse_manifest;
use ferry_registry::{ByteRange, Digest, Reference, RepositoryName, Tag};
use http::Method;
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

const MEDIA_TYPES: &[&str] = &[
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "text/plain",
];

const METHODS: &[&str] = &["GET", "HEAD", "PUT", "POST", "PATCH", "DELETE", "OPTIONS"];

#[derive(Debug, Arbitrary)]
struct RegistryInput<'a> {
    manifest: &'a [u8],
    media_type: Option<u8>,
    method: u8,
    path: &'a str,
    query: Option<&'a str>,
    name: &'a str,
    first_byte: u64,
    last_byte: Option<u64>,
    blob_size: u64,
}

fuzz_target!(|input: RegistryInput| {
    let media_type = input.media_type.map(|index| MEDIA_TYPES[index as usize % MEDIA_TYPES.len()]);
    if let Ok(parsed) = parse_manifest(input.manifest, media_type) {
        // An image lists blobs and no children; an index the other way round.
        assert!(parsed.blobs.is_empty() || parsed.children.is_empty(), "{parsed:?}");
    }
    let method = Method::from_str(METHODS[input.method as usize % METHODS.len()]).unwrap();
    let _ = endpoint::parse(&method, input.path, input.query);
    let _ = RepositoryName::from_str(input.name);
    let _ = Tag::from_str(input.name);
    let _ = Reference::from_str(input.name);
    if let Ok(digest) = Digest::from_str(input.name) {
        // A digest that parses prints back as itself.
        assert_eq!(digest.to_string(), input.name);
    }
    let range = ByteRange { first_byte: input.first_byte, last_byte: input.last_byte };
    if let Ok(resolved) = range.resolve(input.blob_size) {
        let _ = resolved;
    }
});
