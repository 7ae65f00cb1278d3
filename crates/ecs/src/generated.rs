//! Request and response shapes of the ECS API (`ecs/2014-11-13`), generated from botocore 1.44.8.
//!
//! Do not edit: change `xtask` and regenerate with `cargo xtask codegen`.

use ferry_api::shape::{FieldPath, Validate, ValidationProblem};
use serde::{Deserialize, Serialize};

/// The prefix of the `X-Amz-Target` header: `{TARGET_PREFIX}.{operation}`.
pub const TARGET_PREFIX: &str = "AmazonEC2ContainerServiceV20141113";
/// The service name in SigV4 credential scopes.
pub const SIGNING_NAME: &str = "ecs";
/// The JSON protocol version: `Content-Type: application/x-amz-json-{JSON_VERSION}`.
pub const JSON_VERSION: &str = "1.1";

/// The model's exception shapes; their Rust errors are written by hand.
pub const ERROR_SHAPE_NAMES: &[&str] = &[
    "AccessDeniedException",
    "AttributeLimitExceededException",
    "BlockedException",
    "ClientException",
    "ClusterContainsCapacityProviderException",
    "ClusterContainsContainerInstancesException",
    "ClusterContainsServicesException",
    "ClusterContainsTasksException",
    "ClusterNotFoundException",
    "ConflictException",
    "DaemonNotActiveException",
    "DaemonNotFoundException",
    "GatewayNotFoundException",
    "InvalidParameterException",
    "LimitExceededException",
    "MissingVersionException",
    "NamespaceNotFoundException",
    "NoUpdateAvailableException",
    "PlatformTaskDefinitionIncompatibilityException",
    "PlatformUnknownException",
    "ResourceInUseException",
    "ResourceNotFoundException",
    "ServerException",
    "ServiceDeploymentNotFoundException",
    "ServiceNotActiveException",
    "ServiceNotFoundException",
    "TargetNotConnectedException",
    "TargetNotFoundException",
    "TaskSetNotFoundException",
    "UnsupportedFeatureException",
    "UpdateInProgressException",
];

/// `(structure, member)` pairs whose values are sensitive, to be redacted in logs.
pub const SENSITIVE_FIELDS: &[(&str, &str)] = &[
    ("ContainerDefinition", "repositoryCredentials"),
    ("ContainerDefinition", "environment"),
    ("ContainerOverride", "environment"),
    ("DaemonContainerDefinition", "repositoryCredentials"),
    ("DaemonContainerDefinition", "environment"),
    ("ExpressGatewayContainer", "environment"),
    ("Session", "tokenValue"),
];

/// One request to the service, parsed: a variant per operation, named as AWS names it.
#[derive(Debug, Clone, PartialEq)]
pub enum Operation {
    AssociateGatewayWithCluster(AssociateGatewayWithClusterRequest),
    ContinueServiceDeployment(ContinueServiceDeploymentRequest),
    CreateCapacityProvider(CreateCapacityProviderRequest),
    CreateCluster(CreateClusterRequest),
    CreateDaemon(CreateDaemonRequest),
    CreateExpressGatewayService(CreateExpressGatewayServiceRequest),
    CreateGateway(CreateGatewayRequest),
    CreateService(CreateServiceRequest),
    CreateTaskSet(CreateTaskSetRequest),
    DeleteAccountSetting(DeleteAccountSettingRequest),
    DeleteAttributes(DeleteAttributesRequest),
    DeleteCapacityProvider(DeleteCapacityProviderRequest),
    DeleteCluster(DeleteClusterRequest),
    DeleteDaemon(DeleteDaemonRequest),
    DeleteDaemonTaskDefinition(DeleteDaemonTaskDefinitionRequest),
    DeleteExpressGatewayService(DeleteExpressGatewayServiceRequest),
    DeleteGateway(DeleteGatewayRequest),
    DeleteService(DeleteServiceRequest),
    DeleteTaskDefinitions(DeleteTaskDefinitionsRequest),
    DeleteTaskSet(DeleteTaskSetRequest),
    DeregisterContainerInstance(DeregisterContainerInstanceRequest),
    DeregisterTaskDefinition(DeregisterTaskDefinitionRequest),
    DescribeCapacityProviders(DescribeCapacityProvidersRequest),
    DescribeClusters(DescribeClustersRequest),
    DescribeContainerInstances(DescribeContainerInstancesRequest),
    DescribeDaemon(DescribeDaemonRequest),
    DescribeDaemonDeployments(DescribeDaemonDeploymentsRequest),
    DescribeDaemonRevisions(DescribeDaemonRevisionsRequest),
    DescribeDaemonTaskDefinition(DescribeDaemonTaskDefinitionRequest),
    DescribeExpressGatewayService(DescribeExpressGatewayServiceRequest),
    DescribeGateway(DescribeGatewayRequest),
    DescribeGatewayResources(DescribeGatewayResourcesRequest),
    DescribeGatewayRoute(DescribeGatewayRouteRequest),
    DescribeServiceDeployments(DescribeServiceDeploymentsRequest),
    DescribeServiceRevisions(DescribeServiceRevisionsRequest),
    DescribeServices(DescribeServicesRequest),
    DescribeTaskDefinition(DescribeTaskDefinitionRequest),
    DescribeTaskSets(DescribeTaskSetsRequest),
    DescribeTasks(DescribeTasksRequest),
    DisassociateGatewayFromCluster(DisassociateGatewayFromClusterRequest),
    DiscoverPollEndpoint(DiscoverPollEndpointRequest),
    ExecuteCommand(ExecuteCommandRequest),
    GetTaskProtection(GetTaskProtectionRequest),
    ListAccountSettings(ListAccountSettingsRequest),
    ListAttributes(ListAttributesRequest),
    ListClusters(ListClustersRequest),
    ListContainerInstances(ListContainerInstancesRequest),
    ListDaemonDeployments(ListDaemonDeploymentsRequest),
    ListDaemonTaskDefinitions(ListDaemonTaskDefinitionsRequest),
    ListDaemons(ListDaemonsRequest),
    ListGatewayClusterAssociations(ListGatewayClusterAssociationsRequest),
    ListGatewayRoutes(ListGatewayRoutesRequest),
    ListGateways(ListGatewaysRequest),
    ListServiceDeployments(ListServiceDeploymentsRequest),
    ListServices(ListServicesRequest),
    ListServicesByNamespace(ListServicesByNamespaceRequest),
    ListTagsForResource(ListTagsForResourceRequest),
    ListTaskDefinitionFamilies(ListTaskDefinitionFamiliesRequest),
    ListTaskDefinitions(ListTaskDefinitionsRequest),
    ListTasks(ListTasksRequest),
    PutAccountSetting(PutAccountSettingRequest),
    PutAccountSettingDefault(PutAccountSettingDefaultRequest),
    PutAttributes(PutAttributesRequest),
    PutClusterCapacityProviders(PutClusterCapacityProvidersRequest),
    RegisterContainerInstance(RegisterContainerInstanceRequest),
    RegisterDaemonTaskDefinition(RegisterDaemonTaskDefinitionRequest),
    RegisterTaskDefinition(RegisterTaskDefinitionRequest),
    RunTask(RunTaskRequest),
    StartTask(StartTaskRequest),
    StopServiceDeployment(StopServiceDeploymentRequest),
    StopTask(StopTaskRequest),
    SubmitAttachmentStateChanges(SubmitAttachmentStateChangesRequest),
    SubmitContainerStateChange(SubmitContainerStateChangeRequest),
    SubmitTaskStateChange(SubmitTaskStateChangeRequest),
    TagResource(TagResourceRequest),
    UntagResource(UntagResourceRequest),
    UpdateCapacityProvider(UpdateCapacityProviderRequest),
    UpdateCluster(UpdateClusterRequest),
    UpdateClusterSettings(UpdateClusterSettingsRequest),
    UpdateContainerAgent(UpdateContainerAgentRequest),
    UpdateContainerInstancesState(UpdateContainerInstancesStateRequest),
    UpdateDaemon(UpdateDaemonRequest),
    UpdateExpressGatewayService(UpdateExpressGatewayServiceRequest),
    UpdateGateway(UpdateGatewayRequest),
    UpdateService(UpdateServiceRequest),
    UpdateServicePrimaryTaskSet(UpdateServicePrimaryTaskSetRequest),
    UpdateTaskProtection(UpdateTaskProtectionRequest),
    UpdateTaskSet(UpdateTaskSetRequest),
}

impl Operation {
    /// Every operation name, in name order.
    pub const NAMES: &'static [&'static str] = &[
        "AssociateGatewayWithCluster",
        "ContinueServiceDeployment",
        "CreateCapacityProvider",
        "CreateCluster",
        "CreateDaemon",
        "CreateExpressGatewayService",
        "CreateGateway",
        "CreateService",
        "CreateTaskSet",
        "DeleteAccountSetting",
        "DeleteAttributes",
        "DeleteCapacityProvider",
        "DeleteCluster",
        "DeleteDaemon",
        "DeleteDaemonTaskDefinition",
        "DeleteExpressGatewayService",
        "DeleteGateway",
        "DeleteService",
        "DeleteTaskDefinitions",
        "DeleteTaskSet",
        "DeregisterContainerInstance",
        "DeregisterTaskDefinition",
        "DescribeCapacityProviders",
        "DescribeClusters",
        "DescribeContainerInstances",
        "DescribeDaemon",
        "DescribeDaemonDeployments",
        "DescribeDaemonRevisions",
        "DescribeDaemonTaskDefinition",
        "DescribeExpressGatewayService",
        "DescribeGateway",
        "DescribeGatewayResources",
        "DescribeGatewayRoute",
        "DescribeServiceDeployments",
        "DescribeServiceRevisions",
        "DescribeServices",
        "DescribeTaskDefinition",
        "DescribeTaskSets",
        "DescribeTasks",
        "DisassociateGatewayFromCluster",
        "DiscoverPollEndpoint",
        "ExecuteCommand",
        "GetTaskProtection",
        "ListAccountSettings",
        "ListAttributes",
        "ListClusters",
        "ListContainerInstances",
        "ListDaemonDeployments",
        "ListDaemonTaskDefinitions",
        "ListDaemons",
        "ListGatewayClusterAssociations",
        "ListGatewayRoutes",
        "ListGateways",
        "ListServiceDeployments",
        "ListServices",
        "ListServicesByNamespace",
        "ListTagsForResource",
        "ListTaskDefinitionFamilies",
        "ListTaskDefinitions",
        "ListTasks",
        "PutAccountSetting",
        "PutAccountSettingDefault",
        "PutAttributes",
        "PutClusterCapacityProviders",
        "RegisterContainerInstance",
        "RegisterDaemonTaskDefinition",
        "RegisterTaskDefinition",
        "RunTask",
        "StartTask",
        "StopServiceDeployment",
        "StopTask",
        "SubmitAttachmentStateChanges",
        "SubmitContainerStateChange",
        "SubmitTaskStateChange",
        "TagResource",
        "UntagResource",
        "UpdateCapacityProvider",
        "UpdateCluster",
        "UpdateClusterSettings",
        "UpdateContainerAgent",
        "UpdateContainerInstancesState",
        "UpdateDaemon",
        "UpdateExpressGatewayService",
        "UpdateGateway",
        "UpdateService",
        "UpdateServicePrimaryTaskSet",
        "UpdateTaskProtection",
        "UpdateTaskSet",
    ];

    /// The operation's AWS name, for metrics and tracing.
    pub fn name(&self) -> &'static str {
        match self {
            Self::AssociateGatewayWithCluster(_) => "AssociateGatewayWithCluster",
            Self::ContinueServiceDeployment(_) => "ContinueServiceDeployment",
            Self::CreateCapacityProvider(_) => "CreateCapacityProvider",
            Self::CreateCluster(_) => "CreateCluster",
            Self::CreateDaemon(_) => "CreateDaemon",
            Self::CreateExpressGatewayService(_) => "CreateExpressGatewayService",
            Self::CreateGateway(_) => "CreateGateway",
            Self::CreateService(_) => "CreateService",
            Self::CreateTaskSet(_) => "CreateTaskSet",
            Self::DeleteAccountSetting(_) => "DeleteAccountSetting",
            Self::DeleteAttributes(_) => "DeleteAttributes",
            Self::DeleteCapacityProvider(_) => "DeleteCapacityProvider",
            Self::DeleteCluster(_) => "DeleteCluster",
            Self::DeleteDaemon(_) => "DeleteDaemon",
            Self::DeleteDaemonTaskDefinition(_) => "DeleteDaemonTaskDefinition",
            Self::DeleteExpressGatewayService(_) => "DeleteExpressGatewayService",
            Self::DeleteGateway(_) => "DeleteGateway",
            Self::DeleteService(_) => "DeleteService",
            Self::DeleteTaskDefinitions(_) => "DeleteTaskDefinitions",
            Self::DeleteTaskSet(_) => "DeleteTaskSet",
            Self::DeregisterContainerInstance(_) => "DeregisterContainerInstance",
            Self::DeregisterTaskDefinition(_) => "DeregisterTaskDefinition",
            Self::DescribeCapacityProviders(_) => "DescribeCapacityProviders",
            Self::DescribeClusters(_) => "DescribeClusters",
            Self::DescribeContainerInstances(_) => "DescribeContainerInstances",
            Self::DescribeDaemon(_) => "DescribeDaemon",
            Self::DescribeDaemonDeployments(_) => "DescribeDaemonDeployments",
            Self::DescribeDaemonRevisions(_) => "DescribeDaemonRevisions",
            Self::DescribeDaemonTaskDefinition(_) => "DescribeDaemonTaskDefinition",
            Self::DescribeExpressGatewayService(_) => "DescribeExpressGatewayService",
            Self::DescribeGateway(_) => "DescribeGateway",
            Self::DescribeGatewayResources(_) => "DescribeGatewayResources",
            Self::DescribeGatewayRoute(_) => "DescribeGatewayRoute",
            Self::DescribeServiceDeployments(_) => "DescribeServiceDeployments",
            Self::DescribeServiceRevisions(_) => "DescribeServiceRevisions",
            Self::DescribeServices(_) => "DescribeServices",
            Self::DescribeTaskDefinition(_) => "DescribeTaskDefinition",
            Self::DescribeTaskSets(_) => "DescribeTaskSets",
            Self::DescribeTasks(_) => "DescribeTasks",
            Self::DisassociateGatewayFromCluster(_) => "DisassociateGatewayFromCluster",
            Self::DiscoverPollEndpoint(_) => "DiscoverPollEndpoint",
            Self::ExecuteCommand(_) => "ExecuteCommand",
            Self::GetTaskProtection(_) => "GetTaskProtection",
            Self::ListAccountSettings(_) => "ListAccountSettings",
            Self::ListAttributes(_) => "ListAttributes",
            Self::ListClusters(_) => "ListClusters",
            Self::ListContainerInstances(_) => "ListContainerInstances",
            Self::ListDaemonDeployments(_) => "ListDaemonDeployments",
            Self::ListDaemonTaskDefinitions(_) => "ListDaemonTaskDefinitions",
            Self::ListDaemons(_) => "ListDaemons",
            Self::ListGatewayClusterAssociations(_) => "ListGatewayClusterAssociations",
            Self::ListGatewayRoutes(_) => "ListGatewayRoutes",
            Self::ListGateways(_) => "ListGateways",
            Self::ListServiceDeployments(_) => "ListServiceDeployments",
            Self::ListServices(_) => "ListServices",
            Self::ListServicesByNamespace(_) => "ListServicesByNamespace",
            Self::ListTagsForResource(_) => "ListTagsForResource",
            Self::ListTaskDefinitionFamilies(_) => "ListTaskDefinitionFamilies",
            Self::ListTaskDefinitions(_) => "ListTaskDefinitions",
            Self::ListTasks(_) => "ListTasks",
            Self::PutAccountSetting(_) => "PutAccountSetting",
            Self::PutAccountSettingDefault(_) => "PutAccountSettingDefault",
            Self::PutAttributes(_) => "PutAttributes",
            Self::PutClusterCapacityProviders(_) => "PutClusterCapacityProviders",
            Self::RegisterContainerInstance(_) => "RegisterContainerInstance",
            Self::RegisterDaemonTaskDefinition(_) => "RegisterDaemonTaskDefinition",
            Self::RegisterTaskDefinition(_) => "RegisterTaskDefinition",
            Self::RunTask(_) => "RunTask",
            Self::StartTask(_) => "StartTask",
            Self::StopServiceDeployment(_) => "StopServiceDeployment",
            Self::StopTask(_) => "StopTask",
            Self::SubmitAttachmentStateChanges(_) => "SubmitAttachmentStateChanges",
            Self::SubmitContainerStateChange(_) => "SubmitContainerStateChange",
            Self::SubmitTaskStateChange(_) => "SubmitTaskStateChange",
            Self::TagResource(_) => "TagResource",
            Self::UntagResource(_) => "UntagResource",
            Self::UpdateCapacityProvider(_) => "UpdateCapacityProvider",
            Self::UpdateCluster(_) => "UpdateCluster",
            Self::UpdateClusterSettings(_) => "UpdateClusterSettings",
            Self::UpdateContainerAgent(_) => "UpdateContainerAgent",
            Self::UpdateContainerInstancesState(_) => "UpdateContainerInstancesState",
            Self::UpdateDaemon(_) => "UpdateDaemon",
            Self::UpdateExpressGatewayService(_) => "UpdateExpressGatewayService",
            Self::UpdateGateway(_) => "UpdateGateway",
            Self::UpdateService(_) => "UpdateService",
            Self::UpdateServicePrimaryTaskSet(_) => "UpdateServicePrimaryTaskSet",
            Self::UpdateTaskProtection(_) => "UpdateTaskProtection",
            Self::UpdateTaskSet(_) => "UpdateTaskSet",
        }
    }

    /// Parses a request body (JSON; empty reads as `{}`) as the input of the named operation.
    pub fn parse(operation_name: &str, body: &[u8]) -> Result<Operation, ParseError> {
        match operation_name {
            "AssociateGatewayWithCluster" => parse_body(body).map(Self::AssociateGatewayWithCluster),
            "ContinueServiceDeployment" => parse_body(body).map(Self::ContinueServiceDeployment),
            "CreateCapacityProvider" => parse_body(body).map(Self::CreateCapacityProvider),
            "CreateCluster" => parse_body(body).map(Self::CreateCluster),
            "CreateDaemon" => parse_body(body).map(Self::CreateDaemon),
            "CreateExpressGatewayService" => parse_body(body).map(Self::CreateExpressGatewayService),
            "CreateGateway" => parse_body(body).map(Self::CreateGateway),
            "CreateService" => parse_body(body).map(Self::CreateService),
            "CreateTaskSet" => parse_body(body).map(Self::CreateTaskSet),
            "DeleteAccountSetting" => parse_body(body).map(Self::DeleteAccountSetting),
            "DeleteAttributes" => parse_body(body).map(Self::DeleteAttributes),
            "DeleteCapacityProvider" => parse_body(body).map(Self::DeleteCapacityProvider),
            "DeleteCluster" => parse_body(body).map(Self::DeleteCluster),
            "DeleteDaemon" => parse_body(body).map(Self::DeleteDaemon),
            "DeleteDaemonTaskDefinition" => parse_body(body).map(Self::DeleteDaemonTaskDefinition),
            "DeleteExpressGatewayService" => parse_body(body).map(Self::DeleteExpressGatewayService),
            "DeleteGateway" => parse_body(body).map(Self::DeleteGateway),
            "DeleteService" => parse_body(body).map(Self::DeleteService),
            "DeleteTaskDefinitions" => parse_body(body).map(Self::DeleteTaskDefinitions),
            "DeleteTaskSet" => parse_body(body).map(Self::DeleteTaskSet),
            "DeregisterContainerInstance" => parse_body(body).map(Self::DeregisterContainerInstance),
            "DeregisterTaskDefinition" => parse_body(body).map(Self::DeregisterTaskDefinition),
            "DescribeCapacityProviders" => parse_body(body).map(Self::DescribeCapacityProviders),
            "DescribeClusters" => parse_body(body).map(Self::DescribeClusters),
            "DescribeContainerInstances" => parse_body(body).map(Self::DescribeContainerInstances),
            "DescribeDaemon" => parse_body(body).map(Self::DescribeDaemon),
            "DescribeDaemonDeployments" => parse_body(body).map(Self::DescribeDaemonDeployments),
            "DescribeDaemonRevisions" => parse_body(body).map(Self::DescribeDaemonRevisions),
            "DescribeDaemonTaskDefinition" => parse_body(body).map(Self::DescribeDaemonTaskDefinition),
            "DescribeExpressGatewayService" => parse_body(body).map(Self::DescribeExpressGatewayService),
            "DescribeGateway" => parse_body(body).map(Self::DescribeGateway),
            "DescribeGatewayResources" => parse_body(body).map(Self::DescribeGatewayResources),
            "DescribeGatewayRoute" => parse_body(body).map(Self::DescribeGatewayRoute),
            "DescribeServiceDeployments" => parse_body(body).map(Self::DescribeServiceDeployments),
            "DescribeServiceRevisions" => parse_body(body).map(Self::DescribeServiceRevisions),
            "DescribeServices" => parse_body(body).map(Self::DescribeServices),
            "DescribeTaskDefinition" => parse_body(body).map(Self::DescribeTaskDefinition),
            "DescribeTaskSets" => parse_body(body).map(Self::DescribeTaskSets),
            "DescribeTasks" => parse_body(body).map(Self::DescribeTasks),
            "DisassociateGatewayFromCluster" => parse_body(body).map(Self::DisassociateGatewayFromCluster),
            "DiscoverPollEndpoint" => parse_body(body).map(Self::DiscoverPollEndpoint),
            "ExecuteCommand" => parse_body(body).map(Self::ExecuteCommand),
            "GetTaskProtection" => parse_body(body).map(Self::GetTaskProtection),
            "ListAccountSettings" => parse_body(body).map(Self::ListAccountSettings),
            "ListAttributes" => parse_body(body).map(Self::ListAttributes),
            "ListClusters" => parse_body(body).map(Self::ListClusters),
            "ListContainerInstances" => parse_body(body).map(Self::ListContainerInstances),
            "ListDaemonDeployments" => parse_body(body).map(Self::ListDaemonDeployments),
            "ListDaemonTaskDefinitions" => parse_body(body).map(Self::ListDaemonTaskDefinitions),
            "ListDaemons" => parse_body(body).map(Self::ListDaemons),
            "ListGatewayClusterAssociations" => parse_body(body).map(Self::ListGatewayClusterAssociations),
            "ListGatewayRoutes" => parse_body(body).map(Self::ListGatewayRoutes),
            "ListGateways" => parse_body(body).map(Self::ListGateways),
            "ListServiceDeployments" => parse_body(body).map(Self::ListServiceDeployments),
            "ListServices" => parse_body(body).map(Self::ListServices),
            "ListServicesByNamespace" => parse_body(body).map(Self::ListServicesByNamespace),
            "ListTagsForResource" => parse_body(body).map(Self::ListTagsForResource),
            "ListTaskDefinitionFamilies" => parse_body(body).map(Self::ListTaskDefinitionFamilies),
            "ListTaskDefinitions" => parse_body(body).map(Self::ListTaskDefinitions),
            "ListTasks" => parse_body(body).map(Self::ListTasks),
            "PutAccountSetting" => parse_body(body).map(Self::PutAccountSetting),
            "PutAccountSettingDefault" => parse_body(body).map(Self::PutAccountSettingDefault),
            "PutAttributes" => parse_body(body).map(Self::PutAttributes),
            "PutClusterCapacityProviders" => parse_body(body).map(Self::PutClusterCapacityProviders),
            "RegisterContainerInstance" => parse_body(body).map(Self::RegisterContainerInstance),
            "RegisterDaemonTaskDefinition" => parse_body(body).map(Self::RegisterDaemonTaskDefinition),
            "RegisterTaskDefinition" => parse_body(body).map(Self::RegisterTaskDefinition),
            "RunTask" => parse_body(body).map(Self::RunTask),
            "StartTask" => parse_body(body).map(Self::StartTask),
            "StopServiceDeployment" => parse_body(body).map(Self::StopServiceDeployment),
            "StopTask" => parse_body(body).map(Self::StopTask),
            "SubmitAttachmentStateChanges" => parse_body(body).map(Self::SubmitAttachmentStateChanges),
            "SubmitContainerStateChange" => parse_body(body).map(Self::SubmitContainerStateChange),
            "SubmitTaskStateChange" => parse_body(body).map(Self::SubmitTaskStateChange),
            "TagResource" => parse_body(body).map(Self::TagResource),
            "UntagResource" => parse_body(body).map(Self::UntagResource),
            "UpdateCapacityProvider" => parse_body(body).map(Self::UpdateCapacityProvider),
            "UpdateCluster" => parse_body(body).map(Self::UpdateCluster),
            "UpdateClusterSettings" => parse_body(body).map(Self::UpdateClusterSettings),
            "UpdateContainerAgent" => parse_body(body).map(Self::UpdateContainerAgent),
            "UpdateContainerInstancesState" => parse_body(body).map(Self::UpdateContainerInstancesState),
            "UpdateDaemon" => parse_body(body).map(Self::UpdateDaemon),
            "UpdateExpressGatewayService" => parse_body(body).map(Self::UpdateExpressGatewayService),
            "UpdateGateway" => parse_body(body).map(Self::UpdateGateway),
            "UpdateService" => parse_body(body).map(Self::UpdateService),
            "UpdateServicePrimaryTaskSet" => parse_body(body).map(Self::UpdateServicePrimaryTaskSet),
            "UpdateTaskProtection" => parse_body(body).map(Self::UpdateTaskProtection),
            "UpdateTaskSet" => parse_body(body).map(Self::UpdateTaskSet),
            _ => Err(ParseError::UnknownOperation { name: operation_name.to_owned() }),
        }
    }

    /// Checks the input against the model's constraints; `Err` lists every problem found.
    pub fn validate(&self) -> Result<(), Vec<ValidationProblem>> {
        match self {
            Self::AssociateGatewayWithCluster(input) => input.validate_request(),
            Self::ContinueServiceDeployment(input) => input.validate_request(),
            Self::CreateCapacityProvider(input) => input.validate_request(),
            Self::CreateCluster(input) => input.validate_request(),
            Self::CreateDaemon(input) => input.validate_request(),
            Self::CreateExpressGatewayService(input) => input.validate_request(),
            Self::CreateGateway(input) => input.validate_request(),
            Self::CreateService(input) => input.validate_request(),
            Self::CreateTaskSet(input) => input.validate_request(),
            Self::DeleteAccountSetting(input) => input.validate_request(),
            Self::DeleteAttributes(input) => input.validate_request(),
            Self::DeleteCapacityProvider(input) => input.validate_request(),
            Self::DeleteCluster(input) => input.validate_request(),
            Self::DeleteDaemon(input) => input.validate_request(),
            Self::DeleteDaemonTaskDefinition(input) => input.validate_request(),
            Self::DeleteExpressGatewayService(input) => input.validate_request(),
            Self::DeleteGateway(input) => input.validate_request(),
            Self::DeleteService(input) => input.validate_request(),
            Self::DeleteTaskDefinitions(input) => input.validate_request(),
            Self::DeleteTaskSet(input) => input.validate_request(),
            Self::DeregisterContainerInstance(input) => input.validate_request(),
            Self::DeregisterTaskDefinition(input) => input.validate_request(),
            Self::DescribeCapacityProviders(input) => input.validate_request(),
            Self::DescribeClusters(input) => input.validate_request(),
            Self::DescribeContainerInstances(input) => input.validate_request(),
            Self::DescribeDaemon(input) => input.validate_request(),
            Self::DescribeDaemonDeployments(input) => input.validate_request(),
            Self::DescribeDaemonRevisions(input) => input.validate_request(),
            Self::DescribeDaemonTaskDefinition(input) => input.validate_request(),
            Self::DescribeExpressGatewayService(input) => input.validate_request(),
            Self::DescribeGateway(input) => input.validate_request(),
            Self::DescribeGatewayResources(input) => input.validate_request(),
            Self::DescribeGatewayRoute(input) => input.validate_request(),
            Self::DescribeServiceDeployments(input) => input.validate_request(),
            Self::DescribeServiceRevisions(input) => input.validate_request(),
            Self::DescribeServices(input) => input.validate_request(),
            Self::DescribeTaskDefinition(input) => input.validate_request(),
            Self::DescribeTaskSets(input) => input.validate_request(),
            Self::DescribeTasks(input) => input.validate_request(),
            Self::DisassociateGatewayFromCluster(input) => input.validate_request(),
            Self::DiscoverPollEndpoint(input) => input.validate_request(),
            Self::ExecuteCommand(input) => input.validate_request(),
            Self::GetTaskProtection(input) => input.validate_request(),
            Self::ListAccountSettings(input) => input.validate_request(),
            Self::ListAttributes(input) => input.validate_request(),
            Self::ListClusters(input) => input.validate_request(),
            Self::ListContainerInstances(input) => input.validate_request(),
            Self::ListDaemonDeployments(input) => input.validate_request(),
            Self::ListDaemonTaskDefinitions(input) => input.validate_request(),
            Self::ListDaemons(input) => input.validate_request(),
            Self::ListGatewayClusterAssociations(input) => input.validate_request(),
            Self::ListGatewayRoutes(input) => input.validate_request(),
            Self::ListGateways(input) => input.validate_request(),
            Self::ListServiceDeployments(input) => input.validate_request(),
            Self::ListServices(input) => input.validate_request(),
            Self::ListServicesByNamespace(input) => input.validate_request(),
            Self::ListTagsForResource(input) => input.validate_request(),
            Self::ListTaskDefinitionFamilies(input) => input.validate_request(),
            Self::ListTaskDefinitions(input) => input.validate_request(),
            Self::ListTasks(input) => input.validate_request(),
            Self::PutAccountSetting(input) => input.validate_request(),
            Self::PutAccountSettingDefault(input) => input.validate_request(),
            Self::PutAttributes(input) => input.validate_request(),
            Self::PutClusterCapacityProviders(input) => input.validate_request(),
            Self::RegisterContainerInstance(input) => input.validate_request(),
            Self::RegisterDaemonTaskDefinition(input) => input.validate_request(),
            Self::RegisterTaskDefinition(input) => input.validate_request(),
            Self::RunTask(input) => input.validate_request(),
            Self::StartTask(input) => input.validate_request(),
            Self::StopServiceDeployment(input) => input.validate_request(),
            Self::StopTask(input) => input.validate_request(),
            Self::SubmitAttachmentStateChanges(input) => input.validate_request(),
            Self::SubmitContainerStateChange(input) => input.validate_request(),
            Self::SubmitTaskStateChange(input) => input.validate_request(),
            Self::TagResource(input) => input.validate_request(),
            Self::UntagResource(input) => input.validate_request(),
            Self::UpdateCapacityProvider(input) => input.validate_request(),
            Self::UpdateCluster(input) => input.validate_request(),
            Self::UpdateClusterSettings(input) => input.validate_request(),
            Self::UpdateContainerAgent(input) => input.validate_request(),
            Self::UpdateContainerInstancesState(input) => input.validate_request(),
            Self::UpdateDaemon(input) => input.validate_request(),
            Self::UpdateExpressGatewayService(input) => input.validate_request(),
            Self::UpdateGateway(input) => input.validate_request(),
            Self::UpdateService(input) => input.validate_request(),
            Self::UpdateServicePrimaryTaskSet(input) => input.validate_request(),
            Self::UpdateTaskProtection(input) => input.validate_request(),
            Self::UpdateTaskSet(input) => input.validate_request(),
        }
    }
}

use ferry_api::shape::parse_body;
pub use ferry_api::shape::{BodyErrorKind, ParseError};

