//! The ECR API end to end through `EcrService::execute`, over a real blob store in a temporary
//! directory, the in-memory store and a clock driven by hand: JSON in, JSON out, as the gateway
//! calls it.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ferry_api::{AwsError, RequestContext};
use ferry_core::{Caller, ManualClock, PlatformIdentity};
use ferry_registry::{AuthorizationTokens, BlobStore, Digest, DigestAlgorithm, Registry};
use ferry_store::MemoryStore;
use serde_json::{Value, json};

use crate::{EcrService, RegistryEndpoint};

struct Harness {
    _directory: tempfile::TempDir,
    clock: Arc<ManualClock>,
    service: EcrService,
    context: RequestContext,
}

fn harness() -> Harness {
    let directory = tempfile::tempdir().unwrap();
    let blobs = Arc::new(BlobStore::open(directory.path().to_path_buf()).unwrap());
    let clock = Arc::new(ManualClock::new(SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000)));
    let registry = Arc::new(Registry::new(blobs, Arc::new(MemoryStore::new()), clock.clone()));
    let tokens = AuthorizationTokens::new(vec![7; 32]);
    let endpoint = RegistryEndpoint::parse("127.0.0.1:4601").unwrap();
    let service = EcrService::new(registry, tokens, PlatformIdentity::new("us-east-1", "000000000000"), clock.clone(), endpoint);
    let context = RequestContext {
        request_id: "test".to_owned(),
        caller: Caller { access_key_id: "AKIATEST".to_owned(), principal_arn: "arn:aws:iam::000000000000:root".to_owned() },
        received_at: SystemTime::now(),
    };
    Harness { _directory: directory, clock, service, context }
}

impl Harness {
    async fn call(&self, operation: &str, body: Value) -> Result<Value, AwsError> {
        let output = self.service.execute(operation, body.to_string().as_bytes(), &self.context).await.map_err(AwsError::from)?;
        Ok(serde_json::from_slice(&output).unwrap())
    }

    async fn ok(&self, operation: &str, body: Value) -> Value {
        match self.call(operation, body).await {
            Ok(output) => output,
            Err(error) => panic!("{operation} failed: {error}"),
        }
    }

    async fn code(&self, operation: &str, body: Value) -> String {
        match self.call(operation, body).await {
            Ok(output) => panic!("{operation} succeeded: {output}"),
            Err(error) => error.code.into_owned(),
        }
    }

    /// Uploads `content` as a layer through the API, in parts of `part` bytes.
    async fn upload_layer(&self, repository: &str, content: &[u8], part: usize) -> String {
        let started = self.ok("InitiateLayerUpload", json!({"repositoryName": repository})).await;
        let upload_id = started["uploadId"].as_str().unwrap().to_owned();
        for (index, chunk) in content.chunks(part).enumerate() {
            let first = index * part;
            let answer = self
                .ok(
                    "UploadLayerPart",
                    json!({"repositoryName": repository, "uploadId": upload_id, "partFirstByte": first,
                           "partLastByte": first + chunk.len() - 1, "layerPartBlob": STANDARD.encode(chunk)}),
                )
                .await;
            assert_eq!(answer["lastByteReceived"], json!(first + chunk.len() - 1));
        }
        let digest = Digest::of_bytes(DigestAlgorithm::Sha256, content).to_string();
        let completed =
            self.ok("CompleteLayerUpload", json!({"repositoryName": repository, "uploadId": upload_id, "layerDigests": [digest]})).await;
        assert_eq!(completed["layerDigest"], json!(digest));
        digest
    }

    /// Pushes a one-layer image whose layer holds `seed`; returns the manifest's digest.
    async fn push_image(&self, repository: &str, seed: &str, tag: Option<&str>) -> String {
        let config = format!("{{\"seed\":\"{seed}\"}}");
        let config_digest = self.upload_layer(repository, config.as_bytes(), 1024).await;
        let layer = format!("layer of {seed}");
        let layer_digest = self.upload_layer(repository, layer.as_bytes(), 1024).await;
        let manifest = json!({
            "schemaVersion": 2,
            "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
            "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "digest": config_digest, "size": config.len()},
            "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "digest": layer_digest, "size": layer.len()}],
        })
        .to_string();
        let mut request = json!({"repositoryName": repository, "imageManifest": manifest});
        if let Some(tag) = tag {
            request["imageTag"] = json!(tag);
        }
        let put = self.ok("PutImage", request).await;
        put["image"]["imageId"]["imageDigest"].as_str().unwrap().to_owned()
    }
}

