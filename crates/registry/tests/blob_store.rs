//! Behaviour of `BlobStore` through its public API: uploads, verification, reads, concurrency, expiry.

use std::io;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use ferry_registry::{BlobStore, BlobStoreError, ByteRange, Digest, DigestAlgorithm, DigestHasher, UploadId};
use futures::StreamExt as _;
use futures::stream;
use proptest::prelude::*;
use tokio::io::AsyncReadExt;

fn new_store() -> (tempfile::TempDir, BlobStore) {
    let directory = tempfile::tempdir().unwrap();
    let store = BlobStore::open(directory.path().to_path_buf()).unwrap();
    (directory, store)
}

/// A body stream made of the given chunks.
fn body(chunks: Vec<Vec<u8>>) -> impl futures::Stream<Item = io::Result<Bytes>> + Unpin {
    stream::iter(chunks.into_iter().map(|chunk| Ok(Bytes::from(chunk))))
}

/// Uploads `content` in chunks of `chunk_size` and completes it as `algorithm`'s digest of it.
async fn push(store: &BlobStore, content: &[u8], chunk_size: usize, algorithm: DigestAlgorithm) -> Digest {
    let digest = Digest::of_bytes(algorithm, content);
    let upload = store.start_upload().await.unwrap();
    let mut offset = 0;
    for chunk in content.chunks(chunk_size.max(1)) {
        offset = store.append(&upload, offset, body(vec![chunk.to_vec()])).await.unwrap();
    }
    assert_eq!(offset, content.len() as u64);
    let info = store.complete(&upload, &digest).await.unwrap();
    assert_eq!(info.digest, digest);
    assert_eq!(info.size, content.len() as u64);
    digest
}

async fn read_all(store: &BlobStore, digest: &Digest, range: Option<ByteRange>) -> Vec<u8> {
    let mut blob = store.open_read(digest, range).await.unwrap();
    let mut content = Vec::new();
    blob.reader.read_to_end(&mut content).await.unwrap();
    assert_eq!(content.len() as u64, blob.length, "the reader yields exactly the announced length");
    content
}

/// Every regular file under `directory`, to check what a failure left behind.
fn files_under(directory: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(directory).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { files.extend(files_under(&path)) } else { files.push(path) }
    }
    files
}

fn sample_content(length: usize) -> Vec<u8> {
    (0..length).map(|index| (index * 7 % 251) as u8).collect()
}

#[tokio::test]
async fn round_trip_sha256_and_sha512() {
    let (directory, store) = new_store();
    let content = sample_content(100_000);
    for algorithm in [DigestAlgorithm::Sha256, DigestAlgorithm::Sha512] {
        let digest = push(&store, &content, 4096, algorithm).await;
        assert_eq!(read_all(&store, &digest, None).await, content);
        assert_eq!(store.stat(&digest).await.unwrap().unwrap().size, content.len() as u64);
        let expected_path = directory.path().join("blobs").join(algorithm.name()).join(&digest.hex()[..2]).join(digest.hex());
        assert!(expected_path.is_file(), "layout blobs/<algorithm>/<two hex>/<hex>: {}", expected_path.display());
    }
    assert!(files_under(&directory.path().join("uploads")).is_empty(), "completed uploads leave nothing behind");
}

#[tokio::test]
async fn empty_blob_round_trips() {
    let (_directory, store) = new_store();
    let digest = push(&store, b"", 1, DigestAlgorithm::Sha256).await;
    assert_eq!(read_all(&store, &digest, None).await, b"");
}

#[tokio::test]
async fn wrong_digest_leaves_nothing_behind() {
    let (directory, store) = new_store();
    let upload = store.start_upload().await.unwrap();
    store.append(&upload, 0, body(vec![b"actual content".to_vec()])).await.unwrap();
    let claimed = Digest::of_bytes(DigestAlgorithm::Sha256, b"claimed content");
    match store.complete(&upload, &claimed).await {
        Err(BlobStoreError::DigestMismatch { expected, actual }) => {
            assert_eq!(expected, claimed);
            assert_eq!(actual, Digest::of_bytes(DigestAlgorithm::Sha256, b"actual content"));
        }
        other => panic!("expected a digest mismatch, got {other:?}"),
    }
    assert!(store.stat(&claimed).await.unwrap().is_none());
    assert!(store.stat(&Digest::of_bytes(DigestAlgorithm::Sha256, b"actual content")).await.unwrap().is_none());
    assert!(matches!(store.upload_status(&upload).await, Err(BlobStoreError::BlobUploadUnknown(_))));
    assert!(files_under(directory.path()).is_empty(), "left behind: {:?}", files_under(directory.path()));
}