const ALLOWED_INSTANCE_TYPE_PATTERN_TEXT: &str = r"[a-zA-Z0-9\.\*\-]+";
static ALLOWED_INSTANCE_TYPE_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(ALLOWED_INSTANCE_TYPE_PATTERN_TEXT));
const TAG_KEY_PATTERN_TEXT: &str = r"([\p{L}\p{Z}\p{N}_.:/=+\-@]*)";
static TAG_KEY_PATTERN: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex(TAG_KEY_PATTERN_TEXT));

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AcceleratorCountRequest {
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl Validate for AcceleratorCountRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AcceleratorManufacturer {
    #[serde(rename = "amazon-web-services")]
    AmazonWebServices,
    #[serde(rename = "amd")]
    Amd,
    #[serde(rename = "nvidia")]
    Nvidia,
    #[serde(rename = "xilinx")]
    Xilinx,
    #[serde(rename = "habana")]
    Habana,
}

impl AcceleratorManufacturer {
    pub const VALUES: &'static [&'static str] = &["amazon-web-services", "amd", "nvidia", "xilinx", "habana"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AmazonWebServices => "amazon-web-services",
            Self::Amd => "amd",
            Self::Nvidia => "nvidia",
            Self::Xilinx => "xilinx",
            Self::Habana => "habana",
        }
    }
}

impl std::fmt::Display for AcceleratorManufacturer {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AcceleratorName {
    #[serde(rename = "a100")]
    A100,
    #[serde(rename = "inferentia")]
    Inferentia,
    #[serde(rename = "k520")]
    K520,
    #[serde(rename = "k80")]
    K80,
    #[serde(rename = "m60")]
    M60,
    #[serde(rename = "radeon-pro-v520")]
    RadeonProV520,
    #[serde(rename = "t4")]
    T4,
    #[serde(rename = "vu9p")]
    Vu9p,
    #[serde(rename = "v100")]
    V100,
    #[serde(rename = "a10g")]
    A10g,
    #[serde(rename = "h100")]
    H100,
    #[serde(rename = "t4g")]
    T4g,
    #[serde(rename = "l40s")]
    L40s,
    #[serde(rename = "l4")]
    L4,
}

impl AcceleratorName {
    pub const VALUES: &'static [&'static str] =
        &["a100", "inferentia", "k520", "k80", "m60", "radeon-pro-v520", "t4", "vu9p", "v100", "a10g", "h100", "t4g", "l40s", "l4"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::A100 => "a100",
            Self::Inferentia => "inferentia",
            Self::K520 => "k520",
            Self::K80 => "k80",
            Self::M60 => "m60",
            Self::RadeonProV520 => "radeon-pro-v520",
            Self::T4 => "t4",
            Self::Vu9p => "vu9p",
            Self::V100 => "v100",
            Self::A10g => "a10g",
            Self::H100 => "h100",
            Self::T4g => "t4g",
            Self::L40s => "l40s",
            Self::L4 => "l4",
        }
    }
}

impl std::fmt::Display for AcceleratorName {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AcceleratorTotalMemoryMiBRequest {
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl Validate for AcceleratorTotalMemoryMiBRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AcceleratorType {
    #[serde(rename = "gpu")]
    Gpu,
    #[serde(rename = "fpga")]
    Fpga,
    #[serde(rename = "inference")]
    Inference,
}

impl AcceleratorType {
    pub const VALUES: &'static [&'static str] = &["gpu", "fpga", "inference"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Gpu => "gpu",
            Self::Fpga => "fpga",
            Self::Inference => "inference",
        }
    }
}

impl std::fmt::Display for AcceleratorType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AccessType {
    #[serde(rename = "PUBLIC")]
    Public,
    #[serde(rename = "PRIVATE")]
    Private,
}

impl AccessType {
    pub const VALUES: &'static [&'static str] = &["PUBLIC", "PRIVATE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Public => "PUBLIC",
            Self::Private => "PRIVATE",
        }
    }
}

impl std::fmt::Display for AccessType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AdvancedConfiguration {
    #[serde(rename = "alternateTargetGroupArn", default, skip_serializing_if = "Option::is_none")]
    pub alternate_target_group_arn: Option<String>,
    #[serde(rename = "productionListenerRule", default, skip_serializing_if = "Option::is_none")]
    pub production_listener_rule: Option<String>,
    #[serde(rename = "testListenerRule", default, skip_serializing_if = "Option::is_none")]
    pub test_listener_rule: Option<String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
}

impl Validate for AdvancedConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgentUpdateStatus {
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "STAGING")]
    Staging,
    #[serde(rename = "STAGED")]
    Staged,
    #[serde(rename = "UPDATING")]
    Updating,
    #[serde(rename = "UPDATED")]
    Updated,
    #[serde(rename = "FAILED")]
    Failed,
}

impl AgentUpdateStatus {
    pub const VALUES: &'static [&'static str] = &["PENDING", "STAGING", "STAGED", "UPDATING", "UPDATED", "FAILED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Staging => "STAGING",
            Self::Staged => "STAGED",
            Self::Updating => "UPDATING",
            Self::Updated => "UPDATED",
            Self::Failed => "FAILED",
        }
    }
}

impl std::fmt::Display for AgentUpdateStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ApplicationProtocol {
    #[serde(rename = "http")]
    Http,
    #[serde(rename = "http2")]
    Http2,
    #[serde(rename = "grpc")]
    Grpc,
}

impl ApplicationProtocol {
    pub const VALUES: &'static [&'static str] = &["http", "http2", "grpc"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Http => "http",
            Self::Http2 => "http2",
            Self::Grpc => "grpc",
        }
    }
}

impl std::fmt::Display for ApplicationProtocol {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AssignPublicIp {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl AssignPublicIp {
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
        }
    }
}

impl std::fmt::Display for AssignPublicIp {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AssociateGatewayWithClusterRequest {
    #[serde(rename = "gateway")]
    pub gateway: String,
    #[serde(rename = "cluster")]
    pub cluster: String,
}

impl Validate for AssociateGatewayWithClusterRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AssociateGatewayWithClusterResponse {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayClusterAssociationStatus>,
}

impl Validate for AssociateGatewayWithClusterResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Attachment {
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "details", default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<KeyValuePair>>,
}

impl Validate for Attachment {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AttachmentStateChange {
    #[serde(rename = "attachmentArn")]
    pub attachment_arn: String,
    #[serde(rename = "status")]
    pub status: String,
}

impl Validate for AttachmentStateChange {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AttestationPolicyStatus {
    #[serde(rename = "CONFIGURED")]
    Configured,
}

impl AttestationPolicyStatus {
    pub const VALUES: &'static [&'static str] = &["CONFIGURED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Configured => "CONFIGURED",
        }
    }
}

impl std::fmt::Display for AttestationPolicyStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Attribute {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "targetType", default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<TargetType>,
    #[serde(rename = "targetId", default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
}

impl Validate for Attribute {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AutoRepairActionsStatus {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl AutoRepairActionsStatus {
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
        }
    }
}

impl std::fmt::Display for AutoRepairActionsStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AutoRepairConfiguration {
    #[serde(rename = "actionsStatus", default, skip_serializing_if = "Option::is_none")]
    pub actions_status: Option<AutoRepairActionsStatus>,
}

impl Validate for AutoRepairConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AutoScalingGroupProvider {
    #[serde(rename = "autoScalingGroupArn")]
    pub auto_scaling_group_arn: String,
    #[serde(rename = "managedScaling", default, skip_serializing_if = "Option::is_none")]
    pub managed_scaling: Option<ManagedScaling>,
    #[serde(rename = "managedTerminationProtection", default, skip_serializing_if = "Option::is_none")]
    pub managed_termination_protection: Option<ManagedTerminationProtection>,
    #[serde(rename = "managedDraining", default, skip_serializing_if = "Option::is_none")]
    pub managed_draining: Option<ManagedDraining>,
}

impl Validate for AutoScalingGroupProvider {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.managed_scaling.validate(&path.field("managedScaling"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AutoScalingGroupProviderUpdate {
    #[serde(rename = "managedScaling", default, skip_serializing_if = "Option::is_none")]
    pub managed_scaling: Option<ManagedScaling>,
    #[serde(rename = "managedTerminationProtection", default, skip_serializing_if = "Option::is_none")]
    pub managed_termination_protection: Option<ManagedTerminationProtection>,
    #[serde(rename = "managedDraining", default, skip_serializing_if = "Option::is_none")]
    pub managed_draining: Option<ManagedDraining>,
}

impl Validate for AutoScalingGroupProviderUpdate {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.managed_scaling.validate(&path.field("managedScaling"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AvailabilityZoneRebalancing {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl AvailabilityZoneRebalancing {
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
        }
    }
}

impl std::fmt::Display for AvailabilityZoneRebalancing {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AwsVpcConfiguration {
    #[serde(rename = "subnets")]
    pub subnets: Vec<String>,
    #[serde(rename = "securityGroups", default, skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<String>>,
    #[serde(rename = "assignPublicIp", default, skip_serializing_if = "Option::is_none")]
    pub assign_public_ip: Option<AssignPublicIp>,
}

impl Validate for AwsVpcConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BareMetal {
    #[serde(rename = "included")]
    Included,
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "excluded")]
    Excluded,
}

impl BareMetal {
    pub const VALUES: &'static [&'static str] = &["included", "required", "excluded"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Included => "included",
            Self::Required => "required",
            Self::Excluded => "excluded",
        }
    }
}

impl std::fmt::Display for BareMetal {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BaselineEbsBandwidthMbpsRequest {
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl Validate for BaselineEbsBandwidthMbpsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BurstablePerformance {
    #[serde(rename = "included")]
    Included,
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "excluded")]
    Excluded,
}

impl BurstablePerformance {
    pub const VALUES: &'static [&'static str] = &["included", "required", "excluded"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Included => "included",
            Self::Required => "required",
            Self::Excluded => "excluded",
        }
    }
}

impl std::fmt::Display for BurstablePerformance {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CPUArchitecture {
    #[serde(rename = "X86_64")]
    X8664,
    #[serde(rename = "ARM64")]
    Arm64,
}

impl CPUArchitecture {
    pub const VALUES: &'static [&'static str] = &["X86_64", "ARM64"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::X8664 => "X86_64",
            Self::Arm64 => "ARM64",
        }
    }
}

impl std::fmt::Display for CPUArchitecture {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CanaryConfiguration {
    #[serde(rename = "canaryPercent", default, skip_serializing_if = "Option::is_none")]
    pub canary_percent: Option<f64>,
    #[serde(rename = "canaryBakeTimeInMinutes", default, skip_serializing_if = "Option::is_none")]
    pub canary_bake_time_in_minutes: Option<i32>,
}

impl Validate for CanaryConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CapacityOptionType {
    #[serde(rename = "ON_DEMAND")]
    OnDemand,
    #[serde(rename = "SPOT")]
    Spot,
    #[serde(rename = "RESERVED")]
    Reserved,
}

impl CapacityOptionType {
    pub const VALUES: &'static [&'static str] = &["ON_DEMAND", "SPOT", "RESERVED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::OnDemand => "ON_DEMAND",
            Self::Spot => "SPOT",
            Self::Reserved => "RESERVED",
        }
    }
}

impl std::fmt::Display for CapacityOptionType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CapacityProvider {
    #[serde(rename = "capacityProviderArn", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CapacityProviderStatus>,
    #[serde(rename = "autoScalingGroupProvider", default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProvider>,
    #[serde(rename = "managedInstancesProvider", default, skip_serializing_if = "Option::is_none")]
    pub managed_instances_provider: Option<ManagedInstancesProvider>,
    #[serde(rename = "updateStatus", default, skip_serializing_if = "Option::is_none")]
    pub update_status: Option<CapacityProviderUpdateStatus>,
    #[serde(rename = "updateStatusReason", default, skip_serializing_if = "Option::is_none")]
    pub update_status_reason: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CapacityProviderType>,
}

impl Validate for CapacityProvider {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.auto_scaling_group_provider.validate(&path.field("autoScalingGroupProvider"), problems);
        self.managed_instances_provider.validate(&path.field("managedInstancesProvider"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CapacityProviderField {
    #[serde(rename = "TAGS")]
    Tags,
}

impl CapacityProviderField {
    pub const VALUES: &'static [&'static str] = &["TAGS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Tags => "TAGS",
        }
    }
}

impl std::fmt::Display for CapacityProviderField {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CapacityProviderStatus {
    #[serde(rename = "PROVISIONING")]
    Provisioning,
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DEPROVISIONING")]
    Deprovisioning,
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl CapacityProviderStatus {
    pub const VALUES: &'static [&'static str] = &["PROVISIONING", "ACTIVE", "DEPROVISIONING", "INACTIVE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Provisioning => "PROVISIONING",
            Self::Active => "ACTIVE",
            Self::Deprovisioning => "DEPROVISIONING",
            Self::Inactive => "INACTIVE",
        }
    }
}

impl std::fmt::Display for CapacityProviderStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CapacityProviderStrategyItem {
    #[serde(rename = "capacityProvider")]
    pub capacity_provider: String,
    #[serde(rename = "weight", default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<i32>,
    #[serde(rename = "base", default, skip_serializing_if = "Option::is_none")]
    pub base: Option<i32>,
}

impl Validate for CapacityProviderStrategyItem {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.weight {
            let member_path = path.field("weight");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), Some(1000.0), &member_path, problems);
        }
        if let Some(value) = &self.base {
            let member_path = path.field("base");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), Some(100000.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CapacityProviderType {
    #[serde(rename = "EC2_AUTOSCALING")]
    Ec2Autoscaling,
    #[serde(rename = "MANAGED_INSTANCES")]
    ManagedInstances,
    #[serde(rename = "FARGATE")]
    Fargate,
    #[serde(rename = "FARGATE_SPOT")]
    FargateSpot,
}

impl CapacityProviderType {
    pub const VALUES: &'static [&'static str] = &["EC2_AUTOSCALING", "MANAGED_INSTANCES", "FARGATE", "FARGATE_SPOT"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ec2Autoscaling => "EC2_AUTOSCALING",
            Self::ManagedInstances => "MANAGED_INSTANCES",
            Self::Fargate => "FARGATE",
            Self::FargateSpot => "FARGATE_SPOT",
        }
    }
}

impl std::fmt::Display for CapacityProviderType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CapacityProviderUpdateStatus {
    #[serde(rename = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    #[serde(rename = "CREATE_COMPLETE")]
    CreateComplete,
    #[serde(rename = "CREATE_FAILED")]
    CreateFailed,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "DELETE_COMPLETE")]
    DeleteComplete,
    #[serde(rename = "DELETE_FAILED")]
    DeleteFailed,
    #[serde(rename = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    #[serde(rename = "UPDATE_COMPLETE")]
    UpdateComplete,
    #[serde(rename = "UPDATE_FAILED")]
    UpdateFailed,
}

impl CapacityProviderUpdateStatus {
    pub const VALUES: &'static [&'static str] = &[
        "CREATE_IN_PROGRESS",
        "CREATE_COMPLETE",
        "CREATE_FAILED",
        "DELETE_IN_PROGRESS",
        "DELETE_COMPLETE",
        "DELETE_FAILED",
        "UPDATE_IN_PROGRESS",
        "UPDATE_COMPLETE",
        "UPDATE_FAILED",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::CreateInProgress => "CREATE_IN_PROGRESS",
            Self::CreateComplete => "CREATE_COMPLETE",
            Self::CreateFailed => "CREATE_FAILED",
            Self::DeleteInProgress => "DELETE_IN_PROGRESS",
            Self::DeleteComplete => "DELETE_COMPLETE",
            Self::DeleteFailed => "DELETE_FAILED",
            Self::UpdateInProgress => "UPDATE_IN_PROGRESS",
            Self::UpdateComplete => "UPDATE_COMPLETE",
            Self::UpdateFailed => "UPDATE_FAILED",
        }
    }
}

impl std::fmt::Display for CapacityProviderUpdateStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CapacityReservationPreference {
    #[serde(rename = "RESERVATIONS_ONLY")]
    ReservationsOnly,
    #[serde(rename = "RESERVATIONS_FIRST")]
    ReservationsFirst,
    #[serde(rename = "RESERVATIONS_EXCLUDED")]
    ReservationsExcluded,
}

impl CapacityReservationPreference {
    pub const VALUES: &'static [&'static str] = &["RESERVATIONS_ONLY", "RESERVATIONS_FIRST", "RESERVATIONS_EXCLUDED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ReservationsOnly => "RESERVATIONS_ONLY",
            Self::ReservationsFirst => "RESERVATIONS_FIRST",
            Self::ReservationsExcluded => "RESERVATIONS_EXCLUDED",
        }
    }
}