#[tokio::test]
async fn repositories_are_created_described_paged_and_deleted() {
    let h = harness();
    let created = h
        .ok(
            "CreateRepository",
            json!({"repositoryName": "team/web", "imageTagMutability": "IMMUTABLE", "imageScanningConfiguration": {"scanOnPush": true},
                   "encryptionConfiguration": {"encryptionType": "KMS", "kmsKey": "arn:aws:kms:us-east-1:000000000000:key/k"},
                   "tags": [{"Key": "team", "Value": "web"}]}),
        )
        .await;
    let repository = &created["repository"];
    assert_eq!(repository["repositoryUri"], json!("127.0.0.1:4601/team/web"));
    assert_eq!(repository["repositoryArn"], json!("arn:aws:ecr:us-east-1:000000000000:repository/team/web"));
    assert_eq!(repository["registryId"], json!("000000000000"));
    assert_eq!(repository["imageTagMutability"], json!("IMMUTABLE"));
    assert_eq!(repository["imageScanningConfiguration"], json!({"scanOnPush": true}));
    assert_eq!(repository["encryptionConfiguration"]["encryptionType"], json!("KMS"));
    assert_eq!(h.code("CreateRepository", json!({"repositoryName": "team/web"})).await, "RepositoryAlreadyExistsException");
    assert_eq!(h.code("CreateRepository", json!({"repositoryName": "Bad_Name"})).await, "InvalidParameterException");
    assert_eq!(
        h.code("CreateRepository", json!({"repositoryName": "x1", "imageTagMutability": "SOMETIMES"})).await,
        "InvalidParameterException"
    );

    for index in 0..5 {
        h.ok("CreateRepository", json!({"repositoryName": format!("repo-{index}")})).await;
    }
    let mut names = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let mut request = json!({"maxResults": 2});
        if let Some(token) = &token {
            request["nextToken"] = json!(token);
        }
        let page = h.ok("DescribeRepositories", request).await;
        names.extend(
            page["repositories"].as_array().unwrap().iter().map(|repository| repository["repositoryName"].as_str().unwrap().to_owned()),
        );
        match page["nextToken"].as_str() {
            Some(next) => token = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(names, ["repo-0", "repo-1", "repo-2", "repo-3", "repo-4", "team/web"]);
    assert_eq!(h.code("DescribeRepositories", json!({"repositoryNames": ["nope"]})).await, "RepositoryNotFoundException");

    let arn = "arn:aws:ecr:us-east-1:000000000000:repository/team/web";
    h.ok("TagResource", json!({"resourceArn": arn, "tags": [{"Key": "env", "Value": "prod"}]})).await;
    h.ok("UntagResource", json!({"resourceArn": arn, "tagKeys": ["team"]})).await;
    assert_eq!(h.ok("ListTagsForResource", json!({"resourceArn": arn})).await["tags"], json!([{"Key": "env", "Value": "prod"}]));
    assert_eq!(h.code("TagResource", json!({"resourceArn": "arn:aws:s3:::bucket", "tags": []})).await, "InvalidParameterException");
    assert_eq!(
        h.code("ListTagsForResource", json!({"resourceArn": "arn:aws:ecr:us-east-1:000000000000:repository/gone"})).await,
        "RepositoryNotFoundException"
    );

    h.push_image("team/web", "a", Some("v1")).await;
    assert_eq!(h.code("DeleteRepository", json!({"repositoryName": "team/web"})).await, "RepositoryNotEmptyException");
    let deleted = h.ok("DeleteRepository", json!({"repositoryName": "team/web", "force": true})).await;
    assert_eq!(deleted["repository"]["repositoryName"], json!("team/web"));
    assert_eq!(h.code("DeleteRepository", json!({"repositoryName": "team/web"})).await, "RepositoryNotFoundException");
}

#[tokio::test]
async fn images_pushed_by_the_api_are_listed_described_fetched_and_deleted() {
    let h = harness();
    h.ok("CreateRepository", json!({"repositoryName": "app"})).await;
    let first = h.push_image("app", "one", Some("v1")).await;
    let second = h.push_image("app", "two", None).await;
    // The same manifest again under another tag; under the same tag it already exists.
    let manifest =
        h.ok("BatchGetImage", json!({"repositoryName": "app", "imageIds": [{"imageTag": "v1"}]})).await["images"][0]["imageManifest"]
            .as_str()
            .unwrap()
            .to_owned();
    h.ok("PutImage", json!({"repositoryName": "app", "imageManifest": manifest, "imageTag": "latest"})).await;
    assert_eq!(
        h.code("PutImage", json!({"repositoryName": "app", "imageManifest": manifest, "imageTag": "latest"})).await,
        "ImageAlreadyExistsException"
    );
    assert_eq!(
        h.code("PutImage", json!({"repositoryName": "app", "imageManifest": manifest, "imageDigest": second})).await,
        "ImageDigestDoesNotMatchException"
    );
    let missing_layer = json!({
        "schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": format!("sha256:{}", "0".repeat(64)), "size": 2},
        "layers": [],
    });
    assert_eq!(
        h.code("PutImage", json!({"repositoryName": "app", "imageManifest": missing_layer.to_string(), "imageTag": "broken"})).await,
        "LayersNotFoundException"
    );
    assert_eq!(
        h.code("PutImage", json!({"repositoryName": "app", "imageManifest": "{}", "imageTag": "x"})).await,
        "InvalidParameterException"
    );

    let listed = h.ok("ListImages", json!({"repositoryName": "app"})).await;
    assert_eq!(listed["imageIds"].as_array().unwrap().len(), 3, "{listed}");
    let untagged = h.ok("ListImages", json!({"repositoryName": "app", "filter": {"tagStatus": "UNTAGGED"}})).await;
    assert_eq!(untagged["imageIds"], json!([{"imageDigest": second}]));
    let paged = h.ok("ListImages", json!({"repositoryName": "app", "maxResults": 2})).await;
    assert_eq!(paged["imageIds"].as_array().unwrap().len(), 2);
    let rest = h.ok("ListImages", json!({"repositoryName": "app", "maxResults": 2, "nextToken": paged["nextToken"]})).await;
    assert_eq!(rest["imageIds"].as_array().unwrap().len(), 1);
    assert!(rest.get("nextToken").is_none());

    let described = h.ok("DescribeImages", json!({"repositoryName": "app", "imageIds": [{"imageDigest": first}]})).await;
    let detail = &described["imageDetails"][0];
    assert_eq!(detail["imageTags"], json!(["latest", "v1"]));
    assert_eq!(detail["imageManifestMediaType"], json!("application/vnd.docker.distribution.manifest.v2+json"));
    assert_eq!(detail["artifactMediaType"], json!("application/vnd.docker.container.image.v1+json"));
    assert_eq!(detail["imagePushedAt"], json!(1_800_000_000));
    assert!(detail["imageSizeInBytes"].as_i64().unwrap() > 0);
    assert_eq!(
        h.code("DescribeImages", json!({"repositoryName": "app", "imageIds": [{"imageTag": "nope"}]})).await,
        "ImageNotFoundException"
    );
    let tagged_only = h.ok("DescribeImages", json!({"repositoryName": "app", "filter": {"tagStatus": "TAGGED"}})).await;
    assert_eq!(tagged_only["imageDetails"].as_array().unwrap().len(), 1);

    let fetched = h
        .ok(
            "BatchGetImage",
            json!({"repositoryName": "app", "imageIds": [{"imageDigest": second}, {"imageTag": "nope"}],
                   "acceptedMediaTypes": ["application/vnd.docker.distribution.manifest.v2+json"]}),
        )
        .await;
    assert_eq!(fetched["images"][0]["imageId"]["imageDigest"], json!(second));
    assert_eq!(fetched["failures"][0]["failureCode"], json!("ImageNotFound"));
    let refused = h
        .ok(
            "BatchGetImage",
            json!({"repositoryName": "app", "imageIds": [{"imageDigest": second}], "acceptedMediaTypes": ["application/x-other"]}),
        )
        .await;
    assert_eq!(refused["images"], json!([]));

    // Deleting one of two tags keeps the image; deleting its last tag deletes it.
    let deleted = h.ok("BatchDeleteImage", json!({"repositoryName": "app", "imageIds": [{"imageTag": "latest"}]})).await;
    assert_eq!(deleted["imageIds"], json!([{"imageDigest": first, "imageTag": "latest"}]));
    assert_eq!(
        h.ok("DescribeImages", json!({"repositoryName": "app", "imageIds": [{"imageDigest": first}]})).await["imageDetails"][0]["imageTags"],
        json!(["v1"])
    );
    h.ok(
        "BatchDeleteImage",
        json!({"repositoryName": "app", "imageIds": [{"imageTag": "v1"}, {"imageDigest": second}, {"imageTag": "gone"}]}),
    )
    .await;
    let remaining = h.ok("ListImages", json!({"repositoryName": "app"})).await;
    assert_eq!(remaining["imageIds"], json!([]));
}

