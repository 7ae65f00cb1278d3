//! Who is calling the registry: the `RegistryAuthenticator` trait the server plugs its own scheme
//! into, and `AuthorizationTokens`, ECR-style tokens that need no storage to verify.
//!
//! ECR's `GetAuthorizationToken` answers `base64("AWS:" + password)`, and `docker login
//! --username AWS --password-stdin` then sends HTTP Basic `AWS:<password>` on every request.
//! Here the password is `base64url(version ‖ expiry ‖ access key id ‖ HMAC-SHA256)`, keyed by a
//! secret only the server holds: a token proves which access key asked for it and until when it
//! is good, without a table of tokens. Tokens cannot be revoked one by one; rotating the secret
//! revokes them all, and the server may refuse a token whose access key no longer exists.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// ECR's tokens are good for 12 hours.
pub const TOKEN_LIFETIME: Duration = Duration::from_secs(12 * 60 * 60);

/// The user name of every ECR token.
pub const TOKEN_USER_NAME: &str = "AWS";

const TOKEN_FORMAT_VERSION: u8 = 1;
const MAC_BYTES: usize = 32;

/// Who a request comes from, as the rest of Ferry sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryIdentity {
    pub access_key_id: String,
}

/// Why a request is not authenticated. All of them answer 401 with the challenge; the variants
/// exist for the message and the log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    #[error("authentication required")]
    Missing,
    #[error("the Authorization header is not HTTP Basic credentials")]
    Malformed,
    #[error("the user name of a registry token is AWS")]
    WrongUser,
    #[error("the token is not one this registry issued")]
    InvalidToken,
    #[error("the token expired; get a new one with `aws ecr get-login-password`")]
    Expired,
    #[error("the access key that requested this token no longer exists")]
    UnknownAccessKey,
}

/// Authenticates registry requests. The server implements it with its own credentials; the
/// registry only ever sees the outcome.
#[async_trait::async_trait]
pub trait RegistryAuthenticator: Send + Sync + 'static {
    /// `authorization` is the request's `Authorization` header, if it had one.
    async fn authenticate(&self, authorization: Option<&str>) -> Result<RegistryIdentity, AuthError>;

    /// The `realm` of the Basic challenge.
    fn realm(&self) -> &str {
        "Ferry registry"
    }
}

/// A token freshly minted for `GetAuthorizationToken`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorizationToken {
    /// What ECR's `authorizationToken` holds: `base64("AWS:" + password)`.
    pub authorization_token: String,
    /// What `docker login --password` takes (`aws ecr get-login-password` prints it).
    pub password: String,
    pub expires_at: SystemTime,
}

/// Mints and verifies tokens with one server secret.
#[derive(Clone)]
pub struct AuthorizationTokens {
    secret: Vec<u8>,
}

impl std::fmt::Debug for AuthorizationTokens {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("AuthorizationTokens { secret: <redacted> }")
    }
}

impl AuthorizationTokens {
    /// `secret` should be at least 32 random bytes, kept where only the server reads it.
    pub fn new(secret: Vec<u8>) -> AuthorizationTokens {
        AuthorizationTokens { secret }
    }

    fn mac(&self) -> Hmac<Sha256> {
        Hmac::<Sha256>::new_from_slice(&self.secret).expect("HMAC takes keys of any length")
    }

    /// A token for `access_key_id`, good for `TOKEN_LIFETIME` from `now`.
    pub fn mint(&self, access_key_id: &str, now: SystemTime) -> AuthorizationToken {
        let expires_at = now + TOKEN_LIFETIME;
        let expiry_seconds = expires_at.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
        let key_bytes = access_key_id.as_bytes();
        let mut payload = Vec::with_capacity(1 + 8 + 1 + key_bytes.len() + MAC_BYTES);
        payload.push(TOKEN_FORMAT_VERSION);
        payload.extend_from_slice(&expiry_seconds.to_be_bytes());
        // Access key ids are 16 to 128 characters in IAM; longer ones are cut, which a
        // verifier then reports as an unknown key rather than accepting another key's token.
        let key_bytes = &key_bytes[..key_bytes.len().min(255)];
        payload.push(key_bytes.len() as u8);
        payload.extend_from_slice(key_bytes);
        let mut mac = self.mac();
        mac.update(&payload);
        payload.extend_from_slice(&mac.finalize().into_bytes());
        let password = URL_SAFE_NO_PAD.encode(&payload);
        let authorization_token = STANDARD.encode(format!("{TOKEN_USER_NAME}:{password}"));
        AuthorizationToken { authorization_token, password, expires_at: UNIX_EPOCH + Duration::from_secs(expiry_seconds) }
    }

