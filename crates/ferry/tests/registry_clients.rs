//! The registry with real clients other than docker: `skopeo copy` between OCI layouts and a
//! real `ferry server` (an image from the local engine, one built with `umoci`, a multi-platform
//! index), digests compared end to end and pulled images unpacked with `umoci`; a range read;
//! the same layer pushed by ten clients at once, with skopeo and with raw chunked HTTP.

mod common;
mod registry_common;

use std::path::Path;

use registry_common::{Layout, OCI_INDEX, OCI_MANIFEST, TestRegistry, layout_blob, layout_reference, run, sha256_digest, skopeo};

/// `docker://` reference of `repository:tag` in the test registry.
fn remote(registry: &TestRegistry, repository_and_tag: &str) -> String {
    format!("docker://{}/{repository_and_tag}", registry.address)
}

/// `skopeo copy` to the test registry (plain HTTP, the test login).
fn push(registry: &TestRegistry, source: &str, destination: &str, extra: &[&str]) {
    let credentials = registry.credentials();
    let mut arguments = vec!["copy", "--dest-tls-verify=false", "--dest-creds", &credentials];
    arguments.extend_from_slice(extra);
    arguments.extend_from_slice(&[source, destination]);
    skopeo(&arguments).unwrap();
}

/// `skopeo copy` from the test registry, keeping every digest (an OCI layout destination would
/// otherwise compress uncompressed layers, making another manifest).
fn pull(registry: &TestRegistry, source: &str, destination: &str, extra: &[&str]) {
    let credentials = registry.credentials();
    let mut arguments = vec!["copy", "--preserve-digests", "--src-tls-verify=false", "--src-creds", &credentials];
    arguments.extend_from_slice(extra);
    arguments.extend_from_slice(&[source, destination]);
    skopeo(&arguments).unwrap();
}

/// The raw manifest skopeo reads for `reference`.
fn inspect_raw(registry: &TestRegistry, reference: &str, extra: &[&str]) -> Vec<u8> {
    let credentials = registry.credentials();
    let mut arguments = vec!["inspect", "--raw", "--tls-verify=false", "--creds", &credentials];
    arguments.extend_from_slice(extra);
    arguments.push(reference);
    skopeo(&arguments).unwrap().into_bytes()
}

fn oci(layout: &Path, reference: &str) -> String {
    format!("oci:{}:{reference}", layout.display())
}

