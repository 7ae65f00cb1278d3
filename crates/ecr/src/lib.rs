//! The Amazon ECR API over Ferry's image registry: repositories and their settings, images (the
//! registry's manifests and tags seen as ECR sees them), layer uploads by the API, authorization
//! tokens for `docker login`, repository and lifecycle policies, and resource tags.
//!
//! A call is parsed into the generated `Operation` enum (botocore's `ecr/2015-09-21` shapes,
//! `generated.rs`), its model constraints are checked, and only then does a handler run. The
//! handlers keep no state of their own: everything is in the [`ferry_registry::Registry`] the OCI
//! `/v2/` API serves from, so a `docker push` is an image to `DescribeImages` and an image put with
//! `PutImage` is pullable at once. The only records this crate writes itself are lifecycle policy
//! previews (`ecr/lifecycle-previews/NAME#`, deleted with their repository).
//!
//! Lifecycle policies are evaluated by `lifecycle_rules`, a pure function; `run_lifecycle_pass`
//! applies them to every repository and the server runs it on a schedule.

mod error;
pub mod generated;
mod images;
mod layers;
mod lifecycle;
pub mod lifecycle_rules;
mod paging;
mod repositories;

pub use lifecycle::DEFAULT_LIFECYCLE_INTERVAL;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::UNIX_EPOCH;

use bytes::Bytes;
use ferry_api::shape::Timestamp;
use ferry_api::{AwsError, JsonService, JsonServiceDescription, Protocol, RequestContext};
use ferry_core::{Clock, PlatformIdentity};
use ferry_registry::metadata::RepositoryRecord;
use ferry_registry::{AuthorizationTokens, Registry, RegistryError, RepositoryName};
use serde::Serialize;

pub use error::EcrError;
use generated::Operation;

/// The ECR operations Ferry implements; every other operation of the model answers
/// `UnsupportedFeatureException`. docs/compatibility.md is checked against this list by a test.
pub const IMPLEMENTED_OPERATIONS: &[&str] = &[
    "CreateRepository",
    "DescribeRepositories",
    "DeleteRepository",
    "PutImageTagMutability",
    "PutImageScanningConfiguration",
    "SetRepositoryPolicy",
    "GetRepositoryPolicy",
    "DeleteRepositoryPolicy",
    "TagResource",
    "UntagResource",
    "ListTagsForResource",
    "ListImages",
    "DescribeImages",
    "BatchGetImage",
    "BatchDeleteImage",
    "PutImage",
    "BatchCheckLayerAvailability",
    "InitiateLayerUpload",
    "UploadLayerPart",
    "CompleteLayerUpload",
    "GetDownloadUrlForLayer",
    "GetAuthorizationToken",
    "PutLifecyclePolicy",
    "GetLifecyclePolicy",
    "DeleteLifecyclePolicy",
    "StartLifecyclePolicyPreview",
    "GetLifecyclePolicyPreview",
];

/// Where clients reach the registry: what `proxyEndpoint` and repository URIs name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryEndpoint {
    /// `http` or `https`.
    pub scheme: String,
    /// `host[:port]`.
    pub authority: String,
}

impl RegistryEndpoint {
    /// `host[:port]` (served over http) or `http://host[:port]` / `https://host[:port]`.
    pub fn parse(text: &str) -> Result<RegistryEndpoint, String> {
        let (scheme, authority) = match text.split_once("://") {
            Some((scheme @ ("http" | "https"), authority)) => (scheme, authority),
            Some((scheme, _)) => return Err(format!("the registry address {text:?} has scheme {scheme:?}; use http or https")),
            None => ("http", text),
        };
        let authority = authority.trim_end_matches('/');
        let well_formed = !authority.is_empty()
            && authority.bytes().all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'-' | b':' | b'[' | b']'));
        if !well_formed {
            return Err(format!("the registry address {text:?} must be host[:port], optionally after http:// or https://"));
        }
        Ok(RegistryEndpoint { scheme: scheme.to_owned(), authority: authority.to_owned() })
    }

    /// What `GetAuthorizationToken` answers as `proxyEndpoint`.
    pub fn proxy_endpoint(&self) -> String {
        format!("{}://{}", self.scheme, self.authority)
    }

    pub fn repository_uri(&self, name: &str) -> String {
        format!("{}/{name}", self.authority)
    }
}

