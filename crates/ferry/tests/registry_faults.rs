//! The registry under faults and bad input, black-box against a real `ferry server`: SIGKILL in
//! the middle of a 100 MiB push (afterwards nothing partial is served, the upload resumes and the
//! push can be repeated), content that does not match its digest, manifests naming blobs the
//! repository lacks, names and tags outside the spec's grammar, and a full disk (the data
//! directory on a small tmpfs this test mounts).

mod common;
mod registry_common;

use std::io::Write;
use std::path::{Path, PathBuf};

use registry_common::{
    Layout, OCI_INDEX, OCI_MANIFEST, TestRegistry, image_config, image_manifest, random_bytes, sha256_digest, wait_until,
};

const BIG_BLOB_BYTES: usize = 100 << 20;

#[tokio::test(flavor = "multi_thread")]
async fn sigkill_during_a_large_push_serves_nothing_partial_and_the_push_repeats() {
    let directory = tempfile::tempdir().unwrap();
    let data_dir = directory.path().join("data");
    let registry = TestRegistry::start(&data_dir).await;
    let address = registry.address.clone();
    registry.create_repository("faults/big").await;
    let big = random_bytes(BIG_BLOB_BYTES);
    let big_digest = sha256_digest(&big);

    // A chunked PATCH of the whole blob over a raw connection, stopped after 60 MiB: the server
    // is SIGKILLed while the rest of the body is still owed.
    let location = registry.start_upload("faults/big").await;
    let mut connection = std::net::TcpStream::connect(&address).unwrap();
    let head = format!(
        "PATCH {location} HTTP/1.1\r\nHost: {address}\r\nAuthorization: {}\r\nContent-Type: application/octet-stream\r\n\
         Content-Length: {BIG_BLOB_BYTES}\r\nContent-Range: 0-{}\r\n\r\n",
        registry.authorization(),
        BIG_BLOB_BYTES - 1
    );
    connection.write_all(head.as_bytes()).unwrap();
    let sent = 60 << 20;
    let first_part = big[..sent].to_vec();
    let mut writer = connection.try_clone().unwrap();
    tokio::task::spawn_blocking(move || writer.write_all(&first_part)).await.unwrap().unwrap();
    // Socket buffers hold a few MiB at most, so the server has most of it on disk soon.
    wait_until("the server to have written most of the first 60 MiB", || async {
        registry.upload_size(&location).await.is_some_and(|size| size >= 48 << 20)
    })
    .await;
    registry.kill();
    drop(connection);

    let registry = TestRegistry::start_at(&data_dir, &address).await;
    let head = registry.head_blob("faults/big", &big_digest).await;
    assert_eq!(head.status, 404, "a blob half pushed when the server died must not be served");
    assert_eq!(registry.get_blob("faults/big", &big_digest).await.error_code(), "BLOB_UNKNOWN");
    assert_eq!(registry.get_manifest("faults/big", "v1").await.status, 404);
    let tags = registry.call(registry.request(reqwest::Method::GET, "/v2/faults/big/tags/list")).await;
    let tags: serde_json::Value = serde_json::from_slice(&tags.body).unwrap();
    assert!(tags["tags"].as_array().is_none_or(|tags| tags.is_empty()), "no tag after the crash: {tags}");

    // The push repeated from scratch succeeds.
    let repeated = registry.push_blob("faults/big", big.clone()).await;
    assert_eq!(repeated, big_digest);

    // And the interrupted upload resumes where the server's disk says it stopped (its running
    // hash died with the process, so completion hashes the file).
    let resume_from = registry.upload_size(&location).await.expect("the interrupted upload is still there") as usize;
    assert!(resume_from <= sent, "the upload holds only bytes that were sent");
    let resumed = registry
        .call(
            registry
                .request(reqwest::Method::PATCH, &location)
                .header("content-type", "application/octet-stream")
                .header("content-range", format!("{resume_from}-{}", BIG_BLOB_BYTES - 1))
                .body(big[resume_from..].to_vec()),
        )
        .await;
    assert_eq!(resumed.status, 202, "{}", resumed.text());
    let completed = registry.call(registry.request(reqwest::Method::PUT, &format!("{location}?digest={big_digest}"))).await;
    assert_eq!(completed.status, 201, "{}", completed.text());

    // A manifest over it, then everything pulled back identical.
    let config = image_config("amd64", &big_digest);
    let config_size = config.len();
    let config_digest = registry.push_blob("faults/big", config).await;
    let manifest = image_manifest(&config_digest, config_size, &[(big_digest.clone(), BIG_BLOB_BYTES)]);
    let pushed = registry.put_manifest("faults/big", "v1", OCI_MANIFEST, manifest.clone()).await;
    assert_eq!(pushed.status, 201, "{}", pushed.text());
    let pulled_manifest = registry.get_manifest("faults/big", "v1").await;
    assert_eq!(pulled_manifest.body, manifest);
    let pulled = registry.get_blob("faults/big", &big_digest).await;
    assert_eq!(pulled.status, 200);
    assert_eq!(pulled.body.len(), BIG_BLOB_BYTES);
    assert_eq!(sha256_digest(&pulled.body), big_digest);
    assert_blob_files_match_their_names(&data_dir);
}