#[tokio::test(flavor = "multi_thread")]
async fn skopeo_copies_oci_layouts_to_ferry_and_back() {
    common::docker::ensure_test_image();
    let directory = tempfile::tempdir().unwrap();
    let work = directory.path();
    let registry = TestRegistry::start(&work.join("data")).await;
    registry.create_repository("clients/busybox").await;

    // The local engine's test image as an OCI layout: the source of truth for the digests.
    let source = work.join("source");
    skopeo(&["copy", &format!("docker-daemon:{}", common::docker::TEST_IMAGE), &oci(&source, "latest")]).unwrap();
    let manifest_digest = layout_reference(&source, "latest");

    push(&registry, &oci(&source, "latest"), &remote(&registry, "clients/busybox:v1"), &["--preserve-digests"]);
    let served = inspect_raw(&registry, &remote(&registry, "clients/busybox:v1"), &[]);
    assert_eq!(sha256_digest(&served), manifest_digest, "Ferry serves the manifest byte for byte");
    let head = registry.get_manifest("clients/busybox", "v1").await;
    assert_eq!(head.header("docker-content-digest"), manifest_digest);
    assert_eq!(head.header("content-type"), OCI_MANIFEST);

    // Back into a fresh layout: the same manifest, every blob intact, and umoci unpacks it.
    let pulled = work.join("pulled");
    pull(&registry, &remote(&registry, "clients/busybox:v1"), &oci(&pulled, "v1"), &[]);
    assert_eq!(layout_reference(&pulled, "v1"), manifest_digest);
    assert_eq!(layout_blob(&pulled, &manifest_digest), layout_blob(&source, &manifest_digest));
    assert!(registry_common::verify_layout_blobs(&pulled) >= 3, "manifest, config and a layer");
    let bundle = work.join("bundle");
    run("umoci", &["unpack", "--image", &format!("{}:v1", pulled.display()), bundle.to_str().unwrap()]);
    assert!(bundle.join("rootfs/bin/busybox").is_file(), "the unpacked image holds busybox");

    // An image made by umoci (gzip layer, umoci's own config), pushed and pulled the same way.
    let built = work.join("built");
    let built_image = format!("{}:base", built.display());
    run("umoci", &["init", "--layout", built.to_str().unwrap()]);
    run("umoci", &["new", "--image", &built_image]);
    let greeting = work.join("greeting.txt");
    std::fs::write(&greeting, "made by umoci, carried by Ferry\n").unwrap();
    run("umoci", &["insert", "--image", &built_image, greeting.to_str().unwrap(), "/greeting.txt"]);
    let built_digest = layout_reference(&built, "base");
    push(&registry, &oci(&built, "base"), &remote(&registry, "clients/busybox:umoci"), &["--preserve-digests"]);
    let pulled_built = work.join("pulled-built");
    pull(&registry, &remote(&registry, "clients/busybox:umoci"), &oci(&pulled_built, "umoci"), &[]);
    assert_eq!(layout_reference(&pulled_built, "umoci"), built_digest);
    let built_bundle = work.join("built-bundle");
    run("umoci", &["unpack", "--image", &format!("{}:umoci", pulled_built.display()), built_bundle.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(built_bundle.join("rootfs/greeting.txt")).unwrap(), "made by umoci, carried by Ferry\n");

    // Both tags are listed, and skopeo's listing agrees.
    let tags = inspect_tags(&registry, "clients/busybox");
    assert_eq!(tags, vec!["umoci".to_owned(), "v1".to_owned()]);
}

fn inspect_tags(registry: &TestRegistry, repository: &str) -> Vec<String> {
    let credentials = registry.credentials();
    let listed = skopeo(&["list-tags", "--tls-verify=false", "--creds", &credentials, &remote(registry, repository)]).unwrap();
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let mut tags: Vec<String> = listed["Tags"].as_array().unwrap().iter().map(|tag| tag.as_str().unwrap().to_owned()).collect();
    tags.sort();
    tags
}

#[tokio::test(flavor = "multi_thread")]
async fn a_multi_platform_index_is_pushed_and_pulled_back_whole() {
    let directory = tempfile::tempdir().unwrap();
    let work = directory.path();
    let registry = TestRegistry::start(&work.join("data")).await;
    registry.create_repository("clients/multi").await;

    // An index of two platform images, assembled byte by byte.
    let source = work.join("source");
    let mut layout = Layout::create(&source);
    let amd64 = layout.add_image("amd64", &registry_common::tar_of(&[("platform", b"amd64\n")]));
    let arm64 = layout.add_image("arm64", &registry_common::tar_of(&[("platform", b"arm64\n")]));
    let index = layout.add_index(&[(amd64.clone(), "amd64"), (arm64.clone(), "arm64")]);
    layout.tag("multi", OCI_INDEX, &index);

    push(&registry, &oci(&source, "multi"), &remote(&registry, "clients/multi:v1"), &["--all", "--preserve-digests"]);

    // The registry serves the index as pushed, and each platform's manifest by digest.
    let served = registry.get_manifest("clients/multi", "v1").await;
    assert_eq!(served.status, 200, "{}", served.text());
    assert_eq!(served.header("content-type"), OCI_INDEX);
    assert_eq!(served.header("docker-content-digest"), index.digest);
    assert_eq!(sha256_digest(&served.body), index.digest);
    for child in [&amd64, &arm64] {
        let manifest = registry.get_manifest("clients/multi", &child.digest).await;
        assert_eq!(manifest.status, 200, "{}", manifest.text());
        assert_eq!(manifest.body, layout_blob(&source, &child.digest));
    }
    assert_eq!(sha256_digest(&inspect_raw(&registry, &remote(&registry, "clients/multi:v1"), &[])), index.digest);

    // Pulled whole: the same index and both images, every blob intact.
    let pulled = work.join("pulled");
    pull(&registry, &remote(&registry, "clients/multi:v1"), &oci(&pulled, "v1"), &["--all"]);
    assert_eq!(layout_reference(&pulled, "v1"), index.digest);
    for child in [&amd64, &arm64] {
        assert_eq!(layout_blob(&pulled, &child.digest), layout_blob(&source, &child.digest));
    }
    assert_eq!(registry_common::verify_layout_blobs(&pulled), 7, "an index, two manifests, two configs, two layers");

    // One platform picked out of the index by the client.
    let arm_only = work.join("arm-only");
    pull(
        &registry,
        &remote(&registry, "clients/multi:v1"),
        &oci(&arm_only, "arm"),
        &["--override-arch", "arm64", "--override-os", "linux"],
    );
    assert_eq!(layout_reference(&arm_only, "arm"), arm64.digest);
}

#[tokio::test(flavor = "multi_thread")]
async fn range_reads_return_exactly_the_asked_bytes() {
    let directory = tempfile::tempdir().unwrap();
    let registry = TestRegistry::start(&directory.path().join("data")).await;
    registry.create_repository("clients/ranges").await;
    let blob: Vec<u8> = (0..1_048_576u32).map(|index| (index % 251) as u8).collect();
    let digest = registry.push_blob("clients/ranges", blob.clone()).await;
    let path = format!("/v2/clients/ranges/blobs/{digest}");
    let size = blob.len();

    let ranged = |range: &'static str| registry.call(registry.request(reqwest::Method::GET, &path).header("range", range));
    let middle = ranged("bytes=1000-1999").await;
    assert_eq!(middle.status, 206);
    assert_eq!(middle.header("content-range"), format!("bytes 1000-1999/{size}"));
    assert_eq!(middle.header("content-length"), "1000");
    assert_eq!(middle.body, blob[1000..2000]);

    let open_ended = ranged("bytes=1048000-").await;
    assert_eq!(open_ended.status, 206);
    assert_eq!(open_ended.header("content-range"), format!("bytes 1048000-{}/{size}", size - 1));
    assert_eq!(open_ended.body, blob[1_048_000..]);

    let suffix = ranged("bytes=-100").await;
    assert_eq!(suffix.status, 206);
    assert_eq!(suffix.body, blob[size - 100..]);

    let beyond = ranged("bytes=2000000-").await;
    assert_eq!(beyond.status, 416);
    assert_eq!(beyond.header("content-range"), format!("bytes */{size}"));

    let whole = registry.get_blob("clients/ranges", &digest).await;
    assert_eq!(whole.status, 200);
    assert_eq!(whole.header("accept-ranges"), "bytes");
    assert_eq!(whole.body, blob);
}

#[tokio::test(flavor = "multi_thread")]
async fn ten_clients_push_the_same_layer_at_once() {
    let directory = tempfile::tempdir().unwrap();
    let work = directory.path();
    let registry = std::sync::Arc::new(TestRegistry::start(&work.join("data")).await);
    registry.create_repository("clients/same").await;

    // Raw chunked HTTP: ten uploads of one 8 MiB blob, each in two chunks, all racing.
    let blob = std::sync::Arc::new(registry_common::random_bytes(8 << 20));
    let digest = sha256_digest(&blob);
    let mut pushes = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let (registry, blob, digest) = (registry.clone(), blob.clone(), digest.clone());
        pushes.spawn(async move {
            let location = registry.start_upload("clients/same").await;
            let half = blob.len() / 2;
            let first = registry
                .call(
                    registry
                        .request(reqwest::Method::PATCH, &location)
                        .header("content-type", "application/octet-stream")
                        .header("content-range", format!("0-{}", half - 1))
                        .body(blob[..half].to_vec()),
                )
                .await;
            assert_eq!(first.status, 202, "{}", first.text());
            let location = first.header("location");
            let separator = if location.contains('?') { '&' } else { '?' };
            let last = registry
                .call(
                    registry
                        .request(reqwest::Method::PUT, &format!("{location}{separator}digest={digest}"))
                        .header("content-type", "application/octet-stream")
                        .header("content-range", format!("{half}-{}", blob.len() - 1))
                        .body(blob[half..].to_vec()),
                )
                .await;
            assert_eq!(last.status, 201, "{}", last.text());
            assert_eq!(last.header("docker-content-digest"), digest);
        });
    }
    while let Some(joined) = pushes.join_next().await {
        joined.unwrap();
    }
    let served = registry.get_blob("clients/same", &digest).await;
    assert_eq!(served.status, 200);
    assert!(served.body == *blob, "the blob pushed ten times at once reads back intact");

    // skopeo: ten copies of one image (a unique 6 MiB layer) to ten tags, all at once.
    let source = work.join("source");
    let mut layout = Layout::create(&source);
    let image = layout.add_image("amd64", &registry_common::tar_of(&[("payload", &registry_common::random_bytes(6 << 20))]));
    layout.tag("same", OCI_MANIFEST, &image);
    let copies: Vec<std::thread::JoinHandle<()>> = (0..10)
        .map(|copy_index| {
            let registry = registry.clone();
            let source = oci(&source, "same");
            std::thread::spawn(move || {
                push(&registry, &source, &remote(&registry, &format!("clients/same:copy{copy_index}")), &["--preserve-digests"]);
            })
        })
        .collect();
    for copy in copies {
        copy.join().expect("every concurrent skopeo copy succeeds");
    }
    for copy_index in 0..10 {
        let manifest = registry.get_manifest("clients/same", &format!("copy{copy_index}")).await;
        assert_eq!(manifest.status, 200, "{}", manifest.text());
        assert_eq!(manifest.header("docker-content-digest"), image.digest);
    }
    let pulled = work.join("pulled");
    pull(&registry, &remote(&registry, "clients/same:copy7"), &oci(&pulled, "copy7"), &[]);
    assert_eq!(layout_reference(&pulled, "copy7"), image.digest);
    assert_eq!(registry_common::verify_layout_blobs(&pulled), 3);
}