/// The ECR API over one registry.
pub struct EcrService {
    registry: Arc<Registry>,
    tokens: AuthorizationTokens,
    identity: PlatformIdentity,
    clock: Arc<dyn Clock>,
    endpoint: RegistryEndpoint,
    /// When each repository's lifecycle policy was last evaluated by the scheduled pass
    /// (`GetLifecyclePolicy`'s `lastEvaluatedAt`); kept in memory, so it starts empty.
    lifecycle_evaluated_at: Mutex<HashMap<String, u64>>,
}

impl std::fmt::Debug for EcrService {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("EcrService").field("endpoint", &self.endpoint).finish_non_exhaustive()
    }
}

pub(crate) fn to_json<T: Serialize>(value: &T) -> Result<Bytes, EcrError> {
    serde_json::to_vec(value).map(Bytes::from).map_err(|error| EcrError::Internal(format!("response: {error}")))
}

impl EcrService {
    pub fn new(
        registry: Arc<Registry>,
        tokens: AuthorizationTokens,
        identity: PlatformIdentity,
        clock: Arc<dyn Clock>,
        endpoint: RegistryEndpoint,
    ) -> EcrService {
        EcrService { registry, tokens, identity, clock, endpoint, lifecycle_evaluated_at: Mutex::new(HashMap::new()) }
    }

    pub fn registry(&self) -> &Arc<Registry> {
        &self.registry
    }

    pub(crate) fn now_millis(&self) -> u64 {
        self.clock.now().duration_since(UNIX_EPOCH).unwrap_or_default().as_millis() as u64
    }

    pub(crate) fn registry_id(&self) -> String {
        self.identity.account_id.clone()
    }

    /// Checks the request's `registryId` (this registry's id is the account id) and parses the
    /// repository name.
    pub(crate) fn repository_name(&self, registry_id: Option<&str>, name: &str) -> Result<RepositoryName, EcrError> {
        if let Some(registry_id) = registry_id
            && registry_id != self.identity.account_id
        {
            return Err(EcrError::invalid_parameter(format!(
                "registryId {registry_id} is not this registry; Ferry's registry id is its account id, {}",
                self.identity.account_id
            )));
        }
        name.parse().map_err(|error: ferry_registry::NameError| EcrError::invalid_parameter(error.to_string()))
    }

    pub(crate) fn repository_not_found(&self, name: &RepositoryName) -> EcrError {
        EcrError::RepositoryNotFound { name: name.to_string(), registry_id: self.registry_id() }
    }

    /// Maps a registry failure about `name`: a missing repository is `RepositoryNotFound`.
    pub(crate) fn registry_error(&self, name: &RepositoryName, error: RegistryError) -> EcrError {
        match error {
            RegistryError::NameUnknown(_) => self.repository_not_found(name),
            other => EcrError::from(other),
        }
    }

    pub(crate) async fn require_repository(&self, name: &RepositoryName) -> Result<RepositoryRecord, EcrError> {
        self.registry.describe_repository(name).await?.ok_or_else(|| self.repository_not_found(name))
    }

    pub(crate) fn timestamp(millis: u64) -> Timestamp {
        Timestamp { epoch_millis: millis as i64 }
    }

