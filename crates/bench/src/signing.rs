//! Builds ECS (AWS JSON 1.1) calls and signs them with the `aws-sigv4` crate, exactly as the AWS
//! SDKs do, so the load generator can sign once and send the same signed bytes many times.

use std::net::SocketAddr;
use std::time::SystemTime;

use anyhow::{Context, bail};
use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Method, Request, Uri};
use http_body_util::Full;

/// The JSON 1.1 target prefix of every ECS operation.
const ECS_TARGET_PREFIX: &str = "AmazonEC2ContainerServiceV20141113";
/// The signing name of ECS in the credential scope.
const ECS_SIGNING_NAME: &str = "ecs";

/// Where a target listens: `http://HOST:PORT` only, since the benchmark runs on loopback.
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// `HOST:PORT`, the value of the `Host` header a client sends.
    pub authority: String,
    /// The address to connect to.
    pub socket_address: SocketAddr,
}

impl Endpoint {
    pub fn parse(url: &str) -> anyhow::Result<Endpoint> {
        let Some(rest) = url.strip_prefix("http://") else {
            bail!("endpoint {url:?} must start with http:// (the benchmark speaks plain HTTP on loopback)");
        };
        let authority = rest.trim_end_matches('/').to_owned();
        if authority.contains('/') {
            bail!("endpoint {url:?} must have no path: AWS JSON calls are POSTed to /");
        }
        let socket_address = std::net::ToSocketAddrs::to_socket_addrs(&authority)
            .with_context(|| format!("resolving {authority}"))?
            .next()
            .with_context(|| format!("{authority} resolves to no address"))?;
        Ok(Endpoint { authority, socket_address })
    }
}

/// The key and region every call is signed with.
#[derive(Debug, Clone)]
pub struct SigningKey {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub region: String,
}

/// One signed call whose parts are kept apart so a fresh `http::Request` (which is not `Clone`)
/// can be made from them for every send at the cost of a header-map clone.
#[derive(Debug, Clone)]
pub struct SignedCall {
    headers: HeaderMap,
    body: Bytes,
}

impl SignedCall {
    /// Signs `operation` with `body` for `endpoint`, dated `signing_time`. AWS accepts a signature
    /// for 15 minutes of clock skew, far longer than any run, so one signature serves a whole run.
    pub fn sign(
        endpoint: &Endpoint,
        key: &SigningKey,
        operation: &str,
        body: impl Into<Bytes>,
        signing_time: SystemTime,
    ) -> anyhow::Result<SignedCall> {
        use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};

        let body = body.into();
        let mut headers = HeaderMap::new();
        headers.insert(http::header::HOST, HeaderValue::from_str(&endpoint.authority)?);
        headers.insert(http::header::CONTENT_TYPE, HeaderValue::from_static("application/x-amz-json-1.1"));
        headers.insert("x-amz-target", HeaderValue::from_str(&format!("{ECS_TARGET_PREFIX}.{operation}"))?);

        let identity =
            aws_credential_types::Credentials::new(&key.access_key_id, &key.secret_access_key, None, None, "ferry-loadgen").into();
        let signing_params = aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&identity)
            .region(&key.region)
            .name(ECS_SIGNING_NAME)
            .time(signing_time)
            .settings(SigningSettings::default())
            .build()
            .context("building SigV4 signing parameters")?
            .into();
        let header_pairs: Vec<(String, String)> = headers
            .iter()
            .map(|(name, value)| Ok((name.as_str().to_owned(), value.to_str()?.to_owned())))
            .collect::<anyhow::Result<_>>()?;
        let url = format!("http://{}/", endpoint.authority);
        let signable = SignableRequest::new(
            "POST",
            &url,
            header_pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())),
            SignableBody::Bytes(&body),
        )
        .context("making the request signable")?;
        let (instructions, _signature) = sign(signable, &signing_params).context("signing")?.into_parts();

        // Apply the signature to a throw-away request, then keep only its headers.
        let mut request = Request::new(());
        *request.headers_mut() = headers;
        instructions.apply_to_request_http1x(&mut request);
        Ok(SignedCall { headers: request.into_parts().0.headers, body })
    }

    /// A request with the signed bytes, in origin form (`POST /`) as an HTTP/1.1 client sends it
    /// on its own connection; the signature covers the path and the `Host` header, not the form.
    pub fn to_request(&self) -> Request<Full<Bytes>> {
        let mut request = Request::new(Full::new(self.body.clone()));
        *request.method_mut() = Method::POST;
        *request.uri_mut() = Uri::from_static("/");
        *request.headers_mut() = self.headers.clone();
        request
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_needs_plain_http_without_a_path() {
        let endpoint = Endpoint::parse("http://127.0.0.1:4600/").unwrap();
        assert_eq!(endpoint.authority, "127.0.0.1:4600");
        assert_eq!(endpoint.socket_address.port(), 4600);
        assert!(Endpoint::parse("https://127.0.0.1:4600").is_err());
        assert!(Endpoint::parse("http://127.0.0.1:4600/ecs").is_err());
    }

    #[test]
    fn signed_call_carries_the_target_and_a_sigv4_authorization() {
        let endpoint = Endpoint::parse("http://127.0.0.1:4600").unwrap();
        let key = SigningKey {
            access_key_id: "AKIDEXAMPLE".to_owned(),
            secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".to_owned(),
            region: "us-east-1".to_owned(),
        };
        let call = SignedCall::sign(&endpoint, &key, "ListClusters", "{}", SystemTime::now()).unwrap();
        let request = call.to_request();
        assert_eq!(request.uri(), "/");
        assert_eq!(request.headers()["x-amz-target"], "AmazonEC2ContainerServiceV20141113.ListClusters");
        assert_eq!(request.headers()["host"], "127.0.0.1:4600");
        let authorization = request.headers()["authorization"].to_str().unwrap();
        assert!(authorization.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), "{authorization}");
        assert!(authorization.contains("/us-east-1/ecs/aws4_request"), "{authorization}");
        assert!(authorization.contains("x-amz-target"), "the target must be signed: {authorization}");
        // Every request made from one call is the same bytes: signed once, sent many times.
        assert_eq!(call.to_request().headers(), request.headers());
    }
}