/// Every finished blob file under the registry's directory hashes to its name: no corruption.
fn assert_blob_files_match_their_names(data_dir: &Path) {
    let root = data_dir.join("registry/blobs/sha256");
    let mut checked = 0;
    for fan_out in std::fs::read_dir(&root).unwrap() {
        for entry in std::fs::read_dir(fan_out.unwrap().path()).unwrap() {
            let entry = entry.unwrap();
            let bytes = std::fs::read(entry.path()).unwrap();
            assert_eq!(sha256_digest(&bytes), format!("sha256:{}", entry.file_name().to_string_lossy()), "{}", entry.path().display());
            checked += 1;
        }
    }
    assert!(checked > 0, "no blob under {}", root.display());
}

#[tokio::test(flavor = "multi_thread")]
async fn content_that_is_not_what_it_claims_is_refused() {
    let directory = tempfile::tempdir().unwrap();
    let registry = TestRegistry::start(&directory.path().join("data")).await;
    registry.create_repository("faults/bad").await;
    let content = b"the content actually sent".to_vec();
    let actual = sha256_digest(&content);
    let claimed = sha256_digest(b"the content the client claims");

    // Monolithic, and chunked: refused at completion, nothing stored under either digest.
    let monolithic = registry
        .call(registry.request(reqwest::Method::POST, &format!("/v2/faults/bad/blobs/uploads/?digest={claimed}")).body(content.clone()))
        .await;
    assert_eq!((monolithic.status, monolithic.error_code().as_str()), (400, "DIGEST_INVALID"));
    let location = registry.start_upload("faults/bad").await;
    let chunk = registry.call(registry.request(reqwest::Method::PATCH, &location).body(content.clone())).await;
    assert_eq!(chunk.status, 202, "{}", chunk.text());
    let completed = registry.call(registry.request(reqwest::Method::PUT, &format!("{location}?digest={claimed}"))).await;
    assert_eq!((completed.status, completed.error_code().as_str()), (400, "DIGEST_INVALID"));
    let status = registry.call(registry.request(reqwest::Method::GET, &location)).await;
    assert_eq!((status.status, status.error_code().as_str()), (404, "BLOB_UPLOAD_UNKNOWN"), "a refused upload is gone");
    for digest in [&actual, &claimed] {
        assert_eq!(registry.head_blob("faults/bad", digest).await.status, 404);
    }
    // A sha512 claim checked as sha512, and digests that are not digests.
    let sha512 = format!("sha512:{}", "ab".repeat(64));
    let wrong_sha512 = registry
        .call(registry.request(reqwest::Method::POST, &format!("/v2/faults/bad/blobs/uploads/?digest={sha512}")).body(content.clone()))
        .await;
    assert_eq!((wrong_sha512.status, wrong_sha512.error_code().as_str()), (400, "DIGEST_INVALID"));
    for malformed in ["sha256:abc", "md5:0123456789abcdef0123456789abcdef", "sha256", &actual.to_uppercase()] {
        let refused = registry
            .call(
                registry.request(reqwest::Method::POST, &format!("/v2/faults/bad/blobs/uploads/?digest={malformed}")).body(content.clone()),
            )
            .await;
        assert_eq!((refused.status, refused.error_code().as_str()), (400, "DIGEST_INVALID"), "digest {malformed}");
    }

    // Manifests naming blobs the repository does not have.
    let layer = b"a layer that is pushed".to_vec();
    let layer_size = layer.len();
    let layer_digest = registry.push_blob("faults/bad", layer).await;
    let config = image_config("amd64", &layer_digest);
    let config_size = config.len();
    let config_digest = registry.push_blob("faults/bad", config).await;
    let missing = sha256_digest(b"a layer that never was");
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "a missing layer",
            image_manifest(&config_digest, config_size, &[(layer_digest.clone(), layer_size), (missing.clone(), 10)]),
            OCI_MANIFEST,
            "MANIFEST_BLOB_UNKNOWN",
        ),
        ("a missing config", image_manifest(&missing, 10, &[(layer_digest.clone(), layer_size)]), OCI_MANIFEST, "MANIFEST_BLOB_UNKNOWN"),
        (
            "an index with a missing child",
            serde_json::to_vec(&serde_json::json!({
                "schemaVersion": 2, "mediaType": OCI_INDEX,
                "manifests": [{"mediaType": OCI_MANIFEST, "digest": missing, "size": 10, "platform": {"architecture": "amd64", "os": "linux"}}],
            }))
            .unwrap(),
            OCI_INDEX,
            "MANIFEST_BLOB_UNKNOWN",
        ),
        (
            "a layer's size that is wrong",
            image_manifest(&config_digest, config_size, &[(layer_digest.clone(), layer_size + 1)]),
            OCI_MANIFEST,
            "MANIFEST_INVALID",
        ),
        ("JSON that is not a manifest", b"{\"schemaVersion\": 2, \"layers\": 7}".to_vec(), OCI_MANIFEST, "MANIFEST_INVALID"),
        ("not JSON", b"\x00\x01 definitely not json".to_vec(), OCI_MANIFEST, "MANIFEST_INVALID"),
    ];
    for (what, manifest, media_type, code) in cases {
        let refused = registry.put_manifest("faults/bad", "v1", media_type, manifest).await;
        assert_eq!((refused.status, refused.error_code().as_str()), (400, code), "{what}: {}", refused.text());
    }
    let good = image_manifest(&config_digest, config_size, &[(layer_digest.clone(), layer_size)]);
    let by_wrong_digest = registry.put_manifest("faults/bad", &missing, OCI_MANIFEST, good.clone()).await;
    assert_eq!((by_wrong_digest.status, by_wrong_digest.error_code().as_str()), (400, "DIGEST_INVALID"));
    assert_eq!(registry.get_manifest("faults/bad", "v1").await.status, 404, "no refused manifest left a tag");
    assert_eq!(registry.get_manifest("faults/bad", &missing).await.status, 404);

    // Names and tags outside the spec's grammar.
    let long_name = format!("a/{}", "b".repeat(255));
    for name in ["Upper/case", "double//slash", "-leading", "trailing-", "three___underscores", "dot/.start", long_name.as_str()] {
        let refused = registry.call(registry.request(reqwest::Method::GET, &format!("/v2/{name}/tags/list"))).await;
        assert_eq!((refused.status, refused.error_code().as_str()), (400, "NAME_INVALID"), "name {name:?}");
        let push = registry.call(registry.request(reqwest::Method::POST, &format!("/v2/{name}/blobs/uploads/"))).await;
        assert_eq!((push.status, push.error_code().as_str()), (400, "NAME_INVALID"), "push to {name:?}");
    }
    let long_tag = "t".repeat(129);
    for tag in [".hidden", "-dash", "plus+sign", "semi;colon", long_tag.as_str()] {
        let refused = registry.put_manifest("faults/bad", tag, OCI_MANIFEST, good.clone()).await;
        assert_eq!((refused.status, refused.error_code().as_str()), (400, "TAG_INVALID"), "tag {tag:?}: {}", refused.text());
    }
    let longest_tag = "t".repeat(128);
    let accepted = registry.put_manifest("faults/bad", &longest_tag, OCI_MANIFEST, good).await;
    assert_eq!(accepted.status, 201, "a 128-character tag is valid: {}", accepted.text());
    let tags = registry.call(registry.request(reqwest::Method::GET, "/v2/faults/bad/tags/list")).await;
    let tags: serde_json::Value = serde_json::from_slice(&tags.body).unwrap();
    assert_eq!(tags["tags"], serde_json::json!([longest_tag]));
}

