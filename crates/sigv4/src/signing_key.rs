//! SigV4 signing keys: the HMAC chain from a secret to a per-day, per-region, per-service key,
//! and a small cache of derived keys so a request pays for one HMAC instead of five.

use std::collections::HashMap;

use hmac::{Hmac, Mac};
use parking_lot::Mutex;
use sha2::Sha256;

use crate::authorization::SCOPE_TERMINATOR;
use crate::credentials::SecretAccessKey;

pub(crate) type HmacSha256 = Hmac<Sha256>;

/// An HMAC-SHA256 keyed with `key`. HMAC accepts keys of any length, so this cannot fail.
pub(crate) fn keyed_hmac(key: &[u8]) -> HmacSha256 {
    HmacSha256::new_from_slice(key).expect("HMAC accepts keys of any length")
}

fn hmac_of(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut mac = keyed_hmac(key);
    mac.update(message);
    mac.finalize().into_bytes().into()
}

/// Derives `kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")`
/// and returns an HMAC already keyed with it. Keeping the keyed state (rather than the key bytes)
/// also saves hashing the key's inner and outer pads on every request.
pub(crate) fn derive_signing_hmac(secret: &SecretAccessKey, date: &str, region: &str, service: &str) -> HmacSha256 {
    let mut secret_key = Vec::with_capacity(4 + secret.expose_secret().len());
    secret_key.extend_from_slice(b"AWS4");
    secret_key.extend_from_slice(secret.expose_secret().as_bytes());
    let date_key = hmac_of(&secret_key, date.as_bytes());
    let region_key = hmac_of(&date_key, region.as_bytes());
    let service_key = hmac_of(&region_key, service.as_bytes());
    let signing_key = hmac_of(&service_key, SCOPE_TERMINATOR.as_bytes());
    keyed_hmac(&signing_key)
}

struct CachedSigningKey {
    /// The secret the key was derived from: a rotated secret must not reuse the old key.
    secret: SecretAccessKey,
    signing_hmac: HmacSha256,
}

/// Derived signing keys by (access key id, date, region, service).
///
/// Entries are only made for access keys the credential lookup resolved, and the scope's date,
/// region and service are checked before a key is derived, so a client cannot fill the cache with
/// keys of its choosing. When it is full it is simply emptied: deriving again costs four HMACs,
/// and the set of live keys (a few per access key per day) refills it at once.
pub(crate) struct SigningKeyCache {
    entries: Mutex<HashMap<String, CachedSigningKey>>,
    capacity: usize,
}

impl SigningKeyCache {
    pub(crate) fn new(capacity: usize) -> SigningKeyCache {
        SigningKeyCache { entries: Mutex::new(HashMap::with_capacity(capacity)), capacity }
    }

    pub(crate) fn signing_hmac(
        &self,
        access_key_id: &str,
        secret: &SecretAccessKey,
        date: &str,
        region: &str,
        service: &str,
    ) -> HmacSha256 {
        // Slashes cannot occur in any of the parts (the credential scope is split on them), so
        // the joined key is unambiguous.
        let cache_key = [access_key_id, date, region, service].join("/");
        if let Some(cached) = self.entries.lock().get(&cache_key)
            && cached.secret.constant_time_equals(secret)
        {
            return cached.signing_hmac.clone();
        }
        let signing_hmac = derive_signing_hmac(secret, date, region, service);
        let mut entries = self.entries.lock();
        if entries.len() >= self.capacity {
            entries.clear();
        }
        entries.insert(cache_key, CachedSigningKey { secret: secret.clone(), signing_hmac: signing_hmac.clone() });
        signing_hmac
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signature_with(mut signing_hmac: HmacSha256, message: &[u8]) -> String {
        signing_hmac.update(message);
        hex::encode(signing_hmac.finalize().into_bytes())
    }

    /// The chain spelled out step by step, as AWS's documentation describes it. (AWS's own worked
    /// examples, with their published keys, are checked end to end in the integration tests.)
    #[test]
    fn derives_the_documented_key_chain() {
        let secret = SecretAccessKey::new("example/secret+key/for-derivation");
        let secret_key = [b"AWS4".as_slice(), secret.expose_secret().as_bytes()].concat();
        let date_key = hmac_of(&secret_key, b"20120215");
        let region_key = hmac_of(&date_key, b"us-east-1");
        let service_key = hmac_of(&region_key, b"iam");
        let signing_key = hmac_of(&service_key, b"aws4_request");
        let derived = derive_signing_hmac(&secret, "20120215", "us-east-1", "iam");
        assert_eq!(signature_with(derived, b"message"), hex::encode(hmac_of(&signing_key, b"message")));
        let other_day = derive_signing_hmac(&secret, "20120216", "us-east-1", "iam");
        assert_ne!(signature_with(other_day, b"message"), hex::encode(hmac_of(&signing_key, b"message")));
    }

    #[test]
    fn cache_reuses_keys_and_notices_a_new_secret() {
        let cache = SigningKeyCache::new(2);
        let old_secret = SecretAccessKey::new("old");
        let new_secret = SecretAccessKey::new("new");
        let first = cache.signing_hmac("AKID", &old_secret, "20150830", "us-east-1", "ecs");
        let again = cache.signing_hmac("AKID", &old_secret, "20150830", "us-east-1", "ecs");
        assert_eq!(signature_with(first, b"m"), signature_with(again, b"m"));
        assert_eq!(cache.len(), 1);
        let rotated = cache.signing_hmac("AKID", &new_secret, "20150830", "us-east-1", "ecs");
        assert_eq!(signature_with(rotated, b"m"), signature_with(derive_signing_hmac(&new_secret, "20150830", "us-east-1", "ecs"), b"m"));
    }

    #[test]
    fn cache_stays_within_its_capacity() {
        let cache = SigningKeyCache::new(3);
        let secret = SecretAccessKey::new("secret");
        for day in 10..30 {
            let date = format!("201508{day}");
            let cached = cache.signing_hmac("AKID", &secret, &date, "us-east-1", "ecs");
            assert_eq!(signature_with(cached, b"m"), signature_with(derive_signing_hmac(&secret, &date, "us-east-1", "ecs"), b"m"));
            assert!(cache.len() <= 3);
        }
    }
}
