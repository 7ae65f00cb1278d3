//! The Amazon ECS control-plane API: clusters, task definitions and tags, kept in Ferry's store.

pub mod generated;
