//! Where the verifier finds the secret behind an access key id: the `CredentialLookup` trait and
//! `StaticCredentials`, a fixed set of keys from the server's configuration.

use std::collections::HashMap;
use std::fmt;

use subtle::ConstantTimeEq;

/// An AWS secret access key. It is never printed: `Debug` shows `***` and there is no `Display`,
/// so it cannot end up in a log line or an error message by accident.
#[derive(Clone)]
pub struct SecretAccessKey(String);

impl SecretAccessKey {
    pub fn new(secret: impl Into<String>) -> SecretAccessKey {
        SecretAccessKey(secret.into())
    }

    /// The secret itself, for deriving signing keys. Named so that every use stands out in review.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }

    /// Compares two secrets in time independent of where they differ.
    pub(crate) fn constant_time_equals(&self, other: &SecretAccessKey) -> bool {
        self.0.as_bytes().ct_eq(other.0.as_bytes()).into()
    }
}

impl fmt::Debug for SecretAccessKey {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("***")
    }
}

impl From<String> for SecretAccessKey {
    fn from(secret: String) -> SecretAccessKey {
        SecretAccessKey(secret)
    }
}

impl From<&str> for SecretAccessKey {
    fn from(secret: &str) -> SecretAccessKey {
        SecretAccessKey(secret.to_owned())
    }
}

/// What the verifier learns about an access key id it was sent.
#[derive(Debug, Clone)]
pub struct ResolvedCredential {
    pub secret_access_key: SecretAccessKey,
    /// The identity the key acts as, e.g. `arn:aws:iam::000000000000:root`.
    pub principal_arn: String,
}

/// Resolves an access key id to its secret. Implemented by the static configuration today and by
/// IAM users and STS temporary credentials later.
pub trait CredentialLookup: Send + Sync {
    /// The secret for an access key id; `session_token` is the X-Amz-Security-Token sent, if any
    /// (temporary credentials, later). `None` when the key is unknown or the token is not valid
    /// for it.
    fn lookup(&self, access_key_id: &str, session_token: Option<&str>) -> Option<ResolvedCredential>;
}

/// A [`CredentialLookup`] over a fixed set of long-term keys.
///
/// Long-term keys have no session token, so a token sent with one is ignored rather than refused:
/// a stray `AWS_SESSION_TOKEN` in a user's environment should not lock them out of a local Ferry.
#[derive(Debug, Clone, Default)]
pub struct StaticCredentials {
    by_access_key_id: HashMap<String, ResolvedCredential>,
}

impl StaticCredentials {
    pub fn new() -> StaticCredentials {
        StaticCredentials::default()
    }

    /// Adds (or replaces) one key.
    pub fn with_credential(
        mut self,
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<SecretAccessKey>,
        principal_arn: impl Into<String>,
    ) -> StaticCredentials {
        self.insert(access_key_id, secret_access_key, principal_arn);
        self
    }

    /// Adds (or replaces) one key.
    pub fn insert(
        &mut self,
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<SecretAccessKey>,
        principal_arn: impl Into<String>,
    ) {
        self.by_access_key_id.insert(
            access_key_id.into(),
            ResolvedCredential { secret_access_key: secret_access_key.into(), principal_arn: principal_arn.into() },
        );
    }

    pub fn len(&self) -> usize {
        self.by_access_key_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_access_key_id.is_empty()
    }
}

impl<AccessKeyId, Secret, PrincipalArn> FromIterator<(AccessKeyId, Secret, PrincipalArn)> for StaticCredentials
where
    AccessKeyId: Into<String>,
    Secret: Into<SecretAccessKey>,
    PrincipalArn: Into<String>,
{
    fn from_iter<Entries: IntoIterator<Item = (AccessKeyId, Secret, PrincipalArn)>>(credentials: Entries) -> StaticCredentials {
        let mut static_credentials = StaticCredentials::new();
        for (access_key_id, secret_access_key, principal_arn) in credentials {
            static_credentials.insert(access_key_id, secret_access_key, principal_arn);
        }
        static_credentials
    }
}

impl CredentialLookup for StaticCredentials {
    fn lookup(&self, access_key_id: &str, _session_token: Option<&str>) -> Option<ResolvedCredential> {
        self.by_access_key_id.get(access_key_id).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_never_shows_in_debug_output() {
        let credential = ResolvedCredential {
            secret_access_key: SecretAccessKey::new("example/secret+key/never-printed"),
            principal_arn: "arn:aws:iam::000000000000:root".into(),
        };
        let printed = format!("{credential:?}");
        assert!(!printed.contains("never-printed"), "{printed}");
        assert!(printed.contains("***"));
        let store = StaticCredentials::new().with_credential("AKID", "example/secret+key/never-printed", "arn:aws:iam::000000000000:root");
        assert!(!format!("{store:?}").contains("never-printed"));
    }

    #[test]
    fn static_credentials_resolve_known_keys_only() {
        let store: StaticCredentials =
            [("AKID1", "secret1", "arn:aws:iam::000000000000:user/one"), ("AKID2", "secret2", "arn:aws:iam::000000000000:user/two")]
                .into_iter()
                .collect();
        assert_eq!(store.len(), 2);
        let resolved = store.lookup("AKID2", Some("ignored-token")).unwrap();
        assert_eq!(resolved.secret_access_key.expose_secret(), "secret2");
        assert_eq!(resolved.principal_arn, "arn:aws:iam::000000000000:user/two");
        assert!(store.lookup("AKID3", None).is_none());
        assert!(store.lookup("akid1", None).is_none(), "access key ids are case-sensitive");
    }

    #[test]
    fn secrets_compare_by_content() {
        assert!(SecretAccessKey::new("abc").constant_time_equals(&SecretAccessKey::new("abc")));
        assert!(!SecretAccessKey::new("abc").constant_time_equals(&SecretAccessKey::new("abd")));
        assert!(!SecretAccessKey::new("abc").constant_time_equals(&SecretAccessKey::new("abcd")));
    }
}
