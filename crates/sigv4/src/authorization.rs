//! Parsing the two places a SigV4 signature travels: the `Authorization` header and a presigned
//! URL's `X-Amz-*` query parameters. Both parsers are pure, public and fuzzed; they check shape
//! only, and leave what needs the request, the clock or a secret to the verifier.

use std::borrow::Cow;

use crate::canonical::{QueryParameter, decode_query};
use crate::error::SigV4Error;

/// The only algorithm Ferry accepts.
pub const SIGV4_ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// The fixed last element of a SigV4 credential scope.
pub const SCOPE_TERMINATOR: &str = "aws4_request";

/// The longest `X-Amz-Expires` AWS accepts: one week.
pub const MAX_PRESIGNED_EXPIRES_SECONDS: u64 = 604_800;

/// `AKID/20150830/us-east-1/ecs/aws4_request`, split into its elements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialScope {
    pub access_key_id: String,
    /// `YYYYMMDD` as sent; checked against the request's timestamp by the verifier.
    pub date: String,
    pub region: String,
    pub service: String,
    /// `aws4_request` as sent; checked by the verifier.
    pub terminator: String,
}

impl CredentialScope {
    /// Splits a credential into its five slash-delimited elements, none of them empty.
    pub fn parse(credential: &str) -> Result<CredentialScope, SigV4Error> {
        let malformed = || SigV4Error::MalformedCredential { credential: credential.to_owned() };
        let mut elements = credential.split('/');
        let mut next_element = || elements.next().filter(|element| !element.is_empty()).ok_or_else(malformed);
        let scope = CredentialScope {
            access_key_id: next_element()?.to_owned(),
            date: next_element()?.to_owned(),
            region: next_element()?.to_owned(),
            service: next_element()?.to_owned(),
            terminator: next_element()?.to_owned(),
        };
        if elements.next().is_some() {
            return Err(malformed());
        }
        Ok(scope)
    }

    /// `date/region/service/terminator`, the scope line of the string to sign.
    pub fn scope_string(&self) -> String {
        format!("{}/{}/{}/{}", self.date, self.region, self.service, self.terminator)
    }
}

/// A parsed `Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorizationHeader {
    pub credential: CredentialScope,
    /// Header names in the order the client listed them, lowercased.
    pub signed_headers: Vec<String>,
    /// 64 lowercase hexadecimal digits.
    pub signature: String,
}

/// A presigned URL's signing parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresignedParameters {
    pub credential: CredentialScope,
    /// `X-Amz-Date` as sent; its format is checked by the verifier.
    pub date: String,
    pub expires_in_seconds: u64,
    /// Header names in the order the client listed them, lowercased.
    pub signed_headers: Vec<String>,
    /// 64 lowercase hexadecimal digits.
    pub signature: String,
    pub security_token: Option<String>,
}

