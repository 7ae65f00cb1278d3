//! Verifies requests signed by `aws-sigv4` (the AWS SDK for Rust's signer) and by AWS's
//! documented examples: accepted when intact, refused with the right error when any signed part
//! is changed.

mod support;

use std::sync::Arc;
use std::time::Duration;

use ferry_sigv4::{RequestToVerify, SigV4Error, SignatureLocation, StaticCredentials, Verifier, VerifierConfig};
use proptest::prelude::*;
use support::*;

// ---------------------------------------------------------------------------------------------
// AWS's own documented examples.

/// The IAM `ListUsers` example from AWS's "Create a signed AWS API request" documentation.
#[test]
fn accepts_the_documented_iam_list_users_example() {
    let credentials = StaticCredentials::new().with_credential("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "arn:example");
    let verifier = Verifier::new(VerifierConfig::new("us-east-1"), Arc::new(credentials));
    let mut headers = http::HeaderMap::new();
    headers.insert("content-type", "application/x-www-form-urlencoded; charset=utf-8".parse().unwrap());
    headers.insert("host", "iam.amazonaws.com".parse().unwrap());
    headers.insert("x-amz-date", "20150830T123600Z".parse().unwrap());
    headers.insert(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, \
         SignedHeaders=content-type;host;x-amz-date, \
         Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
            .parse()
            .unwrap(),
    );
    let request =
        RequestToVerify { method: "GET", path: "/", query: Some("Action=ListUsers&Version=2010-05-08"), headers: &headers, body: b"" };
    let now = std::time::UNIX_EPOCH + Duration::from_secs(1_440_938_160);
    let verified = verifier.verify(&request, "iam", now).unwrap();
    assert_eq!(verified.access_key_id, "AKIDEXAMPLE");
    assert_eq!(verified.service, "iam");
    assert_eq!(verified.signed_at, now);
    assert_eq!(verified.location, SignatureLocation::Header);
}

/// `get-vanilla` from AWS's SigV4 test suite.
#[test]
fn accepts_the_sigv4_test_suite_get_vanilla() {
    let credentials = StaticCredentials::new().with_credential("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "arn:example");
    let verifier = Verifier::new(VerifierConfig::new("us-east-1"), Arc::new(credentials));
    let mut headers = http::HeaderMap::new();
    headers.insert("host", "example.amazonaws.com".parse().unwrap());
    headers.insert("x-amz-date", "20150830T123600Z".parse().unwrap());
    headers.insert(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, \
         SignedHeaders=host;x-amz-date, \
         Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
            .parse()
            .unwrap(),
    );
    let request = RequestToVerify { method: "GET", path: "/", query: None, headers: &headers, body: b"" };
    let now = std::time::UNIX_EPOCH + Duration::from_secs(1_440_938_160);
    verifier.verify(&request, "service", now).unwrap();
}

// ---------------------------------------------------------------------------------------------
// Requests signed by aws-sigv4 are accepted.

#[test]
fn accepts_an_ecs_call_signed_in_the_header() {
    let signed = sign_with_oracle(&RequestSpec::ecs_call(), &SigningOptions::default());
    let verified = verify(&verifier(), &signed).unwrap();
    assert_eq!(verified.access_key_id, ACCESS_KEY_ID);
    assert_eq!(verified.principal_arn, PRINCIPAL_ARN);
    assert_eq!(verified.region, REGION);
    assert_eq!(verified.service, SERVICE);
    assert_eq!(verified.signed_at, signing_time());
    assert_eq!(verified.location, SignatureLocation::Header);
}

#[test]
fn accepts_a_presigned_url() {
    let spec = RequestSpec {
        method: "GET".into(),
        path: "/".into(),
        query: Some("Action=GetCallerIdentity&Version=2011-06-15".into()),
        headers: vec![],
        body: vec![],
    };
    let signed = sign_with_oracle(&spec, &SigningOptions::presigned(Duration::from_secs(900)));
    assert!(signed.headers.get("authorization").is_none());
    let verified = verify(&verifier(), &signed).unwrap();
    assert_eq!(verified.location, SignatureLocation::QueryString);
    assert_eq!(verified.access_key_id, ACCESS_KEY_ID);
}

#[test]
fn accepts_a_signed_content_sha256_header() {
    let options = SigningOptions { send_content_sha256: true, ..SigningOptions::default() };
    let signed = sign_with_oracle(&RequestSpec::ecs_call(), &options);
    assert!(signed.headers.contains_key("x-amz-content-sha256"));
    verify(&verifier(), &signed).unwrap();
}

#[test]
fn accepts_paths_that_need_normalizing_and_encoding() {
    for path in [
        "/",
        "/clusters",
        "/a%20b",
        "/a%2Fb/c",
        "/%E2%82%AC/%F0%9F%9A%A2",
        "/~user/-_.",
        "/a/./b/../c",
        "/a//b///c/",
        "/../..",
        "/a/b/..",
        "/a/.",
        "/a+b=c;d,e:f@g!$&'()*",
        "/%2E%2E/x",
        "/v2/library/busybox/manifests/latest",
    ] {
        for options in [SigningOptions::default(), SigningOptions::presigned(Duration::from_secs(60))] {
            let spec = RequestSpec { path: path.into(), ..RequestSpec::ecs_call() };
            let signed = sign_with_oracle(&spec, &options);
            assert_eq!(signed.path, path, "the oracle must not rewrite the path");
            verify(&verifier(), &signed).unwrap_or_else(|error| panic!("{path:?}: {}", error.message()));
        }
    }
}

#[test]
fn accepts_queries_that_need_decoding_and_sorting() {
    for query in [
        "",
        "b=2&a=1",
        "a=2&a=1&a=10",
        "flag",
        "flag=&other",
        "q=a%20b",
        "q=a+b",
        "q=a%2Bb",
        "q=%7E%2d%5F",
        "q=%E2%82%AC",
        "q=/path/?x:y@z",
        "Action=DescribeLoadBalancers&Names.member.1=web&Version=2015-12-01",
        "a=%zz",
        "x=1&&y=2",
        "%41=upper",
    ] {
        for options in [SigningOptions::default(), SigningOptions::presigned(Duration::from_secs(60))] {
            let spec = RequestSpec { query: Some(query.into()), ..RequestSpec::ecs_call() };
            let signed = sign_with_oracle(&spec, &options);
            verify(&verifier(), &signed).unwrap_or_else(|error| panic!("{query:?}: {}", error.message()));
        }
    }
}

#[test]
fn accepts_repeated_headers_and_odd_whitespace() {
    let spec = RequestSpec {
        headers: vec![
            ("x-amz-target".into(), "AmazonEC2ContainerServiceV20141113.ListClusters".into()),
            ("X-Custom".into(), "  leading and   inner  spaces ".into()),
            ("x-custom".into(), "second\tvalue".into()),
            ("x-Custom".into(), "".into()),
            ("x-empty".into(), "   ".into()),
        ],
        ..RequestSpec::ecs_call()
    };
    for options in [SigningOptions::default(), SigningOptions::presigned(Duration::from_secs(60))] {
        let signed = sign_with_oracle(&spec, &options);
        verify(&verifier(), &signed).unwrap_or_else(|error| panic!("{}", error.message()));
    }
}

#[test]
fn passes_the_session_token_to_the_lookup() {
    for options in [
        SigningOptions { session_token: Some("session/token+1".into()), ..SigningOptions::default() },
        SigningOptions { session_token: Some("session/token+1".into()), ..SigningOptions::presigned(Duration::from_secs(60)) },
    ] {
        let credentials = Arc::new(RecordingCredentials::default());
        let verifier = Verifier::new(VerifierConfig::new(REGION), credentials.clone());
        let signed = sign_with_oracle(&RequestSpec::ecs_call(), &options);
        verify(&verifier, &signed).unwrap();
        assert_eq!(*credentials.session_tokens_seen.lock().unwrap(), vec![Some("session/token+1".to_owned())]);
    }
}

#[test]
fn falls_back_to_the_date_header() {
    // Have the oracle leave X-Amz-Date unsigned, then send the same time as an HTTP Date instead.
    let options = SigningOptions { extra_excluded_headers: vec!["x-amz-date"], ..SigningOptions::default() };
    let mut signed = sign_with_oracle(&RequestSpec::ecs_call(), &options);
    signed.headers.remove("x-amz-date");
    signed.set_header("date", "Mon, 01 Jan 2024 00:25:00 GMT");
    assert_eq!(verify(&verifier(), &signed).unwrap().signed_at, signing_time());
}

// ---------------------------------------------------------------------------------------------
// Tampering with any signed part is refused with the right error.

fn is_mismatch(result: &Result<ferry_sigv4::VerifiedRequest, SigV4Error>) -> bool {
    matches!(result, Err(SigV4Error::SignatureDoesNotMatch { .. }))
}

fn assert_mismatch(result: Result<ferry_sigv4::VerifiedRequest, SigV4Error>) -> SigV4Error {
    match result {
        Err(error @ SigV4Error::SignatureDoesNotMatch { .. }) => error,
        other => panic!("expected SignatureDoesNotMatch, got {other:?}"),
    }
}

#[test]
fn refuses_each_tampered_component() {
    let verifier = verifier();
    for options in [SigningOptions::default(), SigningOptions::presigned(Duration::from_secs(300))] {
        let spec = RequestSpec { query: Some("a=1&b=2".into()), path: "/clusters/default".into(), ..RequestSpec::ecs_call() };
        let signed = sign_with_oracle(&spec, &options);
        verify(&verifier, &signed).unwrap();

        let mut tampered = signed.clone();
        tampered.method = "PUT".into();
        assert_mismatch(verify(&verifier, &tampered));

        let mut tampered = signed.clone();
        tampered.path = "/clusters/other".into();
        assert_mismatch(verify(&verifier, &tampered));

        let mut tampered = signed.clone();
        tampered.query = Some(tampered.query.unwrap().replace("a=1", "a=3"));
        assert_mismatch(verify(&verifier, &tampered));

        let mut tampered = signed.clone();
        tampered.query = Some(format!("{}&c=3", tampered.query.unwrap()));
        assert_mismatch(verify(&verifier, &tampered));

        let mut tampered = signed.clone();
        tampered.set_header("x-amz-target", "AmazonEC2ContainerServiceV20141113.DeleteCluster");
        assert_mismatch(verify(&verifier, &tampered));

        let mut tampered = signed.clone();
        tampered.headers.append("x-amz-target", "AmazonEC2ContainerServiceV20141113.DeleteCluster".parse().unwrap());
        assert_mismatch(verify(&verifier, &tampered));

        let mut tampered = signed.clone();
        tampered.body = br#"{"maxResults":11}"#.to_vec();
        assert_mismatch(verify(&verifier, &tampered));

        let wrong_secret = SigningOptions { secret_access_key: "not-the-secret".into(), ..options.clone() };
        assert_mismatch(verify(&verifier, &sign_with_oracle(&spec, &wrong_secret)));
    }
}

#[test]
fn refuses_a_tampered_timestamp() {
    let verifier = verifier();
    let signed = sign_with_oracle(&RequestSpec::ecs_call(), &SigningOptions::default());
    let mut tampered = signed.clone();
    tampered.set_header("x-amz-date", "20240101T002501Z");
    assert_mismatch(verify(&verifier, &tampered));

    let mut tampered = signed.clone();
    tampered.set_header("x-amz-date", "20231231T235959Z");
    assert_eq!(
        verify(&verifier, &tampered),
        Err(SigV4Error::ScopeDateMismatch { scope_date: "20240101".into(), request_date_time: "20231231T235959Z".into() })
    );

    let presigned = sign_with_oracle(&RequestSpec::ecs_call(), &SigningOptions::presigned(Duration::from_secs(60)));
    let mut tampered = presigned.clone();
    tampered.query = Some(tampered.query.unwrap().replace("X-Amz-Date=20240101T002500Z", "X-Amz-Date=20240101T002400Z"));
    assert_mismatch(verify(&verifier, &tampered));
    let mut tampered = presigned.clone();
    tampered.query = Some(tampered.query.unwrap().replace("X-Amz-Expires=60", "X-Amz-Expires=600"));
    assert_mismatch(verify(&verifier, &tampered));
}

#[test]
fn refuses_a_body_that_does_not_match_its_declared_hash() {
    let options = SigningOptions { send_content_sha256: true, ..SigningOptions::default() };
    let mut signed = sign_with_oracle(&RequestSpec::ecs_call(), &options);
    signed.body.push(b' ');
    let error = verify(&verifier(), &signed).unwrap_err();
    assert_eq!(error, SigV4Error::ContentSha256Mismatch);
    assert_eq!((error.json_error_code(), error.http_status()), ("InvalidSignatureException", 400));
}

#[test]
fn ignores_unsigned_extra_headers() {
    let verifier = verifier();
    let mut signed = sign_with_oracle(&RequestSpec::ecs_call(), &SigningOptions::default());
    signed.set_header("x-forwarded-for", "10.0.0.1");
    signed.set_header("user-agent", "a proxy rewrote this");
    signed.headers.append("accept-encoding", "gzip".parse().unwrap());
    verify(&verifier, &signed).unwrap();
}

#[test]
fn the_mismatch_message_helps_without_leaking() {
    let options = SigningOptions { session_token: Some("very-secret-session-token".into()), ..SigningOptions::default() };
    let signed = sign_with_oracle(&RequestSpec::ecs_call(), &options);
    let mut tampered = signed.clone();
    tampered.method = "PUT".into();
    let expected_for_tampered = sign_with_oracle(&RequestSpec { method: "PUT".into(), ..RequestSpec::ecs_call() }, &options).signature;
    let error = assert_mismatch(verify(&verifier(), &tampered));
    let message = error.message();
    assert!(message.starts_with(
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret \
         Access Key and signing method. Consult the service documentation for details."
    ));
    assert!(message.contains("The Canonical String for this request should have been\n'PUT\n/\n"), "{message}");
    assert!(message.contains("x-amz-security-token:<redacted>"), "{message}");
    assert!(!message.contains("very-secret-session-token"));
    assert!(!message.contains(SECRET_ACCESS_KEY));
    assert!(!message.contains(&expected_for_tampered));
    assert!(!format!("{error:?} {error}").contains(&expected_for_tampered));
    assert_eq!(
        (error.json_error_code(), error.query_error_code(), error.http_status()),
        ("InvalidSignatureException", "SignatureDoesNotMatch", 403)
    );

    let presigned_options =
        SigningOptions { session_token: Some("very-secret-session-token".into()), ..SigningOptions::presigned(Duration::from_secs(60)) };
    let mut tampered = sign_with_oracle(&RequestSpec::ecs_call(), &presigned_options);
    tampered.method = "PUT".into();
    let message = assert_mismatch(verify(&verifier(), &tampered)).message();
    assert!(message.contains("X-Amz-Security-Token=%3Credacted%3E"), "{message}");
    assert!(!message.contains("very-secret-session-token"));
}

// ---------------------------------------------------------------------------------------------
// Time.

#[test]
fn accepts_skew_up_to_the_limit_either_way() {
    let verifier = verifier();
    let signed = sign_with_oracle(&RequestSpec::ecs_call(), &SigningOptions::default());
    for offset in [0, 1, 899, 900] {
        let offset = Duration::from_secs(offset);
        verifier.verify(&signed.to_verify(), SERVICE, signing_time() + offset).unwrap();
        verifier.verify(&signed.to_verify(), SERVICE, signing_time() - offset).unwrap();
    }
}

#[test]
fn refuses_expired_and_future_signatures_in_aws_words() {
    let verifier = verifier();
    let signed = sign_with_oracle(&RequestSpec::ecs_call(), &SigningOptions::default());
    // Signed at 00:25:00; the server clock reads 00:40:01.
    let error = verifier.verify(&signed.to_verify(), SERVICE, signing_time() + Duration::from_secs(901)).unwrap_err();
    assert!(matches!(error, SigV4Error::SignatureExpired { .. }), "{error:?}");
    assert_eq!(error.message(), "Signature expired: 20240101T002500Z is now earlier than 20240101T002501Z (20240101T004001Z - 15 min.)");
    assert_eq!(
        (error.json_error_code(), error.query_error_code(), error.http_status()),
        ("InvalidSignatureException", "SignatureDoesNotMatch", 400)
    );
    // The server clock reads 00:09:59.
    let error = verifier.verify(&signed.to_verify(), SERVICE, signing_time() - Duration::from_secs(901)).unwrap_err();
    assert!(matches!(error, SigV4Error::SignatureNotYetCurrent { .. }), "{error:?}");
    assert_eq!(
        error.message(),
        "Signature not yet current: 20240101T002500Z is still later than 20240101T002459Z (20240101T000959Z + 15 min.)"
    );
}

#[test]
fn honours_a_configured_clock_skew() {
    let config = VerifierConfig { max_clock_skew: Duration::from_secs(300), ..VerifierConfig::new(REGION) };
    let verifier = verifier_with(config);
    let signed = sign_with_oracle(&RequestSpec::ecs_call(), &SigningOptions::default());
    verifier.verify(&signed.to_verify(), SERVICE, signing_time() + Duration::from_secs(300)).unwrap();
    let error = verifier.verify(&signed.to_verify(), SERVICE, signing_time() + Duration::from_secs(301)).unwrap_err();
    assert!(error.message().ends_with("(20240101T003001Z - 5 min.)"), "{}", error.message());
}

#[test]
fn presigned_urls_live_exactly_as_long_as_they_say() {
    let verifier = verifier();
    let signed = sign_with_oracle(&RequestSpec::ecs_call(), &SigningOptions::presigned(Duration::from_secs(3600)));
    // Beyond the clock skew but within the URL's own lifetime.
    verifier.verify(&signed.to_verify(), SERVICE, signing_time() + Duration::from_secs(1800)).unwrap();
    verifier.verify(&signed.to_verify(), SERVICE, signing_time() + Duration::from_secs(3600)).unwrap();
    let error = verifier.verify(&signed.to_verify(), SERVICE, signing_time() + Duration::from_secs(3601)).unwrap_err();
    assert_eq!(
        error,
        SigV4Error::PresignedUrlExpired {
            signed_at: "20240101T002500Z".into(),
            expires_in_seconds: 3600,
            expired_at: "20240101T012500Z".into(),
            now: "20240101T012501Z".into(),
        }
    );
    assert!(error.message().starts_with("Request has expired."));
    assert_eq!(
        (error.json_error_code(), error.query_error_code(), error.http_status()),
        ("InvalidSignatureException", "AccessDenied", 403)
    );
    let error = verifier.verify(&signed.to_verify(), SERVICE, signing_time() - Duration::from_secs(901)).unwrap_err();
    assert!(matches!(error, SigV4Error::SignatureNotYetCurrent { .. }), "{error:?}");
}

// ---------------------------------------------------------------------------------------------
// Who and where.

#[test]
fn refuses_an_unknown_access_key() {
    let options = SigningOptions { access_key_id: "FERRYUNKNOWNACCESSKEY".into(), ..SigningOptions::default() };
    let error = verify(&verifier(), &sign_with_oracle(&RequestSpec::ecs_call(), &options)).unwrap_err();
    assert_eq!(error, SigV4Error::UnrecognizedClient { access_key_id: "FERRYUNKNOWNACCESSKEY".into() });
    assert_eq!(
        (error.json_error_code(), error.query_error_code(), error.http_status()),
        ("UnrecognizedClientException", "InvalidClientTokenId", 403)
    );
    assert!(error.message().starts_with("The security token included in the request is invalid."));
}

#[test]
fn refuses_the_wrong_region_and_service() {
    let options = SigningOptions { region: "eu-west-1".into(), ..SigningOptions::default() };
    let error = verify(&verifier(), &sign_with_oracle(&RequestSpec::ecs_call(), &options)).unwrap_err();
    assert_eq!(error.message(), "Credential should be scoped to a valid region, not 'eu-west-1'. This Ferry serves 'us-east-1'.");
    assert_eq!((error.json_error_code(), error.query_error_code()), ("InvalidSignatureException", "SignatureDoesNotMatch"));

    let options = SigningOptions { service: "sts".into(), ..SigningOptions::default() };
    let error = verify(&verifier(), &sign_with_oracle(&RequestSpec::ecs_call(), &options)).unwrap_err();
    assert_eq!(error, SigV4Error::WrongService { scoped_service: "sts".into(), expected_service: "ecs".into() });
    assert_eq!(error.message(), "Credential should be scoped to correct service: 'ecs'.");
}

// ---------------------------------------------------------------------------------------------
// Structural problems.

#[test]
fn refuses_a_request_without_any_signature() {
    let mut signed = sign_with_oracle(&RequestSpec::ecs_call(), &SigningOptions::default());
    signed.headers.remove("authorization");
    let error = verify(&verifier(), &signed).unwrap_err();
    assert_eq!(error, SigV4Error::MissingAuthenticationToken);
    assert_eq!(
        (error.json_error_code(), error.query_error_code(), error.http_status()),
        ("MissingAuthenticationTokenException", "MissingAuthenticationToken", 403)
    );
    assert!(error.message().starts_with("Missing Authentication Token"));
}

#[test]
fn refuses_incomplete_signatures() {
    let verifier = verifier();
    let signed = sign_with_oracle(&RequestSpec::ecs_call(), &SigningOptions::default());
    let authorization = signed.authorization();

    let mut without_target = signed.clone();
    without_target.headers.remove("x-amz-target");
    assert_eq!(verify(&verifier, &without_target), Err(SigV4Error::SignedHeaderAbsent { name: "x-amz-target".into() }));

    let mut without_date = signed.clone();
    without_date.headers.remove("x-amz-date");
    assert_eq!(verify(&verifier, &without_date), Err(SigV4Error::MissingDate));

    let mut bad_date = signed.clone();
    bad_date.set_header("x-amz-date", "2024-01-01T00:25:00Z");
    assert_eq!(verify(&verifier, &bad_date), Err(SigV4Error::MalformedDate { field: "X-Amz-Date", value: "2024-01-01T00:25:00Z".into() }));

    let mut host_unsigned = signed.clone();
    host_unsigned.set_header("authorization", &authorization.replace("SignedHeaders=content-type;host;", "SignedHeaders=content-type;"));
    assert_eq!(verify(&verifier, &host_unsigned), Err(SigV4Error::HostNotSigned));

    let mut no_signature = signed.clone();
    let without_signature = &authorization[..authorization.find(", Signature=").unwrap()];
    no_signature.set_header("authorization", without_signature);
    let error = verify(&verifier, &no_signature).unwrap_err();
    assert_eq!(error.message(), "Authorization header requires 'Signature' parameter.");
    assert_eq!(
        (error.json_error_code(), error.query_error_code(), error.http_status()),
        ("IncompleteSignatureException", "IncompleteSignature", 400)
    );

    let mut bad_terminator = signed.clone();
    bad_terminator.set_header("authorization", &authorization.replace("/aws4_request", "/aws5_request"));
    assert_eq!(verify(&verifier, &bad_terminator), Err(SigV4Error::InvalidScopeTerminator { terminator: "aws5_request".into() }));

    let mut twice = signed.clone();
    twice.headers.append("authorization", authorization.parse().unwrap());
    assert_eq!(verify(&verifier, &twice), Err(SigV4Error::RepeatedHeader { name: "Authorization" }));

    let mut sigv2 = signed.clone();
    sigv2.set_header("authorization", "AWS FERRYTESTACCESSKEY01:frJIUN8DYpKDtOLCwo//yllqDzg=");
    assert_eq!(verify(&verifier, &sigv2), Err(SigV4Error::UnsupportedAlgorithm { algorithm: "AWS".into() }));
}

#[test]
fn unsigned_payloads_need_permission() {
    let options = SigningOptions { send_content_sha256: true, unsigned_payload: true, ..SigningOptions::default() };
    let signed = sign_with_oracle(&RequestSpec::ecs_call(), &options);
    assert_eq!(signed.headers.get("x-amz-content-sha256").unwrap(), "UNSIGNED-PAYLOAD");
    assert_eq!(verify(&verifier(), &signed), Err(SigV4Error::UnsignedPayloadRefused { value: "UNSIGNED-PAYLOAD".into() }));
    let permissive = verifier_with(VerifierConfig { allow_unsigned_payload: true, ..VerifierConfig::new(REGION) });
    verify(&permissive, &signed).unwrap();

    // S3-style presigned URLs sign UNSIGNED-PAYLOAD without sending a header.
    let presigned = SigningOptions { unsigned_payload: true, ..SigningOptions::presigned(Duration::from_secs(60)) };
    let signed = sign_with_oracle(&RequestSpec::ecs_call(), &presigned);
    assert_mismatch(verify(&verifier(), &signed));
    verify(&permissive, &signed).unwrap();
}

// ---------------------------------------------------------------------------------------------
// Properties: whatever aws-sigv4 signs, Ferry accepts; whatever changes after, Ferry refuses.

fn method_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("GET".to_owned()),
        Just("POST".to_owned()),
        Just("PUT".to_owned()),
        Just("DELETE".to_owned()),
        Just("PATCH".to_owned()),
        Just("HEAD".to_owned()),
        "[A-Z]{1,10}",
    ]
}