#[tokio::test]
async fn immutable_tags_cannot_move() {
    let h = harness();
    h.ok("CreateRepository", json!({"repositoryName": "frozen"})).await;
    h.ok("PutImageTagMutability", json!({"repositoryName": "frozen", "imageTagMutability": "IMMUTABLE"})).await;
    h.push_image("frozen", "one", Some("v1")).await;
    let config = "{\"seed\":\"two\"}";
    let config_digest = h.upload_layer("frozen", config.as_bytes(), 4).await;
    let manifest = json!({
        "schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest, "size": config.len()}, "layers": [],
    });
    assert_eq!(
        h.code("PutImage", json!({"repositoryName": "frozen", "imageManifest": manifest.to_string(), "imageTag": "v1"})).await,
        "ImageTagAlreadyExistsException"
    );
    h.ok("PutImage", json!({"repositoryName": "frozen", "imageManifest": manifest.to_string(), "imageTag": "v2"})).await;
    let repository = h.ok("DescribeRepositories", json!({"repositoryNames": ["frozen"]})).await;
    assert_eq!(repository["repositories"][0]["imageTagMutability"], json!("IMMUTABLE"));
}

#[tokio::test]
async fn layer_uploads_check_their_parts_and_digests() {
    let h = harness();
    h.ok("CreateRepository", json!({"repositoryName": "layers"})).await;
    let digest = h.upload_layer("layers", b"0123456789abcdef", 5).await;
    let checked = h
        .ok(
            "BatchCheckLayerAvailability",
            json!({"repositoryName": "layers", "layerDigests": [digest, format!("sha256:{}", "1".repeat(64)), "bogus"]}),
        )
        .await;
    assert_eq!(checked["layers"][0]["layerAvailability"], json!("AVAILABLE"));
    assert_eq!(checked["layers"][0]["layerSize"], json!(16));
    assert_eq!(checked["failures"][0]["failureCode"], json!("MissingLayerDigest"));
    assert_eq!(checked["failures"][1]["failureCode"], json!("InvalidLayerDigest"));

    let upload_id = h.ok("InitiateLayerUpload", json!({"repositoryName": "layers"})).await["uploadId"].as_str().unwrap().to_owned();
    let part = |first: usize, bytes: &[u8]| {
        json!({"repositoryName": "layers", "uploadId": upload_id, "partFirstByte": first, "partLastByte": first + bytes.len() - 1,
               "layerPartBlob": STANDARD.encode(bytes)})
    };
    assert_eq!(
        h.code("CompleteLayerUpload", json!({"repositoryName": "layers", "uploadId": upload_id, "layerDigests": [digest]})).await,
        "EmptyUploadException"
    );
    h.ok("UploadLayerPart", part(0, b"abc")).await;
    assert_eq!(h.code("UploadLayerPart", part(5, b"xyz")).await, "InvalidLayerPartException");
    let mut mismatched = part(3, b"def");
    mismatched["partLastByte"] = json!(10);
    assert_eq!(h.code("UploadLayerPart", mismatched).await, "InvalidLayerPartException");
    h.ok("UploadLayerPart", part(3, b"def")).await;
    let wrong_digest = Digest::of_bytes(DigestAlgorithm::Sha256, b"something else").to_string();
    assert_eq!(
        h.code("CompleteLayerUpload", json!({"repositoryName": "layers", "uploadId": upload_id, "layerDigests": [wrong_digest]})).await,
        "InvalidLayerException"
    );
    // A failed completion ends the upload.
    assert_eq!(h.code("UploadLayerPart", part(6, b"ghi")).await, "UploadNotFoundException");
    assert_eq!(
        h.code(
            "UploadLayerPart",
            json!({"repositoryName": "layers", "uploadId": "00000000-0000-0000-0000-000000000000", "partFirstByte": 0,
                                         "partLastByte": 0, "layerPartBlob": "YQ=="})
        )
        .await,
        "UploadNotFoundException"
    );

    // The same layer again: it already exists.
    let again = h.ok("InitiateLayerUpload", json!({"repositoryName": "layers"})).await["uploadId"].as_str().unwrap().to_owned();
    h.ok(
        "UploadLayerPart",
        json!({"repositoryName": "layers", "uploadId": again, "partFirstByte": 0, "partLastByte": 15, "layerPartBlob": STANDARD.encode(b"0123456789abcdef")}),
    )
    .await;
    assert_eq!(
        h.code("CompleteLayerUpload", json!({"repositoryName": "layers", "uploadId": again, "layerDigests": [digest]})).await,
        "LayerAlreadyExistsException"
    );

    let url = h.ok("GetDownloadUrlForLayer", json!({"repositoryName": "layers", "layerDigest": digest})).await;
    let url = url["downloadUrl"].as_str().unwrap();
    assert!(url.starts_with("http://AWS:"), "{url}");
    assert!(url.ends_with(&format!("@127.0.0.1:4601/v2/layers/blobs/{digest}")), "{url}");
    assert_eq!(
        h.code("GetDownloadUrlForLayer", json!({"repositoryName": "layers", "layerDigest": format!("sha256:{}", "2".repeat(64))})).await,
        "LayersNotFoundException"
    );
}