/// Parses an `Authorization` header value.
///
/// Real clients differ in the whitespace around the commas and equal signs, so those are
/// tolerated; components may come in any order, but each only once.
pub fn parse_authorization_header(value: &str) -> Result<AuthorizationHeader, SigV4Error> {
    let value = value.trim_matches(is_http_whitespace);
    let algorithm_end = value.find(|character: char| is_http_whitespace(character) || character == ',');
    let (algorithm, components) = match algorithm_end {
        Some(end) => (&value[..end], &value[end..]),
        None => (value, ""),
    };
    if algorithm != SIGV4_ALGORITHM {
        return Err(SigV4Error::UnsupportedAlgorithm { algorithm: algorithm.to_owned() });
    }

    let mut credential: Option<&str> = None;
    let mut signed_headers: Option<&str> = None;
    let mut signature: Option<&str> = None;
    for component in components.split(',') {
        let component = component.trim_matches(is_http_whitespace);
        if component.is_empty() {
            continue;
        }
        let Some((key, component_value)) = component.split_once('=') else {
            return Err(SigV4Error::MalformedAuthorizationComponent { component: component.to_owned() });
        };
        let key = key.trim_matches(is_http_whitespace);
        let slot = match key {
            "Credential" => &mut credential,
            "SignedHeaders" => &mut signed_headers,
            "Signature" => &mut signature,
            // Unknown components carry nothing SigV4 signs; ignoring them is what lets a client
            // that adds its own (as some proxies do) still be served.
            _ => continue,
        };
        if slot.is_some() {
            return Err(SigV4Error::RepeatedAuthorizationComponent { component: key.to_owned() });
        }
        *slot = Some(component_value.trim_matches(is_http_whitespace));
    }

    // An empty component is as good as a missing one.
    let [credential, signed_headers, signature] =
        [credential, signed_headers, signature].map(|component| component.filter(|value| !value.is_empty()));
    let (Some(credential), Some(signed_headers), Some(signature)) = (credential, signed_headers, signature) else {
        let missing = [("Credential", credential), ("SignedHeaders", signed_headers), ("Signature", signature)]
            .into_iter()
            .filter(|(_, component)| component.is_none())
            .map(|(name, _)| name)
            .collect();
        return Err(SigV4Error::MissingAuthorizationComponents { missing });
    };

    Ok(AuthorizationHeader {
        credential: CredentialScope::parse(credential)?,
        signed_headers: parse_signed_headers(signed_headers)?,
        signature: parse_signature(signature)?,
    })
}

/// The query parameters a presigned URL must carry, in the order AWS lists them.
const REQUIRED_PRESIGNED_PARAMETERS: [&str; 6] =
    ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Expires"];

/// Sent with temporary credentials; signed like any other query parameter.
const SECURITY_TOKEN_PARAMETER: &str = "X-Amz-Security-Token";

/// Parses a presigned URL's query string. `Ok(None)` when it carries no `X-Amz-Algorithm`, i.e.
/// is not presigned.
pub fn parse_presigned_query(query: &str) -> Result<Option<PresignedParameters>, SigV4Error> {
    presigned_parameters_from(&decode_query(query))
}