/// One piece of a path segment: unreserved text, sub-delimiters, an encoded byte or character.
fn path_atom_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9._~-]{1,6}",
        "[!$&'()*+,;=:@]",
        any::<u8>().prop_map(|byte| format!("%{byte:02X}")),
        any::<char>().prop_map(|character| { character.to_string().bytes().map(|byte| format!("%{byte:02x}")).collect::<String>() }),
        Just("%20".to_owned()),
        Just("%2F".to_owned()),
    ]
}

fn path_strategy() -> impl Strategy<Value = String> {
    let segment = prop_oneof![
        3 => proptest::collection::vec(path_atom_strategy(), 0..4).prop_map(|atoms| atoms.concat()),
        1 => Just(".".to_owned()),
        1 => Just("..".to_owned()),
        1 => Just(String::new()),
    ];
    (proptest::collection::vec(segment, 0..6), any::<bool>()).prop_map(|(segments, trailing_slash)| {
        let mut path = format!("/{}", segments.join("/"));
        if trailing_slash && !path.ends_with('/') {
            path.push('/');
        }
        path
    })
}

/// Text for a query name or value, kept to valid UTF-8 once decoded (see the note below).
fn query_text_strategy() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        "[A-Za-z0-9._~-]{1,6}",
        "[!$'()*,;:@/?]",
        Just("+".to_owned()),
        Just("%20".to_owned()),
        Just("%2B".to_owned()),
        Just("%3D".to_owned()),
        Just("%26".to_owned()),
        any::<char>().prop_map(|character| { character.to_string().bytes().map(|byte| format!("%{byte:02X}")).collect::<String>() }),
    ];
    proptest::collection::vec(atom, 0..4).prop_map(|atoms| atoms.concat())
}

