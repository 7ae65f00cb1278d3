//! `nextToken`/`maxResults` paging as the AWS List and Describe operations and the CLI's
//! paginators use it, shared by every service of Ferry; each service sets its own page sizes and
//! turns a `PageError` into its own error type.
//!
//! A token names the last key of the page it ends, so a listing resumes after that key even when
//! records were added or removed in between. Tokens are opaque to clients: base64url of a short
//! text that also names the listing, so a token of `ListClusters` is refused by `ListTasks`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// A service's page sizes: what `maxResults` defaults to and the most it may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLimits {
    pub default: usize,
    pub max: usize,
}

/// Why `maxResults` or `nextToken` was refused, in words for the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageError {
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    /// The key after which this page starts (in the listing's direction).
    pub after_key: Option<String>,
    pub limit: usize,
}

impl PageRequest {
    pub fn parse(listing: &str, next_token: Option<&str>, max_results: Option<i32>, limits: PageLimits) -> Result<PageRequest, PageError> {
        let limit = match max_results {
            None => limits.default,
            Some(value) if (1..=limits.max as i32).contains(&value) => value as usize,
            Some(value) => {
                return Err(PageError { message: format!("maxResults must be between 1 and {}; {value} was given.", limits.max) });
            }
        };
        let after_key = match next_token {
            None | Some("") => None,
            Some(token) => Some(decode_token(listing, token)?),
        };
        Ok(PageRequest { after_key, limit })
    }
}

pub fn encode_token(listing: &str, last_key: &str) -> String {
    URL_SAFE_NO_PAD.encode(format!("v1\n{listing}\n{last_key}"))
}

fn decode_token(listing: &str, token: &str) -> Result<String, PageError> {
    let invalid =
        || PageError { message: "Invalid nextToken: pass back the nextToken of the previous page of this same listing.".to_owned() };
    let bytes = URL_SAFE_NO_PAD.decode(token.trim_end_matches('=')).map_err(|_| invalid())?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let mut parts = text.splitn(3, '\n');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("v1"), Some(token_listing), Some(key)) if token_listing == listing => Ok(key.to_owned()),
        _ => Err(invalid()),
    }
}

/// Cuts one page out of `items`, which are already filtered and sorted in the listing's order
/// (ascending or descending by key). Returns the page and the token of the next one.
pub fn paginate<T>(listing: &str, items: Vec<(String, T)>, request: &PageRequest, descending: bool) -> (Vec<T>, Option<String>) {
    let mut remaining = items.into_iter().filter(|(key, _)| match &request.after_key {
        None => true,
        Some(after) if descending => key.as_str() < after.as_str(),
        Some(after) => key.as_str() > after.as_str(),
    });
    let mut page = Vec::with_capacity(request.limit.min(1000));
    let mut last_key = None;
    for (key, item) in remaining.by_ref() {
        page.push(item);
        last_key = Some(key);
        if page.len() == request.limit {
            break;
        }
    }
    let next_token = match (remaining.next(), last_key) {
        (Some(_), Some(last_key)) => Some(encode_token(listing, &last_key)),
        _ => None,
    };
    (page, next_token)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: PageLimits = PageLimits { default: 100, max: 100 };

    fn items(keys: &[&str]) -> Vec<(String, String)> {
        keys.iter().map(|key| (key.to_string(), key.to_string())).collect()
    }

    #[test]
    fn pages_through_everything_exactly_once() {
        let keys: Vec<String> = (0..250).map(|index| format!("k{index:04}")).collect();
        let all: Vec<&str> = keys.iter().map(String::as_str).collect();
        let mut seen = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let request = PageRequest::parse("list", token.as_deref(), None, LIMITS).unwrap();
            let (page, next) = paginate("list", items(&all), &request, false);
            assert!(page.len() <= 100);
            seen.extend(page);
            match next {
                Some(next) => token = Some(next),
                None => break,
            }
        }
        assert_eq!(seen, keys);
    }

    #[test]
    fn descending_pages_continue_below_the_last_key() {
        let mut reversed = items(&["a", "b", "c", "d", "e"]);
        reversed.reverse();
        let first = PageRequest::parse("l", None, Some(2), LIMITS).unwrap();
        let (page, next) = paginate("l", reversed.clone(), &first, true);
        assert_eq!(page, ["e", "d"]);
        let second = PageRequest::parse("l", next.as_deref(), Some(2), LIMITS).unwrap();
        let (page, next) = paginate("l", reversed.clone(), &second, true);
        assert_eq!(page, ["c", "b"]);
        let third = PageRequest::parse("l", next.as_deref(), Some(2), LIMITS).unwrap();
        let (page, next) = paginate("l", reversed, &third, true);
        assert_eq!(page, ["a"]);
        assert_eq!(next, None);
    }

    #[test]
    fn refuses_bad_limits_and_foreign_tokens() {
        assert!(PageRequest::parse("l", None, Some(0), LIMITS).is_err());
        assert!(PageRequest::parse("l", None, Some(101), LIMITS).is_err());
        assert!(PageRequest::parse("l", Some("%%%"), None, LIMITS).is_err());
        let other = encode_token("other", "k");
        assert!(PageRequest::parse("l", Some(&other), None, LIMITS).is_err());
        let ours = encode_token("l", "k");
        assert_eq!(PageRequest::parse("l", Some(&ours), None, LIMITS).unwrap().after_key.as_deref(), Some("k"));
    }
}