impl std::fmt::Display for CapacityReservationPreference {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CapacityReservationRequest {
    #[serde(rename = "reservationGroupArn", default, skip_serializing_if = "Option::is_none")]
    pub reservation_group_arn: Option<String>,
    #[serde(rename = "reservationPreference", default, skip_serializing_if = "Option::is_none")]
    pub reservation_preference: Option<CapacityReservationPreference>,
}

impl Validate for CapacityReservationRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Cluster {
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "clusterName", default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    #[serde(rename = "configuration", default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<ClusterConfiguration>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "registeredContainerInstancesCount", default, skip_serializing_if = "Option::is_none")]
    pub registered_container_instances_count: Option<i32>,
    #[serde(rename = "runningTasksCount", default, skip_serializing_if = "Option::is_none")]
    pub running_tasks_count: Option<i32>,
    #[serde(rename = "pendingTasksCount", default, skip_serializing_if = "Option::is_none")]
    pub pending_tasks_count: Option<i32>,
    #[serde(rename = "activeServicesCount", default, skip_serializing_if = "Option::is_none")]
    pub active_services_count: Option<i32>,
    #[serde(rename = "statistics", default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<Vec<KeyValuePair>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<String>>,
    #[serde(rename = "defaultCapacityProviderStrategy", default, skip_serializing_if = "Option::is_none")]
    pub default_capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "attachments", default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<Attachment>>,
    #[serde(rename = "attachmentsStatus", default, skip_serializing_if = "Option::is_none")]
    pub attachments_status: Option<String>,
    #[serde(rename = "serviceConnectDefaults", default, skip_serializing_if = "Option::is_none")]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaults>,
}

impl Validate for Cluster {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
        self.default_capacity_provider_strategy.validate(&path.field("defaultCapacityProviderStrategy"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ClusterConfiguration {
    #[serde(rename = "executeCommandConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub execute_command_configuration: Option<ExecuteCommandConfiguration>,
    #[serde(rename = "managedStorageConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub managed_storage_configuration: Option<ManagedStorageConfiguration>,
}

impl Validate for ClusterConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ClusterField {
    #[serde(rename = "ATTACHMENTS")]
    Attachments,
    #[serde(rename = "CONFIGURATIONS")]
    Configurations,
    #[serde(rename = "SETTINGS")]
    Settings,
    #[serde(rename = "STATISTICS")]
    Statistics,
    #[serde(rename = "TAGS")]
    Tags,
}

impl ClusterField {
    pub const VALUES: &'static [&'static str] = &["ATTACHMENTS", "CONFIGURATIONS", "SETTINGS", "STATISTICS", "TAGS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Attachments => "ATTACHMENTS",
            Self::Configurations => "CONFIGURATIONS",
            Self::Settings => "SETTINGS",
            Self::Statistics => "STATISTICS",
            Self::Tags => "TAGS",
        }
    }
}

impl std::fmt::Display for ClusterField {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ClusterServiceConnectDefaults {
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

impl Validate for ClusterServiceConnectDefaults {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ClusterServiceConnectDefaultsRequest {
    #[serde(rename = "namespace")]
    pub namespace: String,
}

impl Validate for ClusterServiceConnectDefaultsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ClusterSetting {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<ClusterSettingName>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Validate for ClusterSetting {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ClusterSettingName {
    #[serde(rename = "containerInsights")]
    ContainerInsights,
}

impl ClusterSettingName {
    pub const VALUES: &'static [&'static str] = &["containerInsights"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ContainerInsights => "containerInsights",
        }
    }
}

impl std::fmt::Display for ClusterSettingName {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Compatibility {
    #[serde(rename = "EC2")]
    Ec2,
    #[serde(rename = "FARGATE")]
    Fargate,
    #[serde(rename = "EXTERNAL")]
    External,
    #[serde(rename = "MANAGED_INSTANCES")]
    ManagedInstances,
}

impl Compatibility {
    pub const VALUES: &'static [&'static str] = &["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ec2 => "EC2",
            Self::Fargate => "FARGATE",
            Self::External => "EXTERNAL",
            Self::ManagedInstances => "MANAGED_INSTANCES",
        }
    }
}

impl std::fmt::Display for Compatibility {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Connectivity {
    #[serde(rename = "CONNECTED")]
    Connected,
    #[serde(rename = "DISCONNECTED")]
    Disconnected,
}

impl Connectivity {
    pub const VALUES: &'static [&'static str] = &["CONNECTED", "DISCONNECTED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Connected => "CONNECTED",
            Self::Disconnected => "DISCONNECTED",
        }
    }
}

impl std::fmt::Display for Connectivity {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Container {
    #[serde(rename = "containerArn", default, skip_serializing_if = "Option::is_none")]
    pub container_arn: Option<String>,
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(rename = "runtimeId", default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    #[serde(rename = "lastStatus", default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<String>,
    #[serde(rename = "exitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "networkBindings", default, skip_serializing_if = "Option::is_none")]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    #[serde(rename = "networkInterfaces", default, skip_serializing_if = "Option::is_none")]
    pub network_interfaces: Option<Vec<NetworkInterface>>,
    #[serde(rename = "healthStatus", default, skip_serializing_if = "Option::is_none")]
    pub health_status: Option<HealthStatus>,
    #[serde(rename = "managedAgents", default, skip_serializing_if = "Option::is_none")]
    pub managed_agents: Option<Vec<ManagedAgent>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "memoryReservation", default, skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<String>,
    #[serde(rename = "gpuIds", default, skip_serializing_if = "Option::is_none")]
    pub gpu_ids: Option<Vec<String>>,
    #[serde(rename = "neuronDeviceIds", default, skip_serializing_if = "Option::is_none")]
    pub neuron_device_ids: Option<Vec<String>>,
    #[serde(rename = "gpuSharingStrategy", default, skip_serializing_if = "Option::is_none")]
    pub gpu_sharing_strategy: Option<SharingStrategy>,
}

impl Validate for Container {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.gpu_sharing_strategy.validate(&path.field("gpuSharingStrategy"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ContainerCondition {
    #[serde(rename = "START")]
    Start,
    #[serde(rename = "COMPLETE")]
    Complete,
    #[serde(rename = "SUCCESS")]
    Success,
    #[serde(rename = "HEALTHY")]
    Healthy,
}

impl ContainerCondition {
    pub const VALUES: &'static [&'static str] = &["START", "COMPLETE", "SUCCESS", "HEALTHY"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Start => "START",
            Self::Complete => "COMPLETE",
            Self::Success => "SUCCESS",
            Self::Healthy => "HEALTHY",
        }
    }
}

impl std::fmt::Display for ContainerCondition {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContainerDefinition {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(rename = "repositoryCredentials", default, skip_serializing_if = "Option::is_none")]
    pub repository_credentials: Option<RepositoryCredentials>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i32>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    #[serde(rename = "memoryReservation", default, skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<i32>,
    #[serde(rename = "links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,
    #[serde(rename = "portMappings", default, skip_serializing_if = "Option::is_none")]
    pub port_mappings: Option<Vec<PortMapping>>,
    #[serde(rename = "essential", default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
    #[serde(rename = "restartPolicy", default, skip_serializing_if = "Option::is_none")]
    pub restart_policy: Option<ContainerRestartPolicy>,
    #[serde(rename = "entryPoint", default, skip_serializing_if = "Option::is_none")]
    pub entry_point: Option<Vec<String>>,
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(rename = "environment", default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(rename = "environmentFiles", default, skip_serializing_if = "Option::is_none")]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    #[serde(rename = "mountPoints", default, skip_serializing_if = "Option::is_none")]
    pub mount_points: Option<Vec<MountPoint>>,
    #[serde(rename = "volumesFrom", default, skip_serializing_if = "Option::is_none")]
    pub volumes_from: Option<Vec<VolumeFrom>>,
    #[serde(rename = "linuxParameters", default, skip_serializing_if = "Option::is_none")]
    pub linux_parameters: Option<LinuxParameters>,
    #[serde(rename = "secrets", default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
    #[serde(rename = "dependsOn", default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<ContainerDependency>>,
    #[serde(rename = "startTimeout", default, skip_serializing_if = "Option::is_none")]
    pub start_timeout: Option<i32>,
    #[serde(rename = "stopTimeout", default, skip_serializing_if = "Option::is_none")]
    pub stop_timeout: Option<i32>,
    #[serde(rename = "versionConsistency", default, skip_serializing_if = "Option::is_none")]
    pub version_consistency: Option<VersionConsistency>,
    #[serde(rename = "hostname", default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    #[serde(rename = "user", default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(rename = "workingDirectory", default, skip_serializing_if = "Option::is_none")]
    pub working_directory: Option<String>,
    #[serde(rename = "disableNetworking", default, skip_serializing_if = "Option::is_none")]
    pub disable_networking: Option<bool>,
    #[serde(rename = "privileged", default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    #[serde(rename = "readonlyRootFilesystem", default, skip_serializing_if = "Option::is_none")]
    pub readonly_root_filesystem: Option<bool>,
    #[serde(rename = "dnsServers", default, skip_serializing_if = "Option::is_none")]
    pub dns_servers: Option<Vec<String>>,
    #[serde(rename = "dnsSearchDomains", default, skip_serializing_if = "Option::is_none")]
    pub dns_search_domains: Option<Vec<String>>,
    #[serde(rename = "extraHosts", default, skip_serializing_if = "Option::is_none")]
    pub extra_hosts: Option<Vec<HostEntry>>,
    #[serde(rename = "dockerSecurityOptions", default, skip_serializing_if = "Option::is_none")]
    pub docker_security_options: Option<Vec<String>>,
    #[serde(rename = "interactive", default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<bool>,
    #[serde(rename = "pseudoTerminal", default, skip_serializing_if = "Option::is_none")]
    pub pseudo_terminal: Option<bool>,
    #[serde(rename = "dockerLabels", default, skip_serializing_if = "Option::is_none")]
    pub docker_labels: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "ulimits", default, skip_serializing_if = "Option::is_none")]
    pub ulimits: Option<Vec<Ulimit>>,
    #[serde(rename = "logConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub log_configuration: Option<LogConfiguration>,
    #[serde(rename = "healthCheck", default, skip_serializing_if = "Option::is_none")]
    pub health_check: Option<HealthCheck>,
    #[serde(rename = "systemControls", default, skip_serializing_if = "Option::is_none")]
    pub system_controls: Option<Vec<SystemControl>>,
    #[serde(rename = "resourceRequirements", default, skip_serializing_if = "Option::is_none")]
    pub resource_requirements: Option<Vec<ResourceRequirement>>,
    #[serde(rename = "firelensConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub firelens_configuration: Option<FirelensConfiguration>,
    #[serde(rename = "credentialSpecs", default, skip_serializing_if = "Option::is_none")]
    pub credential_specs: Option<Vec<String>>,
}

impl Validate for ContainerDefinition {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.resource_requirements.validate(&path.field("resourceRequirements"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContainerDependency {
    #[serde(rename = "containerName")]
    pub container_name: String,
    #[serde(rename = "condition")]
    pub condition: ContainerCondition,
}

impl Validate for ContainerDependency {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContainerImage {
    #[serde(rename = "containerName", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

impl Validate for ContainerImage {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContainerInstance {
    #[serde(rename = "containerInstanceArn", default, skip_serializing_if = "Option::is_none")]
    pub container_instance_arn: Option<String>,
    #[serde(rename = "ec2InstanceId", default, skip_serializing_if = "Option::is_none")]
    pub ec2_instance_id: Option<String>,
    #[serde(rename = "capacityProviderName", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_name: Option<String>,
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(rename = "versionInfo", default, skip_serializing_if = "Option::is_none")]
    pub version_info: Option<VersionInfo>,
    #[serde(rename = "remainingResources", default, skip_serializing_if = "Option::is_none")]
    pub remaining_resources: Option<Vec<Resource>>,
    #[serde(rename = "registeredResources", default, skip_serializing_if = "Option::is_none")]
    pub registered_resources: Option<Vec<Resource>>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "agentConnected", default, skip_serializing_if = "Option::is_none")]
    pub agent_connected: Option<bool>,
    #[serde(rename = "runningTasksCount", default, skip_serializing_if = "Option::is_none")]
    pub running_tasks_count: Option<i32>,
    #[serde(rename = "pendingTasksCount", default, skip_serializing_if = "Option::is_none")]
    pub pending_tasks_count: Option<i32>,
    #[serde(rename = "agentUpdateStatus", default, skip_serializing_if = "Option::is_none")]
    pub agent_update_status: Option<AgentUpdateStatus>,
    #[serde(rename = "attributes", default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(rename = "registeredAt", default, skip_serializing_if = "Option::is_none")]
    pub registered_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "attachments", default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<Attachment>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "healthStatus", default, skip_serializing_if = "Option::is_none")]
    pub health_status: Option<ContainerInstanceHealthStatus>,
    #[serde(rename = "gpuDevices", default, skip_serializing_if = "Option::is_none")]
    pub gpu_devices: Option<Vec<GpuDevice>>,
}

impl Validate for ContainerInstance {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ContainerInstanceField {
    #[serde(rename = "TAGS")]
    Tags,
    #[serde(rename = "CONTAINER_INSTANCE_HEALTH")]
    ContainerInstanceHealth,
}

impl ContainerInstanceField {
    pub const VALUES: &'static [&'static str] = &["TAGS", "CONTAINER_INSTANCE_HEALTH"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Tags => "TAGS",
            Self::ContainerInstanceHealth => "CONTAINER_INSTANCE_HEALTH",
        }
    }
}

impl std::fmt::Display for ContainerInstanceField {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContainerInstanceHealthStatus {
    #[serde(rename = "overallStatus", default, skip_serializing_if = "Option::is_none")]
    pub overall_status: Option<InstanceHealthCheckState>,
    #[serde(rename = "details", default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<InstanceHealthCheckResult>>,
}

impl Validate for ContainerInstanceHealthStatus {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ContainerInstanceStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DRAINING")]
    Draining,
    #[serde(rename = "REGISTERING")]
    Registering,
    #[serde(rename = "DEREGISTERING")]
    Deregistering,
    #[serde(rename = "REGISTRATION_FAILED")]
    RegistrationFailed,
}

impl ContainerInstanceStatus {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "DRAINING", "REGISTERING", "DEREGISTERING", "REGISTRATION_FAILED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Draining => "DRAINING",
            Self::Registering => "REGISTERING",
            Self::Deregistering => "DEREGISTERING",
            Self::RegistrationFailed => "REGISTRATION_FAILED",
        }
    }
}

impl std::fmt::Display for ContainerInstanceStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContainerOverride {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(rename = "environment", default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(rename = "environmentFiles", default, skip_serializing_if = "Option::is_none")]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i32>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    #[serde(rename = "memoryReservation", default, skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<i32>,
    #[serde(rename = "resourceRequirements", default, skip_serializing_if = "Option::is_none")]
    pub resource_requirements: Option<Vec<ResourceRequirement>>,
}

impl Validate for ContainerOverride {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.resource_requirements.validate(&path.field("resourceRequirements"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContainerRestartPolicy {
    #[serde(rename = "enabled")]
    pub enabled: bool,
    #[serde(rename = "ignoredExitCodes", default, skip_serializing_if = "Option::is_none")]
    pub ignored_exit_codes: Option<Vec<i32>>,
    #[serde(rename = "restartAttemptPeriod", default, skip_serializing_if = "Option::is_none")]
    pub restart_attempt_period: Option<i32>,
}

impl Validate for ContainerRestartPolicy {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContainerStateChange {
    #[serde(rename = "containerName", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(rename = "runtimeId", default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    #[serde(rename = "exitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(rename = "networkBindings", default, skip_serializing_if = "Option::is_none")]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl Validate for ContainerStateChange {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContinueServiceDeploymentRequest {
    #[serde(rename = "serviceDeploymentArn")]
    pub service_deployment_arn: String,
    #[serde(rename = "hookId")]
    pub hook_id: String,
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<DeploymentLifecycleHookAction>,
}

impl Validate for ContinueServiceDeploymentRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContinueServiceDeploymentResponse {
    #[serde(rename = "serviceDeploymentArn", default, skip_serializing_if = "Option::is_none")]
    pub service_deployment_arn: Option<String>,
}

impl Validate for ContinueServiceDeploymentResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CpuManufacturer {
    #[serde(rename = "intel")]
    Intel,
    #[serde(rename = "amd")]
    Amd,
    #[serde(rename = "amazon-web-services")]
    AmazonWebServices,
}

impl CpuManufacturer {
    pub const VALUES: &'static [&'static str] = &["intel", "amd", "amazon-web-services"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Intel => "intel",
            Self::Amd => "amd",
            Self::AmazonWebServices => "amazon-web-services",
        }
    }
}

impl std::fmt::Display for CpuManufacturer {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateCapacityProviderRequest {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "autoScalingGroupProvider", default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProvider>,
    #[serde(rename = "managedInstancesProvider", default, skip_serializing_if = "Option::is_none")]
    pub managed_instances_provider: Option<CreateManagedInstancesProviderConfiguration>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl Validate for CreateCapacityProviderRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.auto_scaling_group_provider.validate(&path.field("autoScalingGroupProvider"), problems);
        self.managed_instances_provider.validate(&path.field("managedInstancesProvider"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateCapacityProviderResponse {
    #[serde(rename = "capacityProvider", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider: Option<CapacityProvider>,
}

impl Validate for CreateCapacityProviderResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_provider.validate(&path.field("capacityProvider"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateClusterRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
    #[serde(rename = "configuration", default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<ClusterConfiguration>,
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<String>>,
    #[serde(rename = "defaultCapacityProviderStrategy", default, skip_serializing_if = "Option::is_none")]
    pub default_capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "serviceConnectDefaults", default, skip_serializing_if = "Option::is_none")]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaultsRequest>,
}

impl Validate for CreateClusterRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
        self.default_capacity_provider_strategy.validate(&path.field("defaultCapacityProviderStrategy"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

impl Validate for CreateClusterResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.cluster.validate(&path.field("cluster"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateDaemonRequest {
    #[serde(rename = "daemonName")]
    pub daemon_name: String,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: String,
    #[serde(rename = "capacityProviderArns")]
    pub capacity_provider_arns: Vec<String>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<DaemonPropagateTags>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "clientToken", default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(rename = "critical", default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
}

impl Validate for CreateDaemonRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.deployment_configuration.validate(&path.field("deploymentConfiguration"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateDaemonResponse {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "deploymentArn", default, skip_serializing_if = "Option::is_none")]
    pub deployment_arn: Option<String>,
}

impl Validate for CreateDaemonResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateExpressGatewayServiceRequest {
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "serviceName", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "healthCheckPath", default, skip_serializing_if = "Option::is_none")]
    pub health_check_path: Option<String>,
    #[serde(rename = "primaryContainer", default, skip_serializing_if = "Option::is_none")]
    pub primary_container: Option<ExpressGatewayContainer>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "cpuArchitecture", default, skip_serializing_if = "Option::is_none")]
    pub cpu_architecture: Option<ExpressCpuArchitecture>,
    #[serde(rename = "scalingTarget", default, skip_serializing_if = "Option::is_none")]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskDefinitionArn", default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arn: Option<String>,
}

impl Validate for CreateExpressGatewayServiceRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

impl Validate for CreateExpressGatewayServiceResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.service.validate(&path.field("service"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateGatewayRequest {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "clientToken", default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(rename = "deletionProtection", default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection: Option<bool>,
    #[serde(rename = "configuration")]
    pub configuration: GatewayConfiguration,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateGatewayTags>,
}

impl Validate for CreateGatewayRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateGatewayResponse {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
}

impl Validate for CreateGatewayResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateManagedInstancesProviderConfiguration {
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "instanceLaunchTemplate")]
    pub instance_launch_template: InstanceLaunchTemplate,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateMITags>,
    #[serde(rename = "infrastructureOptimization", default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    #[serde(rename = "autoRepairConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

impl Validate for CreateManagedInstancesProviderConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.instance_launch_template.validate(&path.field("instanceLaunchTemplate"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateServiceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "serviceName")]
    pub service_name: String,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "availabilityZoneRebalancing", default, skip_serializing_if = "Option::is_none")]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "desiredCount", default, skip_serializing_if = "Option::is_none")]
    pub desired_count: Option<i32>,
    #[serde(rename = "clientToken", default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(rename = "launchType", default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy", default, skip_serializing_if = "Option::is_none")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "healthCheckGracePeriodSeconds", default, skip_serializing_if = "Option::is_none")]
    pub health_check_grace_period_seconds: Option<i32>,
    #[serde(rename = "schedulingStrategy", default, skip_serializing_if = "Option::is_none")]
    pub scheduling_strategy: Option<SchedulingStrategy>,
    #[serde(rename = "deploymentController", default, skip_serializing_if = "Option::is_none")]
    pub deployment_controller: Option<DeploymentController>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "serviceConnectConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "vpcLatticeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
    #[serde(rename = "gatewayConnectors", default, skip_serializing_if = "Option::is_none")]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    #[serde(rename = "monitoring", default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<MonitoringConfiguration>,
}

impl Validate for CreateServiceRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_provider_strategy.validate(&path.field("capacityProviderStrategy"), problems);
        self.deployment_configuration.validate(&path.field("deploymentConfiguration"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
        self.service_connect_configuration.validate(&path.field("serviceConnectConfiguration"), problems);
        self.volume_configurations.validate(&path.field("volumeConfigurations"), problems);
        if let Some(value) = &self.gateway_connectors {
            let member_path = path.field("gatewayConnectors");
            ferry_api::shape::check_collection_length(value.len(), None, Some(1), &member_path, problems);
            value.validate(&member_path, problems);
        }
        self.monitoring.validate(&path.field("monitoring"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

impl Validate for CreateServiceResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.service.validate(&path.field("service"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateTaskSetRequest {
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "externalId", default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "launchType", default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "scale", default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    #[serde(rename = "clientToken", default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl Validate for CreateTaskSetRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_provider_strategy.validate(&path.field("capacityProviderStrategy"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

impl Validate for CreateTaskSetResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.task_set.validate(&path.field("taskSet"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreatedAt {
    #[serde(rename = "before", default, skip_serializing_if = "Option::is_none")]
    pub before: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "after", default, skip_serializing_if = "Option::is_none")]
    pub after: Option<ferry_api::shape::Timestamp>,
}

impl Validate for CreatedAt {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonAlarmConfiguration {
    #[serde(rename = "alarmNames", default, skip_serializing_if = "Option::is_none")]
    pub alarm_names: Option<Vec<String>>,
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
}

impl Validate for DaemonAlarmConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonCapacityProvider {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "runningCount", default, skip_serializing_if = "Option::is_none")]
    pub running_count: Option<i32>,
    #[serde(rename = "withoutDaemonCount", default, skip_serializing_if = "Option::is_none")]
    pub without_daemon_count: Option<i32>,
}

impl Validate for DaemonCapacityProvider {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonCircuitBreaker {
    #[serde(rename = "failureCount", default, skip_serializing_if = "Option::is_none")]
    pub failure_count: Option<i32>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentRollbackMonitorsStatus>,
    #[serde(rename = "threshold", default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<i32>,
}

impl Validate for DaemonCircuitBreaker {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonContainerDefinition {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "image")]
    pub image: String,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    #[serde(rename = "memoryReservation", default, skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<i32>,
    #[serde(rename = "repositoryCredentials", default, skip_serializing_if = "Option::is_none")]
    pub repository_credentials: Option<RepositoryCredentials>,
    #[serde(rename = "healthCheck", default, skip_serializing_if = "Option::is_none")]
    pub health_check: Option<HealthCheck>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i32>,
    #[serde(rename = "essential", default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
    #[serde(rename = "entryPoint", default, skip_serializing_if = "Option::is_none")]
    pub entry_point: Option<Vec<String>>,
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(rename = "workingDirectory", default, skip_serializing_if = "Option::is_none")]
    pub working_directory: Option<String>,
    #[serde(rename = "environmentFiles", default, skip_serializing_if = "Option::is_none")]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    #[serde(rename = "environment", default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(rename = "secrets", default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
    #[serde(rename = "readonlyRootFilesystem", default, skip_serializing_if = "Option::is_none")]
    pub readonly_root_filesystem: Option<bool>,
    #[serde(rename = "mountPoints", default, skip_serializing_if = "Option::is_none")]
    pub mount_points: Option<Vec<MountPoint>>,
    #[serde(rename = "logConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub log_configuration: Option<LogConfiguration>,
    #[serde(rename = "firelensConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub firelens_configuration: Option<FirelensConfiguration>,
    #[serde(rename = "privileged", default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    #[serde(rename = "user", default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(rename = "ulimits", default, skip_serializing_if = "Option::is_none")]
    pub ulimits: Option<Vec<Ulimit>>,
    #[serde(rename = "linuxParameters", default, skip_serializing_if = "Option::is_none")]
    pub linux_parameters: Option<DaemonLinuxParameters>,
    #[serde(rename = "dependsOn", default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<ContainerDependency>>,
    #[serde(rename = "startTimeout", default, skip_serializing_if = "Option::is_none")]
    pub start_timeout: Option<i32>,
    #[serde(rename = "stopTimeout", default, skip_serializing_if = "Option::is_none")]
    pub stop_timeout: Option<i32>,
    #[serde(rename = "systemControls", default, skip_serializing_if = "Option::is_none")]
    pub system_controls: Option<Vec<SystemControl>>,
    #[serde(rename = "interactive", default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<bool>,
    #[serde(rename = "pseudoTerminal", default, skip_serializing_if = "Option::is_none")]
    pub pseudo_terminal: Option<bool>,
    #[serde(rename = "restartPolicy", default, skip_serializing_if = "Option::is_none")]
    pub restart_policy: Option<ContainerRestartPolicy>,
}

impl Validate for DaemonContainerDefinition {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonContainerImage {
    #[serde(rename = "containerName", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

impl Validate for DaemonContainerImage {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonDeployment {
    #[serde(rename = "daemonDeploymentArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_deployment_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentStatus>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "targetDaemonRevision", default, skip_serializing_if = "Option::is_none")]
    pub target_daemon_revision: Option<DaemonDeploymentRevisionDetail>,
    #[serde(rename = "sourceDaemonRevisions", default, skip_serializing_if = "Option::is_none")]
    pub source_daemon_revisions: Option<Vec<DaemonDeploymentRevisionDetail>>,
    #[serde(rename = "circuitBreaker", default, skip_serializing_if = "Option::is_none")]
    pub circuit_breaker: Option<DaemonCircuitBreaker>,
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DaemonDeploymentAlarms>,
    #[serde(rename = "rollback", default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<DaemonRollback>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "finishedAt", default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for DaemonDeployment {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.deployment_configuration.validate(&path.field("deploymentConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonDeploymentAlarms {
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentRollbackMonitorsStatus>,
    #[serde(rename = "alarmNames", default, skip_serializing_if = "Option::is_none")]
    pub alarm_names: Option<Vec<String>>,
    #[serde(rename = "triggeredAlarmNames", default, skip_serializing_if = "Option::is_none")]
    pub triggered_alarm_names: Option<Vec<String>>,
}

impl Validate for DaemonDeploymentAlarms {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonDeploymentCapacityProvider {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "runningInstanceCount", default, skip_serializing_if = "Option::is_none")]
    pub running_instance_count: Option<i32>,
    #[serde(rename = "withoutDaemonInstanceCount", default, skip_serializing_if = "Option::is_none")]
    pub without_daemon_instance_count: Option<i32>,
    #[serde(rename = "drainingInstanceCount", default, skip_serializing_if = "Option::is_none")]
    pub draining_instance_count: Option<i32>,
}

impl Validate for DaemonDeploymentCapacityProvider {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonDeploymentConfiguration {
    #[serde(rename = "drainPercent", default, skip_serializing_if = "Option::is_none")]
    pub drain_percent: Option<f64>,
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DaemonAlarmConfiguration>,
    #[serde(rename = "bakeTimeInMinutes", default, skip_serializing_if = "Option::is_none")]
    pub bake_time_in_minutes: Option<i32>,
}

impl Validate for DaemonDeploymentConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.drain_percent {
            let member_path = path.field("drainPercent");
            ferry_api::shape::check_number_range(*value, Some(0.0), Some(100.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonDeploymentRevisionDetail {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<DaemonDeploymentCapacityProvider>>,
    #[serde(rename = "totalRunningInstanceCount", default, skip_serializing_if = "Option::is_none")]
    pub total_running_instance_count: Option<i32>,
    #[serde(rename = "totalWithoutDaemonInstanceCount", default, skip_serializing_if = "Option::is_none")]
    pub total_without_daemon_instance_count: Option<i32>,
    #[serde(rename = "totalDrainingInstanceCount", default, skip_serializing_if = "Option::is_none")]
    pub total_draining_instance_count: Option<i32>,
}

impl Validate for DaemonDeploymentRevisionDetail {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DaemonDeploymentRollbackMonitorsStatus {
    #[serde(rename = "TRIGGERED")]
    Triggered,
    #[serde(rename = "MONITORING")]
    Monitoring,
    #[serde(rename = "MONITORING_COMPLETE")]
    MonitoringComplete,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl DaemonDeploymentRollbackMonitorsStatus {
    pub const VALUES: &'static [&'static str] = &["TRIGGERED", "MONITORING", "MONITORING_COMPLETE", "DISABLED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Triggered => "TRIGGERED",
            Self::Monitoring => "MONITORING",
            Self::MonitoringComplete => "MONITORING_COMPLETE",
            Self::Disabled => "DISABLED",
        }
    }
}

impl std::fmt::Display for DaemonDeploymentRollbackMonitorsStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DaemonDeploymentStatus {
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "SUCCESSFUL")]
    Successful,
    #[serde(rename = "STOPPED")]
    Stopped,
    #[serde(rename = "STOP_REQUESTED")]
    StopRequested,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "ROLLBACK_IN_PROGRESS")]
    RollbackInProgress,
    #[serde(rename = "ROLLBACK_SUCCESSFUL")]
    RollbackSuccessful,
    #[serde(rename = "ROLLBACK_FAILED")]
    RollbackFailed,
}

impl DaemonDeploymentStatus {
    pub const VALUES: &'static [&'static str] = &[
        "PENDING",
        "SUCCESSFUL",
        "STOPPED",
        "STOP_REQUESTED",
        "IN_PROGRESS",
        "ROLLBACK_IN_PROGRESS",
        "ROLLBACK_SUCCESSFUL",
        "ROLLBACK_FAILED",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Successful => "SUCCESSFUL",
            Self::Stopped => "STOPPED",
            Self::StopRequested => "STOP_REQUESTED",
            Self::InProgress => "IN_PROGRESS",
            Self::RollbackInProgress => "ROLLBACK_IN_PROGRESS",
            Self::RollbackSuccessful => "ROLLBACK_SUCCESSFUL",
            Self::RollbackFailed => "ROLLBACK_FAILED",
        }
    }
}

impl std::fmt::Display for DaemonDeploymentStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonDeploymentSummary {
    #[serde(rename = "daemonDeploymentArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_deployment_arn: Option<String>,
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentStatus>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "targetDaemonRevisionArn", default, skip_serializing_if = "Option::is_none")]
    pub target_daemon_revision_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "finishedAt", default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for DaemonDeploymentSummary {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonDetail {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "currentRevisions", default, skip_serializing_if = "Option::is_none")]
    pub current_revisions: Option<Vec<DaemonRevisionDetail>>,
    #[serde(rename = "deploymentArn", default, skip_serializing_if = "Option::is_none")]
    pub deployment_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for DaemonDetail {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DaemonIpcMode {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "shared")]
    Shared,
}

impl DaemonIpcMode {
    pub const VALUES: &'static [&'static str] = &["none", "shared"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Shared => "shared",
        }
    }
}

impl std::fmt::Display for DaemonIpcMode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonLinuxParameters {
    #[serde(rename = "capabilities", default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<KernelCapabilities>,
    #[serde(rename = "devices", default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<Device>>,
    #[serde(rename = "initProcessEnabled", default, skip_serializing_if = "Option::is_none")]
    pub init_process_enabled: Option<bool>,
    #[serde(rename = "tmpfs", default, skip_serializing_if = "Option::is_none")]
    pub tmpfs: Option<Vec<Tmpfs>>,
}

impl Validate for DaemonLinuxParameters {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DaemonPidMode {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "shared")]
    Shared,
}

impl DaemonPidMode {
    pub const VALUES: &'static [&'static str] = &["none", "shared"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Shared => "shared",
        }
    }
}

impl std::fmt::Display for DaemonPidMode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DaemonPropagateTags {
    #[serde(rename = "DAEMON")]
    Daemon,
    #[serde(rename = "NONE")]
    None,
}

impl DaemonPropagateTags {
    pub const VALUES: &'static [&'static str] = &["DAEMON", "NONE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Daemon => "DAEMON",
            Self::None => "NONE",
        }
    }
}

impl std::fmt::Display for DaemonPropagateTags {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonRevision {
    #[serde(rename = "daemonRevisionArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_revision_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(rename = "daemonTaskDefinitionArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definition_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "containerImages", default, skip_serializing_if = "Option::is_none")]
    pub container_images: Option<Vec<DaemonContainerImage>>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<DaemonPropagateTags>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "critical", default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
}

impl Validate for DaemonRevision {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonRevisionDetail {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<DaemonCapacityProvider>>,
    #[serde(rename = "totalRunningCount", default, skip_serializing_if = "Option::is_none")]
    pub total_running_count: Option<i32>,
    #[serde(rename = "totalWithoutDaemonCount", default, skip_serializing_if = "Option::is_none")]
    pub total_without_daemon_count: Option<i32>,
}

impl Validate for DaemonRevisionDetail {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonRollback {
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "rollbackTargetDaemonRevisionArn", default, skip_serializing_if = "Option::is_none")]
    pub rollback_target_daemon_revision_arn: Option<String>,
    #[serde(rename = "rollbackCapacityProviders", default, skip_serializing_if = "Option::is_none")]
    pub rollback_capacity_providers: Option<Vec<String>>,
}

impl Validate for DaemonRollback {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DaemonStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
}

impl DaemonStatus {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "DELETE_IN_PROGRESS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::DeleteInProgress => "DELETE_IN_PROGRESS",
        }
    }
}

impl std::fmt::Display for DaemonStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonSummary {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for DaemonSummary {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonTaskDefinition {
    #[serde(rename = "daemonTaskDefinitionArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definition_arn: Option<String>,
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(rename = "revision", default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<i32>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "containerDefinitions", default, skip_serializing_if = "Option::is_none")]
    pub container_definitions: Option<Vec<DaemonContainerDefinition>>,
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<DaemonVolume>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonTaskDefinitionStatus>,
    #[serde(rename = "registeredAt", default, skip_serializing_if = "Option::is_none")]
    pub registered_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "deleteRequestedAt", default, skip_serializing_if = "Option::is_none")]
    pub delete_requested_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "registeredBy", default, skip_serializing_if = "Option::is_none")]
    pub registered_by: Option<String>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<DaemonPidMode>,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<DaemonIpcMode>,
}

impl Validate for DaemonTaskDefinition {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DaemonTaskDefinitionRevisionFilter {
    #[serde(rename = "LAST_REGISTERED")]
    LastRegistered,
}

impl DaemonTaskDefinitionRevisionFilter {
    pub const VALUES: &'static [&'static str] = &["LAST_REGISTERED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::LastRegistered => "LAST_REGISTERED",
        }
    }
}

impl std::fmt::Display for DaemonTaskDefinitionRevisionFilter {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DaemonTaskDefinitionStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "DELETED")]
    Deleted,
}

impl DaemonTaskDefinitionStatus {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "DELETE_IN_PROGRESS", "DELETED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::DeleteInProgress => "DELETE_IN_PROGRESS",
            Self::Deleted => "DELETED",
        }
    }
}

impl std::fmt::Display for DaemonTaskDefinitionStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DaemonTaskDefinitionStatusFilter {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "ALL")]
    All,
}

impl DaemonTaskDefinitionStatusFilter {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "DELETE_IN_PROGRESS", "ALL"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::DeleteInProgress => "DELETE_IN_PROGRESS",
            Self::All => "ALL",
        }
    }
}

impl std::fmt::Display for DaemonTaskDefinitionStatusFilter {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonTaskDefinitionSummary {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "registeredAt", default, skip_serializing_if = "Option::is_none")]
    pub registered_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "registeredBy", default, skip_serializing_if = "Option::is_none")]
    pub registered_by: Option<String>,
    #[serde(rename = "deleteRequestedAt", default, skip_serializing_if = "Option::is_none")]
    pub delete_requested_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonTaskDefinitionStatus>,
}

impl Validate for DaemonTaskDefinitionSummary {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DaemonVolume {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<HostVolumeProperties>,
    #[serde(rename = "logDriverVolumeConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub log_driver_volume_configuration: Option<LogDriverVolumeConfiguration>,
}

impl Validate for DaemonVolume {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteAccountSettingRequest {
    #[serde(rename = "name")]
    pub name: SettingName,
    #[serde(rename = "principalArn", default, skip_serializing_if = "Option::is_none")]
    pub principal_arn: Option<String>,
}

impl Validate for DeleteAccountSettingRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteAccountSettingResponse {
    #[serde(rename = "setting", default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

impl Validate for DeleteAccountSettingResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteAttributesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "attributes")]
    pub attributes: Vec<Attribute>,
}

impl Validate for DeleteAttributesRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteAttributesResponse {
    #[serde(rename = "attributes", default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
}

