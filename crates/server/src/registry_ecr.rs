//! A stopgap ECR API: just enough of `AmazonEC2ContainerRegistry_V20150921` for `aws ecr
//! create-repository`, `describe-repositories`, `delete-repository` and `get-login-password` to
//! work against Ferry's registry. Shapes are written by hand from botocore's `ecr/2015-09-21`
//! model (the fields used here only); the full ECR API, with generated shapes, replaces this.
//! Every other operation of the model answers `UnsupportedFeatureException`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use bytes::Bytes;
use ferry_api::error::AwsError;
use ferry_api::gateway::{JsonService, JsonServiceDescription, RequestContext};
use ferry_api::protocol::Protocol;
use ferry_core::{Clock, PlatformIdentity};
use ferry_registry::metadata::{RepositoryRecord, ResourceTag, TagMutability};
use ferry_registry::{AuthorizationTokens, Registry, RegistryError, RepositoryName, RepositorySettings};
use serde::Deserialize;
use serde_json::json;

pub const ECR_TARGET_PREFIX: &str = "AmazonEC2ContainerRegistry_V20150921";

/// Every operation of botocore's `ecr/2015-09-21` model.
const ECR_OPERATION_NAMES: &[&str] = &[
    "BatchCheckLayerAvailability",
    "BatchDeleteImage",
    "BatchGetImage",
    "BatchGetRepositoryScanningConfiguration",
    "CompleteLayerUpload",
    "CreatePullThroughCacheRule",
    "CreateRepository",
    "CreateRepositoryCreationTemplate",
    "DeleteLifecyclePolicy",
    "DeletePullThroughCacheRule",
    "DeleteRegistryPolicy",
    "DeleteRepository",
    "DeleteRepositoryCreationTemplate",
    "DeleteRepositoryPolicy",
    "DeleteSigningConfiguration",
    "DeregisterPullTimeUpdateExclusion",
    "DescribeImageReplicationStatus",
    "DescribeImageScanFindings",
    "DescribeImageSigningStatus",
    "DescribeImages",
    "DescribePullThroughCacheRules",
    "DescribeRegistry",
    "DescribeReplicationBackfillResults",
    "DescribeRepositories",
    "DescribeRepositoryCreationTemplates",
    "GetAccountSetting",
    "GetAuthorizationToken",
    "GetDownloadUrlForLayer",
    "GetLifecyclePolicy",
    "GetLifecyclePolicyPreview",
    "GetRegistryPolicy",
    "GetRegistryScanningConfiguration",
    "GetRepositoryPolicy",
    "GetSigningConfiguration",
    "InitiateLayerUpload",
    "ListImageReferrers",
    "ListImages",
    "ListPullTimeUpdateExclusions",
    "ListReplicationBackfills",
    "ListTagsForResource",
    "PutAccountSetting",
    "PutImage",
    "PutImageScanningConfiguration",
    "PutImageTagMutability",
    "PutLifecyclePolicy",
    "PutRegistryPolicy",
    "PutRegistryScanningConfiguration",
    "PutReplicationConfiguration",
    "PutSigningConfiguration",
    "RegisterPullTimeUpdateExclusion",
    "SetRepositoryPolicy",
    "StartImageScan",
    "StartLifecyclePolicyPreview",
    "StartReplicationBackfill",
    "StopReplicationBackfill",
    "TagResource",
    "UntagResource",
    "UpdateImageStorageClass",
    "UpdatePullThroughCacheRule",
    "UpdateRepositoryCreationTemplate",
    "UploadLayerPart",
    "ValidatePullThroughCacheRule",
];

/// The ECR operations this stopgap serves.
pub const IMPLEMENTED_ECR_OPERATIONS: &[&str] = &["CreateRepository", "DeleteRepository", "DescribeRepositories", "GetAuthorizationToken"];

pub struct EcrService {
    registry: Arc<Registry>,
    tokens: AuthorizationTokens,
    identity: PlatformIdentity,
    clock: Arc<dyn Clock>,
    registry_address: SocketAddr,
}

impl EcrService {
    pub fn new(
        registry: Arc<Registry>,
        tokens: AuthorizationTokens,
        identity: PlatformIdentity,
        clock: Arc<dyn Clock>,
        registry_address: SocketAddr,
    ) -> EcrService {
        EcrService { registry, tokens, identity, clock, registry_address }
    }

    fn repository_json(&self, record: &RepositoryRecord) -> serde_json::Value {
        let mut encryption = json!({"encryptionType": record.encryption_type});
        if let Some(kms_key) = &record.kms_key {
            encryption["kmsKey"] = json!(kms_key);
        }
        json!({
            "repositoryArn": self.identity.arn("ecr", &format!("repository/{}", record.name)),
            "registryId": self.identity.account_id,
            "repositoryName": record.name,
            "repositoryUri": format!("{}/{}", self.registry_address, record.name),
            "createdAt": record.created_at_millis as f64 / 1000.0,
            "imageTagMutability": match record.image_tag_mutability { TagMutability::Mutable => "MUTABLE", TagMutability::Immutable => "IMMUTABLE" },
            "imageScanningConfiguration": {"scanOnPush": record.scan_on_push},
            "encryptionConfiguration": encryption,
        })
    }

