//! Vocabulary shared by every Ferry crate: the platform's region and account, ARNs, callers and clocks.
//!
//! This crate does no I/O and knows nothing of HTTP, storage or containers.

mod arn;
mod clock;

pub use arn::{Arn, ArnParseError};
pub use clock::{Clock, ManualClock, SystemClock};

/// The region and account Ferry answers as. Every ARN Ferry mints carries them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformIdentity {
    pub partition: String,
    pub region: String,
    pub account_id: String,
}

impl PlatformIdentity {
    pub const DEFAULT_REGION: &'static str = "us-east-1";
    pub const DEFAULT_ACCOUNT_ID: &'static str = "000000000000";

    pub fn new(region: impl Into<String>, account_id: impl Into<String>) -> Self {
        PlatformIdentity { partition: "aws".to_owned(), region: region.into(), account_id: account_id.into() }
    }

    /// An ARN of this platform for `service` (`ecs`, `ecr`…) and a resource such as `cluster/default`.
    pub fn arn(&self, service: &str, resource: &str) -> String {
        format!("arn:{}:{}:{}:{}:{}", self.partition, service, self.region, self.account_id, resource)
    }
}

impl Default for PlatformIdentity {
    fn default() -> Self {
        PlatformIdentity::new(Self::DEFAULT_REGION, Self::DEFAULT_ACCOUNT_ID)
    }
}

/// Who made a request, as established by signature verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub access_key_id: String,
    /// The principal's ARN, e.g. `arn:aws:iam::000000000000:root`; ECS reports it as `registeredBy`.
    pub principal_arn: String,
}