#[tokio::test]
async fn authorization_tokens_decode_to_aws_and_a_password() {
    let h = harness();
    let answer = h.ok("GetAuthorizationToken", json!({})).await;
    let data = &answer["authorizationData"][0];
    assert_eq!(data["proxyEndpoint"], json!("http://127.0.0.1:4601"));
    assert_eq!(data["expiresAt"], json!(1_800_000_000 + 12 * 3600));
    let decoded = String::from_utf8(STANDARD.decode(data["authorizationToken"].as_str().unwrap()).unwrap()).unwrap();
    assert!(decoded.starts_with("AWS:"), "{decoded}");
}

#[tokio::test]
async fn repository_policies_are_stored_and_validated() {
    let h = harness();
    h.ok("CreateRepository", json!({"repositoryName": "policy"})).await;
    assert_eq!(h.code("GetRepositoryPolicy", json!({"repositoryName": "policy"})).await, "RepositoryPolicyNotFoundException");
    assert_eq!(h.code("SetRepositoryPolicy", json!({"repositoryName": "policy", "policyText": "nope"})).await, "InvalidParameterException");
    let policy = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:BatchGetImage"}]}"#;
    h.ok("SetRepositoryPolicy", json!({"repositoryName": "policy", "policyText": policy})).await;
    assert_eq!(h.ok("GetRepositoryPolicy", json!({"repositoryName": "policy"})).await["policyText"], json!(policy));
    assert_eq!(h.ok("DeleteRepositoryPolicy", json!({"repositoryName": "policy"})).await["policyText"], json!(policy));
    assert_eq!(h.code("DeleteRepositoryPolicy", json!({"repositoryName": "policy"})).await, "RepositoryPolicyNotFoundException");
    assert_eq!(h.code("SetRepositoryPolicy", json!({"repositoryName": "gone", "policyText": policy})).await, "RepositoryNotFoundException");
}

