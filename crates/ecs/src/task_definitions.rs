//! Task definitions: `RegisterTaskDefinition`, `DescribeTaskDefinition`, `ListTaskDefinitions`,
//! `ListTaskDefinitionFamilies`, `DeregisterTaskDefinition` and `DeleteTaskDefinitions`.
//!
//! Revisions of a family are numbered 1, 2, 3… without gaps: the family record holds the last
//! number handed out and every registration compares-and-swaps it in the same transaction that
//! writes the new revision.

use bytes::Bytes;
use ferry_api::RequestContext;
use ferry_api::shape::Timestamp;
use ferry_core::Arn;
use ferry_store::{Compare, Operation, Txn};

use crate::EcsService;
use crate::error::EcsError;
use crate::generated::{
    DeleteTaskDefinitionsRequest, DeleteTaskDefinitionsResponse, DeregisterTaskDefinitionRequest, DeregisterTaskDefinitionResponse,
    DescribeTaskDefinitionRequest, Failure, ListTaskDefinitionFamiliesRequest, ListTaskDefinitionFamiliesResponse,
    ListTaskDefinitionsRequest, ListTaskDefinitionsResponse, RegisterTaskDefinitionRequest, RegisterTaskDefinitionResponse, SortOrder,
    TaskDefinitionFamilyStatus, TaskDefinitionField, TaskDefinitionStatus,
};
use crate::keys;
use crate::paging::{encode_token, page_request, paginate};
use crate::records::{FamilyRecord, TaskDefinitionRecord, TaskDefinitionStatusView, decode, decode_task_definition_raw, encode};
use crate::store_access::{Attempt, list_all, read, retry_on_conflict, scan_page};
use crate::tags::check_new_tags;
use crate::task_definition_rules::normalize_task_definition;

/// ECS deletes at most 10 task definitions per `DeleteTaskDefinitions` call.
const MAX_DELETIONS_PER_CALL: usize = 10;

/// ECS limits a task definition to 64 KiB; Ferry measures the registration request's body.
pub const MAX_TASK_DEFINITION_BYTES: usize = 64 * 1024;

/// What a task definition parameter (`family`, `family:revision` or an ARN) names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskDefinitionReference {
    pub family: String,
    pub revision: Option<i32>,
}

impl EcsService {
    pub(crate) fn task_definition_arn(&self, family: &str, revision: i32) -> String {
        self.identity.arn("ecs", &format!("task-definition/{family}:{revision}"))
    }

    pub(crate) fn parse_task_definition_reference(&self, text: &str) -> Result<TaskDefinitionReference, EcsError> {
        let family_and_revision = if text.starts_with("arn:") {
            let arn = Arn::parse(text).map_err(|error| EcsError::client(error.to_string()))?;
            match arn.resource_type_and_id() {
                Some(("task-definition", rest)) if arn.service == "ecs" => {
                    self.check_arn_is_ours(&arn)?;
                    rest.to_owned()
                }
                _ => return Err(EcsError::client(format!("'{text}' is not the ARN of an ECS task definition."))),
            }
        } else {
            text.to_owned()
        };
        match family_and_revision.split_once(':') {
            None => Ok(TaskDefinitionReference { family: family_and_revision, revision: None }),
            Some((family, revision)) => match revision.parse::<i32>() {
                Ok(revision) if revision > 0 => Ok(TaskDefinitionReference { family: family.to_owned(), revision: Some(revision) }),
                _ => Err(EcsError::client(format!(
                    "Invalid revision '{revision}' in task definition '{text}': a revision is a positive whole number."
                ))),
            },
        }
    }

