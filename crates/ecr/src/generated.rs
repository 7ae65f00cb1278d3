//! Request and response shapes of the ECR API (`ecr/2015-09-21`), generated from botocore 1.44.8.
//!
//! Do not edit: change `xtask` and regenerate with `cargo xtask codegen`.

use ferry_api::shape::{FieldPath, Validate, ValidationProblem};
use serde::{Deserialize, Serialize};

/// The prefix of the `X-Amz-Target` header: `{TARGET_PREFIX}.{operation}`.
pub const TARGET_PREFIX: &str = "AmazonEC2ContainerRegistry_V20150921";
/// The service name in SigV4 credential scopes.
pub const SIGNING_NAME: &str = "ecr";
/// The JSON protocol version: `Content-Type: application/x-amz-json-{JSON_VERSION}`.
pub const JSON_VERSION: &str = "1.1";

/// The model's exception shapes; their Rust errors are written by hand.
pub const ERROR_SHAPE_NAMES: &[&str] = &[
    "BlockedByOrganizationPolicyException",
    "EmptyUploadException",
    "ExclusionAlreadyExistsException",
    "ExclusionNotFoundException",
    "ImageAlreadyExistsException",
    "ImageArchivedException",
    "ImageDigestDoesNotMatchException",
    "ImageNotFoundException",
    "ImageStorageClassUpdateNotSupportedException",
    "ImageTagAlreadyExistsException",
    "InvalidLayerException",
    "InvalidLayerPartException",
    "InvalidParameterException",
    "InvalidTagParameterException",
    "KmsException",
    "LayerAlreadyExistsException",
    "LayerInaccessibleException",
    "LayerPartTooSmallException",
    "LayersNotFoundException",
    "LifecyclePolicyNotFoundException",
    "LifecyclePolicyPreviewInProgressException",
    "LifecyclePolicyPreviewNotFoundException",
    "LimitExceededException",
    "PullThroughCacheRuleAlreadyExistsException",
    "PullThroughCacheRuleNotFoundException",
    "ReferencedImagesNotFoundException",
    "RegistryPolicyNotFoundException",
    "ReplicationBackfillInProgressException",
    "ReplicationBackfillInvalidStatusException",
    "ReplicationBackfillNotFoundException",
    "RepositoryAlreadyExistsException",
    "RepositoryNotEmptyException",
    "RepositoryNotFoundException",
    "RepositoryPolicyNotFoundException",
    "ScanNotFoundException",
    "SecretNotFoundException",
    "ServerException",
    "SigningConfigurationNotFoundException",
    "TemplateAlreadyExistsException",
    "TemplateNotFoundException",
    "TooManyTagsException",
    "UnableToAccessSecretException",
    "UnableToDecryptSecretValueException",
    "UnableToGetUpstreamImageException",
    "UnableToGetUpstreamLayerException",
    "UnableToListUpstreamImageReferrersException",
    "UnsupportedImageTypeException",
    "UnsupportedUpstreamRegistryException",
    "UploadNotFoundException",
    "ValidationException",
];

/// `(structure, member)` pairs whose values are sensitive, to be redacted in logs.
pub const SENSITIVE_FIELDS: &[(&str, &str)] = &[];

/// One request to the service, parsed: a variant per operation, named as AWS names it.
#[derive(Debug, Clone, PartialEq)]
pub enum Operation {
    BatchCheckLayerAvailability(BatchCheckLayerAvailabilityRequest),
    BatchDeleteImage(BatchDeleteImageRequest),
    BatchGetImage(BatchGetImageRequest),
    BatchGetRepositoryScanningConfiguration(BatchGetRepositoryScanningConfigurationRequest),
    CompleteLayerUpload(CompleteLayerUploadRequest),
    CreatePullThroughCacheRule(CreatePullThroughCacheRuleRequest),
    CreateRepository(CreateRepositoryRequest),
    CreateRepositoryCreationTemplate(CreateRepositoryCreationTemplateRequest),
    DeleteLifecyclePolicy(DeleteLifecyclePolicyRequest),
    DeletePullThroughCacheRule(DeletePullThroughCacheRuleRequest),
    DeleteRegistryPolicy(DeleteRegistryPolicyRequest),
    DeleteRepository(DeleteRepositoryRequest),
    DeleteRepositoryCreationTemplate(DeleteRepositoryCreationTemplateRequest),
    DeleteRepositoryPolicy(DeleteRepositoryPolicyRequest),
    DeleteSigningConfiguration(DeleteSigningConfigurationRequest),
    DeregisterPullTimeUpdateExclusion(DeregisterPullTimeUpdateExclusionRequest),
    DescribeImageReplicationStatus(DescribeImageReplicationStatusRequest),
    DescribeImageScanFindings(DescribeImageScanFindingsRequest),
    DescribeImageSigningStatus(DescribeImageSigningStatusRequest),
    DescribeImages(DescribeImagesRequest),
    DescribePullThroughCacheRules(DescribePullThroughCacheRulesRequest),
    DescribeRegistry(DescribeRegistryRequest),
    DescribeReplicationBackfillResults(DescribeReplicationBackfillResultsRequest),
    DescribeRepositories(DescribeRepositoriesRequest),
    DescribeRepositoryCreationTemplates(DescribeRepositoryCreationTemplatesRequest),
    GetAccountSetting(GetAccountSettingRequest),
    GetAuthorizationToken(GetAuthorizationTokenRequest),
    GetDownloadUrlForLayer(GetDownloadUrlForLayerRequest),
    GetLifecyclePolicy(GetLifecyclePolicyRequest),
    GetLifecyclePolicyPreview(GetLifecyclePolicyPreviewRequest),
    GetRegistryPolicy(GetRegistryPolicyRequest),
    GetRegistryScanningConfiguration(GetRegistryScanningConfigurationRequest),
    GetRepositoryPolicy(GetRepositoryPolicyRequest),
    GetSigningConfiguration(GetSigningConfigurationRequest),
    InitiateLayerUpload(InitiateLayerUploadRequest),
    ListImageReferrers(ListImageReferrersRequest),
    ListImages(ListImagesRequest),
    ListPullTimeUpdateExclusions(ListPullTimeUpdateExclusionsRequest),
    ListReplicationBackfills(ListReplicationBackfillsRequest),
    ListTagsForResource(ListTagsForResourceRequest),
    PutAccountSetting(PutAccountSettingRequest),
    PutImage(PutImageRequest),
    PutImageScanningConfiguration(PutImageScanningConfigurationRequest),
    PutImageTagMutability(PutImageTagMutabilityRequest),
    PutLifecyclePolicy(PutLifecyclePolicyRequest),
    PutRegistryPolicy(PutRegistryPolicyRequest),
    PutRegistryScanningConfiguration(PutRegistryScanningConfigurationRequest),
    PutReplicationConfiguration(PutReplicationConfigurationRequest),
    PutSigningConfiguration(PutSigningConfigurationRequest),
    RegisterPullTimeUpdateExclusion(RegisterPullTimeUpdateExclusionRequest),
    SetRepositoryPolicy(SetRepositoryPolicyRequest),
    StartImageScan(StartImageScanRequest),
    StartLifecyclePolicyPreview(StartLifecyclePolicyPreviewRequest),
    StartReplicationBackfill(StartReplicationBackfillRequest),
    StopReplicationBackfill(StopReplicationBackfillRequest),
    TagResource(TagResourceRequest),
    UntagResource(UntagResourceRequest),
    UpdateImageStorageClass(UpdateImageStorageClassRequest),
    UpdatePullThroughCacheRule(UpdatePullThroughCacheRuleRequest),
    UpdateRepositoryCreationTemplate(UpdateRepositoryCreationTemplateRequest),
    UploadLayerPart(UploadLayerPartRequest),
    ValidatePullThroughCacheRule(ValidatePullThroughCacheRuleRequest),
}

