//! Every way an ECR call can fail, and — in `From<EcrError> for AwsError`, the one place that does
//! it — the ECR error code, HTTP status and message each failure is reported with. Messages follow
//! ECR's own wording where clients or people are known to read them.

use ferry_api::AwsError;
use ferry_api::shape::ValidationProblem;
use ferry_registry::RegistryError;

use crate::generated::{BodyErrorKind, ParseError};

#[derive(Debug, thiserror::Error)]
pub enum EcrError {
    /// The body is not JSON, or a field has the wrong JSON type.
    #[error("{message}")]
    Serialization { message: String },
    #[error("{message}")]
    InvalidParameter { message: String },
    #[error("The repository with name '{name}' does not exist in the registry with id '{registry_id}'")]
    RepositoryNotFound { name: String, registry_id: String },
    #[error("The repository with name '{name}' already exists in the registry with id '{registry_id}'")]
    RepositoryAlreadyExists { name: String, registry_id: String },
    #[error(
        "The repository with name '{name}' in registry with id '{registry_id}' cannot be deleted because it still contains images; \
         delete them first or pass force"
    )]
    RepositoryNotEmpty { name: String, registry_id: String },
    #[error("{message}")]
    ImageNotFound { message: String },
    #[error(
        "The image tag '{tag}' already exists in the '{repository}' repository and cannot be overwritten because the repository is immutable."
    )]
    ImageTagAlreadyExists { repository: String, tag: String },
    #[error("{message}")]
    ImageAlreadyExists { message: String },
    #[error("{message}")]
    ImageDigestDoesNotMatch { message: String },
    #[error("{message}")]
    LayersNotFound { message: String },
    #[error("{message}")]
    LayerAlreadyExists { message: String },
    #[error("{message}")]
    InvalidLayer { message: String },
    #[error("{message}")]
    InvalidLayerPart { message: String },
    #[error("The upload was empty: upload {upload_id} of repository '{repository}' received no layer parts.")]
    EmptyUpload { repository: String, upload_id: String },
    #[error("The upload with id '{upload_id}' does not exist in the repository '{repository}'; start one with InitiateLayerUpload.")]
    UploadNotFound { repository: String, upload_id: String },
    #[error("Lifecycle policy does not exist for the repository with name '{name}' in the registry with id '{registry_id}'")]
    LifecyclePolicyNotFound { name: String, registry_id: String },
    #[error("There is no lifecycle policy preview for the repository with name '{name}'; start one with StartLifecyclePolicyPreview.")]
    LifecyclePolicyPreviewNotFound { name: String },
    #[error("Repository policy does not exist for the repository with name '{name}' in the registry with id '{registry_id}'")]
    RepositoryPolicyNotFound { name: String, registry_id: String },
    #[error("{message}")]
    InvalidTagParameter { message: String },
    #[error("{message}")]
    TooManyTags { message: String },
    #[error("{message}")]
    UnsupportedImageType { message: String },
    /// An ECR operation Ferry does not implement yet.
    #[error("Ferry does not implement the ECR operation {operation} yet; docs/compatibility.md lists what it implements.")]
    NotImplemented { operation: &'static str },
    /// The registry or the store failed; the details are logged, not sent.
    #[error("{0}")]
    Internal(String),
}

impl EcrError {
    pub fn invalid_parameter(message: impl Into<String>) -> EcrError {
        EcrError::InvalidParameter { message: message.into() }
    }
}

impl From<ParseError> for EcrError {
    fn from(error: ParseError) -> EcrError {
        match error {
            ParseError::UnknownOperation { name } => EcrError::invalid_parameter(format!("Unknown operation {name}.")),
            ParseError::Body { path, message, kind } => {
                let location = if path.is_empty() || path == "." { String::new() } else { format!("{path}: ") };
                match kind {
                    BodyErrorKind::Syntax | BodyErrorKind::WrongType => EcrError::Serialization { message: format!("{location}{message}") },
                    BodyErrorKind::MissingField | BodyErrorKind::UnknownEnumValue => {
                        EcrError::InvalidParameter { message: format!("{location}{message}") }
                    }
                }
            }
        }
    }
}

impl From<Vec<ValidationProblem>> for EcrError {
    fn from(problems: Vec<ValidationProblem>) -> EcrError {
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        EcrError::InvalidParameter { message: listed.join("; ") }
    }
}