/// A tmpfs mounted for the life of the value; lazily unmounted when dropped.
struct TmpfsMount {
    path: PathBuf,
}

impl TmpfsMount {
    fn mount(path: &Path, size: &str) -> TmpfsMount {
        std::fs::create_dir_all(path).unwrap();
        let uid = registry_common::run("id", &["-u"]);
        assert_eq!(uid.trim(), "0", "the full-disk test mounts a tmpfs and must run as root (scripts/test does)");
        registry_common::run("mount", &["-t", "tmpfs", "-o", &format!("size={size},mode=0700"), "tmpfs", path.to_str().unwrap()]);
        TmpfsMount { path: path.to_owned() }
    }
}

impl Drop for TmpfsMount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_disk_gives_a_clean_error_and_corrupts_nothing() {
    let directory = tempfile::tempdir().unwrap();
    let data_dir = directory.path().join("data");
    let _mount = TmpfsMount::mount(&data_dir, "20m");
    let registry = TestRegistry::start(&data_dir).await;
    registry.create_repository("faults/full").await;

    // What must survive: an image pushed while there was room.
    let earlier_layer = random_bytes(2 << 20);
    let earlier_layer_digest = sha256_digest(&earlier_layer);
    let earlier_manifest = registry.push_image("faults/full", "earlier", earlier_layer.clone()).await;