#[tokio::test]
async fn lifecycle_policies_preview_and_expire_images() {
    let h = harness();
    h.ok("CreateRepository", json!({"repositoryName": "ci"})).await;
    assert_eq!(h.code("GetLifecyclePolicy", json!({"repositoryName": "ci"})).await, "LifecyclePolicyNotFoundException");
    assert_eq!(h.code("StartLifecyclePolicyPreview", json!({"repositoryName": "ci"})).await, "LifecyclePolicyNotFoundException");
    assert_eq!(h.code("GetLifecyclePolicyPreview", json!({"repositoryName": "ci"})).await, "LifecyclePolicyPreviewNotFoundException");
    let mut digests = Vec::new();
    for index in 0..4 {
        digests.push(h.push_image("ci", &format!("build-{index}"), Some(&format!("build-{index}"))).await);
        h.clock.advance(Duration::from_secs(60));
    }
    let untagged = h.push_image("ci", "scratch", None).await;
    h.clock.advance(Duration::from_secs(3 * 24 * 3600));

    let policy = json!({"rules": [
        {"rulePriority": 1, "description": "untagged older than a day",
         "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 1},
         "action": {"type": "expire"}},
        {"rulePriority": 2, "description": "keep two builds",
         "selection": {"tagStatus": "tagged", "tagPrefixList": ["build-"], "countType": "imageCountMoreThan", "countNumber": 2},
         "action": {"type": "expire"}},
    ]})
    .to_string();
    assert_eq!(
        h.code("PutLifecyclePolicy", json!({"repositoryName": "ci", "lifecyclePolicyText": "{\"rules\": []}"})).await,
        "InvalidParameterException"
    );
    h.ok("PutLifecyclePolicy", json!({"repositoryName": "ci", "lifecyclePolicyText": policy})).await;
    assert_eq!(h.ok("GetLifecyclePolicy", json!({"repositoryName": "ci"})).await["lifecyclePolicyText"], json!(policy));

    let started = h.ok("StartLifecyclePolicyPreview", json!({"repositoryName": "ci"})).await;
    assert_eq!(started["status"], json!("COMPLETE"));
    let preview = h.ok("GetLifecyclePolicyPreview", json!({"repositoryName": "ci"})).await;
    assert_eq!(preview["summary"]["expiringImageTotalCount"], json!(3));
    let expiring: Vec<(&str, i64)> = preview["previewResults"]
        .as_array()
        .unwrap()
        .iter()
        .map(|result| (result["imageDigest"].as_str().unwrap(), result["appliedRulePriority"].as_i64().unwrap()))
        .collect();
    assert_eq!(expiring, [(digests[0].as_str(), 2), (digests[1].as_str(), 2), (untagged.as_str(), 1)]);
    let untagged_only = h.ok("GetLifecyclePolicyPreview", json!({"repositoryName": "ci", "filter": {"tagStatus": "UNTAGGED"}})).await;
    assert_eq!(untagged_only["previewResults"].as_array().unwrap().len(), 1);
    // Previewing changes nothing.
    assert_eq!(h.ok("DescribeImages", json!({"repositoryName": "ci"})).await["imageDetails"].as_array().unwrap().len(), 5);

    assert_eq!(h.service.run_lifecycle_pass().await.unwrap(), 3);
    let left: Vec<String> = h.ok("DescribeImages", json!({"repositoryName": "ci"})).await["imageDetails"]
        .as_array()
        .unwrap()
        .iter()
        .map(|detail| detail["imageDigest"].as_str().unwrap().to_owned())
        .collect();
    let mut expected = vec![digests[2].clone(), digests[3].clone()];
    expected.sort();
    assert_eq!(left, expected);
    assert!(h.ok("GetLifecyclePolicy", json!({"repositoryName": "ci"})).await.get("lastEvaluatedAt").is_some());
    assert_eq!(h.service.run_lifecycle_pass().await.unwrap(), 0, "a second pass finds nothing more");

    h.ok("DeleteLifecyclePolicy", json!({"repositoryName": "ci"})).await;
    assert_eq!(h.code("DeleteLifecyclePolicy", json!({"repositoryName": "ci"})).await, "LifecyclePolicyNotFoundException");
    // The preview goes with its repository.
    h.ok("DeleteRepository", json!({"repositoryName": "ci", "force": true})).await;
    h.ok("CreateRepository", json!({"repositoryName": "ci"})).await;
    assert_eq!(h.code("GetLifecyclePolicyPreview", json!({"repositoryName": "ci"})).await, "LifecyclePolicyPreviewNotFoundException");
}