impl Operation {
    /// Every operation name, in name order.
    pub const NAMES: &'static [&'static str] = &[
        "BatchCheckLayerAvailability",
        "BatchDeleteImage",
        "BatchGetImage",
        "BatchGetRepositoryScanningConfiguration",
        "CompleteLayerUpload",
        "CreatePullThroughCacheRule",
        "CreateRepository",
        "CreateRepositoryCreationTemplate",
        "DeleteLifecyclePolicy",
        "DeletePullThroughCacheRule",
        "DeleteRegistryPolicy",
        "DeleteRepository",
        "DeleteRepositoryCreationTemplate",
        "DeleteRepositoryPolicy",
        "DeleteSigningConfiguration",
        "DeregisterPullTimeUpdateExclusion",
        "DescribeImageReplicationStatus",
        "DescribeImageScanFindings",
        "DescribeImageSigningStatus",
        "DescribeImages",
        "DescribePullThroughCacheRules",
        "DescribeRegistry",
        "DescribeReplicationBackfillResults",
        "DescribeRepositories",
        "DescribeRepositoryCreationTemplates",
        "GetAccountSetting",
        "GetAuthorizationToken",
        "GetDownloadUrlForLayer",
        "GetLifecyclePolicy",
        "GetLifecyclePolicyPreview",
        "GetRegistryPolicy",
        "GetRegistryScanningConfiguration",
        "GetRepositoryPolicy",
        "GetSigningConfiguration",
        "InitiateLayerUpload",
        "ListImageReferrers",
        "ListImages",
        "ListPullTimeUpdateExclusions",
        "ListReplicationBackfills",
        "ListTagsForResource",
        "PutAccountSetting",
        "PutImage",
        "PutImageScanningConfiguration",
        "PutImageTagMutability",
        "PutLifecyclePolicy",
        "PutRegistryPolicy",
        "PutRegistryScanningConfiguration",
        "PutReplicationConfiguration",
        "PutSigningConfiguration",
        "RegisterPullTimeUpdateExclusion",
        "SetRepositoryPolicy",
        "StartImageScan",
        "StartLifecyclePolicyPreview",
        "StartReplicationBackfill",
        "StopReplicationBackfill",
        "TagResource",
        "UntagResource",
        "UpdateImageStorageClass",
        "UpdatePullThroughCacheRule",
        "UpdateRepositoryCreationTemplate",
        "UploadLayerPart",
        "ValidatePullThroughCacheRule",
    ];

    /// The operation's AWS name, for metrics and tracing.
    pub fn name(&self) -> &'static str {
        match self {
            Self::BatchCheckLayerAvailability(_) => "BatchCheckLayerAvailability",
            Self::BatchDeleteImage(_) => "BatchDeleteImage",
            Self::BatchGetImage(_) => "BatchGetImage",
            Self::BatchGetRepositoryScanningConfiguration(_) => "BatchGetRepositoryScanningConfiguration",
            Self::CompleteLayerUpload(_) => "CompleteLayerUpload",
            Self::CreatePullThroughCacheRule(_) => "CreatePullThroughCacheRule",
            Self::CreateRepository(_) => "CreateRepository",
            Self::CreateRepositoryCreationTemplate(_) => "CreateRepositoryCreationTemplate",
            Self::DeleteLifecyclePolicy(_) => "DeleteLifecyclePolicy",
            Self::DeletePullThroughCacheRule(_) => "DeletePullThroughCacheRule",
            Self::DeleteRegistryPolicy(_) => "DeleteRegistryPolicy",
            Self::DeleteRepository(_) => "DeleteRepository",
            Self::DeleteRepositoryCreationTemplate(_) => "DeleteRepositoryCreationTemplate",
            Self::DeleteRepositoryPolicy(_) => "DeleteRepositoryPolicy",
            Self::DeleteSigningConfiguration(_) => "DeleteSigningConfiguration",
            Self::DeregisterPullTimeUpdateExclusion(_) => "DeregisterPullTimeUpdateExclusion",
            Self::DescribeImageReplicationStatus(_) => "DescribeImageReplicationStatus",
            Self::DescribeImageScanFindings(_) => "DescribeImageScanFindings",
            Self::DescribeImageSigningStatus(_) => "DescribeImageSigningStatus",
            Self::DescribeImages(_) => "DescribeImages",
            Self::DescribePullThroughCacheRules(_) => "DescribePullThroughCacheRules",
            Self::DescribeRegistry(_) => "DescribeRegistry",
            Self::DescribeReplicationBackfillResults(_) => "DescribeReplicationBackfillResults",
            Self::DescribeRepositories(_) => "DescribeRepositories",
            Self::DescribeRepositoryCreationTemplates(_) => "DescribeRepositoryCreationTemplates",
            Self::GetAccountSetting(_) => "GetAccountSetting",
            Self::GetAuthorizationToken(_) => "GetAuthorizationToken",
            Self::GetDownloadUrlForLayer(_) => "GetDownloadUrlForLayer",
            Self::GetLifecyclePolicy(_) => "GetLifecyclePolicy",
            Self::GetLifecyclePolicyPreview(_) => "GetLifecyclePolicyPreview",
            Self::GetRegistryPolicy(_) => "GetRegistryPolicy",
            Self::GetRegistryScanningConfiguration(_) => "GetRegistryScanningConfiguration",
            Self::GetRepositoryPolicy(_) => "GetRepositoryPolicy",
            Self::GetSigningConfiguration(_) => "GetSigningConfiguration",
            Self::InitiateLayerUpload(_) => "InitiateLayerUpload",
            Self::ListImageReferrers(_) => "ListImageReferrers",
            Self::ListImages(_) => "ListImages",
            Self::ListPullTimeUpdateExclusions(_) => "ListPullTimeUpdateExclusions",
            Self::ListReplicationBackfills(_) => "ListReplicationBackfills",
            Self::ListTagsForResource(_) => "ListTagsForResource",
            Self::PutAccountSetting(_) => "PutAccountSetting",
            Self::PutImage(_) => "PutImage",
            Self::PutImageScanningConfiguration(_) => "PutImageScanningConfiguration",
            Self::PutImageTagMutability(_) => "PutImageTagMutability",
            Self::PutLifecyclePolicy(_) => "PutLifecyclePolicy",
            Self::PutRegistryPolicy(_) => "PutRegistryPolicy",
            Self::PutRegistryScanningConfiguration(_) => "PutRegistryScanningConfiguration",
            Self::PutReplicationConfiguration(_) => "PutReplicationConfiguration",
            Self::PutSigningConfiguration(_) => "PutSigningConfiguration",
            Self::RegisterPullTimeUpdateExclusion(_) => "RegisterPullTimeUpdateExclusion",
            Self::SetRepositoryPolicy(_) => "SetRepositoryPolicy",
            Self::StartImageScan(_) => "StartImageScan",
            Self::StartLifecyclePolicyPreview(_) => "StartLifecyclePolicyPreview",
            Self::StartReplicationBackfill(_) => "StartReplicationBackfill",
            Self::StopReplicationBackfill(_) => "StopReplicationBackfill",
            Self::TagResource(_) => "TagResource",
            Self::UntagResource(_) => "UntagResource",
            Self::UpdateImageStorageClass(_) => "UpdateImageStorageClass",
            Self::UpdatePullThroughCacheRule(_) => "UpdatePullThroughCacheRule",
            Self::UpdateRepositoryCreationTemplate(_) => "UpdateRepositoryCreationTemplate",
            Self::UploadLayerPart(_) => "UploadLayerPart",
            Self::ValidatePullThroughCacheRule(_) => "ValidatePullThroughCacheRule",
        }
    }

    /// Parses a request body (JSON; empty reads as `{}`) as the input of the named operation.
    pub fn parse(operation_name: &str, body: &[u8]) -> Result<Operation, ParseError> {
        match operation_name {
            "BatchCheckLayerAvailability" => parse_body(body).map(Self::BatchCheckLayerAvailability),
            "BatchDeleteImage" => parse_body(body).map(Self::BatchDeleteImage),
            "BatchGetImage" => parse_body(body).map(Self::BatchGetImage),
            "BatchGetRepositoryScanningConfiguration" => parse_body(body).map(Self::BatchGetRepositoryScanningConfiguration),
            "CompleteLayerUpload" => parse_body(body).map(Self::CompleteLayerUpload),
            "CreatePullThroughCacheRule" => parse_body(body).map(Self::CreatePullThroughCacheRule),
            "CreateRepository" => parse_body(body).map(Self::CreateRepository),
            "CreateRepositoryCreationTemplate" => parse_body(body).map(Self::CreateRepositoryCreationTemplate),
            "DeleteLifecyclePolicy" => parse_body(body).map(Self::DeleteLifecyclePolicy),
            "DeletePullThroughCacheRule" => parse_body(body).map(Self::DeletePullThroughCacheRule),
            "DeleteRegistryPolicy" => parse_body(body).map(Self::DeleteRegistryPolicy),
            "DeleteRepository" => parse_body(body).map(Self::DeleteRepository),
            "DeleteRepositoryCreationTemplate" => parse_body(body).map(Self::DeleteRepositoryCreationTemplate),
            "DeleteRepositoryPolicy" => parse_body(body).map(Self::DeleteRepositoryPolicy),
            "DeleteSigningConfiguration" => parse_body(body).map(Self::DeleteSigningConfiguration),
            "DeregisterPullTimeUpdateExclusion" => parse_body(body).map(Self::DeregisterPullTimeUpdateExclusion),
            "DescribeImageReplicationStatus" => parse_body(body).map(Self::DescribeImageReplicationStatus),
            "DescribeImageScanFindings" => parse_body(body).map(Self::DescribeImageScanFindings),
            "DescribeImageSigningStatus" => parse_body(body).map(Self::DescribeImageSigningStatus),
            "DescribeImages" => parse_body(body).map(Self::DescribeImages),
            "DescribePullThroughCacheRules" => parse_body(body).map(Self::DescribePullThroughCacheRules),
            "DescribeRegistry" => parse_body(body).map(Self::DescribeRegistry),
            "DescribeReplicationBackfillResults" => parse_body(body).map(Self::DescribeReplicationBackfillResults),
            "DescribeRepositories" => parse_body(body).map(Self::DescribeRepositories),
            "DescribeRepositoryCreationTemplates" => parse_body(body).map(Self::DescribeRepositoryCreationTemplates),
            "GetAccountSetting" => parse_body(body).map(Self::GetAccountSetting),
            "GetAuthorizationToken" => parse_body(body).map(Self::GetAuthorizationToken),
            "GetDownloadUrlForLayer" => parse_body(body).map(Self::GetDownloadUrlForLayer),
            "GetLifecyclePolicy" => parse_body(body).map(Self::GetLifecyclePolicy),
            "GetLifecyclePolicyPreview" => parse_body(body).map(Self::GetLifecyclePolicyPreview),
            "GetRegistryPolicy" => parse_body(body).map(Self::GetRegistryPolicy),
            "GetRegistryScanningConfiguration" => parse_body(body).map(Self::GetRegistryScanningConfiguration),
            "GetRepositoryPolicy" => parse_body(body).map(Self::GetRepositoryPolicy),
            "GetSigningConfiguration" => parse_body(body).map(Self::GetSigningConfiguration),
            "InitiateLayerUpload" => parse_body(body).map(Self::InitiateLayerUpload),
            "ListImageReferrers" => parse_body(body).map(Self::ListImageReferrers),
            "ListImages" => parse_body(body).map(Self::ListImages),
            "ListPullTimeUpdateExclusions" => parse_body(body).map(Self::ListPullTimeUpdateExclusions),
            "ListReplicationBackfills" => parse_body(body).map(Self::ListReplicationBackfills),
            "ListTagsForResource" => parse_body(body).map(Self::ListTagsForResource),
            "PutAccountSetting" => parse_body(body).map(Self::PutAccountSetting),
            "PutImage" => parse_body(body).map(Self::PutImage),
            "PutImageScanningConfiguration" => parse_body(body).map(Self::PutImageScanningConfiguration),
            "PutImageTagMutability" => parse_body(body).map(Self::PutImageTagMutability),
            "PutLifecyclePolicy" => parse_body(body).map(Self::PutLifecyclePolicy),
            "PutRegistryPolicy" => parse_body(body).map(Self::PutRegistryPolicy),
            "PutRegistryScanningConfiguration" => parse_body(body).map(Self::PutRegistryScanningConfiguration),
            "PutReplicationConfiguration" => parse_body(body).map(Self::PutReplicationConfiguration),
            "PutSigningConfiguration" => parse_body(body).map(Self::PutSigningConfiguration),
            "RegisterPullTimeUpdateExclusion" => parse_body(body).map(Self::RegisterPullTimeUpdateExclusion),
            "SetRepositoryPolicy" => parse_body(body).map(Self::SetRepositoryPolicy),
            "StartImageScan" => parse_body(body).map(Self::StartImageScan),
            "StartLifecyclePolicyPreview" => parse_body(body).map(Self::StartLifecyclePolicyPreview),
            "StartReplicationBackfill" => parse_body(body).map(Self::StartReplicationBackfill),
            "StopReplicationBackfill" => parse_body(body).map(Self::StopReplicationBackfill),
            "TagResource" => parse_body(body).map(Self::TagResource),
            "UntagResource" => parse_body(body).map(Self::UntagResource),
            "UpdateImageStorageClass" => parse_body(body).map(Self::UpdateImageStorageClass),
            "UpdatePullThroughCacheRule" => parse_body(body).map(Self::UpdatePullThroughCacheRule),
            "UpdateRepositoryCreationTemplate" => parse_body(body).map(Self::UpdateRepositoryCreationTemplate),
            "UploadLayerPart" => parse_body(body).map(Self::UploadLayerPart),
            "ValidatePullThroughCacheRule" => parse_body(body).map(Self::ValidatePullThroughCacheRule),
            _ => Err(ParseError::UnknownOperation { name: operation_name.to_owned() }),
        }
    }

    /// Checks the input against the model's constraints; `Err` lists every problem found.
    pub fn validate(&self) -> Result<(), Vec<ValidationProblem>> {
        match self {
            Self::BatchCheckLayerAvailability(input) => input.validate_request(),
            Self::BatchDeleteImage(input) => input.validate_request(),
            Self::BatchGetImage(input) => input.validate_request(),
            Self::BatchGetRepositoryScanningConfiguration(input) => input.validate_request(),
            Self::CompleteLayerUpload(input) => input.validate_request(),
            Self::CreatePullThroughCacheRule(input) => input.validate_request(),
            Self::CreateRepository(input) => input.validate_request(),
            Self::CreateRepositoryCreationTemplate(input) => input.validate_request(),
            Self::DeleteLifecyclePolicy(input) => input.validate_request(),
            Self::DeletePullThroughCacheRule(input) => input.validate_request(),
            Self::DeleteRegistryPolicy(input) => input.validate_request(),
            Self::DeleteRepository(input) => input.validate_request(),
            Self::DeleteRepositoryCreationTemplate(input) => input.validate_request(),
            Self::DeleteRepositoryPolicy(input) => input.validate_request(),
            Self::DeleteSigningConfiguration(input) => input.validate_request(),
            Self::DeregisterPullTimeUpdateExclusion(input) => input.validate_request(),
            Self::DescribeImageReplicationStatus(input) => input.validate_request(),
            Self::DescribeImageScanFindings(input) => input.validate_request(),
            Self::DescribeImageSigningStatus(input) => input.validate_request(),
            Self::DescribeImages(input) => input.validate_request(),
            Self::DescribePullThroughCacheRules(input) => input.validate_request(),
            Self::DescribeRegistry(input) => input.validate_request(),
            Self::DescribeReplicationBackfillResults(input) => input.validate_request(),
            Self::DescribeRepositories(input) => input.validate_request(),
            Self::DescribeRepositoryCreationTemplates(input) => input.validate_request(),
            Self::GetAccountSetting(input) => input.validate_request(),
            Self::GetAuthorizationToken(input) => input.validate_request(),
            Self::GetDownloadUrlForLayer(input) => input.validate_request(),
            Self::GetLifecyclePolicy(input) => input.validate_request(),
            Self::GetLifecyclePolicyPreview(input) => input.validate_request(),
            Self::GetRegistryPolicy(input) => input.validate_request(),
            Self::GetRegistryScanningConfiguration(input) => input.validate_request(),
            Self::GetRepositoryPolicy(input) => input.validate_request(),
            Self::GetSigningConfiguration(input) => input.validate_request(),
            Self::InitiateLayerUpload(input) => input.validate_request(),
            Self::ListImageReferrers(input) => input.validate_request(),
            Self::ListImages(input) => input.validate_request(),
            Self::ListPullTimeUpdateExclusions(input) => input.validate_request(),
            Self::ListReplicationBackfills(input) => input.validate_request(),
            Self::ListTagsForResource(input) => input.validate_request(),
            Self::PutAccountSetting(input) => input.validate_request(),
            Self::PutImage(input) => input.validate_request(),
            Self::PutImageScanningConfiguration(input) => input.validate_request(),
            Self::PutImageTagMutability(input) => input.validate_request(),
            Self::PutLifecyclePolicy(input) => input.validate_request(),
            Self::PutRegistryPolicy(input) => input.validate_request(),
            Self::PutRegistryScanningConfiguration(input) => input.validate_request(),
            Self::PutReplicationConfiguration(input) => input.validate_request(),
            Self::PutSigningConfiguration(input) => input.validate_request(),
            Self::RegisterPullTimeUpdateExclusion(input) => input.validate_request(),
            Self::SetRepositoryPolicy(input) => input.validate_request(),
            Self::StartImageScan(input) => input.validate_request(),
            Self::StartLifecyclePolicyPreview(input) => input.validate_request(),
            Self::StartReplicationBackfill(input) => input.validate_request(),
            Self::StopReplicationBackfill(input) => input.validate_request(),
            Self::TagResource(input) => input.validate_request(),
            Self::UntagResource(input) => input.validate_request(),
            Self::UpdateImageStorageClass(input) => input.validate_request(),
            Self::UpdatePullThroughCacheRule(input) => input.validate_request(),
            Self::UpdateRepositoryCreationTemplate(input) => input.validate_request(),
            Self::UploadLayerPart(input) => input.validate_request(),
            Self::ValidatePullThroughCacheRule(input) => input.validate_request(),
        }
    }
}

use ferry_api::shape::parse_body;
pub use ferry_api::shape::{BodyErrorKind, ParseError};

const BASE64_PATTERN_TEXT: &str = r"^\S+$";
// Translated for the `regex` crate: `\d`, `\w` and `\s` are ASCII classes, as in Java.
static BASE64_PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex("^[[:^space:]]+$"));
const CREDENTIAL_ARN_PATTERN_TEXT: &str =
    r"^arn:aws(-\w+)*:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\-pullthroughcache\/[a-zA-Z0-9\/_+=.@-]+$";
// Translated for the `regex` crate: `\d`, `\w` and `\s` are ASCII classes, as in Java.
static CREDENTIAL_ARN_PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    ferry_api::shape::anchored_regex(
        r"^arn:aws(-[[:word:]]+)*:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\-pullthroughcache\/[a-zA-Z0-9\/_+=.@-]+$",
    )
});
const IMAGE_TAG_MUTABILITY_EXCLUSION_FILTER_VALUE_PATTERN_TEXT: &str = "^[0-9a-zA-Z._*-]{1,128}$";
static IMAGE_TAG_MUTABILITY_EXCLUSION_FILTER_VALUE_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(IMAGE_TAG_MUTABILITY_EXCLUSION_FILTER_VALUE_PATTERN_TEXT));
const KMS_KEY_FOR_REPOSITORY_CREATION_TEMPLATE_PATTERN_TEXT: &str = r"^$|arn:aws[a-z0-9-]*:kms:[a-z0-9-]+:[0-9]{12}:key\/[a-z0-9-]+";
static KMS_KEY_FOR_REPOSITORY_CREATION_TEMPLATE_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(KMS_KEY_FOR_REPOSITORY_CREATION_TEMPLATE_PATTERN_TEXT));
const LAYER_DIGEST_PATTERN_TEXT: &str = "[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+";
static LAYER_DIGEST_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(LAYER_DIGEST_PATTERN_TEXT));
const PREFIX_PATTERN_TEXT: &str = r"^([a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*\/?|ROOT)$";
static PREFIX_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(PREFIX_PATTERN_TEXT));
const PRINCIPAL_ARN_PATTERN_TEXT: &str = r"^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\w+=,.@-]+(/[\w+=,.@-]+)*$";
// Translated for the `regex` crate: `\d`, `\w` and `\s` are ASCII classes, as in Java.
static PRINCIPAL_ARN_PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    ferry_api::shape::anchored_regex("^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[[:word:]+=,.@-]+(/[[:word:]+=,.@-]+)*$")
});
const REGION_PATTERN_TEXT: &str = "[0-9a-z-]{2,25}";
static REGION_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(REGION_PATTERN_TEXT));
const REGISTRY_ID_PATTERN_TEXT: &str = "[0-9]{12}";
static REGISTRY_ID_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(REGISTRY_ID_PATTERN_TEXT));
const REPLICATION_BACKFILL_ID_PATTERN_TEXT: &str = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
static REPLICATION_BACKFILL_ID_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(REPLICATION_BACKFILL_ID_PATTERN_TEXT));
const REPOSITORY_FILTER_VALUE_PATTERN_TEXT: &str = "^(?:[a-z0-9]+(?:[._-][a-z0-9]*)*/)*[a-z0-9]*(?:[._-][a-z0-9]*)*$";
static REPOSITORY_FILTER_VALUE_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(REPOSITORY_FILTER_VALUE_PATTERN_TEXT));
const REPOSITORY_NAME_PATTERN_TEXT: &str = r"[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*";
static REPOSITORY_NAME_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(REPOSITORY_NAME_PATTERN_TEXT));
const SCANNING_REPOSITORY_FILTER_VALUE_PATTERN_TEXT: &str = r"^[a-z0-9*](?:[._\-/a-z0-9*]?[a-z0-9*]+)*$";
static SCANNING_REPOSITORY_FILTER_VALUE_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(SCANNING_REPOSITORY_FILTER_VALUE_PATTERN_TEXT));
const SIGNING_PROFILE_ARN_PATTERN_TEXT: &str = r"^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\/signing-profiles\/[a-zA-Z0-9_]{2,}$";
static SIGNING_PROFILE_ARN_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(SIGNING_PROFILE_ARN_PATTERN_TEXT));
const SIGNING_REPOSITORY_FILTER_VALUE_PATTERN_TEXT: &str = "^(?:[a-z0-9*]+(?:[._-][a-z0-9*]+)*/)*[a-z0-9*]+(?:[._-][a-z0-9*]+)*$";
static SIGNING_REPOSITORY_FILTER_VALUE_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(SIGNING_REPOSITORY_FILTER_VALUE_PATTERN_TEXT));

pub use blob::Blob;

mod blob {

    /// Binary data, carried in JSON as a base64 string (standard alphabet, padded).
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
    pub struct Blob(pub Vec<u8>);

    impl serde::Serialize for Blob {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(&blob_base64::encode(&self.0))
        }
    }

    impl<'de> serde::Deserialize<'de> for Blob {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let text = <String as serde::Deserialize>::deserialize(deserializer)?;
            blob_base64::decode(&text).map(Blob).ok_or_else(|| <D::Error as serde::de::Error>::custom("the string is not valid base64"))
        }
    }

    mod blob_base64 {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        pub fn encode(bytes: &[u8]) -> String {
            let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
            for chunk in bytes.chunks(3) {
                let group = (u32::from(chunk[0]) << 16)
                    | (u32::from(chunk.get(1).copied().unwrap_or(0)) << 8)
                    | u32::from(chunk.get(2).copied().unwrap_or(0));
                for position in 0..4 {
                    if position <= chunk.len() {
                        let index = (group >> (18 - 6 * position)) & 0x3f;
                        text.push(char::from(ALPHABET[index as usize]));
                    } else {
                        text.push('=');
                    }
                }
            }
            text
        }

        /// Decodes padded standard base64; `None` for anything else.
        pub fn decode(text: &str) -> Option<Vec<u8>> {
            let bytes = text.as_bytes();
            if !bytes.len().is_multiple_of(4) {
                return None;
            }
            let mut decoded = Vec::with_capacity(bytes.len() / 4 * 3);
            for (chunk_index, chunk) in bytes.chunks(4).enumerate() {
                let is_last = chunk_index + 1 == bytes.len() / 4;
                let padding = chunk.iter().rev().take_while(|&&byte| byte == b'=').count();
                if padding > 2 || (padding > 0 && !is_last) {
                    return None;
                }
                let mut group = 0u32;
                for &byte in &chunk[..4 - padding] {
                    let value = ALPHABET.iter().position(|&letter| letter == byte)?;
                    group = (group << 6) | value as u32;
                }
                group <<= 6 * padding as u32;
                let group_bytes = group.to_be_bytes();
                decoded.extend_from_slice(&group_bytes[1..4 - padding]);
            }
            Some(decoded)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ArtifactStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "ARCHIVED")]
    Archived,
    #[serde(rename = "ACTIVATING")]
    Activating,
}

