//! Repositories and their settings: `CreateRepository`, `DescribeRepositories`,
//! `DeleteRepository`, tag mutability, scanning configuration, repository policies and resource
//! tags. Every change is the registry's compare-and-swap `update_repository`.

use ferry_registry::metadata::{RepositoryRecord, ResourceTag, TagMutability};
use ferry_registry::{RegistryError, RepositoryName, RepositorySettings};

use crate::EcrService;
use crate::error::EcrError;
use crate::generated::{
    CreateRepositoryRequest, CreateRepositoryResponse, DeleteRepositoryPolicyRequest, DeleteRepositoryPolicyResponse,
    DeleteRepositoryRequest, DeleteRepositoryResponse, DescribeRepositoriesRequest, DescribeRepositoriesResponse, EncryptionConfiguration,
    EncryptionType, GetRepositoryPolicyRequest, GetRepositoryPolicyResponse, ImageScanningConfiguration, ImageTagMutability,
    ListTagsForResourceRequest, ListTagsForResourceResponse, PutImageScanningConfigurationRequest, PutImageScanningConfigurationResponse,
    PutImageTagMutabilityRequest, PutImageTagMutabilityResponse, Repository, SetRepositoryPolicyRequest, SetRepositoryPolicyResponse, Tag,
    TagResourceRequest, TagResourceResponse, UntagResourceRequest, UntagResourceResponse,
};
use crate::paging::{encode_token, page_request};

/// Why `update_repository` did not write: the change refused, or the registry failed.
pub(crate) enum UpdateError {
    Refused(EcrError),
    Registry(RegistryError),
}

impl From<RegistryError> for UpdateError {
    fn from(error: RegistryError) -> UpdateError {
        UpdateError::Registry(error)
    }
}

/// ECR allows 50 resource tags per repository.
const MAX_RESOURCE_TAGS: usize = 50;

fn tag_mutability(value: &ImageTagMutability) -> Result<TagMutability, EcrError> {
    match value {
        ImageTagMutability::Mutable => Ok(TagMutability::Mutable),
        ImageTagMutability::Immutable => Ok(TagMutability::Immutable),
        other => Err(EcrError::invalid_parameter(format!(
            "imageTagMutability {other} is not supported by Ferry yet; use MUTABLE or IMMUTABLE (without exclusion filters)"
        ))),
    }
}

fn check_resource_tags(tags: &[Tag]) -> Result<(), EcrError> {
    for tag in tags {
        if tag.key.is_empty() || tag.key.chars().count() > 128 || tag.value.chars().count() > 256 {
            return Err(EcrError::InvalidTagParameter {
                message: format!("Tag key {:?}: keys are 1 to 128 characters and values at most 256.", tag.key),
            });
        }
        if tag.key.to_ascii_lowercase().starts_with("aws:") {
            return Err(EcrError::InvalidTagParameter { message: format!("Tag key {:?}: the aws: prefix is reserved for AWS.", tag.key) });
        }
    }
    Ok(())
}

/// Adds or replaces `tags` in `existing`, refusing to go past the limit.
fn merge_tags(existing: &mut Vec<ResourceTag>, tags: &[Tag]) -> Result<(), EcrError> {
    for tag in tags {
        match existing.iter_mut().find(|current| current.key == tag.key) {
            Some(current) => current.value = tag.value.clone(),
            None => existing.push(ResourceTag { key: tag.key.clone(), value: tag.value.clone() }),
        }
    }
    if existing.len() > MAX_RESOURCE_TAGS {
        return Err(EcrError::TooManyTags { message: format!("A repository may have at most {MAX_RESOURCE_TAGS} tags.") });
    }
    Ok(())
}