    /// The revision a reference names: that exact revision, or the family's latest ACTIVE one.
    /// For a family, also the store revision of the family record it was read from, so a caller
    /// can tell whether the family moved on since.
    pub(crate) async fn resolve_revision(&self, reference: &TaskDefinitionReference) -> Result<Option<(i32, Option<i64>)>, EcsError> {
        if let Some(revision) = reference.revision {
            return Ok(Some((revision, None)));
        }
        let Some(family) = read::<FamilyRecord>(self.store.as_ref(), &keys::task_definition_family(&reference.family)).await? else {
            return Ok(None);
        };
        let revision = match family.record.latest_active_revision {
            Some(revision) => Some(revision),
            None if family.record.active_revisions == 0 => None,
            // Families written before the family record kept its latest ACTIVE revision.
            None => self.latest_active_revision(&reference.family, None).await?,
        };
        Ok(revision.map(|revision| (revision, Some(family.mod_revision))))
    }

    /// The newest ACTIVE revision of `family` other than `excluding`, found by reading each
    /// revision's status (used when the newest ACTIVE revision is deregistered).
    async fn latest_active_revision(&self, family: &str, excluding: Option<i32>) -> Result<Option<i32>, EcsError> {
        let revisions = list_all::<TaskDefinitionStatusView>(self.store.as_ref(), &keys::task_definitions_of_family(family)).await?;
        Ok(revisions
            .into_iter()
            .rev()
            .filter(|(_, versioned)| versioned.record.task_definition.status == Some(TaskDefinitionStatus::Active))
            .filter_map(|(key, _)| keys::parse_task_definition(&key).map(|(_, revision)| revision))
            .find(|revision| Some(*revision) != excluding))
    }

    pub(crate) async fn register_task_definition(
        &self,
        request: RegisterTaskDefinitionRequest,
        context: &RequestContext,
    ) -> Result<RegisterTaskDefinitionResponse, EcsError> {
        let tags = request.tags.clone().unwrap_or_default();
        check_new_tags(&tags)?;
        let normalized = normalize_task_definition(&request)?;
        let family = request.family.clone();
        let family_key = keys::task_definition_family(&family);
        let store = self.store.as_ref();
        let record = retry_on_conflict(&family_key, || async {
            let (mut family_record, expected_revision) = match read::<FamilyRecord>(store, &family_key).await? {
                Some(versioned) => (versioned.record, versioned.mod_revision),
                None => (
                    FamilyRecord {
                        family: family.clone(),
                        last_revision: 0,
                        active_revisions: 0,
                        inactive_revisions: 0,
                        latest_active_revision: None,
                    },
                    0,
                ),
            };
            let revision = family_record
                .last_revision
                .checked_add(1)
                .ok_or_else(|| EcsError::LimitExceeded { message: format!("The family '{family}' has used up its revision numbers.") })?;
            family_record.last_revision = revision;
            family_record.active_revisions += 1;
            family_record.latest_active_revision = Some(revision);

            let mut task_definition = normalized.clone();
            task_definition.task_definition_arn = Some(self.task_definition_arn(&family, revision));
            task_definition.revision = Some(revision);
            task_definition.status = Some(TaskDefinitionStatus::Active);
            task_definition.registered_at = Some(Timestamp::from_system_time(self.clock.now()));
            task_definition.registered_by = Some(context.caller.principal_arn.clone());
            let record = TaskDefinitionRecord { task_definition, tags: tags.clone() };
            let revision_key = keys::task_definition(&family, revision);
            if store.get(&revision_key).await?.is_some() {
                // Only a damaged store holds a revision above the family's last one; retrying
                // would spin, so say so at once.
                return Err(EcsError::CorruptRecord {
                    key: revision_key,
                    detail: format!("the family record says the last revision is {}", revision - 1),
                });
            }
            let outcome = store
                .txn(Txn {
                    compares: vec![
                        Compare::ModRevision { key: family_key.clone(), revision: expected_revision },
                        Compare::Absent { key: revision_key.clone() },
                    ],
                    success: vec![
                        Operation::Put { key: family_key.clone(), value: encode(&family_record) },
                        Operation::Put { key: revision_key, value: encode(&record) },
                    ],
                    failure: vec![],
                })
                .await?;
            Ok(if outcome.succeeded { Attempt::Done(record) } else { Attempt::Conflict })
        })
        .await?;
        let tags = if record.tags.is_empty() { None } else { Some(record.tags) };
        Ok(RegisterTaskDefinitionResponse { task_definition: Some(record.task_definition), tags })
    }