impl ArtifactStatus {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "ARCHIVED", "ACTIVATING"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Archived => "ARCHIVED",
            Self::Activating => "ACTIVATING",
        }
    }
}

impl std::fmt::Display for ArtifactStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ArtifactStatusFilter {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "ARCHIVED")]
    Archived,
    #[serde(rename = "ACTIVATING")]
    Activating,
    #[serde(rename = "ANY")]
    Any,
}

impl ArtifactStatusFilter {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "ARCHIVED", "ACTIVATING", "ANY"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Archived => "ARCHIVED",
            Self::Activating => "ACTIVATING",
            Self::Any => "ANY",
        }
    }
}

impl std::fmt::Display for ArtifactStatusFilter {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Attribute {
    #[serde(rename = "key")]
    pub key: String,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Validate for Attribute {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.key;
            let member_path = path.field("key");
            ferry_api::shape::check_string_length(value, Some(1), Some(128), &member_path, problems);
        }
        if let Some(value) = &self.value {
            let member_path = path.field("value");
            ferry_api::shape::check_string_length(value, Some(1), Some(256), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AuthorizationData {
    #[serde(rename = "authorizationToken", default, skip_serializing_if = "Option::is_none")]
    pub authorization_token: Option<String>,
    #[serde(rename = "expiresAt", default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "proxyEndpoint", default, skip_serializing_if = "Option::is_none")]
    pub proxy_endpoint: Option<String>,
}

impl Validate for AuthorizationData {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.authorization_token {
            let member_path = path.field("authorizationToken");
            ferry_api::shape::check_pattern(value, &BASE64_PATTERN, BASE64_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AwsEcrContainerImageDetails {
    #[serde(rename = "architecture", default, skip_serializing_if = "Option::is_none")]
    pub architecture: Option<String>,
    #[serde(rename = "author", default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(rename = "imageHash", default, skip_serializing_if = "Option::is_none")]
    pub image_hash: Option<String>,
    #[serde(rename = "imageTags", default, skip_serializing_if = "Option::is_none")]
    pub image_tags: Option<Vec<String>>,
    #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    #[serde(rename = "pushedAt", default, skip_serializing_if = "Option::is_none")]
    pub pushed_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "lastInUseAt", default, skip_serializing_if = "Option::is_none")]
    pub last_in_use_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "inUseCount", default, skip_serializing_if = "Option::is_none")]
    pub in_use_count: Option<i64>,
    #[serde(rename = "registry", default, skip_serializing_if = "Option::is_none")]
    pub registry: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
}

impl Validate for AwsEcrContainerImageDetails {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.image_tags {
            let member_path = path.field("imageTags");
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(1), Some(300), &path_0, problems);
            }
        }
        if let Some(value) = &self.in_use_count {
            let member_path = path.field("inUseCount");
            ferry_api::shape::check_number_range(*value as f64, Some(0.0), None, &member_path, problems);
        }
        if let Some(value) = &self.registry {
            let member_path = path.field("registry");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BatchCheckLayerAvailabilityRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "layerDigests")]
    pub layer_digests: Vec<String>,
}

impl Validate for BatchCheckLayerAvailabilityRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.layer_digests;
            let member_path = path.field("layerDigests");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, None, Some(1000), &path_0, problems);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BatchCheckLayerAvailabilityResponse {
    #[serde(rename = "layers", default, skip_serializing_if = "Option::is_none")]
    pub layers: Option<Vec<Layer>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<LayerFailure>>,
}

impl Validate for BatchCheckLayerAvailabilityResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.layers.validate(&path.field("layers"), problems);
        self.failures.validate(&path.field("failures"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BatchDeleteImageRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageIds")]
    pub image_ids: Vec<ImageIdentifier>,
}

impl Validate for BatchDeleteImageRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.image_ids;
            let member_path = path.field("imageIds");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BatchDeleteImageResponse {
    #[serde(rename = "imageIds", default, skip_serializing_if = "Option::is_none")]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<ImageFailure>>,
}

impl Validate for BatchDeleteImageResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.image_ids {
            let member_path = path.field("imageIds");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            value.validate(&member_path, problems);
        }
        self.failures.validate(&path.field("failures"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BatchGetImageRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageIds")]
    pub image_ids: Vec<ImageIdentifier>,
    #[serde(rename = "acceptedMediaTypes", default, skip_serializing_if = "Option::is_none")]
    pub accepted_media_types: Option<Vec<String>>,
}

impl Validate for BatchGetImageRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.image_ids;
            let member_path = path.field("imageIds");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            value.validate(&member_path, problems);
        }
        if let Some(value) = &self.accepted_media_types {
            let member_path = path.field("acceptedMediaTypes");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BatchGetImageResponse {
    #[serde(rename = "images", default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<Image>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<ImageFailure>>,
}

impl Validate for BatchGetImageResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.images.validate(&path.field("images"), problems);
        self.failures.validate(&path.field("failures"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BatchGetRepositoryScanningConfigurationRequest {
    #[serde(rename = "repositoryNames")]
    pub repository_names: Vec<String>,
}

impl Validate for BatchGetRepositoryScanningConfigurationRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.repository_names;
            let member_path = path.field("repositoryNames");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(25), &member_path, problems);
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(2), Some(256), &path_0, problems);
                ferry_api::shape::check_pattern(item_0, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &path_0, problems);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BatchGetRepositoryScanningConfigurationResponse {
    #[serde(rename = "scanningConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub scanning_configurations: Option<Vec<RepositoryScanningConfiguration>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<RepositoryScanningConfigurationFailure>>,
}

impl Validate for BatchGetRepositoryScanningConfigurationResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.scanning_configurations.validate(&path.field("scanningConfigurations"), problems);
        self.failures.validate(&path.field("failures"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CompleteLayerUploadRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "uploadId")]
    pub upload_id: String,
    #[serde(rename = "layerDigests")]
    pub layer_digests: Vec<String>,
}

impl Validate for CompleteLayerUploadRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.upload_id;
            let member_path = path.field("uploadId");
            ferry_api::shape::check_pattern(
                value,
                &REPLICATION_BACKFILL_ID_PATTERN,
                REPLICATION_BACKFILL_ID_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
        {
            let value = &self.layer_digests;
            let member_path = path.field("layerDigests");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_pattern(item_0, &LAYER_DIGEST_PATTERN, LAYER_DIGEST_PATTERN_TEXT, &path_0, problems);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CompleteLayerUploadResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "uploadId", default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    #[serde(rename = "layerDigest", default, skip_serializing_if = "Option::is_none")]
    pub layer_digest: Option<String>,
}

impl Validate for CompleteLayerUploadResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.upload_id {
            let member_path = path.field("uploadId");
            ferry_api::shape::check_pattern(
                value,
                &REPLICATION_BACKFILL_ID_PATTERN,
                REPLICATION_BACKFILL_ID_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
        if let Some(value) = &self.layer_digest {
            let member_path = path.field("layerDigest");
            ferry_api::shape::check_pattern(value, &LAYER_DIGEST_PATTERN, LAYER_DIGEST_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreatePullThroughCacheRuleRequest {
    #[serde(rename = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: String,
    #[serde(rename = "upstreamRegistryUrl")]
    pub upstream_registry_url: String,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "upstreamRegistry", default, skip_serializing_if = "Option::is_none")]
    pub upstream_registry: Option<UpstreamRegistry>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "Option::is_none")]
    pub credential_arn: Option<String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub custom_role_arn: Option<String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "Option::is_none")]
    pub upstream_repository_prefix: Option<String>,
}

impl Validate for CreatePullThroughCacheRuleRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.ecr_repository_prefix;
            let member_path = path.field("ecrRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.credential_arn {
            let member_path = path.field("credentialArn");
            ferry_api::shape::check_string_length(value, Some(50), Some(612), &member_path, problems);
            ferry_api::shape::check_pattern(value, &CREDENTIAL_ARN_PATTERN, CREDENTIAL_ARN_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.custom_role_arn {
            let member_path = path.field("customRoleArn");
            ferry_api::shape::check_string_length(value, None, Some(2048), &member_path, problems);
        }
        if let Some(value) = &self.upstream_repository_prefix {
            let member_path = path.field("upstreamRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreatePullThroughCacheRuleResponse {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "Option::is_none")]
    pub ecr_repository_prefix: Option<String>,
    #[serde(rename = "upstreamRegistryUrl", default, skip_serializing_if = "Option::is_none")]
    pub upstream_registry_url: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "upstreamRegistry", default, skip_serializing_if = "Option::is_none")]
    pub upstream_registry: Option<UpstreamRegistry>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "Option::is_none")]
    pub credential_arn: Option<String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub custom_role_arn: Option<String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "Option::is_none")]
    pub upstream_repository_prefix: Option<String>,
}

impl Validate for CreatePullThroughCacheRuleResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.ecr_repository_prefix {
            let member_path = path.field("ecrRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.credential_arn {
            let member_path = path.field("credentialArn");
            ferry_api::shape::check_string_length(value, Some(50), Some(612), &member_path, problems);
            ferry_api::shape::check_pattern(value, &CREDENTIAL_ARN_PATTERN, CREDENTIAL_ARN_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.custom_role_arn {
            let member_path = path.field("customRoleArn");
            ferry_api::shape::check_string_length(value, None, Some(2048), &member_path, problems);
        }
        if let Some(value) = &self.upstream_repository_prefix {
            let member_path = path.field("upstreamRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateRepositoryCreationTemplateRequest {
    #[serde(rename = "prefix")]
    pub prefix: String,
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "encryptionConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub encryption_configuration: Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    #[serde(rename = "resourceTags", default, skip_serializing_if = "Option::is_none")]
    pub resource_tags: Option<Vec<Tag>>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    #[serde(rename = "repositoryPolicy", default, skip_serializing_if = "Option::is_none")]
    pub repository_policy: Option<String>,
    #[serde(rename = "lifecyclePolicy", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_policy: Option<String>,
    #[serde(rename = "appliedFor")]
    pub applied_for: Vec<RCTAppliedFor>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub custom_role_arn: Option<String>,
}

impl Validate for CreateRepositoryCreationTemplateRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.prefix;
            let member_path = path.field("prefix");
            ferry_api::shape::check_string_length(value, Some(1), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.description {
            let member_path = path.field("description");
            ferry_api::shape::check_string_length(value, None, Some(256), &member_path, problems);
        }
        self.encryption_configuration.validate(&path.field("encryptionConfiguration"), problems);
        if let Some(value) = &self.image_tag_mutability_exclusion_filters {
            let member_path = path.field("imageTagMutabilityExclusionFilters");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(5), &member_path, problems);
            value.validate(&member_path, problems);
        }
        if let Some(value) = &self.repository_policy {
            let member_path = path.field("repositoryPolicy");
            ferry_api::shape::check_string_length(value, None, Some(10240), &member_path, problems);
        }
        if let Some(value) = &self.lifecycle_policy {
            let member_path = path.field("lifecyclePolicy");
            ferry_api::shape::check_string_length(value, None, Some(30720), &member_path, problems);
        }
        if let Some(value) = &self.custom_role_arn {
            let member_path = path.field("customRoleArn");
            ferry_api::shape::check_string_length(value, None, Some(2048), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateRepositoryCreationTemplateResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryCreationTemplate", default, skip_serializing_if = "Option::is_none")]
    pub repository_creation_template: Option<RepositoryCreationTemplate>,
}

impl Validate for CreateRepositoryCreationTemplateResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.repository_creation_template.validate(&path.field("repositoryCreationTemplate"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateRepositoryRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    #[serde(rename = "imageScanningConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub image_scanning_configuration: Option<ImageScanningConfiguration>,
    #[serde(rename = "encryptionConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub encryption_configuration: Option<EncryptionConfiguration>,
}

impl Validate for CreateRepositoryRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.image_tag_mutability_exclusion_filters {
            let member_path = path.field("imageTagMutabilityExclusionFilters");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(5), &member_path, problems);
            value.validate(&member_path, problems);
        }
        self.encryption_configuration.validate(&path.field("encryptionConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateRepositoryResponse {
    #[serde(rename = "repository", default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<Repository>,
}

impl Validate for CreateRepositoryResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.repository.validate(&path.field("repository"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CvssScore {
    #[serde(rename = "baseScore", default, skip_serializing_if = "Option::is_none")]
    pub base_score: Option<f64>,
    #[serde(rename = "scoringVector", default, skip_serializing_if = "Option::is_none")]
    pub scoring_vector: Option<String>,
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl Validate for CvssScore {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CvssScoreAdjustment {
    #[serde(rename = "metric", default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<String>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Validate for CvssScoreAdjustment {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CvssScoreDetails {
    #[serde(rename = "adjustments", default, skip_serializing_if = "Option::is_none")]
    pub adjustments: Option<Vec<CvssScoreAdjustment>>,
    #[serde(rename = "score", default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    #[serde(rename = "scoreSource", default, skip_serializing_if = "Option::is_none")]
    pub score_source: Option<String>,
    #[serde(rename = "scoringVector", default, skip_serializing_if = "Option::is_none")]
    pub scoring_vector: Option<String>,
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl Validate for CvssScoreDetails {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteLifecyclePolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
}

impl Validate for DeleteLifecyclePolicyRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteLifecyclePolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_policy_text: Option<String>,
    #[serde(rename = "lastEvaluatedAt", default, skip_serializing_if = "Option::is_none")]
    pub last_evaluated_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for DeleteLifecyclePolicyResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.lifecycle_policy_text {
            let member_path = path.field("lifecyclePolicyText");
            ferry_api::shape::check_string_length(value, Some(100), Some(30720), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeletePullThroughCacheRuleRequest {
    #[serde(rename = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: String,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
}

impl Validate for DeletePullThroughCacheRuleRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.ecr_repository_prefix;
            let member_path = path.field("ecrRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeletePullThroughCacheRuleResponse {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "Option::is_none")]
    pub ecr_repository_prefix: Option<String>,
    #[serde(rename = "upstreamRegistryUrl", default, skip_serializing_if = "Option::is_none")]
    pub upstream_registry_url: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "Option::is_none")]
    pub credential_arn: Option<String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub custom_role_arn: Option<String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "Option::is_none")]
    pub upstream_repository_prefix: Option<String>,
}

impl Validate for DeletePullThroughCacheRuleResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.ecr_repository_prefix {
            let member_path = path.field("ecrRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.credential_arn {
            let member_path = path.field("credentialArn");
            ferry_api::shape::check_string_length(value, Some(50), Some(612), &member_path, problems);
            ferry_api::shape::check_pattern(value, &CREDENTIAL_ARN_PATTERN, CREDENTIAL_ARN_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.custom_role_arn {
            let member_path = path.field("customRoleArn");
            ferry_api::shape::check_string_length(value, None, Some(2048), &member_path, problems);
        }
        if let Some(value) = &self.upstream_repository_prefix {
            let member_path = path.field("upstreamRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteRegistryPolicyRequest {}

impl Validate for DeleteRegistryPolicyRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteRegistryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "Option::is_none")]
    pub policy_text: Option<String>,
}

impl Validate for DeleteRegistryPolicyResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.policy_text {
            let member_path = path.field("policyText");
            ferry_api::shape::check_string_length(value, None, Some(10240), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteReplication {
    #[serde(rename = "enabled")]
    pub enabled: bool,
}

impl Validate for DeleteReplication {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteRepositoryCreationTemplateRequest {
    #[serde(rename = "prefix")]
    pub prefix: String,
}

impl Validate for DeleteRepositoryCreationTemplateRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.prefix;
            let member_path = path.field("prefix");
            ferry_api::shape::check_string_length(value, Some(1), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteRepositoryCreationTemplateResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryCreationTemplate", default, skip_serializing_if = "Option::is_none")]
    pub repository_creation_template: Option<RepositoryCreationTemplate>,
}

impl Validate for DeleteRepositoryCreationTemplateResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.repository_creation_template.validate(&path.field("repositoryCreationTemplate"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteRepositoryPolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
}

impl Validate for DeleteRepositoryPolicyRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteRepositoryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "Option::is_none")]
    pub policy_text: Option<String>,
}

impl Validate for DeleteRepositoryPolicyResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.policy_text {
            let member_path = path.field("policyText");
            ferry_api::shape::check_string_length(value, None, Some(10240), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteRepositoryRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

impl Validate for DeleteRepositoryRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteRepositoryResponse {
    #[serde(rename = "repository", default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<Repository>,
}

impl Validate for DeleteRepositoryResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.repository.validate(&path.field("repository"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteSigningConfigurationRequest {}

impl Validate for DeleteSigningConfigurationRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteSigningConfigurationResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "signingConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub signing_configuration: Option<SigningConfiguration>,
}

impl Validate for DeleteSigningConfigurationResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.signing_configuration.validate(&path.field("signingConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeregisterPullTimeUpdateExclusionRequest {
    #[serde(rename = "principalArn")]
    pub principal_arn: String,
}

impl Validate for DeregisterPullTimeUpdateExclusionRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.principal_arn;
            let member_path = path.field("principalArn");
            ferry_api::shape::check_string_length(value, None, Some(200), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PRINCIPAL_ARN_PATTERN, PRINCIPAL_ARN_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeregisterPullTimeUpdateExclusionResponse {
    #[serde(rename = "principalArn", default, skip_serializing_if = "Option::is_none")]
    pub principal_arn: Option<String>,
}

impl Validate for DeregisterPullTimeUpdateExclusionResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.principal_arn {
            let member_path = path.field("principalArn");
            ferry_api::shape::check_string_length(value, None, Some(200), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PRINCIPAL_ARN_PATTERN, PRINCIPAL_ARN_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeImageReplicationStatusRequest {
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageId")]
    pub image_id: ImageIdentifier,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
}

impl Validate for DescribeImageReplicationStatusRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeImageReplicationStatusResponse {
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<ImageIdentifier>,
    #[serde(rename = "replicationStatuses", default, skip_serializing_if = "Option::is_none")]
    pub replication_statuses: Option<Vec<ImageReplicationStatus>>,
}

impl Validate for DescribeImageReplicationStatusResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
        self.replication_statuses.validate(&path.field("replicationStatuses"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeImageScanFindingsRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageId")]
    pub image_id: ImageIdentifier,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for DescribeImageScanFindingsRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
        if let Some(value) = &self.max_results {
            let member_path = path.field("maxResults");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(1000.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeImageScanFindingsResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<ImageIdentifier>,
    #[serde(rename = "imageScanStatus", default, skip_serializing_if = "Option::is_none")]
    pub image_scan_status: Option<ImageScanStatus>,
    #[serde(rename = "imageScanFindings", default, skip_serializing_if = "Option::is_none")]
    pub image_scan_findings: Option<ImageScanFindings>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for DescribeImageScanFindingsResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
        self.image_scan_findings.validate(&path.field("imageScanFindings"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeImageSigningStatusRequest {
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageId")]
    pub image_id: ImageIdentifier,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
}

impl Validate for DescribeImageSigningStatusRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeImageSigningStatusResponse {
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<ImageIdentifier>,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "signingStatuses", default, skip_serializing_if = "Option::is_none")]
    pub signing_statuses: Option<Vec<ImageSigningStatus>>,
}

impl Validate for DescribeImageSigningStatusResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.signing_statuses.validate(&path.field("signingStatuses"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeImagesFilter {
    #[serde(rename = "tagStatus", default, skip_serializing_if = "Option::is_none")]
    pub tag_status: Option<TagStatus>,
    #[serde(rename = "imageStatus", default, skip_serializing_if = "Option::is_none")]
    pub image_status: Option<ImageStatusFilter>,
}

impl Validate for DescribeImagesFilter {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeImagesRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageIds", default, skip_serializing_if = "Option::is_none")]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "filter", default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<DescribeImagesFilter>,
}

impl Validate for DescribeImagesRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.image_ids {
            let member_path = path.field("imageIds");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            value.validate(&member_path, problems);
        }
        if let Some(value) = &self.max_results {
            let member_path = path.field("maxResults");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(1000.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeImagesResponse {
    #[serde(rename = "imageDetails", default, skip_serializing_if = "Option::is_none")]
    pub image_details: Option<Vec<ImageDetail>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for DescribeImagesResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.image_details.validate(&path.field("imageDetails"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribePullThroughCacheRulesRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "ecrRepositoryPrefixes", default, skip_serializing_if = "Option::is_none")]
    pub ecr_repository_prefixes: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for DescribePullThroughCacheRulesRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.ecr_repository_prefixes {
            let member_path = path.field("ecrRepositoryPrefixes");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(2), Some(30), &path_0, problems);
                ferry_api::shape::check_pattern(item_0, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &path_0, problems);
            }
        }
        if let Some(value) = &self.max_results {
            let member_path = path.field("maxResults");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(1000.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribePullThroughCacheRulesResponse {
    #[serde(rename = "pullThroughCacheRules", default, skip_serializing_if = "Option::is_none")]
    pub pull_through_cache_rules: Option<Vec<PullThroughCacheRule>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for DescribePullThroughCacheRulesResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.pull_through_cache_rules.validate(&path.field("pullThroughCacheRules"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeRegistryRequest {}

impl Validate for DescribeRegistryRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeRegistryResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "replicationConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub replication_configuration: Option<ReplicationConfiguration>,
}

impl Validate for DescribeRegistryResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.replication_configuration.validate(&path.field("replicationConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeReplicationBackfillResultsRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "replicationBackfillId")]
    pub replication_backfill_id: String,
    #[serde(rename = "resultStatusFilter", default, skip_serializing_if = "Option::is_none")]
    pub result_status_filter: Option<ReplicationBackfillResultStatus>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for DescribeReplicationBackfillResultsRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.replication_backfill_id;
            let member_path = path.field("replicationBackfillId");
            ferry_api::shape::check_pattern(
                value,
                &REPLICATION_BACKFILL_ID_PATTERN,
                REPLICATION_BACKFILL_ID_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
        if let Some(value) = &self.max_results {
            let member_path = path.field("maxResults");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(1000.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeReplicationBackfillResultsResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "replicationBackfillId", default, skip_serializing_if = "Option::is_none")]
    pub replication_backfill_id: Option<String>,
    #[serde(rename = "destination", default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<ReplicationDestination>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ReplicationBackfillStatus>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    #[serde(rename = "progress", default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<ReplicationBackfillProgress>,
    #[serde(rename = "results", default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<ReplicationBackfillResult>>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "endedAt", default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for DescribeReplicationBackfillResultsResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.replication_backfill_id {
            let member_path = path.field("replicationBackfillId");
            ferry_api::shape::check_pattern(
                value,
                &REPLICATION_BACKFILL_ID_PATTERN,
                REPLICATION_BACKFILL_ID_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
        self.destination.validate(&path.field("destination"), problems);
        self.progress.validate(&path.field("progress"), problems);
        self.results.validate(&path.field("results"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeRepositoriesRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryNames", default, skip_serializing_if = "Option::is_none")]
    pub repository_names: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for DescribeRepositoriesRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_names {
            let member_path = path.field("repositoryNames");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(2), Some(256), &path_0, problems);
                ferry_api::shape::check_pattern(item_0, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &path_0, problems);
            }
        }
        if let Some(value) = &self.max_results {
            let member_path = path.field("maxResults");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(1000.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeRepositoriesResponse {
    #[serde(rename = "repositories", default, skip_serializing_if = "Option::is_none")]
    pub repositories: Option<Vec<Repository>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for DescribeRepositoriesResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.repositories.validate(&path.field("repositories"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeRepositoryCreationTemplatesRequest {
    #[serde(rename = "prefixes", default, skip_serializing_if = "Option::is_none")]
    pub prefixes: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for DescribeRepositoryCreationTemplatesRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.prefixes {
            let member_path = path.field("prefixes");
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(1), Some(256), &path_0, problems);
                ferry_api::shape::check_pattern(item_0, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &path_0, problems);
            }
        }
        if let Some(value) = &self.max_results {
            let member_path = path.field("maxResults");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(1000.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeRepositoryCreationTemplatesResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryCreationTemplates", default, skip_serializing_if = "Option::is_none")]
    pub repository_creation_templates: Option<Vec<RepositoryCreationTemplate>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for DescribeRepositoryCreationTemplatesResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.repository_creation_templates.validate(&path.field("repositoryCreationTemplates"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EncryptionConfiguration {
    #[serde(rename = "encryptionType")]
    pub encryption_type: EncryptionType,
    #[serde(rename = "kmsKey", default, skip_serializing_if = "Option::is_none")]
    pub kms_key: Option<String>,
}

impl Validate for EncryptionConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.kms_key {
            let member_path = path.field("kmsKey");
            ferry_api::shape::check_string_length(value, Some(1), Some(2048), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EncryptionConfigurationForRepositoryCreationTemplate {
    #[serde(rename = "encryptionType")]
    pub encryption_type: EncryptionType,
    #[serde(rename = "kmsKey", default, skip_serializing_if = "Option::is_none")]
    pub kms_key: Option<String>,
}

impl Validate for EncryptionConfigurationForRepositoryCreationTemplate {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.kms_key {
            let member_path = path.field("kmsKey");
            ferry_api::shape::check_string_length(value, None, Some(2048), &member_path, problems);
            ferry_api::shape::check_pattern(
                value,
                &KMS_KEY_FOR_REPOSITORY_CREATION_TEMPLATE_PATTERN,
                KMS_KEY_FOR_REPOSITORY_CREATION_TEMPLATE_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EncryptionType {
    #[serde(rename = "AES256")]
    Aes256,
    #[serde(rename = "KMS")]
    Kms,
    #[serde(rename = "KMS_DSSE")]
    KmsDsse,
}

impl EncryptionType {
    pub const VALUES: &'static [&'static str] = &["AES256", "KMS", "KMS_DSSE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Aes256 => "AES256",
            Self::Kms => "KMS",
            Self::KmsDsse => "KMS_DSSE",
        }
    }
}

impl std::fmt::Display for EncryptionType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EnhancedImageScanFinding {
    #[serde(rename = "awsAccountId", default, skip_serializing_if = "Option::is_none")]
    pub aws_account_id: Option<String>,
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "findingArn", default, skip_serializing_if = "Option::is_none")]
    pub finding_arn: Option<String>,
    #[serde(rename = "firstObservedAt", default, skip_serializing_if = "Option::is_none")]
    pub first_observed_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "lastObservedAt", default, skip_serializing_if = "Option::is_none")]
    pub last_observed_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "packageVulnerabilityDetails", default, skip_serializing_if = "Option::is_none")]
    pub package_vulnerability_details: Option<PackageVulnerabilityDetails>,
    #[serde(rename = "remediation", default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<Remediation>,
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<Resource>>,
    #[serde(rename = "score", default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    #[serde(rename = "scoreDetails", default, skip_serializing_if = "Option::is_none")]
    pub score_details: Option<ScoreDetails>,
    #[serde(rename = "severity", default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "fixAvailable", default, skip_serializing_if = "Option::is_none")]
    pub fix_available: Option<String>,
    #[serde(rename = "exploitAvailable", default, skip_serializing_if = "Option::is_none")]
    pub exploit_available: Option<String>,
}

impl Validate for EnhancedImageScanFinding {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.aws_account_id {
            let member_path = path.field("awsAccountId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.resources.validate(&path.field("resources"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FindingSeverity {
    #[serde(rename = "INFORMATIONAL")]
    Informational,
    #[serde(rename = "LOW")]
    Low,
    #[serde(rename = "MEDIUM")]
    Medium,
    #[serde(rename = "HIGH")]
    High,
    #[serde(rename = "CRITICAL")]
    Critical,
    #[serde(rename = "UNDEFINED")]
    Undefined,
}

impl FindingSeverity {
    pub const VALUES: &'static [&'static str] = &["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL", "UNDEFINED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Informational => "INFORMATIONAL",
            Self::Low => "LOW",
            Self::Medium => "MEDIUM",
            Self::High => "HIGH",
            Self::Critical => "CRITICAL",
            Self::Undefined => "UNDEFINED",
        }
    }
}

impl std::fmt::Display for FindingSeverity {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetAccountSettingRequest {
    #[serde(rename = "name")]
    pub name: String,
}

impl Validate for GetAccountSettingRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.name;
            let member_path = path.field("name");
            ferry_api::shape::check_string_length(value, Some(1), Some(64), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetAccountSettingResponse {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Validate for GetAccountSettingResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.name {
            let member_path = path.field("name");
            ferry_api::shape::check_string_length(value, Some(1), Some(64), &member_path, problems);
        }
        if let Some(value) = &self.value {
            let member_path = path.field("value");
            ferry_api::shape::check_string_length(value, Some(1), Some(64), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetAuthorizationTokenRequest {
    #[serde(rename = "registryIds", default, skip_serializing_if = "Option::is_none")]
    pub registry_ids: Option<Vec<String>>,
}

impl Validate for GetAuthorizationTokenRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_ids {
            let member_path = path.field("registryIds");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(10), &member_path, problems);
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_pattern(item_0, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &path_0, problems);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetAuthorizationTokenResponse {
    #[serde(rename = "authorizationData", default, skip_serializing_if = "Option::is_none")]
    pub authorization_data: Option<Vec<AuthorizationData>>,
}

impl Validate for GetAuthorizationTokenResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.authorization_data.validate(&path.field("authorizationData"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetDownloadUrlForLayerRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "layerDigest")]
    pub layer_digest: String,
}

impl Validate for GetDownloadUrlForLayerRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.layer_digest;
            let member_path = path.field("layerDigest");
            ferry_api::shape::check_pattern(value, &LAYER_DIGEST_PATTERN, LAYER_DIGEST_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetDownloadUrlForLayerResponse {
    #[serde(rename = "downloadUrl", default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
    #[serde(rename = "layerDigest", default, skip_serializing_if = "Option::is_none")]
    pub layer_digest: Option<String>,
}

impl Validate for GetDownloadUrlForLayerResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.layer_digest {
            let member_path = path.field("layerDigest");
            ferry_api::shape::check_pattern(value, &LAYER_DIGEST_PATTERN, LAYER_DIGEST_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetLifecyclePolicyPreviewRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageIds", default, skip_serializing_if = "Option::is_none")]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "filter", default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<LifecyclePolicyPreviewFilter>,
}

impl Validate for GetLifecyclePolicyPreviewRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.image_ids {
            let member_path = path.field("imageIds");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            value.validate(&member_path, problems);
        }
        if let Some(value) = &self.max_results {
            let member_path = path.field("maxResults");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(100.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetLifecyclePolicyPreviewResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_policy_text: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<LifecyclePolicyPreviewStatus>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "previewResults", default, skip_serializing_if = "Option::is_none")]
    pub preview_results: Option<Vec<LifecyclePolicyPreviewResult>>,
    #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<LifecyclePolicyPreviewSummary>,
}

impl Validate for GetLifecyclePolicyPreviewResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.lifecycle_policy_text {
            let member_path = path.field("lifecyclePolicyText");
            ferry_api::shape::check_string_length(value, Some(100), Some(30720), &member_path, problems);
        }
        self.preview_results.validate(&path.field("previewResults"), problems);
        self.summary.validate(&path.field("summary"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetLifecyclePolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
}

impl Validate for GetLifecyclePolicyRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetLifecyclePolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_policy_text: Option<String>,
    #[serde(rename = "lastEvaluatedAt", default, skip_serializing_if = "Option::is_none")]
    pub last_evaluated_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for GetLifecyclePolicyResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.lifecycle_policy_text {
            let member_path = path.field("lifecyclePolicyText");
            ferry_api::shape::check_string_length(value, Some(100), Some(30720), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetRegistryPolicyRequest {}

impl Validate for GetRegistryPolicyRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetRegistryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "Option::is_none")]
    pub policy_text: Option<String>,
}

impl Validate for GetRegistryPolicyResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.policy_text {
            let member_path = path.field("policyText");
            ferry_api::shape::check_string_length(value, None, Some(10240), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetRegistryScanningConfigurationRequest {}

impl Validate for GetRegistryScanningConfigurationRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetRegistryScanningConfigurationResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "scanningConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub scanning_configuration: Option<RegistryScanningConfiguration>,
}

impl Validate for GetRegistryScanningConfigurationResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.scanning_configuration.validate(&path.field("scanningConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetRepositoryPolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
}

impl Validate for GetRepositoryPolicyRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetRepositoryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "Option::is_none")]
    pub policy_text: Option<String>,
}

impl Validate for GetRepositoryPolicyResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.policy_text {
            let member_path = path.field("policyText");
            ferry_api::shape::check_string_length(value, None, Some(10240), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetSigningConfigurationRequest {}

impl Validate for GetSigningConfigurationRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetSigningConfigurationResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "signingConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub signing_configuration: Option<SigningConfiguration>,
}

impl Validate for GetSigningConfigurationResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.signing_configuration.validate(&path.field("signingConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Image {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<ImageIdentifier>,
    #[serde(rename = "imageManifest", default, skip_serializing_if = "Option::is_none")]
    pub image_manifest: Option<String>,
    #[serde(rename = "imageManifestMediaType", default, skip_serializing_if = "Option::is_none")]
    pub image_manifest_media_type: Option<String>,
}

impl Validate for Image {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
        if let Some(value) = &self.image_manifest {
            let member_path = path.field("imageManifest");
            ferry_api::shape::check_string_length(value, Some(1), Some(4194304), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ImageActionType {
    #[serde(rename = "EXPIRE")]
    Expire,
    #[serde(rename = "TRANSITION")]
    Transition,
}

impl ImageActionType {
    pub const VALUES: &'static [&'static str] = &["EXPIRE", "TRANSITION"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Expire => "EXPIRE",
            Self::Transition => "TRANSITION",
        }
    }
}

impl std::fmt::Display for ImageActionType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImageDetail {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(rename = "imageTags", default, skip_serializing_if = "Option::is_none")]
    pub image_tags: Option<Vec<String>>,
    #[serde(rename = "imageSizeInBytes", default, skip_serializing_if = "Option::is_none")]
    pub image_size_in_bytes: Option<i64>,
    #[serde(rename = "imagePushedAt", default, skip_serializing_if = "Option::is_none")]
    pub image_pushed_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "imageScanStatus", default, skip_serializing_if = "Option::is_none")]
    pub image_scan_status: Option<ImageScanStatus>,
    #[serde(rename = "imageScanFindingsSummary", default, skip_serializing_if = "Option::is_none")]
    pub image_scan_findings_summary: Option<ImageScanFindingsSummary>,
    #[serde(rename = "imageManifestMediaType", default, skip_serializing_if = "Option::is_none")]
    pub image_manifest_media_type: Option<String>,
    #[serde(rename = "artifactMediaType", default, skip_serializing_if = "Option::is_none")]
    pub artifact_media_type: Option<String>,
    #[serde(rename = "lastRecordedPullTime", default, skip_serializing_if = "Option::is_none")]
    pub last_recorded_pull_time: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "subjectManifestDigest", default, skip_serializing_if = "Option::is_none")]
    pub subject_manifest_digest: Option<String>,
    #[serde(rename = "imageStatus", default, skip_serializing_if = "Option::is_none")]
    pub image_status: Option<ImageStatus>,
    #[serde(rename = "lastArchivedAt", default, skip_serializing_if = "Option::is_none")]
    pub last_archived_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "lastActivatedAt", default, skip_serializing_if = "Option::is_none")]
    pub last_activated_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for ImageDetail {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.image_tags {
            let member_path = path.field("imageTags");
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(1), Some(300), &path_0, problems);
            }
        }
        self.image_scan_findings_summary.validate(&path.field("imageScanFindingsSummary"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImageFailure {
    #[serde(rename = "imageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<ImageIdentifier>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<ImageFailureCode>,
    #[serde(rename = "failureReason", default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
}

impl Validate for ImageFailure {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.image_id.validate(&path.field("imageId"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ImageFailureCode {
    #[serde(rename = "InvalidImageDigest")]
    InvalidImageDigest,
    #[serde(rename = "InvalidImageTag")]
    InvalidImageTag,
    #[serde(rename = "ImageTagDoesNotMatchDigest")]
    ImageTagDoesNotMatchDigest,
    #[serde(rename = "ImageNotFound")]
    ImageNotFound,
    #[serde(rename = "MissingDigestAndTag")]
    MissingDigestAndTag,
    #[serde(rename = "ImageReferencedByManifestList")]
    ImageReferencedByManifestList,
    #[serde(rename = "KmsError")]
    KmsError,
    #[serde(rename = "UpstreamAccessDenied")]
    UpstreamAccessDenied,
    #[serde(rename = "UpstreamTooManyRequests")]
    UpstreamTooManyRequests,
    #[serde(rename = "UpstreamUnavailable")]
    UpstreamUnavailable,
    #[serde(rename = "ImageInaccessible")]
    ImageInaccessible,
}

impl ImageFailureCode {
    pub const VALUES: &'static [&'static str] = &[
        "InvalidImageDigest",
        "InvalidImageTag",
        "ImageTagDoesNotMatchDigest",
        "ImageNotFound",
        "MissingDigestAndTag",
        "ImageReferencedByManifestList",
        "KmsError",
        "UpstreamAccessDenied",
        "UpstreamTooManyRequests",
        "UpstreamUnavailable",
        "ImageInaccessible",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidImageDigest => "InvalidImageDigest",
            Self::InvalidImageTag => "InvalidImageTag",
            Self::ImageTagDoesNotMatchDigest => "ImageTagDoesNotMatchDigest",
            Self::ImageNotFound => "ImageNotFound",
            Self::MissingDigestAndTag => "MissingDigestAndTag",
            Self::ImageReferencedByManifestList => "ImageReferencedByManifestList",
            Self::KmsError => "KmsError",
            Self::UpstreamAccessDenied => "UpstreamAccessDenied",
            Self::UpstreamTooManyRequests => "UpstreamTooManyRequests",
            Self::UpstreamUnavailable => "UpstreamUnavailable",
            Self::ImageInaccessible => "ImageInaccessible",
        }
    }
}

impl std::fmt::Display for ImageFailureCode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImageIdentifier {
    #[serde(rename = "imageDigest", default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(rename = "imageTag", default, skip_serializing_if = "Option::is_none")]
    pub image_tag: Option<String>,
}

impl Validate for ImageIdentifier {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.image_tag {
            let member_path = path.field("imageTag");
            ferry_api::shape::check_string_length(value, Some(1), Some(300), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImageReferrer {
    #[serde(rename = "digest")]
    pub digest: String,
    #[serde(rename = "mediaType")]
    pub media_type: String,
    #[serde(rename = "artifactType", default, skip_serializing_if = "Option::is_none")]
    pub artifact_type: Option<String>,
    #[serde(rename = "size")]
    pub size: i64,
    #[serde(rename = "annotations", default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "artifactStatus", default, skip_serializing_if = "Option::is_none")]
    pub artifact_status: Option<ArtifactStatus>,
}

impl Validate for ImageReferrer {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.artifact_type {
            let member_path = path.field("artifactType");
            ferry_api::shape::check_string_length(value, Some(1), Some(255), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImageReplicationStatus {
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ReplicationStatus>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
}

impl Validate for ImageReplicationStatus {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.region {
            let member_path = path.field("region");
            ferry_api::shape::check_string_length(value, Some(2), Some(25), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REGION_PATTERN, REGION_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImageScanFinding {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "uri", default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    #[serde(rename = "severity", default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<FindingSeverity>,
    #[serde(rename = "attributes", default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
}

impl Validate for ImageScanFinding {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.attributes {
            let member_path = path.field("attributes");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImageScanFindings {
    #[serde(rename = "imageScanCompletedAt", default, skip_serializing_if = "Option::is_none")]
    pub image_scan_completed_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "vulnerabilitySourceUpdatedAt", default, skip_serializing_if = "Option::is_none")]
    pub vulnerability_source_updated_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "findingSeverityCounts", default, skip_serializing_if = "Option::is_none")]
    pub finding_severity_counts: Option<std::collections::BTreeMap<String, i32>>,
    #[serde(rename = "findings", default, skip_serializing_if = "Option::is_none")]
    pub findings: Option<Vec<ImageScanFinding>>,
    #[serde(rename = "enhancedFindings", default, skip_serializing_if = "Option::is_none")]
    pub enhanced_findings: Option<Vec<EnhancedImageScanFinding>>,
}

impl Validate for ImageScanFindings {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.finding_severity_counts {
            let member_path = path.field("findingSeverityCounts");
            for (key_0, item_0) in value {
                let path_0 = member_path.key(key_0);
                ferry_api::shape::check_number_range(f64::from(*item_0), Some(0.0), None, &path_0, problems);
            }
        }
        self.findings.validate(&path.field("findings"), problems);
        self.enhanced_findings.validate(&path.field("enhancedFindings"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImageScanFindingsSummary {
    #[serde(rename = "imageScanCompletedAt", default, skip_serializing_if = "Option::is_none")]
    pub image_scan_completed_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "vulnerabilitySourceUpdatedAt", default, skip_serializing_if = "Option::is_none")]
    pub vulnerability_source_updated_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "findingSeverityCounts", default, skip_serializing_if = "Option::is_none")]
    pub finding_severity_counts: Option<std::collections::BTreeMap<String, i32>>,
}

impl Validate for ImageScanFindingsSummary {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.finding_severity_counts {
            let member_path = path.field("findingSeverityCounts");
            for (key_0, item_0) in value {
                let path_0 = member_path.key(key_0);
                ferry_api::shape::check_number_range(f64::from(*item_0), Some(0.0), None, &path_0, problems);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImageScanStatus {
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ScanStatus>,
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl Validate for ImageScanStatus {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImageScanningConfiguration {
    #[serde(rename = "scanOnPush", default, skip_serializing_if = "Option::is_none")]
    pub scan_on_push: Option<bool>,
}

impl Validate for ImageScanningConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImageSigningStatus {
    #[serde(rename = "signingProfileArn", default, skip_serializing_if = "Option::is_none")]
    pub signing_profile_arn: Option<String>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    #[serde(rename = "failureReason", default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SigningStatus>,
}

impl Validate for ImageSigningStatus {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.signing_profile_arn {
            let member_path = path.field("signingProfileArn");
            ferry_api::shape::check_string_length(value, None, Some(200), &member_path, problems);
            ferry_api::shape::check_pattern(value, &SIGNING_PROFILE_ARN_PATTERN, SIGNING_PROFILE_ARN_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ImageStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "ARCHIVED")]
    Archived,
    #[serde(rename = "ACTIVATING")]
    Activating,
}

impl ImageStatus {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "ARCHIVED", "ACTIVATING"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Archived => "ARCHIVED",
            Self::Activating => "ACTIVATING",
        }
    }
}

impl std::fmt::Display for ImageStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ImageStatusFilter {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "ARCHIVED")]
    Archived,
    #[serde(rename = "ACTIVATING")]
    Activating,
    #[serde(rename = "ANY")]
    Any,
}

impl ImageStatusFilter {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "ARCHIVED", "ACTIVATING", "ANY"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Archived => "ARCHIVED",
            Self::Activating => "ACTIVATING",
            Self::Any => "ANY",
        }
    }
}

impl std::fmt::Display for ImageStatusFilter {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ImageTagMutability {
    #[serde(rename = "MUTABLE")]
    Mutable,
    #[serde(rename = "IMMUTABLE")]
    Immutable,
    #[serde(rename = "IMMUTABLE_WITH_EXCLUSION")]
    ImmutableWithExclusion,
    #[serde(rename = "MUTABLE_WITH_EXCLUSION")]
    MutableWithExclusion,
}

impl ImageTagMutability {
    pub const VALUES: &'static [&'static str] = &["MUTABLE", "IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION", "MUTABLE_WITH_EXCLUSION"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mutable => "MUTABLE",
            Self::Immutable => "IMMUTABLE",
            Self::ImmutableWithExclusion => "IMMUTABLE_WITH_EXCLUSION",
            Self::MutableWithExclusion => "MUTABLE_WITH_EXCLUSION",
        }
    }
}

impl std::fmt::Display for ImageTagMutability {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImageTagMutabilityExclusionFilter {
    #[serde(rename = "filterType")]
    pub filter_type: ImageTagMutabilityExclusionFilterType,
    #[serde(rename = "filter")]
    pub filter: String,
}

impl Validate for ImageTagMutabilityExclusionFilter {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.filter;
            let member_path = path.field("filter");
            ferry_api::shape::check_string_length(value, Some(1), Some(128), &member_path, problems);
            ferry_api::shape::check_pattern(
                value,
                &IMAGE_TAG_MUTABILITY_EXCLUSION_FILTER_VALUE_PATTERN,
                IMAGE_TAG_MUTABILITY_EXCLUSION_FILTER_VALUE_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ImageTagMutabilityExclusionFilterType {
    #[serde(rename = "WILDCARD")]
    Wildcard,
}

impl ImageTagMutabilityExclusionFilterType {
    pub const VALUES: &'static [&'static str] = &["WILDCARD"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Wildcard => "WILDCARD",
        }
    }
}

impl std::fmt::Display for ImageTagMutabilityExclusionFilterType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct InitiateLayerUploadRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
}

impl Validate for InitiateLayerUploadRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct InitiateLayerUploadResponse {
    #[serde(rename = "uploadId", default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    #[serde(rename = "partSize", default, skip_serializing_if = "Option::is_none")]
    pub part_size: Option<i64>,
}

impl Validate for InitiateLayerUploadResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.upload_id {
            let member_path = path.field("uploadId");
            ferry_api::shape::check_pattern(
                value,
                &REPLICATION_BACKFILL_ID_PATTERN,
                REPLICATION_BACKFILL_ID_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
        if let Some(value) = &self.part_size {
            let member_path = path.field("partSize");
            ferry_api::shape::check_number_range(*value as f64, Some(0.0), None, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Layer {
    #[serde(rename = "layerDigest", default, skip_serializing_if = "Option::is_none")]
    pub layer_digest: Option<String>,
    #[serde(rename = "layerAvailability", default, skip_serializing_if = "Option::is_none")]
    pub layer_availability: Option<LayerAvailability>,
    #[serde(rename = "layerSize", default, skip_serializing_if = "Option::is_none")]
    pub layer_size: Option<i64>,
    #[serde(rename = "mediaType", default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
}

impl Validate for Layer {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.layer_digest {
            let member_path = path.field("layerDigest");
            ferry_api::shape::check_pattern(value, &LAYER_DIGEST_PATTERN, LAYER_DIGEST_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LayerAvailability {
    #[serde(rename = "AVAILABLE")]
    Available,
    #[serde(rename = "UNAVAILABLE")]
    Unavailable,
    #[serde(rename = "ARCHIVED")]
    Archived,
}

impl LayerAvailability {
    pub const VALUES: &'static [&'static str] = &["AVAILABLE", "UNAVAILABLE", "ARCHIVED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Available => "AVAILABLE",
            Self::Unavailable => "UNAVAILABLE",
            Self::Archived => "ARCHIVED",
        }
    }
}

impl std::fmt::Display for LayerAvailability {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LayerFailure {
    #[serde(rename = "layerDigest", default, skip_serializing_if = "Option::is_none")]
    pub layer_digest: Option<String>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<LayerFailureCode>,
    #[serde(rename = "failureReason", default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
}

impl Validate for LayerFailure {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.layer_digest {
            let member_path = path.field("layerDigest");
            ferry_api::shape::check_string_length(value, None, Some(1000), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LayerFailureCode {
    #[serde(rename = "InvalidLayerDigest")]
    InvalidLayerDigest,
    #[serde(rename = "MissingLayerDigest")]
    MissingLayerDigest,
}

impl LayerFailureCode {
    pub const VALUES: &'static [&'static str] = &["InvalidLayerDigest", "MissingLayerDigest"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidLayerDigest => "InvalidLayerDigest",
            Self::MissingLayerDigest => "MissingLayerDigest",
        }
    }
}

impl std::fmt::Display for LayerFailureCode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LifecyclePolicyPreviewFilter {
    #[serde(rename = "tagStatus", default, skip_serializing_if = "Option::is_none")]
    pub tag_status: Option<TagStatus>,
}

impl Validate for LifecyclePolicyPreviewFilter {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LifecyclePolicyPreviewResult {
    #[serde(rename = "imageTags", default, skip_serializing_if = "Option::is_none")]
    pub image_tags: Option<Vec<String>>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(rename = "imagePushedAt", default, skip_serializing_if = "Option::is_none")]
    pub image_pushed_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<LifecyclePolicyRuleAction>,
    #[serde(rename = "appliedRulePriority", default, skip_serializing_if = "Option::is_none")]
    pub applied_rule_priority: Option<i32>,
    #[serde(rename = "storageClass", default, skip_serializing_if = "Option::is_none")]
    pub storage_class: Option<LifecyclePolicyStorageClass>,
}

impl Validate for LifecyclePolicyPreviewResult {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.image_tags {
            let member_path = path.field("imageTags");
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(1), Some(300), &path_0, problems);
            }
        }
        if let Some(value) = &self.applied_rule_priority {
            let member_path = path.field("appliedRulePriority");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), None, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LifecyclePolicyPreviewStatus {
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "COMPLETE")]
    Complete,
    #[serde(rename = "EXPIRED")]
    Expired,
    #[serde(rename = "FAILED")]
    Failed,
}

impl LifecyclePolicyPreviewStatus {
    pub const VALUES: &'static [&'static str] = &["IN_PROGRESS", "COMPLETE", "EXPIRED", "FAILED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Complete => "COMPLETE",
            Self::Expired => "EXPIRED",
            Self::Failed => "FAILED",
        }
    }
}

impl std::fmt::Display for LifecyclePolicyPreviewStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LifecyclePolicyPreviewSummary {
    #[serde(rename = "expiringImageTotalCount", default, skip_serializing_if = "Option::is_none")]
    pub expiring_image_total_count: Option<i32>,
    #[serde(rename = "transitioningImageTotalCounts", default, skip_serializing_if = "Option::is_none")]
    pub transitioning_image_total_counts: Option<Vec<TransitioningImageTotalCount>>,
}

impl Validate for LifecyclePolicyPreviewSummary {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.expiring_image_total_count {
            let member_path = path.field("expiringImageTotalCount");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), None, &member_path, problems);
        }
        self.transitioning_image_total_counts.validate(&path.field("transitioningImageTotalCounts"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LifecyclePolicyRuleAction {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ImageActionType>,
    #[serde(rename = "targetStorageClass", default, skip_serializing_if = "Option::is_none")]
    pub target_storage_class: Option<LifecyclePolicyTargetStorageClass>,
}

impl Validate for LifecyclePolicyRuleAction {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LifecyclePolicyStorageClass {
    #[serde(rename = "ARCHIVE")]
    Archive,
    #[serde(rename = "STANDARD")]
    Standard,
}

impl LifecyclePolicyStorageClass {
    pub const VALUES: &'static [&'static str] = &["ARCHIVE", "STANDARD"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Archive => "ARCHIVE",
            Self::Standard => "STANDARD",
        }
    }
}

impl std::fmt::Display for LifecyclePolicyStorageClass {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LifecyclePolicyTargetStorageClass {
    #[serde(rename = "ARCHIVE")]
    Archive,
}

impl LifecyclePolicyTargetStorageClass {
    pub const VALUES: &'static [&'static str] = &["ARCHIVE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Archive => "ARCHIVE",
        }
    }
}

impl std::fmt::Display for LifecyclePolicyTargetStorageClass {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListImageReferrersFilter {
    #[serde(rename = "artifactTypes", default, skip_serializing_if = "Option::is_none")]
    pub artifact_types: Option<Vec<String>>,
    #[serde(rename = "artifactStatus", default, skip_serializing_if = "Option::is_none")]
    pub artifact_status: Option<ArtifactStatusFilter>,
}

impl Validate for ListImageReferrersFilter {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.artifact_types {
            let member_path = path.field("artifactTypes");
            ferry_api::shape::check_collection_length(value.len(), None, Some(5), &member_path, problems);
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(1), Some(255), &path_0, problems);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListImageReferrersRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "subjectId")]
    pub subject_id: SubjectIdentifier,
    #[serde(rename = "filter", default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<ListImageReferrersFilter>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for ListImageReferrersRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.filter.validate(&path.field("filter"), problems);
        if let Some(value) = &self.max_results {
            let member_path = path.field("maxResults");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(50.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListImageReferrersResponse {
    #[serde(rename = "referrers", default, skip_serializing_if = "Option::is_none")]
    pub referrers: Option<Vec<ImageReferrer>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListImageReferrersResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.referrers.validate(&path.field("referrers"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListImagesFilter {
    #[serde(rename = "tagStatus", default, skip_serializing_if = "Option::is_none")]
    pub tag_status: Option<TagStatus>,
    #[serde(rename = "imageStatus", default, skip_serializing_if = "Option::is_none")]
    pub image_status: Option<ImageStatusFilter>,
}

impl Validate for ListImagesFilter {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListImagesRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "filter", default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<ListImagesFilter>,
}

impl Validate for ListImagesRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.max_results {
            let member_path = path.field("maxResults");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(1000.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListImagesResponse {
    #[serde(rename = "imageIds", default, skip_serializing_if = "Option::is_none")]
    pub image_ids: Option<Vec<ImageIdentifier>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListImagesResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.image_ids {
            let member_path = path.field("imageIds");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListPullTimeUpdateExclusionsRequest {
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListPullTimeUpdateExclusionsRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.max_results {
            let member_path = path.field("maxResults");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(1000.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListPullTimeUpdateExclusionsResponse {
    #[serde(rename = "pullTimeUpdateExclusions", default, skip_serializing_if = "Option::is_none")]
    pub pull_time_update_exclusions: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListPullTimeUpdateExclusionsResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.pull_time_update_exclusions {
            let member_path = path.field("pullTimeUpdateExclusions");
            ferry_api::shape::check_collection_length(value.len(), None, Some(100), &member_path, problems);
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, None, Some(200), &path_0, problems);
                ferry_api::shape::check_pattern(item_0, &PRINCIPAL_ARN_PATTERN, PRINCIPAL_ARN_PATTERN_TEXT, &path_0, problems);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListReplicationBackfillsRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListReplicationBackfillsRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.max_results {
            let member_path = path.field("maxResults");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(50.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListReplicationBackfillsResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "backfills", default, skip_serializing_if = "Option::is_none")]
    pub backfills: Option<Vec<ReplicationBackfillSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListReplicationBackfillsResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.backfills.validate(&path.field("backfills"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListTagsForResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
}

impl Validate for ListTagsForResourceRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListTagsForResourceResponse {
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl Validate for ListTagsForResourceResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PackageVulnerabilityDetails {
    #[serde(rename = "cvss", default, skip_serializing_if = "Option::is_none")]
    pub cvss: Option<Vec<CvssScore>>,
    #[serde(rename = "referenceUrls", default, skip_serializing_if = "Option::is_none")]
    pub reference_urls: Option<Vec<String>>,
    #[serde(rename = "relatedVulnerabilities", default, skip_serializing_if = "Option::is_none")]
    pub related_vulnerabilities: Option<Vec<String>>,
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(rename = "sourceUrl", default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    #[serde(rename = "vendorCreatedAt", default, skip_serializing_if = "Option::is_none")]
    pub vendor_created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "vendorSeverity", default, skip_serializing_if = "Option::is_none")]
    pub vendor_severity: Option<String>,
    #[serde(rename = "vendorUpdatedAt", default, skip_serializing_if = "Option::is_none")]
    pub vendor_updated_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "vulnerabilityId", default, skip_serializing_if = "Option::is_none")]
    pub vulnerability_id: Option<String>,
    #[serde(rename = "vulnerablePackages", default, skip_serializing_if = "Option::is_none")]
    pub vulnerable_packages: Option<Vec<VulnerablePackage>>,
}

impl Validate for PackageVulnerabilityDetails {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PullThroughCacheRule {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "Option::is_none")]
    pub ecr_repository_prefix: Option<String>,
    #[serde(rename = "upstreamRegistryUrl", default, skip_serializing_if = "Option::is_none")]
    pub upstream_registry_url: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "Option::is_none")]
    pub credential_arn: Option<String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub custom_role_arn: Option<String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "Option::is_none")]
    pub upstream_repository_prefix: Option<String>,
    #[serde(rename = "upstreamRegistry", default, skip_serializing_if = "Option::is_none")]
    pub upstream_registry: Option<UpstreamRegistry>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for PullThroughCacheRule {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.ecr_repository_prefix {
            let member_path = path.field("ecrRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.credential_arn {
            let member_path = path.field("credentialArn");
            ferry_api::shape::check_string_length(value, Some(50), Some(612), &member_path, problems);
            ferry_api::shape::check_pattern(value, &CREDENTIAL_ARN_PATTERN, CREDENTIAL_ARN_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.custom_role_arn {
            let member_path = path.field("customRoleArn");
            ferry_api::shape::check_string_length(value, None, Some(2048), &member_path, problems);
        }
        if let Some(value) = &self.upstream_repository_prefix {
            let member_path = path.field("upstreamRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutAccountSettingRequest {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "value")]
    pub value: String,
}

impl Validate for PutAccountSettingRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.name;
            let member_path = path.field("name");
            ferry_api::shape::check_string_length(value, Some(1), Some(64), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutAccountSettingResponse {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Validate for PutAccountSettingResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.name {
            let member_path = path.field("name");
            ferry_api::shape::check_string_length(value, Some(1), Some(64), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutImageRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageManifest")]
    pub image_manifest: String,
    #[serde(rename = "imageManifestMediaType", default, skip_serializing_if = "Option::is_none")]
    pub image_manifest_media_type: Option<String>,
    #[serde(rename = "imageTag", default, skip_serializing_if = "Option::is_none")]
    pub image_tag: Option<String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
}

impl Validate for PutImageRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.image_manifest;
            let member_path = path.field("imageManifest");
            ferry_api::shape::check_string_length(value, Some(1), Some(4194304), &member_path, problems);
        }
        if let Some(value) = &self.image_tag {
            let member_path = path.field("imageTag");
            ferry_api::shape::check_string_length(value, Some(1), Some(300), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutImageResponse {
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
}

impl Validate for PutImageResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.image.validate(&path.field("image"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutImageScanningConfigurationRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageScanningConfiguration")]
    pub image_scanning_configuration: ImageScanningConfiguration,
}

impl Validate for PutImageScanningConfigurationRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutImageScanningConfigurationResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "imageScanningConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub image_scanning_configuration: Option<ImageScanningConfiguration>,
}

impl Validate for PutImageScanningConfigurationResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PutImageTagMutabilityRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageTagMutability")]
    pub image_tag_mutability: ImageTagMutability,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
}

impl Validate for PutImageTagMutabilityRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.image_tag_mutability_exclusion_filters {
            let member_path = path.field("imageTagMutabilityExclusionFilters");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(5), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutImageTagMutabilityResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
}

impl Validate for PutImageTagMutabilityResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.image_tag_mutability_exclusion_filters {
            let member_path = path.field("imageTagMutabilityExclusionFilters");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(5), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutLifecyclePolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "lifecyclePolicyText")]
    pub lifecycle_policy_text: String,
}

impl Validate for PutLifecyclePolicyRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.lifecycle_policy_text;
            let member_path = path.field("lifecyclePolicyText");
            ferry_api::shape::check_string_length(value, Some(100), Some(30720), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutLifecyclePolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_policy_text: Option<String>,
}

impl Validate for PutLifecyclePolicyResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.lifecycle_policy_text {
            let member_path = path.field("lifecyclePolicyText");
            ferry_api::shape::check_string_length(value, Some(100), Some(30720), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutRegistryPolicyRequest {
    #[serde(rename = "policyText")]
    pub policy_text: String,
}

impl Validate for PutRegistryPolicyRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.policy_text;
            let member_path = path.field("policyText");
            ferry_api::shape::check_string_length(value, None, Some(10240), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutRegistryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "Option::is_none")]
    pub policy_text: Option<String>,
}

impl Validate for PutRegistryPolicyResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.policy_text {
            let member_path = path.field("policyText");
            ferry_api::shape::check_string_length(value, None, Some(10240), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutRegistryScanningConfigurationRequest {
    #[serde(rename = "scanType", default, skip_serializing_if = "Option::is_none")]
    pub scan_type: Option<ScanType>,
    #[serde(rename = "rules", default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<RegistryScanningRule>>,
}

impl Validate for PutRegistryScanningConfigurationRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.rules {
            let member_path = path.field("rules");
            ferry_api::shape::check_collection_length(value.len(), None, Some(2), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutRegistryScanningConfigurationResponse {
    #[serde(rename = "registryScanningConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub registry_scanning_configuration: Option<RegistryScanningConfiguration>,
}

impl Validate for PutRegistryScanningConfigurationResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.registry_scanning_configuration.validate(&path.field("registryScanningConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutReplicationConfigurationRequest {
    #[serde(rename = "replicationConfiguration")]
    pub replication_configuration: ReplicationConfiguration,
}

impl Validate for PutReplicationConfigurationRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.replication_configuration.validate(&path.field("replicationConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutReplicationConfigurationResponse {
    #[serde(rename = "replicationConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub replication_configuration: Option<ReplicationConfiguration>,
}

impl Validate for PutReplicationConfigurationResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.replication_configuration.validate(&path.field("replicationConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutSigningConfigurationRequest {
    #[serde(rename = "signingConfiguration")]
    pub signing_configuration: SigningConfiguration,
}

impl Validate for PutSigningConfigurationRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.signing_configuration.validate(&path.field("signingConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutSigningConfigurationResponse {
    #[serde(rename = "signingConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub signing_configuration: Option<SigningConfiguration>,
}

impl Validate for PutSigningConfigurationResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.signing_configuration.validate(&path.field("signingConfiguration"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RCTAppliedFor {
    #[serde(rename = "REPLICATION")]
    Replication,
    #[serde(rename = "PULL_THROUGH_CACHE")]
    PullThroughCache,
    #[serde(rename = "CREATE_ON_PUSH")]
    CreateOnPush,
}

impl RCTAppliedFor {
    pub const VALUES: &'static [&'static str] = &["REPLICATION", "PULL_THROUGH_CACHE", "CREATE_ON_PUSH"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Replication => "REPLICATION",
            Self::PullThroughCache => "PULL_THROUGH_CACHE",
            Self::CreateOnPush => "CREATE_ON_PUSH",
        }
    }
}

impl std::fmt::Display for RCTAppliedFor {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Recommendation {
    #[serde(rename = "url", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(rename = "text", default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Validate for Recommendation {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RegisterPullTimeUpdateExclusionRequest {
    #[serde(rename = "principalArn")]
    pub principal_arn: String,
}

impl Validate for RegisterPullTimeUpdateExclusionRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.principal_arn;
            let member_path = path.field("principalArn");
            ferry_api::shape::check_string_length(value, None, Some(200), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PRINCIPAL_ARN_PATTERN, PRINCIPAL_ARN_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RegisterPullTimeUpdateExclusionResponse {
    #[serde(rename = "principalArn", default, skip_serializing_if = "Option::is_none")]
    pub principal_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for RegisterPullTimeUpdateExclusionResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.principal_arn {
            let member_path = path.field("principalArn");
            ferry_api::shape::check_string_length(value, None, Some(200), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PRINCIPAL_ARN_PATTERN, PRINCIPAL_ARN_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RegistryScanningConfiguration {
    #[serde(rename = "scanType", default, skip_serializing_if = "Option::is_none")]
    pub scan_type: Option<ScanType>,
    #[serde(rename = "rules", default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<RegistryScanningRule>>,
}

impl Validate for RegistryScanningConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.rules {
            let member_path = path.field("rules");
            ferry_api::shape::check_collection_length(value.len(), None, Some(2), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegistryScanningRule {
    #[serde(rename = "scanFrequency")]
    pub scan_frequency: ScanFrequency,
    #[serde(rename = "repositoryFilters")]
    pub repository_filters: Vec<ScanningRepositoryFilter>,
}

impl Validate for RegistryScanningRule {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.repository_filters;
            let member_path = path.field("repositoryFilters");
            ferry_api::shape::check_collection_length(value.len(), None, Some(100), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Remediation {
    #[serde(rename = "recommendation", default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<Recommendation>,
}

impl Validate for Remediation {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ReplicationBackfillProgress {
    #[serde(rename = "totalReplicationCount")]
    pub total_replication_count: i32,
    #[serde(rename = "completedReplicationCount")]
    pub completed_replication_count: i32,
    #[serde(rename = "failedReplicationCount")]
    pub failed_replication_count: i32,
    #[serde(rename = "failureCodes")]
    pub failure_codes: Vec<String>,
}

impl Validate for ReplicationBackfillProgress {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.total_replication_count;
            let member_path = path.field("totalReplicationCount");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), None, &member_path, problems);
        }
        {
            let value = &self.completed_replication_count;
            let member_path = path.field("completedReplicationCount");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), None, &member_path, problems);
        }
        {
            let value = &self.failed_replication_count;
            let member_path = path.field("failedReplicationCount");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), None, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplicationBackfillResult {
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageId")]
    pub image_id: ImageIdentifier,
    #[serde(rename = "status")]
    pub status: ReplicationBackfillResultStatus,
    #[serde(rename = "failureCode", default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    #[serde(rename = "subImageFailureCodes", default, skip_serializing_if = "Option::is_none")]
    pub sub_image_failure_codes: Option<Vec<String>>,
}

impl Validate for ReplicationBackfillResult {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ReplicationBackfillResultStatus {
    #[serde(rename = "COMPLETE")]
    Complete,
    #[serde(rename = "FAILED")]
    Failed,
}

impl ReplicationBackfillResultStatus {
    pub const VALUES: &'static [&'static str] = &["COMPLETE", "FAILED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Complete => "COMPLETE",
            Self::Failed => "FAILED",
        }
    }
}

impl std::fmt::Display for ReplicationBackfillResultStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ReplicationBackfillStatus {
    #[serde(rename = "PREPARING")]
    Preparing,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "COMPLETE")]
    Complete,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "STOPPING")]
    Stopping,
    #[serde(rename = "STOPPED")]
    Stopped,
}

impl ReplicationBackfillStatus {
    pub const VALUES: &'static [&'static str] = &["PREPARING", "IN_PROGRESS", "COMPLETE", "FAILED", "STOPPING", "STOPPED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Preparing => "PREPARING",
            Self::InProgress => "IN_PROGRESS",
            Self::Complete => "COMPLETE",
            Self::Failed => "FAILED",
            Self::Stopping => "STOPPING",
            Self::Stopped => "STOPPED",
        }
    }
}

impl std::fmt::Display for ReplicationBackfillStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplicationBackfillSummary {
    #[serde(rename = "replicationBackfillId")]
    pub replication_backfill_id: String,
    #[serde(rename = "destination")]
    pub destination: ReplicationDestination,
    #[serde(rename = "status")]
    pub status: ReplicationBackfillStatus,
    #[serde(rename = "failureCode", default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    #[serde(rename = "progress", default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<ReplicationBackfillProgress>,
    #[serde(rename = "startedAt")]
    pub started_at: ferry_api::shape::Timestamp,
    #[serde(rename = "endedAt", default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for ReplicationBackfillSummary {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.replication_backfill_id;
            let member_path = path.field("replicationBackfillId");
            ferry_api::shape::check_pattern(
                value,
                &REPLICATION_BACKFILL_ID_PATTERN,
                REPLICATION_BACKFILL_ID_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
        self.destination.validate(&path.field("destination"), problems);
        self.progress.validate(&path.field("progress"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ReplicationConfiguration {
    #[serde(rename = "rules")]
    pub rules: Vec<ReplicationRule>,
}

impl Validate for ReplicationConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.rules;
            let member_path = path.field("rules");
            ferry_api::shape::check_collection_length(value.len(), None, Some(25), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ReplicationDestination {
    #[serde(rename = "region")]
    pub region: String,
    #[serde(rename = "registryId")]
    pub registry_id: String,
}

impl Validate for ReplicationDestination {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.region;
            let member_path = path.field("region");
            ferry_api::shape::check_string_length(value, Some(2), Some(25), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REGION_PATTERN, REGION_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.registry_id;
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ReplicationRule {
    #[serde(rename = "destinations")]
    pub destinations: Vec<ReplicationDestination>,
    #[serde(rename = "repositoryFilters", default, skip_serializing_if = "Option::is_none")]
    pub repository_filters: Option<Vec<RepositoryFilter>>,
    #[serde(rename = "deleteReplication", default, skip_serializing_if = "Option::is_none")]
    pub delete_replication: Option<DeleteReplication>,
}

impl Validate for ReplicationRule {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.destinations;
            let member_path = path.field("destinations");
            ferry_api::shape::check_collection_length(value.len(), None, Some(100), &member_path, problems);
            value.validate(&member_path, problems);
        }
        if let Some(value) = &self.repository_filters {
            let member_path = path.field("repositoryFilters");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ReplicationStatus {
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "COMPLETE")]
    Complete,
    #[serde(rename = "FAILED")]
    Failed,
}

impl ReplicationStatus {
    pub const VALUES: &'static [&'static str] = &["IN_PROGRESS", "COMPLETE", "FAILED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Complete => "COMPLETE",
            Self::Failed => "FAILED",
        }
    }
}

impl std::fmt::Display for ReplicationStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Repository {
    #[serde(rename = "repositoryArn", default, skip_serializing_if = "Option::is_none")]
    pub repository_arn: Option<String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "repositoryUri", default, skip_serializing_if = "Option::is_none")]
    pub repository_uri: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    #[serde(rename = "imageScanningConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub image_scanning_configuration: Option<ImageScanningConfiguration>,
    #[serde(rename = "encryptionConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub encryption_configuration: Option<EncryptionConfiguration>,
}

impl Validate for Repository {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.image_tag_mutability_exclusion_filters {
            let member_path = path.field("imageTagMutabilityExclusionFilters");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(5), &member_path, problems);
            value.validate(&member_path, problems);
        }
        self.encryption_configuration.validate(&path.field("encryptionConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RepositoryCreationTemplate {
    #[serde(rename = "prefix", default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "encryptionConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub encryption_configuration: Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    #[serde(rename = "resourceTags", default, skip_serializing_if = "Option::is_none")]
    pub resource_tags: Option<Vec<Tag>>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    #[serde(rename = "repositoryPolicy", default, skip_serializing_if = "Option::is_none")]
    pub repository_policy: Option<String>,
    #[serde(rename = "lifecyclePolicy", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_policy: Option<String>,
    #[serde(rename = "appliedFor", default, skip_serializing_if = "Option::is_none")]
    pub applied_for: Option<Vec<RCTAppliedFor>>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub custom_role_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for RepositoryCreationTemplate {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.prefix {
            let member_path = path.field("prefix");
            ferry_api::shape::check_string_length(value, Some(1), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.description {
            let member_path = path.field("description");
            ferry_api::shape::check_string_length(value, None, Some(256), &member_path, problems);
        }
        self.encryption_configuration.validate(&path.field("encryptionConfiguration"), problems);
        if let Some(value) = &self.image_tag_mutability_exclusion_filters {
            let member_path = path.field("imageTagMutabilityExclusionFilters");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(5), &member_path, problems);
            value.validate(&member_path, problems);
        }
        if let Some(value) = &self.repository_policy {
            let member_path = path.field("repositoryPolicy");
            ferry_api::shape::check_string_length(value, None, Some(10240), &member_path, problems);
        }
        if let Some(value) = &self.lifecycle_policy {
            let member_path = path.field("lifecyclePolicy");
            ferry_api::shape::check_string_length(value, None, Some(30720), &member_path, problems);
        }
        if let Some(value) = &self.custom_role_arn {
            let member_path = path.field("customRoleArn");
            ferry_api::shape::check_string_length(value, None, Some(2048), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RepositoryFilter {
    #[serde(rename = "filter")]
    pub filter: String,
    #[serde(rename = "filterType")]
    pub filter_type: RepositoryFilterType,
}

impl Validate for RepositoryFilter {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.filter;
            let member_path = path.field("filter");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(
                value,
                &REPOSITORY_FILTER_VALUE_PATTERN,
                REPOSITORY_FILTER_VALUE_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RepositoryFilterType {
    #[serde(rename = "PREFIX_MATCH")]
    PrefixMatch,
}

impl RepositoryFilterType {
    pub const VALUES: &'static [&'static str] = &["PREFIX_MATCH"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::PrefixMatch => "PREFIX_MATCH",
        }
    }
}

impl std::fmt::Display for RepositoryFilterType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RepositoryScanningConfiguration {
    #[serde(rename = "repositoryArn", default, skip_serializing_if = "Option::is_none")]
    pub repository_arn: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "scanOnPush", default, skip_serializing_if = "Option::is_none")]
    pub scan_on_push: Option<bool>,
    #[serde(rename = "scanFrequency", default, skip_serializing_if = "Option::is_none")]
    pub scan_frequency: Option<ScanFrequency>,
    #[serde(rename = "appliedScanFilters", default, skip_serializing_if = "Option::is_none")]
    pub applied_scan_filters: Option<Vec<ScanningRepositoryFilter>>,
}

impl Validate for RepositoryScanningConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.applied_scan_filters {
            let member_path = path.field("appliedScanFilters");
            ferry_api::shape::check_collection_length(value.len(), None, Some(100), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RepositoryScanningConfigurationFailure {
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<ScanningConfigurationFailureCode>,
    #[serde(rename = "failureReason", default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
}

impl Validate for RepositoryScanningConfigurationFailure {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Resource {
    #[serde(rename = "details", default, skip_serializing_if = "Option::is_none")]
    pub details: Option<ResourceDetails>,
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl Validate for Resource {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.details.validate(&path.field("details"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ResourceDetails {
    #[serde(rename = "awsEcrContainerImage", default, skip_serializing_if = "Option::is_none")]
    pub aws_ecr_container_image: Option<AwsEcrContainerImageDetails>,
}

impl Validate for ResourceDetails {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.aws_ecr_container_image.validate(&path.field("awsEcrContainerImage"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ScanFrequency {
    #[serde(rename = "SCAN_ON_PUSH")]
    ScanOnPush,
    #[serde(rename = "CONTINUOUS_SCAN")]
    ContinuousScan,
    #[serde(rename = "MANUAL")]
    Manual,
}

impl ScanFrequency {
    pub const VALUES: &'static [&'static str] = &["SCAN_ON_PUSH", "CONTINUOUS_SCAN", "MANUAL"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ScanOnPush => "SCAN_ON_PUSH",
            Self::ContinuousScan => "CONTINUOUS_SCAN",
            Self::Manual => "MANUAL",
        }
    }
}

impl std::fmt::Display for ScanFrequency {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ScanStatus {
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "COMPLETE")]
    Complete,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "UNSUPPORTED_IMAGE")]
    UnsupportedImage,
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "SCAN_ELIGIBILITY_EXPIRED")]
    ScanEligibilityExpired,
    #[serde(rename = "FINDINGS_UNAVAILABLE")]
    FindingsUnavailable,
    #[serde(rename = "LIMIT_EXCEEDED")]
    LimitExceeded,
    #[serde(rename = "IMAGE_ARCHIVED")]
    ImageArchived,
    #[serde(rename = "IMAGE_SIZE_EXCEEDED")]
    ImageSizeExceeded,
}

impl ScanStatus {
    pub const VALUES: &'static [&'static str] = &[
        "IN_PROGRESS",
        "COMPLETE",
        "FAILED",
        "UNSUPPORTED_IMAGE",
        "ACTIVE",
        "PENDING",
        "SCAN_ELIGIBILITY_EXPIRED",
        "FINDINGS_UNAVAILABLE",
        "LIMIT_EXCEEDED",
        "IMAGE_ARCHIVED",
        "IMAGE_SIZE_EXCEEDED",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Complete => "COMPLETE",
            Self::Failed => "FAILED",
            Self::UnsupportedImage => "UNSUPPORTED_IMAGE",
            Self::Active => "ACTIVE",
            Self::Pending => "PENDING",
            Self::ScanEligibilityExpired => "SCAN_ELIGIBILITY_EXPIRED",
            Self::FindingsUnavailable => "FINDINGS_UNAVAILABLE",
            Self::LimitExceeded => "LIMIT_EXCEEDED",
            Self::ImageArchived => "IMAGE_ARCHIVED",
            Self::ImageSizeExceeded => "IMAGE_SIZE_EXCEEDED",
        }
    }
}

impl std::fmt::Display for ScanStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ScanType {
    #[serde(rename = "BASIC")]
    Basic,
    #[serde(rename = "ENHANCED")]
    Enhanced,
}

impl ScanType {
    pub const VALUES: &'static [&'static str] = &["BASIC", "ENHANCED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Basic => "BASIC",
            Self::Enhanced => "ENHANCED",
        }
    }
}

impl std::fmt::Display for ScanType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ScanningConfigurationFailureCode {
    #[serde(rename = "REPOSITORY_NOT_FOUND")]
    RepositoryNotFound,
}

impl ScanningConfigurationFailureCode {
    pub const VALUES: &'static [&'static str] = &["REPOSITORY_NOT_FOUND"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::RepositoryNotFound => "REPOSITORY_NOT_FOUND",
        }
    }
}

impl std::fmt::Display for ScanningConfigurationFailureCode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScanningRepositoryFilter {
    #[serde(rename = "filter")]
    pub filter: String,
    #[serde(rename = "filterType")]
    pub filter_type: ScanningRepositoryFilterType,
}

impl Validate for ScanningRepositoryFilter {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.filter;
            let member_path = path.field("filter");
            ferry_api::shape::check_string_length(value, Some(1), Some(255), &member_path, problems);
            ferry_api::shape::check_pattern(
                value,
                &SCANNING_REPOSITORY_FILTER_VALUE_PATTERN,
                SCANNING_REPOSITORY_FILTER_VALUE_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ScanningRepositoryFilterType {
    #[serde(rename = "WILDCARD")]
    Wildcard,
}

impl ScanningRepositoryFilterType {
    pub const VALUES: &'static [&'static str] = &["WILDCARD"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Wildcard => "WILDCARD",
        }
    }
}

impl std::fmt::Display for ScanningRepositoryFilterType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ScoreDetails {
    #[serde(rename = "cvss", default, skip_serializing_if = "Option::is_none")]
    pub cvss: Option<CvssScoreDetails>,
}

impl Validate for ScoreDetails {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SetRepositoryPolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "policyText")]
    pub policy_text: String,
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

impl Validate for SetRepositoryPolicyRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.policy_text;
            let member_path = path.field("policyText");
            ferry_api::shape::check_string_length(value, None, Some(10240), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SetRepositoryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "Option::is_none")]
    pub policy_text: Option<String>,
}

impl Validate for SetRepositoryPolicyResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.policy_text {
            let member_path = path.field("policyText");
            ferry_api::shape::check_string_length(value, None, Some(10240), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SigningConfiguration {
    #[serde(rename = "rules")]
    pub rules: Vec<SigningRule>,
}

impl Validate for SigningConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.rules;
            let member_path = path.field("rules");
            ferry_api::shape::check_collection_length(value.len(), None, Some(10), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SigningRepositoryFilter {
    #[serde(rename = "filter")]
    pub filter: String,
    #[serde(rename = "filterType")]
    pub filter_type: SigningRepositoryFilterType,
}

impl Validate for SigningRepositoryFilter {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.filter;
            let member_path = path.field("filter");
            ferry_api::shape::check_string_length(value, Some(1), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(
                value,
                &SIGNING_REPOSITORY_FILTER_VALUE_PATTERN,
                SIGNING_REPOSITORY_FILTER_VALUE_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SigningRepositoryFilterType {
    #[serde(rename = "WILDCARD_MATCH")]
    WildcardMatch,
}

impl SigningRepositoryFilterType {
    pub const VALUES: &'static [&'static str] = &["WILDCARD_MATCH"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::WildcardMatch => "WILDCARD_MATCH",
        }
    }
}

impl std::fmt::Display for SigningRepositoryFilterType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SigningRule {
    #[serde(rename = "signingProfileArn")]
    pub signing_profile_arn: String,
    #[serde(rename = "repositoryFilters", default, skip_serializing_if = "Option::is_none")]
    pub repository_filters: Option<Vec<SigningRepositoryFilter>>,
}

impl Validate for SigningRule {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.signing_profile_arn;
            let member_path = path.field("signingProfileArn");
            ferry_api::shape::check_string_length(value, None, Some(200), &member_path, problems);
            ferry_api::shape::check_pattern(value, &SIGNING_PROFILE_ARN_PATTERN, SIGNING_PROFILE_ARN_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_filters {
            let member_path = path.field("repositoryFilters");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(100), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SigningStatus {
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "COMPLETE")]
    Complete,
    #[serde(rename = "FAILED")]
    Failed,
}

impl SigningStatus {
    pub const VALUES: &'static [&'static str] = &["IN_PROGRESS", "COMPLETE", "FAILED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Complete => "COMPLETE",
            Self::Failed => "FAILED",
        }
    }
}

impl std::fmt::Display for SigningStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StartImageScanRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageId")]
    pub image_id: ImageIdentifier,
}

impl Validate for StartImageScanRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StartImageScanResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<ImageIdentifier>,
    #[serde(rename = "imageScanStatus", default, skip_serializing_if = "Option::is_none")]
    pub image_scan_status: Option<ImageScanStatus>,
}

impl Validate for StartImageScanResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StartLifecyclePolicyPreviewRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_policy_text: Option<String>,
}

impl Validate for StartLifecyclePolicyPreviewRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.lifecycle_policy_text {
            let member_path = path.field("lifecyclePolicyText");
            ferry_api::shape::check_string_length(value, Some(100), Some(30720), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StartLifecyclePolicyPreviewResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_policy_text: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<LifecyclePolicyPreviewStatus>,
}

impl Validate for StartLifecyclePolicyPreviewResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.lifecycle_policy_text {
            let member_path = path.field("lifecyclePolicyText");
            ferry_api::shape::check_string_length(value, Some(100), Some(30720), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StartReplicationBackfillRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "destination")]
    pub destination: ReplicationDestination,
}

impl Validate for StartReplicationBackfillRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.destination.validate(&path.field("destination"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StartReplicationBackfillResponse {
    #[serde(rename = "replicationBackfillId", default, skip_serializing_if = "Option::is_none")]
    pub replication_backfill_id: Option<String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "destination", default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<ReplicationDestination>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ReplicationBackfillStatus>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for StartReplicationBackfillResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.replication_backfill_id {
            let member_path = path.field("replicationBackfillId");
            ferry_api::shape::check_pattern(
                value,
                &REPLICATION_BACKFILL_ID_PATTERN,
                REPLICATION_BACKFILL_ID_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.destination.validate(&path.field("destination"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StopReplicationBackfillRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "replicationBackfillId")]
    pub replication_backfill_id: String,
}

impl Validate for StopReplicationBackfillRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.replication_backfill_id;
            let member_path = path.field("replicationBackfillId");
            ferry_api::shape::check_pattern(
                value,
                &REPLICATION_BACKFILL_ID_PATTERN,
                REPLICATION_BACKFILL_ID_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StopReplicationBackfillResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "replicationBackfillId", default, skip_serializing_if = "Option::is_none")]
    pub replication_backfill_id: Option<String>,
    #[serde(rename = "destination", default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<ReplicationDestination>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ReplicationBackfillStatus>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for StopReplicationBackfillResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.replication_backfill_id {
            let member_path = path.field("replicationBackfillId");
            ferry_api::shape::check_pattern(
                value,
                &REPLICATION_BACKFILL_ID_PATTERN,
                REPLICATION_BACKFILL_ID_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
        self.destination.validate(&path.field("destination"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SubjectIdentifier {
    #[serde(rename = "imageDigest")]
    pub image_digest: String,
}

impl Validate for SubjectIdentifier {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Tag {
    #[serde(rename = "Key")]
    pub key: String,
    #[serde(rename = "Value")]
    pub value: String,
}

impl Validate for Tag {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TagResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
    #[serde(rename = "tags")]
    pub tags: Vec<Tag>,
}

impl Validate for TagResourceRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TagResourceResponse {}

impl Validate for TagResourceResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TagStatus {
    #[serde(rename = "TAGGED")]
    Tagged,
    #[serde(rename = "UNTAGGED")]
    Untagged,
    #[serde(rename = "ANY")]
    Any,
}

impl TagStatus {
    pub const VALUES: &'static [&'static str] = &["TAGGED", "UNTAGGED", "ANY"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Tagged => "TAGGED",
            Self::Untagged => "UNTAGGED",
            Self::Any => "ANY",
        }
    }
}

impl std::fmt::Display for TagStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TargetStorageClass {
    #[serde(rename = "STANDARD")]
    Standard,
    #[serde(rename = "ARCHIVE")]
    Archive,
}

impl TargetStorageClass {
    pub const VALUES: &'static [&'static str] = &["STANDARD", "ARCHIVE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "STANDARD",
            Self::Archive => "ARCHIVE",
        }
    }
}

impl std::fmt::Display for TargetStorageClass {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TransitioningImageTotalCount {
    #[serde(rename = "targetStorageClass", default, skip_serializing_if = "Option::is_none")]
    pub target_storage_class: Option<LifecyclePolicyTargetStorageClass>,
    #[serde(rename = "imageTotalCount", default, skip_serializing_if = "Option::is_none")]
    pub image_total_count: Option<i32>,
}

impl Validate for TransitioningImageTotalCount {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.image_total_count {
            let member_path = path.field("imageTotalCount");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), None, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UntagResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
    #[serde(rename = "tagKeys")]
    pub tag_keys: Vec<String>,
}

impl Validate for UntagResourceRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UntagResourceResponse {}

impl Validate for UntagResourceResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateImageStorageClassRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "imageId")]
    pub image_id: ImageIdentifier,
    #[serde(rename = "targetStorageClass")]
    pub target_storage_class: TargetStorageClass,
}

impl Validate for UpdateImageStorageClassRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateImageStorageClassResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<ImageIdentifier>,
    #[serde(rename = "imageStatus", default, skip_serializing_if = "Option::is_none")]
    pub image_status: Option<ImageStatus>,
}

impl Validate for UpdateImageStorageClassResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        self.image_id.validate(&path.field("imageId"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdatePullThroughCacheRuleRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: String,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "Option::is_none")]
    pub credential_arn: Option<String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub custom_role_arn: Option<String>,
}

impl Validate for UpdatePullThroughCacheRuleRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.ecr_repository_prefix;
            let member_path = path.field("ecrRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.credential_arn {
            let member_path = path.field("credentialArn");
            ferry_api::shape::check_string_length(value, Some(50), Some(612), &member_path, problems);
            ferry_api::shape::check_pattern(value, &CREDENTIAL_ARN_PATTERN, CREDENTIAL_ARN_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.custom_role_arn {
            let member_path = path.field("customRoleArn");
            ferry_api::shape::check_string_length(value, None, Some(2048), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdatePullThroughCacheRuleResponse {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "Option::is_none")]
    pub ecr_repository_prefix: Option<String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "Option::is_none")]
    pub credential_arn: Option<String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub custom_role_arn: Option<String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "Option::is_none")]
    pub upstream_repository_prefix: Option<String>,
}

impl Validate for UpdatePullThroughCacheRuleResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.ecr_repository_prefix {
            let member_path = path.field("ecrRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.credential_arn {
            let member_path = path.field("credentialArn");
            ferry_api::shape::check_string_length(value, Some(50), Some(612), &member_path, problems);
            ferry_api::shape::check_pattern(value, &CREDENTIAL_ARN_PATTERN, CREDENTIAL_ARN_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.custom_role_arn {
            let member_path = path.field("customRoleArn");
            ferry_api::shape::check_string_length(value, None, Some(2048), &member_path, problems);
        }
        if let Some(value) = &self.upstream_repository_prefix {
            let member_path = path.field("upstreamRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateRepositoryCreationTemplateRequest {
    #[serde(rename = "prefix")]
    pub prefix: String,
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "encryptionConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub encryption_configuration: Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    #[serde(rename = "resourceTags", default, skip_serializing_if = "Option::is_none")]
    pub resource_tags: Option<Vec<Tag>>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability: Option<ImageTagMutability>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "Option::is_none")]
    pub image_tag_mutability_exclusion_filters: Option<Vec<ImageTagMutabilityExclusionFilter>>,
    #[serde(rename = "repositoryPolicy", default, skip_serializing_if = "Option::is_none")]
    pub repository_policy: Option<String>,
    #[serde(rename = "lifecyclePolicy", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_policy: Option<String>,
    #[serde(rename = "appliedFor", default, skip_serializing_if = "Option::is_none")]
    pub applied_for: Option<Vec<RCTAppliedFor>>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub custom_role_arn: Option<String>,
}

impl Validate for UpdateRepositoryCreationTemplateRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.prefix;
            let member_path = path.field("prefix");
            ferry_api::shape::check_string_length(value, Some(1), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.description {
            let member_path = path.field("description");
            ferry_api::shape::check_string_length(value, None, Some(256), &member_path, problems);
        }
        self.encryption_configuration.validate(&path.field("encryptionConfiguration"), problems);
        if let Some(value) = &self.image_tag_mutability_exclusion_filters {
            let member_path = path.field("imageTagMutabilityExclusionFilters");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(5), &member_path, problems);
            value.validate(&member_path, problems);
        }
        if let Some(value) = &self.repository_policy {
            let member_path = path.field("repositoryPolicy");
            ferry_api::shape::check_string_length(value, None, Some(10240), &member_path, problems);
        }
        if let Some(value) = &self.lifecycle_policy {
            let member_path = path.field("lifecyclePolicy");
            ferry_api::shape::check_string_length(value, None, Some(30720), &member_path, problems);
        }
        if let Some(value) = &self.custom_role_arn {
            let member_path = path.field("customRoleArn");
            ferry_api::shape::check_string_length(value, None, Some(2048), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateRepositoryCreationTemplateResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryCreationTemplate", default, skip_serializing_if = "Option::is_none")]
    pub repository_creation_template: Option<RepositoryCreationTemplate>,
}

impl Validate for UpdateRepositoryCreationTemplateResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        self.repository_creation_template.validate(&path.field("repositoryCreationTemplate"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UploadLayerPartRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName")]
    pub repository_name: String,
    #[serde(rename = "uploadId")]
    pub upload_id: String,
    #[serde(rename = "partFirstByte")]
    pub part_first_byte: i64,
    #[serde(rename = "partLastByte")]
    pub part_last_byte: i64,
    #[serde(rename = "layerPartBlob")]
    pub layer_part_blob: Blob,
}

impl Validate for UploadLayerPartRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.repository_name;
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        {
            let value = &self.upload_id;
            let member_path = path.field("uploadId");
            ferry_api::shape::check_pattern(
                value,
                &REPLICATION_BACKFILL_ID_PATTERN,
                REPLICATION_BACKFILL_ID_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
        {
            let value = &self.part_first_byte;
            let member_path = path.field("partFirstByte");
            ferry_api::shape::check_number_range(*value as f64, Some(0.0), None, &member_path, problems);
        }
        {
            let value = &self.part_last_byte;
            let member_path = path.field("partLastByte");
            ferry_api::shape::check_number_range(*value as f64, Some(0.0), None, &member_path, problems);
        }
        {
            let value = &self.layer_part_blob;
            let member_path = path.field("layerPartBlob");
            ferry_api::shape::check_collection_length(value.0.len(), None, Some(20971520), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UploadLayerPartResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    #[serde(rename = "uploadId", default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    #[serde(rename = "lastByteReceived", default, skip_serializing_if = "Option::is_none")]
    pub last_byte_received: Option<i64>,
}

impl Validate for UploadLayerPartResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.repository_name {
            let member_path = path.field("repositoryName");
            ferry_api::shape::check_string_length(value, Some(2), Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &REPOSITORY_NAME_PATTERN, REPOSITORY_NAME_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.upload_id {
            let member_path = path.field("uploadId");
            ferry_api::shape::check_pattern(
                value,
                &REPLICATION_BACKFILL_ID_PATTERN,
                REPLICATION_BACKFILL_ID_PATTERN_TEXT,
                &member_path,
                problems,
            );
        }
        if let Some(value) = &self.last_byte_received {
            let member_path = path.field("lastByteReceived");
            ferry_api::shape::check_number_range(*value as f64, Some(0.0), None, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum UpstreamRegistry {
    #[serde(rename = "ecr")]
    Ecr,
    #[serde(rename = "ecr-public")]
    EcrPublic,
    #[serde(rename = "quay")]
    Quay,
    #[serde(rename = "k8s")]
    K8s,
    #[serde(rename = "docker-hub")]
    DockerHub,
    #[serde(rename = "github-container-registry")]
    GithubContainerRegistry,
    #[serde(rename = "azure-container-registry")]
    AzureContainerRegistry,
    #[serde(rename = "gitlab-container-registry")]
    GitlabContainerRegistry,
    #[serde(rename = "chainguard")]
    Chainguard,
}

impl UpstreamRegistry {
    pub const VALUES: &'static [&'static str] = &[
        "ecr",
        "ecr-public",
        "quay",
        "k8s",
        "docker-hub",
        "github-container-registry",
        "azure-container-registry",
        "gitlab-container-registry",
        "chainguard",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ecr => "ecr",
            Self::EcrPublic => "ecr-public",
            Self::Quay => "quay",
            Self::K8s => "k8s",
            Self::DockerHub => "docker-hub",
            Self::GithubContainerRegistry => "github-container-registry",
            Self::AzureContainerRegistry => "azure-container-registry",
            Self::GitlabContainerRegistry => "gitlab-container-registry",
            Self::Chainguard => "chainguard",
        }
    }
}

impl std::fmt::Display for UpstreamRegistry {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ValidatePullThroughCacheRuleRequest {
    #[serde(rename = "ecrRepositoryPrefix")]
    pub ecr_repository_prefix: String,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
}

impl Validate for ValidatePullThroughCacheRuleRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.ecr_repository_prefix;
            let member_path = path.field("ecrRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ValidatePullThroughCacheRuleResponse {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "Option::is_none")]
    pub ecr_repository_prefix: Option<String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "Option::is_none")]
    pub registry_id: Option<String>,
    #[serde(rename = "upstreamRegistryUrl", default, skip_serializing_if = "Option::is_none")]
    pub upstream_registry_url: Option<String>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "Option::is_none")]
    pub credential_arn: Option<String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub custom_role_arn: Option<String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "Option::is_none")]
    pub upstream_repository_prefix: Option<String>,
    #[serde(rename = "isValid", default, skip_serializing_if = "Option::is_none")]
    pub is_valid: Option<bool>,
    #[serde(rename = "failure", default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<String>,
}

impl Validate for ValidatePullThroughCacheRuleResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.ecr_repository_prefix {
            let member_path = path.field("ecrRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.registry_id {
            let member_path = path.field("registryId");
            ferry_api::shape::check_pattern(value, &REGISTRY_ID_PATTERN, REGISTRY_ID_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.credential_arn {
            let member_path = path.field("credentialArn");
            ferry_api::shape::check_string_length(value, Some(50), Some(612), &member_path, problems);
            ferry_api::shape::check_pattern(value, &CREDENTIAL_ARN_PATTERN, CREDENTIAL_ARN_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.custom_role_arn {
            let member_path = path.field("customRoleArn");
            ferry_api::shape::check_string_length(value, None, Some(2048), &member_path, problems);
        }
        if let Some(value) = &self.upstream_repository_prefix {
            let member_path = path.field("upstreamRepositoryPrefix");
            ferry_api::shape::check_string_length(value, Some(2), Some(30), &member_path, problems);
            ferry_api::shape::check_pattern(value, &PREFIX_PATTERN, PREFIX_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct VulnerablePackage {
    #[serde(rename = "arch", default, skip_serializing_if = "Option::is_none")]
    pub arch: Option<String>,
    #[serde(rename = "epoch", default, skip_serializing_if = "Option::is_none")]
    pub epoch: Option<i32>,
    #[serde(rename = "filePath", default, skip_serializing_if = "Option::is_none")]
    pub file_path: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "packageManager", default, skip_serializing_if = "Option::is_none")]
    pub package_manager: Option<String>,
    #[serde(rename = "release", default, skip_serializing_if = "Option::is_none")]
    pub release: Option<String>,
    #[serde(rename = "sourceLayerHash", default, skip_serializing_if = "Option::is_none")]
    pub source_layer_hash: Option<String>,
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(rename = "fixedInVersion", default, skip_serializing_if = "Option::is_none")]
    pub fixed_in_version: Option<String>,
}

impl Validate for VulnerablePackage {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}