/// A repository policy must be a JSON policy document: an object with a `Statement`.
fn check_repository_policy(text: &str) -> Result<(), EcrError> {
    let invalid = |reason: &str| {
        EcrError::invalid_parameter(format!(
            "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided': {reason}"
        ))
    };
    let document: serde_json::Value = serde_json::from_str(text).map_err(|error| invalid(&format!("it is not JSON ({error})")))?;
    let statement = document.as_object().and_then(|object| object.get("Statement")).ok_or_else(|| invalid("it needs a Statement"))?;
    let statements = match statement {
        serde_json::Value::Array(statements) => statements.clone(),
        single @ serde_json::Value::Object(_) => vec![single.clone()],
        _ => return Err(invalid("Statement must be an object or a list of objects")),
    };
    for statement in &statements {
        let effect = statement.get("Effect").and_then(serde_json::Value::as_str);
        if !matches!(effect, Some("Allow" | "Deny")) {
            return Err(invalid("every statement needs an Effect of Allow or Deny"));
        }
        if statement.get("Action").is_none() && statement.get("NotAction").is_none() {
            return Err(invalid("every statement needs an Action"));
        }
    }
    Ok(())
}

impl EcrService {
    pub(crate) fn repository_shape(&self, record: &RepositoryRecord) -> Repository {
        let encryption_type = serde_json::from_value::<EncryptionType>(serde_json::Value::String(record.encryption_type.clone()))
            .unwrap_or(EncryptionType::Aes256);
        Repository {
            repository_arn: Some(self.repository_arn(&record.name)),
            registry_id: Some(self.registry_id()),
            repository_name: Some(record.name.clone()),
            repository_uri: Some(self.endpoint.repository_uri(&record.name)),
            created_at: Some(Self::timestamp(record.created_at_millis)),
            image_tag_mutability: Some(match record.image_tag_mutability {
                TagMutability::Mutable => ImageTagMutability::Mutable,
                TagMutability::Immutable => ImageTagMutability::Immutable,
            }),
            image_tag_mutability_exclusion_filters: None,
            image_scanning_configuration: Some(ImageScanningConfiguration { scan_on_push: Some(record.scan_on_push) }),
            encryption_configuration: Some(EncryptionConfiguration { encryption_type, kms_key: record.kms_key.clone() }),
        }
    }

    fn repository_arn(&self, name: &str) -> String {
        self.identity.arn("ecr", &format!("repository/{name}"))
    }

    /// The repository a resource ARN names (`arn:aws:ecr:REGION:ACCOUNT:repository/NAME`).
    fn repository_of_arn(&self, arn: &str) -> Result<RepositoryName, EcrError> {
        let prefix = self.repository_arn("");
        let invalid = || {
            EcrError::invalid_parameter(format!(
                "Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN': {arn:?} is not a repository of this \
                 registry ({prefix}NAME)"
            ))
        };
        let name = arn.strip_prefix(&prefix).ok_or_else(invalid)?;
        name.parse().map_err(|_| invalid())
    }

    /// Changes the repository's record with `change` (compare-and-swap, retried on conflict).
    pub(crate) async fn update(
        &self,
        name: &RepositoryName,
        mut change: impl FnMut(&mut RepositoryRecord) -> Result<(), EcrError>,
    ) -> Result<RepositoryRecord, EcrError> {
        let outcome = self.registry.update_repository(name, |record| change(record).map_err(UpdateError::Refused)).await;
        outcome.map_err(|error| match error {
            UpdateError::Refused(error) => error,
            UpdateError::Registry(error) => self.registry_error(name, error),
        })
    }

