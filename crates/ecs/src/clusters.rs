//! Clusters: `CreateCluster`, `DescribeClusters`, `ListClusters`, `UpdateCluster`,
//! `UpdateClusterSettings` and `DeleteCluster`, with ECS's semantics — creating an existing
//! cluster returns it unchanged, a deleted cluster stays describable as `INACTIVE`, and the name
//! `default` is what every cluster parameter means when it is left out.

use bytes::Bytes;
use ferry_api::shape::Timestamp;
use ferry_core::Arn;
use ferry_store::{Compare, Operation, Txn};

use crate::EcsService;
use crate::error::EcsError;
use crate::generated::{
    Cluster, ClusterField, ClusterServiceConnectDefaults, ClusterServiceConnectDefaultsRequest, ClusterSetting, ClusterSettingName,
    CreateClusterRequest, CreateClusterResponse, DeleteClusterRequest, DeleteClusterResponse, DescribeClustersRequest,
    DescribeClustersResponse, Failure, KeyValuePair, ListClustersRequest, ListClustersResponse, UpdateClusterRequest,
    UpdateClusterResponse, UpdateClusterSettingsRequest, UpdateClusterSettingsResponse,
};
use crate::keys;
use crate::paging::{encode_token, page_request};
use crate::records::{ClusterRecord, ClusterStatus, encode};
use crate::store_access::{
    Attempt, Versioned, count_under, list_all, put_if_unchanged, put_if_unchanged_with, read, retry_on_conflict, scan_page,
};
use crate::tags::check_new_tags;

pub const DEFAULT_CLUSTER_NAME: &str = "default";

/// ECS accepts at most 100 clusters in one `DescribeClusters` call.
const MAX_CLUSTERS_PER_DESCRIBE: usize = 100;

/// The capacity providers every account has without creating them.
const BUILT_IN_CAPACITY_PROVIDERS: [&str; 2] = ["FARGATE", "FARGATE_SPOT"];

/// Which optional parts of a cluster an answer carries (`include` of `DescribeClusters`; the
/// create, update and delete answers carry all of them).
#[derive(Debug, Clone, Copy, Default)]
struct ClusterIncludes {
    settings: bool,
    statistics: bool,
    tags: bool,
    configurations: bool,
    attachments: bool,
}

impl ClusterIncludes {
    fn everything() -> ClusterIncludes {
        ClusterIncludes { settings: true, statistics: false, tags: true, configurations: true, attachments: false }
    }

    fn from_request(fields: &[ClusterField]) -> ClusterIncludes {
        let mut includes = ClusterIncludes::default();
        for field in fields {
            match field {
                ClusterField::Settings => includes.settings = true,
                ClusterField::Statistics => includes.statistics = true,
                ClusterField::Tags => includes.tags = true,
                ClusterField::Configurations => includes.configurations = true,
                ClusterField::Attachments => includes.attachments = true,
            }
        }
        includes
    }
}

/// What lives in a cluster, for its counters and for refusing to delete it.
#[derive(Debug, Clone, Copy, Default)]
struct ClusterContents {
    container_instances: usize,
    services: usize,
    running_tasks: usize,
    pending_tasks: usize,
}

/// Checks a cluster name as ECS does: up to 255 letters, digits, hyphens and underscores.
pub fn check_cluster_name(name: &str) -> Result<(), EcsError> {
    let valid =
        !name.is_empty() && name.len() <= 255 && name.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_');
    if valid {
        Ok(())
    } else {
        Err(EcsError::invalid_parameter(format!(
            "Cluster name '{name}' is invalid: up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed."
        )))
    }
}

fn check_settings(settings: &[ClusterSetting]) -> Result<(), EcsError> {
    for (index, setting) in settings.iter().enumerate() {
        let Some(name) = setting.name else {
            return Err(EcsError::invalid_parameter(format!("settings[{index}]: a cluster setting needs a name.")));
        };
        match name {
            ClusterSettingName::ContainerInsights => {
                let value = setting.value.as_deref().unwrap_or("");
                if !["enabled", "disabled", "enhanced"].contains(&value) {
                    return Err(EcsError::invalid_parameter(format!(
                        "settings[{index}]: containerInsights must be 'enabled', 'enhanced' or 'disabled', not '{value}'."
                    )));
                }
            }
        }
    }
    Ok(())
}