/// Registry failures that reach the ECR API without a more specific meaning at the call site.
/// Call sites that know better (a missing repository, a manifest blob) map those first.
impl From<RegistryError> for EcrError {
    fn from(error: RegistryError) -> EcrError {
        match error {
            RegistryError::NameInvalid(message)
            | RegistryError::TagInvalid(message)
            | RegistryError::DigestInvalid(message)
            | RegistryError::ManifestInvalid(message)
            | RegistryError::SizeInvalid(message) => EcrError::invalid_parameter(message),
            RegistryError::TagImmutable { repository, tag } => EcrError::ImageTagAlreadyExists { repository, tag },
            RegistryError::ManifestBlobUnknown(digest) => EcrError::LayersNotFound {
                message: format!("The image manifest references {digest}, which this repository does not have; upload it first."),
            },
            RegistryError::ManifestUnknown(reference) => {
                EcrError::ImageNotFound { message: format!("The image {reference} does not exist in the repository.") }
            }
            other => EcrError::Internal(other.to_string()),
        }
    }
}

impl From<ferry_store::StoreError> for EcrError {
    fn from(error: ferry_store::StoreError) -> EcrError {
        EcrError::Internal(format!("store: {error}"))
    }
}

impl From<EcrError> for AwsError {
    fn from(error: EcrError) -> AwsError {
        let message = error.to_string();
        let code = match error {
            EcrError::Serialization { .. } => "SerializationException",
            EcrError::InvalidParameter { .. } => "InvalidParameterException",
            EcrError::RepositoryNotFound { .. } => "RepositoryNotFoundException",
            EcrError::RepositoryAlreadyExists { .. } => "RepositoryAlreadyExistsException",
            EcrError::RepositoryNotEmpty { .. } => "RepositoryNotEmptyException",
            EcrError::ImageNotFound { .. } => "ImageNotFoundException",
            EcrError::ImageTagAlreadyExists { .. } => "ImageTagAlreadyExistsException",
            EcrError::ImageAlreadyExists { .. } => "ImageAlreadyExistsException",
            EcrError::ImageDigestDoesNotMatch { .. } => "ImageDigestDoesNotMatchException",
            EcrError::LayersNotFound { .. } => "LayersNotFoundException",
            EcrError::LayerAlreadyExists { .. } => "LayerAlreadyExistsException",
            EcrError::InvalidLayer { .. } => "InvalidLayerException",
            EcrError::InvalidLayerPart { .. } => "InvalidLayerPartException",
            EcrError::EmptyUpload { .. } => "EmptyUploadException",
            EcrError::UploadNotFound { .. } => "UploadNotFoundException",
            EcrError::LifecyclePolicyNotFound { .. } => "LifecyclePolicyNotFoundException",
            EcrError::LifecyclePolicyPreviewNotFound { .. } => "LifecyclePolicyPreviewNotFoundException",
            EcrError::RepositoryPolicyNotFound { .. } => "RepositoryPolicyNotFoundException",
            EcrError::InvalidTagParameter { .. } => "InvalidTagParameterException",
            EcrError::TooManyTags { .. } => "TooManyTagsException",
            EcrError::UnsupportedImageType { .. } => "UnsupportedImageTypeException",
            EcrError::NotImplemented { .. } => "UnsupportedFeatureException",
            EcrError::Internal(_) => return AwsError::internal("ServerException").with_internal_detail(message),
        };
        AwsError::client(code, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_carry_ecr_codes_and_internal_details_stay_inside() {
        let not_found = AwsError::from(EcrError::RepositoryNotFound { name: "web".to_owned(), registry_id: "000000000000".to_owned() });
        assert_eq!(not_found.code, "RepositoryNotFoundException");
        assert!(not_found.message.contains("'web'"));
        let immutable = AwsError::from(EcrError::from(RegistryError::TagImmutable { repository: "web".to_owned(), tag: "v1".to_owned() }));
        assert_eq!(immutable.code, "ImageTagAlreadyExistsException");
        let internal = AwsError::from(EcrError::Internal("disk on fire".to_owned()));
        assert_eq!(internal.code, "ServerException");
        assert!(!internal.message.contains("disk"));
    }
}
