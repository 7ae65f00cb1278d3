//! ECS's `nextToken`/`maxResults` page sizes.
//! The token scheme is `ferry_api::paging`'s, shared by every service.

use ferry_api::paging::PageLimits;
pub use ferry_api::paging::{PageRequest, encode_token, paginate};

use crate::error::EcsError;

/// ECS's List operations return at most 100 items per page, and 100 when `maxResults` is absent.
const LIMITS: PageLimits = PageLimits { default: 100, max: 100 };

/// The page a List call asks for, or `InvalidParameterException` saying what is wrong.
pub fn page_request(listing: &str, next_token: Option<&str>, max_results: Option<i32>) -> Result<PageRequest, EcsError> {
    PageRequest::parse(listing, next_token, max_results, LIMITS).map_err(|error| EcsError::invalid_parameter(error.message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ecs_pages_hold_at_most_100() {
        assert!(page_request("l", None, Some(101)).is_err());
        assert_eq!(page_request("l", None, None).unwrap().limit, 100);
    }
}