/// Applies `changes` over `current`, one setting per name.
fn merge_settings(current: &[ClusterSetting], changes: &[ClusterSetting]) -> Vec<ClusterSetting> {
    let mut merged = current.to_vec();
    for change in changes {
        match merged.iter_mut().find(|setting| setting.name == change.name) {
            Some(setting) => setting.value = change.value.clone(),
            None => merged.push(change.clone()),
        }
    }
    merged
}

impl EcsService {
    /// The cluster name a `cluster` parameter (a name or an ARN) refers to.
    pub(crate) fn cluster_name_from_reference(&self, reference: &str) -> Result<String, EcsError> {
        if !reference.starts_with("arn:") {
            return Ok(reference.to_owned());
        }
        let arn = Arn::parse(reference).map_err(|error| EcsError::invalid_parameter(error.to_string()))?;
        match arn.resource_type_and_id() {
            Some(("cluster", name)) if arn.service == "ecs" => {
                self.check_arn_is_ours(&arn)?;
                Ok(name.to_owned())
            }
            _ => Err(EcsError::invalid_parameter(format!("'{reference}' is not the ARN of an ECS cluster."))),
        }
    }

    pub(crate) fn check_arn_is_ours(&self, arn: &Arn) -> Result<(), EcsError> {
        if arn.partition != self.identity.partition || arn.region != self.identity.region || arn.account_id != self.identity.account_id {
            return Err(EcsError::invalid_parameter(format!(
                "The ARN '{arn}' belongs to partition '{}', region '{}' and account '{}'; this Ferry serves partition '{}', region '{}' and account '{}'.",
                arn.partition, arn.region, arn.account_id, self.identity.partition, self.identity.region, self.identity.account_id
            )));
        }
        Ok(())
    }

    pub(crate) fn cluster_arn(&self, name: &str) -> String {
        self.identity.arn("ecs", &format!("cluster/{name}"))
    }

    /// The active cluster a `cluster` parameter names (`default` when absent), or
    /// `ClusterNotFoundException`.
    pub(crate) async fn active_cluster(&self, reference: Option<&str>) -> Result<Versioned<ClusterRecord>, EcsError> {
        let name = self.cluster_name_from_reference(reference.unwrap_or(DEFAULT_CLUSTER_NAME))?;
        match read::<ClusterRecord>(self.store.as_ref(), &keys::cluster(&name)).await? {
            Some(versioned) if versioned.record.status == ClusterStatus::Active => Ok(versioned),
            _ => Err(EcsError::ClusterNotFound),
        }
    }

    async fn cluster_contents(&self, name: &str) -> Result<ClusterContents, EcsError> {
        let store = self.store.as_ref();
        // Every task that has not stopped holds an allocation on its instance (placement,
        // RUNNING and STOPPED change both in one transaction), so the instance records alone
        // give the task counts, without reading the tasks.
        let mut contents =
            ClusterContents { services: count_under(store, &keys::services_of_cluster(name)).await?, ..ClusterContents::default() };
        for versioned in self.cluster_instances(name).await? {
            if versioned.record.status != crate::records::ContainerInstanceStatusValue::Inactive {
                contents.container_instances += 1;
            }
            let (running, pending) = versioned.record.running_and_pending();
            contents.running_tasks += running as usize;
            contents.pending_tasks += pending as usize;
        }
        Ok(contents)
    }

    async fn render_cluster(&self, record: &ClusterRecord, includes: ClusterIncludes) -> Result<Cluster, EcsError> {
        let contents = self.cluster_contents(&record.name).await?;
        let statistics = if includes.statistics {
            // Every task and service is an EC2 one until Fargate-style launches exist.
            [
                ("runningEC2TasksCount", contents.running_tasks),
                ("runningFargateTasksCount", 0),
                ("pendingEC2TasksCount", contents.pending_tasks),
                ("pendingFargateTasksCount", 0),
                ("activeEC2ServiceCount", contents.services),
                ("activeFargateServiceCount", 0),
                ("drainingEC2ServiceCount", 0),
                ("drainingFargateServiceCount", 0),
            ]
            .into_iter()
            .map(|(name, value)| KeyValuePair { name: Some(name.to_owned()), value: Some(value.to_string()) })
            .collect()
        } else {
            Vec::new()
        };
        Ok(Cluster {
            cluster_arn: Some(record.arn.clone()),
            cluster_name: Some(record.name.clone()),
            configuration: if includes.configurations { record.configuration.clone() } else { None },
            status: Some(record.status.as_str().to_owned()),
            registered_container_instances_count: Some(contents.container_instances as i32),
            running_tasks_count: Some(contents.running_tasks as i32),
            pending_tasks_count: Some(contents.pending_tasks as i32),
            active_services_count: Some(contents.services as i32),
            statistics: Some(statistics),
            tags: Some(if includes.tags { record.tags.clone() } else { Vec::new() }),
            settings: Some(if includes.settings { record.settings.clone() } else { Vec::new() }),
            capacity_providers: Some(record.capacity_providers.clone()),
            default_capacity_provider_strategy: Some(record.default_capacity_provider_strategy.clone()),
            attachments: if includes.attachments { Some(Vec::new()) } else { None },
            attachments_status: None,
            service_connect_defaults: record.service_connect_defaults.clone(),
        })
    }

