//! `nextToken`/`maxResults` paging as ECR's listings (`DescribeRepositories`, `ListImages`,
//! `DescribeImages`, `GetLifecyclePolicyPreview`) and the CLI's paginators use it.
//!
//! A token names the last key of the page it ends, so a listing resumes after that key even when
//! images come and go in between. Tokens are opaque: base64url of a short text that also names the
//! listing, so a token of `ListImages` is refused by `DescribeRepositories`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::error::EcrError;

/// ECR answers 100 items per page when `maxResults` is absent, and at most 1000.
pub const DEFAULT_PAGE_SIZE: usize = 100;
pub const MAX_PAGE_SIZE: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    /// The key after which this page starts.
    pub after_key: Option<String>,
    pub limit: usize,
}

impl PageRequest {
    pub fn parse(listing: &str, next_token: Option<&str>, max_results: Option<i32>) -> Result<PageRequest, EcrError> {
        let limit = match max_results {
            None => DEFAULT_PAGE_SIZE,
            Some(value) if (1..=MAX_PAGE_SIZE as i32).contains(&value) => value as usize,
            Some(value) => {
                return Err(EcrError::invalid_parameter(format!("maxResults must be between 1 and {MAX_PAGE_SIZE}; {value} was given.")));
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

fn decode_token(listing: &str, token: &str) -> Result<String, EcrError> {
    let invalid = || EcrError::invalid_parameter("Invalid nextToken: pass back the nextToken of the previous page of this same listing.");
    let bytes = URL_SAFE_NO_PAD.decode(token.trim_end_matches('=')).map_err(|_| invalid())?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let mut parts = text.splitn(3, '\n');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("v1"), Some(token_listing), Some(key)) if token_listing == listing => Ok(key.to_owned()),
        _ => Err(invalid()),
    }
}

/// Cuts one page out of `items`, already filtered and sorted by key. Returns the page and the
/// token of the next one.
pub fn paginate<T>(listing: &str, items: Vec<(String, T)>, request: &PageRequest) -> (Vec<T>, Option<String>) {
    let mut remaining = items.into_iter().filter(|(key, _)| request.after_key.as_deref().is_none_or(|after| key.as_str() > after));
    let mut page = Vec::with_capacity(request.limit.min(MAX_PAGE_SIZE));
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

    #[test]
    fn pages_through_everything_exactly_once() {
        let keys: Vec<String> = (0..250).map(|index| format!("k{index:04}")).collect();
        let mut seen = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let request = PageRequest::parse("list", token.as_deref(), Some(40)).unwrap();
            let items = keys.iter().map(|key| (key.clone(), key.clone())).collect();
            let (page, next) = paginate("list", items, &request);
            assert!(page.len() <= 40);
            seen.extend(page);
            match next {
                Some(next) => token = Some(next),
                None => break,
            }
        }
        assert_eq!(seen, keys);
    }

    #[test]
    fn refuses_bad_limits_and_foreign_tokens() {
        assert!(PageRequest::parse("l", None, Some(0)).is_err());
        assert!(PageRequest::parse("l", None, Some(1001)).is_err());
        assert_eq!(PageRequest::parse("l", None, None).unwrap().limit, 100);
        assert!(PageRequest::parse("l", Some("%%%"), None).is_err());
        assert!(PageRequest::parse("l", Some(&encode_token("other", "k")), None).is_err());
        assert_eq!(PageRequest::parse("l", Some(&encode_token("l", "k")), None).unwrap().after_key.as_deref(), Some("k"));
    }
}
