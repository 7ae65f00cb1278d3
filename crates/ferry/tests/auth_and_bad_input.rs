//! The front door refuses what it must — unsigned, wrongly signed, stale, malformed, oversized or
//! unknown requests — with the AWS error a real client parses, and stores nothing when it does.

mod common;

use std::time::{Duration, SystemTime};

use common::{Signing, call_ecs, ecs_request, send, sign_request, start_fresh};

async fn assert_nothing_stored(endpoint: &str) {
    let clusters = call_ecs(endpoint, "ListClusters", "{}").await.json();
    assert_eq!(clusters["clusterArns"], serde_json::json!([]), "no cluster was stored");
    let families = call_ecs(endpoint, "ListTaskDefinitionFamilies", "{}").await.json();
    assert_eq!(families["families"], serde_json::json!([]), "no task definition was stored");
}

#[tokio::test]
async fn signature_failures_get_the_aws_codes() {
    let (_directory, ferry) = start_fresh();
    let endpoint = ferry.endpoint.clone();
    let body = r#"{"clusterName":"sneaky"}"#;

    let unsigned = send(ecs_request(&endpoint, "CreateCluster", body)).await;
    assert_eq!(unsigned.status, 403);
    assert_eq!(unsigned.error_type(), "MissingAuthenticationTokenException");

    let mut unknown_key = ecs_request(&endpoint, "CreateCluster", body);
    sign_request(&mut unknown_key, &Signing { access_key_id: "AKIAUNKNOWNKEY000000".into(), ..Signing::ecs() });
    let response = send(unknown_key).await;
    assert_eq!(response.error_type(), "UnrecognizedClientException");
    assert_eq!(response.status, 403);

    let mut wrong_secret = ecs_request(&endpoint, "CreateCluster", body);
    sign_request(&mut wrong_secret, &Signing { secret_access_key: "not-the-secret".into(), ..Signing::ecs() });
    let response = send(wrong_secret).await;
    assert_eq!(response.error_type(), "InvalidSignatureException");
    assert!(!response.body.contains(common::SECRET_ACCESS_KEY));

    let mut stale = ecs_request(&endpoint, "CreateCluster", body);
    sign_request(&mut stale, &Signing { time: SystemTime::now() - Duration::from_secs(20 * 60), ..Signing::ecs() });
    let response = send(stale).await;
    assert_eq!(response.error_type(), "InvalidSignatureException");
    assert!(response.message().starts_with("Signature expired"), "{}", response.message());

    let mut future = ecs_request(&endpoint, "CreateCluster", body);
    sign_request(&mut future, &Signing { time: SystemTime::now() + Duration::from_secs(20 * 60), ..Signing::ecs() });
    assert_eq!(send(future).await.error_type(), "InvalidSignatureException");

    let mut tampered = ecs_request(&endpoint, "CreateCluster", body);
    sign_request(&mut tampered, &Signing::ecs());
    *tampered.body_mut() = br#"{"clusterName":"evil"}"#.to_vec();
    assert_eq!(send(tampered).await.error_type(), "InvalidSignatureException");

    let mut wrong_service = ecs_request(&endpoint, "CreateCluster", body);
    sign_request(&mut wrong_service, &Signing { service: "ecr".into(), ..Signing::ecs() });
    assert_eq!(send(wrong_service).await.error_type(), "InvalidSignatureException");

    let mut wrong_region = ecs_request(&endpoint, "CreateCluster", body);
    sign_request(&mut wrong_region, &Signing { region: "eu-west-1".into(), ..Signing::ecs() });
    let response = send(wrong_region).await;
    assert_eq!(response.error_type(), "InvalidSignatureException");
    assert!(response.message().contains("us-east-1"), "{}", response.message());

    // The operation header must be covered by the signature, or a captured DescribeX could be
    // replayed as DeleteX.
    let mut unsigned_target = ecs_request(&endpoint, "ListClusters", body);
    unsigned_target.headers_mut().remove("x-amz-target");
    sign_request(&mut unsigned_target, &Signing::ecs());
    unsigned_target.headers_mut().insert("x-amz-target", "AmazonEC2ContainerServiceV20141113.CreateCluster".parse().unwrap());
    let response = send(unsigned_target).await;
    assert_eq!(response.error_type(), "IncompleteSignatureException", "{}", response.body);
    assert!(response.message().contains("x-amz-target"), "{}", response.message());

    let mut garbage = ecs_request(&endpoint, "CreateCluster", body);
    garbage.headers_mut().insert("authorization", "AWS4-HMAC-SHA256 Credential=nonsense".parse().unwrap());
    garbage.headers_mut().insert("x-amz-date", "20240101T000000Z".parse().unwrap());
    let response = send(garbage).await;
    assert_eq!(response.error_type(), "IncompleteSignatureException");
    assert_eq!(response.status, 400);

    assert_nothing_stored(&endpoint).await;
}

