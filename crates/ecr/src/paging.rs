//! ECR's `nextToken`/`maxResults` page sizes (`DescribeRepositories`, `ListImages`, `DescribeImages`, `GetLifecyclePolicyPreview`).
//! The token scheme is `ferry_api::paging`'s, shared by every service.

use ferry_api::paging::PageLimits;
pub use ferry_api::paging::{PageRequest, encode_token, paginate};

use crate::error::EcrError;

/// ECR answers 100 items per page when `maxResults` is absent, and at most 1000.
const LIMITS: PageLimits = PageLimits { default: 100, max: 1000 };

/// The page a List call asks for, or `InvalidParameterException` saying what is wrong.
pub fn page_request(listing: &str, next_token: Option<&str>, max_results: Option<i32>) -> Result<PageRequest, EcrError> {
    PageRequest::parse(listing, next_token, max_results, LIMITS).map_err(|error| EcrError::invalid_parameter(error.message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_bad_limits_and_foreign_tokens() {
        assert!(page_request("l", None, Some(0)).is_err());
        assert!(page_request("l", None, Some(1001)).is_err());
        assert_eq!(page_request("l", None, Some(1000)).unwrap().limit, 1000);
        assert_eq!(page_request("l", None, None).unwrap().limit, 100);
        assert!(page_request("l", Some("%%%"), None).is_err());
        assert!(page_request("l", Some(&encode_token("other", "k")), None).is_err());
        assert_eq!(page_request("l", Some(&encode_token("l", "k")), None).unwrap().after_key.as_deref(), Some("k"));
    }
}
