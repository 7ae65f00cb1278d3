//! Repositories: ECR requires one to exist before anything is pushed to it. These are the calls
//! the ECR API (`CreateRepository`, `DeleteRepository`, `DescribeRepositories`) sits on.

use ferry_store::{Compare, ListOptions, Operation, Txn};

use crate::metadata::{self, ManifestRecord, RepositoryRecord, ResourceTag, TagMutability, TagRecord};
use crate::names::RepositoryName;
use crate::registry::Registry;
use crate::registry_error::RegistryError;

/// What `CreateRepository` may set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RepositorySettings {
    pub image_tag_mutability: TagMutability,
    pub scan_on_push: bool,
    /// `AES256` (the default) or `KMS`; stored, not acted on.
    pub encryption_type: Option<String>,
    pub kms_key: Option<String>,
    pub resource_tags: Vec<ResourceTag>,
}

/// One page of `list_repositories`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepositoryPage {
    pub repositories: Vec<RepositoryRecord>,
    /// Whether more follow the last one.
    pub more: bool,
}

impl Registry {
    /// Creates the repository; `RepositoryAlreadyExists` if it does.
    pub async fn create_repository(&self, name: &RepositoryName, settings: RepositorySettings) -> Result<RepositoryRecord, RegistryError> {
        let record = RepositoryRecord {
            name: name.to_string(),
            created_at_millis: self.now_millis(),
            image_tag_mutability: settings.image_tag_mutability,
            scan_on_push: settings.scan_on_push,
            encryption_type: settings.encryption_type.unwrap_or_else(|| "AES256".to_owned()),
            kms_key: settings.kms_key,
            resource_tags: settings.resource_tags,
            repository_policy: None,
            lifecycle_policy: None,
        };
        let key = metadata::repository(name.as_str());
        // A repository deleted with `force` leaves no children, but one deleted by an older
        // build might have: a new repository of the same name starts empty either way.
        let mut operations: Vec<Operation> = metadata::children_of(name.as_str()).into_iter().map(Operation::delete_prefix).collect();
        operations.push(Operation::put(key.clone(), metadata::encode(&record)));
        let outcome = self.store().txn(Txn::new().when([Compare::absent(key)]).and_then(operations)).await?;
        if outcome.succeeded { Ok(record) } else { Err(RegistryError::RepositoryAlreadyExists(name.to_string())) }
    }

    /// The repository's record, if it exists.
    pub async fn describe_repository(&self, name: &RepositoryName) -> Result<Option<RepositoryRecord>, RegistryError> {
        let key = metadata::repository(name.as_str());
        match self.store().get(&key).await? {
            None => Ok(None),
            Some(kv) => Ok(Some(metadata::decode(&key, &kv.value)?)),
        }
    }

    /// Repositories in name order, after `after` (a name), at most `limit` of them.
    pub async fn list_repositories(&self, after: Option<&str>, limit: usize) -> Result<RepositoryPage, RegistryError> {
        let page = self
            .store()
            .list(metadata::REPOSITORIES_PREFIX, ListOptions { start_after: after.map(metadata::repository), limit: Some(limit.max(1)) })
            .await?;
        let repositories = page.items.iter().map(|kv| metadata::decode(&kv.key, &kv.value)).collect::<Result<Vec<_>, _>>()?;
        Ok(RepositoryPage { repositories, more: page.more })
    }