#[tokio::test]
async fn presigned_requests_are_accepted() {
    let (_directory, ferry) = start_fresh();
    let mut request = ecs_request(&ferry.endpoint, "CreateCluster", r#"{"clusterName":"presigned"}"#);
    sign_request(&mut request, &Signing { presigned: true, ..Signing::ecs() });
    assert!(request.uri().query().unwrap().contains("X-Amz-Signature="));
    assert!(request.headers().get("authorization").is_none());
    let response = send(request).await;
    assert_eq!(response.status, 200, "{}", response.body);
    assert_eq!(response.json()["cluster"]["clusterName"], "presigned");
}

#[tokio::test]
async fn malformed_input_gets_aws_errors_and_changes_nothing() {
    let (_directory, ferry) = start_fresh();
    let endpoint = ferry.endpoint.clone();
    let cases: &[(&str, &str, &str, &str)] = &[
        ("CreateCluster", "{not json", "SerializationException", ""),
        ("CreateCluster", r#"{"clusterName": 42}"#, "SerializationException", "clusterName"),
        ("CreateCluster", r#"{"clusterName": "x", "tags": {"key": "a"}}"#, "SerializationException", "tags"),
        (
            "CreateCluster",
            r#"{"clusterName": "x", "settings": [{"name": "nonsense", "value": "enabled"}]}"#,
            "InvalidParameterException",
            "settings[0].name",
        ),
        ("CreateCluster", r#"{"clusterName": "x", "tags": [{"key": "", "value": "v"}]}"#, "InvalidParameterException", "tags[0].key"),
        ("RegisterTaskDefinition", r#"{"containerDefinitions": []}"#, "InvalidParameterException", "family"),
        (
            "RegisterTaskDefinition",
            r#"{"family": "f", "containerDefinitions": [{"name": "a", "image": "i", "memory": "lots"}]}"#,
            "SerializationException",
            "containerDefinitions[0].memory",
        ),
        (
            "RegisterTaskDefinition",
            r#"{"family": "f", "networkMode": "carrier-pigeon", "containerDefinitions": [{"name": "a", "image": "i", "memory": 64}]}"#,
            "InvalidParameterException",
            "networkMode",
        ),
        (
            "RegisterTaskDefinition",
            r#"{"family": "f", "containerDefinitions": [{"name": "a", "image": "i", "memory": 64, "portMappings": [{"containerPort": 80, "protocol": "sctp"}]}]}"#,
            "InvalidParameterException",
            "containerDefinitions[0].portMappings[0].protocol",
        ),
        ("ListClusters", r#"{"maxResults": 1000}"#, "InvalidParameterException", "maxResults"),
        ("DescribeTaskDefinition", r#"{}"#, "InvalidParameterException", "taskDefinition"),
        ("PutAccountSetting", r#"{"name": "awsvpcTrunking", "value": "enabled"}"#, "UnsupportedFeatureException", "PutAccountSetting"),
        ("LaunchRockets", r#"{}"#, "UnknownOperationException", "LaunchRockets"),
    ];
    for (operation, body, expected_code, expected_in_message) in cases {
        let response = call_ecs(&endpoint, operation, *body).await;
        assert_eq!(response.status, 400, "{operation} {body}: {}", response.body);
        assert_eq!(&response.error_type(), expected_code, "{operation} {body}: {}", response.body);
        assert!(response.message().contains(expected_in_message), "{operation} {body}: {}", response.message());
        assert!(response.headers.contains_key("x-amzn-requestid"));
    }
    assert_nothing_stored(&endpoint).await;
}

#[tokio::test]
async fn oversized_bodies_are_refused_before_they_are_read() {
    let (_directory, ferry) = start_fresh();
    let padding = "x".repeat(2 * 1024 * 1024);
    let body = format!(r#"{{"clusterName":"big","padding":"{padding}"}}"#);
    let response = call_ecs(&ferry.endpoint, "CreateCluster", body).await;
    assert_eq!(response.status, 413);
    assert_eq!(response.error_type(), "RequestEntityTooLargeException");
    // A task definition over ECS's 64 KiB limit but under the front door's is a ClientException.
    let environment: Vec<String> =
        (0..2000).map(|index| format!(r#"{{"name":"VARIABLE_{index}","value":"0123456789012345678901234567890123456789"}}"#)).collect();
    let body = format!(
        r#"{{"family":"huge","containerDefinitions":[{{"name":"a","image":"busybox","memory":64,"environment":[{}]}}]}}"#,
        environment.join(",")
    );
    let response = call_ecs(&ferry.endpoint, "RegisterTaskDefinition", body).await;
    assert_eq!(response.error_type(), "ClientException", "{}", response.body);
    assert_nothing_stored(&ferry.endpoint).await;
}

#[tokio::test]
async fn routing_health_and_metrics() {
    let (_directory, ferry) = start_fresh();
    let endpoint = ferry.endpoint.clone();
    let response = call_ecs(&endpoint, "ListClusters", "").await;
    assert_eq!(response.status, 200, "an empty body is an empty input");
    assert!(response.headers.contains_key("x-amzn-requestid"));

    let mut foreign = http::Request::builder()
        .method("POST")
        .uri(format!("{endpoint}/"))
        .header("host", endpoint.trim_start_matches("http://"))
        .header("content-type", "application/x-amz-json-1.1")
        .header("x-amz-target", "DynamoDB_20120810.ListTables")
        .body(b"{}".to_vec())
        .unwrap();
    sign_request(&mut foreign, &Signing { service: "dynamodb".into(), ..Signing::ecs() });
    let response = send(foreign).await;
    assert_eq!(response.error_type(), "UnknownOperationException");
    assert!(response.message().contains("DynamoDB_20120810"));

    // An AWS Query request for a service Ferry does not serve yet answers in XML.
    let mut query = http::Request::builder()
        .method("POST")
        .uri(format!("{endpoint}/"))
        .header("host", endpoint.trim_start_matches("http://"))
        .header("content-type", "application/x-www-form-urlencoded; charset=utf-8")
        .body(b"Action=GetCallerIdentity&Version=2011-06-15".to_vec())
        .unwrap();
    sign_request(&mut query, &Signing { service: "sts".into(), ..Signing::ecs() });
    let response = send(query).await;
    assert_eq!(response.status, 400);
    assert!(response.body.starts_with("<ErrorResponse>"), "{}", response.body);
    assert!(response.body.contains("<Code>InvalidAction</Code>"));

    let health = reqwest::get(format!("{endpoint}/healthz")).await.unwrap();
    assert_eq!(health.status(), 200);
    let metrics = reqwest::get(format!("{endpoint}/metrics")).await.unwrap().text().await.unwrap();
    assert!(metrics.contains(r#"ferry_api_requests_total{service="ecs",operation="ListClusters",status="200"} 1"#), "{metrics}");
    assert!(metrics.contains("ferry_api_request_duration_seconds_bucket"));
}

#[tokio::test]
async fn graceful_shutdown_on_sigterm() {
    let (_directory, ferry) = start_fresh();
    let status = ferry.terminate();
    assert!(status.success(), "ferry server exits 0 on SIGTERM, got {status}");
}

#[tokio::test]
async fn signed_calls_work_over_cleartext_http2() {
    let (_directory, ferry) = start_fresh();
    let mut request = ecs_request(&ferry.endpoint, "CreateCluster", r#"{"clusterName":"over-h2"}"#);
    sign_request(&mut request, &Signing::ecs());
    // Over HTTP/2 the host travels as :authority, not as a header.
    request.headers_mut().remove("host");
    let client = reqwest::Client::builder().http2_prior_knowledge().build().unwrap();
    let response = client.execute(reqwest::Request::try_from(request).unwrap()).await.unwrap();
    assert_eq!(response.version(), reqwest::Version::HTTP_2);
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
}