    /// Parses, validates and executes one ECR operation, returning its JSON output.
    pub async fn execute(&self, operation_name: &str, body: &[u8], context: &RequestContext) -> Result<Bytes, EcrError> {
        let operation = Operation::parse(operation_name, body)?;
        operation.validate()?;
        match operation {
            Operation::CreateRepository(request) => to_json(&self.create_repository(request).await?),
            Operation::DescribeRepositories(request) => to_json(&self.describe_repositories(request).await?),
            Operation::DeleteRepository(request) => to_json(&self.delete_repository(request).await?),
            Operation::PutImageTagMutability(request) => to_json(&self.put_image_tag_mutability(request).await?),
            Operation::PutImageScanningConfiguration(request) => to_json(&self.put_image_scanning_configuration(request).await?),
            Operation::SetRepositoryPolicy(request) => to_json(&self.set_repository_policy(request).await?),
            Operation::GetRepositoryPolicy(request) => to_json(&self.get_repository_policy(request).await?),
            Operation::DeleteRepositoryPolicy(request) => to_json(&self.delete_repository_policy(request).await?),
            Operation::TagResource(request) => to_json(&self.tag_resource(request).await?),
            Operation::UntagResource(request) => to_json(&self.untag_resource(request).await?),
            Operation::ListTagsForResource(request) => to_json(&self.list_tags_for_resource(request).await?),
            Operation::ListImages(request) => to_json(&self.list_images(request).await?),
            Operation::DescribeImages(request) => to_json(&self.describe_images(request).await?),
            Operation::BatchGetImage(request) => to_json(&self.batch_get_image(request).await?),
            Operation::BatchDeleteImage(request) => to_json(&self.batch_delete_image(request).await?),
            Operation::PutImage(request) => to_json(&self.put_image(request).await?),
            Operation::BatchCheckLayerAvailability(request) => to_json(&self.batch_check_layer_availability(request).await?),
            Operation::InitiateLayerUpload(request) => to_json(&self.initiate_layer_upload(request).await?),
            Operation::UploadLayerPart(request) => to_json(&self.upload_layer_part(request).await?),
            Operation::CompleteLayerUpload(request) => to_json(&self.complete_layer_upload(request).await?),
            Operation::GetDownloadUrlForLayer(request) => to_json(&self.get_download_url_for_layer(request, context).await?),
            Operation::GetAuthorizationToken(request) => to_json(&self.get_authorization_token(request, context)),
            Operation::PutLifecyclePolicy(request) => to_json(&self.put_lifecycle_policy(request).await?),
            Operation::GetLifecyclePolicy(request) => to_json(&self.get_lifecycle_policy(request).await?),
            Operation::DeleteLifecyclePolicy(request) => to_json(&self.delete_lifecycle_policy(request).await?),
            Operation::StartLifecyclePolicyPreview(request) => to_json(&self.start_lifecycle_policy_preview(request).await?),
            Operation::GetLifecyclePolicyPreview(request) => to_json(&self.get_lifecycle_policy_preview(request).await?),
            other => Err(EcrError::NotImplemented { operation: other.name() }),
        }
    }

    /// `GetAuthorizationToken`: one token for the caller's access key, good for 12 hours, as
    /// `base64("AWS:" + password)`; one entry per requested registry id (all of them this one).
    fn get_authorization_token(
        &self,
        request: generated::GetAuthorizationTokenRequest,
        context: &RequestContext,
    ) -> generated::GetAuthorizationTokenResponse {
        let token = self.tokens.mint(&context.caller.access_key_id, self.clock.now());
        let data = generated::AuthorizationData {
            authorization_token: Some(token.authorization_token),
            expires_at: Some(Timestamp::from_system_time(token.expires_at)),
            proxy_endpoint: Some(self.endpoint.proxy_endpoint()),
        };
        let entries = request.registry_ids.map_or(1, |ids| ids.len().max(1));
        generated::GetAuthorizationTokenResponse { authorization_data: Some(vec![data; entries]) }
    }
}

#[async_trait::async_trait]
impl JsonService for EcrService {
    fn description(&self) -> JsonServiceDescription {
        JsonServiceDescription {
            target_prefix: generated::TARGET_PREFIX,
            signing_name: generated::SIGNING_NAME,
            protocol: Protocol::AwsJson1_1,
            operation_names: Operation::NAMES,
        }
    }

    async fn call(&self, operation: &'static str, body: Bytes, context: &RequestContext) -> Result<Bytes, AwsError> {
        self.execute(operation, &body, context).await.map_err(AwsError::from)
    }
}

#[cfg(test)]
mod tests;
