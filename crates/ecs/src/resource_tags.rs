//! `TagResource`, `UntagResource` and `ListTagsForResource` for every kind of ECS resource Ferry
//! keeps: clusters, task definition revisions, container instances and tasks.

use ferry_core::Arn;

use crate::EcsService;
use crate::error::EcsError;
use crate::generated::{
    ListTagsForResourceRequest, ListTagsForResourceResponse, Tag, TagResourceRequest, TagResourceResponse, UntagResourceRequest,
    UntagResourceResponse,
};
use crate::keys;
use crate::records::{ClusterRecord, ClusterStatus, ContainerInstanceRecord, Record, TaskDefinitionRecord, TaskRecord, encode};
use crate::store_access::{put_if_unchanged, read, retry_on_conflict};
use crate::tags::{merge_tags, remove_tags};

/// A taggable resource, found from its ARN.
enum TaggedResource {
    Cluster { name: String },
    TaskDefinition { family: String, revision: i32 },
    ContainerInstance { cluster: String, id: String },
    Task { cluster: String, id: String },
}

impl EcsService {
    fn tagged_resource(&self, resource_arn: &str) -> Result<TaggedResource, EcsError> {
        let arn =
            Arn::parse(resource_arn).map_err(|_| EcsError::invalid_parameter(format!("The ARN provided is invalid: '{resource_arn}'.")))?;
        if arn.service != "ecs" {
            return Err(EcsError::invalid_parameter(format!("'{resource_arn}' is not the ARN of an ECS resource.")));
        }
        self.check_arn_is_ours(&arn)?;
        match arn.resource_type_and_id() {
            Some(("cluster", name)) => Ok(TaggedResource::Cluster { name: name.to_owned() }),
            Some(("task-definition", _)) => {
                // In the tagging operations a malformed ARN is a parameter error, as for other ARNs.
                let reference = self.parse_task_definition_reference(resource_arn).map_err(|error| match error {
                    EcsError::Client { message } => EcsError::InvalidParameter { message },
                    other => other,
                })?;
                match reference.revision {
                    Some(revision) => Ok(TaggedResource::TaskDefinition { family: reference.family, revision }),
                    None => Err(EcsError::invalid_parameter(format!(
                        "'{resource_arn}' names a task definition family; tags belong to one revision (family:revision)."
                    ))),
                }
            }
            Some((kind @ ("container-instance" | "task"), rest)) => {
                let Some((cluster, id)) = rest.split_once('/') else {
                    return Err(EcsError::invalid_parameter(format!("The ARN provided is invalid: '{resource_arn}'.")));
                };
                let (cluster, id) = (cluster.to_owned(), id.to_owned());
                Ok(if kind == "task" { TaggedResource::Task { cluster, id } } else { TaggedResource::ContainerInstance { cluster, id } })
            }
            _ => Err(EcsError::ResourceNotFound { message: format!("The specified resource could not be found: {resource_arn}.") }),
        }
    }

    /// Rewrites the tags of a stored record that `tags` finds inside it.
    async fn rewrite_record_tags<T: Record>(
        &self,
        key: &str,
        resource_arn: &str,
        tags: fn(&mut T) -> &mut Vec<Tag>,
        change: &impl Fn(&[Tag]) -> Result<Vec<Tag>, EcsError>,
    ) -> Result<(), EcsError> {
        let store = self.store.as_ref();
        retry_on_conflict(key, || async {
            let Some(versioned) = read::<T>(store, key).await? else {
                return Err(EcsError::ResourceNotFound { message: format!("The specified resource could not be found: {resource_arn}.") });
            };
            let mut record = versioned.record;
            let current = tags(&mut record);
            *current = change(current)?;
            put_if_unchanged(store, key, versioned.mod_revision, encode(&record)).await
        })
        .await
    }

