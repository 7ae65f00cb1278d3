//! Where ECS keeps its records in the store. Every key of the ECS API is built here, so the layout
//! can be read in one place.
//!
//! Names of clusters and task definition families may only hold letters, digits, `-` and `_`, so
//! a `/` or `#` always ends a name and `ecs/task-definitions/web#` never matches the family
//! `web-2`.

pub const CLUSTERS_PREFIX: &str = "ecs/clusters/";
pub const TASK_DEFINITION_FAMILIES_PREFIX: &str = "ecs/task-definition-families/";
pub const TASK_DEFINITIONS_PREFIX: &str = "ecs/task-definitions/";

pub fn cluster(name: &str) -> String {
    format!("{CLUSTERS_PREFIX}{name}")
}

/// An index of the ACTIVE clusters, value the cluster ARN, kept in the same transactions that
/// change a cluster's status, so `ListClusters` reads it without decoding cluster records.
pub const ACTIVE_CLUSTERS_PREFIX: &str = "ecs/active-clusters/";

/// Present once every ACTIVE cluster has its index entry (see `repair_cluster_index`).
pub const ACTIVE_CLUSTER_INDEX_COMPLETE: &str = "ecs/meta/active-cluster-index-complete";

pub fn active_cluster(name: &str) -> String {
    format!("{ACTIVE_CLUSTERS_PREFIX}{name}")
}

pub fn task_definition_family(family: &str) -> String {
    format!("{TASK_DEFINITION_FAMILIES_PREFIX}{family}")
}

/// `#` sorts below every character a family name may hold and revisions are zero-padded, so the
/// store's byte order of these keys is ECS's listing order: by family name (`web` before
/// `web-2`), then by revision number.
pub fn task_definition(family: &str, revision: i32) -> String {
    format!("{TASK_DEFINITIONS_PREFIX}{family}#{revision:010}")
}

pub fn task_definitions_of_family(family: &str) -> String {
    format!("{TASK_DEFINITIONS_PREFIX}{family}#")
}

/// The family and revision a key made by `task_definition` names.
pub fn parse_task_definition(key: &str) -> Option<(&str, i32)> {
    let (family, revision) = key.strip_prefix(TASK_DEFINITIONS_PREFIX)?.rsplit_once('#')?;
    Some((family, revision.parse().ok()?))
}

/// The records that keep a cluster from being deleted live under these prefixes (instances and
/// tasks count while they are not INACTIVE or STOPPED). Ids are 32 hexadecimal digits, so an
/// instance's or task's key is never a prefix of another's.
pub fn container_instances_of_cluster(cluster: &str) -> String {
    format!("ecs/container-instances/{cluster}/")
}

pub fn container_instance(cluster: &str, id: &str) -> String {
    format!("ecs/container-instances/{cluster}/{id}")
}

pub fn task(cluster: &str, id: &str) -> String {
    format!("ecs/tasks/{cluster}/{id}")
}

pub fn run_task_token(cluster: &str, token: &str) -> String {
    format!("ecs/run-task-tokens/{cluster}/{token}")
}

pub fn services_of_cluster(cluster: &str) -> String {
    format!("ecs/services/{cluster}/")
}

pub fn service(cluster: &str, name: &str) -> String {
    format!("ecs/services/{cluster}/{name}")
}

/// Deleted services stay describable here, outside the prefix that counts a cluster's services.
pub fn inactive_service(cluster: &str, name: &str) -> String {
    format!("ecs/inactive-services/{cluster}/{name}")
}

pub fn tasks_of_cluster(cluster: &str) -> String {
    format!("ecs/tasks/{cluster}/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn task_definition_keys_sort_by_family_then_revision() {
        let mut keys = [task_definition("web-2", 1), task_definition("web", 10), task_definition("web", 9), task_definition("api", 3)];
        keys.sort();
        let order: Vec<(&str, i32)> = keys.iter().map(|key| parse_task_definition(key).unwrap()).collect();
        assert_eq!(order, [("api", 3), ("web", 9), ("web", 10), ("web-2", 1)]);
        assert!(!task_definition("web-2", 1).starts_with(&task_definitions_of_family("web")));
    }
}
