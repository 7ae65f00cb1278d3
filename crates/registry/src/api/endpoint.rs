//! Turns a request's method, path and query into one `Endpoint` before any work is done: names,
//! references, digests and upload ids are validated here, so handlers only see valid values.
//! Pure, no I/O.

use http::Method;

use crate::digest::Digest;
use crate::names::{Reference, ReferenceError, RepositoryName};
use crate::registry_error::RegistryError;
use crate::upload_id::UploadId;

/// Every operation of the OCI Distribution API this registry serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// `GET /v2/`: the API exists and the caller is authenticated.
    Base,
    Catalog {
        limit: Option<usize>,
        last: Option<String>,
    },
    ListTags {
        name: RepositoryName,
        limit: Option<usize>,
        last: Option<String>,
    },
    GetManifest {
        name: RepositoryName,
        reference: Reference,
        head: bool,
    },
    PutManifest {
        name: RepositoryName,
        reference: Reference,
    },
    DeleteManifest {
        name: RepositoryName,
        reference: Reference,
    },
    GetBlob {
        name: RepositoryName,
        digest: Digest,
        head: bool,
    },
    DeleteBlob {
        name: RepositoryName,
        digest: Digest,
    },
    /// `POST /v2/<name>/blobs/uploads/`, monolithic with `digest`, or a mount with `mount`.
    StartUpload {
        name: RepositoryName,
        digest: Option<Digest>,
        mount: Option<Mount>,
    },
    UploadStatus {
        name: RepositoryName,
        upload: UploadId,
    },
    PatchUpload {
        name: RepositoryName,
        upload: UploadId,
    },
    CompleteUpload {
        name: RepositoryName,
        upload: UploadId,
        digest: Digest,
    },
    CancelUpload {
        name: RepositoryName,
        upload: UploadId,
    },
    Referrers {
        name: RepositoryName,
        digest: Digest,
        artifact_type: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount {
    pub digest: Digest,
    /// Without `from` there is nowhere to check the caller may read the blob: no mount.
    pub from: Option<RepositoryName>,
}

impl Endpoint {
    /// The operation's name, for logs.
    pub fn name(&self) -> &'static str {
        match self {
            Endpoint::Base => "Base",
            Endpoint::Catalog { .. } => "Catalog",
            Endpoint::ListTags { .. } => "ListTags",
            Endpoint::GetManifest { head: false, .. } => "GetManifest",
            Endpoint::GetManifest { head: true, .. } => "HeadManifest",
            Endpoint::PutManifest { .. } => "PutManifest",
            Endpoint::DeleteManifest { .. } => "DeleteManifest",
            Endpoint::GetBlob { head: false, .. } => "GetBlob",
            Endpoint::GetBlob { head: true, .. } => "HeadBlob",
            Endpoint::DeleteBlob { .. } => "DeleteBlob",
            Endpoint::StartUpload { .. } => "StartUpload",
            Endpoint::UploadStatus { .. } => "UploadStatus",
            Endpoint::PatchUpload { .. } => "PatchUpload",
            Endpoint::CompleteUpload { .. } => "CompleteUpload",
            Endpoint::CancelUpload { .. } => "CancelUpload",
            Endpoint::Referrers { .. } => "Referrers",
        }
    }

    /// The repository the operation is about, if any.
    pub fn repository(&self) -> Option<&RepositoryName> {
        match self {
            Endpoint::Base | Endpoint::Catalog { .. } => None,
            Endpoint::ListTags { name, .. }
            | Endpoint::GetManifest { name, .. }
            | Endpoint::PutManifest { name, .. }
            | Endpoint::DeleteManifest { name, .. }
            | Endpoint::GetBlob { name, .. }
            | Endpoint::DeleteBlob { name, .. }
            | Endpoint::StartUpload { name, .. }
            | Endpoint::UploadStatus { name, .. }
            | Endpoint::PatchUpload { name, .. }
            | Endpoint::CompleteUpload { name, .. }
            | Endpoint::CancelUpload { name, .. }
            | Endpoint::Referrers { name, .. } => Some(name),
        }
    }
}

fn query_value<'a>(query: &'a [(String, String)], key: &str) -> Option<&'a str> {
    query.iter().find(|(name, _)| name == key).map(|(_, value)| value.as_str())
}

fn parse_name(segments: &[&str]) -> Result<RepositoryName, RegistryError> {
    let text = segments.join("/");
    text.parse().map_err(|error: crate::names::NameError| RegistryError::NameInvalid(error.to_string()))
}

fn parse_digest(text: &str) -> Result<Digest, RegistryError> {
    text.parse().map_err(|error| RegistryError::DigestInvalid(format!("invalid digest {text:?}: {error}")))
}