    async fn execute(&self, operation: &str, body: &[u8], context: &RequestContext) -> Result<serde_json::Value, AwsError> {
        match operation {
            "CreateRepository" => {
                let input: CreateRepositoryInput = parse_input(body)?;
                let name = repository_name(&input.repository_name)?;
                let image_tag_mutability = match input.image_tag_mutability.as_deref() {
                    None | Some("MUTABLE") => TagMutability::Mutable,
                    Some("IMMUTABLE") => TagMutability::Immutable,
                    Some(other) => {
                        return Err(invalid_parameter(format!("imageTagMutability must be MUTABLE or IMMUTABLE, not {other:?}")));
                    }
                };
                let settings = RepositorySettings {
                    image_tag_mutability,
                    scan_on_push: input.image_scanning_configuration.and_then(|configuration| configuration.scan_on_push).unwrap_or(false),
                    encryption_type: input.encryption_configuration.as_ref().map(|configuration| configuration.encryption_type.clone()),
                    kms_key: input.encryption_configuration.and_then(|configuration| configuration.kms_key),
                    resource_tags: input
                        .tags
                        .unwrap_or_default()
                        .into_iter()
                        .map(|tag| ResourceTag { key: tag.key, value: tag.value })
                        .collect(),
                };
                let record = self.registry.create_repository(&name, settings).await.map_err(ecr_error)?;
                Ok(json!({"repository": self.repository_json(&record)}))
            }
            "DescribeRepositories" => {
                let input: DescribeRepositoriesInput = parse_input(body)?;
                let mut repositories = Vec::new();
                match input.repository_names {
                    Some(names) => {
                        for name in names {
                            let parsed = repository_name(&name)?;
                            match self.registry.describe_repository(&parsed).await.map_err(ecr_error)? {
                                Some(record) => repositories.push(self.repository_json(&record)),
                                None => return Err(repository_not_found(&name, &self.identity.account_id)),
                            }
                        }
                    }
                    None => {
                        let mut after: Option<String> = None;
                        loop {
                            let page = self.registry.list_repositories(after.as_deref(), 1000).await.map_err(ecr_error)?;
                            after = page.repositories.last().map(|record| record.name.clone());
                            repositories.extend(page.repositories.iter().map(|record| self.repository_json(record)));
                            if !page.more {
                                break;
                            }
                        }
                    }
                }
                Ok(json!({"repositories": repositories}))
            }
            "DeleteRepository" => {
                let input: DeleteRepositoryInput = parse_input(body)?;
                let name = repository_name(&input.repository_name)?;
                match self.registry.delete_repository(&name, input.force.unwrap_or(false)).await {
                    Ok(record) => Ok(json!({"repository": self.repository_json(&record)})),
                    Err(RegistryError::NameUnknown(_)) => Err(repository_not_found(name.as_str(), &self.identity.account_id)),
                    Err(error) => Err(ecr_error(error)),
                }
            }
            "GetAuthorizationToken" => {
                let token = self.tokens.mint(&context.caller.access_key_id, self.clock.now());
                let expires_at = token.expires_at.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs_f64();
                Ok(json!({"authorizationData": [{
                    "authorizationToken": token.authorization_token,
                    "expiresAt": expires_at,
                    "proxyEndpoint": format!("http://{}", self.registry_address),
                }]}))
            }
            other => {
                Err(AwsError::client("UnsupportedFeatureException", format!("Ferry does not implement the ECR operation {other} yet.")))
            }
        }
    }
}

#[async_trait::async_trait]
impl JsonService for EcrService {
    fn description(&self) -> JsonServiceDescription {
        JsonServiceDescription {
            target_prefix: ECR_TARGET_PREFIX,
            signing_name: "ecr",
            protocol: Protocol::AwsJson1_1,
            operation_names: ECR_OPERATION_NAMES,
        }
    }

    async fn call(&self, operation: &'static str, body: Bytes, context: &RequestContext) -> Result<Bytes, AwsError> {
        let output = self.execute(operation, &body, context).await?;
        Ok(Bytes::from(serde_json::to_vec(&output).expect("JSON values serialize")))
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ResourceTagInput {
    #[serde(rename = "Key")]
    key: String,
    #[serde(rename = "Value")]
    value: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ScanningConfigurationInput {
    scan_on_push: Option<bool>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct EncryptionConfigurationInput {
    encryption_type: String,
    kms_key: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CreateRepositoryInput {
    repository_name: String,
    tags: Option<Vec<ResourceTagInput>>,
    image_tag_mutability: Option<String>,
    image_scanning_configuration: Option<ScanningConfigurationInput>,
    encryption_configuration: Option<EncryptionConfigurationInput>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DescribeRepositoriesInput {
    repository_names: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DeleteRepositoryInput {
    repository_name: String,
    force: Option<bool>,
}

fn parse_input<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, AwsError> {
    let body = if body.is_empty() { b"{}".as_slice() } else { body };
    serde_json::from_slice(body).map_err(|error| invalid_parameter(format!("the request body is not valid: {error}")))
}

fn invalid_parameter(message: String) -> AwsError {
    AwsError::client("InvalidParameterException", message)
}

fn repository_name(text: &str) -> Result<RepositoryName, AwsError> {
    text.parse().map_err(|error: ferry_registry::NameError| invalid_parameter(error.to_string()))
}

fn repository_not_found(name: &str, account_id: &str) -> AwsError {
    AwsError::client(
        "RepositoryNotFoundException",
        format!("The repository with name '{name}' does not exist in the registry with id '{account_id}'"),
    )
}

fn ecr_error(error: RegistryError) -> AwsError {
    match error {
        RegistryError::RepositoryAlreadyExists(name) => {
            AwsError::client("RepositoryAlreadyExistsException", format!("The repository with name '{name}' already exists"))
        }
        RegistryError::RepositoryNotEmpty(name) => AwsError::client(
            "RepositoryNotEmptyException",
            format!("The repository with name '{name}' cannot be deleted because it still contains images; pass --force"),
        ),
        RegistryError::NameInvalid(message) => invalid_parameter(message),
        other => AwsError::internal("ServerException").with_internal_detail(other.to_string()),
    }
}
