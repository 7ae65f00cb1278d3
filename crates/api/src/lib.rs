//! Ferry's front door: one HTTP endpoint that authenticates, routes and answers every AWS API.
//!
//! A request's path is `server` (the listener) → `gateway` (route by `X-Amz-Target`, `Action` or
//! path; verify SigV4; read the body under a limit) → a service's `call` (parse into its operation
//! enum, validate, execute) → `protocol` (render the answer or the `AwsError`). Services live in
//! their own crates and implement `JsonService` or `QueryService`.

pub mod error;
pub mod gateway;
pub mod metrics;
pub mod paging;
pub mod protocol;
pub mod server;
pub mod shape;

pub use error::AwsError;
pub use gateway::{Gateway, GatewayConfig, JsonService, JsonServiceDescription, QueryService, QueryServiceDescription, RequestContext};
pub use protocol::Protocol;