fn query_strategy() -> impl Strategy<Value = Option<String>> {
    let pair = (query_text_strategy(), prop_oneof![Just(None), query_text_strategy().prop_map(Some)]);
    proptest::option::of(proptest::collection::vec(pair, 0..6).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(name, value)| match value {
                Some(value) => format!("{name}={value}"),
                None => name,
            })
            .collect::<Vec<_>>()
            .join("&")
    }))
}

fn header_value_strategy() -> impl Strategy<Value = String> {
    // Visible ASCII with runs of spaces and tabs, leading and trailing ones included.
    proptest::collection::vec(prop_oneof![3 => "[!-~]{1,8}", 1 => " {1,3}", 1 => Just("\t".to_owned())], 0..6)
        .prop_map(|pieces| pieces.concat())
}

fn headers_strategy() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop_oneof![
        Just("content-type".to_owned()),
        Just("x-amz-target".to_owned()),
        Just("X-Custom-Header".to_owned()),
        Just("x-custom-header".to_owned()),
        Just("accept".to_owned()),
        Just("user-agent".to_owned()),
        // Ferry's own x-amz-* headers are set by the signer, not by the request.
        "x-[a-z0-9-]{1,12}".prop_filter("not an x-amz- header", |name| !name.starts_with("x-amz")),
    ];
    proptest::collection::vec((name, header_value_strategy()), 0..8)
}

