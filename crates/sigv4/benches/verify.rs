//! Measures `Verifier::verify` on the hot path: an ECS JSON call signed by aws-sigv4, with the
//! signing key already cached, as it is for every request after a client's first of the day.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SignatureLocation, SigningSettings, sign};
use aws_smithy_runtime_api::client::identity::Identity;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ferry_sigv4::{RequestToVerify, StaticCredentials, Verifier, VerifierConfig};

const ACCESS_KEY_ID: &str = "FERRYBENCHACCESSKEY";
const SECRET_ACCESS_KEY: &str = "ferry/bench/secret+key/0123456789abcdefgh";

struct SignedRequest {
    method: String,
    path: String,
    query: Option<String>,
    headers: http::HeaderMap,
    body: Vec<u8>,
}

fn signing_time() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_704_068_700)
}

/// Signs the request the way the AWS SDK for Rust does.
fn signed_request(path_and_query: &str, body: Vec<u8>, presigned: bool) -> SignedRequest {
    let uri = format!("http://localhost:4566{path_and_query}");
    let headers = [
        ("host", "localhost:4566"),
        ("content-type", "application/x-amz-json-1.1"),
        ("x-amz-target", "AmazonEC2ContainerServiceV20141113.DescribeServices"),
        ("x-amz-user-agent", "aws-sdk-rust/1.3.0 api/ecs/1.0.0 os/linux lang/rust/1.95.0"),
        ("amz-sdk-invocation-id", "8b4b8d8c-3a3e-4c7b-9d2a-0f2a6b1f7f11"),
        ("amz-sdk-request", "attempt=1; max=3"),
    ];
    let identity: Identity = Credentials::new(ACCESS_KEY_ID, SECRET_ACCESS_KEY, None, None, "bench").into();
    let mut settings = SigningSettings::default();
    if presigned {
        settings.signature_location = SignatureLocation::QueryParams;
        settings.expires_in = Some(Duration::from_secs(900));
    }
    let params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name("ecs")
        .time(signing_time())
        .settings(settings)
        .build()
        .unwrap()
        .into();
    let signable = SignableRequest::new("POST", uri.clone(), headers.iter().copied(), SignableBody::Bytes(&body)).unwrap();
    let (instructions, _signature) = sign(signable, &params).unwrap().into_parts();
    let mut request = http::Request::builder().method("POST").uri(&uri);
    for (name, value) in headers {
        request = request.header(name, value);
    }
    let mut request = request.body(()).unwrap();
    instructions.apply_to_request_http1x(&mut request);
    SignedRequest {
        method: "POST".into(),
        path: request.uri().path().to_owned(),
        query: request.uri().query().map(str::to_owned),
        headers: request.headers().clone(),
        body,
    }
}

fn bench_verify(criterion: &mut Criterion) {
    let credentials = StaticCredentials::new().with_credential(ACCESS_KEY_ID, SECRET_ACCESS_KEY, "arn:aws:iam::000000000000:root");
    let verifier = Verifier::new(VerifierConfig::new("us-east-1"), Arc::new(credentials));
    let small_body = br#"{"cluster":"default","services":["web","worker"],"include":["TAGS"]}"#.to_vec();
    let cases = [
        ("ecs_json_call_header_signed", signed_request("/", small_body.clone(), false)),
        ("ecs_json_call_4KiB_body", signed_request("/", vec![b'x'; 4096], false)),
        ("presigned_url", signed_request("/?Action=GetCallerIdentity&Version=2011-06-15", Vec::new(), true)),
    ];

    let mut group = criterion.benchmark_group("verify");
    group.throughput(Throughput::Elements(1));
    for (name, signed) in &cases {
        let request = RequestToVerify {
            method: &signed.method,
            path: &signed.path,
            query: signed.query.as_deref(),
            headers: &signed.headers,
            body: &signed.body,
        };
        verifier.verify(&request, "ecs", signing_time()).expect("the benchmark request must verify");
        group.bench_function(*name, |bencher| {
            bencher.iter(|| verifier.verify(std::hint::black_box(&request), "ecs", signing_time()).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, bench_verify);
criterion_main!(benches);