    /// The access key id a password was minted for, if it is genuine and unexpired at `now`.
    pub fn verify(&self, password: &str, now: SystemTime) -> Result<String, AuthError> {
        let bytes = URL_SAFE_NO_PAD.decode(password).map_err(|_| AuthError::InvalidToken)?;
        if bytes.len() < 1 + 8 + 1 + MAC_BYTES || bytes[0] != TOKEN_FORMAT_VERSION {
            return Err(AuthError::InvalidToken);
        }
        let (payload, tag) = bytes.split_at(bytes.len() - MAC_BYTES);
        let mut mac = self.mac();
        mac.update(payload);
        // `verify_slice` compares in constant time.
        mac.verify_slice(tag).map_err(|_| AuthError::InvalidToken)?;
        let expiry_seconds = u64::from_be_bytes(payload[1..9].try_into().expect("eight bytes"));
        let key_length = payload[9] as usize;
        let key_bytes = payload.get(10..).filter(|rest| rest.len() == key_length).ok_or(AuthError::InvalidToken)?;
        let access_key_id = String::from_utf8(key_bytes.to_vec()).map_err(|_| AuthError::InvalidToken)?;
        let now_seconds = now.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
        if now_seconds >= expiry_seconds {
            return Err(AuthError::Expired);
        }
        Ok(access_key_id)
    }
}

/// The user name and password of an HTTP Basic `Authorization` header.
pub fn parse_basic_authorization(header: &str) -> Result<(String, String), AuthError> {
    let (scheme, encoded) = header.trim().split_once(' ').ok_or(AuthError::Malformed)?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return Err(AuthError::Malformed);
    }
    let decoded = STANDARD.decode(encoded.trim()).map_err(|_| AuthError::Malformed)?;
    let decoded = String::from_utf8(decoded).map_err(|_| AuthError::Malformed)?;
    let (user, password) = decoded.split_once(':').ok_or(AuthError::Malformed)?;
    Ok((user.to_owned(), password.to_owned()))
}

/// Authenticates with `AuthorizationTokens` (Basic `AWS:<token>`); `key_exists` lets the server
/// refuse tokens of access keys it no longer knows.
pub struct TokenAuthenticator {
    tokens: AuthorizationTokens,
    clock: std::sync::Arc<dyn ferry_core::Clock>,
    key_exists: Box<dyn Fn(&str) -> bool + Send + Sync>,
}

impl std::fmt::Debug for TokenAuthenticator {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("TokenAuthenticator").finish_non_exhaustive()
    }
}

impl TokenAuthenticator {
    pub fn new(
        tokens: AuthorizationTokens,
        clock: std::sync::Arc<dyn ferry_core::Clock>,
        key_exists: impl Fn(&str) -> bool + Send + Sync + 'static,
    ) -> TokenAuthenticator {
        TokenAuthenticator { tokens, clock, key_exists: Box::new(key_exists) }
    }
}

#[async_trait::async_trait]
impl RegistryAuthenticator for TokenAuthenticator {
    async fn authenticate(&self, authorization: Option<&str>) -> Result<RegistryIdentity, AuthError> {
        let (user, password) = parse_basic_authorization(authorization.ok_or(AuthError::Missing)?)?;
        if user != TOKEN_USER_NAME {
            return Err(AuthError::WrongUser);
        }
        let access_key_id = self.tokens.verify(&password, self.clock.now())?;
        if !(self.key_exists)(&access_key_id) {
            return Err(AuthError::UnknownAccessKey);
        }
        Ok(RegistryIdentity { access_key_id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minted_token_verifies_until_it_expires() {
        let tokens = AuthorizationTokens::new(b"0123456789abcdef0123456789abcdef".to_vec());
        let now = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let token = tokens.mint("AKIAEXAMPLE", now);
        assert_eq!(token.expires_at, now + TOKEN_LIFETIME);
        let decoded = String::from_utf8(STANDARD.decode(&token.authorization_token).unwrap()).unwrap();
        assert_eq!(decoded, format!("AWS:{}", token.password));
        assert_eq!(tokens.verify(&token.password, now).unwrap(), "AKIAEXAMPLE");
        assert_eq!(tokens.verify(&token.password, now + TOKEN_LIFETIME - Duration::from_secs(1)).unwrap(), "AKIAEXAMPLE");
        assert_eq!(tokens.verify(&token.password, now + TOKEN_LIFETIME), Err(AuthError::Expired));
    }

    #[test]
    fn forged_or_foreign_tokens_are_refused() {
        let tokens = AuthorizationTokens::new(b"secret-one-secret-one-secret-one".to_vec());
        let other = AuthorizationTokens::new(b"secret-two-secret-two-secret-two".to_vec());
        let now = SystemTime::now();
        let token = tokens.mint("AKIAEXAMPLE", now);
        assert_eq!(other.verify(&token.password, now), Err(AuthError::InvalidToken));
        let mut bytes = URL_SAFE_NO_PAD.decode(&token.password).unwrap();
        bytes[5] ^= 1; // Move the expiry.
        assert_eq!(tokens.verify(&URL_SAFE_NO_PAD.encode(&bytes), now), Err(AuthError::InvalidToken));
        for garbage in ["", "AAAA", "!!!", &"A".repeat(100)] {
            assert_eq!(tokens.verify(garbage, now), Err(AuthError::InvalidToken), "{garbage}");
        }
    }

    #[test]
    fn basic_headers_parse() {
        let header = format!("Basic {}", STANDARD.encode("AWS:pass:word"));
        assert_eq!(parse_basic_authorization(&header).unwrap(), ("AWS".to_owned(), "pass:word".to_owned()));
        assert_eq!(parse_basic_authorization("Bearer abc"), Err(AuthError::Malformed));
        assert_eq!(parse_basic_authorization("Basic !!!"), Err(AuthError::Malformed));
    }
}
