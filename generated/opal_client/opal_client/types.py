"""What requests of Opal API send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import datetime as _dt
import typing as _t
import uuid as _uuid

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "AccessEntityFiltersEntityTypesItemParam",
    "AppTypeEnumParam",
    "EntityItemTypeEnumParam",
    "EventStreamConnectionTypeEnumParam",
    "GroupTypeEnumParam",
    "MessageChannelProviderEnumParam",
    "OnCallScheduleProviderEnumParam",
    "OpalNodeQueryTypeParam",
    "RDSEngineEnumParam",
    "RequestApprovalEnumParam",
    "RequestStatusEnumParam",
    "RequestTemplateCustomFieldTypeEnumParam",
    "ResourceTypeEnumParam",
    "ReviewerStageOperatorParam",
    "RiskSensitivityEnumParam",
    "RolePermissionNameEnumParam",
    "RolePermissionTargetTypeEnumParam",
    "StringMatchTypeParam",
    "ThirdPartyProviderEnumParam",
    "TicketingProviderEnumParam",
    "UARReviewerAssignmentPolicyEnumParam",
    "UARScopeFilterOperatorParam",
    "UARScopeGroupVisibilityParam",
    "UpdateAccessRuleInfoStatusParam",
    "UserAttributeSelectorAttributeParam",
    "VisibilityTypeEnumParam",
    "WebhookApiKeyLocationEnumParam",
    "WebhookAuthTypeEnumParam",
    "AccessEntityFiltersParam",
    "AccessRelationshipFiltersParam",
    "AddBundleGroupRequestParam",
    "AddBundleResourceRequestParam",
    "AddGroupResourceRequestParam",
    "AddGroupUserRequestParam",
    "AddResourceNhiRequestParam",
    "AddResourceUserRequestParam",
    "ApproveRequestRequestParam",
    "BundleParam",
    "ConditionParam",
    "CreateBundleInfoParam",
    "CreateConfigurationTemplateInfoParam",
    "CreateDelegationRequestParam",
    "CreateEventStreamInfoParam",
    "CreateGroupBindingInfoParam",
    "CreateGroupBindingInfoGroupsItemParam",
    "CreateGroupInfoParam",
    "CreateIdpGroupMappingRequestParam",
    "CreateMessageChannelInfoParam",
    "CreateOnCallScheduleInfoParam",
    "CreateOwnerInfoParam",
    "CreateRequestCommentRequestParam",
    "CreateRequestConfigurationInfoListParam",
    "CreateRequestInfoParam",
    "CreateRequestInfoCustomMetadataItemParam",
    "CreateRequestInfoGroupsItemParam",
    "CreateRequestInfoResourcesItemParam",
    "CreateRequestInfoSupportTicketParam",
    "CreateResourceInfoParam",
    "CreateTagInfoParam",
    "CreateUARInfoParam",
    "DenyRequestRequestParam",
    "EntityNameFilterParam",
    "EntityTagFilterParam",
    "GroupContainingGroupParam",
    "GroupRemoteInfoParam",
    "GroupRemoteInfoActiveDirectoryGroupParam",
    "GroupRemoteInfoAwsSsoGroupParam",
    "GroupRemoteInfoAzureAdMicrosoft365GroupParam",
    "GroupRemoteInfoAzureAdSecurityGroupParam",
    "GroupRemoteInfoClickhouseRoleParam",
    "GroupRemoteInfoConnectorGroupParam",
    "GroupRemoteInfoDatabricksAccountGroupParam",
    "GroupRemoteInfoDevinGroupParam",
    "GroupRemoteInfoDuoGroupParam",
    "GroupRemoteInfoGithubEnterpriseTeamParam",
    "GroupRemoteInfoGithubTeamParam",
    "GroupRemoteInfoGitlabGroupParam",
    "GroupRemoteInfoGoogleGroupParam",
    "GroupRemoteInfoGrafanaTeamParam",
    "GroupRemoteInfoHubspotTeamParam",
    "GroupRemoteInfoIncidentioOnCallScheduleParam",
    "GroupRemoteInfoLdapGroupParam",
    "GroupRemoteInfoOktaGroupParam",
    "GroupRemoteInfoOktaGroupRuleParam",
    "GroupRemoteInfoPagerdutyOnCallScheduleParam",
    "GroupRemoteInfoRootlyOnCallScheduleParam",
    "GroupRemoteInfoSlackUserGroupParam",
    "GroupRemoteInfoSnowflakeRoleParam",
    "GroupRemoteInfoTailscaleGroupParam",
    "GroupRemoteInfoTwingateGroupParam",
    "GroupRemoteInfoTwingateGroupSyncedParam",
    "GroupRemoteInfoWorkdayUserSecurityGroupParam",
    "GroupRemoteInfoZendeskGroupParam",
    "GroupRemoteInfoZendeskOrganizationParam",
    "MessageChannelIDListParam",
    "OnCallScheduleIDListParam",
    "OpalNodeQueryParam",
    "OpalNodeQueryBodyParam",
    "RequestConfigurationParam",
    "ResourceRemoteInfoParam",
    "ResourceRemoteInfoAnthropicWorkspaceParam",
    "ResourceRemoteInfoAwsAccountParam",
    "ResourceRemoteInfoAwsEc2InstanceParam",
    "ResourceRemoteInfoAwsEksClusterParam",
    "ResourceRemoteInfoAwsIamRoleParam",
    "ResourceRemoteInfoAwsOrganizationalUnitParam",
    "ResourceRemoteInfoAwsPermissionSetParam",
    "ResourceRemoteInfoAwsRdsClusterParam",
    "ResourceRemoteInfoAwsRdsInstanceParam",
    "ResourceRemoteInfoAzureEnterpriseAppParam",
    "ResourceRemoteInfoAzureEntraIdRoleParam",
    "ResourceRemoteInfoAzureManagementGroupParam",
    "ResourceRemoteInfoAzureResourceGroupParam",
    "ResourceRemoteInfoAzureSqlDatabaseParam",
    "ResourceRemoteInfoAzureSqlManagedDatabaseParam",
    "ResourceRemoteInfoAzureSqlManagedInstanceParam",
    "ResourceRemoteInfoAzureSqlServerParam",
    "ResourceRemoteInfoAzureStorageAccountParam",
    "ResourceRemoteInfoAzureStorageContainerParam",
    "ResourceRemoteInfoAzureSubscriptionParam",
    "ResourceRemoteInfoAzureUserAssignedManagedIdentityParam",
    "ResourceRemoteInfoAzureVirtualMachineParam",
    "ResourceRemoteInfoClickhouseDatabaseParam",
    "ResourceRemoteInfoClickhouseTableParam",
    "ResourceRemoteInfoCoupaRoleParam",
    "ResourceRemoteInfoCursorOrganizationParam",
    "ResourceRemoteInfoCustomConnectorParam",
    "ResourceRemoteInfoDatabricksAccountServicePrincipalParam",
    "ResourceRemoteInfoDatadogRoleParam",
    "ResourceRemoteInfoDatastaxAstraRoleParam",
    "ResourceRemoteInfoDevinOrganizationParam",
    "ResourceRemoteInfoDevinRoleParam",
    "ResourceRemoteInfoGcpBigQueryDatasetParam",
    "ResourceRemoteInfoGcpBigQueryTableParam",
    "ResourceRemoteInfoGcpBucketParam",
    "ResourceRemoteInfoGcpComputeInstanceParam",
    "ResourceRemoteInfoGcpFolderParam",
    "ResourceRemoteInfoGcpGkeClusterParam",
    "ResourceRemoteInfoGcpOrganizationParam",
    "ResourceRemoteInfoGcpProjectParam",
    "ResourceRemoteInfoGcpServiceAccountParam",
    "ResourceRemoteInfoGcpSqlInstanceParam",
    "ResourceRemoteInfoGithubEnterpriseRoleParam",
    "ResourceRemoteInfoGithubOrgParam",
    "ResourceRemoteInfoGithubOrgRoleParam",
    "ResourceRemoteInfoGithubRepoParam",
    "ResourceRemoteInfoGitlabProjectParam",
    "ResourceRemoteInfoGoogleWorkspaceRoleParam",
    "ResourceRemoteInfoGrafanaDashboardParam",
    "ResourceRemoteInfoGrafanaFolderParam",
    "ResourceRemoteInfoGrafanaRoleParam",
    "ResourceRemoteInfoHubspotRoleParam",
    "ResourceRemoteInfoIlevelAdvancedRoleParam",
    "ResourceRemoteInfoNetsuiteRoleParam",
    "ResourceRemoteInfoOktaAppParam",
    "ResourceRemoteInfoOktaCustomRoleParam",
    "ResourceRemoteInfoOktaStandardRoleParam",
    "ResourceRemoteInfoOpenaiPlatformProjectParam",
    "ResourceRemoteInfoOpenaiPlatformServiceAccountParam",
    "ResourceRemoteInfoOracleFusionRoleParam",
    "ResourceRemoteInfoPagerdutyRoleParam",
    "ResourceRemoteInfoSalesforcePermissionSetParam",
    "ResourceRemoteInfoSalesforceProfileParam",
    "ResourceRemoteInfoSalesforceRoleParam",
    "ResourceRemoteInfoSnowflakeDatabaseParam",
    "ResourceRemoteInfoSnowflakeSchemaParam",
    "ResourceRemoteInfoSnowflakeTableParam",
    "ResourceRemoteInfoTailscaleSshParam",
    "ResourceRemoteInfoTeleportRoleParam",
    "ResourceRemoteInfoTwingateResourceParam",
    "ResourceRemoteInfoWorkdayRoleParam",
    "ResourceRemoteInfoZendeskRoleParam",
    "ResourceWithAccessLevelParam",
    "ReviewerIDListParam",
    "ReviewerStageParam",
    "ReviewerStageListParam",
    "RuleClausesParam",
    "RuleConjunctionParam",
    "RuleDisjunctionParam",
    "ScopedRolePermissionParam",
    "ScopedRolePermissionListParam",
    "TagFilterParam",
    "TagSelectorParam",
    "TicketPropagationConfigurationParam",
    "UARScopeParam",
    "UpdateAccessRuleInfoParam",
    "UpdateConfigurationTemplateInfoParam",
    "UpdateEventStreamInfoParam",
    "UpdateGroupBindingInfoParam",
    "UpdateGroupBindingInfoGroupsItemParam",
    "UpdateGroupBindingInfoListParam",
    "UpdateGroupInfoParam",
    "UpdateGroupInfoListParam",
    "UpdateGroupResourcesInfoParam",
    "UpdateGroupUserRequestParam",
    "UpdateIdpGroupMappingsRequestParam",
    "UpdateIdpGroupMappingsRequestMappingsItemParam",
    "UpdateOwnerInfoParam",
    "UpdateOwnerInfoListParam",
    "UpdateResourceInfoParam",
    "UpdateResourceInfoListParam",
    "UpdateResourceUserRequestParam",
    "UserAttributeSelectorParam",
    "UserIDListParam",
    "VisibilityInfoParam",
    "WebhookApiKeyCredentialParam",
    "WebhookCredentialsParam",
    "WebhookHmacCredentialParam",
]

AccessEntityFiltersEntityTypesItemParam: _t.TypeAlias = (
    _m.AccessEntityFiltersEntityTypesItem | _t.Literal["RESOURCE", "GROUP", "USER"]
)
"""A `models.AccessEntityFiltersEntityTypesItem` member or its wire value."""

AppTypeEnumParam: _t.TypeAlias = (
    _m.AppTypeEnum
    | _t.Literal[
        "ACTIVE_DIRECTORY",
        "ANTHROPIC",
        "AZURE_AD",
        "AWS",
        "AWS_SSO",
        "CLICKHOUSE",
        "COUPA",
        "CURSOR",
        "CUSTOM",
        "CUSTOM_CONNECTOR",
        "DATABRICKS",
        "DATASTAX_ASTRA",
        "DEVIN",
        "DUO",
        "GCP",
        "GIT_HUB",
        "GIT_LAB",
        "GOOGLE_GROUPS",
        "GOOGLE_WORKSPACE",
        "GRAFANA",
        "HUBSPOT",
        "ILEVEL",
        "INCIDENTIO",
        "LDAP",
        "MARIADB",
        "MONGO",
        "MONGO_ATLAS",
        "MYSQL",
        "NETSUITE",
        "DATADOG",
        "OKTA_CIAM",
        "OKTA_DIRECTORY",
        "OPENAI_PLATFORM",
        "OPAL",
        "ORACLE_FUSION",
        "PAGERDUTY",
        "POSTGRES",
        "ROOTLY",
        "SALESFORCE",
        "SNOWFLAKE",
        "SLACK",
        "TAILSCALE",
        "TELEPORT",
        "TWINGATE",
        "VAULT",
        "WORKDAY",
        "ZENDESK",
    ]
)
"""A `models.AppTypeEnum` member or its wire value."""

EntityItemTypeEnumParam: _t.TypeAlias = (
    _m.EntityItemTypeEnum
    | _t.Literal[
        "USER",
        "SERVICE_USER",
        "ACTIVE_DIRECTORY_GROUP",
        "AWS_SSO_GROUP",
        "DUO_GROUP",
        "GIT_HUB_TEAM",
        "GIT_LAB_GROUP",
        "GOOGLE_GROUPS_GROUP",
        "GOOGLE_GROUPS_GKE_GROUP",
        "LDAP_GROUP",
        "OKTA_GROUP",
        "OKTA_GROUP_RULE",
        "TAILSCALE_GROUP",
        "TWINGATE_GROUP",
        "TWINGATE_GROUP_SYNCED",
        "OPAL_GROUP",
        "OPAL_ACCESS_RULE",
        "AZURE_AD_SECURITY_GROUP",
        "AZURE_AD_MICROSOFT_365_GROUP",
        "CONNECTOR_GROUP",
        "SNOWFLAKE_ROLE",
        "WORKDAY_USER_SECURITY_GROUP",
        "DATABRICKS_ACCOUNT_GROUP",
        "AWS_IAM_ROLE",
        "AWS_EC2_INSTANCE",
        "AWS_EKS_CLUSTER",
        "AWS_RDS_POSTGRES_INSTANCE",
        "AWS_RDS_POSTGRES_CLUSTER",
        "AWS_RDS_MYSQL_INSTANCE",
        "AWS_RDS_MYSQL_CLUSTER",
        "AWS_ACCOUNT",
        "AWS_SSO_PERMISSION_SET",
        "AZURE_MANAGEMENT_GROUP",
        "AZURE_RESOURCE_GROUP",
        "AZURE_SUBSCRIPTION",
        "AZURE_VIRTUAL_MACHINE",
        "AZURE_STORAGE_ACCOUNT",
        "AZURE_STORAGE_CONTAINER",
        "AZURE_SQL_SERVER",
        "AZURE_SQL_MANAGED_INSTANCE",
        "AZURE_SQL_DATABASE",
        "AZURE_SQL_MANAGED_DATABASE",
        "AZURE_USER_ASSIGNED_MANAGED_Identity",
        "AZURE_ENTRA_ID_ROLE",
        "AZURE_ENTERPRISE_APP",
        "CUSTOM",
        "CUSTOM_CONNECTOR",
        "GCP_ORGANIZATION",
        "GCP_BUCKET",
        "GCP_COMPUTE_INSTANCE",
        "GCP_BIG_QUERY_DATASET",
        "GCP_BIG_QUERY_TABLE",
        "GCP_FOLDER",
        "GCP_GKE_CLUSTER",
        "GCP_PROJECT",
        "GCP_CLOUD_SQL_POSTGRES_INSTANCE",
        "GCP_CLOUD_SQL_MYSQL_INSTANCE",
        "GCP_SERVICE_ACCOUNT",
        "GIT_HUB_REPO",
        "GIT_HUB_ORG_ROLE",
        "GIT_LAB_PROJECT",
        "GOOGLE_WORKSPACE_ROLE",
        "MONGO_INSTANCE",
        "MONGO_ATLAS_INSTANCE",
        "OKTA_APP",
        "OKTA_ROLE",
        "OPAL_ROLE",
        "OPAL_SCOPED_ROLE",
        "PAGERDUTY_ROLE",
        "TAILSCALE_SSH",
        "TWINGATE_RESOURCE",
        "SALESFORCE_PERMISSION_SET",
        "SALESFORCE_PROFILE",
        "SALESFORCE_ROLE",
        "SNOWFLAKE_DATABASE",
        "SNOWFLAKE_SCHEMA",
        "SNOWFLAKE_TABLE",
        "WORKDAY_ROLE",
        "MYSQL_INSTANCE",
        "MARIADB_INSTANCE",
        "POSTGRES_INSTANCE",
        "TELEPORT_ROLE",
        "DATABRICKS_ACCOUNT_SERVICE_PRINCIPAL",
        "ILEVEL_ADVANCED_ROLE",
    ]
)
"""A `models.EntityItemTypeEnum` member or its wire value."""

EventStreamConnectionTypeEnumParam: _t.TypeAlias = (
    _m.EventStreamConnectionTypeEnum | _t.Literal["WEBHOOK"]
)
"""A `models.EventStreamConnectionTypeEnum` member or its wire value."""

GroupTypeEnumParam: _t.TypeAlias = (
    _m.GroupTypeEnum
    | _t.Literal[
        "ACTIVE_DIRECTORY_GROUP",
        "AWS_SSO_GROUP",
        "DATABRICKS_ACCOUNT_GROUP",
        "DUO_GROUP",
        "GIT_HUB_TEAM",
        "GIT_LAB_GROUP",
        "GOOGLE_GROUPS_GROUP",
        "GOOGLE_GROUPS_GKE_GROUP",
        "LDAP_GROUP",
        "OKTA_GROUP",
        "OKTA_GROUP_RULE",
        "TAILSCALE_GROUP",
        "OPAL_GROUP",
        "OPAL_ACCESS_RULE",
        "AZURE_AD_SECURITY_GROUP",
        "AZURE_AD_MICROSOFT_365_GROUP",
        "CONNECTOR_GROUP",
        "SNOWFLAKE_ROLE",
        "WORKDAY_USER_SECURITY_GROUP",
        "PAGERDUTY_ON_CALL_SCHEDULE",
        "INCIDENTIO_ON_CALL_SCHEDULE",
        "ROOTLY_ON_CALL_SCHEDULE",
        "DEVIN_GROUP",
        "GIT_HUB_ENTERPRISE_TEAM",
        "GRAFANA_TEAM",
        "CLICKHOUSE_ROLE",
        "SLACK_USER_GROUP",
        "TWINGATE_GROUP",
        "TWINGATE_GROUP_SYNCED",
        "ZENDESK_GROUP",
        "ZENDESK_ORGANIZATION",
        "HUBSPOT_TEAM",
    ]
)
"""A `models.GroupTypeEnum` member or its wire value."""

MessageChannelProviderEnumParam: _t.TypeAlias = _m.MessageChannelProviderEnum | _t.Literal["SLACK"]
"""A `models.MessageChannelProviderEnum` member or its wire value."""

OnCallScheduleProviderEnumParam: _t.TypeAlias = (
    _m.OnCallScheduleProviderEnum | _t.Literal["OPSGENIE", "PAGER_DUTY"]
)
"""A `models.OnCallScheduleProviderEnum` member or its wire value."""

OpalNodeQueryTypeParam: _t.TypeAlias = _m.OpalNodeQueryType | _t.Literal["NODE"]
"""A `models.OpalNodeQueryType` member or its wire value."""

RDSEngineEnumParam: _t.TypeAlias = _m.RDSEngineEnum | _t.Literal["MYSQL", "POSTGRESQL"]
"""A `models.RDSEngineEnum` member or its wire value."""

RequestApprovalEnumParam: _t.TypeAlias = _m.RequestApprovalEnum | _t.Literal["REGULAR", "ADMIN"]
"""A `models.RequestApprovalEnum` member or its wire value."""

RequestStatusEnumParam: _t.TypeAlias = (
    _m.RequestStatusEnum | _t.Literal["PENDING", "APPROVED", "DENIED", "CANCELED"]
)
"""A `models.RequestStatusEnum` member or its wire value."""

RequestTemplateCustomFieldTypeEnumParam: _t.TypeAlias = (
    _m.RequestTemplateCustomFieldTypeEnum
    | _t.Literal["SHORT_TEXT", "LONG_TEXT", "BOOLEAN", "MULTI_CHOICE"]
)
"""A `models.RequestTemplateCustomFieldTypeEnum` member or its wire value."""

ResourceTypeEnumParam: _t.TypeAlias = (
    _m.ResourceTypeEnum
    | _t.Literal[
        "AWS_IAM_ROLE",
        "AWS_EC2_INSTANCE",
        "AWS_EKS_CLUSTER",
        "AWS_RDS_POSTGRES_CLUSTER",
        "AWS_RDS_POSTGRES_INSTANCE",
        "AWS_RDS_MYSQL_CLUSTER",
        "AWS_RDS_MYSQL_INSTANCE",
        "AWS_ACCOUNT",
        "AWS_SSO_PERMISSION_SET",
        "AWS_ORGANIZATIONAL_UNIT",
        "AZURE_MANAGEMENT_GROUP",
        "AZURE_RESOURCE_GROUP",
        "AZURE_SUBSCRIPTION",
        "AZURE_VIRTUAL_MACHINE",
        "AZURE_STORAGE_ACCOUNT",
        "AZURE_STORAGE_CONTAINER",
        "AZURE_SQL_SERVER",
        "AZURE_SQL_MANAGED_INSTANCE",
        "AZURE_SQL_DATABASE",
        "AZURE_SQL_MANAGED_DATABASE",
        "AZURE_USER_ASSIGNED_MANAGED_Identity",
        "AZURE_ENTRA_ID_ROLE",
        "AZURE_ENTERPRISE_APP",
        "CUSTOM",
        "CUSTOM_CONNECTOR",
        "DATABRICKS_ACCOUNT_SERVICE_PRINCIPAL",
        "GCP_ORGANIZATION",
        "GCP_BUCKET",
        "GCP_COMPUTE_INSTANCE",
        "GCP_FOLDER",
        "GCP_GKE_CLUSTER",
        "GCP_PROJECT",
        "GCP_CLOUD_SQL_POSTGRES_INSTANCE",
        "GCP_CLOUD_SQL_MYSQL_INSTANCE",
        "GCP_BIG_QUERY_DATASET",
        "GCP_BIG_QUERY_TABLE",
        "GCP_SERVICE_ACCOUNT",
        "GIT_HUB_REPO",
        "GIT_HUB_ORG_ROLE",
        "GIT_LAB_PROJECT",
        "GOOGLE_WORKSPACE_ROLE",
        "MONGO_INSTANCE",
        "MONGO_ATLAS_INSTANCE",
        "NETSUITE_ROLE",
        "DATADOG_ROLE",
        "OKTA_APP",
        "OKTA_ROLE",
        "OPAL_ROLE",
        "OPAL_SCOPED_ROLE",
        "PAGERDUTY_ROLE",
        "TAILSCALE_SSH",
        "SALESFORCE_PERMISSION_SET",
        "SALESFORCE_PROFILE",
        "SALESFORCE_ROLE",
        "SNOWFLAKE_DATABASE",
        "SNOWFLAKE_SCHEMA",
        "SNOWFLAKE_TABLE",
        "WORKDAY_ROLE",
        "MYSQL_INSTANCE",
        "MARIADB_INSTANCE",
        "POSTGRES_INSTANCE",
        "TELEPORT_ROLE",
        "ILEVEL_ADVANCED_ROLE",
        "DATASTAX_ASTRA_ROLE",
        "COUPA_ROLE",
        "CURSOR_ORGANIZATION",
        "OPENAI_PLATFORM_PROJECT",
        "OPENAI_PLATFORM_SERVICE_ACCOUNT",
        "ANTHROPIC_WORKSPACE",
        "GIT_HUB_ORG",
        "ORACLE_FUSION_ROLE",
        "DEVIN_ORGANIZATION",
        "DEVIN_ROLE",
        "VAULT_SECRET",
        "VAULT_POLICY",
        "VAULT_OIDC_ROLE",
        "GIT_HUB_ENTERPRISE_ROLE",
        "GRAFANA_FOLDER",
        "GRAFANA_DASHBOARD",
        "GRAFANA_BASIC_ROLE",
        "GRAFANA_ROLE",
        "CLICKHOUSE_DATABASE",
        "CLICKHOUSE_TABLE",
        "TWINGATE_RESOURCE",
        "ZENDESK_ROLE",
        "HUBSPOT_ROLE",
    ]
)
"""A `models.ResourceTypeEnum` member or its wire value."""

ReviewerStageOperatorParam: _t.TypeAlias = _m.ReviewerStageOperator | _t.Literal["AND", "OR"]
"""A `models.ReviewerStageOperator` member or its wire value."""

RiskSensitivityEnumParam: _t.TypeAlias = (
    _m.RiskSensitivityEnum | _t.Literal["UNKNOWN", "CRITICAL", "HIGH", "MEDIUM", "LOW", "NONE"]
)
"""A `models.RiskSensitivityEnum` member or its wire value."""

RolePermissionNameEnumParam: _t.TypeAlias = (
    _m.RolePermissionNameEnum
    | _t.Literal[
        "READ",
        "READ_ASSIGNMENTS",
        "CREATE",
        "IMPORT",
        "EXPORT",
        "SYNC",
        "DELETE",
        "READ_SETTINGS",
        "EDIT_TAGS",
        "EDIT_SETTINGS",
        "EDIT_SYNC_SETTINGS",
        "EDIT_ASSIGNMENTS",
        "EDIT_REQUEST_CONFIGURATIONS",
        "EDIT_EVENT_STREAM",
        "ASSIGN_UAR_REVIEWERS",
        "SEND_REMINDERS",
        "STOP",
        "REQUEST_ON_BEHALF",
        "RESET_MFA",
    ]
)
"""A `models.RolePermissionNameEnum` member or its wire value."""

RolePermissionTargetTypeEnumParam: _t.TypeAlias = (
    _m.RolePermissionTargetTypeEnum
    | _t.Literal["RESOURCE", "CONNECTION", "GROUP", "BUNDLE", "USER", "ACCESS_REVIEW", "OWNER"]
)
"""A `models.RolePermissionTargetTypeEnum` member or its wire value."""

StringMatchTypeParam: _t.TypeAlias = (
    _m.StringMatchType | _t.Literal["CONTAINS", "EQUALS", "STARTS_WITH", "ENDS_WITH"]
)
"""A `models.StringMatchType` member or its wire value."""

ThirdPartyProviderEnumParam: _t.TypeAlias = (
    _m.ThirdPartyProviderEnum
    | _t.Literal[
        "AUTH0",
        "SLACK",
        "GOOGLE_CHAT",
        "JIRA",
        "LINEAR",
        "SERVICE_NOW",
        "FRESH_SERVICE",
        "SHORTCUT",
        "PAGER_DUTY",
        "OPSGENIE",
        "GIT_HUB",
        "GIT_LAB",
        "GIT_LAB_CONNECTION",
        "TELEPORT",
    ]
)
"""A `models.ThirdPartyProviderEnum` member or its wire value."""

TicketingProviderEnumParam: _t.TypeAlias = (
    _m.TicketingProviderEnum | _t.Literal["JIRA", "LINEAR", "SERVICE_NOW"]
)
"""A `models.TicketingProviderEnum` member or its wire value."""

UARReviewerAssignmentPolicyEnumParam: _t.TypeAlias = (
    _m.UARReviewerAssignmentPolicyEnum
    | _t.Literal[
        "MANUALLY",
        "BY_OWNING_TEAM_ADMIN",
        "BY_OWNING_TEAM_ADMIN_ALL",
        "BY_MANAGER",
        "BY_APPROVERS",
        "BY_APPROVERS_ALL",
    ]
)
"""A `models.UARReviewerAssignmentPolicyEnum` member or its wire value."""

UARScopeFilterOperatorParam: _t.TypeAlias = _m.UARScopeFilterOperator | _t.Literal["ANY", "ALL"]
"""A `models.UARScopeFilterOperator` member or its wire value."""

UARScopeGroupVisibilityParam: _t.TypeAlias = (
    _m.UARScopeGroupVisibility | _t.Literal["STRICT", "VIEW_VISIBLE_AND_ASSIGNED", "VIEW_ALL"]
)
"""A `models.UARScopeGroupVisibility` member or its wire value."""

UpdateAccessRuleInfoStatusParam: _t.TypeAlias = (
    _m.UpdateAccessRuleInfoStatus | _t.Literal["ACTIVE", "PAUSED"]
)
"""A `models.UpdateAccessRuleInfoStatus` member or its wire value."""

UserAttributeSelectorAttributeParam: _t.TypeAlias = (
    _m.UserAttributeSelectorAttribute | _t.Literal["HR_IDP_STATUS"]
)
"""A `models.UserAttributeSelectorAttribute` member or its wire value."""

VisibilityTypeEnumParam: _t.TypeAlias = _m.VisibilityTypeEnum | _t.Literal["GLOBAL", "LIMITED"]
"""A `models.VisibilityTypeEnum` member or its wire value."""

WebhookApiKeyLocationEnumParam: _t.TypeAlias = (
    _m.WebhookApiKeyLocationEnum | _t.Literal["HEADER", "QUERY_PARAM"]
)
"""A `models.WebhookApiKeyLocationEnum` member or its wire value."""

WebhookAuthTypeEnumParam: _t.TypeAlias = (
    _m.WebhookAuthTypeEnum | _t.Literal["NONE", "API_KEY", "HMAC"]
)
"""A `models.WebhookAuthTypeEnum` member or its wire value."""

AccessEntityFiltersParam = _t.TypedDict(
    "AccessEntityFiltersParam",
    {
        "entityTypes": "_t.NotRequired[_t.Sequence[AccessEntityFiltersEntityTypesItemParam]]",
        "entityItemTypes": "_t.NotRequired[_t.Sequence[EntityItemTypeEnumParam]]",
        "entityName": "_t.NotRequired[EntityNameFilterParam | _m.EntityNameFilter]",
        "entityTag": "_t.NotRequired[EntityTagFilterParam | _m.EntityTagFilter]",
        "entityIDs": "_t.NotRequired[_t.Sequence[_uuid.UUID | str]]",
        "importedFromApp": "_t.NotRequired[_t.Sequence[_uuid.UUID | str]]",
        "roleRemoteIds": "_t.NotRequired[_t.Sequence[str]]",
        "roleNames": "_t.NotRequired[_t.Sequence[str]]",
        "allOf": "_t.NotRequired[_t.Sequence[AccessEntityFiltersParam | _m.AccessEntityFilters]]",
        "anyOf": "_t.NotRequired[_t.Sequence[AccessEntityFiltersParam | _m.AccessEntityFilters]]",
        "not": "_t.NotRequired[_t.Mapping[str, _t.Any]]",
    },
    total=False,
)


class AccessRelationshipFiltersParam(_t.TypedDict, total=False):
    """The dict form of `models.AccessRelationshipFilters`, keyed by wire names."""

    isAccessibleBy: _t.NotRequired[AccessEntityFiltersParam | _m.AccessEntityFilters]
    hasAccessTo: _t.NotRequired[AccessEntityFiltersParam | _m.AccessEntityFilters]


class AddBundleGroupRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.AddBundleGroupRequest`, keyed by wire names."""

    group_id: _t.Required[_uuid.UUID | str]
    access_level_remote_id: _t.NotRequired[str]
    access_level_name: _t.NotRequired[str]


class AddBundleResourceRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.AddBundleResourceRequest`, keyed by wire names."""

    resource_id: _t.Required[_uuid.UUID | str]
    access_level_remote_id: _t.NotRequired[str]
    access_level_name: _t.NotRequired[str]


class AddGroupResourceRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.AddGroupResourceRequest`, keyed by wire names."""

    access_level_remote_id: _t.NotRequired[str]
    duration_minutes: _t.NotRequired[int]


class AddGroupUserRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.AddGroupUserRequest`, keyed by wire names."""

    duration_minutes: _t.Required[int]
    access_level_remote_id: _t.NotRequired[str]


class AddResourceNhiRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.AddResourceNhiRequest`, keyed by wire names."""

    duration_minutes: _t.Required[int]
    access_level_remote_id: _t.NotRequired[str]


class AddResourceUserRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.AddResourceUserRequest`, keyed by wire names."""

    duration_minutes: _t.Required[int]
    access_level_remote_id: _t.NotRequired[str]


class ApproveRequestRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.ApproveRequestRequest`, keyed by wire names."""

    level: _t.Required[RequestApprovalEnumParam]
    comment: _t.NotRequired[str]


class BundleParam(_t.TypedDict, total=False):
    """The dict form of `models.Bundle`, keyed by wire names."""

    name: _t.NotRequired[str]
    description: _t.NotRequired[str]
    admin_owner_id: _t.NotRequired[_uuid.UUID | str]