    /// Ferry has no Cloud Map; like ECS when the namespace does not exist yet, it takes the name
    /// and reports the ARN such a namespace would have.
    fn service_connect_defaults(&self, request: &ClusterServiceConnectDefaultsRequest) -> ClusterServiceConnectDefaults {
        let namespace = if request.namespace.starts_with("arn:") {
            request.namespace.clone()
        } else {
            self.identity.arn("servicediscovery", &format!("namespace/{}", request.namespace))
        };
        ClusterServiceConnectDefaults { namespace: Some(namespace) }
    }

    /// Writes the active-cluster index entries a data directory from before the index lacks.
    /// Each write compares the cluster record, so a cluster deleted meanwhile is left alone. Runs
    /// at start-up, so once it has completed a marker key makes later starts skip the scan.
    pub async fn repair_cluster_index(&self) -> Result<usize, EcsError> {
        let store = self.store.as_ref();
        if store.get(keys::ACTIVE_CLUSTER_INDEX_COMPLETE).await?.is_some() {
            return Ok(0);
        }
        let mut repaired = 0;
        for (key, versioned) in list_all::<ClusterRecord>(store, keys::CLUSTERS_PREFIX).await? {
            let record = versioned.record;
            let index_key = keys::active_cluster(&record.name);
            if record.status != ClusterStatus::Active || store.get(&index_key).await?.is_some() {
                continue;
            }
            let outcome = store
                .txn(Txn {
                    compares: vec![
                        Compare::ModRevision { key, revision: versioned.mod_revision },
                        Compare::Absent { key: index_key.clone() },
                    ],
                    success: vec![Operation::Put { key: index_key, value: Bytes::from(record.arn) }],
                    failure: vec![],
                })
                .await?;
            repaired += usize::from(outcome.succeeded);
        }
        store
            .txn(Txn {
                compares: vec![],
                success: vec![Operation::Put { key: keys::ACTIVE_CLUSTER_INDEX_COMPLETE.to_owned(), value: Bytes::from_static(b"1") }],
                failure: vec![],
            })
            .await?;
        Ok(repaired)
    }

    pub(crate) async fn create_cluster(&self, request: CreateClusterRequest) -> Result<CreateClusterResponse, EcsError> {
        let name = request.cluster_name.clone().unwrap_or_else(|| DEFAULT_CLUSTER_NAME.to_owned());
        check_cluster_name(&name)?;
        let tags = request.tags.clone().unwrap_or_default();
        check_new_tags(&tags)?;
        let settings = request.settings.clone().unwrap_or_default();
        check_settings(&settings)?;
        let capacity_providers = request.capacity_providers.clone().unwrap_or_default();
        for provider in &capacity_providers {
            if !BUILT_IN_CAPACITY_PROVIDERS.contains(&provider.as_str()) {
                return Err(EcsError::invalid_parameter(format!(
                    "The capacity provider '{provider}' does not exist; Ferry offers {}.",
                    BUILT_IN_CAPACITY_PROVIDERS.join(" and ")
                )));
            }
        }
        let strategy = request.default_capacity_provider_strategy.clone().unwrap_or_default();
        for item in &strategy {
            if !capacity_providers.contains(&item.capacity_provider) {
                return Err(EcsError::invalid_parameter(format!(
                    "The default capacity provider strategy names '{}', which is not among the cluster's capacityProviders.",
                    item.capacity_provider
                )));
            }
        }

        let key = keys::cluster(&name);
        let store = self.store.as_ref();
        let record = retry_on_conflict(&key, || async {
            let existing = read::<ClusterRecord>(store, &key).await?;
            if let Some(existing) = &existing
                && existing.record.status == ClusterStatus::Active
            {
                // ECS answers a second CreateCluster of an active cluster with the cluster as it is.
                return Ok(Attempt::Done(existing.record.clone()));
            }
            let record = ClusterRecord {
                name: name.clone(),
                arn: self.cluster_arn(&name),
                status: ClusterStatus::Active,
                settings: merge_settings(
                    &[ClusterSetting { name: Some(ClusterSettingName::ContainerInsights), value: Some("disabled".to_owned()) }],
                    &settings,
                ),
                configuration: request.configuration.clone(),
                capacity_providers: capacity_providers.clone(),
                default_capacity_provider_strategy: strategy.clone(),
                service_connect_defaults: request.service_connect_defaults.as_ref().map(|defaults| self.service_connect_defaults(defaults)),
                tags: tags.clone(),
                created_at: Timestamp::from_system_time(self.clock.now()),
            };
            let expected_revision = existing.map(|existing| existing.mod_revision).unwrap_or(0);
            let index_entry = Operation::Put { key: keys::active_cluster(&name), value: Bytes::from(record.arn.clone()) };
            Ok(match put_if_unchanged_with(store, &key, expected_revision, encode(&record), vec![index_entry]).await? {
                Attempt::Done(()) => Attempt::Done(record),
                Attempt::Conflict => Attempt::Conflict,
            })
        })
        .await?;
        Ok(CreateClusterResponse { cluster: Some(self.render_cluster(&record, ClusterIncludes::everything()).await?) })
    }