    /// Answers with the stored JSON of the revision (see `RawTaskDefinitionRecord`).
    pub(crate) async fn describe_task_definition(&self, request: DescribeTaskDefinitionRequest) -> Result<Bytes, EcsError> {
        let reference = self.parse_task_definition_reference(&request.task_definition)?;
        let not_found = || EcsError::client(format!("Unable to describe task definition '{}': no such revision.", request.task_definition));
        // By family alone, the revision found must still be ACTIVE when read. Deregistering it
        // rewrites the family record in the same transaction, so if the family record is
        // unchanged after reading the revision, the two reads agree; otherwise look again.
        let mut attempts_left = 5;
        let (key, stored) = loop {
            let (revision, family_revision) = self.resolve_revision(&reference).await?.ok_or_else(not_found)?;
            let key = keys::task_definition(&reference.family, revision);
            let stored = self.store.get(&key).await?.ok_or_else(not_found)?;
            attempts_left -= 1;
            let Some(family_revision) = family_revision else { break (key, stored) };
            let family_now = self.store.get(&keys::task_definition_family(&reference.family)).await?;
            if attempts_left == 0 || family_now.is_some_and(|family| family.mod_revision == family_revision) {
                break (key, stored);
            }
        };
        let record = decode_task_definition_raw(&key, &stored.value)?;
        let include_tags = request.include.as_ref().is_some_and(|fields| fields.contains(&TaskDefinitionField::Tags));
        let task_definition = record.task_definition.get();
        let mut answer = Vec::with_capacity(task_definition.len() + 64);
        answer.extend_from_slice(b"{\"taskDefinition\":");
        answer.extend_from_slice(task_definition.as_bytes());
        if include_tags {
            answer.extend_from_slice(b",\"tags\":");
            answer.extend_from_slice(record.tags.get().as_bytes());
        }
        answer.push(b'}');
        Ok(Bytes::from(answer))
    }

    pub(crate) async fn list_task_definitions(&self, request: ListTaskDefinitionsRequest) -> Result<ListTaskDefinitionsResponse, EcsError> {
        const LISTING: &str = "ListTaskDefinitions";
        let page_request = page_request(LISTING, request.next_token.as_deref(), request.max_results)?;
        let status = request.status.unwrap_or(TaskDefinitionStatus::Active);
        // ECS's `familyPrefix` here is a whole family name, unlike ListTaskDefinitionFamilies'.
        let prefix = match &request.family_prefix {
            Some(family) => keys::task_definitions_of_family(family),
            None => keys::TASK_DEFINITIONS_PREFIX.to_owned(),
        };
        // The keys are in ECS's order (family, then revision), and only the status is decoded.
        let select = |kv: &ferry_store::KeyValue| -> Result<Option<String>, EcsError> {
            let view = decode::<TaskDefinitionStatusView>(&kv.key, &kv.value)?;
            if view.task_definition.status != Some(status) {
                return Ok(None);
            }
            Ok(keys::parse_task_definition(&kv.key).map(|(family, revision)| self.task_definition_arn(family, revision)))
        };
        if request.sort != Some(SortOrder::Desc) {
            let (task_definition_arns, last_key) =
                scan_page(self.store.as_ref(), &prefix, page_request.after_key, page_request.limit, select).await?;
            let next_token = last_key.map(|key| encode_token(LISTING, &key));
            return Ok(ListTaskDefinitionsResponse { task_definition_arns: Some(task_definition_arns), next_token });
        }
        // The store lists forward only, so a descending listing reads every key under the prefix.
        let (mut matching, _) =
            scan_page(self.store.as_ref(), &prefix, None, usize::MAX - 1, |kv| Ok(select(kv)?.map(|arn| (kv.key.clone(), arn)))).await?;
        matching.reverse();
        let (task_definition_arns, next_token) = paginate(LISTING, matching, &page_request, true);
        Ok(ListTaskDefinitionsResponse { task_definition_arns: Some(task_definition_arns), next_token })
    }