class ConditionParam(_t.TypedDict, total=False):
    """The dict form of `models.Condition`, keyed by wire names."""

    group_ids: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    role_remote_ids: _t.NotRequired[_t.Sequence[str]]


class CreateBundleInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateBundleInfo`, keyed by wire names."""

    name: _t.Required[str]
    description: _t.NotRequired[str]
    admin_owner_id: _t.Required[str]


class CreateConfigurationTemplateInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateConfigurationTemplateInfo`, keyed by wire names."""

    admin_owner_id: _t.Required[_uuid.UUID | str]
    visibility: _t.Required[VisibilityInfoParam | _m.VisibilityInfo]
    linked_audit_message_channel_ids: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    member_oncall_schedule_ids: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    break_glass_user_ids: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    require_mfa_to_approve: _t.Required[bool]
    require_mfa_to_connect: _t.Required[bool]
    name: _t.Required[str]
    request_configurations: _t.NotRequired[
        _t.Sequence[RequestConfigurationParam | _m.RequestConfiguration]
    ]
    request_configuration_list: _t.NotRequired[
        CreateRequestConfigurationInfoListParam | _m.CreateRequestConfigurationInfoList
    ]
    ticket_propagation: _t.NotRequired[
        TicketPropagationConfigurationParam | _m.TicketPropagationConfiguration
    ]
    custom_request_notification: _t.NotRequired[str | None]


class CreateDelegationRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateDelegationRequest`, keyed by wire names."""

    delegator_user_id: _t.Required[_uuid.UUID | str]
    delegate_user_id: _t.Required[_uuid.UUID | str]
    start_time: _t.Required[_dt.datetime | str]
    end_time: _t.Required[_dt.datetime | str]
    reason: _t.Required[str]


class CreateEventStreamInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateEventStreamInfo`, keyed by wire names."""

    name: _t.Required[str]
    connection_type: _t.Required[EventStreamConnectionTypeEnumParam]
    webhook_url: _t.NotRequired[str]
    credentials: _t.NotRequired[WebhookCredentialsParam | _m.WebhookCredentials]


class CreateGroupBindingInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateGroupBindingInfo`, keyed by wire names."""

    source_group_id: _t.Required[_uuid.UUID | str]
    groups: _t.Required[
        _t.Sequence[CreateGroupBindingInfoGroupsItemParam | _m.CreateGroupBindingInfoGroupsItem]
    ]


class CreateGroupBindingInfoGroupsItemParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateGroupBindingInfoGroupsItem`, keyed by wire names."""

    group_id: _t.Required[_uuid.UUID | str]


class CreateGroupInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateGroupInfo`, keyed by wire names."""

    name: _t.Required[str]
    description: _t.NotRequired[str]
    group_type: _t.Required[GroupTypeEnumParam]
    app_id: _t.Required[_uuid.UUID | str]
    remote_info: _t.NotRequired[GroupRemoteInfoParam | _m.GroupRemoteInfo]
    remote_group_id: _t.NotRequired[str]
    metadata: _t.NotRequired[str]
    custom_request_notification: _t.NotRequired[str | None]
    risk_sensitivity_override: _t.NotRequired[RiskSensitivityEnumParam]


class CreateIdpGroupMappingRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateIdpGroupMappingRequest`, keyed by wire names."""

    alias: _t.NotRequired[str | None]
    hidden_from_end_user: _t.NotRequired[bool | None]


class CreateMessageChannelInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateMessageChannelInfo`, keyed by wire names."""

    third_party_provider: _t.Required[MessageChannelProviderEnumParam]
    remote_id: _t.Required[str]


class CreateOnCallScheduleInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateOnCallScheduleInfo`, keyed by wire names."""

    third_party_provider: _t.Required[OnCallScheduleProviderEnumParam]
    remote_id: _t.Required[str]


class CreateOwnerInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateOwnerInfo`, keyed by wire names."""

    name: _t.Required[str]
    description: _t.NotRequired[str]
    access_request_escalation_period: _t.NotRequired[int]
    user_ids: _t.Required[_t.Sequence[_uuid.UUID | str]]
    reviewer_message_channel_id: _t.NotRequired[str]
    source_group_id: _t.NotRequired[_uuid.UUID | str]


class CreateRequestCommentRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateRequestCommentRequest`, keyed by wire names."""

    comment: _t.Required[str]


class CreateRequestConfigurationInfoListParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateRequestConfigurationInfoList`, keyed by wire names."""

    request_configurations: _t.Required[
        _t.Sequence[RequestConfigurationParam | _m.RequestConfiguration]
    ]


class CreateRequestInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateRequestInfo`, keyed by wire names."""

    resources: _t.Required[
        _t.Sequence[CreateRequestInfoResourcesItemParam | _m.CreateRequestInfoResourcesItem]
    ]
    groups: _t.Required[
        _t.Sequence[CreateRequestInfoGroupsItemParam | _m.CreateRequestInfoGroupsItem]
    ]
    target_user_id: _t.NotRequired[_uuid.UUID | str]
    target_group_id: _t.NotRequired[_uuid.UUID | str]
    reason: _t.Required[str]
    support_ticket: _t.NotRequired[
        CreateRequestInfoSupportTicketParam | _m.CreateRequestInfoSupportTicket
    ]
    duration_minutes: _t.Required[int]
    custom_metadata: _t.NotRequired[
        _t.Sequence[
            CreateRequestInfoCustomMetadataItemParam | _m.CreateRequestInfoCustomMetadataItem
        ]
    ]


class CreateRequestInfoCustomMetadataItemParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateRequestInfoCustomMetadataItem`, keyed by wire names."""

    name: _t.Required[str]
    type: _t.Required[RequestTemplateCustomFieldTypeEnumParam]
    value: _t.Required[str]


class CreateRequestInfoGroupsItemParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateRequestInfoGroupsItem`, keyed by wire names."""

    id: _t.Required[_uuid.UUID | str]
    access_level_remote_id: _t.NotRequired[str]
    access_level_name: _t.NotRequired[str]


class CreateRequestInfoResourcesItemParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateRequestInfoResourcesItem`, keyed by wire names."""

    id: _t.NotRequired[_uuid.UUID | str]
    access_level_remote_id: _t.NotRequired[str]
    access_level_name: _t.NotRequired[str]


class CreateRequestInfoSupportTicketParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateRequestInfoSupportTicket`, keyed by wire names."""

    ticketing_provider: _t.Required[TicketingProviderEnumParam]
    remote_id: _t.Required[str]
    identifier: _t.Required[str]
    url: _t.Required[str]


class CreateResourceInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateResourceInfo`, keyed by wire names."""

    name: _t.Required[str]
    description: _t.NotRequired[str]
    resource_type: _t.Required[ResourceTypeEnumParam]
    app_id: _t.Required[_uuid.UUID | str]
    remote_info: _t.NotRequired[ResourceRemoteInfoParam | _m.ResourceRemoteInfo]
    remote_resource_id: _t.NotRequired[str]
    metadata: _t.NotRequired[str]
    custom_request_notification: _t.NotRequired[str | None]
    risk_sensitivity_override: _t.NotRequired[RiskSensitivityEnumParam]


class CreateTagInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateTagInfo`, keyed by wire names."""

    tag_key: _t.Required[str]
    tag_value: _t.NotRequired[str]


class CreateUARInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateUARInfo`, keyed by wire names."""

    name: _t.Required[str]
    reviewer_assignment_policy: _t.Required[UARReviewerAssignmentPolicyEnumParam]
    send_reviewer_assignment_notification: _t.Required[bool]
    deadline: _t.Required[_dt.datetime | str]
    time_zone: _t.Required[str]
    self_review_allowed: _t.Required[bool]
    instantly_action_reviews: _t.NotRequired[bool]
    reminder_schedule: _t.NotRequired[_t.Sequence[int]]
    reminder_include_manager: _t.NotRequired[bool]
    uar_scope: _t.NotRequired[UARScopeParam | _m.UARScope]


class DenyRequestRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.DenyRequestRequest`, keyed by wire names."""

    comment: _t.Required[str]
    level: _t.NotRequired[RequestApprovalEnumParam]


class EntityNameFilterParam(_t.TypedDict, total=False):
    """The dict form of `models.EntityNameFilter`, keyed by wire names."""

    stringMatchType: _t.Required[StringMatchTypeParam]
    string: _t.Required[str]


class EntityTagFilterParam(_t.TypedDict, total=False):
    """The dict form of `models.EntityTagFilter`, keyed by wire names."""

    key: _t.Required[str]
    value: _t.NotRequired[str]
    connectionId: _t.NotRequired[_uuid.UUID | str]


class GroupContainingGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupContainingGroup`, keyed by wire names."""

    containing_group_id: _t.Required[_uuid.UUID | str]
    duration_minutes: _t.NotRequired[int]
    access_level_remote_id: _t.NotRequired[str]


class GroupRemoteInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfo`, keyed by wire names."""

    active_directory_group: _t.NotRequired[
        GroupRemoteInfoActiveDirectoryGroupParam | _m.GroupRemoteInfoActiveDirectoryGroup
    ]
    tailscale_group: _t.NotRequired[
        GroupRemoteInfoTailscaleGroupParam | _m.GroupRemoteInfoTailscaleGroup
    ]
    twingate_group: _t.NotRequired[
        GroupRemoteInfoTwingateGroupParam | _m.GroupRemoteInfoTwingateGroup
    ]
    twingate_group_synced: _t.NotRequired[
        GroupRemoteInfoTwingateGroupSyncedParam | _m.GroupRemoteInfoTwingateGroupSynced
    ]
    aws_sso_group: _t.NotRequired[GroupRemoteInfoAwsSsoGroupParam | _m.GroupRemoteInfoAwsSsoGroup]
    databricks_account_group: _t.NotRequired[
        GroupRemoteInfoDatabricksAccountGroupParam | _m.GroupRemoteInfoDatabricksAccountGroup
    ]
    connector_group: _t.NotRequired[
        GroupRemoteInfoConnectorGroupParam | _m.GroupRemoteInfoConnectorGroup
    ]
    github_team: _t.NotRequired[GroupRemoteInfoGithubTeamParam | _m.GroupRemoteInfoGithubTeam]
    github_enterprise_team: _t.NotRequired[
        GroupRemoteInfoGithubEnterpriseTeamParam | _m.GroupRemoteInfoGithubEnterpriseTeam
    ]
    gitlab_group: _t.NotRequired[GroupRemoteInfoGitlabGroupParam | _m.GroupRemoteInfoGitlabGroup]
    google_group: _t.NotRequired[GroupRemoteInfoGoogleGroupParam | _m.GroupRemoteInfoGoogleGroup]
    ldap_group: _t.NotRequired[GroupRemoteInfoLdapGroupParam | _m.GroupRemoteInfoLdapGroup]
    okta_group: _t.NotRequired[GroupRemoteInfoOktaGroupParam | _m.GroupRemoteInfoOktaGroup]
    duo_group: _t.NotRequired[GroupRemoteInfoDuoGroupParam | _m.GroupRemoteInfoDuoGroup]
    azure_ad_security_group: _t.NotRequired[
        GroupRemoteInfoAzureAdSecurityGroupParam | _m.GroupRemoteInfoAzureAdSecurityGroup
    ]
    azure_ad_microsoft_365_group: _t.NotRequired[
        GroupRemoteInfoAzureAdMicrosoft365GroupParam | _m.GroupRemoteInfoAzureAdMicrosoft365Group
    ]
    snowflake_role: _t.NotRequired[
        GroupRemoteInfoSnowflakeRoleParam | _m.GroupRemoteInfoSnowflakeRole
    ]
    okta_group_rule: _t.NotRequired[
        GroupRemoteInfoOktaGroupRuleParam | _m.GroupRemoteInfoOktaGroupRule
    ]
    workday_user_security_group: _t.NotRequired[
        GroupRemoteInfoWorkdayUserSecurityGroupParam | _m.GroupRemoteInfoWorkdayUserSecurityGroup
    ]
    pagerduty_on_call_schedule: _t.NotRequired[
        GroupRemoteInfoPagerdutyOnCallScheduleParam | _m.GroupRemoteInfoPagerdutyOnCallSchedule
    ]
    incidentio_on_call_schedule: _t.NotRequired[
        GroupRemoteInfoIncidentioOnCallScheduleParam | _m.GroupRemoteInfoIncidentioOnCallSchedule
    ]
    rootly_on_call_schedule: _t.NotRequired[
        GroupRemoteInfoRootlyOnCallScheduleParam | _m.GroupRemoteInfoRootlyOnCallSchedule
    ]
    devin_group: _t.NotRequired[GroupRemoteInfoDevinGroupParam | _m.GroupRemoteInfoDevinGroup]
    clickhouse_role: _t.NotRequired[
        GroupRemoteInfoClickhouseRoleParam | _m.GroupRemoteInfoClickhouseRole
    ]
    grafana_team: _t.NotRequired[GroupRemoteInfoGrafanaTeamParam | _m.GroupRemoteInfoGrafanaTeam]
    zendesk_group: _t.NotRequired[GroupRemoteInfoZendeskGroupParam | _m.GroupRemoteInfoZendeskGroup]
    slack_user_group: _t.NotRequired[
        GroupRemoteInfoSlackUserGroupParam | _m.GroupRemoteInfoSlackUserGroup
    ]
    zendesk_organization: _t.NotRequired[
        GroupRemoteInfoZendeskOrganizationParam | _m.GroupRemoteInfoZendeskOrganization
    ]
    hubspot_team: _t.NotRequired[GroupRemoteInfoHubspotTeamParam | _m.GroupRemoteInfoHubspotTeam]


class GroupRemoteInfoActiveDirectoryGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoActiveDirectoryGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoAwsSsoGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoAwsSsoGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoAzureAdMicrosoft365GroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoAzureAdMicrosoft365Group`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoAzureAdSecurityGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoAzureAdSecurityGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoClickhouseRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoClickhouseRole`, keyed by wire names."""

    role_id: _t.Required[str]


class GroupRemoteInfoConnectorGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoConnectorGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoDatabricksAccountGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoDatabricksAccountGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoDevinGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoDevinGroup`, keyed by wire names."""

    group_name: _t.Required[str]


class GroupRemoteInfoDuoGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoDuoGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoGithubEnterpriseTeamParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoGithubEnterpriseTeam`, keyed by wire names."""

    team_slug: _t.Required[str]


class GroupRemoteInfoGithubTeamParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoGithubTeam`, keyed by wire names."""

    team_id: _t.NotRequired[str]
    team_slug: _t.Required[str]
    org_name: _t.NotRequired[str]


class GroupRemoteInfoGitlabGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoGitlabGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoGoogleGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoGoogleGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoGrafanaTeamParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoGrafanaTeam`, keyed by wire names."""

    team_id: _t.Required[str]


class GroupRemoteInfoHubspotTeamParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoHubspotTeam`, keyed by wire names."""

    team_id: _t.Required[str]


class GroupRemoteInfoIncidentioOnCallScheduleParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoIncidentioOnCallSchedule`, keyed by wire names."""

    schedule_id: _t.Required[str]


class GroupRemoteInfoLdapGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoLdapGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoOktaGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoOktaGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoOktaGroupRuleParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoOktaGroupRule`, keyed by wire names."""

    rule_id: _t.Required[str]


class GroupRemoteInfoPagerdutyOnCallScheduleParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoPagerdutyOnCallSchedule`, keyed by wire names."""

    schedule_id: _t.Required[str]


class GroupRemoteInfoRootlyOnCallScheduleParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoRootlyOnCallSchedule`, keyed by wire names."""

    schedule_id: _t.Required[str]


class GroupRemoteInfoSlackUserGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoSlackUserGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoSnowflakeRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoSnowflakeRole`, keyed by wire names."""

    role_id: _t.Required[str]


class GroupRemoteInfoTailscaleGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoTailscaleGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoTwingateGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoTwingateGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoTwingateGroupSyncedParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoTwingateGroupSynced`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoWorkdayUserSecurityGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoWorkdayUserSecurityGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoZendeskGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoZendeskGroup`, keyed by wire names."""

    group_id: _t.Required[str]


class GroupRemoteInfoZendeskOrganizationParam(_t.TypedDict, total=False):
    """The dict form of `models.GroupRemoteInfoZendeskOrganization`, keyed by wire names."""

    organization_id: _t.Required[str]


class MessageChannelIDListParam(_t.TypedDict, total=False):
    """The dict form of `models.MessageChannelIDList`, keyed by wire names."""

    message_channel_ids: _t.Required[_t.Sequence[_uuid.UUID | str]]


class OnCallScheduleIDListParam(_t.TypedDict, total=False):
    """The dict form of `models.OnCallScheduleIDList`, keyed by wire names."""

    on_call_schedule_ids: _t.Required[_t.Sequence[_uuid.UUID | str]]


class OpalNodeQueryParam(_t.TypedDict, total=False):
    """The dict form of `models.OpalNodeQuery`, keyed by wire names."""

    type: _t.Required[OpalNodeQueryTypeParam]
    query: _t.NotRequired[OpalNodeQueryBodyParam | _m.OpalNodeQueryBody]
    first: _t.NotRequired[int]
    after: _t.NotRequired[str]


class OpalNodeQueryBodyParam(_t.TypedDict, total=False):
    """The dict form of `models.OpalNodeQueryBody`, keyed by wire names."""

    nodeFilters: _t.NotRequired[AccessEntityFiltersParam | _m.AccessEntityFilters]
    accessFilters: _t.NotRequired[AccessRelationshipFiltersParam | _m.AccessRelationshipFilters]


class RequestConfigurationParam(_t.TypedDict, total=False):
    """The dict form of `models.RequestConfiguration`, keyed by wire names."""

    condition: _t.NotRequired[ConditionParam | _m.Condition]
    allow_requests: _t.Required[bool]
    auto_approval: _t.Required[bool]
    require_mfa_to_request: _t.Required[bool]
    max_duration_minutes: _t.NotRequired[int]
    recommended_duration_minutes: _t.NotRequired[int]
    require_support_ticket: _t.Required[bool]
    extensions_duration_in_minutes: _t.NotRequired[int]
    request_template_id: _t.NotRequired[_uuid.UUID | str]
    reviewer_stages: _t.NotRequired[_t.Sequence[ReviewerStageParam | _m.ReviewerStage]]
    priority: _t.Required[int]


class ResourceRemoteInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfo`, keyed by wire names."""

    databricks_account_service_principal: _t.NotRequired[
        ResourceRemoteInfoDatabricksAccountServicePrincipalParam
        | _m.ResourceRemoteInfoDatabricksAccountServicePrincipal
    ]
    azure_subscription: _t.NotRequired[
        ResourceRemoteInfoAzureSubscriptionParam | _m.ResourceRemoteInfoAzureSubscription
    ]
    azure_resource_group: _t.NotRequired[
        ResourceRemoteInfoAzureResourceGroupParam | _m.ResourceRemoteInfoAzureResourceGroup
    ]
    azure_management_group: _t.NotRequired[
        ResourceRemoteInfoAzureManagementGroupParam | _m.ResourceRemoteInfoAzureManagementGroup
    ]
    azure_virtual_machine: _t.NotRequired[
        ResourceRemoteInfoAzureVirtualMachineParam | _m.ResourceRemoteInfoAzureVirtualMachine
    ]
    azure_storage_account: _t.NotRequired[
        ResourceRemoteInfoAzureStorageAccountParam | _m.ResourceRemoteInfoAzureStorageAccount
    ]
    azure_storage_container: _t.NotRequired[
        ResourceRemoteInfoAzureStorageContainerParam | _m.ResourceRemoteInfoAzureStorageContainer
    ]
    azure_sql_server: _t.NotRequired[
        ResourceRemoteInfoAzureSqlServerParam | _m.ResourceRemoteInfoAzureSqlServer
    ]
    azure_sql_database: _t.NotRequired[
        ResourceRemoteInfoAzureSqlDatabaseParam | _m.ResourceRemoteInfoAzureSqlDatabase
    ]
    azure_sql_managed_instance: _t.NotRequired[
        ResourceRemoteInfoAzureSqlManagedInstanceParam
        | _m.ResourceRemoteInfoAzureSqlManagedInstance
    ]
    azure_sql_managed_database: _t.NotRequired[
        ResourceRemoteInfoAzureSqlManagedDatabaseParam
        | _m.ResourceRemoteInfoAzureSqlManagedDatabase
    ]
    azure_user_assigned_managed_identity: _t.NotRequired[
        ResourceRemoteInfoAzureUserAssignedManagedIdentityParam
        | _m.ResourceRemoteInfoAzureUserAssignedManagedIdentity
    ]
    azure_enterprise_app: _t.NotRequired[
        ResourceRemoteInfoAzureEnterpriseAppParam | _m.ResourceRemoteInfoAzureEnterpriseApp
    ]
    azure_entra_id_role: _t.NotRequired[
        ResourceRemoteInfoAzureEntraIdRoleParam | _m.ResourceRemoteInfoAzureEntraIdRole
    ]
    aws_organizational_unit: _t.NotRequired[
        ResourceRemoteInfoAwsOrganizationalUnitParam | _m.ResourceRemoteInfoAwsOrganizationalUnit
    ]
    aws_account: _t.NotRequired[ResourceRemoteInfoAwsAccountParam | _m.ResourceRemoteInfoAwsAccount]
    aws_permission_set: _t.NotRequired[
        ResourceRemoteInfoAwsPermissionSetParam | _m.ResourceRemoteInfoAwsPermissionSet
    ]
    aws_iam_role: _t.NotRequired[
        ResourceRemoteInfoAwsIamRoleParam | _m.ResourceRemoteInfoAwsIamRole
    ]
    aws_ec2_instance: _t.NotRequired[
        ResourceRemoteInfoAwsEc2InstanceParam | _m.ResourceRemoteInfoAwsEc2Instance
    ]
    aws_rds_cluster: _t.NotRequired[
        ResourceRemoteInfoAwsRdsClusterParam | _m.ResourceRemoteInfoAwsRdsCluster
    ]
    aws_rds_instance: _t.NotRequired[
        ResourceRemoteInfoAwsRdsInstanceParam | _m.ResourceRemoteInfoAwsRdsInstance
    ]
    aws_eks_cluster: _t.NotRequired[
        ResourceRemoteInfoAwsEksClusterParam | _m.ResourceRemoteInfoAwsEksCluster
    ]
    custom_connector: _t.NotRequired[
        ResourceRemoteInfoCustomConnectorParam | _m.ResourceRemoteInfoCustomConnector
    ]
    gcp_organization: _t.NotRequired[
        ResourceRemoteInfoGcpOrganizationParam | _m.ResourceRemoteInfoGcpOrganization
    ]
    gcp_bucket: _t.NotRequired[ResourceRemoteInfoGcpBucketParam | _m.ResourceRemoteInfoGcpBucket]
    gcp_compute_instance: _t.NotRequired[
        ResourceRemoteInfoGcpComputeInstanceParam | _m.ResourceRemoteInfoGcpComputeInstance
    ]
    gcp_big_query_dataset: _t.NotRequired[
        ResourceRemoteInfoGcpBigQueryDatasetParam | _m.ResourceRemoteInfoGcpBigQueryDataset
    ]
    gcp_big_query_table: _t.NotRequired[
        ResourceRemoteInfoGcpBigQueryTableParam | _m.ResourceRemoteInfoGcpBigQueryTable
    ]
    gcp_folder: _t.NotRequired[ResourceRemoteInfoGcpFolderParam | _m.ResourceRemoteInfoGcpFolder]
    gcp_gke_cluster: _t.NotRequired[
        ResourceRemoteInfoGcpGkeClusterParam | _m.ResourceRemoteInfoGcpGkeCluster
    ]
    gcp_project: _t.NotRequired[ResourceRemoteInfoGcpProjectParam | _m.ResourceRemoteInfoGcpProject]
    gcp_sql_instance: _t.NotRequired[
        ResourceRemoteInfoGcpSqlInstanceParam | _m.ResourceRemoteInfoGcpSqlInstance
    ]
    gcp_service_account: _t.NotRequired[
        ResourceRemoteInfoGcpServiceAccountParam | _m.ResourceRemoteInfoGcpServiceAccount
    ]
    google_workspace_role: _t.NotRequired[
        ResourceRemoteInfoGoogleWorkspaceRoleParam | _m.ResourceRemoteInfoGoogleWorkspaceRole
    ]
    github_repo: _t.NotRequired[ResourceRemoteInfoGithubRepoParam | _m.ResourceRemoteInfoGithubRepo]
    github_org_role: _t.NotRequired[
        ResourceRemoteInfoGithubOrgRoleParam | _m.ResourceRemoteInfoGithubOrgRole
    ]
    github_org: _t.NotRequired[ResourceRemoteInfoGithubOrgParam | _m.ResourceRemoteInfoGithubOrg]
    github_enterprise_role: _t.NotRequired[
        ResourceRemoteInfoGithubEnterpriseRoleParam | _m.ResourceRemoteInfoGithubEnterpriseRole
    ]
    gitlab_project: _t.NotRequired[
        ResourceRemoteInfoGitlabProjectParam | _m.ResourceRemoteInfoGitlabProject
    ]
    okta_app: _t.NotRequired[ResourceRemoteInfoOktaAppParam | _m.ResourceRemoteInfoOktaApp]
    okta_standard_role: _t.NotRequired[
        ResourceRemoteInfoOktaStandardRoleParam | _m.ResourceRemoteInfoOktaStandardRole
    ]
    okta_custom_role: _t.NotRequired[
        ResourceRemoteInfoOktaCustomRoleParam | _m.ResourceRemoteInfoOktaCustomRole
    ]
    snowflake_database: _t.NotRequired[
        ResourceRemoteInfoSnowflakeDatabaseParam | _m.ResourceRemoteInfoSnowflakeDatabase
    ]
    snowflake_schema: _t.NotRequired[
        ResourceRemoteInfoSnowflakeSchemaParam | _m.ResourceRemoteInfoSnowflakeSchema
    ]
    snowflake_table: _t.NotRequired[
        ResourceRemoteInfoSnowflakeTableParam | _m.ResourceRemoteInfoSnowflakeTable
    ]
    ilevel_advanced_role: _t.NotRequired[
        ResourceRemoteInfoIlevelAdvancedRoleParam | _m.ResourceRemoteInfoIlevelAdvancedRole
    ]
    tailscale_ssh: _t.NotRequired[
        ResourceRemoteInfoTailscaleSshParam | _m.ResourceRemoteInfoTailscaleSsh
    ]
    twingate_resource: _t.NotRequired[
        ResourceRemoteInfoTwingateResourceParam | _m.ResourceRemoteInfoTwingateResource
    ]
    pagerduty_role: _t.NotRequired[
        ResourceRemoteInfoPagerdutyRoleParam | _m.ResourceRemoteInfoPagerdutyRole
    ]
    workday_role: _t.NotRequired[
        ResourceRemoteInfoWorkdayRoleParam | _m.ResourceRemoteInfoWorkdayRole
    ]
    salesforce_permission_set: _t.NotRequired[
        ResourceRemoteInfoSalesforcePermissionSetParam
        | _m.ResourceRemoteInfoSalesforcePermissionSet
    ]
    salesforce_profile: _t.NotRequired[
        ResourceRemoteInfoSalesforceProfileParam | _m.ResourceRemoteInfoSalesforceProfile
    ]
    salesforce_role: _t.NotRequired[
        ResourceRemoteInfoSalesforceRoleParam | _m.ResourceRemoteInfoSalesforceRole
    ]
    teleport_role: _t.NotRequired[
        ResourceRemoteInfoTeleportRoleParam | _m.ResourceRemoteInfoTeleportRole
    ]
    datastax_astra_role: _t.NotRequired[
        ResourceRemoteInfoDatastaxAstraRoleParam | _m.ResourceRemoteInfoDatastaxAstraRole
    ]
    coupa_role: _t.NotRequired[ResourceRemoteInfoCoupaRoleParam | _m.ResourceRemoteInfoCoupaRole]
    cursor_organization: _t.NotRequired[
        ResourceRemoteInfoCursorOrganizationParam | _m.ResourceRemoteInfoCursorOrganization
    ]
    openai_platform_project: _t.NotRequired[
        ResourceRemoteInfoOpenaiPlatformProjectParam | _m.ResourceRemoteInfoOpenaiPlatformProject
    ]
    openai_platform_service_account: _t.NotRequired[
        ResourceRemoteInfoOpenaiPlatformServiceAccountParam
        | _m.ResourceRemoteInfoOpenaiPlatformServiceAccount
    ]
    anthropic_workspace: _t.NotRequired[
        ResourceRemoteInfoAnthropicWorkspaceParam | _m.ResourceRemoteInfoAnthropicWorkspace
    ]
    oracle_fusion_role: _t.NotRequired[
        ResourceRemoteInfoOracleFusionRoleParam | _m.ResourceRemoteInfoOracleFusionRole
    ]
    devin_organization: _t.NotRequired[
        ResourceRemoteInfoDevinOrganizationParam | _m.ResourceRemoteInfoDevinOrganization
    ]
    devin_role: _t.NotRequired[ResourceRemoteInfoDevinRoleParam | _m.ResourceRemoteInfoDevinRole]
    netsuite_role: _t.NotRequired[
        ResourceRemoteInfoNetsuiteRoleParam | _m.ResourceRemoteInfoNetsuiteRole
    ]
    datadog_role: _t.NotRequired[
        ResourceRemoteInfoDatadogRoleParam | _m.ResourceRemoteInfoDatadogRole
    ]
    clickhouse_database: _t.NotRequired[
        ResourceRemoteInfoClickhouseDatabaseParam | _m.ResourceRemoteInfoClickhouseDatabase
    ]
    clickhouse_table: _t.NotRequired[
        ResourceRemoteInfoClickhouseTableParam | _m.ResourceRemoteInfoClickhouseTable
    ]
    grafana_folder: _t.NotRequired[
        ResourceRemoteInfoGrafanaFolderParam | _m.ResourceRemoteInfoGrafanaFolder
    ]
    grafana_dashboard: _t.NotRequired[
        ResourceRemoteInfoGrafanaDashboardParam | _m.ResourceRemoteInfoGrafanaDashboard
    ]
    grafana_role: _t.NotRequired[
        ResourceRemoteInfoGrafanaRoleParam | _m.ResourceRemoteInfoGrafanaRole
    ]
    zendesk_role: _t.NotRequired[
        ResourceRemoteInfoZendeskRoleParam | _m.ResourceRemoteInfoZendeskRole
    ]
    hubspot_role: _t.NotRequired[
        ResourceRemoteInfoHubspotRoleParam | _m.ResourceRemoteInfoHubspotRole
    ]


class ResourceRemoteInfoAnthropicWorkspaceParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAnthropicWorkspace`, keyed by wire names."""

    workspace_id: _t.Required[str]


class ResourceRemoteInfoAwsAccountParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAwsAccount`, keyed by wire names."""

    account_id: _t.Required[str]
    organizational_unit_id: _t.NotRequired[str]


class ResourceRemoteInfoAwsEc2InstanceParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAwsEc2Instance`, keyed by wire names."""

    instance_id: _t.Required[str]
    region: _t.Required[str]
    account_id: _t.NotRequired[str]


class ResourceRemoteInfoAwsEksClusterParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAwsEksCluster`, keyed by wire names."""

    arn: _t.Required[str]
    account_id: _t.NotRequired[str]


class ResourceRemoteInfoAwsIamRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAwsIamRole`, keyed by wire names."""

    arn: _t.Required[str]
    account_id: _t.NotRequired[str]


class ResourceRemoteInfoAwsOrganizationalUnitParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAwsOrganizationalUnit`, keyed by wire names."""

    parent_id: _t.NotRequired[str]
    organizational_unit_id: _t.Required[str]


class ResourceRemoteInfoAwsPermissionSetParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAwsPermissionSet`, keyed by wire names."""

    arn: _t.Required[str]
    account_id: _t.Required[str]


class ResourceRemoteInfoAwsRdsClusterParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAwsRdsCluster`, keyed by wire names."""

    cluster_id: _t.Required[str]
    region: _t.Required[str]
    resource_id: _t.Required[str]
    account_id: _t.Required[str]
    database_name: _t.Required[str]
    engine: _t.Required[RDSEngineEnumParam]


class ResourceRemoteInfoAwsRdsInstanceParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAwsRdsInstance`, keyed by wire names."""

    instance_id: _t.Required[str]
    region: _t.Required[str]
    resource_id: _t.Required[str]
    account_id: _t.NotRequired[str]