#[tokio::test]
async fn out_of_order_append_is_refused_and_the_upload_stays_usable() {
    let (_directory, store) = new_store();
    let upload = store.start_upload().await.unwrap();
    assert_eq!(store.append(&upload, 0, body(vec![b"hello ".to_vec()])).await.unwrap(), 6);
    for wrong_offset in [0, 3, 7, 100] {
        match store.append(&upload, wrong_offset, body(vec![b"junk".to_vec()])).await {
            Err(BlobStoreError::BlobUploadOutOfOrder { expected_offset: 6, given_offset, .. }) => assert_eq!(given_offset, wrong_offset),
            other => panic!("offset {wrong_offset}: expected out-of-order, got {other:?}"),
        }
    }
    assert_eq!(store.upload_status(&upload).await.unwrap(), 6);
    assert_eq!(store.append(&upload, 6, body(vec![b"wor".to_vec(), b"ld".to_vec()])).await.unwrap(), 11);
    let digest = Digest::of_bytes(DigestAlgorithm::Sha256, b"hello world");
    store.complete(&upload, &digest).await.unwrap();
    assert_eq!(read_all(&store, &digest, None).await, b"hello world");
}

#[tokio::test]
async fn a_body_that_fails_keeps_what_arrived_and_can_be_resumed() {
    let (_directory, store) = new_store();
    let upload = store.start_upload().await.unwrap();
    let failing_body = stream::iter(vec![Ok(Bytes::from_static(b"first ")), Err(io::Error::other("client went away"))]);
    assert!(matches!(store.append(&upload, 0, failing_body).await, Err(BlobStoreError::Io { .. })));
    let resume_at = store.upload_status(&upload).await.unwrap();
    assert_eq!(resume_at, 6);
    store.append(&upload, resume_at, body(vec![b"second".to_vec()])).await.unwrap();
    let digest = Digest::of_bytes(DigestAlgorithm::Sha256, b"first second");
    store.complete(&upload, &digest).await.unwrap();
}

#[tokio::test]
async fn uploads_survive_a_restart_of_the_store() {
    // A new `BlobStore` has no running hash of the old upload, so completion hashes the file.
    let directory = tempfile::tempdir().unwrap();
    let upload = {
        let store = BlobStore::open(directory.path().to_path_buf()).unwrap();
        let upload = store.start_upload().await.unwrap();
        store.append(&upload, 0, body(vec![b"before restart, ".to_vec()])).await.unwrap();
        upload
    };
    let store = BlobStore::open(directory.path().to_path_buf()).unwrap();
    let upload: UploadId = upload.to_string().parse().unwrap();
    assert_eq!(store.upload_status(&upload).await.unwrap(), 16);
    store.append(&upload, 16, body(vec![b"after restart".to_vec()])).await.unwrap();
    let digest = Digest::of_bytes(DigestAlgorithm::Sha256, b"before restart, after restart");
    store.complete(&upload, &digest).await.unwrap();
    assert_eq!(read_all(&store, &digest, None).await, b"before restart, after restart");
}

#[tokio::test]
async fn unknown_and_cancelled_uploads_are_refused() {
    let (directory, store) = new_store();
    let never_started = UploadId::generate();
    let digest = Digest::of_bytes(DigestAlgorithm::Sha256, b"x");
    assert!(matches!(store.upload_status(&never_started).await, Err(BlobStoreError::BlobUploadUnknown(_))));
    assert!(matches!(store.append(&never_started, 0, body(vec![b"x".to_vec()])).await, Err(BlobStoreError::BlobUploadUnknown(_))));
    assert!(matches!(store.complete(&never_started, &digest).await, Err(BlobStoreError::BlobUploadUnknown(_))));
    assert!(matches!(store.cancel(&never_started).await, Err(BlobStoreError::BlobUploadUnknown(_))));

    let upload = store.start_upload().await.unwrap();
    store.append(&upload, 0, body(vec![b"x".to_vec()])).await.unwrap();
    store.cancel(&upload).await.unwrap();
    assert!(matches!(store.upload_status(&upload).await, Err(BlobStoreError::BlobUploadUnknown(_))));
    assert!(matches!(store.complete(&upload, &digest).await, Err(BlobStoreError::BlobUploadUnknown(_))));
    assert!(files_under(directory.path()).is_empty());
}