    pub(crate) async fn list_task_definition_families(
        &self,
        request: ListTaskDefinitionFamiliesRequest,
    ) -> Result<ListTaskDefinitionFamiliesResponse, EcsError> {
        let page_request = page_request("ListTaskDefinitionFamilies", request.next_token.as_deref(), request.max_results)?;
        let status = request.status.unwrap_or(TaskDefinitionFamilyStatus::All);
        let prefix = format!("{}{}", keys::TASK_DEFINITION_FAMILIES_PREFIX, request.family_prefix.as_deref().unwrap_or(""));
        let families: Vec<(String, String)> = list_all::<FamilyRecord>(self.store.as_ref(), &prefix)
            .await?
            .into_iter()
            .filter(|(_, versioned)| {
                let family = &versioned.record;
                match status {
                    TaskDefinitionFamilyStatus::Active => family.active_revisions > 0,
                    TaskDefinitionFamilyStatus::Inactive => family.active_revisions == 0 && family.inactive_revisions > 0,
                    // A family whose every revision was deleted is gone.
                    TaskDefinitionFamilyStatus::All => family.active_revisions + family.inactive_revisions > 0,
                }
            })
            .map(|(key, versioned)| (key, versioned.record.family))
            .collect();
        let (families, next_token) = paginate("ListTaskDefinitionFamilies", families, &page_request, false);
        Ok(ListTaskDefinitionFamiliesResponse { families: Some(families), next_token })
    }

    /// Moves one revision from status `from` to `to` (stamping `deregisteredAt` or
    /// `deleteRequestedAt`), keeping the family's counts in step, in one transaction. A revision
    /// in any other status is left as it is. Returns the revision as it ends up, or `None` if it
    /// does not exist.
    async fn move_task_definition_status(
        &self,
        family: &str,
        revision: i32,
        from: TaskDefinitionStatus,
        to: TaskDefinitionStatus,
        now: Timestamp,
    ) -> Result<Option<TaskDefinitionRecord>, EcsError> {
        let store = self.store.as_ref();
        let family_key = keys::task_definition_family(family);
        let revision_key = keys::task_definition(family, revision);
        retry_on_conflict(&revision_key, || async {
            let Some(current) = read::<TaskDefinitionRecord>(store, &revision_key).await? else {
                return Ok(Attempt::Done(None));
            };
            if current.record.task_definition.status != Some(from) {
                return Ok(Attempt::Done(Some(current.record)));
            }
            let mut changed = current.record.clone();
            changed.task_definition.status = Some(to);
            match to {
                TaskDefinitionStatus::Inactive => changed.task_definition.deregistered_at = Some(now),
                TaskDefinitionStatus::DeleteInProgress => changed.task_definition.delete_requested_at = Some(now),
                TaskDefinitionStatus::Active => {}
            }
            let Some(family_versioned) = read::<FamilyRecord>(store, &family_key).await? else {
                return Err(EcsError::CorruptRecord { key: family_key.clone(), detail: "a revision exists without its family".to_owned() });
            };
            let mut family_record = family_versioned.record;
            let count = |record: &mut FamilyRecord, status: Option<TaskDefinitionStatus>, delta: i64| match status {
                Some(TaskDefinitionStatus::Active) => record.active_revisions = (record.active_revisions as i64 + delta).max(0) as u32,
                Some(TaskDefinitionStatus::Inactive) => {
                    record.inactive_revisions = (record.inactive_revisions as i64 + delta).max(0) as u32
                }
                _ => {}
            };
            count(&mut family_record, current.record.task_definition.status, -1);
            count(&mut family_record, changed.task_definition.status, 1);
            let leaves_active = current.record.task_definition.status == Some(TaskDefinitionStatus::Active)
                && changed.task_definition.status != Some(TaskDefinitionStatus::Active);
            if leaves_active && family_record.latest_active_revision.is_none_or(|latest| latest == revision) {
                family_record.latest_active_revision = self.latest_active_revision(family, Some(revision)).await?;
            }
            let outcome = store
                .txn(Txn {
                    compares: vec![
                        Compare::ModRevision { key: revision_key.clone(), revision: current.mod_revision },
                        Compare::ModRevision { key: family_key.clone(), revision: family_versioned.mod_revision },
                    ],
                    success: vec![
                        Operation::Put { key: revision_key.clone(), value: encode(&changed) },
                        Operation::Put { key: family_key.clone(), value: encode(&family_record) },
                    ],
                    failure: vec![],
                })
                .await?;
            Ok(if outcome.succeeded { Attempt::Done(Some(changed)) } else { Attempt::Conflict })
        })
        .await
    }