fn parse_reference(text: &str) -> Result<Reference, RegistryError> {
    text.parse().map_err(|error| match error {
        ReferenceError::Tag(error) => RegistryError::TagInvalid(error.to_string()),
        ReferenceError::Digest(error) => RegistryError::DigestInvalid(format!("invalid digest {text:?}: {error}")),
    })
}

fn parse_upload(text: &str) -> Result<UploadId, RegistryError> {
    text.parse().map_err(|_| RegistryError::BlobUploadUnknown(text.to_owned()))
}

fn parse_limit(query: &[(String, String)]) -> Result<Option<usize>, RegistryError> {
    query_value(query, "n")
        .map(|text| {
            text.parse::<usize>().map_err(|_| RegistryError::Unsupported(format!("n must be a non-negative integer, not {text:?}")))
        })
        .transpose()
}

/// Parses a request line. `path` is the URI's path, `query` its query string.
pub fn parse(method: &Method, path: &str, query: Option<&str>) -> Result<Endpoint, RegistryError> {
    let not_found = || RegistryError::RouteUnknown(format!("{method} {path} is not part of the registry API"));
    let not_allowed = || RegistryError::Unsupported(format!("{method} is not supported on {path}"));
    let query: Vec<(String, String)> = match query {
        None => Vec::new(),
        Some(query) => {
            serde_urlencoded::from_str(query).map_err(|_| RegistryError::Unsupported("the query string is malformed".to_owned()))?
        }
    };
    let path = percent_encoding::percent_decode_str(path).decode_utf8().map_err(|_| not_found())?;
    let rest = path.strip_prefix("/v2").ok_or_else(not_found)?;
    if rest.is_empty() || rest == "/" {
        return if method == Method::GET || method == Method::HEAD { Ok(Endpoint::Base) } else { Err(not_allowed()) };
    }
    let rest = rest.strip_prefix('/').ok_or_else(not_found)?;
    if rest == "_catalog" {
        if method != Method::GET {
            return Err(not_allowed());
        }
        return Ok(Endpoint::Catalog { limit: parse_limit(&query)?, last: query_value(&query, "last").map(str::to_owned) });
    }
    let segments: Vec<&str> = rest.split('/').collect();
    let count = segments.len();
    let tail = |n: usize| if count > n { Some((&segments[..count - n], &segments[count - n..])) } else { None };

    // Longest suffixes first: `blobs/uploads/` also ends like a blob path.
    if let Some((name, ["blobs", "uploads", ""])) = tail(3) {
        let name = parse_name(name)?;
        if method != Method::POST {
            return Err(not_allowed());
        }
        let digest = query_value(&query, "digest").map(parse_digest).transpose()?;
        let mount = match query_value(&query, "mount") {
            None => None,
            Some(digest) => Some(Mount {
                digest: parse_digest(digest)?,
                from: query_value(&query, "from").map(|from| parse_name(&from.split('/').collect::<Vec<_>>())).transpose()?,
            }),
        };
        return Ok(Endpoint::StartUpload { name, digest, mount });
    }
    if let Some((name, ["blobs", "uploads", upload])) = tail(3) {
        let name = parse_name(name)?;
        let upload = parse_upload(upload)?;
        return match *method {
            Method::GET => Ok(Endpoint::UploadStatus { name, upload }),
            Method::PATCH => Ok(Endpoint::PatchUpload { name, upload }),
            Method::PUT => {
                let digest = query_value(&query, "digest")
                    .ok_or_else(|| RegistryError::DigestInvalid("completing an upload needs ?digest=".to_owned()))?;
                Ok(Endpoint::CompleteUpload { name, upload, digest: parse_digest(digest)? })
            }
            Method::DELETE => Ok(Endpoint::CancelUpload { name, upload }),
            _ => Err(not_allowed()),
        };
    }
    if let Some((name, ["blobs", digest])) = tail(2) {
        let name = parse_name(name)?;
        let digest = parse_digest(digest)?;
        return match *method {
            Method::GET => Ok(Endpoint::GetBlob { name, digest, head: false }),
            Method::HEAD => Ok(Endpoint::GetBlob { name, digest, head: true }),
            Method::DELETE => Ok(Endpoint::DeleteBlob { name, digest }),
            _ => Err(not_allowed()),
        };
    }
    if let Some((name, ["manifests", reference])) = tail(2) {
        let name = parse_name(name)?;
        let reference = parse_reference(reference)?;
        return match *method {
            Method::GET => Ok(Endpoint::GetManifest { name, reference, head: false }),
            Method::HEAD => Ok(Endpoint::GetManifest { name, reference, head: true }),
            Method::PUT => Ok(Endpoint::PutManifest { name, reference }),
            Method::DELETE => Ok(Endpoint::DeleteManifest { name, reference }),
            _ => Err(not_allowed()),
        };
    }
    if let Some((name, ["tags", "list"])) = tail(2) {
        let name = parse_name(name)?;
        if method != Method::GET {
            return Err(not_allowed());
        }
        return Ok(Endpoint::ListTags { name, limit: parse_limit(&query)?, last: query_value(&query, "last").map(str::to_owned) });
    }
    if let Some((name, ["referrers", digest])) = tail(2) {
        let name = parse_name(name)?;
        let digest = parse_digest(digest)?;
        if method != Method::GET {
            return Err(not_allowed());
        }
        return Ok(Endpoint::Referrers { name, digest, artifact_type: query_value(&query, "artifactType").map(str::to_owned) });
    }
    Err(not_found())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest() -> String {
        format!("sha256:{}", "a".repeat(64))
    }

    fn check(method: Method, path: &str, query: Option<&str>, expected: &str) {
        let parsed = parse(&method, path, query);
        let shown = match &parsed {
            Ok(endpoint) => format!("{} {}", endpoint.name(), endpoint.repository().map(|name| name.as_str()).unwrap_or("-")),
            Err(error) => format!("error {}", error.code()),
        };
        assert_eq!(shown, expected, "{method} {path} {query:?}");
    }

    #[test]
    fn routes_every_endpoint() {
        let digest = digest();
        let upload = "0123456789abcdef0123456789abcdef";
        check(Method::GET, "/v2/", None, "Base -");
        check(Method::GET, "/v2", None, "Base -");
        check(Method::GET, "/v2/_catalog", Some("n=2"), "Catalog -");
        check(Method::GET, "/v2/team/web/tags/list", Some("n=2&last=a"), "ListTags team/web");
        check(Method::GET, "/v2/team/web/manifests/latest", None, "GetManifest team/web");
        check(Method::HEAD, &format!("/v2/web/manifests/{digest}"), None, "HeadManifest web");
        check(Method::PUT, "/v2/web/manifests/v1", None, "PutManifest web");
        check(Method::DELETE, "/v2/web/manifests/v1", None, "DeleteManifest web");
        check(Method::GET, &format!("/v2/web/blobs/{digest}"), None, "GetBlob web");
        check(Method::HEAD, &format!("/v2/web/blobs/{}", digest.replace(':', "%3A")), None, "HeadBlob web");
        check(Method::DELETE, &format!("/v2/web/blobs/{digest}"), None, "DeleteBlob web");
        check(Method::POST, "/v2/web/blobs/uploads/", None, "StartUpload web");
        check(Method::POST, "/v2/web/blobs/uploads/", Some(&format!("mount={digest}&from=other/repo")), "StartUpload web");
        check(Method::GET, &format!("/v2/web/blobs/uploads/{upload}"), None, "UploadStatus web");
        check(Method::PATCH, &format!("/v2/web/blobs/uploads/{upload}"), None, "PatchUpload web");
        check(Method::PUT, &format!("/v2/web/blobs/uploads/{upload}"), Some(&format!("digest={digest}")), "CompleteUpload web");
        check(Method::DELETE, &format!("/v2/web/blobs/uploads/{upload}"), None, "CancelUpload web");
        check(Method::GET, &format!("/v2/web/referrers/{digest}"), Some("artifactType=a%2Fb"), "Referrers web");
        // A repository may itself be called `blobs`.
        check(Method::GET, &format!("/v2/blobs/blobs/{digest}"), None, "GetBlob blobs");
    }

    #[test]
    fn refuses_bad_input_with_the_spec_codes() {
        let digest = digest();
        check(Method::GET, "/v2/Web/manifests/latest", None, "error NAME_INVALID");
        check(Method::GET, "/v2/../manifests/latest", None, "error NAME_INVALID");
        check(Method::PUT, "/v2/web/manifests/-bad", None, "error TAG_INVALID");
        check(Method::PUT, "/v2/web/manifests/sha256:123", None, "error DIGEST_INVALID");
        check(Method::GET, "/v2/web/blobs/sha256:zz", None, "error DIGEST_INVALID");
        check(Method::PUT, "/v2/web/blobs/uploads/0123456789abcdef0123456789abcdef", None, "error DIGEST_INVALID");
        check(Method::PATCH, "/v2/web/blobs/uploads/../../x", None, "error UNSUPPORTED");
        check(Method::PATCH, "/v2/web/blobs/uploads/nothex", None, "error BLOB_UPLOAD_UNKNOWN");
        check(Method::POST, &format!("/v2/web/blobs/{digest}"), None, "error UNSUPPORTED");
        check(Method::GET, "/v3/", None, "error UNSUPPORTED");
        check(Method::GET, "/v2/web/unknown/x", None, "error UNSUPPORTED");
        check(Method::GET, "/v2/web/tags/list", Some("n=-1"), "error UNSUPPORTED");
    }
}