class ResourceRemoteInfoAzureEnterpriseAppParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureEnterpriseApp`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureEntraIdRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureEntraIdRole`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureManagementGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureManagementGroup`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureResourceGroupParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureResourceGroup`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureSqlDatabaseParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureSqlDatabase`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureSqlManagedDatabaseParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureSqlManagedDatabase`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureSqlManagedInstanceParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureSqlManagedInstance`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureSqlServerParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureSqlServer`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureStorageAccountParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureStorageAccount`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureStorageContainerParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureStorageContainer`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureSubscriptionParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureSubscription`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureUserAssignedManagedIdentityParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureUserAssignedManagedIdentity`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoAzureVirtualMachineParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoAzureVirtualMachine`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoClickhouseDatabaseParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoClickhouseDatabase`, keyed by wire names."""

    database_name: _t.Required[str]


class ResourceRemoteInfoClickhouseTableParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoClickhouseTable`, keyed by wire names."""

    database_name: _t.Required[str]
    table_name: _t.Required[str]


class ResourceRemoteInfoCoupaRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoCoupaRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoCursorOrganizationParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoCursorOrganization`, keyed by wire names."""

    org_id: _t.Required[str]


class ResourceRemoteInfoCustomConnectorParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoCustomConnector`, keyed by wire names."""

    remote_resource_id: _t.Required[str]
    can_have_usage_events: _t.Required[bool]


class ResourceRemoteInfoDatabricksAccountServicePrincipalParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoDatabricksAccountServicePrincipal`, keyed by wire names."""

    application_id: _t.Required[str]
    resource_id: _t.Required[str]


class ResourceRemoteInfoDatadogRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoDatadogRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoDatastaxAstraRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoDatastaxAstraRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoDevinOrganizationParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoDevinOrganization`, keyed by wire names."""

    org_id: _t.Required[str]


class ResourceRemoteInfoDevinRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoDevinRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoGcpBigQueryDatasetParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGcpBigQueryDataset`, keyed by wire names."""

    project_id: _t.Required[str]
    dataset_id: _t.Required[str]


class ResourceRemoteInfoGcpBigQueryTableParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGcpBigQueryTable`, keyed by wire names."""

    project_id: _t.Required[str]
    dataset_id: _t.Required[str]
    table_id: _t.Required[str]


class ResourceRemoteInfoGcpBucketParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGcpBucket`, keyed by wire names."""

    bucket_id: _t.Required[str]


class ResourceRemoteInfoGcpComputeInstanceParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGcpComputeInstance`, keyed by wire names."""

    instance_id: _t.Required[str]
    project_id: _t.Required[str]
    zone: _t.Required[str]


class ResourceRemoteInfoGcpFolderParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGcpFolder`, keyed by wire names."""

    folder_id: _t.Required[str]


class ResourceRemoteInfoGcpGkeClusterParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGcpGkeCluster`, keyed by wire names."""

    cluster_name: _t.Required[str]


class ResourceRemoteInfoGcpOrganizationParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGcpOrganization`, keyed by wire names."""

    organization_id: _t.Required[str]


class ResourceRemoteInfoGcpProjectParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGcpProject`, keyed by wire names."""

    project_id: _t.Required[str]


class ResourceRemoteInfoGcpServiceAccountParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGcpServiceAccount`, keyed by wire names."""

    email: _t.Required[str]
    service_account_id: _t.Required[str]
    project_id: _t.Required[str]


class ResourceRemoteInfoGcpSqlInstanceParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGcpSqlInstance`, keyed by wire names."""

    instance_id: _t.Required[str]
    project_id: _t.Required[str]


class ResourceRemoteInfoGithubEnterpriseRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGithubEnterpriseRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoGithubOrgParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGithubOrg`, keyed by wire names."""

    org_name: _t.Required[str]


class ResourceRemoteInfoGithubOrgRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGithubOrgRole`, keyed by wire names."""

    role_id: _t.Required[str]
    org_name: _t.NotRequired[str]


class ResourceRemoteInfoGithubRepoParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGithubRepo`, keyed by wire names."""

    repo_id: _t.NotRequired[str]
    repo_name: _t.Required[str]
    org_name: _t.NotRequired[str]


class ResourceRemoteInfoGitlabProjectParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGitlabProject`, keyed by wire names."""

    project_id: _t.Required[str]


class ResourceRemoteInfoGoogleWorkspaceRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGoogleWorkspaceRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoGrafanaDashboardParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGrafanaDashboard`, keyed by wire names."""

    dashboard_uid: _t.Required[str]


class ResourceRemoteInfoGrafanaFolderParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGrafanaFolder`, keyed by wire names."""

    folder_uid: _t.Required[str]


class ResourceRemoteInfoGrafanaRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoGrafanaRole`, keyed by wire names."""

    role_uid: _t.Required[str]


class ResourceRemoteInfoHubspotRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoHubspotRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoIlevelAdvancedRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoIlevelAdvancedRole`, keyed by wire names."""

    role_name: _t.Required[str]


class ResourceRemoteInfoNetsuiteRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoNetsuiteRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoOktaAppParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoOktaApp`, keyed by wire names."""

    app_id: _t.Required[str]


class ResourceRemoteInfoOktaCustomRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoOktaCustomRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoOktaStandardRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoOktaStandardRole`, keyed by wire names."""

    role_type: _t.Required[str]


class ResourceRemoteInfoOpenaiPlatformProjectParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoOpenaiPlatformProject`, keyed by wire names."""

    project_id: _t.Required[str]


class ResourceRemoteInfoOpenaiPlatformServiceAccountParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoOpenaiPlatformServiceAccount`, keyed by wire names."""

    project_id: _t.Required[str]
    service_account_id: _t.Required[str]


class ResourceRemoteInfoOracleFusionRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoOracleFusionRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoPagerdutyRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoPagerdutyRole`, keyed by wire names."""

    role_name: _t.Required[str]


class ResourceRemoteInfoSalesforcePermissionSetParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoSalesforcePermissionSet`, keyed by wire names."""

    permission_set_id: _t.Required[str]


class ResourceRemoteInfoSalesforceProfileParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoSalesforceProfile`, keyed by wire names."""

    profile_id: _t.Required[str]
    user_license_id: _t.Required[str]


class ResourceRemoteInfoSalesforceRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoSalesforceRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoSnowflakeDatabaseParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoSnowflakeDatabase`, keyed by wire names."""

    database_name: _t.Required[str]


class ResourceRemoteInfoSnowflakeSchemaParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoSnowflakeSchema`, keyed by wire names."""

    database_name: _t.Required[str]
    schema_name: _t.Required[str]


class ResourceRemoteInfoSnowflakeTableParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoSnowflakeTable`, keyed by wire names."""

    database_name: _t.Required[str]
    schema_name: _t.Required[str]
    table_name: _t.Required[str]


class ResourceRemoteInfoTailscaleSshParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoTailscaleSsh`, keyed by wire names."""

    tag_name: _t.Required[str]


class ResourceRemoteInfoTeleportRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoTeleportRole`, keyed by wire names."""

    role_name: _t.Required[str]


class ResourceRemoteInfoTwingateResourceParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoTwingateResource`, keyed by wire names."""

    resource_id: _t.Required[str]


class ResourceRemoteInfoWorkdayRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoWorkdayRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceRemoteInfoZendeskRoleParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceRemoteInfoZendeskRole`, keyed by wire names."""

    role_id: _t.Required[str]


class ResourceWithAccessLevelParam(_t.TypedDict, total=False):
    """The dict form of `models.ResourceWithAccessLevel`, keyed by wire names."""

    resource_id: _t.Required[_uuid.UUID | str]
    access_level_remote_id: _t.NotRequired[str]


class ReviewerIDListParam(_t.TypedDict, total=False):
    """The dict form of `models.ReviewerIDList`, keyed by wire names."""

    reviewer_ids: _t.Required[_t.Sequence[_uuid.UUID | str]]


class ReviewerStageParam(_t.TypedDict, total=False):
    """The dict form of `models.ReviewerStage`, keyed by wire names."""

    require_manager_approval: _t.Required[bool]
    require_admin_approval: _t.NotRequired[bool]
    operator: _t.Required[ReviewerStageOperatorParam]
    owner_ids: _t.Required[_t.Sequence[_uuid.UUID | str]]
    service_user_ids: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]


class ReviewerStageListParam(_t.TypedDict, total=False):
    """The dict form of `models.ReviewerStageList`, keyed by wire names."""

    stages: _t.Required[_t.Sequence[ReviewerStageParam | _m.ReviewerStage]]


class RuleClausesParam(_t.TypedDict, total=False):
    """The dict form of `models.RuleClauses`, keyed by wire names."""

    when: _t.Required[RuleConjunctionParam | _m.RuleConjunction]
    unless: _t.NotRequired[RuleConjunctionParam | _m.RuleConjunction]


class RuleConjunctionParam(_t.TypedDict, total=False):
    """The dict form of `models.RuleConjunction`, keyed by wire names."""

    clauses: _t.Required[_t.Sequence[RuleDisjunctionParam | _m.RuleDisjunction]]


class RuleDisjunctionParam(_t.TypedDict, total=False):
    """The dict form of `models.RuleDisjunction`, keyed by wire names."""

    selectors: _t.Required[_t.Sequence[TagSelectorParam | _m.TagSelector]]
    attribute_selectors: _t.NotRequired[
        _t.Sequence[UserAttributeSelectorParam | _m.UserAttributeSelector]
    ]


class ScopedRolePermissionParam(_t.TypedDict, total=False):
    """The dict form of `models.ScopedRolePermission`, keyed by wire names."""

    target_ids: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    target_type: _t.Required[RolePermissionTargetTypeEnumParam]
    permission_name: _t.Required[RolePermissionNameEnumParam]
    allow_all: _t.Required[bool]


class ScopedRolePermissionListParam(_t.TypedDict, total=False):
    """The dict form of `models.ScopedRolePermissionList`, keyed by wire names."""

    permissions: _t.Required[_t.Sequence[ScopedRolePermissionParam | _m.ScopedRolePermission]]


class TagFilterParam(_t.TypedDict, total=False):
    """The dict form of `models.TagFilter`, keyed by wire names."""

    key: _t.Required[str]
    value: _t.NotRequired[str]


class TagSelectorParam(_t.TypedDict, total=False):
    """The dict form of `models.TagSelector`, keyed by wire names."""

    key: _t.Required[str]
    value: _t.Required[str]
    connection_id: _t.Required[_uuid.UUID | str]