    pub(crate) async fn create_repository(&self, request: CreateRepositoryRequest) -> Result<CreateRepositoryResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        if request.image_tag_mutability_exclusion_filters.as_ref().is_some_and(|filters| !filters.is_empty()) {
            return Err(EcrError::invalid_parameter("imageTagMutabilityExclusionFilters are not supported by Ferry yet."));
        }
        let image_tag_mutability = match &request.image_tag_mutability {
            None => TagMutability::Mutable,
            Some(value) => tag_mutability(value)?,
        };
        let tags = request.tags.unwrap_or_default();
        check_resource_tags(&tags)?;
        let mut resource_tags = Vec::new();
        merge_tags(&mut resource_tags, &tags)?;
        let (encryption_type, kms_key) = match request.encryption_configuration {
            None => (None, None),
            Some(configuration) => {
                if configuration.encryption_type == EncryptionType::Aes256 && configuration.kms_key.is_some() {
                    return Err(EcrError::invalid_parameter("A kmsKey may only be given with encryptionType KMS or KMS_DSSE."));
                }
                (Some(configuration.encryption_type.as_str().to_owned()), configuration.kms_key)
            }
        };
        let settings = RepositorySettings {
            image_tag_mutability,
            scan_on_push: request.image_scanning_configuration.and_then(|configuration| configuration.scan_on_push).unwrap_or(false),
            encryption_type,
            kms_key,
            resource_tags,
        };
        match self.registry.create_repository(&name, settings).await {
            Ok(record) => Ok(CreateRepositoryResponse { repository: Some(self.repository_shape(&record)) }),
            Err(RegistryError::RepositoryAlreadyExists(_)) => {
                Err(EcrError::RepositoryAlreadyExists { name: name.to_string(), registry_id: self.registry_id() })
            }
            Err(error) => Err(self.registry_error(&name, error)),
        }
    }

    pub(crate) async fn describe_repositories(
        &self,
        request: DescribeRepositoriesRequest,
    ) -> Result<DescribeRepositoriesResponse, EcrError> {
        if let Some(names) = request.repository_names {
            if request.next_token.is_some() || request.max_results.is_some() {
                return Err(EcrError::invalid_parameter("nextToken and maxResults cannot be used with repositoryNames."));
            }
            let mut repositories = Vec::with_capacity(names.len());
            for name in names {
                let name = self.repository_name(request.registry_id.as_deref(), &name)?;
                repositories.push(self.repository_shape(&self.require_repository(&name).await?));
            }
            return Ok(DescribeRepositoriesResponse { repositories: Some(repositories), next_token: None });
        }
        self.repository_name(request.registry_id.as_deref(), "registry-id-check")?;
        let page_request = page_request("DescribeRepositories", request.next_token.as_deref(), request.max_results)?;
        let page = self.registry.list_repositories(page_request.after_key.as_deref(), page_request.limit).await?;
        let next_token = match (page.more, page.repositories.last()) {
            (true, Some(last)) => Some(encode_token("DescribeRepositories", &last.name)),
            _ => None,
        };
        let repositories = page.repositories.iter().map(|record| self.repository_shape(record)).collect();
        Ok(DescribeRepositoriesResponse { repositories: Some(repositories), next_token })
    }

    pub(crate) async fn delete_repository(&self, request: DeleteRepositoryRequest) -> Result<DeleteRepositoryResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        match self.registry.delete_repository(&name, request.force.unwrap_or(false)).await {
            Ok(record) => {
                self.forget_lifecycle_evaluation(name.as_str());
                Ok(DeleteRepositoryResponse { repository: Some(self.repository_shape(&record)) })
            }
            Err(RegistryError::RepositoryNotEmpty(_)) => {
                Err(EcrError::RepositoryNotEmpty { name: name.to_string(), registry_id: self.registry_id() })
            }
            Err(error) => Err(self.registry_error(&name, error)),
        }
    }

    pub(crate) async fn put_image_tag_mutability(
        &self,
        request: PutImageTagMutabilityRequest,
    ) -> Result<PutImageTagMutabilityResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        if request.image_tag_mutability_exclusion_filters.as_ref().is_some_and(|filters| !filters.is_empty()) {
            return Err(EcrError::invalid_parameter("imageTagMutabilityExclusionFilters are not supported by Ferry yet."));
        }
        let mutability = tag_mutability(&request.image_tag_mutability)?;
        self.update(&name, |record| {
            record.image_tag_mutability = mutability;
            Ok(())
        })
        .await?;
        Ok(PutImageTagMutabilityResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            image_tag_mutability: Some(request.image_tag_mutability),
            image_tag_mutability_exclusion_filters: None,
        })
    }

    pub(crate) async fn put_image_scanning_configuration(
        &self,
        request: PutImageScanningConfigurationRequest,
    ) -> Result<PutImageScanningConfigurationResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        let scan_on_push = request.image_scanning_configuration.scan_on_push.unwrap_or(false);
        self.update(&name, |record| {
            record.scan_on_push = scan_on_push;
            Ok(())
        })
        .await?;
        Ok(PutImageScanningConfigurationResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            image_scanning_configuration: Some(ImageScanningConfiguration { scan_on_push: Some(scan_on_push) }),
        })
    }

    pub(crate) async fn set_repository_policy(&self, request: SetRepositoryPolicyRequest) -> Result<SetRepositoryPolicyResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        check_repository_policy(&request.policy_text)?;
        let text = request.policy_text.clone();
        self.update(&name, |record| {
            record.repository_policy = Some(text.clone());
            Ok(())
        })
        .await?;
        Ok(SetRepositoryPolicyResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            policy_text: Some(request.policy_text),
        })
    }

    pub(crate) async fn get_repository_policy(&self, request: GetRepositoryPolicyRequest) -> Result<GetRepositoryPolicyResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        let record = self.require_repository(&name).await?;
        let policy_text = record
            .repository_policy
            .ok_or_else(|| EcrError::RepositoryPolicyNotFound { name: name.to_string(), registry_id: self.registry_id() })?;
        Ok(GetRepositoryPolicyResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            policy_text: Some(policy_text),
        })
    }

    pub(crate) async fn delete_repository_policy(
        &self,
        request: DeleteRepositoryPolicyRequest,
    ) -> Result<DeleteRepositoryPolicyResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        let mut deleted = None;
        self.update(&name, |record| {
            deleted = Some(
                record
                    .repository_policy
                    .take()
                    .ok_or_else(|| EcrError::RepositoryPolicyNotFound { name: name.to_string(), registry_id: self.registry_id() })?,
            );
            Ok(())
        })
        .await?;
        Ok(DeleteRepositoryPolicyResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            policy_text: deleted,
        })
    }

    pub(crate) async fn tag_resource(&self, request: TagResourceRequest) -> Result<TagResourceResponse, EcrError> {
        let name = self.repository_of_arn(&request.resource_arn)?;
        check_resource_tags(&request.tags)?;
        self.update(&name, |record| merge_tags(&mut record.resource_tags, &request.tags)).await?;
        Ok(TagResourceResponse {})
    }

    pub(crate) async fn untag_resource(&self, request: UntagResourceRequest) -> Result<UntagResourceResponse, EcrError> {
        let name = self.repository_of_arn(&request.resource_arn)?;
        self.update(&name, |record| {
            record.resource_tags.retain(|tag| !request.tag_keys.contains(&tag.key));
            Ok(())
        })
        .await?;
        Ok(UntagResourceResponse {})
    }

    pub(crate) async fn list_tags_for_resource(
        &self,
        request: ListTagsForResourceRequest,
    ) -> Result<ListTagsForResourceResponse, EcrError> {
        let name = self.repository_of_arn(&request.resource_arn)?;
        let record = self.require_repository(&name).await?;
        let tags = record.resource_tags.into_iter().map(|tag| Tag { key: tag.key, value: tag.value }).collect();
        Ok(ListTagsForResourceResponse { tags: Some(tags) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repository_policies_must_be_policy_documents() {
        let valid =
            r#"{"Version":"2012-10-17","Statement":[{"Sid":"pull","Effect":"Allow","Principal":"*","Action":["ecr:BatchGetImage"]}]}"#;
        assert!(check_repository_policy(valid).is_ok());
        for invalid in [
            "not json",
            "[]",
            r#"{"Version":"2012-10-17"}"#,
            r#"{"Statement":[{"Effect":"Maybe","Action":"*"}]}"#,
            r#"{"Statement":[{"Effect":"Allow"}]}"#,
        ] {
            assert!(check_repository_policy(invalid).is_err(), "{invalid}");
        }
    }

    #[test]
    fn resource_tags_merge_and_are_limited() {
        let mut existing = vec![ResourceTag { key: "team".to_owned(), value: "a".to_owned() }];
        merge_tags(
            &mut existing,
            &[Tag { key: "team".to_owned(), value: "b".to_owned() }, Tag { key: "env".to_owned(), value: "prod".to_owned() }],
        )
        .unwrap();
        assert_eq!(existing.len(), 2);
        assert_eq!(existing[0].value, "b");
        let many: Vec<Tag> = (0..60).map(|index| Tag { key: format!("k{index}"), value: String::new() }).collect();
        assert!(matches!(merge_tags(&mut existing, &many), Err(EcrError::TooManyTags { .. })));
        assert!(check_resource_tags(&[Tag { key: "aws:owner".to_owned(), value: "x".to_owned() }]).is_err());
    }
}
