//! The engine labels the agent puts on every container: ECS's own (so tools written for ECS
//! instances find them) and Ferry's instance label, which is how an agent recognises its own
//! containers on an engine it may share with other agents. Task-scoped volumes carry the task,
//! cluster and instance labels too.

pub const TASK_ARN: &str = "com.amazonaws.ecs.task-arn";
pub const CONTAINER_NAME: &str = "com.amazonaws.ecs.container-name";
pub const CLUSTER: &str = "com.amazonaws.ecs.cluster";
pub const TASK_DEFINITION_FAMILY: &str = "com.amazonaws.ecs.task-definition-family";
pub const TASK_DEFINITION_VERSION: &str = "com.amazonaws.ecs.task-definition-version";
pub const CONTAINER_INSTANCE_ARN: &str = "ferry.container-instance-arn";

/// The label selector for every container of one agent.
pub fn instance_selector(container_instance_arn: &str) -> Vec<(String, String)> {
    vec![(CONTAINER_INSTANCE_ARN.to_owned(), container_instance_arn.to_owned())]
}