class TicketPropagationConfigurationParam(_t.TypedDict, total=False):
    """The dict form of `models.TicketPropagationConfiguration`, keyed by wire names."""

    enabled_on_grant: _t.Required[bool]
    enabled_on_revocation: _t.Required[bool]
    ticket_provider: _t.NotRequired[TicketingProviderEnumParam]
    ticket_project_id: _t.NotRequired[str]


class UARScopeParam(_t.TypedDict, total=False):
    """The dict form of `models.UARScope`, keyed by wire names."""

    group_visibility: _t.NotRequired[UARScopeGroupVisibilityParam]
    users: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    filter_operator: _t.NotRequired[UARScopeFilterOperatorParam]
    entities: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    apps: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    admins: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    group_types: _t.NotRequired[_t.Sequence[GroupTypeEnumParam]]
    resource_types: _t.NotRequired[_t.Sequence[ResourceTypeEnumParam]]
    include_group_bindings: _t.NotRequired[bool]
    tags: _t.NotRequired[_t.Sequence[TagFilterParam | _m.TagFilter]]
    names: _t.NotRequired[_t.Sequence[str]]


class UpdateAccessRuleInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateAccessRuleInfo`, keyed by wire names."""

    name: _t.Required[str]
    description: _t.Required[str]
    admin_owner_id: _t.Required[_uuid.UUID | str]
    status: _t.Required[UpdateAccessRuleInfoStatusParam]
    ruleClauses: _t.Required[RuleClausesParam | _m.RuleClauses]


class UpdateConfigurationTemplateInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateConfigurationTemplateInfo`, keyed by wire names."""

    configuration_template_id: _t.Required[_uuid.UUID | str]
    name: _t.NotRequired[str]
    admin_owner_id: _t.NotRequired[_uuid.UUID | str]
    visibility: _t.NotRequired[VisibilityInfoParam | _m.VisibilityInfo]
    linked_audit_message_channel_ids: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    request_configurations: _t.NotRequired[
        _t.Sequence[RequestConfigurationParam | _m.RequestConfiguration]
    ]
    request_configuration_list: _t.NotRequired[
        CreateRequestConfigurationInfoListParam | _m.CreateRequestConfigurationInfoList
    ]
    member_oncall_schedule_ids: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    break_glass_user_ids: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    require_mfa_to_approve: _t.NotRequired[bool]
    require_mfa_to_connect: _t.NotRequired[bool]
    ticket_propagation: _t.NotRequired[
        TicketPropagationConfigurationParam | _m.TicketPropagationConfiguration
    ]
    custom_request_notification: _t.NotRequired[str | None]


class UpdateEventStreamInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateEventStreamInfo`, keyed by wire names."""

    name: _t.NotRequired[str]
    enabled: _t.NotRequired[bool]
    webhook_url: _t.NotRequired[str]
    credentials: _t.NotRequired[WebhookCredentialsParam | _m.WebhookCredentials]


class UpdateGroupBindingInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateGroupBindingInfo`, keyed by wire names."""

    group_binding_id: _t.Required[_uuid.UUID | str]
    source_group_id: _t.Required[_uuid.UUID | str]
    groups: _t.Required[
        _t.Sequence[UpdateGroupBindingInfoGroupsItemParam | _m.UpdateGroupBindingInfoGroupsItem]
    ]


class UpdateGroupBindingInfoGroupsItemParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateGroupBindingInfoGroupsItem`, keyed by wire names."""

    group_id: _t.Required[_uuid.UUID | str]


class UpdateGroupBindingInfoListParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateGroupBindingInfoList`, keyed by wire names."""

    group_bindings: _t.Required[
        _t.Sequence[UpdateGroupBindingInfoParam | _m.UpdateGroupBindingInfo]
    ]


class UpdateGroupInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateGroupInfo`, keyed by wire names."""

    group_id: _t.Required[_uuid.UUID | str]
    name: _t.NotRequired[str]
    description: _t.NotRequired[str]
    admin_owner_id: _t.NotRequired[_uuid.UUID | str]
    max_duration: _t.NotRequired[int]
    recommended_duration: _t.NotRequired[int]
    require_manager_approval: _t.NotRequired[bool]
    require_support_ticket: _t.NotRequired[bool]
    folder_id: _t.NotRequired[_uuid.UUID | str]
    require_mfa_to_approve: _t.NotRequired[bool]
    require_mfa_to_request: _t.NotRequired[bool]
    auto_approval: _t.NotRequired[bool]
    configuration_template_id: _t.NotRequired[_uuid.UUID | str]
    request_template_id: _t.NotRequired[_uuid.UUID | str]
    is_requestable: _t.NotRequired[bool]
    group_leader_user_ids: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]
    extensions_duration_in_minutes: _t.NotRequired[int]
    request_configurations: _t.NotRequired[
        _t.Sequence[RequestConfigurationParam | _m.RequestConfiguration]
    ]
    request_configuration_list: _t.NotRequired[
        CreateRequestConfigurationInfoListParam | _m.CreateRequestConfigurationInfoList
    ]
    custom_request_notification: _t.NotRequired[str | None]
    risk_sensitivity_override: _t.NotRequired[RiskSensitivityEnumParam]


class UpdateGroupInfoListParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateGroupInfoList`, keyed by wire names."""

    groups: _t.Required[_t.Sequence[UpdateGroupInfoParam | _m.UpdateGroupInfo]]


class UpdateGroupResourcesInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateGroupResourcesInfo`, keyed by wire names."""

    resources: _t.Required[_t.Sequence[ResourceWithAccessLevelParam | _m.ResourceWithAccessLevel]]


class UpdateGroupUserRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateGroupUserRequest`, keyed by wire names."""

    duration_minutes: _t.Required[int]
    access_level_remote_id: _t.NotRequired[str]


class UpdateIdpGroupMappingsRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateIdpGroupMappingsRequest`, keyed by wire names."""

    mappings: _t.Required[
        _t.Sequence[
            UpdateIdpGroupMappingsRequestMappingsItemParam
            | _m.UpdateIdpGroupMappingsRequestMappingsItem
        ]
    ]


class UpdateIdpGroupMappingsRequestMappingsItemParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateIdpGroupMappingsRequestMappingsItem`, keyed by wire names."""

    group_id: _t.NotRequired[_uuid.UUID | str]
    alias: _t.NotRequired[str]
    hidden_from_end_user: _t.NotRequired[bool]


class UpdateOwnerInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateOwnerInfo`, keyed by wire names."""

    owner_id: _t.Required[_uuid.UUID | str]
    name: _t.NotRequired[str]
    description: _t.NotRequired[str]
    access_request_escalation_period: _t.NotRequired[int]
    reviewer_message_channel_id: _t.NotRequired[str]
    source_group_id: _t.NotRequired[_uuid.UUID | str]


class UpdateOwnerInfoListParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateOwnerInfoList`, keyed by wire names."""

    owners: _t.Required[_t.Sequence[UpdateOwnerInfoParam | _m.UpdateOwnerInfo]]


class UpdateResourceInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateResourceInfo`, keyed by wire names."""

    resource_id: _t.Required[_uuid.UUID | str]
    name: _t.NotRequired[str]
    description: _t.NotRequired[str]
    admin_owner_id: _t.NotRequired[_uuid.UUID | str]
    max_duration: _t.NotRequired[int]
    recommended_duration: _t.NotRequired[int]
    require_manager_approval: _t.NotRequired[bool]
    require_support_ticket: _t.NotRequired[bool]
    folder_id: _t.NotRequired[_uuid.UUID | str]
    require_mfa_to_approve: _t.NotRequired[bool]
    require_mfa_to_request: _t.NotRequired[bool]
    require_mfa_to_connect: _t.NotRequired[bool]
    auto_approval: _t.NotRequired[bool]
    ticket_propagation: _t.NotRequired[
        TicketPropagationConfigurationParam | _m.TicketPropagationConfiguration
    ]
    custom_request_notification: _t.NotRequired[str | None]
    risk_sensitivity_override: _t.NotRequired[RiskSensitivityEnumParam]
    configuration_template_id: _t.NotRequired[_uuid.UUID | str]
    request_template_id: _t.NotRequired[_uuid.UUID | str]
    is_requestable: _t.NotRequired[bool]
    extensions_duration_in_minutes: _t.NotRequired[int]
    parent_resource_id: _t.NotRequired[_uuid.UUID | str | None]
    request_configurations: _t.NotRequired[
        _t.Sequence[RequestConfigurationParam | _m.RequestConfiguration]
    ]
    request_configuration_list: _t.NotRequired[
        CreateRequestConfigurationInfoListParam | _m.CreateRequestConfigurationInfoList
    ]


class UpdateResourceInfoListParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateResourceInfoList`, keyed by wire names."""

    resources: _t.Required[_t.Sequence[UpdateResourceInfoParam | _m.UpdateResourceInfo]]


class UpdateResourceUserRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateResourceUserRequest`, keyed by wire names."""

    duration_minutes: _t.Required[int]
    access_level_remote_id: _t.NotRequired[str]


class UserAttributeSelectorParam(_t.TypedDict, total=False):
    """The dict form of `models.UserAttributeSelector`, keyed by wire names."""

    attribute: _t.Required[UserAttributeSelectorAttributeParam]
    values: _t.Required[_t.Sequence[str]]


class UserIDListParam(_t.TypedDict, total=False):
    """The dict form of `models.UserIDList`, keyed by wire names."""

    user_ids: _t.Required[_t.Sequence[_uuid.UUID | str]]


class VisibilityInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.VisibilityInfo`, keyed by wire names."""

    visibility: _t.Required[VisibilityTypeEnumParam]
    visibility_group_ids: _t.NotRequired[_t.Sequence[_uuid.UUID | str]]


class WebhookApiKeyCredentialParam(_t.TypedDict, total=False):
    """The dict form of `models.WebhookApiKeyCredential`, keyed by wire names."""

    id: _t.Required[_uuid.UUID | str]
    name: _t.Required[str]
    value: _t.Required[str]
    location: _t.Required[WebhookApiKeyLocationEnumParam]


class WebhookCredentialsParam(_t.TypedDict, total=False):
    """The dict form of `models.WebhookCredentials`, keyed by wire names."""

    auth_type: _t.Required[WebhookAuthTypeEnumParam]
    api_key_credentials: _t.NotRequired[
        _t.Sequence[WebhookApiKeyCredentialParam | _m.WebhookApiKeyCredential]
    ]
    hmac_credential_1: _t.NotRequired[WebhookHmacCredentialParam | _m.WebhookHmacCredential | None]
    hmac_credential_2: _t.NotRequired[WebhookHmacCredentialParam | _m.WebhookHmacCredential | None]


class WebhookHmacCredentialParam(_t.TypedDict, total=False):
    """The dict form of `models.WebhookHmacCredential`, keyed by wire names."""

    id: _t.Required[_uuid.UUID | str]
    secret: _t.Required[str]
    created_at: _t.Required[_dt.datetime | str]