    /// Rewrites the tags of one resource with `change`.
    async fn change_tags(&self, resource_arn: &str, change: impl Fn(&[Tag]) -> Result<Vec<Tag>, EcsError>) -> Result<(), EcsError> {
        let store = self.store.as_ref();
        match self.tagged_resource(resource_arn)? {
            TaggedResource::Cluster { name } => {
                let key = keys::cluster(&name);
                retry_on_conflict(&key, || async {
                    let versioned = match read::<ClusterRecord>(store, &key).await? {
                        Some(versioned) if versioned.record.status == ClusterStatus::Active => versioned,
                        _ => return Err(EcsError::ClusterNotFound),
                    };
                    let mut record = versioned.record;
                    record.tags = change(&record.tags)?;
                    put_if_unchanged(store, &key, versioned.mod_revision, encode(&record)).await
                })
                .await
            }
            TaggedResource::TaskDefinition { family, revision } => {
                let key = keys::task_definition(&family, revision);
                retry_on_conflict(&key, || async {
                    let Some(versioned) = read::<TaskDefinitionRecord>(store, &key).await? else {
                        return Err(EcsError::ResourceNotFound {
                            message: format!("The specified resource could not be found: {resource_arn}."),
                        });
                    };
                    let mut record = versioned.record;
                    record.tags = change(&record.tags)?;
                    put_if_unchanged(store, &key, versioned.mod_revision, encode(&record)).await
                })
                .await
            }
            TaggedResource::ContainerInstance { cluster, id } => {
                let key = keys::container_instance(&cluster, &id);
                self.rewrite_record_tags::<ContainerInstanceRecord>(&key, resource_arn, |record| &mut record.tags, &change).await
            }
            TaggedResource::Task { cluster, id } => {
                let key = keys::task(&cluster, &id);
                self.rewrite_record_tags::<TaskRecord>(&key, resource_arn, |record| record.task.tags.get_or_insert_with(Vec::new), &change)
                    .await
            }
        }
    }

    pub(crate) async fn tag_resource(&self, request: TagResourceRequest) -> Result<TagResourceResponse, EcsError> {
        self.change_tags(&request.resource_arn, |current| merge_tags(current, &request.tags)).await?;
        Ok(TagResourceResponse {})
    }

    pub(crate) async fn untag_resource(&self, request: UntagResourceRequest) -> Result<UntagResourceResponse, EcsError> {
        self.change_tags(&request.resource_arn, |current| Ok(remove_tags(current, &request.tag_keys))).await?;
        Ok(UntagResourceResponse {})
    }

    pub(crate) async fn list_tags_for_resource(
        &self,
        request: ListTagsForResourceRequest,
    ) -> Result<ListTagsForResourceResponse, EcsError> {
        let store = self.store.as_ref();
        let tags = match self.tagged_resource(&request.resource_arn)? {
            TaggedResource::Cluster { name } => match read::<ClusterRecord>(store, &keys::cluster(&name)).await? {
                Some(versioned) if versioned.record.status == ClusterStatus::Active => versioned.record.tags,
                _ => return Err(EcsError::ClusterNotFound),
            },
            TaggedResource::TaskDefinition { family, revision } => {
                match read::<TaskDefinitionRecord>(store, &keys::task_definition(&family, revision)).await? {
                    Some(versioned) => versioned.record.tags,
                    None => {
                        return Err(EcsError::ResourceNotFound {
                            message: format!("The specified resource could not be found: {}.", request.resource_arn),
                        });
                    }
                }
            }
            TaggedResource::ContainerInstance { cluster, id } => {
                match read::<ContainerInstanceRecord>(store, &keys::container_instance(&cluster, &id)).await? {
                    Some(versioned) => versioned.record.tags,
                    None => {
                        return Err(EcsError::ResourceNotFound {
                            message: format!("The specified resource could not be found: {}.", request.resource_arn),
                        });
                    }
                }
            }
            TaggedResource::Task { cluster, id } => match read::<TaskRecord>(store, &keys::task(&cluster, &id)).await? {
                Some(versioned) => versioned.record.task.tags.unwrap_or_default(),
                None => {
                    return Err(EcsError::ResourceNotFound {
                        message: format!("The specified resource could not be found: {}.", request.resource_arn),
                    });
                }
            },
        };
        Ok(ListTagsForResourceResponse { tags: Some(tags) })
    }
}