pub(crate) fn presigned_parameters_from(parameters: &[QueryParameter<'_>]) -> Result<Option<PresignedParameters>, SigV4Error> {
    // The required parameters, then the optional security token, by their decoded names.
    let mut found: [Option<Cow<'_, str>>; 7] = Default::default();
    for parameter in parameters {
        let index = REQUIRED_PRESIGNED_PARAMETERS
            .iter()
            .chain(std::iter::once(&SECURITY_TOKEN_PARAMETER))
            .position(|name| parameter.name.as_ref() == name.as_bytes());
        let Some(index) = index else { continue };
        if found[index].is_some() {
            return Err(SigV4Error::RepeatedQueryParameter { name: String::from_utf8_lossy(&parameter.name).into_owned() });
        }
        found[index] = Some(String::from_utf8_lossy(&parameter.value));
    }
    // An empty parameter is as good as a missing one.
    let [algorithm, credential, signature, date, signed_headers, expires, security_token] = found;
    let [credential, signature, date, signed_headers, expires] =
        [credential, signature, date, signed_headers, expires].map(|value| value.filter(|value| !value.is_empty()));

    let Some(algorithm) = algorithm else {
        return Ok(None);
    };
    if algorithm != SIGV4_ALGORITHM {
        return Err(SigV4Error::UnsupportedAlgorithm { algorithm: algorithm.into_owned() });
    }
    let (Some(credential), Some(signature), Some(date), Some(signed_headers), Some(expires)) =
        (&credential, &signature, &date, &signed_headers, &expires)
    else {
        let missing = [&credential, &signature, &date, &signed_headers, &expires]
            .iter()
            .zip(&REQUIRED_PRESIGNED_PARAMETERS[1..])
            .filter(|(value, _)| value.is_none())
            .map(|(_, name)| *name)
            .collect();
        return Err(SigV4Error::MissingPresignedParameters { missing });
    };

    Ok(Some(PresignedParameters {
        credential: CredentialScope::parse(credential)?,
        date: date.clone().into_owned(),
        expires_in_seconds: parse_expires(expires)?,
        signed_headers: parse_signed_headers(signed_headers)?,
        signature: parse_signature(signature)?,
        security_token: security_token.map(Cow::into_owned),
    }))
}

fn parse_expires(expires: &str) -> Result<u64, SigV4Error> {
    let malformed = || SigV4Error::MalformedExpires { value: expires.to_owned() };
    if expires.is_empty() || !expires.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(malformed());
    }
    match expires.parse::<u64>() {
        Ok(seconds) if (1..=MAX_PRESIGNED_EXPIRES_SECONDS).contains(&seconds) => Ok(seconds),
        _ => Err(malformed()),
    }
}

/// `host;x-amz-date` into lowercase names. A name that is empty (`host;;x-amz-date`) cannot have
/// been produced by a signer, so it is refused rather than guessed at.
fn parse_signed_headers(signed_headers: &str) -> Result<Vec<String>, SigV4Error> {
    signed_headers
        .split(';')
        .map(|name| {
            let name = name.trim_matches(is_http_whitespace);
            if name.is_empty() {
                Err(SigV4Error::MissingAuthorizationComponents { missing: vec!["SignedHeaders"] })
            } else {
                Ok(name.to_ascii_lowercase())
            }
        })
        .collect()
}

fn parse_signature(signature: &str) -> Result<String, SigV4Error> {
    if signature.len() == 64 && signature.bytes().all(|byte| byte.is_ascii_hexdigit()) {
        Ok(signature.to_ascii_lowercase())
    } else {
        Err(SigV4Error::MalformedSignature)
    }
}

fn is_http_whitespace(character: char) -> bool {
    character == ' ' || character == '\t'
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGNATURE: &str = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

    fn header(components: &str) -> String {
        format!("AWS4-HMAC-SHA256 {components}")
    }

    #[test]
    fn parses_the_canonical_form() {
        let parsed = parse_authorization_header(&header(&format!(
            "Credential=AKIDEXAMPLE/20150830/us-east-1/ecs/aws4_request, SignedHeaders=host;x-amz-date, Signature={SIGNATURE}"
        )))
        .unwrap();
        assert_eq!(
            parsed,
            AuthorizationHeader {
                credential: CredentialScope {
                    access_key_id: "AKIDEXAMPLE".into(),
                    date: "20150830".into(),
                    region: "us-east-1".into(),
                    service: "ecs".into(),
                    terminator: "aws4_request".into(),
                },
                signed_headers: vec!["host".into(), "x-amz-date".into()],
                signature: SIGNATURE.into(),
            }
        );
        assert_eq!(parsed.credential.scope_string(), "20150830/us-east-1/ecs/aws4_request");
    }

    #[test]
    fn tolerates_whitespace_and_order_variations() {
        let expected = parse_authorization_header(&header(&format!(
            "Credential=AKID/20150830/us-east-1/ecs/aws4_request, SignedHeaders=host;x-amz-date, Signature={SIGNATURE}"
        )))
        .unwrap();
        for variant in [
            format!(
                "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/ecs/aws4_request,SignedHeaders=host;x-amz-date,Signature={SIGNATURE}"
            ),
            format!(
                "AWS4-HMAC-SHA256   Credential=AKID/20150830/us-east-1/ecs/aws4_request ,  SignedHeaders=host;x-amz-date ,Signature={SIGNATURE}"
            ),
            format!(
                "  AWS4-HMAC-SHA256\tCredential = AKID/20150830/us-east-1/ecs/aws4_request,\tSignedHeaders= host; x-amz-date, Signature ={SIGNATURE},  "
            ),
            format!(
                "AWS4-HMAC-SHA256 Signature={SIGNATURE}, SignedHeaders=Host;X-Amz-Date, Credential=AKID/20150830/us-east-1/ecs/aws4_request"
            ),
            format!(
                "AWS4-HMAC-SHA256,Credential=AKID/20150830/us-east-1/ecs/aws4_request,SignedHeaders=host;x-amz-date,Signature={}",
                SIGNATURE.to_uppercase()
            ),
            format!(
                "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/ecs/aws4_request, Extra=ignored, SignedHeaders=host;x-amz-date, Signature={SIGNATURE}"
            ),
        ] {
            assert_eq!(parse_authorization_header(&variant).as_ref(), Ok(&expected), "{variant:?}");
        }
    }

    #[test]
    fn refuses_malformed_headers_with_specific_errors() {
        let credential = "Credential=AKID/20150830/us-east-1/ecs/aws4_request";
        let signed_headers = "SignedHeaders=host;x-amz-date";
        let signature = format!("Signature={SIGNATURE}");
        let cases: Vec<(String, SigV4Error)> = vec![
            ("".into(), SigV4Error::UnsupportedAlgorithm { algorithm: "".into() }),
            (format!("AWS4-HMAC-SHA1 {credential}"), SigV4Error::UnsupportedAlgorithm { algorithm: "AWS4-HMAC-SHA1".into() }),
            ("AWS AKID:c2lnbmF0dXJl".into(), SigV4Error::UnsupportedAlgorithm { algorithm: "AWS".into() }),
            (
                "AWS4-HMAC-SHA256".into(),
                SigV4Error::MissingAuthorizationComponents { missing: vec!["Credential", "SignedHeaders", "Signature"] },
            ),
            (header(&format!("{credential}, {signed_headers}")), SigV4Error::MissingAuthorizationComponents { missing: vec!["Signature"] }),
            (
                header(&format!("{credential}, SignedHeaders=, {signature}")),
                SigV4Error::MissingAuthorizationComponents { missing: vec!["SignedHeaders"] },
            ),
            (
                header(&format!("{credential}, SignedHeaders=host;;x-amz-date, {signature}")),
                SigV4Error::MissingAuthorizationComponents { missing: vec!["SignedHeaders"] },
            ),
            (
                header(&format!("{credential} {signed_headers}, {signature}")),
                SigV4Error::MissingAuthorizationComponents { missing: vec!["SignedHeaders"] },
            ),
            (
                header(&format!("{credential}, {signed_headers}, {signature}, {signature}")),
                SigV4Error::RepeatedAuthorizationComponent { component: "Signature".into() },
            ),
            (
                header(&format!("AKID/20150830/us-east-1/ecs/aws4_request, {signed_headers}, {signature}")),
                SigV4Error::MalformedAuthorizationComponent { component: "AKID/20150830/us-east-1/ecs/aws4_request".into() },
            ),
            (
                header(&format!("Credential=AKID/20150830/us-east-1/ecs, {signed_headers}, {signature}")),
                SigV4Error::MalformedCredential { credential: "AKID/20150830/us-east-1/ecs".into() },
            ),
            (
                header(&format!("Credential=AKID/20150830/us-east-1/ecs/aws4_request/x, {signed_headers}, {signature}")),
                SigV4Error::MalformedCredential { credential: "AKID/20150830/us-east-1/ecs/aws4_request/x".into() },
            ),
            (
                header(&format!("Credential=AKID//us-east-1/ecs/aws4_request, {signed_headers}, {signature}")),
                SigV4Error::MalformedCredential { credential: "AKID//us-east-1/ecs/aws4_request".into() },
            ),
            (header(&format!("{credential}, {signed_headers}, Signature=abc")), SigV4Error::MalformedSignature),
            (header(&format!("{credential}, {signed_headers}, Signature={}", "g".repeat(64))), SigV4Error::MalformedSignature),
        ];
        for (value, expected) in cases {
            assert_eq!(parse_authorization_header(&value), Err(expected), "{value:?}");
        }
    }

    #[test]
    fn a_query_without_algorithm_is_not_presigned() {
        assert_eq!(parse_presigned_query(""), Ok(None));
        assert_eq!(parse_presigned_query("Action=ListUsers&Version=2010-05-08"), Ok(None));
        assert_eq!(parse_presigned_query("X-Amz-Signature=abc"), Ok(None));
    }

    fn presigned_query(overrides: &[(&str, Option<&str>)]) -> String {
        let mut parameters = vec![
            ("X-Amz-Algorithm", "AWS4-HMAC-SHA256".to_owned()),
            ("X-Amz-Credential", "AKID%2F20150830%2Fus-east-1%2Fsts%2Faws4_request".to_owned()),
            ("X-Amz-Date", "20150830T123600Z".to_owned()),
            ("X-Amz-Expires", "60".to_owned()),
            ("X-Amz-SignedHeaders", "host".to_owned()),
            ("X-Amz-Signature", SIGNATURE.to_owned()),
        ];
        for (name, value) in overrides {
            parameters.retain(|(existing, _)| existing != name);
            if let Some(value) = value {
                parameters.push((name, (*value).to_owned()));
            }
        }
        parameters.iter().map(|(name, value)| format!("{name}={value}")).collect::<Vec<_>>().join("&")
    }

    #[test]
    fn parses_presigned_parameters() {
        let query = format!("Action=GetCallerIdentity&{}&X-Amz-Security-Token=tok%2Ben", presigned_query(&[]));
        let parsed = parse_presigned_query(&query).unwrap().unwrap();
        assert_eq!(parsed.credential.access_key_id, "AKID");
        assert_eq!(parsed.credential.service, "sts");
        assert_eq!(parsed.date, "20150830T123600Z");
        assert_eq!(parsed.expires_in_seconds, 60);
        assert_eq!(parsed.signed_headers, vec!["host".to_owned()]);
        assert_eq!(parsed.signature, SIGNATURE);
        assert_eq!(parsed.security_token.as_deref(), Some("tok+en"));
    }

    #[test]
    fn refuses_malformed_presigned_queries() {
        let cases: Vec<(String, SigV4Error)> = vec![
            (
                presigned_query(&[("X-Amz-Algorithm", Some("AWS4-HMAC-SHA1"))]),
                SigV4Error::UnsupportedAlgorithm { algorithm: "AWS4-HMAC-SHA1".into() },
            ),
            (
                presigned_query(&[("X-Amz-Signature", None), ("X-Amz-Expires", None)]),
                SigV4Error::MissingPresignedParameters { missing: vec!["X-Amz-Signature", "X-Amz-Expires"] },
            ),
            (presigned_query(&[("X-Amz-Date", Some(""))]), SigV4Error::MissingPresignedParameters { missing: vec!["X-Amz-Date"] }),
            (
                format!("{}&X-Amz-Date=20150830T123600Z", presigned_query(&[])),
                SigV4Error::RepeatedQueryParameter { name: "X-Amz-Date".into() },
            ),
            (presigned_query(&[("X-Amz-Expires", Some("604801"))]), SigV4Error::MalformedExpires { value: "604801".into() }),
            (presigned_query(&[("X-Amz-Expires", Some("0"))]), SigV4Error::MalformedExpires { value: "0".into() }),
            (presigned_query(&[("X-Amz-Expires", Some("-5"))]), SigV4Error::MalformedExpires { value: "-5".into() }),
            (
                presigned_query(&[("X-Amz-Expires", Some("99999999999999999999999"))]),
                SigV4Error::MalformedExpires { value: "99999999999999999999999".into() },
            ),
            (
                presigned_query(&[("X-Amz-Credential", Some("AKID/20150830"))]),
                SigV4Error::MalformedCredential { credential: "AKID/20150830".into() },
            ),
            (presigned_query(&[("X-Amz-Signature", Some("zz"))]), SigV4Error::MalformedSignature),
        ];
        for (query, expected) in cases {
            assert_eq!(parse_presigned_query(&query), Err(expected), "{query:?}");
        }
        let longest = presigned_query(&[("X-Amz-Expires", Some("604800"))]);
        assert_eq!(parse_presigned_query(&longest).unwrap().unwrap().expires_in_seconds, 604_800);
    }
}