fn request_spec_strategy() -> impl Strategy<Value = RequestSpec> {
    (method_strategy(), path_strategy(), query_strategy(), headers_strategy(), proptest::collection::vec(any::<u8>(), 0..300))
        .prop_map(|(method, path, query, headers, body)| RequestSpec { method, path, query, headers, body })
}

fn signing_options_strategy() -> impl Strategy<Value = SigningOptions> {
    (any::<bool>(), any::<bool>(), proptest::option::of("[A-Za-z0-9/+=]{1,40}"), 1u64..=604_800).prop_map(
        |(presigned, send_content_sha256, session_token, expires_in)| SigningOptions {
            presigned_expires_in: presigned.then(|| Duration::from_secs(expires_in)),
            send_content_sha256: send_content_sha256 && !presigned,
            session_token,
            ..SigningOptions::default()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn accepts_whatever_aws_sigv4_signs(spec in request_spec_strategy(), options in signing_options_strategy()) {
        let signed = sign_with_oracle(&spec, &options);
        let verified = verify(&verifier(), &signed);
        prop_assert!(verified.is_ok(), "{spec:?} {options:?}: {}", verified.unwrap_err().message());
        let verified = verified.unwrap();
        prop_assert_eq!(verified.access_key_id, ACCESS_KEY_ID);
        let expected_location =
            if options.presigned_expires_in.is_some() { SignatureLocation::QueryString } else { SignatureLocation::Header };
        prop_assert_eq!(verified.location, expected_location);
    }

    #[test]
    fn refuses_any_change_to_method_path_or_body(
        spec in request_spec_strategy(),
        options in signing_options_strategy(),
        other_method in method_strategy(),
        other_path in path_strategy(),
        extra_body_byte in any::<u8>(),
    ) {
        let verifier = verifier();
        let signed = sign_with_oracle(&spec, &options);

        if other_method != signed.method {
            let mut tampered = signed.clone();
            tampered.method = other_method;
            let refused = verify(&verifier, &tampered);
        prop_assert!(is_mismatch(&refused), "{:?}", refused);
        }

        // Paths that normalize alike are signed alike, so only a different canonical path counts.
        let mut tampered = signed.clone();
        tampered.path = other_path.clone();
        let same_canonical_path = {
            let original = sign_with_oracle(&RequestSpec { path: other_path, ..spec.clone() }, &options);
            original.signature == signed.signature
        };
        if !same_canonical_path {
            let refused = verify(&verifier, &tampered);
        prop_assert!(is_mismatch(&refused), "{:?}", refused);
        }

        let mut tampered = signed.clone();
        tampered.body.push(extra_body_byte);
        let refused = verify(&verifier, &tampered);
        prop_assert!(
            matches!(refused, Err(SigV4Error::SignatureDoesNotMatch { .. }) | Err(SigV4Error::ContentSha256Mismatch)),
            "{refused:?}"
        );
    }

    #[test]
    fn refuses_a_changed_query_or_signed_header(
        spec in request_spec_strategy(),
        options in signing_options_strategy(),
        added_parameter in "[a-z]{1,8}=[a-z0-9]{0,8}",
        header_value in "[!-~]{1,20}",
    ) {
        let verifier = verifier();
        let spec = RequestSpec {
            headers: [spec.headers.clone(), vec![("x-amz-target".to_owned(), "Original.Target".to_owned())]].concat(),
            ..spec
        };
        let signed = sign_with_oracle(&spec, &options);

        let mut tampered = signed.clone();
        tampered.query = Some(match &signed.query {
            Some(query) if !query.is_empty() => format!("{query}&{added_parameter}"),
            _ => added_parameter,
        });
        let refused = verify(&verifier, &tampered);
        prop_assert!(is_mismatch(&refused), "{:?}", refused);

        let mut tampered = signed.clone();
        tampered.headers.append("x-amz-target", header_value.parse().unwrap());
        let refused = verify(&verifier, &tampered);
        prop_assert!(is_mismatch(&refused), "{:?}", refused);
    }
}

/// A percent-encoded byte sequence that is not UTF-8 is re-encoded byte for byte, as botocore
/// signs it; aws-sigv4 would first replace it with U+FFFD. Real clients never send one, but the
/// choice is written down here.
#[test]
fn invalid_utf8_in_the_query_is_kept_byte_for_byte() {
    let spec = RequestSpec { query: Some("a=%FF".into()), ..RequestSpec::ecs_call() };
    let signed = sign_with_oracle(&spec, &SigningOptions::default());
    let error = assert_mismatch(verify(&verifier(), &signed));
    let SigV4Error::SignatureDoesNotMatch { canonical_request, .. } = error else { unreachable!() };
    assert!(canonical_request.starts_with("POST\n/\na=%FF\n"), "{canonical_request}");
}

/// Signers list `SignedHeaders` sorted, but the canonical request is built in the order the
/// client listed them: what the client hashed. Computed here by hand from AWS's description.
#[test]
fn signed_headers_are_used_in_the_order_listed() {
    use hmac::{Hmac, Mac};
    use sha2::{Digest, Sha256};
    fn hmac_sha256(key: &[u8], message: &str) -> Vec<u8> {
        let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
        mac.update(message.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }
    let canonical_request =
        format!("POST\n/\n\nx-amz-date:20240101T002500Z\nhost:{HOST}\n\nx-amz-date;host\n{}", hex::encode(Sha256::digest(b"{}")));
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n20240101T002500Z\n20240101/us-east-1/ecs/aws4_request\n{}",
        hex::encode(Sha256::digest(canonical_request.as_bytes()))
    );
    let mut key = format!("AWS4{SECRET_ACCESS_KEY}").into_bytes();
    for part in ["20240101", "us-east-1", "ecs", "aws4_request"] {
        key = hmac_sha256(&key, part);
    }
    let signature = hex::encode(hmac_sha256(&key, &string_to_sign));

    let mut headers = http::HeaderMap::new();
    headers.insert("host", HOST.parse().unwrap());
    headers.insert("x-amz-date", "20240101T002500Z".parse().unwrap());
    headers.insert(
        "authorization",
        format!(
            "AWS4-HMAC-SHA256 Credential={ACCESS_KEY_ID}/20240101/us-east-1/ecs/aws4_request, \
             SignedHeaders=x-amz-date;host, Signature={signature}"
        )
        .parse()
        .unwrap(),
    );
    let request = RequestToVerify { method: "POST", path: "/", query: None, headers: &headers, body: b"{}" };
    verifier().verify(&request, SERVICE, signing_time()).unwrap();
}
