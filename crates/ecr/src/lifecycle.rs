//! Lifecycle policies: `PutLifecyclePolicy`/`GetLifecyclePolicy`/`DeleteLifecyclePolicy` keep the
//! policy's text on the repository record, `StartLifecyclePolicyPreview` evaluates it at once and
//! stores the result for `GetLifecyclePolicyPreview`, and `run_lifecycle_pass` (which the server
//! runs on a schedule) expires what every repository's policy selects.
//!
//! The decisions are `lifecycle_rules::evaluate`'s; this module only gathers the images and
//! applies the outcome. Images that an index (a manifest list) of the repository lists are left
//! out of the evaluation — neither counted nor expired — so a policy never breaks a multi-platform
//! image; the index itself is an image like any other.

use std::time::Duration;

use ferry_registry::metadata::{self, Record};
use ferry_registry::{Digest, Reference, RegistryError, RepositoryName};
use ferry_store::{Compare, Operation, Txn};
use serde::{Deserialize, Serialize};

use crate::EcrService;
use crate::error::EcrError;
use crate::generated::{
    DeleteLifecyclePolicyRequest, DeleteLifecyclePolicyResponse, GetLifecyclePolicyPreviewRequest, GetLifecyclePolicyPreviewResponse,
    GetLifecyclePolicyRequest, GetLifecyclePolicyResponse, ImageActionType, LifecyclePolicyPreviewResult, LifecyclePolicyPreviewStatus,
    LifecyclePolicyPreviewSummary, LifecyclePolicyRuleAction, PutLifecyclePolicyRequest, PutLifecyclePolicyResponse,
    StartLifecyclePolicyPreviewRequest, StartLifecyclePolicyPreviewResponse, TagStatus,
};
use crate::images::ImageView;
use crate::lifecycle_rules::{self, ImageFacts, LifecyclePolicy};
use crate::paging::{page_request, paginate};

/// How often the server applies lifecycle policies unless told otherwise. ECR promises to act
/// within 24 hours; ten minutes keeps a busy CI registry small without constant work.
pub const DEFAULT_LIFECYCLE_INTERVAL: Duration = Duration::from_secs(10 * 60);

/// The last preview of a repository (`ecr/lifecycle-previews/NAME#`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct LifecyclePreviewRecord {
    policy_text: String,
    evaluated_at_millis: u64,
    /// Oldest first.
    results: Vec<PreviewEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PreviewEntry {
    digest: String,
    tags: Vec<String>,
    pushed_at_millis: u64,
    rule_priority: i64,
}

impl Record for LifecyclePreviewRecord {
    const SCHEMA_VERSION: u32 = 1;
}

fn invalid_policy(reason: &str) -> EcrError {
    EcrError::invalid_parameter(format!(
        "Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: {reason}'"
    ))
}

/// The images a policy may consider: all but those an index of the repository lists.
fn evaluable(images: &[ImageView]) -> Vec<ImageFacts> {
    let children: std::collections::BTreeSet<&str> =
        images.iter().flat_map(|image| image.record.children.iter().map(String::as_str)).collect();
    images
        .iter()
        .filter(|image| !children.contains(image.record.digest.as_str()))
        .map(|image| ImageFacts {
            digest: image.record.digest.clone(),
            tags: image.tags.clone(),
            pushed_at_millis: image.record.pushed_at_millis,
        })
        .collect()
}

impl EcrService {
    pub(crate) fn forget_lifecycle_evaluation(&self, name: &str) {
        self.lifecycle_evaluated_at.lock().unwrap_or_else(std::sync::PoisonError::into_inner).remove(name);
    }

    fn lifecycle_evaluated_at(&self, name: &str) -> Option<u64> {
        self.lifecycle_evaluated_at.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(name).copied()
    }