    pub(crate) async fn describe_clusters(&self, request: DescribeClustersRequest) -> Result<DescribeClustersResponse, EcsError> {
        let references = request.clusters.clone().unwrap_or_else(|| vec![DEFAULT_CLUSTER_NAME.to_owned()]);
        if references.len() > MAX_CLUSTERS_PER_DESCRIBE {
            return Err(EcsError::invalid_parameter(format!(
                "DescribeClusters takes at most {MAX_CLUSTERS_PER_DESCRIBE} clusters; {} were given.",
                references.len()
            )));
        }
        let includes = ClusterIncludes::from_request(request.include.as_deref().unwrap_or(&[]));
        let mut clusters = Vec::new();
        let mut failures = Vec::new();
        for reference in &references {
            let name = self.cluster_name_from_reference(reference)?;
            match read::<ClusterRecord>(self.store.as_ref(), &keys::cluster(&name)).await? {
                Some(versioned) => clusters.push(self.render_cluster(&versioned.record, includes).await?),
                None => failures.push(Failure { arn: Some(self.cluster_arn(&name)), reason: Some("MISSING".to_owned()), detail: None }),
            }
        }
        Ok(DescribeClustersResponse { clusters: Some(clusters), failures: Some(failures) })
    }

    pub(crate) async fn list_clusters(&self, request: ListClustersRequest) -> Result<ListClustersResponse, EcsError> {
        let page_request = page_request("ListClusters", request.next_token.as_deref(), request.max_results)?;
        let (cluster_arns, last_key) =
            scan_page(self.store.as_ref(), keys::ACTIVE_CLUSTERS_PREFIX, page_request.after_key, page_request.limit, |entry| {
                Ok(Some(String::from_utf8_lossy(&entry.value).into_owned()))
            })
            .await?;
        let next_token = last_key.map(|key| encode_token("ListClusters", &key));
        Ok(ListClustersResponse { cluster_arns: Some(cluster_arns), next_token })
    }

    /// Reads the active cluster `reference` names, applies `change` and writes it back.
    async fn modify_cluster(
        &self,
        reference: &str,
        change: impl Fn(&mut ClusterRecord) -> Result<(), EcsError>,
    ) -> Result<ClusterRecord, EcsError> {
        let name = self.cluster_name_from_reference(reference)?;
        let key = keys::cluster(&name);
        let store = self.store.as_ref();
        retry_on_conflict(&key, || async {
            let versioned = self.active_cluster(Some(&name)).await?;
            let mut record = versioned.record;
            change(&mut record)?;
            Ok(match put_if_unchanged(store, &key, versioned.mod_revision, encode(&record)).await? {
                Attempt::Done(()) => Attempt::Done(record),
                Attempt::Conflict => Attempt::Conflict,
            })
        })
        .await
    }