#[tokio::test]
async fn range_reads() {
    let (_directory, store) = new_store();
    let content = sample_content(1000);
    let digest = push(&store, &content, 1000, DigestAlgorithm::Sha256).await;
    let start_only = ByteRange { first_byte: 990, last_byte: None };
    assert_eq!(read_all(&store, &digest, Some(start_only)).await, content[990..]);
    let start_and_end = ByteRange { first_byte: 100, last_byte: Some(199) };
    assert_eq!(read_all(&store, &digest, Some(start_and_end)).await, content[100..200]);
    let end_past_the_blob = ByteRange { first_byte: 500, last_byte: Some(5000) };
    assert_eq!(read_all(&store, &digest, Some(end_past_the_blob)).await, content[500..]);
    for beyond_the_end in [ByteRange { first_byte: 1000, last_byte: None }, ByteRange { first_byte: 2000, last_byte: Some(3000) }] {
        match store.open_read(&digest, Some(beyond_the_end)).await {
            Err(BlobStoreError::RangeNotSatisfiable(refused)) => assert_eq!(refused.blob_size, 1000),
            other => panic!("{beyond_the_end:?}: expected range not satisfiable, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn unknown_blobs_and_delete() {
    let (_directory, store) = new_store();
    let digest = push(&store, b"to be deleted", 5, DigestAlgorithm::Sha256).await;
    let mut opened_before_delete = store.open_read(&digest, None).await.unwrap();
    store.delete(&digest).await.unwrap();
    assert!(store.stat(&digest).await.unwrap().is_none());
    assert!(matches!(store.open_read(&digest, None).await, Err(BlobStoreError::BlobUnknown(_))));
    assert!(matches!(store.delete(&digest).await, Err(BlobStoreError::BlobUnknown(_))));
    let mut content = Vec::new();
    opened_before_delete.reader.read_to_end(&mut content).await.unwrap();
    assert_eq!(content, b"to be deleted", "a reader that opened the blob finishes reading it");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn ten_concurrent_uploads_of_the_same_content() {
    let (directory, store) = new_store();
    let store = Arc::new(store);
    let content = Arc::new(sample_content(3 << 20));
    let digest = Digest::of_bytes(DigestAlgorithm::Sha256, &content);
    let mut pushes = Vec::new();
    for _ in 0..10 {
        let (store, content, digest) = (store.clone(), content.clone(), digest.clone());
        pushes.push(tokio::spawn(async move {
            let upload = store.start_upload().await.unwrap();
            let chunks = content.chunks(64 * 1024).map(|chunk| chunk.to_vec()).collect();
            store.append(&upload, 0, body(chunks)).await.unwrap();
            store.complete(&upload, &digest).await
        }));
    }
    for push in pushes {
        let info = push.await.unwrap().expect("every concurrent complete succeeds");
        assert_eq!(info.size, content.len() as u64);
    }
    assert_eq!(read_all(&store, &digest, None).await, *content);
    assert_eq!(files_under(directory.path()).len(), 1, "one blob, no upload left: {:?}", files_under(directory.path()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn readers_see_intact_content_while_the_same_blob_completes_again() {
    let (_directory, store) = new_store();
    let store = Arc::new(store);
    let content = Arc::new(sample_content(1 << 20));
    let digest = push(&store, &content, 1 << 20, DigestAlgorithm::Sha256).await;
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let (store, content, digest) = (store.clone(), content.clone(), digest.clone());
        tasks.push(tokio::spawn(async move {
            for _ in 0..10 {
                assert_eq!(read_all(&store, &digest, None).await, *content);
            }
        }));
    }
    for _ in 0..4 {
        let (store, content, digest) = (store.clone(), content.clone(), digest.clone());
        tasks.push(tokio::spawn(async move {
            for _ in 0..3 {
                let upload = store.start_upload().await.unwrap();
                store.append(&upload, 0, body(vec![content.to_vec()])).await.unwrap();
                store.complete(&upload, &digest).await.unwrap();
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
}

#[tokio::test]
async fn expiry_removes_only_idle_uploads() {
    let (_directory, store) = new_store();
    let first = store.start_upload().await.unwrap();
    let second = store.start_upload().await.unwrap();
    store.append(&second, 0, body(vec![b"some bytes".to_vec()])).await.unwrap();
    let one_hour = Duration::from_secs(3600);
    assert_eq!(store.expire_uploads(one_hour, SystemTime::now()).await.unwrap(), 0);
    assert_eq!(store.upload_status(&first).await.unwrap(), 0);

    let two_hours_later = SystemTime::now() + 2 * one_hour;
    assert_eq!(store.expire_uploads(one_hour, two_hours_later).await.unwrap(), 2);
    for upload in [&first, &second] {
        assert!(matches!(store.upload_status(upload).await, Err(BlobStoreError::BlobUploadUnknown(_))));
    }
    assert_eq!(store.expire_uploads(one_hour, two_hours_later).await.unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_64_mib_blob_streams_in_1_mib_chunks() {
    // The body is generated lazily, a chunk at a time, so neither the test nor the store ever
    // has the whole blob in memory.
    const CHUNK_BYTES: usize = 1 << 20;
    const CHUNK_COUNT: usize = 64;
    let (_directory, store) = new_store();
    let make_chunk = |index: usize| Bytes::from(vec![(index % 251) as u8; CHUNK_BYTES]);
    let mut expected_hasher = DigestHasher::new(DigestAlgorithm::Sha256);
    for index in 0..CHUNK_COUNT {
        expected_hasher.update(&make_chunk(index));
    }
    let digest = expected_hasher.finalize();

    let upload = store.start_upload().await.unwrap();
    let lazy_body = stream::iter(0..CHUNK_COUNT).map(move |index| Ok(make_chunk(index)));
    let size = store.append(&upload, 0, Box::pin(lazy_body)).await.unwrap();
    assert_eq!(size, (CHUNK_BYTES * CHUNK_COUNT) as u64);
    let info = store.complete(&upload, &digest).await.unwrap();
    assert_eq!(info.size, size);

    let mut blob = store.open_read(&digest, None).await.unwrap();
    let mut read_back_hasher = DigestHasher::new(DigestAlgorithm::Sha256);
    let mut buffer = vec![0u8; 256 * 1024];
    loop {
        let read = blob.reader.read(&mut buffer).await.unwrap();
        if read == 0 {
            break;
        }
        read_back_hasher.update(&buffer[..read]);
    }
    assert_eq!(read_back_hasher.finalize(), digest);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// However the bytes are cut into appends and chunks, the blob is the bytes and its digest
    /// is theirs.
    #[test]
    fn any_chunking_yields_the_input(
        content in proptest::collection::vec(any::<u8>(), 0..20_000),
        cut_points in proptest::collection::vec(any::<proptest::sample::Index>(), 0..12),
        chunks_per_append in 1usize..4,
        use_sha512 in any::<bool>(),
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let (_directory, store) = new_store();
            let algorithm = if use_sha512 { DigestAlgorithm::Sha512 } else { DigestAlgorithm::Sha256 };
            let mut cuts: Vec<usize> = cut_points.iter().map(|index| index.index(content.len() + 1)).collect();
            cuts.extend([0, content.len()]);
            cuts.sort_unstable();
            cuts.dedup();
            let pieces: Vec<Vec<u8>> = cuts.windows(2).map(|pair| content[pair[0]..pair[1]].to_vec()).collect();

            let upload = store.start_upload().await.unwrap();
            let mut offset = 0;
            for append_pieces in pieces.chunks(chunks_per_append) {
                offset = store.append(&upload, offset, body(append_pieces.to_vec())).await.unwrap();
            }
            let digest = Digest::of_bytes(algorithm, &content);
            let info = store.complete(&upload, &digest).await.unwrap();
            assert_eq!(info.size, content.len() as u64);
            assert_eq!(read_all(&store, &digest, None).await, content);
        });
    }
}