    /// Deletes the repository with its manifests, tags and blob links. Without `force` a
    /// repository that holds manifests is refused (`RepositoryNotEmpty`). Blob bytes stay in the
    /// blob store for other repositories; the garbage collector removes the unreferenced ones.
    ///
    /// A manifest pushed while a non-forced delete runs may be deleted with the repository: the
    /// push committed first, the delete second, and the store has no "prefix is empty" compare
    /// that would let the delete notice. The pusher then finds the repository gone.
    pub async fn delete_repository(&self, name: &RepositoryName, force: bool) -> Result<RepositoryRecord, RegistryError> {
        let key = metadata::repository(name.as_str());
        let started = std::time::Instant::now();
        loop {
            let Some(kv) = self.store().get(&key).await? else {
                return Err(RegistryError::NameUnknown(name.to_string()));
            };
            let record: RepositoryRecord = metadata::decode(&key, &kv.value)?;
            if !force {
                let manifests =
                    self.store().list(&metadata::manifests_of(name.as_str()), ListOptions { start_after: None, limit: Some(1) }).await?;
                if !manifests.items.is_empty() {
                    return Err(RegistryError::RepositoryNotEmpty(name.to_string()));
                }
            }
            let mut operations: Vec<Operation> = metadata::children_of(name.as_str()).into_iter().map(Operation::delete_prefix).collect();
            operations.push(Operation::delete(key.clone()));
            let txn = Txn::new().when([Compare::mod_revision(key.clone(), kv.mod_revision)]).and_then(operations);
            if self.store().txn(txn).await?.succeeded {
                return Ok(record);
            }
            if started.elapsed() > crate::registry::GIVE_UP_AFTER {
                return Err(RegistryError::Contention(key));
            }
        }
    }

    /// Changes the repository's settings with `change`, in a compare-and-swap transaction retried
    /// while other writers get there first. `change` may refuse (its error is returned as is) and
    /// may be called more than once. Returns the record as written.
    pub async fn update_repository<E>(
        &self,
        name: &RepositoryName,
        mut change: impl FnMut(&mut RepositoryRecord) -> Result<(), E>,
    ) -> Result<RepositoryRecord, E>
    where
        E: From<RegistryError>,
    {
        let key = metadata::repository(name.as_str());
        let started = std::time::Instant::now();
        loop {
            let Some(kv) = self.store().get(&key).await.map_err(RegistryError::from)? else {
                return Err(RegistryError::NameUnknown(name.to_string()).into());
            };
            let mut record: RepositoryRecord = metadata::decode(&key, &kv.value)?;
            change(&mut record)?;
            let txn = Txn::new()
                .when([Compare::mod_revision(key.clone(), kv.mod_revision)])
                .and_then([Operation::put(key.clone(), metadata::encode(&record))]);
            if self.store().txn(txn).await.map_err(RegistryError::from)?.succeeded {
                return Ok(record);
            }
            if started.elapsed() > crate::registry::GIVE_UP_AFTER {
                return Err(RegistryError::Contention(key).into());
            }
            tokio::task::yield_now().await;
        }
    }

    /// Every manifest of the repository, in digest order (`NameUnknown` if it does not exist).
    pub async fn list_manifests(&self, name: &RepositoryName) -> Result<Vec<ManifestRecord>, RegistryError> {
        self.require_repository(name).await?;
        let records = self.list_all(&metadata::manifests_of(name.as_str())).await?;
        Ok(records.into_iter().map(|(_, record)| record).collect())
    }

    /// Every tag of the repository and the digest it points at, in tag order.
    pub async fn list_tag_records(&self, name: &RepositoryName) -> Result<Vec<(String, TagRecord)>, RegistryError> {
        self.require_repository(name).await?;
        let prefix = metadata::tags_of(name.as_str());
        let records = self.list_all::<TagRecord>(&prefix).await?;
        Ok(records.into_iter().map(|(key, record)| (key.strip_prefix(&prefix).unwrap_or(&key).to_owned(), record)).collect())
    }

    async fn list_all<T: metadata::Record>(&self, prefix: &str) -> Result<Vec<(String, T)>, RegistryError> {
        let mut records = Vec::new();
        let mut start_after = None;
        loop {
            let page = self.store().list(prefix, ListOptions { start_after: start_after.take(), limit: Some(1000) }).await?;
            for kv in &page.items {
                records.push((kv.key.clone(), metadata::decode(&kv.key, &kv.value)?));
            }
            if !page.more {
                return Ok(records);
            }
            start_after = page.items.last().map(|kv| kv.key.clone());
        }
    }

    /// Reads and writes the store for the ECR API's own records about a repository (such as its
    /// lifecycle policy preview), under the keys `metadata` lays out.
    pub fn key_value_store(&self) -> &dyn ferry_store::KeyValueStore {
        self.store()
    }
}
