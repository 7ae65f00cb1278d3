//! Every way an ECS call can fail, and — in `From<EcsError> for AwsError`, the one place that does
//! it — the ECS error code, HTTP status and message each failure is reported with.

use ferry_api::AwsError;
use ferry_api::shape::ValidationProblem;
use ferry_store::StoreError;

use crate::generated::{BodyErrorKind, ParseError};

#[derive(Debug, thiserror::Error)]
pub enum EcsError {
    /// The body is not JSON, or a field has the wrong JSON type.
    #[error("{message}")]
    Serialization { message: String },
    /// A parameter is missing, out of range, not one of its allowed values, or malformed.
    #[error("{message}")]
    InvalidParameter { message: String },
    /// The request is well formed but ECS's rules refuse it (most task definition rules).
    #[error("{message}")]
    Client { message: String },
    #[error("Cluster not found.")]
    ClusterNotFound,
    #[error("The Cluster cannot be deleted while Container Instances are active or draining.")]
    ClusterContainsContainerInstances,
    #[error("The Cluster cannot be deleted while Services are active.")]
    ClusterContainsServices,
    #[error("The Cluster cannot be deleted while Tasks are active.")]
    ClusterContainsTasks,
    #[error("{message}")]
    ResourceNotFound { message: String },
    #[error("Service not found: {name} is not a service of this cluster.")]
    ServiceNotFound { name: String },
    #[error("Service not active: {name} is being deleted or was deleted.")]
    ServiceNotActive { name: String },
    #[error("{message}")]
    LimitExceeded { message: String },
    /// `PutAttributes`/`DeleteAttributes` named an instance that does not exist.
    #[error("{message}")]
    TargetNotFound { message: String },
    #[error("{message}")]
    AttributeLimitExceeded { message: String },
    /// An ECS operation Ferry does not implement yet.
    #[error("Ferry does not implement the ECS operation {operation} yet; docs/compatibility.md lists what it implements.")]
    NotImplemented { operation: &'static str },
    /// The store failed; the details are logged, not sent.
    #[error("store: {0}")]
    Store(#[from] StoreError),
    /// A write kept losing compare-and-swap races for longer than we are willing to retry.
    #[error("the write to {key} kept conflicting with concurrent writes")]
    WriteContention { key: String },
    /// A stored record could not be decoded (written by a newer Ferry, or damaged).
    #[error("stored record {key}: {detail}")]
    CorruptRecord { key: String, detail: String },
}

impl EcsError {
    pub fn invalid_parameter(message: impl Into<String>) -> EcsError {
        EcsError::InvalidParameter { message: message.into() }
    }

    pub fn client(message: impl Into<String>) -> EcsError {
        EcsError::Client { message: message.into() }
    }
}

impl From<ParseError> for EcsError {
    fn from(error: ParseError) -> EcsError {
        match error {
            // The gateway only passes operations of the model, so this is a bug if it happens.
            ParseError::UnknownOperation { name } => EcsError::InvalidParameter { message: format!("Unknown operation {name}.") },
            ParseError::Body { path, message, kind } => {
                let location = if path.is_empty() || path == "." { String::new() } else { format!("{path}: ") };
                match kind {
                    BodyErrorKind::Syntax | BodyErrorKind::WrongType => EcsError::Serialization { message: format!("{location}{message}") },
                    BodyErrorKind::MissingField | BodyErrorKind::UnknownEnumValue => {
                        EcsError::InvalidParameter { message: format!("{location}{message}") }
                    }
                }
            }
        }
    }
}

impl From<Vec<ValidationProblem>> for EcsError {
    fn from(problems: Vec<ValidationProblem>) -> EcsError {
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        EcsError::InvalidParameter { message: listed.join("; ") }
    }
}

impl From<EcsError> for AwsError {
    fn from(error: EcsError) -> AwsError {
        let message = error.to_string();
        match error {
            EcsError::Serialization { .. } => AwsError::client("SerializationException", message),
            EcsError::InvalidParameter { .. } => AwsError::client("InvalidParameterException", message),
            EcsError::Client { .. } => AwsError::client("ClientException", message),
            EcsError::ClusterNotFound => AwsError::client("ClusterNotFoundException", message),
            EcsError::ClusterContainsContainerInstances => AwsError::client("ClusterContainsContainerInstancesException", message),
            EcsError::ClusterContainsServices => AwsError::client("ClusterContainsServicesException", message),
            EcsError::ClusterContainsTasks => AwsError::client("ClusterContainsTasksException", message),
            EcsError::ResourceNotFound { .. } => AwsError::client("ResourceNotFoundException", message),
            EcsError::ServiceNotFound { .. } => AwsError::client("ServiceNotFoundException", message),
            EcsError::ServiceNotActive { .. } => AwsError::client("ServiceNotActiveException", message),
            EcsError::LimitExceeded { .. } => AwsError::client("LimitExceededException", message),
            EcsError::TargetNotFound { .. } => AwsError::client("TargetNotFoundException", message),
            EcsError::AttributeLimitExceeded { .. } => AwsError::client("AttributeLimitExceededException", message),
            EcsError::NotImplemented { .. } => AwsError::client("UnsupportedFeatureException", message),
            EcsError::Store(_) | EcsError::WriteContention { .. } | EcsError::CorruptRecord { .. } => {
                AwsError::internal("ServerException").with_internal_detail(message)
            }
        }
    }
}