    pub(crate) async fn deregister_task_definition(
        &self,
        request: DeregisterTaskDefinitionRequest,
    ) -> Result<DeregisterTaskDefinitionResponse, EcsError> {
        let reference = self.parse_task_definition_reference(&request.task_definition)?;
        let Some(revision) = reference.revision else {
            return Err(EcsError::client(format!(
                "DeregisterTaskDefinition needs a revision: give '{0}:REVISION' or the full ARN, not just the family '{0}'.",
                reference.family
            )));
        };
        let now = Timestamp::from_system_time(self.clock.now());
        let record = self
            .move_task_definition_status(&reference.family, revision, TaskDefinitionStatus::Active, TaskDefinitionStatus::Inactive, now)
            .await?;
        match record {
            Some(record) => Ok(DeregisterTaskDefinitionResponse { task_definition: Some(record.task_definition) }),
            None => Err(EcsError::client(format!("The specified task definition does not exist: {}.", request.task_definition))),
        }
    }

    pub(crate) async fn delete_task_definitions(
        &self,
        request: DeleteTaskDefinitionsRequest,
    ) -> Result<DeleteTaskDefinitionsResponse, EcsError> {
        if request.task_definitions.is_empty() || request.task_definitions.len() > MAX_DELETIONS_PER_CALL {
            return Err(EcsError::invalid_parameter(format!(
                "taskDefinitions must name between 1 and {MAX_DELETIONS_PER_CALL} task definitions; {} were given.",
                request.task_definitions.len()
            )));
        }
        let now = Timestamp::from_system_time(self.clock.now());
        let mut deleted = Vec::new();
        let mut failures = Vec::new();
        for text in &request.task_definitions {
            let failure =
                |reason: &str, detail: String| Failure { arn: Some(text.clone()), reason: Some(reason.to_owned()), detail: Some(detail) };
            let reference = match self.parse_task_definition_reference(text) {
                Ok(reference) => reference,
                Err(error) => {
                    failures.push(failure("INVALID_TASK_DEFINITION", error.to_string()));
                    continue;
                }
            };
            let Some(revision) = reference.revision else {
                failures.push(failure("INVALID_TASK_DEFINITION", "Give family:revision or the full ARN of one revision.".to_owned()));
                continue;
            };
            let result = self
                // ACTIVE revisions must be deregistered first; DELETE_IN_PROGRESS ones already are.
                .move_task_definition_status(
                    &reference.family,
                    revision,
                    TaskDefinitionStatus::Inactive,
                    TaskDefinitionStatus::DeleteInProgress,
                    now,
                )
                .await?;
            match result {
                None => failures.push(failure("MISSING", "The specified task definition does not exist.".to_owned())),
                Some(record) if record.task_definition.status == Some(TaskDefinitionStatus::Active) => failures.push(failure(
                    "TASK_DEFINITION_ACTIVE",
                    "The task definition is ACTIVE; deregister it (DeregisterTaskDefinition) before deleting it.".to_owned(),
                )),
                Some(record) => deleted.push(record.task_definition),
            }
        }
        Ok(DeleteTaskDefinitionsResponse { task_definitions: Some(deleted), failures: Some(failures) })
    }
}