    // 30 MiB into 20 MiB, monolithic and chunked: refused with the spec's error body, and
    // nothing stored.
    let big = random_bytes(30 << 20);
    let big_digest = sha256_digest(&big);
    for round in 0..2 {
        let monolithic = registry
            .call(registry.request(reqwest::Method::POST, &format!("/v2/faults/full/blobs/uploads/?digest={big_digest}")).body(big.clone()))
            .await;
        assert_disk_full_answer(&monolithic, &format!("monolithic push, round {round}"));
        let location = registry.start_upload("faults/full").await;
        let chunk = registry
            .call(
                registry
                    .request(reqwest::Method::PATCH, &location)
                    .header("content-type", "application/octet-stream")
                    .header("content-range", format!("0-{}", big.len() - 1))
                    .body(big.clone()),
            )
            .await;
        assert_disk_full_answer(&chunk, &format!("chunked push, round {round}"));
        // The upload survives at a size it really holds (nothing of the refused chunk), so the
        // space the failed chunk took is free again.
        let size = registry.upload_size(&location).await.expect("the upload is still there");
        assert_eq!(size, 0, "the refused chunk's bytes were given back");
        assert_eq!(registry.head_blob("faults/full", &big_digest).await.status, 404);
    }

    // skopeo, pushing an image with that layer, fails with the answer (skopeo shows only the
    // status of a failed PATCH, not the body).
    let source = directory.path().join("source");
    let mut layout = Layout::create(&source);
    let image = layout.add_image("amd64", &registry_common::tar_of(&[("payload", &big)]));
    layout.tag("big", OCI_MANIFEST, &image);
    let credentials = registry.credentials();
    let refused = registry_common::skopeo(&[
        "copy",
        "--preserve-digests",
        "--dest-tls-verify=false",
        "--dest-creds",
        &credentials,
        &format!("oci:{}:big", source.display()),
        &format!("docker://{}/faults/full:big", registry.address),
    ]);
    let message = refused.expect_err("a push that does not fit fails");
    assert!(message.contains("500 Internal Server Error"), "skopeo reports the registry's answer: {message}");
    assert_eq!(registry.get_manifest("faults/full", "big").await.status, 404);

    // Everything from before is intact and served, and the server takes new, smaller pushes.
    let base = registry.call(registry.request(reqwest::Method::GET, "/v2/")).await;
    assert_eq!(base.status, 200);
    let earlier = registry.get_blob("faults/full", &earlier_layer_digest).await;
    assert_eq!(earlier.status, 200);
    assert!(earlier.body == earlier_layer, "the earlier layer reads back intact");
    let manifest = registry.get_manifest("faults/full", "earlier").await;
    assert_eq!(manifest.header("docker-content-digest"), earlier_manifest);
    let later = registry.push_image("faults/full", "later", random_bytes(4 << 20)).await;
    assert_eq!(registry.get_manifest("faults/full", "later").await.header("docker-content-digest"), later);
    assert_blob_files_match_their_names(&data_dir);
    // The server goes (dropped first, declared last) before the tmpfs is unmounted.
}

/// A full disk is the server's trouble, not the request's: a 5xx in the OCI error format.
fn assert_disk_full_answer(reply: &registry_common::Reply, what: &str) {
    assert!((500..600).contains(&reply.status), "{what}: status {} ({})", reply.status, reply.text());
    assert!(!reply.error_code().is_empty(), "{what}: an OCI error body");
}