    pub(crate) async fn put_lifecycle_policy(&self, request: PutLifecyclePolicyRequest) -> Result<PutLifecyclePolicyResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        lifecycle_rules::parse_policy(&request.lifecycle_policy_text).map_err(|reason| invalid_policy(&reason))?;
        let text = request.lifecycle_policy_text.clone();
        self.update(&name, |record| {
            record.lifecycle_policy = Some(text.clone());
            Ok(())
        })
        .await?;
        self.forget_lifecycle_evaluation(name.as_str());
        Ok(PutLifecyclePolicyResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            lifecycle_policy_text: Some(request.lifecycle_policy_text),
        })
    }

    fn lifecycle_policy_not_found(&self, name: &RepositoryName) -> EcrError {
        EcrError::LifecyclePolicyNotFound { name: name.to_string(), registry_id: self.registry_id() }
    }

    pub(crate) async fn get_lifecycle_policy(&self, request: GetLifecyclePolicyRequest) -> Result<GetLifecyclePolicyResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        let record = self.require_repository(&name).await?;
        let text = record.lifecycle_policy.ok_or_else(|| self.lifecycle_policy_not_found(&name))?;
        Ok(GetLifecyclePolicyResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            lifecycle_policy_text: Some(text),
            last_evaluated_at: self.lifecycle_evaluated_at(name.as_str()).map(Self::timestamp),
        })
    }

    pub(crate) async fn delete_lifecycle_policy(
        &self,
        request: DeleteLifecyclePolicyRequest,
    ) -> Result<DeleteLifecyclePolicyResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        let mut deleted = None;
        self.update(&name, |record| {
            deleted = Some(record.lifecycle_policy.take().ok_or_else(|| self.lifecycle_policy_not_found(&name))?);
            Ok(())
        })
        .await?;
        let last_evaluated_at = self.lifecycle_evaluated_at(name.as_str()).map(Self::timestamp);
        self.forget_lifecycle_evaluation(name.as_str());
        Ok(DeleteLifecyclePolicyResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            lifecycle_policy_text: deleted,
            last_evaluated_at,
        })
    }

    /// Evaluates the given policy (else the repository's) now and keeps the outcome for
    /// `GetLifecyclePolicyPreview`. It finishes before answering, so the status is `COMPLETE`.
    pub(crate) async fn start_lifecycle_policy_preview(
        &self,
        request: StartLifecyclePolicyPreviewRequest,
    ) -> Result<StartLifecyclePolicyPreviewResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        let record = self.require_repository(&name).await?;
        let text = match request.lifecycle_policy_text {
            Some(text) => text,
            None => record.lifecycle_policy.ok_or_else(|| self.lifecycle_policy_not_found(&name))?,
        };
        let policy = lifecycle_rules::parse_policy(&text).map_err(|reason| invalid_policy(&reason))?;
        let images = self.image_views(&name).await?;
        let now = self.now_millis();
        let facts = evaluable(&images);
        let results = lifecycle_rules::evaluate(&policy, &facts, now)
            .into_iter()
            .filter_map(|expiration| {
                let image = facts.iter().find(|image| image.digest == expiration.digest)?;
                Some(PreviewEntry {
                    digest: image.digest.clone(),
                    tags: image.tags.clone(),
                    pushed_at_millis: image.pushed_at_millis,
                    rule_priority: expiration.rule_priority,
                })
            })
            .collect();
        let preview = LifecyclePreviewRecord { policy_text: text.clone(), evaluated_at_millis: now, results };
        // Only beside a repository that still exists: a preview never outlives its repository.
        let txn = Txn::new()
            .when([Compare::exists(metadata::repository(name.as_str()))])
            .and_then([Operation::put(metadata::lifecycle_preview(name.as_str()), metadata::encode(&preview))]);
        if !self.registry.key_value_store().txn(txn).await?.succeeded {
            return Err(self.repository_not_found(&name));
        }
        Ok(StartLifecyclePolicyPreviewResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            lifecycle_policy_text: Some(text),
            status: Some(LifecyclePolicyPreviewStatus::Complete),
        })
    }

    pub(crate) async fn get_lifecycle_policy_preview(
        &self,
        request: GetLifecyclePolicyPreviewRequest,
    ) -> Result<GetLifecyclePolicyPreviewResponse, EcrError> {
        let name = self.repository_name(request.registry_id.as_deref(), &request.repository_name)?;
        self.require_repository(&name).await?;
        let key = metadata::lifecycle_preview(name.as_str());
        let Some(stored) = self.registry.key_value_store().get(&key).await? else {
            return Err(EcrError::LifecyclePolicyPreviewNotFound { name: name.to_string() });
        };
        let preview: LifecyclePreviewRecord = metadata::decode(&key, &stored.value)?;
        if request.image_ids.is_some() && (request.next_token.is_some() || request.max_results.is_some()) {
            return Err(EcrError::invalid_parameter("nextToken and maxResults cannot be used with imageIds."));
        }
        let page_request = page_request("GetLifecyclePolicyPreview", request.next_token.as_deref(), request.max_results)?;
        let tag_status = request.filter.as_ref().and_then(|filter| filter.tag_status.as_ref());
        let total = preview.results.len() as i32;
        let items = preview
            .results
            .into_iter()
            .filter(|entry| match tag_status {
                None | Some(TagStatus::Any) => true,
                Some(TagStatus::Tagged) => !entry.tags.is_empty(),
                Some(TagStatus::Untagged) => entry.tags.is_empty(),
            })
            .filter(|entry| {
                request.image_ids.as_ref().is_none_or(|ids| {
                    ids.iter().any(|id| {
                        id.image_digest.as_ref().is_none_or(|digest| *digest == entry.digest)
                            && id.image_tag.as_ref().is_none_or(|tag| entry.tags.contains(tag))
                            && (id.image_digest.is_some() || id.image_tag.is_some())
                    })
                })
            })
            // Oldest first, as evaluated; the key keeps that order across pages.
            .map(|entry| {
                let key = format!("{:020}#{}", entry.pushed_at_millis, entry.digest);
                let result = LifecyclePolicyPreviewResult {
                    image_tags: (!entry.tags.is_empty()).then_some(entry.tags),
                    image_digest: Some(entry.digest),
                    image_pushed_at: Some(Self::timestamp(entry.pushed_at_millis)),
                    action: Some(LifecyclePolicyRuleAction { r#type: Some(ImageActionType::Expire), target_storage_class: None }),
                    applied_rule_priority: Some(entry.rule_priority as i32),
                    storage_class: None,
                };
                (key, result)
            })
            .collect();
        let (preview_results, next_token) = paginate("GetLifecyclePolicyPreview", items, &page_request, false);
        Ok(GetLifecyclePolicyPreviewResponse {
            registry_id: Some(self.registry_id()),
            repository_name: Some(name.to_string()),
            lifecycle_policy_text: Some(preview.policy_text),
            status: Some(LifecyclePolicyPreviewStatus::Complete),
            next_token,
            preview_results: Some(preview_results),
            summary: Some(LifecyclePolicyPreviewSummary {
                expiring_image_total_count: Some(total),
                transitioning_image_total_counts: None,
            }),
        })
    }

    /// Applies every repository's lifecycle policy once: the images each expires are deleted
    /// with their tags. Returns how many were expired. A repository whose policy no longer parses
    /// (written by a newer Ferry) is skipped with a warning.
    pub async fn run_lifecycle_pass(&self) -> Result<usize, EcrError> {
        let mut expired = 0;
        let mut after: Option<String> = None;
        loop {
            let page = self.registry.list_repositories(after.as_deref(), 100).await?;
            after = page.repositories.last().map(|record| record.name.clone());
            for record in &page.repositories {
                let Some(text) = &record.lifecycle_policy else {
                    continue;
                };
                let Ok(name) = record.name.parse::<RepositoryName>() else {
                    continue;
                };
                let policy = match lifecycle_rules::parse_policy(text) {
                    Ok(policy) => policy,
                    Err(reason) => {
                        tracing::warn!(repository = %name, %reason, "skipping a lifecycle policy that does not parse");
                        continue;
                    }
                };
                match self.apply_lifecycle_policy(&name, &policy).await {
                    Ok(count) => expired += count,
                    Err(EcrError::RepositoryNotFound { .. }) => {}
                    Err(error) => return Err(error),
                }
            }
            if !page.more {
                return Ok(expired);
            }
        }
    }

    async fn apply_lifecycle_policy(&self, name: &RepositoryName, policy: &LifecyclePolicy) -> Result<usize, EcrError> {
        let images = self.image_views(name).await?;
        let now = self.now_millis();
        let expirations = lifecycle_rules::evaluate(policy, &evaluable(&images), now);
        let mut expired = 0;
        for expiration in &expirations {
            let digest: Digest =
                expiration.digest.parse().map_err(|error| EcrError::Internal(format!("stored digest {}: {error}", expiration.digest)))?;
            match self.registry.delete_manifest(name, &Reference::Digest(digest)).await {
                Ok(()) => {
                    expired += 1;
                    tracing::info!(repository = %name, digest = %expiration.digest, rule_priority = expiration.rule_priority, "lifecycle policy expired an image");
                }
                Err(RegistryError::ManifestUnknown(_)) => {}
                Err(error) => return Err(self.registry_error(name, error)),
            }
        }
        self.lifecycle_evaluated_at.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(name.to_string(), now);
        Ok(expired)
    }

    /// Runs `run_lifecycle_pass` every `interval` until `shutdown` completes.
    pub async fn run_lifecycle_controller(self: std::sync::Arc<Self>, interval: Duration, shutdown: impl std::future::Future<Output = ()>) {
        let mut ticks = tokio::time::interval(interval);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut shutdown = std::pin::pin!(shutdown);
        loop {
            tokio::select! {
                _ = &mut shutdown => return,
                _ = ticks.tick() => {}
            }
            match self.run_lifecycle_pass().await {
                Ok(0) => {}
                Ok(expired) => tracing::info!(expired, "lifecycle policies expired images"),
                Err(error) => tracing::warn!(%error, "the lifecycle policy pass failed"),
            }
        }
    }
}