impl Validate for DeleteAttributesResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteCapacityProviderRequest {
    #[serde(rename = "capacityProvider")]
    pub capacity_provider: String,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

impl Validate for DeleteCapacityProviderRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteCapacityProviderResponse {
    #[serde(rename = "capacityProvider", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider: Option<CapacityProvider>,
}

impl Validate for DeleteCapacityProviderResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_provider.validate(&path.field("capacityProvider"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteClusterRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
}

impl Validate for DeleteClusterRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

impl Validate for DeleteClusterResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.cluster.validate(&path.field("cluster"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteDaemonRequest {
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
}

impl Validate for DeleteDaemonRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteDaemonResponse {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "deploymentArn", default, skip_serializing_if = "Option::is_none")]
    pub deployment_arn: Option<String>,
}

impl Validate for DeleteDaemonResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteDaemonTaskDefinitionRequest {
    #[serde(rename = "daemonTaskDefinition")]
    pub daemon_task_definition: String,
}

impl Validate for DeleteDaemonTaskDefinitionRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteDaemonTaskDefinitionResponse {
    #[serde(rename = "daemonTaskDefinitionArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definition_arn: Option<String>,
}

impl Validate for DeleteDaemonTaskDefinitionResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteExpressGatewayServiceRequest {
    #[serde(rename = "serviceArn")]
    pub service_arn: String,
}

impl Validate for DeleteExpressGatewayServiceRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

impl Validate for DeleteExpressGatewayServiceResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.service.validate(&path.field("service"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteGatewayRequest {
    #[serde(rename = "gateway")]
    pub gateway: String,
}

impl Validate for DeleteGatewayRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteGatewayResponse {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
}

impl Validate for DeleteGatewayResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteServiceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

impl Validate for DeleteServiceRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

impl Validate for DeleteServiceResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.service.validate(&path.field("service"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteTaskDefinitionsRequest {
    #[serde(rename = "taskDefinitions")]
    pub task_definitions: Vec<String>,
}

impl Validate for DeleteTaskDefinitionsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteTaskDefinitionsResponse {
    #[serde(rename = "taskDefinitions", default, skip_serializing_if = "Option::is_none")]
    pub task_definitions: Option<Vec<TaskDefinition>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for DeleteTaskDefinitionsResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.task_definitions.validate(&path.field("taskDefinitions"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteTaskSetRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "taskSet")]
    pub task_set: String,
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

impl Validate for DeleteTaskSetRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

impl Validate for DeleteTaskSetResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.task_set.validate(&path.field("taskSet"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Deployment {
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "desiredCount", default, skip_serializing_if = "Option::is_none")]
    pub desired_count: Option<i32>,
    #[serde(rename = "pendingCount", default, skip_serializing_if = "Option::is_none")]
    pub pending_count: Option<i32>,
    #[serde(rename = "runningCount", default, skip_serializing_if = "Option::is_none")]
    pub running_count: Option<i32>,
    #[serde(rename = "failedTasks", default, skip_serializing_if = "Option::is_none")]
    pub failed_tasks: Option<i32>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "launchType", default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "platformFamily", default, skip_serializing_if = "Option::is_none")]
    pub platform_family: Option<String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "rolloutState", default, skip_serializing_if = "Option::is_none")]
    pub rollout_state: Option<DeploymentRolloutState>,
    #[serde(rename = "rolloutStateReason", default, skip_serializing_if = "Option::is_none")]
    pub rollout_state_reason: Option<String>,
    #[serde(rename = "serviceConnectConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(rename = "serviceConnectResources", default, skip_serializing_if = "Option::is_none")]
    pub service_connect_resources: Option<Vec<ServiceConnectServiceResource>>,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "fargateEphemeralStorage", default, skip_serializing_if = "Option::is_none")]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
    #[serde(rename = "vpcLatticeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
}

impl Validate for Deployment {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_provider_strategy.validate(&path.field("capacityProviderStrategy"), problems);
        self.service_connect_configuration.validate(&path.field("serviceConnectConfiguration"), problems);
        self.volume_configurations.validate(&path.field("volumeConfigurations"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeploymentAlarms {
    #[serde(rename = "alarmNames")]
    pub alarm_names: Vec<String>,
    #[serde(rename = "rollback")]
    pub rollback: bool,
    #[serde(rename = "enable")]
    pub enable: bool,
}

impl Validate for DeploymentAlarms {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeploymentCircuitBreaker {
    #[serde(rename = "enable")]
    pub enable: bool,
    #[serde(rename = "rollback")]
    pub rollback: bool,
    #[serde(rename = "resetOnHealthyTask", default, skip_serializing_if = "Option::is_none")]
    pub reset_on_healthy_task: Option<bool>,
    #[serde(rename = "thresholdConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub threshold_configuration: Option<ThresholdConfiguration>,
}

impl Validate for DeploymentCircuitBreaker {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeploymentConfiguration {
    #[serde(rename = "deploymentCircuitBreaker", default, skip_serializing_if = "Option::is_none")]
    pub deployment_circuit_breaker: Option<DeploymentCircuitBreaker>,
    #[serde(rename = "maximumPercent", default, skip_serializing_if = "Option::is_none")]
    pub maximum_percent: Option<i32>,
    #[serde(rename = "minimumHealthyPercent", default, skip_serializing_if = "Option::is_none")]
    pub minimum_healthy_percent: Option<i32>,
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DeploymentAlarms>,
    #[serde(rename = "strategy", default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<DeploymentStrategy>,
    #[serde(rename = "bakeTimeInMinutes", default, skip_serializing_if = "Option::is_none")]
    pub bake_time_in_minutes: Option<i32>,
    #[serde(rename = "lifecycleHooks", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_hooks: Option<Vec<DeploymentLifecycleHook>>,
    #[serde(rename = "linearConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub linear_configuration: Option<LinearConfiguration>,
    #[serde(rename = "canaryConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub canary_configuration: Option<CanaryConfiguration>,
    #[serde(rename = "earlySuccessCriteria", default, skip_serializing_if = "Option::is_none")]
    pub early_success_criteria: Option<DeploymentEarlySuccessCriteria>,
}

impl Validate for DeploymentConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.lifecycle_hooks.validate(&path.field("lifecycleHooks"), problems);
        self.early_success_criteria.validate(&path.field("earlySuccessCriteria"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeploymentController {
    #[serde(rename = "type")]
    pub r#type: DeploymentControllerType,
}

impl Validate for DeploymentController {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DeploymentControllerType {
    #[serde(rename = "ECS")]
    Ecs,
    #[serde(rename = "CODE_DEPLOY")]
    CodeDeploy,
    #[serde(rename = "EXTERNAL")]
    External,
}

impl DeploymentControllerType {
    pub const VALUES: &'static [&'static str] = &["ECS", "CODE_DEPLOY", "EXTERNAL"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ecs => "ECS",
            Self::CodeDeploy => "CODE_DEPLOY",
            Self::External => "EXTERNAL",
        }
    }
}

impl std::fmt::Display for DeploymentControllerType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeploymentEarlySuccessCriteria {
    #[serde(rename = "enable")]
    pub enable: bool,
    #[serde(rename = "healthyPercent", default, skip_serializing_if = "Option::is_none")]
    pub healthy_percent: Option<i32>,
    #[serde(rename = "sourceServiceRevisionCleanup", default, skip_serializing_if = "Option::is_none")]
    pub source_service_revision_cleanup: Option<ServiceRevisionCleanup>,
}

impl Validate for DeploymentEarlySuccessCriteria {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.healthy_percent {
            let member_path = path.field("healthyPercent");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), Some(100.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeploymentEphemeralStorage {
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

impl Validate for DeploymentEphemeralStorage {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeploymentLifecycleHook {
    #[serde(rename = "targetType", default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<DeploymentLifecycleHookTargetType>,
    #[serde(rename = "hookTargetArn", default, skip_serializing_if = "Option::is_none")]
    pub hook_target_arn: Option<String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(rename = "lifecycleStages", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_stages: Option<Vec<DeploymentLifecycleHookStage>>,
    #[serde(rename = "hookDetails", default, skip_serializing_if = "Option::is_none")]
    pub hook_details: Option<serde_json::Value>,
    #[serde(rename = "timeoutConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub timeout_configuration: Option<DeploymentLifecycleHookTimeoutConfiguration>,
}

impl Validate for DeploymentLifecycleHook {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.timeout_configuration.validate(&path.field("timeoutConfiguration"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DeploymentLifecycleHookAction {
    #[serde(rename = "ROLLBACK")]
    Rollback,
    #[serde(rename = "CONTINUE")]
    Continue,
}

impl DeploymentLifecycleHookAction {
    pub const VALUES: &'static [&'static str] = &["ROLLBACK", "CONTINUE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rollback => "ROLLBACK",
            Self::Continue => "CONTINUE",
        }
    }
}

impl std::fmt::Display for DeploymentLifecycleHookAction {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeploymentLifecycleHookDetail {
    #[serde(rename = "hookId", default, skip_serializing_if = "Option::is_none")]
    pub hook_id: Option<String>,
    #[serde(rename = "targetType", default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<DeploymentLifecycleHookTargetType>,
    #[serde(rename = "targetArn", default, skip_serializing_if = "Option::is_none")]
    pub target_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DeploymentLifecycleHookStatus>,
    #[serde(rename = "expiresAt", default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "timeoutAction", default, skip_serializing_if = "Option::is_none")]
    pub timeout_action: Option<DeploymentLifecycleHookAction>,
}

impl Validate for DeploymentLifecycleHookDetail {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DeploymentLifecycleHookStage {
    #[serde(rename = "RECONCILE_SERVICE")]
    ReconcileService,
    #[serde(rename = "PRE_SCALE_UP")]
    PreScaleUp,
    #[serde(rename = "POST_SCALE_UP")]
    PostScaleUp,
    #[serde(rename = "TEST_TRAFFIC_SHIFT")]
    TestTrafficShift,
    #[serde(rename = "POST_TEST_TRAFFIC_SHIFT")]
    PostTestTrafficShift,
    #[serde(rename = "PRE_PRODUCTION_TRAFFIC_SHIFT")]
    PreProductionTrafficShift,
    #[serde(rename = "PRODUCTION_TRAFFIC_SHIFT")]
    ProductionTrafficShift,
    #[serde(rename = "POST_PRODUCTION_TRAFFIC_SHIFT")]
    PostProductionTrafficShift,
}

impl DeploymentLifecycleHookStage {
    pub const VALUES: &'static [&'static str] = &[
        "RECONCILE_SERVICE",
        "PRE_SCALE_UP",
        "POST_SCALE_UP",
        "TEST_TRAFFIC_SHIFT",
        "POST_TEST_TRAFFIC_SHIFT",
        "PRE_PRODUCTION_TRAFFIC_SHIFT",
        "PRODUCTION_TRAFFIC_SHIFT",
        "POST_PRODUCTION_TRAFFIC_SHIFT",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ReconcileService => "RECONCILE_SERVICE",
            Self::PreScaleUp => "PRE_SCALE_UP",
            Self::PostScaleUp => "POST_SCALE_UP",
            Self::TestTrafficShift => "TEST_TRAFFIC_SHIFT",
            Self::PostTestTrafficShift => "POST_TEST_TRAFFIC_SHIFT",
            Self::PreProductionTrafficShift => "PRE_PRODUCTION_TRAFFIC_SHIFT",
            Self::ProductionTrafficShift => "PRODUCTION_TRAFFIC_SHIFT",
            Self::PostProductionTrafficShift => "POST_PRODUCTION_TRAFFIC_SHIFT",
        }
    }
}

impl std::fmt::Display for DeploymentLifecycleHookStage {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DeploymentLifecycleHookStatus {
    #[serde(rename = "AWAITING_ACTION")]
    AwaitingAction,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "SUCCEEDED")]
    Succeeded,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "TIMED_OUT")]
    TimedOut,
}

impl DeploymentLifecycleHookStatus {
    pub const VALUES: &'static [&'static str] = &["AWAITING_ACTION", "IN_PROGRESS", "SUCCEEDED", "FAILED", "TIMED_OUT"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AwaitingAction => "AWAITING_ACTION",
            Self::InProgress => "IN_PROGRESS",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
            Self::TimedOut => "TIMED_OUT",
        }
    }
}

impl std::fmt::Display for DeploymentLifecycleHookStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DeploymentLifecycleHookTargetType {
    #[serde(rename = "AWS_LAMBDA")]
    AwsLambda,
    #[serde(rename = "PAUSE")]
    Pause,
}

impl DeploymentLifecycleHookTargetType {
    pub const VALUES: &'static [&'static str] = &["AWS_LAMBDA", "PAUSE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AwsLambda => "AWS_LAMBDA",
            Self::Pause => "PAUSE",
        }
    }
}

impl std::fmt::Display for DeploymentLifecycleHookTargetType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeploymentLifecycleHookTimeoutConfiguration {
    #[serde(rename = "timeoutInMinutes", default, skip_serializing_if = "Option::is_none")]
    pub timeout_in_minutes: Option<i32>,
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<DeploymentLifecycleHookAction>,
}

impl Validate for DeploymentLifecycleHookTimeoutConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.timeout_in_minutes {
            let member_path = path.field("timeoutInMinutes");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(20160.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DeploymentRolloutState {
    #[serde(rename = "COMPLETED")]
    Completed,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
}

impl DeploymentRolloutState {
    pub const VALUES: &'static [&'static str] = &["COMPLETED", "FAILED", "IN_PROGRESS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::InProgress => "IN_PROGRESS",
        }
    }
}

impl std::fmt::Display for DeploymentRolloutState {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DeploymentStrategy {
    #[serde(rename = "ROLLING")]
    Rolling,
    #[serde(rename = "BLUE_GREEN")]
    BlueGreen,
    #[serde(rename = "LINEAR")]
    Linear,
    #[serde(rename = "CANARY")]
    Canary,
}

impl DeploymentStrategy {
    pub const VALUES: &'static [&'static str] = &["ROLLING", "BLUE_GREEN", "LINEAR", "CANARY"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rolling => "ROLLING",
            Self::BlueGreen => "BLUE_GREEN",
            Self::Linear => "LINEAR",
            Self::Canary => "CANARY",
        }
    }
}

impl std::fmt::Display for DeploymentStrategy {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeregisterContainerInstanceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstance")]
    pub container_instance: String,
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

impl Validate for DeregisterContainerInstanceRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeregisterContainerInstanceResponse {
    #[serde(rename = "containerInstance", default, skip_serializing_if = "Option::is_none")]
    pub container_instance: Option<ContainerInstance>,
}

impl Validate for DeregisterContainerInstanceResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.container_instance.validate(&path.field("containerInstance"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeregisterTaskDefinitionRequest {
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
}

impl Validate for DeregisterTaskDefinitionRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeregisterTaskDefinitionResponse {
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<TaskDefinition>,
}

impl Validate for DeregisterTaskDefinitionResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.task_definition.validate(&path.field("taskDefinition"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeCapacityProvidersRequest {
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<String>>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<CapacityProviderField>>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for DescribeCapacityProvidersRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeCapacityProvidersResponse {
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "Option::is_none")]
    pub capacity_providers: Option<Vec<CapacityProvider>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for DescribeCapacityProvidersResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_providers.validate(&path.field("capacityProviders"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeClustersRequest {
    #[serde(rename = "clusters", default, skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<String>>,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ClusterField>>,
}

impl Validate for DescribeClustersRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeClustersResponse {
    #[serde(rename = "clusters", default, skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<Cluster>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for DescribeClustersResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.clusters.validate(&path.field("clusters"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeContainerInstancesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstances")]
    pub container_instances: Vec<String>,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ContainerInstanceField>>,
}

impl Validate for DescribeContainerInstancesRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeContainerInstancesResponse {
    #[serde(rename = "containerInstances", default, skip_serializing_if = "Option::is_none")]
    pub container_instances: Option<Vec<ContainerInstance>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for DescribeContainerInstancesResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.container_instances.validate(&path.field("containerInstances"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeDaemonDeploymentsRequest {
    #[serde(rename = "daemonDeploymentArns")]
    pub daemon_deployment_arns: Vec<String>,
}

impl Validate for DescribeDaemonDeploymentsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeDaemonDeploymentsResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(rename = "daemonDeployments", default, skip_serializing_if = "Option::is_none")]
    pub daemon_deployments: Option<Vec<DaemonDeployment>>,
}

impl Validate for DescribeDaemonDeploymentsResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.daemon_deployments.validate(&path.field("daemonDeployments"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeDaemonRequest {
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
}

impl Validate for DescribeDaemonRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeDaemonResponse {
    #[serde(rename = "daemon", default, skip_serializing_if = "Option::is_none")]
    pub daemon: Option<DaemonDetail>,
}

impl Validate for DescribeDaemonResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeDaemonRevisionsRequest {
    #[serde(rename = "daemonRevisionArns")]
    pub daemon_revision_arns: Vec<String>,
}

impl Validate for DescribeDaemonRevisionsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeDaemonRevisionsResponse {
    #[serde(rename = "daemonRevisions", default, skip_serializing_if = "Option::is_none")]
    pub daemon_revisions: Option<Vec<DaemonRevision>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for DescribeDaemonRevisionsResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeDaemonTaskDefinitionRequest {
    #[serde(rename = "daemonTaskDefinition")]
    pub daemon_task_definition: String,
}

impl Validate for DescribeDaemonTaskDefinitionRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeDaemonTaskDefinitionResponse {
    #[serde(rename = "daemonTaskDefinition", default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definition: Option<DaemonTaskDefinition>,
}

impl Validate for DescribeDaemonTaskDefinitionResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeExpressGatewayServiceRequest {
    #[serde(rename = "serviceArn")]
    pub service_arn: String,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ExpressGatewayServiceInclude>>,
}

impl Validate for DescribeExpressGatewayServiceRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

impl Validate for DescribeExpressGatewayServiceResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.service.validate(&path.field("service"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeGatewayAlbConfiguration {
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<GatewayElbNetworkConfiguration>,
    #[serde(rename = "scheme", default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<GatewayElbScheme>,
    #[serde(rename = "accessLogs", default, skip_serializing_if = "Option::is_none")]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    #[serde(rename = "webACLArn", default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<GatewayAlbProtocol>,
    #[serde(rename = "maxAlbCount", default, skip_serializing_if = "Option::is_none")]
    pub max_alb_count: Option<i32>,
    #[serde(rename = "currentAlbCount", default, skip_serializing_if = "Option::is_none")]
    pub current_alb_count: Option<i32>,
    #[serde(rename = "httpDesync", default, skip_serializing_if = "Option::is_none")]
    pub http_desync: Option<GatewayAlbDesyncMitigationMode>,
    #[serde(rename = "testTrafficRules", default, skip_serializing_if = "Option::is_none")]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
}

impl Validate for DescribeGatewayAlbConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeGatewayConfiguration {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<DescribeGatewayAlbConfiguration>,
}

impl Validate for DescribeGatewayConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeGatewayRequest {
    #[serde(rename = "gateway")]
    pub gateway: String,
}

impl Validate for DescribeGatewayRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeGatewayResourcesRequest {
    #[serde(rename = "gateway")]
    pub gateway: String,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for DescribeGatewayResourcesRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeGatewayResourcesResponse {
    #[serde(rename = "gatewayResources", default, skip_serializing_if = "Option::is_none")]
    pub gateway_resources: Option<GatewayResources>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for DescribeGatewayResourcesResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.gateway_resources.validate(&path.field("gatewayResources"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeGatewayResponse {
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<Gateway>,
}

impl Validate for DescribeGatewayResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.gateway.validate(&path.field("gateway"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeGatewayRouteRequest {
    #[serde(rename = "gatewayRouteArn")]
    pub gateway_route_arn: String,
}

impl Validate for DescribeGatewayRouteRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeGatewayRouteResponse {
    #[serde(rename = "gatewayRoute", default, skip_serializing_if = "Option::is_none")]
    pub gateway_route: Option<GatewayRoute>,
}

impl Validate for DescribeGatewayRouteResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeServiceDeploymentsRequest {
    #[serde(rename = "serviceDeploymentArns")]
    pub service_deployment_arns: Vec<String>,
}

impl Validate for DescribeServiceDeploymentsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeServiceDeploymentsResponse {
    #[serde(rename = "serviceDeployments", default, skip_serializing_if = "Option::is_none")]
    pub service_deployments: Option<Vec<ServiceDeployment>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for DescribeServiceDeploymentsResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.service_deployments.validate(&path.field("serviceDeployments"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeServiceRevisionsRequest {
    #[serde(rename = "serviceRevisionArns")]
    pub service_revision_arns: Vec<String>,
}

impl Validate for DescribeServiceRevisionsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeServiceRevisionsResponse {
    #[serde(rename = "serviceRevisions", default, skip_serializing_if = "Option::is_none")]
    pub service_revisions: Option<Vec<ServiceRevision>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for DescribeServiceRevisionsResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.service_revisions.validate(&path.field("serviceRevisions"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeServicesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "services")]
    pub services: Vec<String>,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ServiceField>>,
}

impl Validate for DescribeServicesRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeServicesResponse {
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<Service>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for DescribeServicesResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.services.validate(&path.field("services"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeTaskDefinitionRequest {
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<TaskDefinitionField>>,
}

impl Validate for DescribeTaskDefinitionRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeTaskDefinitionResponse {
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<TaskDefinition>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl Validate for DescribeTaskDefinitionResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.task_definition.validate(&path.field("taskDefinition"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeTaskSetsRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "taskSets", default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<String>>,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<TaskSetField>>,
}

impl Validate for DescribeTaskSetsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeTaskSetsResponse {
    #[serde(rename = "taskSets", default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<TaskSet>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for DescribeTaskSetsResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.task_sets.validate(&path.field("taskSets"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeTasksRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "tasks")]
    pub tasks: Vec<String>,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<TaskField>>,
}

impl Validate for DescribeTasksRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DescribeTasksResponse {
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for DescribeTasksResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.tasks.validate(&path.field("tasks"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DesiredStatus {
    #[serde(rename = "RUNNING")]
    Running,
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "STOPPED")]
    Stopped,
}

impl DesiredStatus {
    pub const VALUES: &'static [&'static str] = &["RUNNING", "PENDING", "STOPPED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Running => "RUNNING",
            Self::Pending => "PENDING",
            Self::Stopped => "STOPPED",
        }
    }
}

impl std::fmt::Display for DesiredStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Device {
    #[serde(rename = "hostPath")]
    pub host_path: String,
    #[serde(rename = "containerPath", default, skip_serializing_if = "Option::is_none")]
    pub container_path: Option<String>,
    #[serde(rename = "permissions", default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<DeviceCgroupPermission>>,
}

impl Validate for Device {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DeviceCgroupPermission {
    #[serde(rename = "read")]
    Read,
    #[serde(rename = "write")]
    Write,
    #[serde(rename = "mknod")]
    Mknod,
}

impl DeviceCgroupPermission {
    pub const VALUES: &'static [&'static str] = &["read", "write", "mknod"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Mknod => "mknod",
        }
    }
}

impl std::fmt::Display for DeviceCgroupPermission {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DisassociateGatewayFromClusterRequest {
    #[serde(rename = "gateway")]
    pub gateway: String,
    #[serde(rename = "cluster")]
    pub cluster: String,
}

impl Validate for DisassociateGatewayFromClusterRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DisassociateGatewayFromClusterResponse {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayClusterAssociationStatus>,
}

impl Validate for DisassociateGatewayFromClusterResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DiscoverPollEndpointRequest {
    #[serde(rename = "containerInstance", default, skip_serializing_if = "Option::is_none")]
    pub container_instance: Option<String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

impl Validate for DiscoverPollEndpointRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DiscoverPollEndpointResponse {
    #[serde(rename = "endpoint", default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    #[serde(rename = "telemetryEndpoint", default, skip_serializing_if = "Option::is_none")]
    pub telemetry_endpoint: Option<String>,
    #[serde(rename = "serviceConnectEndpoint", default, skip_serializing_if = "Option::is_none")]
    pub service_connect_endpoint: Option<String>,
}

impl Validate for DiscoverPollEndpointResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DockerVolumeConfiguration {
    #[serde(rename = "scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    #[serde(rename = "autoprovision", default, skip_serializing_if = "Option::is_none")]
    pub autoprovision: Option<bool>,
    #[serde(rename = "driver", default, skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
    #[serde(rename = "driverOpts", default, skip_serializing_if = "Option::is_none")]
    pub driver_opts: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
}

impl Validate for DockerVolumeConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EBSResourceType {
    #[serde(rename = "volume")]
    Volume,
}

impl EBSResourceType {
    pub const VALUES: &'static [&'static str] = &["volume"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Volume => "volume",
        }
    }
}

impl std::fmt::Display for EBSResourceType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EBSTagSpecification {
    #[serde(rename = "resourceType")]
    pub resource_type: EBSResourceType,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
}

impl Validate for EBSTagSpecification {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ECSExpressGatewayService {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_role_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ExpressGatewayServiceStatus>,
    #[serde(rename = "currentDeployment", default, skip_serializing_if = "Option::is_none")]
    pub current_deployment: Option<String>,
    #[serde(rename = "activeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub active_configurations: Option<Vec<ExpressGatewayServiceConfiguration>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for ECSExpressGatewayService {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ECSManagedResources {
    #[serde(rename = "ingressPaths", default, skip_serializing_if = "Option::is_none")]
    pub ingress_paths: Option<Vec<ManagedIngressPath>>,
    #[serde(rename = "autoScaling", default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling: Option<ManagedAutoScaling>,
    #[serde(rename = "metricAlarms", default, skip_serializing_if = "Option::is_none")]
    pub metric_alarms: Option<Vec<ManagedMetricAlarm>>,
    #[serde(rename = "serviceSecurityGroups", default, skip_serializing_if = "Option::is_none")]
    pub service_security_groups: Option<Vec<ManagedSecurityGroup>>,
    #[serde(rename = "logGroups", default, skip_serializing_if = "Option::is_none")]
    pub log_groups: Option<Vec<ManagedLogGroup>>,
    #[serde(rename = "gatewayConnections", default, skip_serializing_if = "Option::is_none")]
    pub gateway_connections: Option<Vec<GatewayConnection>>,
}

impl Validate for ECSManagedResources {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.gateway_connections {
            let member_path = path.field("gatewayConnections");
            ferry_api::shape::check_collection_length(value.len(), None, Some(5), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EFSAuthorizationConfig {
    #[serde(rename = "accessPointId", default, skip_serializing_if = "Option::is_none")]
    pub access_point_id: Option<String>,
    #[serde(rename = "iam", default, skip_serializing_if = "Option::is_none")]
    pub iam: Option<EFSAuthorizationConfigIAM>,
}

impl Validate for EFSAuthorizationConfig {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EFSAuthorizationConfigIAM {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl EFSAuthorizationConfigIAM {
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
        }
    }
}

impl std::fmt::Display for EFSAuthorizationConfigIAM {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EFSTransitEncryption {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl EFSTransitEncryption {
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
        }
    }
}

impl std::fmt::Display for EFSTransitEncryption {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EFSVolumeConfiguration {
    #[serde(rename = "fileSystemId")]
    pub file_system_id: String,
    #[serde(rename = "rootDirectory", default, skip_serializing_if = "Option::is_none")]
    pub root_directory: Option<String>,
    #[serde(rename = "transitEncryption", default, skip_serializing_if = "Option::is_none")]
    pub transit_encryption: Option<EFSTransitEncryption>,
    #[serde(rename = "transitEncryptionPort", default, skip_serializing_if = "Option::is_none")]
    pub transit_encryption_port: Option<i32>,
    #[serde(rename = "authorizationConfig", default, skip_serializing_if = "Option::is_none")]
    pub authorization_config: Option<EFSAuthorizationConfig>,
}

impl Validate for EFSVolumeConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ElbGatewayResources {
    #[serde(rename = "loadBalancerArn", default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_arn: Option<String>,
    #[serde(rename = "listenerArn", default, skip_serializing_if = "Option::is_none")]
    pub listener_arn: Option<String>,
    #[serde(rename = "securityGroup", default, skip_serializing_if = "Option::is_none")]
    pub security_group: Option<String>,
    #[serde(rename = "gatewayRouteArns", default, skip_serializing_if = "Option::is_none")]
    pub gateway_route_arns: Option<Vec<String>>,
}

impl Validate for ElbGatewayResources {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnvironmentFile {
    #[serde(rename = "value")]
    pub value: String,
    #[serde(rename = "type")]
    pub r#type: EnvironmentFileType,
}

impl Validate for EnvironmentFile {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EnvironmentFileType {
    #[serde(rename = "s3")]
    S3,
}

impl EnvironmentFileType {
    pub const VALUES: &'static [&'static str] = &["s3"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::S3 => "s3",
        }
    }
}

impl std::fmt::Display for EnvironmentFileType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EphemeralStorage {
    #[serde(rename = "sizeInGiB")]
    pub size_in_gi_b: i32,
}

impl Validate for EphemeralStorage {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExecuteCommandConfiguration {
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "logging", default, skip_serializing_if = "Option::is_none")]
    pub logging: Option<ExecuteCommandLogging>,
    #[serde(rename = "logConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub log_configuration: Option<ExecuteCommandLogConfiguration>,
}

impl Validate for ExecuteCommandConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExecuteCommandLogConfiguration {
    #[serde(rename = "cloudWatchLogGroupName", default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_log_group_name: Option<String>,
    #[serde(rename = "cloudWatchEncryptionEnabled", default, skip_serializing_if = "Option::is_none")]
    pub cloud_watch_encryption_enabled: Option<bool>,
    #[serde(rename = "s3BucketName", default, skip_serializing_if = "Option::is_none")]
    pub s3_bucket_name: Option<String>,
    #[serde(rename = "s3EncryptionEnabled", default, skip_serializing_if = "Option::is_none")]
    pub s3_encryption_enabled: Option<bool>,
    #[serde(rename = "s3KeyPrefix", default, skip_serializing_if = "Option::is_none")]
    pub s3_key_prefix: Option<String>,
}

impl Validate for ExecuteCommandLogConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ExecuteCommandLogging {
    #[serde(rename = "NONE")]
    None,
    #[serde(rename = "DEFAULT")]
    Default,
    #[serde(rename = "OVERRIDE")]
    Override,
}

impl ExecuteCommandLogging {
    pub const VALUES: &'static [&'static str] = &["NONE", "DEFAULT", "OVERRIDE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "NONE",
            Self::Default => "DEFAULT",
            Self::Override => "OVERRIDE",
        }
    }
}

impl std::fmt::Display for ExecuteCommandLogging {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExecuteCommandRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "container", default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    #[serde(rename = "command")]
    pub command: String,
    #[serde(rename = "interactive")]
    pub interactive: bool,
    #[serde(rename = "task")]
    pub task: String,
}

impl Validate for ExecuteCommandRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExecuteCommandResponse {
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "containerArn", default, skip_serializing_if = "Option::is_none")]
    pub container_arn: Option<String>,
    #[serde(rename = "containerName", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "interactive", default, skip_serializing_if = "Option::is_none")]
    pub interactive: Option<bool>,
    #[serde(rename = "session", default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
}

impl Validate for ExecuteCommandResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ExpressCpuArchitecture {
    #[serde(rename = "X86_64")]
    X8664,
    #[serde(rename = "ARM64")]
    Arm64,
}

impl ExpressCpuArchitecture {
    pub const VALUES: &'static [&'static str] = &["X86_64", "ARM64"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::X8664 => "X86_64",
            Self::Arm64 => "ARM64",
        }
    }
}

impl std::fmt::Display for ExpressCpuArchitecture {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExpressGatewayContainer {
    #[serde(rename = "image")]
    pub image: String,
    #[serde(rename = "containerPort", default, skip_serializing_if = "Option::is_none")]
    pub container_port: Option<i32>,
    #[serde(rename = "awsLogsConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub aws_logs_configuration: Option<ExpressGatewayServiceAwsLogsConfiguration>,
    #[serde(rename = "repositoryCredentials", default, skip_serializing_if = "Option::is_none")]
    pub repository_credentials: Option<ExpressGatewayRepositoryCredentials>,
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(rename = "environment", default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(rename = "secrets", default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
}

impl Validate for ExpressGatewayContainer {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExpressGatewayRepositoryCredentials {
    #[serde(rename = "credentialsParameter", default, skip_serializing_if = "Option::is_none")]
    pub credentials_parameter: Option<String>,
}

impl Validate for ExpressGatewayRepositoryCredentials {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExpressGatewayScalingTarget {
    #[serde(rename = "minTaskCount", default, skip_serializing_if = "Option::is_none")]
    pub min_task_count: Option<i32>,
    #[serde(rename = "maxTaskCount", default, skip_serializing_if = "Option::is_none")]
    pub max_task_count: Option<i32>,
    #[serde(rename = "autoScalingMetric", default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling_metric: Option<ExpressGatewayServiceScalingMetric>,
    #[serde(rename = "autoScalingTargetValue", default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling_target_value: Option<i32>,
}

impl Validate for ExpressGatewayScalingTarget {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExpressGatewayServiceAwsLogsConfiguration {
    #[serde(rename = "logGroup")]
    pub log_group: String,
    #[serde(rename = "logStreamPrefix")]
    pub log_stream_prefix: String,
}

impl Validate for ExpressGatewayServiceAwsLogsConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExpressGatewayServiceConfiguration {
    #[serde(rename = "serviceRevisionArn", default, skip_serializing_if = "Option::is_none")]
    pub service_revision_arn: Option<String>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "taskDefinitionArn", default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arn: Option<String>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "cpuArchitecture", default, skip_serializing_if = "Option::is_none")]
    pub cpu_architecture: Option<ExpressCpuArchitecture>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(rename = "healthCheckPath", default, skip_serializing_if = "Option::is_none")]
    pub health_check_path: Option<String>,
    #[serde(rename = "primaryContainer", default, skip_serializing_if = "Option::is_none")]
    pub primary_container: Option<ExpressGatewayContainer>,
    #[serde(rename = "scalingTarget", default, skip_serializing_if = "Option::is_none")]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    #[serde(rename = "ingressPaths", default, skip_serializing_if = "Option::is_none")]
    pub ingress_paths: Option<Vec<IngressPathSummary>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for ExpressGatewayServiceConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ExpressGatewayServiceInclude {
    #[serde(rename = "TAGS")]
    Tags,
}

impl ExpressGatewayServiceInclude {
    pub const VALUES: &'static [&'static str] = &["TAGS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Tags => "TAGS",
        }
    }
}

impl std::fmt::Display for ExpressGatewayServiceInclude {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExpressGatewayServiceNetworkConfiguration {
    #[serde(rename = "securityGroups", default, skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<String>>,
    #[serde(rename = "subnets", default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
}

impl Validate for ExpressGatewayServiceNetworkConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ExpressGatewayServiceScalingMetric {
    #[serde(rename = "AVERAGE_CPU")]
    AverageCpu,
    #[serde(rename = "AVERAGE_MEMORY")]
    AverageMemory,
    #[serde(rename = "REQUEST_COUNT_PER_TARGET")]
    RequestCountPerTarget,
}

impl ExpressGatewayServiceScalingMetric {
    pub const VALUES: &'static [&'static str] = &["AVERAGE_CPU", "AVERAGE_MEMORY", "REQUEST_COUNT_PER_TARGET"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AverageCpu => "AVERAGE_CPU",
            Self::AverageMemory => "AVERAGE_MEMORY",
            Self::RequestCountPerTarget => "REQUEST_COUNT_PER_TARGET",
        }
    }
}

impl std::fmt::Display for ExpressGatewayServiceScalingMetric {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExpressGatewayServiceStatus {
    #[serde(rename = "statusCode", default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<ExpressGatewayServiceStatusCode>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
}

impl Validate for ExpressGatewayServiceStatus {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ExpressGatewayServiceStatusCode {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DRAINING")]
    Draining,
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl ExpressGatewayServiceStatusCode {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "DRAINING", "INACTIVE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Draining => "DRAINING",
            Self::Inactive => "INACTIVE",
        }
    }
}

impl std::fmt::Display for ExpressGatewayServiceStatusCode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FSxWindowsFileServerAuthorizationConfig {
    #[serde(rename = "credentialsParameter")]
    pub credentials_parameter: String,
    #[serde(rename = "domain")]
    pub domain: String,
}

impl Validate for FSxWindowsFileServerAuthorizationConfig {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FSxWindowsFileServerVolumeConfiguration {
    #[serde(rename = "fileSystemId")]
    pub file_system_id: String,
    #[serde(rename = "rootDirectory")]
    pub root_directory: String,
    #[serde(rename = "authorizationConfig")]
    pub authorization_config: FSxWindowsFileServerAuthorizationConfig,
}

impl Validate for FSxWindowsFileServerVolumeConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Failure {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "detail", default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Validate for Failure {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FirelensConfiguration {
    #[serde(rename = "type")]
    pub r#type: FirelensConfigurationType,
    #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
    pub options: Option<std::collections::BTreeMap<String, String>>,
}

impl Validate for FirelensConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FirelensConfigurationType {
    #[serde(rename = "fluentd")]
    Fluentd,
    #[serde(rename = "fluentbit")]
    Fluentbit,
}

impl FirelensConfigurationType {
    pub const VALUES: &'static [&'static str] = &["fluentd", "fluentbit"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Fluentd => "fluentd",
            Self::Fluentbit => "fluentbit",
        }
    }
}

impl std::fmt::Display for FirelensConfigurationType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Gateway {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<GatewayResourceFailure>>,
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_role_arn: Option<String>,
    #[serde(rename = "deletionProtection", default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection: Option<bool>,
    #[serde(rename = "configuration", default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<DescribeGatewayConfiguration>,
    #[serde(rename = "accessType", default, skip_serializing_if = "Option::is_none")]
    pub access_type: Option<AccessType>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateGatewayTags>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for Gateway {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.failures {
            let member_path = path.field("failures");
            ferry_api::shape::check_collection_length(value.len(), None, Some(200), &member_path, problems);
            value.validate(&member_path, problems);
        }
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GatewayAlbDesyncMitigationMode {
    #[serde(rename = "monitor")]
    Monitor,
    #[serde(rename = "defensive")]
    Defensive,
    #[serde(rename = "strictest")]
    Strictest,
}

impl GatewayAlbDesyncMitigationMode {
    pub const VALUES: &'static [&'static str] = &["monitor", "defensive", "strictest"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Monitor => "monitor",
            Self::Defensive => "defensive",
            Self::Strictest => "strictest",
        }
    }
}

impl std::fmt::Display for GatewayAlbDesyncMitigationMode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GatewayAlbProtocol {
    #[serde(rename = "HTTP")]
    Http,
    #[serde(rename = "HTTPS")]
    Https,
}

impl GatewayAlbProtocol {
    pub const VALUES: &'static [&'static str] = &["HTTP", "HTTPS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Http => "HTTP",
            Self::Https => "HTTPS",
        }
    }
}

impl std::fmt::Display for GatewayAlbProtocol {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayAlbTestTrafficRules {
    #[serde(rename = "header", default, skip_serializing_if = "Option::is_none")]
    pub header: Option<GatewayTestTrafficHeader>,
}

impl Validate for GatewayAlbTestTrafficRules {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GatewayClusterAssociationStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DISASSOCIATING")]
    Disassociating,
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl GatewayClusterAssociationStatus {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "DISASSOCIATING", "INACTIVE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Disassociating => "DISASSOCIATING",
            Self::Inactive => "INACTIVE",
        }
    }
}

impl std::fmt::Display for GatewayClusterAssociationStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayClusterAssociationSummary {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayClusterAssociationStatus>,
}

impl Validate for GatewayClusterAssociationSummary {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayConfiguration {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<HostSharedAlbConfiguration>,
}

impl Validate for GatewayConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayConnection {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "gatewayRouteArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_route_arn: Option<String>,
    #[serde(rename = "portName", default, skip_serializing_if = "Option::is_none")]
    pub port_name: Option<String>,
    #[serde(rename = "serviceUrl", default, skip_serializing_if = "Option::is_none")]
    pub service_url: Option<String>,
    #[serde(rename = "accessType", default, skip_serializing_if = "Option::is_none")]
    pub access_type: Option<AccessType>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayRouteStatus>,
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayConnectionResources>,
}

impl Validate for GatewayConnection {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.resources.validate(&path.field("resources"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayConnectionAlbResources {
    #[serde(rename = "acmCertificateArn", default, skip_serializing_if = "Option::is_none")]
    pub acm_certificate_arn: Option<String>,
    #[serde(rename = "loadBalancerArn", default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_arn: Option<String>,
    #[serde(rename = "loadBalancerSecurityGroupArns", default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_security_group_arns: Option<Vec<String>>,
    #[serde(rename = "listenerArn", default, skip_serializing_if = "Option::is_none")]
    pub listener_arn: Option<String>,
    #[serde(rename = "listenerRuleArn", default, skip_serializing_if = "Option::is_none")]
    pub listener_rule_arn: Option<String>,
    #[serde(rename = "testListenerRuleArn", default, skip_serializing_if = "Option::is_none")]
    pub test_listener_rule_arn: Option<String>,
    #[serde(rename = "targetGroupArn", default, skip_serializing_if = "Option::is_none")]
    pub target_group_arn: Option<String>,
    #[serde(rename = "alternateTargetGroupArn", default, skip_serializing_if = "Option::is_none")]
    pub alternate_target_group_arn: Option<String>,
}

impl Validate for GatewayConnectionAlbResources {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayConnectionResources {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<Vec<GatewayConnectionAlbResources>>,
}

impl Validate for GatewayConnectionResources {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.host_shared_alb {
            let member_path = path.field("hostSharedAlb");
            ferry_api::shape::check_collection_length(value.len(), None, Some(1), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayConnector {
    #[serde(rename = "portName")]
    pub port_name: String,
    #[serde(rename = "healthCheck", default, skip_serializing_if = "Option::is_none")]
    pub health_check: Option<GatewayConnectorHealthCheck>,
    #[serde(rename = "filters", default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<GatewayConnectorFilters>,
    #[serde(rename = "deregistrationDelay", default, skip_serializing_if = "Option::is_none")]
    pub deregistration_delay: Option<GatewayConnectorDeregistrationDelay>,
}

impl Validate for GatewayConnector {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.filters.validate(&path.field("filters"), problems);
        self.deregistration_delay.validate(&path.field("deregistrationDelay"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayConnectorDeregistrationDelay {
    #[serde(rename = "timeoutSeconds", default, skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<i32>,
}

impl Validate for GatewayConnectorDeregistrationDelay {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.timeout_seconds {
            let member_path = path.field("timeoutSeconds");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), Some(3600.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayConnectorFilters {
    #[serde(rename = "accessTypes", default, skip_serializing_if = "Option::is_none")]
    pub access_types: Option<Vec<AccessType>>,
}

impl Validate for GatewayConnectorFilters {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.access_types {
            let member_path = path.field("accessTypes");
            ferry_api::shape::check_collection_length(value.len(), None, Some(2), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayConnectorHealthCheck {
    #[serde(rename = "healthCheckProtocol", default, skip_serializing_if = "Option::is_none")]
    pub health_check_protocol: Option<GatewayConnectorHealthCheckProtocol>,
    #[serde(rename = "healthCheckPort", default, skip_serializing_if = "Option::is_none")]
    pub health_check_port: Option<i32>,
    #[serde(rename = "healthCheckPath", default, skip_serializing_if = "Option::is_none")]
    pub health_check_path: Option<String>,
    #[serde(rename = "healthCheckTimeoutSeconds", default, skip_serializing_if = "Option::is_none")]
    pub health_check_timeout_seconds: Option<i32>,
    #[serde(rename = "healthCheckIntervalSeconds", default, skip_serializing_if = "Option::is_none")]
    pub health_check_interval_seconds: Option<i32>,
    #[serde(rename = "healthyThresholdCount", default, skip_serializing_if = "Option::is_none")]
    pub healthy_threshold_count: Option<i32>,
    #[serde(rename = "unhealthyThresholdCount", default, skip_serializing_if = "Option::is_none")]
    pub unhealthy_threshold_count: Option<i32>,
    #[serde(rename = "matcher", default, skip_serializing_if = "Option::is_none")]
    pub matcher: Option<GatewayConnectorHealthCheckMatcher>,
}

impl Validate for GatewayConnectorHealthCheck {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayConnectorHealthCheckMatcher {
    #[serde(rename = "httpCode", default, skip_serializing_if = "Option::is_none")]
    pub http_code: Option<String>,
    #[serde(rename = "grpcCode", default, skip_serializing_if = "Option::is_none")]
    pub grpc_code: Option<String>,
}

impl Validate for GatewayConnectorHealthCheckMatcher {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GatewayConnectorHealthCheckProtocol {
    #[serde(rename = "HTTP")]
    Http,
    #[serde(rename = "HTTPS")]
    Https,
}

impl GatewayConnectorHealthCheckProtocol {
    pub const VALUES: &'static [&'static str] = &["HTTP", "HTTPS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Http => "HTTP",
            Self::Https => "HTTPS",
        }
    }
}

impl std::fmt::Display for GatewayConnectorHealthCheckProtocol {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayElbAccessLogConfiguration {
    #[serde(rename = "destination", default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<GatewayElbAccessLogDestination>,
}

impl Validate for GatewayElbAccessLogConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayElbAccessLogDestination {
    #[serde(rename = "s3", default, skip_serializing_if = "Option::is_none")]
    pub s3: Option<GatewayElbAccessLogS3Destination>,
}

impl Validate for GatewayElbAccessLogDestination {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayElbAccessLogS3Destination {
    #[serde(rename = "bucket")]
    pub bucket: String,
    #[serde(rename = "prefix", default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
}

impl Validate for GatewayElbAccessLogS3Destination {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GatewayElbIpAddressType {
    #[serde(rename = "ipv4")]
    Ipv4,
    #[serde(rename = "dualstack")]
    Dualstack,
    #[serde(rename = "dualstack-without-public-ipv4")]
    DualstackWithoutPublicIpv4,
}

impl GatewayElbIpAddressType {
    pub const VALUES: &'static [&'static str] = &["ipv4", "dualstack", "dualstack-without-public-ipv4"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Dualstack => "dualstack",
            Self::DualstackWithoutPublicIpv4 => "dualstack-without-public-ipv4",
        }
    }
}

impl std::fmt::Display for GatewayElbIpAddressType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayElbNetworkConfiguration {
    #[serde(rename = "inboundSecurityGroup", default, skip_serializing_if = "Option::is_none")]
    pub inbound_security_group: Option<String>,
    #[serde(rename = "subnets", default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
    #[serde(rename = "ipAddressType", default, skip_serializing_if = "Option::is_none")]
    pub ip_address_type: Option<GatewayElbIpAddressType>,
}

impl Validate for GatewayElbNetworkConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GatewayElbScheme {
    #[serde(rename = "internet-facing")]
    InternetFacing,
    #[serde(rename = "internal")]
    Internal,
}

impl GatewayElbScheme {
    pub const VALUES: &'static [&'static str] = &["internet-facing", "internal"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InternetFacing => "internet-facing",
            Self::Internal => "internal",
        }
    }
}

impl std::fmt::Display for GatewayElbScheme {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayInfrastructureResources {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<Vec<ElbGatewayResources>>,
}

impl Validate for GatewayInfrastructureResources {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.host_shared_alb {
            let member_path = path.field("hostSharedAlb");
            ferry_api::shape::check_collection_length(value.len(), None, Some(20), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayOperationError {
    #[serde(rename = "operation", default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl Validate for GatewayOperationError {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayResourceFailure {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "errors", default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<GatewayOperationError>>,
}

impl Validate for GatewayResourceFailure {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.errors {
            let member_path = path.field("errors");
            ferry_api::shape::check_collection_length(value.len(), None, Some(5), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayResources {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayInfrastructureResources>,
}

impl Validate for GatewayResources {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.resources.validate(&path.field("resources"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayRoute {
    #[serde(rename = "gatewayRouteArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_route_arn: Option<String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "serviceContainerPortName", default, skip_serializing_if = "Option::is_none")]
    pub service_container_port_name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayRouteStatus>,
    #[serde(rename = "serviceUrl", default, skip_serializing_if = "Option::is_none")]
    pub service_url: Option<String>,
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayRouteResources>,
}

impl Validate for GatewayRoute {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayRouteAlbResources {
    #[serde(rename = "acmCertificateArn", default, skip_serializing_if = "Option::is_none")]
    pub acm_certificate_arn: Option<String>,
    #[serde(rename = "loadBalancerArn", default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_arn: Option<String>,
    #[serde(rename = "listenerArn", default, skip_serializing_if = "Option::is_none")]
    pub listener_arn: Option<String>,
    #[serde(rename = "listenerRuleArn", default, skip_serializing_if = "Option::is_none")]
    pub listener_rule_arn: Option<String>,
    #[serde(rename = "testListenerRuleArns", default, skip_serializing_if = "Option::is_none")]
    pub test_listener_rule_arns: Option<Vec<String>>,
    #[serde(rename = "loadBalancerSecurityGroups", default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_security_groups: Option<Vec<GatewayRouteLoadBalancerSecurityGroup>>,
    #[serde(rename = "serviceSecurityGroupArn", default, skip_serializing_if = "Option::is_none")]
    pub service_security_group_arn: Option<String>,
}

impl Validate for GatewayRouteAlbResources {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayRouteLoadBalancerSecurityGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "ruleArns", default, skip_serializing_if = "Option::is_none")]
    pub rule_arns: Option<Vec<String>>,
}

impl Validate for GatewayRouteLoadBalancerSecurityGroup {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayRouteResources {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<Vec<GatewayRouteAlbResources>>,
}

impl Validate for GatewayRouteResources {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GatewayRouteStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    #[serde(rename = "CREATE_FAILED")]
    CreateFailed,
    #[serde(rename = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    #[serde(rename = "UPDATE_FAILED")]
    UpdateFailed,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "DELETE_FAILED")]
    DeleteFailed,
}

impl GatewayRouteStatus {
    pub const VALUES: &'static [&'static str] =
        &["ACTIVE", "CREATE_IN_PROGRESS", "CREATE_FAILED", "UPDATE_IN_PROGRESS", "UPDATE_FAILED", "DELETE_IN_PROGRESS", "DELETE_FAILED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::CreateInProgress => "CREATE_IN_PROGRESS",
            Self::CreateFailed => "CREATE_FAILED",
            Self::UpdateInProgress => "UPDATE_IN_PROGRESS",
            Self::UpdateFailed => "UPDATE_FAILED",
            Self::DeleteInProgress => "DELETE_IN_PROGRESS",
            Self::DeleteFailed => "DELETE_FAILED",
        }
    }
}

impl std::fmt::Display for GatewayRouteStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayRouteSummary {
    #[serde(rename = "gatewayRouteArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_route_arn: Option<String>,
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "serviceContainerPortName", default, skip_serializing_if = "Option::is_none")]
    pub service_container_port_name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayRouteStatus>,
}

impl Validate for GatewayRouteSummary {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GatewayStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    #[serde(rename = "UPDATE_COMPLETE")]
    UpdateComplete,
    #[serde(rename = "UPDATE_FAILED")]
    UpdateFailed,
    #[serde(rename = "DELETED")]
    Deleted,
}

impl GatewayStatus {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "UPDATE_IN_PROGRESS", "UPDATE_COMPLETE", "UPDATE_FAILED", "DELETED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::UpdateInProgress => "UPDATE_IN_PROGRESS",
            Self::UpdateComplete => "UPDATE_COMPLETE",
            Self::UpdateFailed => "UPDATE_FAILED",
            Self::Deleted => "DELETED",
        }
    }
}

impl std::fmt::Display for GatewayStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewaySummary {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for GatewaySummary {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GatewayTestTrafficHeader {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "values")]
    pub values: Vec<String>,
}

impl Validate for GatewayTestTrafficHeader {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetTaskProtectionRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<String>>,
}

impl Validate for GetTaskProtectionRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetTaskProtectionResponse {
    #[serde(rename = "protectedTasks", default, skip_serializing_if = "Option::is_none")]
    pub protected_tasks: Option<Vec<ProtectedTask>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for GetTaskProtectionResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GpuDevice {
    #[serde(rename = "gpuId", default, skip_serializing_if = "Option::is_none")]
    pub gpu_id: Option<String>,
    #[serde(rename = "sharingMode", default, skip_serializing_if = "Option::is_none")]
    pub sharing_mode: Option<GpuSharingMode>,
    #[serde(rename = "totalMemoryInMiB", default, skip_serializing_if = "Option::is_none")]
    pub total_memory_in_mi_b: Option<i32>,
    #[serde(rename = "remainingMemoryInMiB", default, skip_serializing_if = "Option::is_none")]
    pub remaining_memory_in_mi_b: Option<i32>,
    #[serde(rename = "containerCount", default, skip_serializing_if = "Option::is_none")]
    pub container_count: Option<i32>,
}

impl Validate for GpuDevice {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GpuSharingMode {
    #[serde(rename = "IDLE")]
    Idle,
    #[serde(rename = "NVIDIA_MPS")]
    NvidiaMps,
    #[serde(rename = "DEDICATED")]
    Dedicated,
}

impl GpuSharingMode {
    pub const VALUES: &'static [&'static str] = &["IDLE", "NVIDIA_MPS", "DEDICATED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Idle => "IDLE",
            Self::NvidiaMps => "NVIDIA_MPS",
            Self::Dedicated => "DEDICATED",
        }
    }
}

impl std::fmt::Display for GpuSharingMode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct HealthCheck {
    #[serde(rename = "command")]
    pub command: Vec<String>,
    #[serde(rename = "interval", default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i32>,
    #[serde(rename = "timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i32>,
    #[serde(rename = "retries", default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i32>,
    #[serde(rename = "startPeriod", default, skip_serializing_if = "Option::is_none")]
    pub start_period: Option<i32>,
}

impl Validate for HealthCheck {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum HealthStatus {
    #[serde(rename = "HEALTHY")]
    Healthy,
    #[serde(rename = "UNHEALTHY")]
    Unhealthy,
    #[serde(rename = "UNKNOWN")]
    Unknown,
}

impl HealthStatus {
    pub const VALUES: &'static [&'static str] = &["HEALTHY", "UNHEALTHY", "UNKNOWN"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Healthy => "HEALTHY",
            Self::Unhealthy => "UNHEALTHY",
            Self::Unknown => "UNKNOWN",
        }
    }
}

impl std::fmt::Display for HealthStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct HostEntry {
    #[serde(rename = "hostname")]
    pub hostname: String,
    #[serde(rename = "ipAddress")]
    pub ip_address: String,
}

impl Validate for HostEntry {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct HostSharedAlbConfiguration {
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<GatewayElbNetworkConfiguration>,
    #[serde(rename = "scheme", default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<GatewayElbScheme>,
    #[serde(rename = "webACLArn", default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
    #[serde(rename = "accessLogs", default, skip_serializing_if = "Option::is_none")]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<GatewayAlbProtocol>,
    #[serde(rename = "maxAlbCount", default, skip_serializing_if = "Option::is_none")]
    pub max_alb_count: Option<i32>,
    #[serde(rename = "httpDesync", default, skip_serializing_if = "Option::is_none")]
    pub http_desync: Option<GatewayAlbDesyncMitigationMode>,
    #[serde(rename = "testTrafficRules", default, skip_serializing_if = "Option::is_none")]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
}

impl Validate for HostSharedAlbConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct HostVolumeProperties {
    #[serde(rename = "sourcePath", default, skip_serializing_if = "Option::is_none")]
    pub source_path: Option<String>,
}

impl Validate for HostVolumeProperties {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct InferenceAccelerator {
    #[serde(rename = "deviceName")]
    pub device_name: String,
    #[serde(rename = "deviceType")]
    pub device_type: String,
}

impl Validate for InferenceAccelerator {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct InferenceAcceleratorOverride {
    #[serde(rename = "deviceName", default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    #[serde(rename = "deviceType", default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
}

impl Validate for InferenceAcceleratorOverride {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct InfrastructureOptimization {
    #[serde(rename = "scaleInAfter", default, skip_serializing_if = "Option::is_none")]
    pub scale_in_after: Option<i32>,
}

impl Validate for InfrastructureOptimization {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IngressPathSummary {
    #[serde(rename = "accessType")]
    pub access_type: AccessType,
    #[serde(rename = "endpoint")]
    pub endpoint: String,
}

impl Validate for IngressPathSummary {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum InstanceGeneration {
    #[serde(rename = "current")]
    Current,
    #[serde(rename = "previous")]
    Previous,
}

impl InstanceGeneration {
    pub const VALUES: &'static [&'static str] = &["current", "previous"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Current => "current",
            Self::Previous => "previous",
        }
    }
}

impl std::fmt::Display for InstanceGeneration {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct InstanceHealthCheckResult {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<InstanceHealthCheckType>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<InstanceHealthCheckState>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "lastUpdated", default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "lastStatusChange", default, skip_serializing_if = "Option::is_none")]
    pub last_status_change: Option<ferry_api::shape::Timestamp>,
}

impl Validate for InstanceHealthCheckResult {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum InstanceHealthCheckState {
    #[serde(rename = "OK")]
    Ok,
    #[serde(rename = "IMPAIRED")]
    Impaired,
    #[serde(rename = "INSUFFICIENT_DATA")]
    InsufficientData,
    #[serde(rename = "INITIALIZING")]
    Initializing,
}

impl InstanceHealthCheckState {
    pub const VALUES: &'static [&'static str] = &["OK", "IMPAIRED", "INSUFFICIENT_DATA", "INITIALIZING"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "OK",
            Self::Impaired => "IMPAIRED",
            Self::InsufficientData => "INSUFFICIENT_DATA",
            Self::Initializing => "INITIALIZING",
        }
    }
}

impl std::fmt::Display for InstanceHealthCheckState {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum InstanceHealthCheckType {
    #[serde(rename = "CONTAINER_RUNTIME")]
    ContainerRuntime,
    #[serde(rename = "ACCELERATED_COMPUTE")]
    AcceleratedCompute,
    #[serde(rename = "DAEMON")]
    Daemon,
    #[serde(rename = "AGENT_CONNECTIVITY")]
    AgentConnectivity,
}

impl InstanceHealthCheckType {
    pub const VALUES: &'static [&'static str] = &["CONTAINER_RUNTIME", "ACCELERATED_COMPUTE", "DAEMON", "AGENT_CONNECTIVITY"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ContainerRuntime => "CONTAINER_RUNTIME",
            Self::AcceleratedCompute => "ACCELERATED_COMPUTE",
            Self::Daemon => "DAEMON",
            Self::AgentConnectivity => "AGENT_CONNECTIVITY",
        }
    }
}

impl std::fmt::Display for InstanceHealthCheckType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct InstanceLaunchTemplate {
    #[serde(rename = "ec2InstanceProfileArn")]
    pub ec2_instance_profile_arn: String,
    #[serde(rename = "networkConfiguration")]
    pub network_configuration: ManagedInstancesNetworkConfiguration,
    #[serde(rename = "storageConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub storage_configuration: Option<ManagedInstancesStorageConfiguration>,
    #[serde(rename = "localStorageConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub local_storage_configuration: Option<ManagedInstancesLocalStorageConfiguration>,
    #[serde(rename = "monitoring", default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<ManagedInstancesMonitoringOptions>,
    #[serde(rename = "capacityOptionType", default, skip_serializing_if = "Option::is_none")]
    pub capacity_option_type: Option<CapacityOptionType>,
    #[serde(rename = "instanceMetadataTagsPropagation", default, skip_serializing_if = "Option::is_none")]
    pub instance_metadata_tags_propagation: Option<bool>,
    #[serde(rename = "instanceRequirements", default, skip_serializing_if = "Option::is_none")]
    pub instance_requirements: Option<InstanceRequirementsRequest>,
    #[serde(rename = "fipsEnabled", default, skip_serializing_if = "Option::is_none")]
    pub fips_enabled: Option<bool>,
    #[serde(rename = "capacityReservations", default, skip_serializing_if = "Option::is_none")]
    pub capacity_reservations: Option<CapacityReservationRequest>,
    #[serde(rename = "nitroEnclavesEnabled", default, skip_serializing_if = "Option::is_none")]
    pub nitro_enclaves_enabled: Option<bool>,
}

impl Validate for InstanceLaunchTemplate {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.storage_configuration.validate(&path.field("storageConfiguration"), problems);
        self.instance_requirements.validate(&path.field("instanceRequirements"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct InstanceLaunchTemplateUpdate {
    #[serde(rename = "ec2InstanceProfileArn", default, skip_serializing_if = "Option::is_none")]
    pub ec2_instance_profile_arn: Option<String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<ManagedInstancesNetworkConfiguration>,
    #[serde(rename = "storageConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub storage_configuration: Option<ManagedInstancesStorageConfiguration>,
    #[serde(rename = "instanceMetadataTagsPropagation", default, skip_serializing_if = "Option::is_none")]
    pub instance_metadata_tags_propagation: Option<bool>,
    #[serde(rename = "localStorageConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub local_storage_configuration: Option<ManagedInstancesLocalStorageConfiguration>,
    #[serde(rename = "monitoring", default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<ManagedInstancesMonitoringOptions>,
    #[serde(rename = "instanceRequirements", default, skip_serializing_if = "Option::is_none")]
    pub instance_requirements: Option<InstanceRequirementsRequest>,
    #[serde(rename = "capacityReservations", default, skip_serializing_if = "Option::is_none")]
    pub capacity_reservations: Option<CapacityReservationRequest>,
}

impl Validate for InstanceLaunchTemplateUpdate {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.storage_configuration.validate(&path.field("storageConfiguration"), problems);
        self.instance_requirements.validate(&path.field("instanceRequirements"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct InstanceRequirementsRequest {
    #[serde(rename = "vCpuCount")]
    pub v_cpu_count: VCpuCountRangeRequest,
    #[serde(rename = "memoryMiB")]
    pub memory_mi_b: MemoryMiBRequest,
    #[serde(rename = "cpuManufacturers", default, skip_serializing_if = "Option::is_none")]
    pub cpu_manufacturers: Option<Vec<CpuManufacturer>>,
    #[serde(rename = "memoryGiBPerVCpu", default, skip_serializing_if = "Option::is_none")]
    pub memory_gi_b_per_v_cpu: Option<MemoryGiBPerVCpuRequest>,
    #[serde(rename = "excludedInstanceTypes", default, skip_serializing_if = "Option::is_none")]
    pub excluded_instance_types: Option<Vec<String>>,
    #[serde(rename = "instanceGenerations", default, skip_serializing_if = "Option::is_none")]
    pub instance_generations: Option<Vec<InstanceGeneration>>,
    #[serde(rename = "spotMaxPricePercentageOverLowestPrice", default, skip_serializing_if = "Option::is_none")]
    pub spot_max_price_percentage_over_lowest_price: Option<i32>,
    #[serde(rename = "onDemandMaxPricePercentageOverLowestPrice", default, skip_serializing_if = "Option::is_none")]
    pub on_demand_max_price_percentage_over_lowest_price: Option<i32>,
    #[serde(rename = "bareMetal", default, skip_serializing_if = "Option::is_none")]
    pub bare_metal: Option<BareMetal>,
    #[serde(rename = "burstablePerformance", default, skip_serializing_if = "Option::is_none")]
    pub burstable_performance: Option<BurstablePerformance>,
    #[serde(rename = "requireHibernateSupport", default, skip_serializing_if = "Option::is_none")]
    pub require_hibernate_support: Option<bool>,
    #[serde(rename = "networkInterfaceCount", default, skip_serializing_if = "Option::is_none")]
    pub network_interface_count: Option<NetworkInterfaceCountRequest>,
    #[serde(rename = "localStorage", default, skip_serializing_if = "Option::is_none")]
    pub local_storage: Option<LocalStorage>,
    #[serde(rename = "localStorageTypes", default, skip_serializing_if = "Option::is_none")]
    pub local_storage_types: Option<Vec<LocalStorageType>>,
    #[serde(rename = "totalLocalStorageGB", default, skip_serializing_if = "Option::is_none")]
    pub total_local_storage_gb: Option<TotalLocalStorageGBRequest>,
    #[serde(rename = "baselineEbsBandwidthMbps", default, skip_serializing_if = "Option::is_none")]
    pub baseline_ebs_bandwidth_mbps: Option<BaselineEbsBandwidthMbpsRequest>,
    #[serde(rename = "acceleratorTypes", default, skip_serializing_if = "Option::is_none")]
    pub accelerator_types: Option<Vec<AcceleratorType>>,
    #[serde(rename = "acceleratorCount", default, skip_serializing_if = "Option::is_none")]
    pub accelerator_count: Option<AcceleratorCountRequest>,
    #[serde(rename = "acceleratorManufacturers", default, skip_serializing_if = "Option::is_none")]
    pub accelerator_manufacturers: Option<Vec<AcceleratorManufacturer>>,
    #[serde(rename = "acceleratorNames", default, skip_serializing_if = "Option::is_none")]
    pub accelerator_names: Option<Vec<AcceleratorName>>,
    #[serde(rename = "acceleratorTotalMemoryMiB", default, skip_serializing_if = "Option::is_none")]
    pub accelerator_total_memory_mi_b: Option<AcceleratorTotalMemoryMiBRequest>,
    #[serde(rename = "networkBandwidthGbps", default, skip_serializing_if = "Option::is_none")]
    pub network_bandwidth_gbps: Option<NetworkBandwidthGbpsRequest>,
    #[serde(rename = "allowedInstanceTypes", default, skip_serializing_if = "Option::is_none")]
    pub allowed_instance_types: Option<Vec<String>>,
    #[serde(rename = "maxSpotPriceAsPercentageOfOptimalOnDemandPrice", default, skip_serializing_if = "Option::is_none")]
    pub max_spot_price_as_percentage_of_optimal_on_demand_price: Option<i32>,
}

impl Validate for InstanceRequirementsRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.excluded_instance_types {
            let member_path = path.field("excludedInstanceTypes");
            ferry_api::shape::check_collection_length(value.len(), None, Some(400), &member_path, problems);
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(1), Some(30), &path_0, problems);
                ferry_api::shape::check_pattern(
                    item_0,
                    &ALLOWED_INSTANCE_TYPE_PATTERN,
                    ALLOWED_INSTANCE_TYPE_PATTERN_TEXT,
                    &path_0,
                    problems,
                );
            }
        }
        if let Some(value) = &self.allowed_instance_types {
            let member_path = path.field("allowedInstanceTypes");
            ferry_api::shape::check_collection_length(value.len(), None, Some(400), &member_path, problems);
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(1), Some(30), &path_0, problems);
                ferry_api::shape::check_pattern(
                    item_0,
                    &ALLOWED_INSTANCE_TYPE_PATTERN,
                    ALLOWED_INSTANCE_TYPE_PATTERN_TEXT,
                    &path_0,
                    problems,
                );
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum IpcMode {
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "task")]
    Task,
    #[serde(rename = "none")]
    None,
}

impl IpcMode {
    pub const VALUES: &'static [&'static str] = &["host", "task", "none"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Host => "host",
            Self::Task => "task",
            Self::None => "none",
        }
    }
}

impl std::fmt::Display for IpcMode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum IsolationMode {
    #[serde(rename = "SHARED")]
    Shared,
    #[serde(rename = "ISOLATED_SANDBOX")]
    IsolatedSandbox,
    #[serde(rename = "CONFIDENTIAL_SANDBOX")]
    ConfidentialSandbox,
}

impl IsolationMode {
    pub const VALUES: &'static [&'static str] = &["SHARED", "ISOLATED_SANDBOX", "CONFIDENTIAL_SANDBOX"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Shared => "SHARED",
            Self::IsolatedSandbox => "ISOLATED_SANDBOX",
            Self::ConfidentialSandbox => "CONFIDENTIAL_SANDBOX",
        }
    }
}

impl std::fmt::Display for IsolationMode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct KernelCapabilities {
    #[serde(rename = "add", default, skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<String>>,
    #[serde(rename = "drop", default, skip_serializing_if = "Option::is_none")]
    pub drop: Option<Vec<String>>,
}

impl Validate for KernelCapabilities {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct KeyValuePair {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Validate for KeyValuePair {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LaunchType {
    #[serde(rename = "EC2")]
    Ec2,
    #[serde(rename = "FARGATE")]
    Fargate,
    #[serde(rename = "EXTERNAL")]
    External,
    #[serde(rename = "MANAGED_INSTANCES")]
    ManagedInstances,
}

impl LaunchType {
    pub const VALUES: &'static [&'static str] = &["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ec2 => "EC2",
            Self::Fargate => "FARGATE",
            Self::External => "EXTERNAL",
            Self::ManagedInstances => "MANAGED_INSTANCES",
        }
    }
}

impl std::fmt::Display for LaunchType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LinearConfiguration {
    #[serde(rename = "stepPercent", default, skip_serializing_if = "Option::is_none")]
    pub step_percent: Option<f64>,
    #[serde(rename = "stepBakeTimeInMinutes", default, skip_serializing_if = "Option::is_none")]
    pub step_bake_time_in_minutes: Option<i32>,
}

impl Validate for LinearConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LinuxParameters {
    #[serde(rename = "capabilities", default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<KernelCapabilities>,
    #[serde(rename = "devices", default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<Device>>,
    #[serde(rename = "initProcessEnabled", default, skip_serializing_if = "Option::is_none")]
    pub init_process_enabled: Option<bool>,
    #[serde(rename = "sharedMemorySize", default, skip_serializing_if = "Option::is_none")]
    pub shared_memory_size: Option<i32>,
    #[serde(rename = "tmpfs", default, skip_serializing_if = "Option::is_none")]
    pub tmpfs: Option<Vec<Tmpfs>>,
    #[serde(rename = "maxSwap", default, skip_serializing_if = "Option::is_none")]
    pub max_swap: Option<i32>,
    #[serde(rename = "swappiness", default, skip_serializing_if = "Option::is_none")]
    pub swappiness: Option<i32>,
}

impl Validate for LinuxParameters {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListAccountSettingsRequest {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<SettingName>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "Option::is_none")]
    pub principal_arn: Option<String>,
    #[serde(rename = "effectiveSettings", default, skip_serializing_if = "Option::is_none")]
    pub effective_settings: Option<bool>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for ListAccountSettingsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListAccountSettingsResponse {
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<Setting>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListAccountSettingsResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListAttributesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "targetType")]
    pub target_type: TargetType,
    #[serde(rename = "attributeName", default, skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    #[serde(rename = "attributeValue", default, skip_serializing_if = "Option::is_none")]
    pub attribute_value: Option<String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for ListAttributesRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListAttributesResponse {
    #[serde(rename = "attributes", default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListAttributesResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListClustersRequest {
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for ListClustersRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListClustersResponse {
    #[serde(rename = "clusterArns", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListClustersResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListContainerInstancesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "filter", default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ContainerInstanceStatus>,
}

impl Validate for ListContainerInstancesRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListContainerInstancesResponse {
    #[serde(rename = "containerInstanceArns", default, skip_serializing_if = "Option::is_none")]
    pub container_instance_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListContainerInstancesResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListDaemonDeploymentsRequest {
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<DaemonDeploymentStatus>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<CreatedAt>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListDaemonDeploymentsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListDaemonDeploymentsResponse {
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "daemonDeployments", default, skip_serializing_if = "Option::is_none")]
    pub daemon_deployments: Option<Vec<DaemonDeploymentSummary>>,
}

impl Validate for ListDaemonDeploymentsResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListDaemonTaskDefinitionsRequest {
    #[serde(rename = "familyPrefix", default, skip_serializing_if = "Option::is_none")]
    pub family_prefix: Option<String>,
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(rename = "revision", default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<DaemonTaskDefinitionRevisionFilter>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonTaskDefinitionStatusFilter>,
    #[serde(rename = "sort", default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<SortOrder>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for ListDaemonTaskDefinitionsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListDaemonTaskDefinitionsResponse {
    #[serde(rename = "daemonTaskDefinitions", default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definitions: Option<Vec<DaemonTaskDefinitionSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListDaemonTaskDefinitionsResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListDaemonsRequest {
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "capacityProviderArns", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_arns: Option<Vec<String>>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListDaemonsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListDaemonsResponse {
    #[serde(rename = "daemonSummariesList", default, skip_serializing_if = "Option::is_none")]
    pub daemon_summaries_list: Option<Vec<DaemonSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListDaemonsResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListGatewayClusterAssociationsRequest {
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<GatewayClusterAssociationStatus>>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListGatewayClusterAssociationsRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.status {
            let member_path = path.field("status");
            ferry_api::shape::check_collection_length(value.len(), None, Some(3), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListGatewayClusterAssociationsResponse {
    #[serde(rename = "gatewayClusterAssociations", default, skip_serializing_if = "Option::is_none")]
    pub gateway_cluster_associations: Option<Vec<GatewayClusterAssociationSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListGatewayClusterAssociationsResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListGatewayRoutesRequest {
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(rename = "serviceContainerPortName", default, skip_serializing_if = "Option::is_none")]
    pub service_container_port_name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<GatewayRouteStatus>>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListGatewayRoutesRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.status {
            let member_path = path.field("status");
            ferry_api::shape::check_collection_length(value.len(), None, Some(7), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListGatewayRoutesResponse {
    #[serde(rename = "gatewayRoutes", default, skip_serializing_if = "Option::is_none")]
    pub gateway_routes: Option<Vec<GatewayRouteSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListGatewayRoutesResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListGatewaysRequest {
    #[serde(rename = "names", default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<GatewayStatus>>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListGatewaysRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.status {
            let member_path = path.field("status");
            ferry_api::shape::check_collection_length(value.len(), None, Some(5), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListGatewaysResponse {
    #[serde(rename = "gateways", default, skip_serializing_if = "Option::is_none")]
    pub gateways: Option<Vec<GatewaySummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListGatewaysResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListServiceDeploymentsRequest {
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<ServiceDeploymentStatus>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<CreatedAt>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for ListServiceDeploymentsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListServiceDeploymentsResponse {
    #[serde(rename = "serviceDeployments", default, skip_serializing_if = "Option::is_none")]
    pub service_deployments: Option<Vec<ServiceDeploymentBrief>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListServiceDeploymentsResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListServicesByNamespaceRequest {
    #[serde(rename = "namespace")]
    pub namespace: String,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for ListServicesByNamespaceRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListServicesByNamespaceResponse {
    #[serde(rename = "serviceArns", default, skip_serializing_if = "Option::is_none")]
    pub service_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListServicesByNamespaceResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListServicesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "launchType", default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "schedulingStrategy", default, skip_serializing_if = "Option::is_none")]
    pub scheduling_strategy: Option<SchedulingStrategy>,
    #[serde(rename = "resourceManagementType", default, skip_serializing_if = "Option::is_none")]
    pub resource_management_type: Option<ResourceManagementType>,
}

impl Validate for ListServicesRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListServicesResponse {
    #[serde(rename = "serviceArns", default, skip_serializing_if = "Option::is_none")]
    pub service_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListServicesResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
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
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListTaskDefinitionFamiliesRequest {
    #[serde(rename = "familyPrefix", default, skip_serializing_if = "Option::is_none")]
    pub family_prefix: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskDefinitionFamilyStatus>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for ListTaskDefinitionFamiliesRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListTaskDefinitionFamiliesResponse {
    #[serde(rename = "families", default, skip_serializing_if = "Option::is_none")]
    pub families: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListTaskDefinitionFamiliesResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListTaskDefinitionsRequest {
    #[serde(rename = "familyPrefix", default, skip_serializing_if = "Option::is_none")]
    pub family_prefix: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskDefinitionStatus>,
    #[serde(rename = "sort", default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<SortOrder>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl Validate for ListTaskDefinitionsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListTaskDefinitionsResponse {
    #[serde(rename = "taskDefinitionArns", default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListTaskDefinitionsResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListTasksRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstance", default, skip_serializing_if = "Option::is_none")]
    pub container_instance: Option<String>,
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(rename = "desiredStatus", default, skip_serializing_if = "Option::is_none")]
    pub desired_status: Option<DesiredStatus>,
    #[serde(rename = "launchType", default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "daemonName", default, skip_serializing_if = "Option::is_none")]
    pub daemon_name: Option<String>,
}

impl Validate for ListTasksRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListTasksResponse {
    #[serde(rename = "taskArns", default, skip_serializing_if = "Option::is_none")]
    pub task_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl Validate for ListTasksResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LoadBalancer {
    #[serde(rename = "targetGroupArn", default, skip_serializing_if = "Option::is_none")]
    pub target_group_arn: Option<String>,
    #[serde(rename = "loadBalancerName", default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_name: Option<String>,
    #[serde(rename = "containerName", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "containerPort", default, skip_serializing_if = "Option::is_none")]
    pub container_port: Option<i32>,
    #[serde(rename = "advancedConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub advanced_configuration: Option<AdvancedConfiguration>,
}

impl Validate for LoadBalancer {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LocalStorage {
    #[serde(rename = "included")]
    Included,
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "excluded")]
    Excluded,
}

impl LocalStorage {
    pub const VALUES: &'static [&'static str] = &["included", "required", "excluded"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Included => "included",
            Self::Required => "required",
            Self::Excluded => "excluded",
        }
    }
}

impl std::fmt::Display for LocalStorage {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LocalStorageType {
    #[serde(rename = "hdd")]
    Hdd,
    #[serde(rename = "ssd")]
    Ssd,
}

impl LocalStorageType {
    pub const VALUES: &'static [&'static str] = &["hdd", "ssd"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hdd => "hdd",
            Self::Ssd => "ssd",
        }
    }
}

impl std::fmt::Display for LocalStorageType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogConfiguration {
    #[serde(rename = "logDriver")]
    pub log_driver: LogDriver,
    #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
    pub options: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "secretOptions", default, skip_serializing_if = "Option::is_none")]
    pub secret_options: Option<Vec<Secret>>,
}

impl Validate for LogConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LogDriver {
    #[serde(rename = "json-file")]
    JsonFile,
    #[serde(rename = "syslog")]
    Syslog,
    #[serde(rename = "journald")]
    Journald,
    #[serde(rename = "gelf")]
    Gelf,
    #[serde(rename = "fluentd")]
    Fluentd,
    #[serde(rename = "awslogs")]
    Awslogs,
    #[serde(rename = "splunk")]
    Splunk,
    #[serde(rename = "awsfirelens")]
    Awsfirelens,
}

impl LogDriver {
    pub const VALUES: &'static [&'static str] = &["json-file", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk", "awsfirelens"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::JsonFile => "json-file",
            Self::Syslog => "syslog",
            Self::Journald => "journald",
            Self::Gelf => "gelf",
            Self::Fluentd => "fluentd",
            Self::Awslogs => "awslogs",
            Self::Splunk => "splunk",
            Self::Awsfirelens => "awsfirelens",
        }
    }
}

impl std::fmt::Display for LogDriver {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogDriverVolumeConfiguration {
    #[serde(rename = "driver")]
    pub driver: LogDriver,
}

impl Validate for LogDriverVolumeConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ManagedAgent {
    #[serde(rename = "lastStartedAt", default, skip_serializing_if = "Option::is_none")]
    pub last_started_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<ManagedAgentName>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "lastStatus", default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<String>,
}

impl Validate for ManagedAgent {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ManagedAgentName {
    #[serde(rename = "ExecuteCommandAgent")]
    ExecuteCommandAgent,
}

impl ManagedAgentName {
    pub const VALUES: &'static [&'static str] = &["ExecuteCommandAgent"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ExecuteCommandAgent => "ExecuteCommandAgent",
        }
    }
}

impl std::fmt::Display for ManagedAgentName {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedAgentStateChange {
    #[serde(rename = "containerName")]
    pub container_name: String,
    #[serde(rename = "managedAgentName")]
    pub managed_agent_name: ManagedAgentName,
    #[serde(rename = "status")]
    pub status: String,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Validate for ManagedAgentStateChange {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedApplicationAutoScalingPolicy {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ferry_api::shape::Timestamp,
    #[serde(rename = "policyType")]
    pub policy_type: String,
    #[serde(rename = "targetValue")]
    pub target_value: f64,
    #[serde(rename = "metric")]
    pub metric: String,
}

impl Validate for ManagedApplicationAutoScalingPolicy {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ManagedAutoScaling {
    #[serde(rename = "scalableTarget", default, skip_serializing_if = "Option::is_none")]
    pub scalable_target: Option<ManagedScalableTarget>,
    #[serde(rename = "applicationAutoScalingPolicies", default, skip_serializing_if = "Option::is_none")]
    pub application_auto_scaling_policies: Option<Vec<ManagedApplicationAutoScalingPolicy>>,
}

impl Validate for ManagedAutoScaling {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedCertificate {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ferry_api::shape::Timestamp,
    #[serde(rename = "domainName")]
    pub domain_name: String,
}

impl Validate for ManagedCertificate {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ManagedDraining {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ManagedDraining {
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
        }
    }
}

impl std::fmt::Display for ManagedDraining {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedIngressPath {
    #[serde(rename = "accessType")]
    pub access_type: AccessType,
    #[serde(rename = "endpoint")]
    pub endpoint: String,
    #[serde(rename = "loadBalancer", default, skip_serializing_if = "Option::is_none")]
    pub load_balancer: Option<ManagedLoadBalancer>,
    #[serde(rename = "loadBalancerSecurityGroups", default, skip_serializing_if = "Option::is_none")]
    pub load_balancer_security_groups: Option<Vec<ManagedSecurityGroup>>,
    #[serde(rename = "certificate", default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<ManagedCertificate>,
    #[serde(rename = "listener", default, skip_serializing_if = "Option::is_none")]
    pub listener: Option<ManagedListener>,
    #[serde(rename = "rule", default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<ManagedListenerRule>,
    #[serde(rename = "targetGroups", default, skip_serializing_if = "Option::is_none")]
    pub target_groups: Option<Vec<ManagedTargetGroup>>,
}

impl Validate for ManagedIngressPath {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ManagedInstancesLocalStorageConfiguration {
    #[serde(rename = "useLocalStorage", default, skip_serializing_if = "Option::is_none")]
    pub use_local_storage: Option<bool>,
}

impl Validate for ManagedInstancesLocalStorageConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ManagedInstancesMonitoringOptions {
    #[serde(rename = "BASIC")]
    Basic,
    #[serde(rename = "DETAILED")]
    Detailed,
}

impl ManagedInstancesMonitoringOptions {
    pub const VALUES: &'static [&'static str] = &["BASIC", "DETAILED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Basic => "BASIC",
            Self::Detailed => "DETAILED",
        }
    }
}

impl std::fmt::Display for ManagedInstancesMonitoringOptions {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ManagedInstancesNetworkConfiguration {
    #[serde(rename = "subnets", default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
    #[serde(rename = "securityGroups", default, skip_serializing_if = "Option::is_none")]
    pub security_groups: Option<Vec<String>>,
}

impl Validate for ManagedInstancesNetworkConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ManagedInstancesProvider {
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_role_arn: Option<String>,
    #[serde(rename = "instanceLaunchTemplate", default, skip_serializing_if = "Option::is_none")]
    pub instance_launch_template: Option<InstanceLaunchTemplate>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateMITags>,
    #[serde(rename = "infrastructureOptimization", default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    #[serde(rename = "autoRepairConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

impl Validate for ManagedInstancesProvider {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.instance_launch_template.validate(&path.field("instanceLaunchTemplate"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ManagedInstancesStorageConfiguration {
    #[serde(rename = "storageSizeGiB", default, skip_serializing_if = "Option::is_none")]
    pub storage_size_gi_b: Option<i32>,
}

impl Validate for ManagedInstancesStorageConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.storage_size_gi_b {
            let member_path = path.field("storageSizeGiB");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), None, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedListener {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ferry_api::shape::Timestamp,
}

impl Validate for ManagedListener {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedListenerRule {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ferry_api::shape::Timestamp,
}

impl Validate for ManagedListenerRule {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedLoadBalancer {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ferry_api::shape::Timestamp,
    #[serde(rename = "scheme")]
    pub scheme: String,
    #[serde(rename = "subnetIds", default, skip_serializing_if = "Option::is_none")]
    pub subnet_ids: Option<Vec<String>>,
    #[serde(rename = "securityGroupIds", default, skip_serializing_if = "Option::is_none")]
    pub security_group_ids: Option<Vec<String>>,
}

impl Validate for ManagedLoadBalancer {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedLogGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ferry_api::shape::Timestamp,
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
}

impl Validate for ManagedLogGroup {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedMetricAlarm {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ferry_api::shape::Timestamp,
}

impl Validate for ManagedMetricAlarm {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ManagedResourceStatus {
    #[serde(rename = "PROVISIONING")]
    Provisioning,
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DEPROVISIONING")]
    Deprovisioning,
    #[serde(rename = "DELETED")]
    Deleted,
    #[serde(rename = "FAILED")]
    Failed,
}

impl ManagedResourceStatus {
    pub const VALUES: &'static [&'static str] = &["PROVISIONING", "ACTIVE", "DEPROVISIONING", "DELETED", "FAILED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Provisioning => "PROVISIONING",
            Self::Active => "ACTIVE",
            Self::Deprovisioning => "DEPROVISIONING",
            Self::Deleted => "DELETED",
            Self::Failed => "FAILED",
        }
    }
}

impl std::fmt::Display for ManagedResourceStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedScalableTarget {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ferry_api::shape::Timestamp,
    #[serde(rename = "minCapacity")]
    pub min_capacity: i32,
    #[serde(rename = "maxCapacity")]
    pub max_capacity: i32,
}

impl Validate for ManagedScalableTarget {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ManagedScaling {
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ManagedScalingStatus>,
    #[serde(rename = "targetCapacity", default, skip_serializing_if = "Option::is_none")]
    pub target_capacity: Option<i32>,
    #[serde(rename = "minimumScalingStepSize", default, skip_serializing_if = "Option::is_none")]
    pub minimum_scaling_step_size: Option<i32>,
    #[serde(rename = "maximumScalingStepSize", default, skip_serializing_if = "Option::is_none")]
    pub maximum_scaling_step_size: Option<i32>,
    #[serde(rename = "instanceWarmupPeriod", default, skip_serializing_if = "Option::is_none")]
    pub instance_warmup_period: Option<i32>,
}

impl Validate for ManagedScaling {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.target_capacity {
            let member_path = path.field("targetCapacity");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(100.0), &member_path, problems);
        }
        if let Some(value) = &self.minimum_scaling_step_size {
            let member_path = path.field("minimumScalingStepSize");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(10000.0), &member_path, problems);
        }
        if let Some(value) = &self.maximum_scaling_step_size {
            let member_path = path.field("maximumScalingStepSize");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(10000.0), &member_path, problems);
        }
        if let Some(value) = &self.instance_warmup_period {
            let member_path = path.field("instanceWarmupPeriod");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), Some(10000.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ManagedScalingStatus {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ManagedScalingStatus {
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
        }
    }
}

impl std::fmt::Display for ManagedScalingStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedSecurityGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ferry_api::shape::Timestamp,
}

impl Validate for ManagedSecurityGroup {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ManagedStorageConfiguration {
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "fargateEphemeralStorageKmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub fargate_ephemeral_storage_kms_key_id: Option<String>,
}

impl Validate for ManagedStorageConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedTargetGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: ferry_api::shape::Timestamp,
    #[serde(rename = "healthCheckPath")]
    pub health_check_path: String,
    #[serde(rename = "healthCheckPort")]
    pub health_check_port: i32,
    #[serde(rename = "port")]
    pub port: i32,
}

impl Validate for ManagedTargetGroup {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ManagedTerminationProtection {
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ManagedTerminationProtection {
    pub const VALUES: &'static [&'static str] = &["ENABLED", "DISABLED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
        }
    }
}

impl std::fmt::Display for ManagedTerminationProtection {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MemoryGiBPerVCpuRequest {
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl Validate for MemoryGiBPerVCpuRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MemoryMiBRequest {
    #[serde(rename = "min")]
    pub min: i32,
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl Validate for MemoryMiBRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MetricConfiguration {
    #[serde(rename = "metricNames")]
    pub metric_names: Vec<String>,
    #[serde(rename = "resolutionSeconds")]
    pub resolution_seconds: i32,
}

impl Validate for MetricConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.metric_names;
            let member_path = path.field("metricNames");
            ferry_api::shape::check_collection_length(value.len(), Some(1), Some(5), &member_path, problems);
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(1), Some(255), &path_0, problems);
            }
        }
        {
            let value = &self.resolution_seconds;
            let member_path = path.field("resolutionSeconds");
            ferry_api::shape::check_number_range(f64::from(*value), Some(20.0), Some(60.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MonitoringConfiguration {
    #[serde(rename = "metricConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub metric_configurations: Option<Vec<MetricConfiguration>>,
}

impl Validate for MonitoringConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.metric_configurations {
            let member_path = path.field("metricConfigurations");
            ferry_api::shape::check_collection_length(value.len(), None, Some(5), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MountPoint {
    #[serde(rename = "sourceVolume", default, skip_serializing_if = "Option::is_none")]
    pub source_volume: Option<String>,
    #[serde(rename = "containerPath", default, skip_serializing_if = "Option::is_none")]
    pub container_path: Option<String>,
    #[serde(rename = "readOnly", default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}

impl Validate for MountPoint {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NetworkBandwidthGbpsRequest {
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl Validate for NetworkBandwidthGbpsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NetworkBinding {
    #[serde(rename = "bindIP", default, skip_serializing_if = "Option::is_none")]
    pub bind_ip: Option<String>,
    #[serde(rename = "containerPort", default, skip_serializing_if = "Option::is_none")]
    pub container_port: Option<i32>,
    #[serde(rename = "hostPort", default, skip_serializing_if = "Option::is_none")]
    pub host_port: Option<i32>,
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<TransportProtocol>,
    #[serde(rename = "containerPortRange", default, skip_serializing_if = "Option::is_none")]
    pub container_port_range: Option<String>,
    #[serde(rename = "hostPortRange", default, skip_serializing_if = "Option::is_none")]
    pub host_port_range: Option<String>,
}

impl Validate for NetworkBinding {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NetworkConfiguration {
    #[serde(rename = "awsvpcConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub awsvpc_configuration: Option<AwsVpcConfiguration>,
}

impl Validate for NetworkConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NetworkInterface {
    #[serde(rename = "attachmentId", default, skip_serializing_if = "Option::is_none")]
    pub attachment_id: Option<String>,
    #[serde(rename = "privateIpv4Address", default, skip_serializing_if = "Option::is_none")]
    pub private_ipv4_address: Option<String>,
    #[serde(rename = "ipv6Address", default, skip_serializing_if = "Option::is_none")]
    pub ipv6_address: Option<String>,
}

impl Validate for NetworkInterface {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NetworkInterfaceCountRequest {
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl Validate for NetworkInterfaceCountRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum NetworkMode {
    #[serde(rename = "bridge")]
    Bridge,
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "awsvpc")]
    Awsvpc,
    #[serde(rename = "none")]
    None,
}

impl NetworkMode {
    pub const VALUES: &'static [&'static str] = &["bridge", "host", "awsvpc", "none"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bridge => "bridge",
            Self::Host => "host",
            Self::Awsvpc => "awsvpc",
            Self::None => "none",
        }
    }
}

impl std::fmt::Display for NetworkMode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NvidiaMpsAllocation {
    #[serde(rename = "memory")]
    pub memory: i32,
    #[serde(rename = "maxComputePercent", default, skip_serializing_if = "Option::is_none")]
    pub max_compute_percent: Option<i32>,
}

impl Validate for NvidiaMpsAllocation {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.memory;
            let member_path = path.field("memory");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), None, &member_path, problems);
        }
        if let Some(value) = &self.max_compute_percent {
            let member_path = path.field("maxComputePercent");
            ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(100.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum OSFamily {
    #[serde(rename = "WINDOWS_SERVER_2019_FULL")]
    WindowsServer2019Full,
    #[serde(rename = "WINDOWS_SERVER_2019_CORE")]
    WindowsServer2019Core,
    #[serde(rename = "WINDOWS_SERVER_2016_FULL")]
    WindowsServer2016Full,
    #[serde(rename = "WINDOWS_SERVER_2004_CORE")]
    WindowsServer2004Core,
    #[serde(rename = "WINDOWS_SERVER_2022_CORE")]
    WindowsServer2022Core,
    #[serde(rename = "WINDOWS_SERVER_2022_FULL")]
    WindowsServer2022Full,
    #[serde(rename = "WINDOWS_SERVER_2025_CORE")]
    WindowsServer2025Core,
    #[serde(rename = "WINDOWS_SERVER_2025_FULL")]
    WindowsServer2025Full,
    #[serde(rename = "WINDOWS_SERVER_20H2_CORE")]
    WindowsServer20h2Core,
    #[serde(rename = "LINUX")]
    Linux,
}

impl OSFamily {
    pub const VALUES: &'static [&'static str] = &[
        "WINDOWS_SERVER_2019_FULL",
        "WINDOWS_SERVER_2019_CORE",
        "WINDOWS_SERVER_2016_FULL",
        "WINDOWS_SERVER_2004_CORE",
        "WINDOWS_SERVER_2022_CORE",
        "WINDOWS_SERVER_2022_FULL",
        "WINDOWS_SERVER_2025_CORE",
        "WINDOWS_SERVER_2025_FULL",
        "WINDOWS_SERVER_20H2_CORE",
        "LINUX",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::WindowsServer2019Full => "WINDOWS_SERVER_2019_FULL",
            Self::WindowsServer2019Core => "WINDOWS_SERVER_2019_CORE",
            Self::WindowsServer2016Full => "WINDOWS_SERVER_2016_FULL",
            Self::WindowsServer2004Core => "WINDOWS_SERVER_2004_CORE",
            Self::WindowsServer2022Core => "WINDOWS_SERVER_2022_CORE",
            Self::WindowsServer2022Full => "WINDOWS_SERVER_2022_FULL",
            Self::WindowsServer2025Core => "WINDOWS_SERVER_2025_CORE",
            Self::WindowsServer2025Full => "WINDOWS_SERVER_2025_FULL",
            Self::WindowsServer20h2Core => "WINDOWS_SERVER_20H2_CORE",
            Self::Linux => "LINUX",
        }
    }
}

impl std::fmt::Display for OSFamily {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PidMode {
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "task")]
    Task,
}

impl PidMode {
    pub const VALUES: &'static [&'static str] = &["host", "task"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Host => "host",
            Self::Task => "task",
        }
    }
}

impl std::fmt::Display for PidMode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PlacementConstraint {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<PlacementConstraintType>,
    #[serde(rename = "expression", default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
}

impl Validate for PlacementConstraint {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PlacementConstraintType {
    #[serde(rename = "distinctInstance")]
    DistinctInstance,
    #[serde(rename = "memberOf")]
    MemberOf,
}

impl PlacementConstraintType {
    pub const VALUES: &'static [&'static str] = &["distinctInstance", "memberOf"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::DistinctInstance => "distinctInstance",
            Self::MemberOf => "memberOf",
        }
    }
}

impl std::fmt::Display for PlacementConstraintType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PlacementStrategy {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<PlacementStrategyType>,
    #[serde(rename = "field", default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl Validate for PlacementStrategy {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PlacementStrategyType {
    #[serde(rename = "random")]
    Random,
    #[serde(rename = "spread")]
    Spread,
    #[serde(rename = "binpack")]
    Binpack,
}

impl PlacementStrategyType {
    pub const VALUES: &'static [&'static str] = &["random", "spread", "binpack"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Random => "random",
            Self::Spread => "spread",
            Self::Binpack => "binpack",
        }
    }
}

impl std::fmt::Display for PlacementStrategyType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlatformDevice {
    #[serde(rename = "id")]
    pub id: String,
    #[serde(rename = "type")]
    pub r#type: PlatformDeviceType,
}

impl Validate for PlatformDevice {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PlatformDeviceType {
    #[serde(rename = "GPU")]
    Gpu,
    #[serde(rename = "NEURON_DEVICE")]
    NeuronDevice,
}

impl PlatformDeviceType {
    pub const VALUES: &'static [&'static str] = &["GPU", "NEURON_DEVICE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Gpu => "GPU",
            Self::NeuronDevice => "NEURON_DEVICE",
        }
    }
}

impl std::fmt::Display for PlatformDeviceType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PortMapping {
    #[serde(rename = "containerPort", default, skip_serializing_if = "Option::is_none")]
    pub container_port: Option<i32>,
    #[serde(rename = "hostPort", default, skip_serializing_if = "Option::is_none")]
    pub host_port: Option<i32>,
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<TransportProtocol>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "appProtocol", default, skip_serializing_if = "Option::is_none")]
    pub app_protocol: Option<ApplicationProtocol>,
    #[serde(rename = "containerPortRange", default, skip_serializing_if = "Option::is_none")]
    pub container_port_range: Option<String>,
}

impl Validate for PortMapping {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PropagateGatewayTags {
    #[serde(rename = "NONE")]
    None,
    #[serde(rename = "GATEWAY")]
    Gateway,
}

impl PropagateGatewayTags {
    pub const VALUES: &'static [&'static str] = &["NONE", "GATEWAY"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "NONE",
            Self::Gateway => "GATEWAY",
        }
    }
}

impl std::fmt::Display for PropagateGatewayTags {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PropagateMITags {
    #[serde(rename = "CAPACITY_PROVIDER")]
    CapacityProvider,
    #[serde(rename = "NONE")]
    None,
}

impl PropagateMITags {
    pub const VALUES: &'static [&'static str] = &["CAPACITY_PROVIDER", "NONE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::CapacityProvider => "CAPACITY_PROVIDER",
            Self::None => "NONE",
        }
    }
}

impl std::fmt::Display for PropagateMITags {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PropagateTags {
    #[serde(rename = "TASK_DEFINITION")]
    TaskDefinition,
    #[serde(rename = "SERVICE")]
    Service,
    #[serde(rename = "NONE")]
    None,
}

impl PropagateTags {
    pub const VALUES: &'static [&'static str] = &["TASK_DEFINITION", "SERVICE", "NONE"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::TaskDefinition => "TASK_DEFINITION",
            Self::Service => "SERVICE",
            Self::None => "NONE",
        }
    }
}

impl std::fmt::Display for PropagateTags {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ProtectedTask {
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
    #[serde(rename = "protectionEnabled", default, skip_serializing_if = "Option::is_none")]
    pub protection_enabled: Option<bool>,
    #[serde(rename = "expirationDate", default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<ferry_api::shape::Timestamp>,
}

impl Validate for ProtectedTask {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ProxyConfiguration {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ProxyConfigurationType>,
    #[serde(rename = "containerName")]
    pub container_name: String,
    #[serde(rename = "properties", default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Vec<KeyValuePair>>,
}

impl Validate for ProxyConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ProxyConfigurationType {
    #[serde(rename = "APPMESH")]
    Appmesh,
}

impl ProxyConfigurationType {
    pub const VALUES: &'static [&'static str] = &["APPMESH"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Appmesh => "APPMESH",
        }
    }
}

impl std::fmt::Display for ProxyConfigurationType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PutAccountSettingDefaultRequest {
    #[serde(rename = "name")]
    pub name: SettingName,
    #[serde(rename = "value")]
    pub value: String,
}

impl Validate for PutAccountSettingDefaultRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutAccountSettingDefaultResponse {
    #[serde(rename = "setting", default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

impl Validate for PutAccountSettingDefaultResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PutAccountSettingRequest {
    #[serde(rename = "name")]
    pub name: SettingName,
    #[serde(rename = "value")]
    pub value: String,
    #[serde(rename = "principalArn", default, skip_serializing_if = "Option::is_none")]
    pub principal_arn: Option<String>,
}

impl Validate for PutAccountSettingRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutAccountSettingResponse {
    #[serde(rename = "setting", default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

impl Validate for PutAccountSettingResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutAttributesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "attributes")]
    pub attributes: Vec<Attribute>,
}

impl Validate for PutAttributesRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutAttributesResponse {
    #[serde(rename = "attributes", default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
}

impl Validate for PutAttributesResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutClusterCapacityProvidersRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "capacityProviders")]
    pub capacity_providers: Vec<String>,
    #[serde(rename = "defaultCapacityProviderStrategy")]
    pub default_capacity_provider_strategy: Vec<CapacityProviderStrategyItem>,
}

impl Validate for PutClusterCapacityProvidersRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.default_capacity_provider_strategy.validate(&path.field("defaultCapacityProviderStrategy"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PutClusterCapacityProvidersResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

impl Validate for PutClusterCapacityProvidersResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.cluster.validate(&path.field("cluster"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RegisterContainerInstanceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "instanceIdentityDocument", default, skip_serializing_if = "Option::is_none")]
    pub instance_identity_document: Option<String>,
    #[serde(rename = "instanceIdentityDocumentSignature", default, skip_serializing_if = "Option::is_none")]
    pub instance_identity_document_signature: Option<String>,
    #[serde(rename = "totalResources", default, skip_serializing_if = "Option::is_none")]
    pub total_resources: Option<Vec<Resource>>,
    #[serde(rename = "versionInfo", default, skip_serializing_if = "Option::is_none")]
    pub version_info: Option<VersionInfo>,
    #[serde(rename = "containerInstanceArn", default, skip_serializing_if = "Option::is_none")]
    pub container_instance_arn: Option<String>,
    #[serde(rename = "attributes", default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(rename = "platformDevices", default, skip_serializing_if = "Option::is_none")]
    pub platform_devices: Option<Vec<PlatformDevice>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl Validate for RegisterContainerInstanceRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RegisterContainerInstanceResponse {
    #[serde(rename = "containerInstance", default, skip_serializing_if = "Option::is_none")]
    pub container_instance: Option<ContainerInstance>,
}

impl Validate for RegisterContainerInstanceResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.container_instance.validate(&path.field("containerInstance"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RegisterDaemonTaskDefinitionRequest {
    #[serde(rename = "family")]
    pub family: String,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "containerDefinitions")]
    pub container_definitions: Vec<DaemonContainerDefinition>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<DaemonVolume>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<DaemonPidMode>,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<DaemonIpcMode>,
}

impl Validate for RegisterDaemonTaskDefinitionRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RegisterDaemonTaskDefinitionResponse {
    #[serde(rename = "daemonTaskDefinitionArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_task_definition_arn: Option<String>,
}

impl Validate for RegisterDaemonTaskDefinitionResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RegisterTaskDefinitionRequest {
    #[serde(rename = "family")]
    pub family: String,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "networkMode", default, skip_serializing_if = "Option::is_none")]
    pub network_mode: Option<NetworkMode>,
    #[serde(rename = "containerDefinitions")]
    pub container_definitions: Vec<ContainerDefinition>,
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<Volume>>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<TaskDefinitionPlacementConstraint>>,
    #[serde(rename = "requiresCompatibilities", default, skip_serializing_if = "Option::is_none")]
    pub requires_compatibilities: Option<Vec<Compatibility>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<PidMode>,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<IpcMode>,
    #[serde(rename = "proxyConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub proxy_configuration: Option<ProxyConfiguration>,
    #[serde(rename = "inferenceAccelerators", default, skip_serializing_if = "Option::is_none")]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    #[serde(rename = "ephemeralStorage", default, skip_serializing_if = "Option::is_none")]
    pub ephemeral_storage: Option<EphemeralStorage>,
    #[serde(rename = "runtimePlatform", default, skip_serializing_if = "Option::is_none")]
    pub runtime_platform: Option<RuntimePlatform>,
    #[serde(rename = "enableFaultInjection", default, skip_serializing_if = "Option::is_none")]
    pub enable_fault_injection: Option<bool>,
    #[serde(rename = "trustedExecutionConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub trusted_execution_configuration: Option<TrustedExecutionConfiguration>,
}

impl Validate for RegisterTaskDefinitionRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.container_definitions.validate(&path.field("containerDefinitions"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RegisterTaskDefinitionResponse {
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<TaskDefinition>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl Validate for RegisterTaskDefinitionResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.task_definition.validate(&path.field("taskDefinition"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RepositoryCredentials {
    #[serde(rename = "credentialsParameter")]
    pub credentials_parameter: String,
}

impl Validate for RepositoryCredentials {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ResolvedConfiguration {
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<ServiceRevisionLoadBalancer>>,
    #[serde(rename = "vpcLatticeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub vpc_lattice_configurations: Option<Vec<ServiceRevisionVpcLatticeConfiguration>>,
}

impl Validate for ResolvedConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Resource {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(rename = "doubleValue", default, skip_serializing_if = "Option::is_none")]
    pub double_value: Option<f64>,
    #[serde(rename = "longValue", default, skip_serializing_if = "Option::is_none")]
    pub long_value: Option<i64>,
    #[serde(rename = "integerValue", default, skip_serializing_if = "Option::is_none")]
    pub integer_value: Option<i32>,
    #[serde(rename = "stringSetValue", default, skip_serializing_if = "Option::is_none")]
    pub string_set_value: Option<Vec<String>>,
}

impl Validate for Resource {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ResourceManagementType {
    #[serde(rename = "CUSTOMER")]
    Customer,
    #[serde(rename = "ECS")]
    Ecs,
}

impl ResourceManagementType {
    pub const VALUES: &'static [&'static str] = &["CUSTOMER", "ECS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Customer => "CUSTOMER",
            Self::Ecs => "ECS",
        }
    }
}

impl std::fmt::Display for ResourceManagementType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResourceRequirement {
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "type")]
    pub r#type: ResourceType,
    #[serde(rename = "sharingStrategy", default, skip_serializing_if = "Option::is_none")]
    pub sharing_strategy: Option<SharingStrategy>,
}

impl Validate for ResourceRequirement {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.sharing_strategy.validate(&path.field("sharingStrategy"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ResourceType {
    #[serde(rename = "GPU")]
    Gpu,
    #[serde(rename = "InferenceAccelerator")]
    InferenceAccelerator,
    #[serde(rename = "NeuronDevice")]
    NeuronDevice,
}

impl ResourceType {
    pub const VALUES: &'static [&'static str] = &["GPU", "InferenceAccelerator", "NeuronDevice"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Gpu => "GPU",
            Self::InferenceAccelerator => "InferenceAccelerator",
            Self::NeuronDevice => "NeuronDevice",
        }
    }
}

impl std::fmt::Display for ResourceType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Rollback {
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "serviceRevisionArn", default, skip_serializing_if = "Option::is_none")]
    pub service_revision_arn: Option<String>,
}

impl Validate for Rollback {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RunTaskRequest {
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(rename = "launchType", default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy", default, skip_serializing_if = "Option::is_none")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "referenceId", default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
    #[serde(rename = "clientToken", default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<TaskVolumeConfiguration>>,
}

impl Validate for RunTaskRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_provider_strategy.validate(&path.field("capacityProviderStrategy"), problems);
        self.overrides.validate(&path.field("overrides"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
        self.volume_configurations.validate(&path.field("volumeConfigurations"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RunTaskResponse {
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for RunTaskResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.tasks.validate(&path.field("tasks"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RuntimePlatform {
    #[serde(rename = "cpuArchitecture", default, skip_serializing_if = "Option::is_none")]
    pub cpu_architecture: Option<CPUArchitecture>,
    #[serde(rename = "operatingSystemFamily", default, skip_serializing_if = "Option::is_none")]
    pub operating_system_family: Option<OSFamily>,
}

impl Validate for RuntimePlatform {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RuntimePlatformOverride {
    #[serde(rename = "cpuArchitecture", default, skip_serializing_if = "Option::is_none")]
    pub cpu_architecture: Option<String>,
}

impl Validate for RuntimePlatformOverride {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct S3FilesVolumeConfiguration {
    #[serde(rename = "fileSystemArn")]
    pub file_system_arn: String,
    #[serde(rename = "rootDirectory", default, skip_serializing_if = "Option::is_none")]
    pub root_directory: Option<String>,
    #[serde(rename = "transitEncryptionPort", default, skip_serializing_if = "Option::is_none")]
    pub transit_encryption_port: Option<i32>,
    #[serde(rename = "accessPointArn", default, skip_serializing_if = "Option::is_none")]
    pub access_point_arn: Option<String>,
}

impl Validate for S3FilesVolumeConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Scale {
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(rename = "unit", default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<ScaleUnit>,
}

impl Validate for Scale {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ScaleUnit {
    #[serde(rename = "PERCENT")]
    Percent,
}

impl ScaleUnit {
    pub const VALUES: &'static [&'static str] = &["PERCENT"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Percent => "PERCENT",
        }
    }
}

impl std::fmt::Display for ScaleUnit {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SchedulingStrategy {
    #[serde(rename = "REPLICA")]
    Replica,
    #[serde(rename = "DAEMON")]
    Daemon,
}

impl SchedulingStrategy {
    pub const VALUES: &'static [&'static str] = &["REPLICA", "DAEMON"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Replica => "REPLICA",
            Self::Daemon => "DAEMON",
        }
    }
}

impl std::fmt::Display for SchedulingStrategy {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Scope {
    #[serde(rename = "task")]
    Task,
    #[serde(rename = "shared")]
    Shared,
}

impl Scope {
    pub const VALUES: &'static [&'static str] = &["task", "shared"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Task => "task",
            Self::Shared => "shared",
        }
    }
}

impl std::fmt::Display for Scope {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Secret {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "valueFrom")]
    pub value_from: String,
}

impl Validate for Secret {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Service {
    #[serde(rename = "serviceArn", default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "desiredCount", default, skip_serializing_if = "Option::is_none")]
    pub desired_count: Option<i32>,
    #[serde(rename = "runningCount", default, skip_serializing_if = "Option::is_none")]
    pub running_count: Option<i32>,
    #[serde(rename = "pendingCount", default, skip_serializing_if = "Option::is_none")]
    pub pending_count: Option<i32>,
    #[serde(rename = "launchType", default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "platformFamily", default, skip_serializing_if = "Option::is_none")]
    pub platform_family: Option<String>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(rename = "taskSets", default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<TaskSet>>,
    #[serde(rename = "deployments", default, skip_serializing_if = "Option::is_none")]
    pub deployments: Option<Vec<Deployment>>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(rename = "events", default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<ServiceEvent>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "currentServiceDeployment", default, skip_serializing_if = "Option::is_none")]
    pub current_service_deployment: Option<String>,
    #[serde(rename = "currentServiceRevisions", default, skip_serializing_if = "Option::is_none")]
    pub current_service_revisions: Option<Vec<ServiceCurrentRevisionSummary>>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy", default, skip_serializing_if = "Option::is_none")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "healthCheckGracePeriodSeconds", default, skip_serializing_if = "Option::is_none")]
    pub health_check_grace_period_seconds: Option<i32>,
    #[serde(rename = "schedulingStrategy", default, skip_serializing_if = "Option::is_none")]
    pub scheduling_strategy: Option<SchedulingStrategy>,
    #[serde(rename = "deploymentController", default, skip_serializing_if = "Option::is_none")]
    pub deployment_controller: Option<DeploymentController>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "availabilityZoneRebalancing", default, skip_serializing_if = "Option::is_none")]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    #[serde(rename = "resourceManagementType", default, skip_serializing_if = "Option::is_none")]
    pub resource_management_type: Option<ResourceManagementType>,
}

impl Validate for Service {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_provider_strategy.validate(&path.field("capacityProviderStrategy"), problems);
        self.deployment_configuration.validate(&path.field("deploymentConfiguration"), problems);
        self.task_sets.validate(&path.field("taskSets"), problems);
        self.deployments.validate(&path.field("deployments"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectAccessLogConfiguration {
    #[serde(rename = "format")]
    pub format: ServiceConnectAccessLoggingFormat,
    #[serde(rename = "includeQueryParameters", default, skip_serializing_if = "Option::is_none")]
    pub include_query_parameters: Option<ServiceConnectIncludeQueryParameters>,
}

impl Validate for ServiceConnectAccessLogConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceConnectAccessLoggingFormat {
    #[serde(rename = "TEXT")]
    Text,
    #[serde(rename = "JSON")]
    Json,
}

impl ServiceConnectAccessLoggingFormat {
    pub const VALUES: &'static [&'static str] = &["TEXT", "JSON"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Text => "TEXT",
            Self::Json => "JSON",
        }
    }
}

impl std::fmt::Display for ServiceConnectAccessLoggingFormat {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceConnectClientAlias {
    #[serde(rename = "port")]
    pub port: i32,
    #[serde(rename = "dnsName", default, skip_serializing_if = "Option::is_none")]
    pub dns_name: Option<String>,
    #[serde(rename = "testTrafficRules", default, skip_serializing_if = "Option::is_none")]
    pub test_traffic_rules: Option<ServiceConnectTestTrafficRules>,
}

impl Validate for ServiceConnectClientAlias {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.port;
            let member_path = path.field("port");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), Some(65535.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceConnectConfiguration {
    #[serde(rename = "enabled")]
    pub enabled: bool,
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<ServiceConnectService>>,
    #[serde(rename = "logConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub log_configuration: Option<LogConfiguration>,
    #[serde(rename = "accessLogConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub access_log_configuration: Option<ServiceConnectAccessLogConfiguration>,
    #[serde(rename = "containerConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub container_configurations: Option<Vec<ServiceConnectContainerConfiguration>>,
}

impl Validate for ServiceConnectConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.services.validate(&path.field("services"), problems);
        if let Some(value) = &self.container_configurations {
            let member_path = path.field("containerConfigurations");
            ferry_api::shape::check_collection_length(value.len(), None, Some(10), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceConnectContainerConfiguration {
    #[serde(rename = "logLevel", default, skip_serializing_if = "Option::is_none")]
    pub log_level: Option<ServiceConnectContainerLogLevel>,
}

impl Validate for ServiceConnectContainerConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceConnectContainerLogLevel {
    #[serde(rename = "debug")]
    Debug,
    #[serde(rename = "info")]
    Info,
}

impl ServiceConnectContainerLogLevel {
    pub const VALUES: &'static [&'static str] = &["debug", "info"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Debug => "debug",
            Self::Info => "info",
        }
    }
}

impl std::fmt::Display for ServiceConnectContainerLogLevel {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceConnectIncludeQueryParameters {
    #[serde(rename = "DISABLED")]
    Disabled,
    #[serde(rename = "ENABLED")]
    Enabled,
}

impl ServiceConnectIncludeQueryParameters {
    pub const VALUES: &'static [&'static str] = &["DISABLED", "ENABLED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
        }
    }
}

impl std::fmt::Display for ServiceConnectIncludeQueryParameters {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceConnectService {
    #[serde(rename = "portName")]
    pub port_name: String,
    #[serde(rename = "discoveryName", default, skip_serializing_if = "Option::is_none")]
    pub discovery_name: Option<String>,
    #[serde(rename = "clientAliases", default, skip_serializing_if = "Option::is_none")]
    pub client_aliases: Option<Vec<ServiceConnectClientAlias>>,
    #[serde(rename = "ingressPortOverride", default, skip_serializing_if = "Option::is_none")]
    pub ingress_port_override: Option<i32>,
    #[serde(rename = "timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<TimeoutConfiguration>,
    #[serde(rename = "tls", default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<ServiceConnectTlsConfiguration>,
}

impl Validate for ServiceConnectService {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.client_aliases.validate(&path.field("clientAliases"), problems);
        if let Some(value) = &self.ingress_port_override {
            let member_path = path.field("ingressPortOverride");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), Some(65535.0), &member_path, problems);
        }
        self.timeout.validate(&path.field("timeout"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceConnectServiceResource {
    #[serde(rename = "discoveryName", default, skip_serializing_if = "Option::is_none")]
    pub discovery_name: Option<String>,
    #[serde(rename = "discoveryArn", default, skip_serializing_if = "Option::is_none")]
    pub discovery_arn: Option<String>,
}

impl Validate for ServiceConnectServiceResource {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceConnectTestTrafficHeaderMatchRules {
    #[serde(rename = "exact")]
    pub exact: String,
}

impl Validate for ServiceConnectTestTrafficHeaderMatchRules {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceConnectTestTrafficHeaderRules {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ServiceConnectTestTrafficHeaderMatchRules>,
}

impl Validate for ServiceConnectTestTrafficHeaderRules {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceConnectTestTrafficRules {
    #[serde(rename = "header")]
    pub header: ServiceConnectTestTrafficHeaderRules,
}

impl Validate for ServiceConnectTestTrafficRules {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceConnectTlsCertificateAuthority {
    #[serde(rename = "awsPcaAuthorityArn", default, skip_serializing_if = "Option::is_none")]
    pub aws_pca_authority_arn: Option<String>,
}

impl Validate for ServiceConnectTlsCertificateAuthority {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceConnectTlsConfiguration {
    #[serde(rename = "issuerCertificateAuthority")]
    pub issuer_certificate_authority: ServiceConnectTlsCertificateAuthority,
    #[serde(rename = "kmsKey", default, skip_serializing_if = "Option::is_none")]
    pub kms_key: Option<String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
}

impl Validate for ServiceConnectTlsConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceCurrentRevisionSummary {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "requestedTaskCount", default, skip_serializing_if = "Option::is_none")]
    pub requested_task_count: Option<i32>,
    #[serde(rename = "runningTaskCount", default, skip_serializing_if = "Option::is_none")]
    pub running_task_count: Option<i32>,
    #[serde(rename = "pendingTaskCount", default, skip_serializing_if = "Option::is_none")]
    pub pending_task_count: Option<i32>,
}

impl Validate for ServiceCurrentRevisionSummary {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceDeployment {
    #[serde(rename = "serviceDeploymentArn", default, skip_serializing_if = "Option::is_none")]
    pub service_deployment_arn: Option<String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "finishedAt", default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "sourceServiceRevisions", default, skip_serializing_if = "Option::is_none")]
    pub source_service_revisions: Option<Vec<ServiceRevisionSummary>>,
    #[serde(rename = "targetServiceRevision", default, skip_serializing_if = "Option::is_none")]
    pub target_service_revision: Option<ServiceRevisionSummary>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentStatus>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(rename = "lifecycleStage", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_stage: Option<ServiceDeploymentLifecycleStage>,
    #[serde(rename = "lifecycleHookDetails", default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_hook_details: Option<Vec<DeploymentLifecycleHookDetail>>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(rename = "rollback", default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<Rollback>,
    #[serde(rename = "deploymentCircuitBreaker", default, skip_serializing_if = "Option::is_none")]
    pub deployment_circuit_breaker: Option<ServiceDeploymentCircuitBreaker>,
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<ServiceDeploymentAlarms>,
}

impl Validate for ServiceDeployment {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.deployment_configuration.validate(&path.field("deploymentConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceDeploymentAlarms {
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentRollbackMonitorsStatus>,
    #[serde(rename = "alarmNames", default, skip_serializing_if = "Option::is_none")]
    pub alarm_names: Option<Vec<String>>,
    #[serde(rename = "triggeredAlarmNames", default, skip_serializing_if = "Option::is_none")]
    pub triggered_alarm_names: Option<Vec<String>>,
}

impl Validate for ServiceDeploymentAlarms {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceDeploymentBrief {
    #[serde(rename = "serviceDeploymentArn", default, skip_serializing_if = "Option::is_none")]
    pub service_deployment_arn: Option<String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "finishedAt", default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "targetServiceRevisionArn", default, skip_serializing_if = "Option::is_none")]
    pub target_service_revision_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentStatus>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
}

impl Validate for ServiceDeploymentBrief {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceDeploymentCircuitBreaker {
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentRollbackMonitorsStatus>,
    #[serde(rename = "failureCount", default, skip_serializing_if = "Option::is_none")]
    pub failure_count: Option<i32>,
    #[serde(rename = "threshold", default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<i32>,
}

impl Validate for ServiceDeploymentCircuitBreaker {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceDeploymentLifecycleStage {
    #[serde(rename = "RECONCILE_SERVICE")]
    ReconcileService,
    #[serde(rename = "PRE_SCALE_UP")]
    PreScaleUp,
    #[serde(rename = "SCALE_UP")]
    ScaleUp,
    #[serde(rename = "POST_SCALE_UP")]
    PostScaleUp,
    #[serde(rename = "TEST_TRAFFIC_SHIFT")]
    TestTrafficShift,
    #[serde(rename = "POST_TEST_TRAFFIC_SHIFT")]
    PostTestTrafficShift,
    #[serde(rename = "PRODUCTION_TRAFFIC_SHIFT")]
    ProductionTrafficShift,
    #[serde(rename = "POST_PRODUCTION_TRAFFIC_SHIFT")]
    PostProductionTrafficShift,
    #[serde(rename = "BAKE_TIME")]
    BakeTime,
    #[serde(rename = "CLEAN_UP")]
    CleanUp,
}

impl ServiceDeploymentLifecycleStage {
    pub const VALUES: &'static [&'static str] = &[
        "RECONCILE_SERVICE",
        "PRE_SCALE_UP",
        "SCALE_UP",
        "POST_SCALE_UP",
        "TEST_TRAFFIC_SHIFT",
        "POST_TEST_TRAFFIC_SHIFT",
        "PRODUCTION_TRAFFIC_SHIFT",
        "POST_PRODUCTION_TRAFFIC_SHIFT",
        "BAKE_TIME",
        "CLEAN_UP",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ReconcileService => "RECONCILE_SERVICE",
            Self::PreScaleUp => "PRE_SCALE_UP",
            Self::ScaleUp => "SCALE_UP",
            Self::PostScaleUp => "POST_SCALE_UP",
            Self::TestTrafficShift => "TEST_TRAFFIC_SHIFT",
            Self::PostTestTrafficShift => "POST_TEST_TRAFFIC_SHIFT",
            Self::ProductionTrafficShift => "PRODUCTION_TRAFFIC_SHIFT",
            Self::PostProductionTrafficShift => "POST_PRODUCTION_TRAFFIC_SHIFT",
            Self::BakeTime => "BAKE_TIME",
            Self::CleanUp => "CLEAN_UP",
        }
    }
}

impl std::fmt::Display for ServiceDeploymentLifecycleStage {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceDeploymentRollbackMonitorsStatus {
    #[serde(rename = "TRIGGERED")]
    Triggered,
    #[serde(rename = "MONITORING")]
    Monitoring,
    #[serde(rename = "MONITORING_COMPLETE")]
    MonitoringComplete,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ServiceDeploymentRollbackMonitorsStatus {
    pub const VALUES: &'static [&'static str] = &["TRIGGERED", "MONITORING", "MONITORING_COMPLETE", "DISABLED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Triggered => "TRIGGERED",
            Self::Monitoring => "MONITORING",
            Self::MonitoringComplete => "MONITORING_COMPLETE",
            Self::Disabled => "DISABLED",
        }
    }
}

impl std::fmt::Display for ServiceDeploymentRollbackMonitorsStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceDeploymentStatus {
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "SUCCESSFUL")]
    Successful,
    #[serde(rename = "STOPPED")]
    Stopped,
    #[serde(rename = "STOP_REQUESTED")]
    StopRequested,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "ROLLBACK_REQUESTED")]
    RollbackRequested,
    #[serde(rename = "ROLLBACK_IN_PROGRESS")]
    RollbackInProgress,
    #[serde(rename = "ROLLBACK_SUCCESSFUL")]
    RollbackSuccessful,
    #[serde(rename = "ROLLBACK_FAILED")]
    RollbackFailed,
}

impl ServiceDeploymentStatus {
    pub const VALUES: &'static [&'static str] = &[
        "PENDING",
        "SUCCESSFUL",
        "STOPPED",
        "STOP_REQUESTED",
        "IN_PROGRESS",
        "ROLLBACK_REQUESTED",
        "ROLLBACK_IN_PROGRESS",
        "ROLLBACK_SUCCESSFUL",
        "ROLLBACK_FAILED",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Successful => "SUCCESSFUL",
            Self::Stopped => "STOPPED",
            Self::StopRequested => "STOP_REQUESTED",
            Self::InProgress => "IN_PROGRESS",
            Self::RollbackRequested => "ROLLBACK_REQUESTED",
            Self::RollbackInProgress => "ROLLBACK_IN_PROGRESS",
            Self::RollbackSuccessful => "ROLLBACK_SUCCESSFUL",
            Self::RollbackFailed => "ROLLBACK_FAILED",
        }
    }
}

impl std::fmt::Display for ServiceDeploymentStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceEvent {
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl Validate for ServiceEvent {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceField {
    #[serde(rename = "TAGS")]
    Tags,
}

impl ServiceField {
    pub const VALUES: &'static [&'static str] = &["TAGS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Tags => "TAGS",
        }
    }
}

impl std::fmt::Display for ServiceField {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceManagedEBSVolumeConfiguration {
    #[serde(rename = "encrypted", default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<bool>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "volumeType", default, skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "Option::is_none")]
    pub size_in_gi_b: Option<i32>,
    #[serde(rename = "snapshotId", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    #[serde(rename = "volumeInitializationRate", default, skip_serializing_if = "Option::is_none")]
    pub volume_initialization_rate: Option<i32>,
    #[serde(rename = "iops", default, skip_serializing_if = "Option::is_none")]
    pub iops: Option<i32>,
    #[serde(rename = "throughput", default, skip_serializing_if = "Option::is_none")]
    pub throughput: Option<i32>,
    #[serde(rename = "tagSpecifications", default, skip_serializing_if = "Option::is_none")]
    pub tag_specifications: Option<Vec<EBSTagSpecification>>,
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(rename = "filesystemType", default, skip_serializing_if = "Option::is_none")]
    pub filesystem_type: Option<TaskFilesystemType>,
}

impl Validate for ServiceManagedEBSVolumeConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.tag_specifications.validate(&path.field("tagSpecifications"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceRegistry {
    #[serde(rename = "registryArn", default, skip_serializing_if = "Option::is_none")]
    pub registry_arn: Option<String>,
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(rename = "containerName", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "containerPort", default, skip_serializing_if = "Option::is_none")]
    pub container_port: Option<i32>,
}

impl Validate for ServiceRegistry {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceRevision {
    #[serde(rename = "serviceRevisionArn", default, skip_serializing_if = "Option::is_none")]
    pub service_revision_arn: Option<String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "launchType", default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "platformFamily", default, skip_serializing_if = "Option::is_none")]
    pub platform_family: Option<String>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "containerImages", default, skip_serializing_if = "Option::is_none")]
    pub container_images: Option<Vec<ContainerImage>>,
    #[serde(rename = "guardDutyEnabled", default, skip_serializing_if = "Option::is_none")]
    pub guard_duty_enabled: Option<bool>,
    #[serde(rename = "serviceConnectConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "fargateEphemeralStorage", default, skip_serializing_if = "Option::is_none")]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "vpcLatticeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
    #[serde(rename = "resolvedConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub resolved_configuration: Option<ResolvedConfiguration>,
    #[serde(rename = "ecsManagedResources", default, skip_serializing_if = "Option::is_none")]
    pub ecs_managed_resources: Option<ECSManagedResources>,
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<ServiceRevisionOverrides>,
    #[serde(rename = "gatewayConnectors", default, skip_serializing_if = "Option::is_none")]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    #[serde(rename = "monitoring", default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<MonitoringConfiguration>,
}

impl Validate for ServiceRevision {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_provider_strategy.validate(&path.field("capacityProviderStrategy"), problems);
        self.service_connect_configuration.validate(&path.field("serviceConnectConfiguration"), problems);
        self.volume_configurations.validate(&path.field("volumeConfigurations"), problems);
        self.ecs_managed_resources.validate(&path.field("ecsManagedResources"), problems);
        if let Some(value) = &self.gateway_connectors {
            let member_path = path.field("gatewayConnectors");
            ferry_api::shape::check_collection_length(value.len(), None, Some(1), &member_path, problems);
            value.validate(&member_path, problems);
        }
        self.monitoring.validate(&path.field("monitoring"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceRevisionCleanup {
    #[serde(rename = "BLOCKING")]
    Blocking,
    #[serde(rename = "DEFERRED")]
    Deferred,
}

impl ServiceRevisionCleanup {
    pub const VALUES: &'static [&'static str] = &["BLOCKING", "DEFERRED"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Blocking => "BLOCKING",
            Self::Deferred => "DEFERRED",
        }
    }
}

impl std::fmt::Display for ServiceRevisionCleanup {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceRevisionLoadBalancer {
    #[serde(rename = "targetGroupArn", default, skip_serializing_if = "Option::is_none")]
    pub target_group_arn: Option<String>,
    #[serde(rename = "productionListenerRule", default, skip_serializing_if = "Option::is_none")]
    pub production_listener_rule: Option<String>,
}

impl Validate for ServiceRevisionLoadBalancer {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceRevisionOverrides {
    #[serde(rename = "runtimePlatform", default, skip_serializing_if = "Option::is_none")]
    pub runtime_platform: Option<RuntimePlatformOverride>,
}

impl Validate for ServiceRevisionOverrides {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceRevisionSummary {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "requestedTaskCount", default, skip_serializing_if = "Option::is_none")]
    pub requested_task_count: Option<i32>,
    #[serde(rename = "runningTaskCount", default, skip_serializing_if = "Option::is_none")]
    pub running_task_count: Option<i32>,
    #[serde(rename = "pendingTaskCount", default, skip_serializing_if = "Option::is_none")]
    pub pending_task_count: Option<i32>,
    #[serde(rename = "requestedTestTrafficWeight", default, skip_serializing_if = "Option::is_none")]
    pub requested_test_traffic_weight: Option<f64>,
    #[serde(rename = "requestedProductionTrafficWeight", default, skip_serializing_if = "Option::is_none")]
    pub requested_production_traffic_weight: Option<f64>,
}

impl Validate for ServiceRevisionSummary {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceRevisionVpcLatticeConfiguration {
    #[serde(rename = "targetGroupArn", default, skip_serializing_if = "Option::is_none")]
    pub target_group_arn: Option<String>,
    #[serde(rename = "productionListenerRule", default, skip_serializing_if = "Option::is_none")]
    pub production_listener_rule: Option<String>,
}

impl Validate for ServiceRevisionVpcLatticeConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceVolumeConfiguration {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "managedEBSVolume", default, skip_serializing_if = "Option::is_none")]
    pub managed_ebs_volume: Option<ServiceManagedEBSVolumeConfiguration>,
}

impl Validate for ServiceVolumeConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.managed_ebs_volume.validate(&path.field("managedEBSVolume"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Session {
    #[serde(rename = "sessionId", default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    #[serde(rename = "streamUrl", default, skip_serializing_if = "Option::is_none")]
    pub stream_url: Option<String>,
    #[serde(rename = "tokenValue", default, skip_serializing_if = "Option::is_none")]
    pub token_value: Option<String>,
}

impl Validate for Session {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Setting {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<SettingName>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "Option::is_none")]
    pub principal_arn: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SettingType>,
}

impl Validate for Setting {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SettingName {
    #[serde(rename = "serviceLongArnFormat")]
    ServiceLongArnFormat,
    #[serde(rename = "taskLongArnFormat")]
    TaskLongArnFormat,
    #[serde(rename = "containerInstanceLongArnFormat")]
    ContainerInstanceLongArnFormat,
    #[serde(rename = "awsvpcTrunking")]
    AwsvpcTrunking,
    #[serde(rename = "containerInsights")]
    ContainerInsights,
    #[serde(rename = "fargateFIPSMode")]
    FargateFipsMode,
    #[serde(rename = "tagResourceAuthorization")]
    TagResourceAuthorization,
    #[serde(rename = "fargateTaskRetirementWaitPeriod")]
    FargateTaskRetirementWaitPeriod,
    #[serde(rename = "guardDutyActivate")]
    GuardDutyActivate,
    #[serde(rename = "defaultLogDriverMode")]
    DefaultLogDriverMode,
    #[serde(rename = "fargateEventWindows")]
    FargateEventWindows,
}

impl SettingName {
    pub const VALUES: &'static [&'static str] = &[
        "serviceLongArnFormat",
        "taskLongArnFormat",
        "containerInstanceLongArnFormat",
        "awsvpcTrunking",
        "containerInsights",
        "fargateFIPSMode",
        "tagResourceAuthorization",
        "fargateTaskRetirementWaitPeriod",
        "guardDutyActivate",
        "defaultLogDriverMode",
        "fargateEventWindows",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ServiceLongArnFormat => "serviceLongArnFormat",
            Self::TaskLongArnFormat => "taskLongArnFormat",
            Self::ContainerInstanceLongArnFormat => "containerInstanceLongArnFormat",
            Self::AwsvpcTrunking => "awsvpcTrunking",
            Self::ContainerInsights => "containerInsights",
            Self::FargateFipsMode => "fargateFIPSMode",
            Self::TagResourceAuthorization => "tagResourceAuthorization",
            Self::FargateTaskRetirementWaitPeriod => "fargateTaskRetirementWaitPeriod",
            Self::GuardDutyActivate => "guardDutyActivate",
            Self::DefaultLogDriverMode => "defaultLogDriverMode",
            Self::FargateEventWindows => "fargateEventWindows",
        }
    }
}

impl std::fmt::Display for SettingName {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SettingType {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "aws_managed")]
    AwsManaged,
}

impl SettingType {
    pub const VALUES: &'static [&'static str] = &["user", "aws_managed"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::AwsManaged => "aws_managed",
        }
    }
}

impl std::fmt::Display for SettingType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SharingStrategy {
    #[serde(rename = "nvidiaMps", default, skip_serializing_if = "Option::is_none")]
    pub nvidia_mps: Option<NvidiaMpsAllocation>,
}

impl Validate for SharingStrategy {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.nvidia_mps.validate(&path.field("nvidiaMps"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SortOrder {
    #[serde(rename = "ASC")]
    Asc,
    #[serde(rename = "DESC")]
    Desc,
}

impl SortOrder {
    pub const VALUES: &'static [&'static str] = &["ASC", "DESC"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
        }
    }
}

impl std::fmt::Display for SortOrder {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StabilityStatus {
    #[serde(rename = "STEADY_STATE")]
    SteadyState,
    #[serde(rename = "STABILIZING")]
    Stabilizing,
}

impl StabilityStatus {
    pub const VALUES: &'static [&'static str] = &["STEADY_STATE", "STABILIZING"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SteadyState => "STEADY_STATE",
            Self::Stabilizing => "STABILIZING",
        }
    }
}

impl std::fmt::Display for StabilityStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StartTaskRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstances")]
    pub container_instances: Vec<String>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "referenceId", default, skip_serializing_if = "Option::is_none")]
    pub reference_id: Option<String>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<TaskVolumeConfiguration>>,
}

impl Validate for StartTaskRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.overrides.validate(&path.field("overrides"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
        self.volume_configurations.validate(&path.field("volumeConfigurations"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StartTaskResponse {
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for StartTaskResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.tasks.validate(&path.field("tasks"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StopServiceDeploymentRequest {
    #[serde(rename = "serviceDeploymentArn")]
    pub service_deployment_arn: String,
    #[serde(rename = "stopType", default, skip_serializing_if = "Option::is_none")]
    pub stop_type: Option<StopServiceDeploymentStopType>,
}

impl Validate for StopServiceDeploymentRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StopServiceDeploymentResponse {
    #[serde(rename = "serviceDeploymentArn", default, skip_serializing_if = "Option::is_none")]
    pub service_deployment_arn: Option<String>,
}

impl Validate for StopServiceDeploymentResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StopServiceDeploymentStopType {
    #[serde(rename = "ABORT")]
    Abort,
    #[serde(rename = "ROLLBACK")]
    Rollback,
}

impl StopServiceDeploymentStopType {
    pub const VALUES: &'static [&'static str] = &["ABORT", "ROLLBACK"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Abort => "ABORT",
            Self::Rollback => "ROLLBACK",
        }
    }
}

impl std::fmt::Display for StopServiceDeploymentStopType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StopTaskRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "task")]
    pub task: String,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Validate for StopTaskRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StopTaskResponse {
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<Task>,
}

impl Validate for StopTaskResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.task.validate(&path.field("task"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SubmitAttachmentStateChangesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "attachments")]
    pub attachments: Vec<AttachmentStateChange>,
}

impl Validate for SubmitAttachmentStateChangesRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SubmitAttachmentStateChangesResponse {
    #[serde(rename = "acknowledgment", default, skip_serializing_if = "Option::is_none")]
    pub acknowledgment: Option<String>,
}

impl Validate for SubmitAttachmentStateChangesResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SubmitContainerStateChangeRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    #[serde(rename = "containerName", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(rename = "runtimeId", default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "exitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "networkBindings", default, skip_serializing_if = "Option::is_none")]
    pub network_bindings: Option<Vec<NetworkBinding>>,
}

impl Validate for SubmitContainerStateChangeRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SubmitContainerStateChangeResponse {
    #[serde(rename = "acknowledgment", default, skip_serializing_if = "Option::is_none")]
    pub acknowledgment: Option<String>,
}

impl Validate for SubmitContainerStateChangeResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SubmitTaskStateChangeRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "containers", default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<ContainerStateChange>>,
    #[serde(rename = "attachments", default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<AttachmentStateChange>>,
    #[serde(rename = "managedAgents", default, skip_serializing_if = "Option::is_none")]
    pub managed_agents: Option<Vec<ManagedAgentStateChange>>,
    #[serde(rename = "pullStartedAt", default, skip_serializing_if = "Option::is_none")]
    pub pull_started_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "pullStoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub pull_stopped_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "executionStoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub execution_stopped_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for SubmitTaskStateChangeRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SubmitTaskStateChangeResponse {
    #[serde(rename = "acknowledgment", default, skip_serializing_if = "Option::is_none")]
    pub acknowledgment: Option<String>,
}

impl Validate for SubmitTaskStateChangeResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SystemControl {
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Validate for SystemControl {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Tag {
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Validate for Tag {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.key {
            let member_path = path.field("key");
            ferry_api::shape::check_string_length(value, Some(1), Some(128), &member_path, problems);
            ferry_api::shape::check_pattern(value, &TAG_KEY_PATTERN, TAG_KEY_PATTERN_TEXT, &member_path, problems);
        }
        if let Some(value) = &self.value {
            let member_path = path.field("value");
            ferry_api::shape::check_string_length(value, None, Some(256), &member_path, problems);
            ferry_api::shape::check_pattern(value, &TAG_KEY_PATTERN, TAG_KEY_PATTERN_TEXT, &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TagResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
    #[serde(rename = "tags")]
    pub tags: Vec<Tag>,
}

impl Validate for TagResourceRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.tags;
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TagResourceResponse {}

impl Validate for TagResourceResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TargetType {
    #[serde(rename = "container-instance")]
    ContainerInstance,
}

impl TargetType {
    pub const VALUES: &'static [&'static str] = &["container-instance"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ContainerInstance => "container-instance",
        }
    }
}

impl std::fmt::Display for TargetType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Task {
    #[serde(rename = "attachments", default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<Attachment>>,
    #[serde(rename = "attributes", default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(rename = "availabilityZone", default, skip_serializing_if = "Option::is_none")]
    pub availability_zone: Option<String>,
    #[serde(rename = "capacityProviderName", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_name: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "connectivity", default, skip_serializing_if = "Option::is_none")]
    pub connectivity: Option<Connectivity>,
    #[serde(rename = "connectivityAt", default, skip_serializing_if = "Option::is_none")]
    pub connectivity_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "containerInstanceArn", default, skip_serializing_if = "Option::is_none")]
    pub container_instance_arn: Option<String>,
    #[serde(rename = "containers", default, skip_serializing_if = "Option::is_none")]
    pub containers: Option<Vec<Container>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "desiredStatus", default, skip_serializing_if = "Option::is_none")]
    pub desired_status: Option<String>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "executionStoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub execution_stopped_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(rename = "healthStatus", default, skip_serializing_if = "Option::is_none")]
    pub health_status: Option<HealthStatus>,
    #[serde(rename = "inferenceAccelerators", default, skip_serializing_if = "Option::is_none")]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    #[serde(rename = "lastStatus", default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<String>,
    #[serde(rename = "launchType", default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "platformFamily", default, skip_serializing_if = "Option::is_none")]
    pub platform_family: Option<String>,
    #[serde(rename = "pullStartedAt", default, skip_serializing_if = "Option::is_none")]
    pub pull_started_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "pullStoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub pull_stopped_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "stopCode", default, skip_serializing_if = "Option::is_none")]
    pub stop_code: Option<TaskStopCode>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "stoppedReason", default, skip_serializing_if = "Option::is_none")]
    pub stopped_reason: Option<String>,
    #[serde(rename = "stoppingAt", default, skip_serializing_if = "Option::is_none")]
    pub stopping_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
    #[serde(rename = "taskDefinitionArn", default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arn: Option<String>,
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(rename = "ephemeralStorage", default, skip_serializing_if = "Option::is_none")]
    pub ephemeral_storage: Option<EphemeralStorage>,
    #[serde(rename = "fargateEphemeralStorage", default, skip_serializing_if = "Option::is_none")]
    pub fargate_ephemeral_storage: Option<TaskEphemeralStorage>,
    #[serde(rename = "trustedExecutionSummary", default, skip_serializing_if = "Option::is_none")]
    pub trusted_execution_summary: Option<TrustedExecutionSummary>,
}

impl Validate for Task {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.containers.validate(&path.field("containers"), problems);
        self.overrides.validate(&path.field("overrides"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TaskDefinition {
    #[serde(rename = "taskDefinitionArn", default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arn: Option<String>,
    #[serde(rename = "containerDefinitions", default, skip_serializing_if = "Option::is_none")]
    pub container_definitions: Option<Vec<ContainerDefinition>>,
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "networkMode", default, skip_serializing_if = "Option::is_none")]
    pub network_mode: Option<NetworkMode>,
    #[serde(rename = "revision", default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<i32>,
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<Volume>>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskDefinitionStatus>,
    #[serde(rename = "requiresAttributes", default, skip_serializing_if = "Option::is_none")]
    pub requires_attributes: Option<Vec<Attribute>>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<TaskDefinitionPlacementConstraint>>,
    #[serde(rename = "compatibilities", default, skip_serializing_if = "Option::is_none")]
    pub compatibilities: Option<Vec<Compatibility>>,
    #[serde(rename = "runtimePlatform", default, skip_serializing_if = "Option::is_none")]
    pub runtime_platform: Option<RuntimePlatform>,
    #[serde(rename = "requiresCompatibilities", default, skip_serializing_if = "Option::is_none")]
    pub requires_compatibilities: Option<Vec<Compatibility>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "inferenceAccelerators", default, skip_serializing_if = "Option::is_none")]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<PidMode>,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<IpcMode>,
    #[serde(rename = "proxyConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub proxy_configuration: Option<ProxyConfiguration>,
    #[serde(rename = "registeredAt", default, skip_serializing_if = "Option::is_none")]
    pub registered_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "deregisteredAt", default, skip_serializing_if = "Option::is_none")]
    pub deregistered_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "deleteRequestedAt", default, skip_serializing_if = "Option::is_none")]
    pub delete_requested_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "registeredBy", default, skip_serializing_if = "Option::is_none")]
    pub registered_by: Option<String>,
    #[serde(rename = "ephemeralStorage", default, skip_serializing_if = "Option::is_none")]
    pub ephemeral_storage: Option<EphemeralStorage>,
    #[serde(rename = "enableFaultInjection", default, skip_serializing_if = "Option::is_none")]
    pub enable_fault_injection: Option<bool>,
    #[serde(rename = "trustedExecutionConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub trusted_execution_configuration: Option<TrustedExecutionConfiguration>,
}

impl Validate for TaskDefinition {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.container_definitions.validate(&path.field("containerDefinitions"), problems);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TaskDefinitionFamilyStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "INACTIVE")]
    Inactive,
    #[serde(rename = "ALL")]
    All,
}

impl TaskDefinitionFamilyStatus {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "INACTIVE", "ALL"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::All => "ALL",
        }
    }
}

impl std::fmt::Display for TaskDefinitionFamilyStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TaskDefinitionField {
    #[serde(rename = "TAGS")]
    Tags,
}

impl TaskDefinitionField {
    pub const VALUES: &'static [&'static str] = &["TAGS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Tags => "TAGS",
        }
    }
}

impl std::fmt::Display for TaskDefinitionField {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TaskDefinitionPlacementConstraint {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TaskDefinitionPlacementConstraintType>,
    #[serde(rename = "expression", default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
}

impl Validate for TaskDefinitionPlacementConstraint {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TaskDefinitionPlacementConstraintType {
    #[serde(rename = "memberOf")]
    MemberOf,
}

impl TaskDefinitionPlacementConstraintType {
    pub const VALUES: &'static [&'static str] = &["memberOf"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::MemberOf => "memberOf",
        }
    }
}

impl std::fmt::Display for TaskDefinitionPlacementConstraintType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TaskDefinitionStatus {
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "INACTIVE")]
    Inactive,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
}

impl TaskDefinitionStatus {
    pub const VALUES: &'static [&'static str] = &["ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::DeleteInProgress => "DELETE_IN_PROGRESS",
        }
    }
}

impl std::fmt::Display for TaskDefinitionStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TaskEphemeralStorage {
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "Option::is_none")]
    pub size_in_gi_b: Option<i32>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

impl Validate for TaskEphemeralStorage {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TaskField {
    #[serde(rename = "TAGS")]
    Tags,
}

impl TaskField {
    pub const VALUES: &'static [&'static str] = &["TAGS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Tags => "TAGS",
        }
    }
}

impl std::fmt::Display for TaskField {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TaskFilesystemType {
    #[serde(rename = "ext3")]
    Ext3,
    #[serde(rename = "ext4")]
    Ext4,
    #[serde(rename = "xfs")]
    Xfs,
    #[serde(rename = "ntfs")]
    Ntfs,
}

impl TaskFilesystemType {
    pub const VALUES: &'static [&'static str] = &["ext3", "ext4", "xfs", "ntfs"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ext3 => "ext3",
            Self::Ext4 => "ext4",
            Self::Xfs => "xfs",
            Self::Ntfs => "ntfs",
        }
    }
}

impl std::fmt::Display for TaskFilesystemType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TaskManagedEBSVolumeConfiguration {
    #[serde(rename = "encrypted", default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<bool>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "volumeType", default, skip_serializing_if = "Option::is_none")]
    pub volume_type: Option<String>,
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "Option::is_none")]
    pub size_in_gi_b: Option<i32>,
    #[serde(rename = "snapshotId", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
    #[serde(rename = "volumeInitializationRate", default, skip_serializing_if = "Option::is_none")]
    pub volume_initialization_rate: Option<i32>,
    #[serde(rename = "iops", default, skip_serializing_if = "Option::is_none")]
    pub iops: Option<i32>,
    #[serde(rename = "throughput", default, skip_serializing_if = "Option::is_none")]
    pub throughput: Option<i32>,
    #[serde(rename = "tagSpecifications", default, skip_serializing_if = "Option::is_none")]
    pub tag_specifications: Option<Vec<EBSTagSpecification>>,
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(rename = "terminationPolicy", default, skip_serializing_if = "Option::is_none")]
    pub termination_policy: Option<TaskManagedEBSVolumeTerminationPolicy>,
    #[serde(rename = "filesystemType", default, skip_serializing_if = "Option::is_none")]
    pub filesystem_type: Option<TaskFilesystemType>,
}

impl Validate for TaskManagedEBSVolumeConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.tag_specifications.validate(&path.field("tagSpecifications"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TaskManagedEBSVolumeTerminationPolicy {
    #[serde(rename = "deleteOnTermination")]
    pub delete_on_termination: bool,
}

impl Validate for TaskManagedEBSVolumeTerminationPolicy {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TaskOverride {
    #[serde(rename = "containerOverrides", default, skip_serializing_if = "Option::is_none")]
    pub container_overrides: Option<Vec<ContainerOverride>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "inferenceAcceleratorOverrides", default, skip_serializing_if = "Option::is_none")]
    pub inference_accelerator_overrides: Option<Vec<InferenceAcceleratorOverride>>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "ephemeralStorage", default, skip_serializing_if = "Option::is_none")]
    pub ephemeral_storage: Option<EphemeralStorage>,
}

impl Validate for TaskOverride {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.container_overrides.validate(&path.field("containerOverrides"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TaskSet {
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "taskSetArn", default, skip_serializing_if = "Option::is_none")]
    pub task_set_arn: Option<String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "externalId", default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "computedDesiredCount", default, skip_serializing_if = "Option::is_none")]
    pub computed_desired_count: Option<i32>,
    #[serde(rename = "pendingCount", default, skip_serializing_if = "Option::is_none")]
    pub pending_count: Option<i32>,
    #[serde(rename = "runningCount", default, skip_serializing_if = "Option::is_none")]
    pub running_count: Option<i32>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "launchType", default, skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "platformFamily", default, skip_serializing_if = "Option::is_none")]
    pub platform_family: Option<String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "scale", default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    #[serde(rename = "stabilityStatus", default, skip_serializing_if = "Option::is_none")]
    pub stability_status: Option<StabilityStatus>,
    #[serde(rename = "stabilityStatusAt", default, skip_serializing_if = "Option::is_none")]
    pub stability_status_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "fargateEphemeralStorage", default, skip_serializing_if = "Option::is_none")]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
}

impl Validate for TaskSet {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_provider_strategy.validate(&path.field("capacityProviderStrategy"), problems);
        if let Some(value) = &self.tags {
            let member_path = path.field("tags");
            ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems);
            value.validate(&member_path, problems);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TaskSetField {
    #[serde(rename = "TAGS")]
    Tags,
}

impl TaskSetField {
    pub const VALUES: &'static [&'static str] = &["TAGS"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Tags => "TAGS",
        }
    }
}

impl std::fmt::Display for TaskSetField {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TaskStopCode {
    #[serde(rename = "TaskFailedToStart")]
    TaskFailedToStart,
    #[serde(rename = "EssentialContainerExited")]
    EssentialContainerExited,
    #[serde(rename = "UserInitiated")]
    UserInitiated,
    #[serde(rename = "ServiceSchedulerInitiated")]
    ServiceSchedulerInitiated,
    #[serde(rename = "SpotInterruption")]
    SpotInterruption,
    #[serde(rename = "TerminationNotice")]
    TerminationNotice,
    #[serde(rename = "InfrastructureHealth")]
    InfrastructureHealth,
}

impl TaskStopCode {
    pub const VALUES: &'static [&'static str] = &[
        "TaskFailedToStart",
        "EssentialContainerExited",
        "UserInitiated",
        "ServiceSchedulerInitiated",
        "SpotInterruption",
        "TerminationNotice",
        "InfrastructureHealth",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::TaskFailedToStart => "TaskFailedToStart",
            Self::EssentialContainerExited => "EssentialContainerExited",
            Self::UserInitiated => "UserInitiated",
            Self::ServiceSchedulerInitiated => "ServiceSchedulerInitiated",
            Self::SpotInterruption => "SpotInterruption",
            Self::TerminationNotice => "TerminationNotice",
            Self::InfrastructureHealth => "InfrastructureHealth",
        }
    }
}

impl std::fmt::Display for TaskStopCode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TaskVolumeConfiguration {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "managedEBSVolume", default, skip_serializing_if = "Option::is_none")]
    pub managed_ebs_volume: Option<TaskManagedEBSVolumeConfiguration>,
}

impl Validate for TaskVolumeConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.managed_ebs_volume.validate(&path.field("managedEBSVolume"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThresholdConfiguration {
    #[serde(rename = "type")]
    pub r#type: ThresholdType,
    #[serde(rename = "value")]
    pub value: i32,
}

impl Validate for ThresholdConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ThresholdType {
    #[serde(rename = "COUNT")]
    Count,
    #[serde(rename = "BOUNDED_PERCENT")]
    BoundedPercent,
    #[serde(rename = "UNBOUNDED_PERCENT")]
    UnboundedPercent,
}

impl ThresholdType {
    pub const VALUES: &'static [&'static str] = &["COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Count => "COUNT",
            Self::BoundedPercent => "BOUNDED_PERCENT",
            Self::UnboundedPercent => "UNBOUNDED_PERCENT",
        }
    }
}

impl std::fmt::Display for ThresholdType {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TimeoutConfiguration {
    #[serde(rename = "idleTimeoutSeconds", default, skip_serializing_if = "Option::is_none")]
    pub idle_timeout_seconds: Option<i32>,
    #[serde(rename = "perRequestTimeoutSeconds", default, skip_serializing_if = "Option::is_none")]
    pub per_request_timeout_seconds: Option<i32>,
}

impl Validate for TimeoutConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = &self.idle_timeout_seconds {
            let member_path = path.field("idleTimeoutSeconds");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), Some(2147483647.0), &member_path, problems);
        }
        if let Some(value) = &self.per_request_timeout_seconds {
            let member_path = path.field("perRequestTimeoutSeconds");
            ferry_api::shape::check_number_range(f64::from(*value), Some(0.0), Some(2147483647.0), &member_path, problems);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Tmpfs {
    #[serde(rename = "containerPath")]
    pub container_path: String,
    #[serde(rename = "size")]
    pub size: i32,
    #[serde(rename = "mountOptions", default, skip_serializing_if = "Option::is_none")]
    pub mount_options: Option<Vec<String>>,
}

impl Validate for Tmpfs {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TotalLocalStorageGBRequest {
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl Validate for TotalLocalStorageGBRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TransportProtocol {
    #[serde(rename = "tcp")]
    Tcp,
    #[serde(rename = "udp")]
    Udp,
}

impl TransportProtocol {
    pub const VALUES: &'static [&'static str] = &["tcp", "udp"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Tcp => "tcp",
            Self::Udp => "udp",
        }
    }
}

impl std::fmt::Display for TransportProtocol {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrustedExecutionConfiguration {
    #[serde(rename = "isolationMode")]
    pub isolation_mode: IsolationMode,
    #[serde(rename = "attestationPolicy", default, skip_serializing_if = "Option::is_none")]
    pub attestation_policy: Option<String>,
}

impl Validate for TrustedExecutionConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrustedExecutionSummary {
    #[serde(rename = "isolationMode")]
    pub isolation_mode: IsolationMode,
    #[serde(rename = "attestationPolicyStatus", default, skip_serializing_if = "Option::is_none")]
    pub attestation_policy_status: Option<AttestationPolicyStatus>,
}

impl Validate for TrustedExecutionSummary {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ulimit {
    #[serde(rename = "name")]
    pub name: UlimitName,
    #[serde(rename = "softLimit")]
    pub soft_limit: i32,
    #[serde(rename = "hardLimit")]
    pub hard_limit: i32,
}

impl Validate for Ulimit {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum UlimitName {
    #[serde(rename = "core")]
    Core,
    #[serde(rename = "cpu")]
    Cpu,
    #[serde(rename = "data")]
    Data,
    #[serde(rename = "fsize")]
    Fsize,
    #[serde(rename = "locks")]
    Locks,
    #[serde(rename = "memlock")]
    Memlock,
    #[serde(rename = "msgqueue")]
    Msgqueue,
    #[serde(rename = "nice")]
    Nice,
    #[serde(rename = "nofile")]
    Nofile,
    #[serde(rename = "nproc")]
    Nproc,
    #[serde(rename = "rss")]
    Rss,
    #[serde(rename = "rtprio")]
    Rtprio,
    #[serde(rename = "rttime")]
    Rttime,
    #[serde(rename = "sigpending")]
    Sigpending,
    #[serde(rename = "stack")]
    Stack,
}

impl UlimitName {
    pub const VALUES: &'static [&'static str] = &[
        "core",
        "cpu",
        "data",
        "fsize",
        "locks",
        "memlock",
        "msgqueue",
        "nice",
        "nofile",
        "nproc",
        "rss",
        "rtprio",
        "rttime",
        "sigpending",
        "stack",
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Core => "core",
            Self::Cpu => "cpu",
            Self::Data => "data",
            Self::Fsize => "fsize",
            Self::Locks => "locks",
            Self::Memlock => "memlock",
            Self::Msgqueue => "msgqueue",
            Self::Nice => "nice",
            Self::Nofile => "nofile",
            Self::Nproc => "nproc",
            Self::Rss => "rss",
            Self::Rtprio => "rtprio",
            Self::Rttime => "rttime",
            Self::Sigpending => "sigpending",
            Self::Stack => "stack",
        }
    }
}

impl std::fmt::Display for UlimitName {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
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
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        {
            let value = &self.tag_keys;
            let member_path = path.field("tagKeys");
            for (index_0, item_0) in value.iter().enumerate() {
                let path_0 = member_path.index(index_0);
                ferry_api::shape::check_string_length(item_0, Some(1), Some(128), &path_0, problems);
                ferry_api::shape::check_pattern(item_0, &TAG_KEY_PATTERN, TAG_KEY_PATTERN_TEXT, &path_0, problems);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UntagResourceResponse {}

impl Validate for UntagResourceResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateCapacityProviderRequest {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "autoScalingGroupProvider", default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProviderUpdate>,
    #[serde(rename = "managedInstancesProvider", default, skip_serializing_if = "Option::is_none")]
    pub managed_instances_provider: Option<UpdateManagedInstancesProviderConfiguration>,
}

impl Validate for UpdateCapacityProviderRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.auto_scaling_group_provider.validate(&path.field("autoScalingGroupProvider"), problems);
        self.managed_instances_provider.validate(&path.field("managedInstancesProvider"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateCapacityProviderResponse {
    #[serde(rename = "capacityProvider", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider: Option<CapacityProvider>,
}

impl Validate for UpdateCapacityProviderResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_provider.validate(&path.field("capacityProvider"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateClusterRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
    #[serde(rename = "configuration", default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<ClusterConfiguration>,
    #[serde(rename = "serviceConnectDefaults", default, skip_serializing_if = "Option::is_none")]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaultsRequest>,
}

impl Validate for UpdateClusterRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

impl Validate for UpdateClusterResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.cluster.validate(&path.field("cluster"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateClusterSettingsRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "settings")]
    pub settings: Vec<ClusterSetting>,
}

impl Validate for UpdateClusterSettingsRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateClusterSettingsResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

impl Validate for UpdateClusterSettingsResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.cluster.validate(&path.field("cluster"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateContainerAgentRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstance")]
    pub container_instance: String,
}

impl Validate for UpdateContainerAgentRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateContainerAgentResponse {
    #[serde(rename = "containerInstance", default, skip_serializing_if = "Option::is_none")]
    pub container_instance: Option<ContainerInstance>,
}

impl Validate for UpdateContainerAgentResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.container_instance.validate(&path.field("containerInstance"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateContainerInstancesStateRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstances")]
    pub container_instances: Vec<String>,
    #[serde(rename = "status")]
    pub status: ContainerInstanceStatus,
}

impl Validate for UpdateContainerInstancesStateRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateContainerInstancesStateResponse {
    #[serde(rename = "containerInstances", default, skip_serializing_if = "Option::is_none")]
    pub container_instances: Option<Vec<ContainerInstance>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for UpdateContainerInstancesStateResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.container_instances.validate(&path.field("containerInstances"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateDaemonRequest {
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
    #[serde(rename = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: String,
    #[serde(rename = "capacityProviderArns")]
    pub capacity_provider_arns: Vec<String>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<DaemonPropagateTags>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "critical", default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
}

impl Validate for UpdateDaemonRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.deployment_configuration.validate(&path.field("deploymentConfiguration"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateDaemonResponse {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "deploymentArn", default, skip_serializing_if = "Option::is_none")]
    pub deployment_arn: Option<String>,
}

impl Validate for UpdateDaemonResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateExpressGatewayServiceRequest {
    #[serde(rename = "serviceArn")]
    pub service_arn: String,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "healthCheckPath", default, skip_serializing_if = "Option::is_none")]
    pub health_check_path: Option<String>,
    #[serde(rename = "primaryContainer", default, skip_serializing_if = "Option::is_none")]
    pub primary_container: Option<ExpressGatewayContainer>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub task_role_arn: Option<String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "cpuArchitecture", default, skip_serializing_if = "Option::is_none")]
    pub cpu_architecture: Option<ExpressCpuArchitecture>,
    #[serde(rename = "scalingTarget", default, skip_serializing_if = "Option::is_none")]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    #[serde(rename = "taskDefinitionArn", default, skip_serializing_if = "Option::is_none")]
    pub task_definition_arn: Option<String>,
}

impl Validate for UpdateExpressGatewayServiceRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<UpdatedExpressGatewayService>,
}

impl Validate for UpdateExpressGatewayServiceResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateGatewayAlbConfiguration {
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<UpdateGatewayNetworkConfiguration>,
    #[serde(rename = "maxAlbCount", default, skip_serializing_if = "Option::is_none")]
    pub max_alb_count: Option<i32>,
    #[serde(rename = "webACLArn", default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
    #[serde(rename = "accessLogs", default, skip_serializing_if = "Option::is_none")]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    #[serde(rename = "httpDesync", default, skip_serializing_if = "Option::is_none")]
    pub http_desync: Option<GatewayAlbDesyncMitigationMode>,
    #[serde(rename = "testTrafficRules", default, skip_serializing_if = "Option::is_none")]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
}

impl Validate for UpdateGatewayAlbConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateGatewayConfiguration {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "Option::is_none")]
    pub host_shared_alb: Option<UpdateGatewayAlbConfiguration>,
}

impl Validate for UpdateGatewayConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateGatewayNetworkConfiguration {
    #[serde(rename = "inboundSecurityGroup", default, skip_serializing_if = "Option::is_none")]
    pub inbound_security_group: Option<String>,
}

impl Validate for UpdateGatewayNetworkConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateGatewayRequest {
    #[serde(rename = "gateway")]
    pub gateway: String,
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_role_arn: Option<String>,
    #[serde(rename = "deletionProtection", default, skip_serializing_if = "Option::is_none")]
    pub deletion_protection: Option<bool>,
    #[serde(rename = "configuration", default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<UpdateGatewayConfiguration>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateGatewayTags>,
}

impl Validate for UpdateGatewayRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateGatewayResponse {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "Option::is_none")]
    pub gateway_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
}

impl Validate for UpdateGatewayResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateManagedInstancesProviderConfiguration {
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "instanceLaunchTemplate")]
    pub instance_launch_template: InstanceLaunchTemplateUpdate,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateMITags>,
    #[serde(rename = "infrastructureOptimization", default, skip_serializing_if = "Option::is_none")]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    #[serde(rename = "autoRepairConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

impl Validate for UpdateManagedInstancesProviderConfiguration {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.instance_launch_template.validate(&path.field("instanceLaunchTemplate"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateServicePrimaryTaskSetRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "primaryTaskSet")]
    pub primary_task_set: String,
}

impl Validate for UpdateServicePrimaryTaskSetRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateServicePrimaryTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

impl Validate for UpdateServicePrimaryTaskSetResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.task_set.validate(&path.field("taskSet"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateServiceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "desiredCount", default, skip_serializing_if = "Option::is_none")]
    pub desired_count: Option<i32>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "Option::is_none")]
    pub task_definition: Option<String>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "Option::is_none")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(rename = "availabilityZoneRebalancing", default, skip_serializing_if = "Option::is_none")]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "Option::is_none")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy", default, skip_serializing_if = "Option::is_none")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(rename = "forceNewDeployment", default, skip_serializing_if = "Option::is_none")]
    pub force_new_deployment: Option<bool>,
    #[serde(rename = "healthCheckGracePeriodSeconds", default, skip_serializing_if = "Option::is_none")]
    pub health_check_grace_period_seconds: Option<i32>,
    #[serde(rename = "deploymentController", default, skip_serializing_if = "Option::is_none")]
    pub deployment_controller: Option<DeploymentController>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "Option::is_none")]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "Option::is_none")]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "Option::is_none")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "serviceConnectConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "vpcLatticeConfigurations", default, skip_serializing_if = "Option::is_none")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
    #[serde(rename = "gatewayConnectors", default, skip_serializing_if = "Option::is_none")]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    #[serde(rename = "monitoring", default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<MonitoringConfiguration>,
}

impl Validate for UpdateServiceRequest {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.capacity_provider_strategy.validate(&path.field("capacityProviderStrategy"), problems);
        self.deployment_configuration.validate(&path.field("deploymentConfiguration"), problems);
        self.service_connect_configuration.validate(&path.field("serviceConnectConfiguration"), problems);
        self.volume_configurations.validate(&path.field("volumeConfigurations"), problems);
        if let Some(value) = &self.gateway_connectors {
            let member_path = path.field("gatewayConnectors");
            ferry_api::shape::check_collection_length(value.len(), None, Some(1), &member_path, problems);
            value.validate(&member_path, problems);
        }
        self.monitoring.validate(&path.field("monitoring"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

impl Validate for UpdateServiceResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.service.validate(&path.field("service"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateTaskProtectionRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "tasks")]
    pub tasks: Vec<String>,
    #[serde(rename = "protectionEnabled")]
    pub protection_enabled: bool,
    #[serde(rename = "expiresInMinutes", default, skip_serializing_if = "Option::is_none")]
    pub expires_in_minutes: Option<i32>,
}

impl Validate for UpdateTaskProtectionRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateTaskProtectionResponse {
    #[serde(rename = "protectedTasks", default, skip_serializing_if = "Option::is_none")]
    pub protected_tasks: Option<Vec<ProtectedTask>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl Validate for UpdateTaskProtectionResponse {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateTaskSetRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "taskSet")]
    pub task_set: String,
    #[serde(rename = "scale")]
    pub scale: Scale,
}

impl Validate for UpdateTaskSetRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

impl Validate for UpdateTaskSetResponse {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        self.task_set.validate(&path.field("taskSet"), problems);
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdatedExpressGatewayService {
    #[serde(rename = "serviceArn", default, skip_serializing_if = "Option::is_none")]
    pub service_arn: Option<String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ExpressGatewayServiceStatus>,
    #[serde(rename = "targetConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub target_configuration: Option<ExpressGatewayServiceConfiguration>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<ferry_api::shape::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<ferry_api::shape::Timestamp>,
}

impl Validate for UpdatedExpressGatewayService {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct VCpuCountRangeRequest {
    #[serde(rename = "min")]
    pub min: i32,
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl Validate for VCpuCountRangeRequest {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum VersionConsistency {
    #[serde(rename = "enabled")]
    Enabled,
    #[serde(rename = "disabled")]
    Disabled,
}

impl VersionConsistency {
    pub const VALUES: &'static [&'static str] = &["enabled", "disabled"];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
        }
    }
}

impl std::fmt::Display for VersionConsistency {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct VersionInfo {
    #[serde(rename = "agentVersion", default, skip_serializing_if = "Option::is_none")]
    pub agent_version: Option<String>,
    #[serde(rename = "agentHash", default, skip_serializing_if = "Option::is_none")]
    pub agent_hash: Option<String>,
    #[serde(rename = "dockerVersion", default, skip_serializing_if = "Option::is_none")]
    pub docker_version: Option<String>,
}

impl Validate for VersionInfo {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Volume {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<HostVolumeProperties>,
    #[serde(rename = "dockerVolumeConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub docker_volume_configuration: Option<DockerVolumeConfiguration>,
    #[serde(rename = "efsVolumeConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub efs_volume_configuration: Option<EFSVolumeConfiguration>,
    #[serde(rename = "s3filesVolumeConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub s3files_volume_configuration: Option<S3FilesVolumeConfiguration>,
    #[serde(rename = "fsxWindowsFileServerVolumeConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub fsx_windows_file_server_volume_configuration: Option<FSxWindowsFileServerVolumeConfiguration>,
    #[serde(rename = "configuredAtLaunch", default, skip_serializing_if = "Option::is_none")]
    pub configured_at_launch: Option<bool>,
}

impl Validate for Volume {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct VolumeFrom {
    #[serde(rename = "sourceContainer", default, skip_serializing_if = "Option::is_none")]
    pub source_container: Option<String>,
    #[serde(rename = "readOnly", default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}

impl Validate for VolumeFrom {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct VpcLatticeAdvancedConfiguration {
    #[serde(rename = "alternateTargetGroupArn", default, skip_serializing_if = "Option::is_none")]
    pub alternate_target_group_arn: Option<String>,
    #[serde(rename = "productionListenerRule", default, skip_serializing_if = "Option::is_none")]
    pub production_listener_rule: Option<String>,
    #[serde(rename = "testListenerRule", default, skip_serializing_if = "Option::is_none")]
    pub test_listener_rule: Option<String>,
}

impl Validate for VpcLatticeAdvancedConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct VpcLatticeConfiguration {
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(rename = "targetGroupArn")]
    pub target_group_arn: String,
    #[serde(rename = "portName")]
    pub port_name: String,
    #[serde(rename = "advancedConfiguration", default, skip_serializing_if = "Option::is_none")]
    pub advanced_configuration: Option<VpcLatticeAdvancedConfiguration>,
}

impl Validate for VpcLatticeConfiguration {
    fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}
}