    pub(crate) async fn update_cluster(&self, request: UpdateClusterRequest) -> Result<UpdateClusterResponse, EcsError> {
        let settings = request.settings.clone().unwrap_or_default();
        check_settings(&settings)?;
        let service_connect_defaults = request.service_connect_defaults.as_ref().map(|defaults| self.service_connect_defaults(defaults));
        let record = self
            .modify_cluster(&request.cluster, |record| {
                record.settings = merge_settings(&record.settings, &settings);
                if let Some(configuration) = &request.configuration {
                    record.configuration = Some(configuration.clone());
                }
                if let Some(defaults) = &service_connect_defaults {
                    record.service_connect_defaults = Some(defaults.clone());
                }
                Ok(())
            })
            .await?;
        Ok(UpdateClusterResponse { cluster: Some(self.render_cluster(&record, ClusterIncludes::everything()).await?) })
    }

    pub(crate) async fn update_cluster_settings(
        &self,
        request: UpdateClusterSettingsRequest,
    ) -> Result<UpdateClusterSettingsResponse, EcsError> {
        check_settings(&request.settings)?;
        let record = self
            .modify_cluster(&request.cluster, |record| {
                record.settings = merge_settings(&record.settings, &request.settings);
                Ok(())
            })
            .await?;
        Ok(UpdateClusterSettingsResponse { cluster: Some(self.render_cluster(&record, ClusterIncludes::everything()).await?) })
    }

    pub(crate) async fn delete_cluster(&self, request: DeleteClusterRequest) -> Result<DeleteClusterResponse, EcsError> {
        let name = self.cluster_name_from_reference(&request.cluster)?;
        let key = keys::cluster(&name);
        let store = self.store.as_ref();
        let record = retry_on_conflict(&key, || async {
            let versioned = self.active_cluster(Some(&name)).await?;
            // These checks read other prefixes, which the compare below cannot see. Whatever
            // registers into a cluster (instances, services, tasks) rewrites the cluster record
            // in the same transaction, so if one slips in between these reads and the write,
            // the compare fails and the checks run again.
            let contents = self.cluster_contents(&name).await?;
            if contents.container_instances > 0 {
                return Err(EcsError::ClusterContainsContainerInstances);
            }
            if contents.services > 0 {
                return Err(EcsError::ClusterContainsServices);
            }
            if contents.running_tasks + contents.pending_tasks > 0 {
                return Err(EcsError::ClusterContainsTasks);
            }
            let mut record = versioned.record;
            record.status = ClusterStatus::Inactive;
            let index_entry = Operation::Delete { key: keys::active_cluster(&name) };
            Ok(match put_if_unchanged_with(store, &key, versioned.mod_revision, encode(&record), vec![index_entry]).await? {
                Attempt::Done(()) => Attempt::Done(record),
                Attempt::Conflict => Attempt::Conflict,
            })
        })
        .await?;
        Ok(DeleteClusterResponse { cluster: Some(self.render_cluster(&record, ClusterIncludes::everything()).await?) })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use ferry_core::{PlatformIdentity, SystemClock};
    use ferry_store::{KeyValueStore, KeyValueStoreExt, MemoryStore};

    use super::*;

    #[tokio::test]
    async fn the_cluster_index_is_repaired_once_for_data_from_before_it() {
        let store = Arc::new(MemoryStore::new());
        let service = EcsService::new(store.clone(), PlatformIdentity::default(), Arc::new(SystemClock));
        // A cluster as a version without the index stored it: the record alone.
        let record = ClusterRecord {
            name: "old".into(),
            arn: service.cluster_arn("old"),
            status: ClusterStatus::Active,
            settings: vec![],
            configuration: None,
            capacity_providers: vec![],
            default_capacity_provider_strategy: vec![],
            service_connect_defaults: None,
            tags: vec![],
            created_at: Timestamp { epoch_millis: 0 },
        };
        store.put(keys::cluster("old"), encode(&record)).await.unwrap();
        let listed = service.list_clusters(ListClustersRequest::default()).await.unwrap();
        assert_eq!(listed.cluster_arns, Some(vec![]), "not listed before the repair");

        assert_eq!(service.repair_cluster_index().await.unwrap(), 1);
        let listed = service.list_clusters(ListClustersRequest::default()).await.unwrap();
        assert_eq!(listed.cluster_arns, Some(vec![record.arn.clone()]));
        let revision = store.current_revision().await.unwrap();
        assert_eq!(service.repair_cluster_index().await.unwrap(), 0);
        assert_eq!(store.current_revision().await.unwrap(), revision, "the second start reads the marker and writes nothing");
    }
}