#[tokio::test]
async fn malformed_input_and_unimplemented_operations_answer_aws_errors() {
    let h = harness();
    assert_eq!(h.code("CreateRepository", json!({})).await, "InvalidParameterException");
    assert_eq!(h.code("CreateRepository", json!({"repositoryName": 5})).await, "SerializationException");
    assert_eq!(h.code("ListImages", json!({"repositoryName": "nope"})).await, "RepositoryNotFoundException");
    assert_eq!(h.code("ListImages", json!({"repositoryName": "nope", "maxResults": 0})).await, "InvalidParameterException");
    assert_eq!(h.code("DescribeRegistry", json!({})).await, "UnsupportedFeatureException");
    assert_eq!(
        h.code("CreateRepository", json!({"repositoryName": "other", "registryId": "111111111111"})).await,
        "InvalidParameterException"
    );
}

#[test]
fn registry_endpoints_parse() {
    let plain = RegistryEndpoint::parse("registry.example.com:5000").unwrap();
    assert_eq!(plain.proxy_endpoint(), "http://registry.example.com:5000");
    assert_eq!(plain.repository_uri("web"), "registry.example.com:5000/web");
    let secure = RegistryEndpoint::parse("https://registry.example.com/").unwrap();
    assert_eq!(secure.proxy_endpoint(), "https://registry.example.com");
    assert!(RegistryEndpoint::parse("ftp://x").is_err());
    assert!(RegistryEndpoint::parse("host/path").is_err());
    assert!(RegistryEndpoint::parse("").is_err());
}
