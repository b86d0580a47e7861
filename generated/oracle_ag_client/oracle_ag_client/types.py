"""What requests of Oracle Access Governance REST API send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "ActionOnFailureActionTypeParam",
    "ActionOnFailureRiskParam",
    "ApprovalDecisionActionParam",
    "ApprovalDecisionApprovalTimeLimitTypeParam",
    "AttributeActionParam",
    "CheckSeparationOfDutiesRequestStatusRequestStatusParam",
    "ChildIdTypeParam",
    "CreateAccessBundleDetailsRequestableByParam",
    "CreateCampaignDetailsJustificationRuleParam",
    "CreateCampaignDetailsReviewExclusionsItemParam",
    "CreateRoleDetailsRequestableByParam",
    "CriteriaDetailsCampaignTypeParam",
    "CriteriaDetailsScopeParam",
    "CriteriaTypeParam",
    "FilteredDetailsCampaignTypeParam",
    "FilteredDetailsScopeParam",
    "KeywordFilteredDetailsCampaignTypeParam",
    "KeywordFilteredDetailsScopeParam",
    "ListAccessBundlesRequestableByParam",
    "ListAccessBundlesSortByParam",
    "ListAccessBundlesSortOrderParam",
    "ListAccessBundlesStatusParam",
    "ListAccessControlAccessReviewsSortByParam",
    "ListAccessReviewAssociationsSortByParam",
    "ListAccessReviewEventChangesSortByParam",
    "ListAccessReviewIdentitiesSortByParam",
    "ListAccessReviewIdentitiesTypeParam",
    "ListAccessReviewPriorActionsSortByParam",
    "ListActionablePolicyStatementsSortByParam",
    "ListApprovalTasksAssigneeScopeParam",
    "ListApprovalTasksSortByParam",
    "ListApprovalTasksStatusItemParam",
    "ListApprovalWorkflowsOutOfBoxCategoryParam",
    "ListApprovalWorkflowsSortByParam",
    "ListApprovalWorkflowsStateParam",
    "ListCampaignsStatusParam",
    "ListIdentitiesBindingOperatorParam",
    "ListIdentitiesConsumerFilterParam",
    "ListIdentitiesOperatorsItemParam",
    "ListIdentityAccessReviewsSortByParam",
    "ListIdentityAttributesAttributesNamespaceParam",
    "ListIdentityAttributesAttributesTypeParam",
    "ListIdentityCollectionsSortByParam",
    "ListIdentityCollectionsStatusParam",
    "ListMyApprovalTasksAssigneeScopeParam",
    "ListMyApprovalTasksSortByParam",
    "ListMyApprovalTasksStatusItemParam",
    "ListOrchestratedSystemPermissionsResourceTypeParam",
    "ListOrchestratedSystemsLifecycleStateItemParam",
    "ListOrchestratedSystemsModeItemParam",
    "ListOrchestratedSystemsOrchestratedSystemTypeItemParam",
    "ListOrganizationsSortByParam",
    "ListOrganizationsStatusParam",
    "ListOwnershipAccessReviewsSortByParam",
    "ListPolicyStatementIdentitiesSortByParam",
    "ListPolicyStatementResourceCountsGroupByParam",
    "ListPolicyStatementResourceCountsTypeParam",
    "ListPolicyStatementResourcesSortByParam",
    "ListRolesRequestableByParam",
    "PolicyAssignmentAssignmentTypeParam",
    "TerminateCampaignTypeParam",
    "UpdateAccessBundleDetailsRequestableByParam",
    "UpdateRoleDetailsRequestableByParam",
    "AcceptOrRevokeAccessReviewDetailsParam",
    "AccessBundleInfoParam",
    "AccountDataParam",
    "AccountPermissionParam",
    "AccountProfileInfoParam",
    "ActionOnFailureParam",
    "ApprovalDecisionParam",
    "ApprovalDecisionDetailsParam",
    "ApprovalTimeLimitParam",
    "AttributeParam",
    "ChangeOwnerDetailsParam",
    "CheckSeparationOfDutiesRequestStatusParam",
    "CheckSeparationOfDutiesStatusParam",
    "CheckSeparationOfDutiesStatusDetailsParam",
    "ChildIdParam",
    "CreateAccessBundleDetailsParam",
    "CreateAccessGuardrailDetailsParam",
    "CreateAccessRequestDetailsParam",
    "CreateCampaignDetailsParam",
    "CreateExtensionRequestDetailsParam",
    "CreateIdentityCollectionRequestParam",
    "CreatePolicyDetailsParam",
    "CreateRoleDetailsParam",
    "CriteriaParam",
    "CriteriaDetailsParam",
    "FilteredDetailsParam",
    "IdInfoParam",
    "IdentityAccountAttributesInfoParam",
    "InfoParam",
    "KeywordFilteredDetailsParam",
    "ModifyAccessReviewDetailsParam",
    "NestedAttributesParam",
    "NestedAttributesSummaryParam",
    "OrchestratedSystemAttributeParam",
    "OrchestratedSystemAttributeDataParam",
    "OrchestratedSystemAttributeDataSummaryParam",
    "OrchestratedSystemAttributeSummaryParam",
    "OrchestratedSystemAttributesParam",
    "OrchestratedSystemMetadataAttributesParam",
    "OrchestratedSystemPermissionIdParam",
    "OrchestratedSystemPermissionIdCollectionParam",
    "OwnerSummaryParam",
    "PolicyAssignmentParam",
    "RuleCollectionParam",
    "SeparationOfDutiesAnalysisDetailsParam",
    "TargetAttributeParam",
    "TargetAttributeDataParam",
    "TargetAttributeDataSummaryParam",
    "UpdateAccessBundleDetailsParam",
    "UpdateAccessGuardrailDetailsParam",
    "UpdateIdentityCollectionDetailsParam",
    "UpdateOwnerAccessReviewDetailsParam",
    "UpdatePolicyDetailsParam",
    "UpdateRoleDetailsParam",
]

ActionOnFailureActionTypeParam: _t.TypeAlias = (
    _m.ActionOnFailureActionType | _t.Literal["REVOKE_IMMEDIATELY", "REVOKE_LATER"]
)
"""A `models.ActionOnFailureActionType` member or its wire value."""

ActionOnFailureRiskParam: _t.TypeAlias = _m.ActionOnFailureRisk | _t.Literal["HIGH", "LOW"]
"""A `models.ActionOnFailureRisk` member or its wire value."""

ApprovalDecisionActionParam: _t.TypeAlias = (
    _m.ApprovalDecisionAction | _t.Literal["APPROVE", "REJECT"]
)
"""A `models.ApprovalDecisionAction` member or its wire value."""

ApprovalDecisionApprovalTimeLimitTypeParam: _t.TypeAlias = (
    _m.ApprovalDecisionApprovalTimeLimitType
    | _t.Literal[
        "INDEFINITELY", "NUMBER_OF_HOURS", "NUMBER_OF_DAYS", "DATE_TIME_RANGE", "EXTENSION"
    ]
)
"""A `models.ApprovalDecisionApprovalTimeLimitType` member or its wire value."""

AttributeActionParam: _t.TypeAlias = _m.AttributeAction | _t.Literal["ADD", "UPDATE"]
"""A `models.AttributeAction` member or its wire value."""

CheckSeparationOfDutiesRequestStatusRequestStatusParam: _t.TypeAlias = (
    _m.CheckSeparationOfDutiesRequestStatusRequestStatus
    | _t.Literal["SUCCESS", "FAILED", "IN_PROGRESS"]
)
"""A `models.CheckSeparationOfDutiesRequestStatusRequestStatus` member or its wire value."""

ChildIdTypeParam: _t.TypeAlias = (
    _m.ChildIdType
    | _t.Literal["ASSOCIATION", "CONDITION", "EXCLUDED", "INCLUDED", "PRIMARY", "NON_REVIEWABLE"]
)
"""A `models.ChildIdType` member or its wire value."""

CreateAccessBundleDetailsRequestableByParam: _t.TypeAlias = (
    _m.CreateAccessBundleDetailsRequestableBy | _t.Literal["ANY", "NONE"]
)
"""A `models.CreateAccessBundleDetailsRequestableBy` member or its wire value."""

CreateCampaignDetailsJustificationRuleParam: _t.TypeAlias = (
    _m.CreateCampaignDetailsJustificationRule
    | _t.Literal["REQUIRE_FOR_ALL", "REQUIRE_FOR_REVOKE", "OPTIONAL_FOR_ALL"]
)
"""A `models.CreateCampaignDetailsJustificationRule` member or its wire value."""

CreateCampaignDetailsReviewExclusionsItemParam: _t.TypeAlias = (
    _m.CreateCampaignDetailsReviewExclusionsItem | _t.Literal["ACCOUNT", "ROLE"]
)
"""A `models.CreateCampaignDetailsReviewExclusionsItem` member or its wire value."""

CreateRoleDetailsRequestableByParam: _t.TypeAlias = (
    _m.CreateRoleDetailsRequestableBy | _t.Literal["ANY", "NONE", "MEMBERS_OF_AN_ORG"]
)
"""A `models.CreateRoleDetailsRequestableBy` member or its wire value."""

CriteriaDetailsCampaignTypeParam: _t.TypeAlias = (
    _m.CriteriaDetailsCampaignType | _t.Literal["ACCESS", "OWNERSHIP"]
)
"""A `models.CriteriaDetailsCampaignType` member or its wire value."""

CriteriaDetailsScopeParam: _t.TypeAlias = (
    _m.CriteriaDetailsScope | _t.Literal["GOVERNANCE_SYSTEM", "CLOUD_PROVIDER", "AG"]
)
"""A `models.CriteriaDetailsScope` member or its wire value."""

CriteriaTypeParam: _t.TypeAlias = (
    _m.CriteriaType
    | _t.Literal[
        "ORGANIZATION",
        "JOB_CODE",
        "IDENTITY_LOCATION",
        "RESOURCE",
        "RESOURCE_LOCATION",
        "ENTITLEMENT",
        "ROLE",
        "DOMAIN",
        "COMPARTMENT",
        "CLOUD_PROVIDER",
        "POLICY",
        "POLICY_CREATED",
        "CUSTOM_ATTRIBUTE",
        "CUSTOM_ATTRIBUTE_VALUE",
        "IDENTITY_COLLECTION",
        "IC_CREATED",
        "TARGET_IDENTITY",
        "TARGET",
        "GLOBAL_IDENTITY",
        "AM_WORKFLOW",
        "NOT_REVIEWED_SINCE",
        "ACCESS_GUARDRAIL",
        "GRANTED_PERMISSION_TYPE",
        "TEMPORAL_TYPE",
    ]
)
"""A `models.CriteriaType` member or its wire value."""

FilteredDetailsCampaignTypeParam: _t.TypeAlias = (
    _m.FilteredDetailsCampaignType | _t.Literal["ACCESS", "OWNERSHIP"]
)
"""A `models.FilteredDetailsCampaignType` member or its wire value."""

FilteredDetailsScopeParam: _t.TypeAlias = (
    _m.FilteredDetailsScope | _t.Literal["GOVERNANCE_SYSTEM", "CLOUD_PROVIDER", "AG"]
)
"""A `models.FilteredDetailsScope` member or its wire value."""

KeywordFilteredDetailsCampaignTypeParam: _t.TypeAlias = (
    _m.KeywordFilteredDetailsCampaignType | _t.Literal["ACCESS", "OWNERSHIP"]
)
"""A `models.KeywordFilteredDetailsCampaignType` member or its wire value."""

KeywordFilteredDetailsScopeParam: _t.TypeAlias = (
    _m.KeywordFilteredDetailsScope | _t.Literal["GOVERNANCE_SYSTEM", "CLOUD_PROVIDER", "AG"]
)
"""A `models.KeywordFilteredDetailsScope` member or its wire value."""

ListAccessBundlesRequestableByParam: _t.TypeAlias = (
    _m.ListAccessBundlesRequestableBy | _t.Literal["ANY", "NONE"]
)
"""A `models.ListAccessBundlesRequestableBy` member or its wire value."""

ListAccessBundlesSortByParam: _t.TypeAlias = (
    _m.ListAccessBundlesSortBy | _t.Literal["name", "timeUpdated", "createdBy"]
)
"""A `models.ListAccessBundlesSortBy` member or its wire value."""

ListAccessBundlesSortOrderParam: _t.TypeAlias = (
    _m.ListAccessBundlesSortOrder | _t.Literal["ASC", "DESC"]
)
"""A `models.ListAccessBundlesSortOrder` member or its wire value."""

ListAccessBundlesStatusParam: _t.TypeAlias = (
    _m.ListAccessBundlesStatus | _t.Literal["ALL", "ACTIVE", "DRAFT", "INACTIVE"]
)
"""A `models.ListAccessBundlesStatus` member or its wire value."""

ListAccessControlAccessReviewsSortByParam: _t.TypeAlias = (
    _m.ListAccessControlAccessReviewsSortBy
    | _t.Literal["owner", "assignmentName", "recommendation", "daysRemaining", "campaignName"]
)
"""A `models.ListAccessControlAccessReviewsSortBy` member or its wire value."""

ListAccessReviewAssociationsSortByParam: _t.TypeAlias = (
    _m.ListAccessReviewAssociationsSortBy | _t.Literal["position"]
)
"""A `models.ListAccessReviewAssociationsSortBy` member or its wire value."""

ListAccessReviewEventChangesSortByParam: _t.TypeAlias = (
    _m.ListAccessReviewEventChangesSortBy | _t.Literal["id", "displayName", "timeChanged"]
)
"""A `models.ListAccessReviewEventChangesSortBy` member or its wire value."""

ListAccessReviewIdentitiesSortByParam: _t.TypeAlias = (
    _m.ListAccessReviewIdentitiesSortBy
    | _t.Literal[
        "entityName",
        "assignmentName",
        "managerName",
        "recommendation",
        "daysRemaining",
        "campaignName",
        "appNames",
        "identityAttributes",
    ]
)
"""A `models.ListAccessReviewIdentitiesSortBy` member or its wire value."""

ListAccessReviewIdentitiesTypeParam: _t.TypeAlias = (
    _m.ListAccessReviewIdentitiesType | _t.Literal["EXCLUDED", "INCLUDED", "NON_REVIEWABLE"]
)
"""A `models.ListAccessReviewIdentitiesType` member or its wire value."""

ListAccessReviewPriorActionsSortByParam: _t.TypeAlias = (
    _m.ListAccessReviewPriorActionsSortBy
    | _t.Literal["campaignName", "reviewerName", "reviewerType", "timeReviewed", "action"]
)
"""A `models.ListAccessReviewPriorActionsSortBy` member or its wire value."""

ListActionablePolicyStatementsSortByParam: _t.TypeAlias = (
    _m.ListActionablePolicyStatementsSortBy | _t.Literal["position"]
)
"""A `models.ListActionablePolicyStatementsSortBy` member or its wire value."""

ListApprovalTasksAssigneeScopeParam: _t.TypeAlias = (
    _m.ListApprovalTasksAssigneeScope | _t.Literal["DIRECT", "INDIRECT"]
)
"""A `models.ListApprovalTasksAssigneeScope` member or its wire value."""

ListApprovalTasksSortByParam: _t.TypeAlias = (
    _m.ListApprovalTasksSortBy | _t.Literal["requestor", "beneficiary", "dueDate", "access"]
)
"""A `models.ListApprovalTasksSortBy` member or its wire value."""

ListApprovalTasksStatusItemParam: _t.TypeAlias = (
    _m.ListApprovalTasksStatusItem
    | _t.Literal[
        "PENDING_APPROVAL",
        "APPROVED",
        "ASSIGNED",
        "MODIFIED",
        "REJECTED",
        "REMOVED",
        "DELETED",
        "INFO_REQUESTED",
        "EXTENSION_REQUESTED",
        "ESCALATED",
        "ERROR",
        "CANCELLED",
    ]
)
"""A `models.ListApprovalTasksStatusItem` member or its wire value."""

ListApprovalWorkflowsOutOfBoxCategoryParam: _t.TypeAlias = (
    _m.ListApprovalWorkflowsOutOfBoxCategory | _t.Literal["UNMATCHED", "OWNERSHIP", "TRANSITION"]
)
"""A `models.ListApprovalWorkflowsOutOfBoxCategory` member or its wire value."""

ListApprovalWorkflowsSortByParam: _t.TypeAlias = (
    _m.ListApprovalWorkflowsSortBy | _t.Literal["displayName", "state", "creatorId", "timeCreated"]
)
"""A `models.ListApprovalWorkflowsSortBy` member or its wire value."""

ListApprovalWorkflowsStateParam: _t.TypeAlias = (
    _m.ListApprovalWorkflowsState
    | _t.Literal["DRAFT", "PUBLISHING", "ACTIVE", "DISABLED", "DELETING"]
)
"""A `models.ListApprovalWorkflowsState` member or its wire value."""

ListCampaignsStatusParam: _t.TypeAlias = (
    _m.ListCampaignsStatus
    | _t.Literal[
        "DRAFT",
        "SCHEDULED",
        "IN_PROGRESS",
        "READY_FOR_APPROVAL",
        "APPROVED",
        "TERMINATED",
        "SYSTEM_ABORTED",
    ]
)
"""A `models.ListCampaignsStatus` member or its wire value."""

ListIdentitiesBindingOperatorParam: _t.TypeAlias = (
    _m.ListIdentitiesBindingOperator | _t.Literal["ALL", "ANY"]
)
"""A `models.ListIdentitiesBindingOperator` member or its wire value."""

ListIdentitiesConsumerFilterParam: _t.TypeAlias = (
    _m.ListIdentitiesConsumerFilter | _t.Literal["CONSUMER", "WORKFORCE"]
)
"""A `models.ListIdentitiesConsumerFilter` member or its wire value."""

ListIdentitiesOperatorsItemParam: _t.TypeAlias = (
    _m.ListIdentitiesOperatorsItem
    | _t.Literal[
        "EQ",
        "NE",
        "GT",
        "LT",
        "GTE",
        "LTE",
        "BEFORE",
        "AFTER",
        "TO",
        "FROM",
        "CONTAINS",
        "NOT_CONTAINS",
    ]
)
"""A `models.ListIdentitiesOperatorsItem` member or its wire value."""

ListIdentityAccessReviewsSortByParam: _t.TypeAlias = (
    _m.ListIdentityAccessReviewsSortBy
    | _t.Literal[
        "entityName",
        "assignmentName",
        "managerName",
        "recommendation",
        "daysRemaining",
        "campaignName",
        "appNames",
        "identityAttributes",
    ]
)
"""A `models.ListIdentityAccessReviewsSortBy` member or its wire value."""

ListIdentityAttributesAttributesNamespaceParam: _t.TypeAlias = (
    _m.ListIdentityAttributesAttributesNamespace
    | _t.Literal["ALL", "DEFAULTS", "CUSTOM", "AFFILIATION", "ALL_NO_AFFILIATION"]
)
"""A `models.ListIdentityAttributesAttributesNamespace` member or its wire value."""

ListIdentityAttributesAttributesTypeParam: _t.TypeAlias = (
    _m.ListIdentityAttributesAttributesType
    | _t.Literal[
        "FULL",
        "CUSTOM_ON_IDENTITY_PAGE",
        "CUSTOM_CAMPAIGN_SELECTION",
        "CUSTOM_CAMPAIGN_EVENT",
        "CUSTOM_IDENTITY_LIFE_CYCLE",
        "CUSTOM_ON_MATCHING_RULES",
        "CUSTOM_ON_MAPPING_RULES",
        "CUSTOM_ON_ENTITY_VIEW",
        "OWNERSHIP_CAMPAIGN_VIEW",
    ]
)
"""A `models.ListIdentityAttributesAttributesType` member or its wire value."""

ListIdentityCollectionsSortByParam: _t.TypeAlias = (
    _m.ListIdentityCollectionsSortBy | _t.Literal["timeCreated", "displayName"]
)
"""A `models.ListIdentityCollectionsSortBy` member or its wire value."""

ListIdentityCollectionsStatusParam: _t.TypeAlias = (
    _m.ListIdentityCollectionsStatus | _t.Literal["ALL", "ACTIVE", "DRAFT", "INACTIVE"]
)
"""A `models.ListIdentityCollectionsStatus` member or its wire value."""

ListMyApprovalTasksAssigneeScopeParam: _t.TypeAlias = (
    _m.ListMyApprovalTasksAssigneeScope | _t.Literal["DIRECT", "INDIRECT"]
)
"""A `models.ListMyApprovalTasksAssigneeScope` member or its wire value."""

ListMyApprovalTasksSortByParam: _t.TypeAlias = (
    _m.ListMyApprovalTasksSortBy | _t.Literal["requestor", "beneficiary", "dueDate", "access"]
)
"""A `models.ListMyApprovalTasksSortBy` member or its wire value."""

ListMyApprovalTasksStatusItemParam: _t.TypeAlias = (
    _m.ListMyApprovalTasksStatusItem
    | _t.Literal[
        "PENDING_APPROVAL",
        "APPROVED",
        "ASSIGNED",
        "MODIFIED",
        "REJECTED",
        "REMOVED",
        "DELETED",
        "INFO_REQUESTED",
        "EXTENSION_REQUESTED",
        "ESCALATED",
        "ERROR",
        "CANCELLED",
    ]
)
"""A `models.ListMyApprovalTasksStatusItem` member or its wire value."""

ListOrchestratedSystemPermissionsResourceTypeParam: _t.TypeAlias = (
    _m.ListOrchestratedSystemPermissionsResourceType | _t.Literal["APP_ROLE", "GROUP"]
)
"""A `models.ListOrchestratedSystemPermissionsResourceType` member or its wire value."""

ListOrchestratedSystemsLifecycleStateItemParam: _t.TypeAlias = (
    _m.ListOrchestratedSystemsLifecycleStateItem | _t.Literal["ACTIVE", "INACTIVE"]
)
"""A `models.ListOrchestratedSystemsLifecycleStateItem` member or its wire value."""

ListOrchestratedSystemsModeItemParam: _t.TypeAlias = (
    _m.ListOrchestratedSystemsModeItem
    | _t.Literal["AUTHORITATIVE", "NONAUTHORITATIVE", "BOTH", "NONE"]
)
"""A `models.ListOrchestratedSystemsModeItem` member or its wire value."""

ListOrchestratedSystemsOrchestratedSystemTypeItemParam: _t.TypeAlias = (
    _m.ListOrchestratedSystemsOrchestratedSystemTypeItem
    | _t.Literal[
        "OIG",
        "OCI",
        "AZUREAD",
        "DBUMORADB",
        "SALESFORCE",
        "SERVICENOW",
        "EBSUM",
        "EBSHRMS",
        "FA",
        "MSFTAD",
        "OID",
        "OUD",
        "DBUMMYSQL",
        "DBUMDB2",
        "MSTEAMS",
        "ELOQUA",
        "NETSUITE",
        "DBUMMSSQL",
        "EXPRESSFLATFILE",
        "GRC",
        "SIEBELUM",
        "PRIMAVERA",
        "PEOPLESOFT",
        "DBATORACLE",
        "ARCONPAM",
        "CERNERMILLENNIUM",
        "DBATMYSQL",
        "DBATMSSQL",
        "CERNERHI",
        "ZOOM",
        "JIRA",
        "WORKDAY",
        "SAPARIBA",
        "SUCCESSFACTORS",
        "SAPS4HANA",
        "SAPFIELDGLASS",
        "BEYONDTRUST",
        "ORACLEEPM",
    ]
)
"""A `models.ListOrchestratedSystemsOrchestratedSystemTypeItem` member or its wire value."""

ListOrganizationsSortByParam: _t.TypeAlias = (
    _m.ListOrganizationsSortBy | _t.Literal["createdBy", "displayName", "name", "timeUpdated"]
)
"""A `models.ListOrganizationsSortBy` member or its wire value."""

ListOrganizationsStatusParam: _t.TypeAlias = (
    _m.ListOrganizationsStatus | _t.Literal["ALL", "ACTIVE", "DRAFT", "INACTIVE"]
)
"""A `models.ListOrganizationsStatus` member or its wire value."""

ListOwnershipAccessReviewsSortByParam: _t.TypeAlias = (
    _m.ListOwnershipAccessReviewsSortBy
    | _t.Literal["owner", "assignmentName", "daysRemaining", "campaignName"]
)
"""A `models.ListOwnershipAccessReviewsSortBy` member or its wire value."""

ListPolicyStatementIdentitiesSortByParam: _t.TypeAlias = (
    _m.ListPolicyStatementIdentitiesSortBy
    | _t.Literal["displayName", "domainName", "membership", "email"]
)
"""A `models.ListPolicyStatementIdentitiesSortBy` member or its wire value."""

ListPolicyStatementResourceCountsGroupByParam: _t.TypeAlias = (
    _m.ListPolicyStatementResourceCountsGroupBy | _t.Literal["type"]
)
"""A `models.ListPolicyStatementResourceCountsGroupBy` member or its wire value."""

ListPolicyStatementResourceCountsTypeParam: _t.TypeAlias = (
    _m.ListPolicyStatementResourceCountsType | _t.Literal["RESOURCE_TYPE", "COMPARTMENT"]
)
"""A `models.ListPolicyStatementResourceCountsType` member or its wire value."""

ListPolicyStatementResourcesSortByParam: _t.TypeAlias = (
    _m.ListPolicyStatementResourcesSortBy
    | _t.Literal["resourceName", "resourceType", "compartmentName"]
)
"""A `models.ListPolicyStatementResourcesSortBy` member or its wire value."""

ListRolesRequestableByParam: _t.TypeAlias = (
    _m.ListRolesRequestableBy | _t.Literal["ANY", "NONE", "MEMBERS_OF_AN_ORG"]
)
"""A `models.ListRolesRequestableBy` member or its wire value."""

PolicyAssignmentAssignmentTypeParam: _t.TypeAlias = (
    _m.PolicyAssignmentAssignmentType | _t.Literal["ACCESS_BUNDLE", "ROLE"]
)
"""A `models.PolicyAssignmentAssignmentType` member or its wire value."""

TerminateCampaignTypeParam: _t.TypeAlias = (
    _m.TerminateCampaignType | _t.Literal["INSTANCE", "SERIES"]
)
"""A `models.TerminateCampaignType` member or its wire value."""

UpdateAccessBundleDetailsRequestableByParam: _t.TypeAlias = (
    _m.UpdateAccessBundleDetailsRequestableBy | _t.Literal["ANY", "NONE"]
)
"""A `models.UpdateAccessBundleDetailsRequestableBy` member or its wire value."""

UpdateRoleDetailsRequestableByParam: _t.TypeAlias = (
    _m.UpdateRoleDetailsRequestableBy | _t.Literal["ANY", "NONE"]
)
"""A `models.UpdateRoleDetailsRequestableBy` member or its wire value."""


class AcceptOrRevokeAccessReviewDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.AcceptOrRevokeAccessReviewDetails`, keyed by wire names."""

    justification: _t.NotRequired[str]
    timeExpiresSelected: _t.NotRequired[_dt.datetime | str]


class AccessBundleInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.AccessBundleInfo`, keyed by wire names."""

    accountProfileId: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    id: _t.NotRequired[str]
    name: _t.NotRequired[str]


class AccountDataParam(_t.TypedDict, total=False):
    """The dict form of `models.AccountData`, keyed by wire names."""

    attributes: _t.Required[_t.Sequence[AttributeParam | _m.Attribute]]


class AccountPermissionParam(_t.TypedDict, total=False):
    """The dict form of `models.AccountPermission`, keyed by wire names."""

    attributes: _t.NotRequired[_t.Sequence[_t.Any]]


class AccountProfileInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.AccountProfileInfo`, keyed by wire names."""

    accountAttributes: _t.NotRequired[
        _t.Sequence[TargetAttributeDataSummaryParam | _m.TargetAttributeDataSummary]
    ]
    accountProfileId: _t.NotRequired[str]
    identityAccountAttributesDetails: _t.NotRequired[
        _t.Sequence[IdentityAccountAttributesInfoParam | _m.IdentityAccountAttributesInfo]
    ]
    identitySpecific: _t.NotRequired[bool]


class ActionOnFailureParam(_t.TypedDict, total=False):
    """The dict form of `models.ActionOnFailure`, keyed by wire names."""

    actionType: _t.Required[ActionOnFailureActionTypeParam]
    revokeLaterAfterNumberOfDays: _t.NotRequired[int]
    risk: _t.NotRequired[ActionOnFailureRiskParam]


class ApprovalDecisionParam(_t.TypedDict, total=False):
    """The dict form of `models.ApprovalDecision`, keyed by wire names."""

    action: _t.Required[ApprovalDecisionActionParam]
    approvalTimeLimit: _t.NotRequired[ApprovalTimeLimitParam | _m.ApprovalTimeLimit]
    approvalTimeLimitType: _t.NotRequired[ApprovalDecisionApprovalTimeLimitTypeParam]
    comment: _t.Required[str]
    extensionTimeLimit: _t.NotRequired[_t.Mapping[str, _t.Any]]
    taskId: _t.Required[str]


class ApprovalDecisionDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.ApprovalDecisionDetails`, keyed by wire names."""

    decisions: _t.Required[_t.Sequence[ApprovalDecisionParam | _m.ApprovalDecision]]


class ApprovalTimeLimitParam(_t.TypedDict, total=False):
    """The dict form of `models.ApprovalTimeLimit`, keyed by wire names."""

    daysLimit: _t.NotRequired[int]
    hoursLimit: _t.NotRequired[int]


class AttributeParam(_t.TypedDict, total=False):
    """The dict form of `models.Attribute`, keyed by wire names."""

    action: _t.NotRequired[AttributeActionParam]
    additionalAttributes: _t.NotRequired[_t.Sequence[_t.Mapping[str, _t.Any]]]
    attributes: _t.NotRequired[_t.Sequence[_t.Any]]
    displayName: _t.NotRequired[str]
    name: _t.Required[str]
    value: _t.NotRequired[_t.Sequence[_t.Any]]


class ChangeOwnerDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.ChangeOwnerDetails`, keyed by wire names."""

    ownerId: _t.Required[str]


class CheckSeparationOfDutiesRequestStatusParam(_t.TypedDict, total=False):
    """The dict form of `models.CheckSeparationOfDutiesRequestStatus`, keyed by wire names."""

    events: _t.Required[_t.Sequence[_t.Mapping[str, _t.Any]]]
    requestedBy: _t.Required[str]
    requestId: _t.Required[str]
    requestStatus: _t.Required[CheckSeparationOfDutiesRequestStatusRequestStatusParam]
    timeRequestCompletion: _t.NotRequired[_dt.datetime | str]
    timeRequested: _t.NotRequired[_dt.datetime | str]


class CheckSeparationOfDutiesStatusParam(_t.TypedDict, total=False):
    """The dict form of `models.CheckSeparationOfDutiesStatus`, keyed by wire names."""

    requestIds: _t.Required[_t.Sequence[_t.Any]]


class CheckSeparationOfDutiesStatusDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CheckSeparationOfDutiesStatusDetails`, keyed by wire names."""

    items: _t.Required[
        _t.Sequence[
            CheckSeparationOfDutiesRequestStatusParam | _m.CheckSeparationOfDutiesRequestStatus
        ]
    ]


class ChildIdParam(_t.TypedDict, total=False):
    """The dict form of `models.ChildId`, keyed by wire names."""

    id: _t.Required[str]
    type: _t.Required[ChildIdTypeParam]


class CreateAccessBundleDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateAccessBundleDetails`, keyed by wire names."""

    accessGuardrails: _t.NotRequired[_t.Sequence[_t.Any]]
    accountProfileId: _t.NotRequired[str]
    accountProfileName: _t.NotRequired[str]
    approvalWorkflowId: _t.NotRequired[str]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    domainName: _t.NotRequired[str]
    externalId: _t.NotRequired[str]
    name: _t.Required[str]
    orchestratedSystemAttributes: _t.NotRequired[
        OrchestratedSystemAttributeSummaryParam | _m.OrchestratedSystemAttributeSummary
    ]
    orchestratedSystemId: _t.NotRequired[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _m.OwnerSummary]]
    requestableBy: _t.NotRequired[CreateAccessBundleDetailsRequestableByParam]
    resourceType: _t.NotRequired[str]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]
    verb: _t.NotRequired[str]


class CreateAccessGuardrailDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateAccessGuardrailDetails`, keyed by wire names."""

    actionOnFailure: _t.Required[ActionOnFailureParam | _m.ActionOnFailure]
    description: _t.NotRequired[str]
    isDetectiveViolationCheckEnabled: _t.Required[bool]
    name: _t.Required[str]
    owners: _t.Required[_t.Sequence[OwnerSummaryParam | _m.OwnerSummary]]
    rules: _t.Required[RuleCollectionParam | _m.RuleCollection]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class CreateAccessRequestDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateAccessRequestDetails`, keyed by wire names."""

    accessBundles: _t.NotRequired[_t.Sequence[AccessBundleInfoParam | _m.AccessBundleInfo]]
    accountProfileDetails: _t.NotRequired[
        _t.Sequence[AccountProfileInfoParam | _m.AccountProfileInfo]
    ]
    attributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    createdBy: _t.NotRequired[str]
    identities: _t.NotRequired[_t.Sequence[InfoParam | _m.Info]]
    justification: _t.NotRequired[str]
    permissionRoles: _t.NotRequired[_t.Sequence[InfoParam | _m.Info]]
    requestStatus: _t.NotRequired[str]
    targetAttributes: _t.NotRequired[_t.Sequence[TargetAttributeParam | _m.TargetAttribute]]


class CreateCampaignDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateCampaignDetails`, keyed by wire names."""

    criteria: _t.NotRequired[_t.Sequence[CriteriaParam | _m.Criteria]]
    customReviewerId: _t.NotRequired[str]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    isRecurring: _t.NotRequired[bool]
    justificationRule: _t.NotRequired[CreateCampaignDetailsJustificationRuleParam]
    ownerEmail: _t.NotRequired[str]
    ownerId: _t.NotRequired[str]
    ownerName: _t.NotRequired[str]
    ownerUsername: _t.NotRequired[str]
    reviewExclusions: _t.NotRequired[_t.Sequence[CreateCampaignDetailsReviewExclusionsItemParam]]


class CreateExtensionRequestDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateExtensionRequestDetails`, keyed by wire names."""

    extensionDateInEpoch: _t.Required[int]
    justification: _t.Required[str]
    processInstanceId: _t.Required[str]


class CreateIdentityCollectionRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateIdentityCollectionRequest`, keyed by wire names."""

    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    excludedIdentities: _t.NotRequired[_t.Sequence[IdInfoParam | _m.IdInfo]]
    externalId: _t.NotRequired[str]
    includedIdentities: _t.NotRequired[_t.Sequence[IdInfoParam | _m.IdInfo]]
    isManagedAtOrchestratedSystem: _t.NotRequired[bool]
    membershipRule: _t.NotRequired[str]
    name: _t.Required[str]
    orchestratedSystemId: _t.NotRequired[str]
    orchestratedSystemMetadataAttributes: _t.NotRequired[
        _t.Sequence[
            OrchestratedSystemMetadataAttributesParam | _m.OrchestratedSystemMetadataAttributes
        ]
    ]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _m.OwnerSummary]]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class CreatePolicyDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CreatePolicyDetails`, keyed by wire names."""

    assignments: _t.NotRequired[_t.Sequence[PolicyAssignmentParam | _m.PolicyAssignment]]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    insights: _t.NotRequired[str]
    name: _t.NotRequired[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _m.OwnerSummary]]
    submittedBy: _t.Required[str]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class CreateRoleDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateRoleDetails`, keyed by wire names."""

    accessBundles: _t.NotRequired[_t.Sequence[_t.Any]]
    approvalWorkflowId: _t.NotRequired[str]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    externalId: _t.NotRequired[str]
    name: _t.Required[str]
    organizations: _t.NotRequired[_t.Sequence[_t.Any]]
    owners: _t.NotRequired[_t.Sequence[_t.Any]]
    requestableBy: _t.NotRequired[CreateRoleDetailsRequestableByParam]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class CriteriaParam(_t.TypedDict, total=False):
    """The dict form of `models.Criteria`, keyed by wire names."""

    conditions: _t.NotRequired[_t.Sequence[_t.Any]]
    subCriteria: _t.NotRequired[_t.Sequence[_t.Any]]
    type: _t.Required[CriteriaTypeParam]
    value: _t.NotRequired[_t.Sequence[_t.Any]]


class CriteriaDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CriteriaDetails`, keyed by wire names."""

    campaignType: _t.NotRequired[CriteriaDetailsCampaignTypeParam]
    criteria: _t.NotRequired[_t.Sequence[CriteriaParam | _m.Criteria]]
    scope: _t.Required[CriteriaDetailsScopeParam]


class FilteredDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.FilteredDetails`, keyed by wire names."""

    campaignType: _t.NotRequired[FilteredDetailsCampaignTypeParam]
    criteria: _t.NotRequired[_t.Sequence[CriteriaParam | _m.Criteria]]
    nameContains: _t.NotRequired[str]
    scope: _t.Required[FilteredDetailsScopeParam]


class IdInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.IdInfo`, keyed by wire names."""

    displayName: _t.NotRequired[str]
    id: _t.NotRequired[str]
    name: _t.NotRequired[str]


class IdentityAccountAttributesInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.IdentityAccountAttributesInfo`, keyed by wire names."""

    accountAttributes: _t.NotRequired[
        _t.Sequence[TargetAttributeDataSummaryParam | _m.TargetAttributeDataSummary]
    ]
    identityId: _t.NotRequired[str]


class InfoParam(_t.TypedDict, total=False):
    """The dict form of `models.Info`, keyed by wire names."""

    displayName: _t.NotRequired[str]
    id: _t.NotRequired[str]
    name: _t.NotRequired[str]


class KeywordFilteredDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.KeywordFilteredDetails`, keyed by wire names."""

    campaignType: _t.NotRequired[KeywordFilteredDetailsCampaignTypeParam]
    criteria: _t.NotRequired[_t.Sequence[CriteriaParam | _m.Criteria]]
    keywordContains: _t.NotRequired[str]
    scope: _t.Required[KeywordFilteredDetailsScopeParam]


class ModifyAccessReviewDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.ModifyAccessReviewDetails`, keyed by wire names."""

    acceptedChildIds: _t.NotRequired[_t.Sequence[ChildIdParam | _m.ChildId]]
    justification: _t.NotRequired[str]
    revokedChildIds: _t.NotRequired[_t.Sequence[ChildIdParam | _m.ChildId]]


class NestedAttributesParam(_t.TypedDict, total=False):
    """The dict form of `models.NestedAttributes`, keyed by wire names."""

    items: _t.NotRequired[_t.Sequence[_t.Any]]


class NestedAttributesSummaryParam(_t.TypedDict, total=False):
    """The dict form of `models.NestedAttributesSummary`, keyed by wire names."""

    items: _t.NotRequired[
        _t.Sequence[
            OrchestratedSystemAttributeDataSummaryParam | _m.OrchestratedSystemAttributeDataSummary
        ]
    ]


class OrchestratedSystemAttributeParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemAttribute`, keyed by wire names."""

    accountAttributes: _t.NotRequired[
        _t.Sequence[OrchestratedSystemAttributeDataParam | _m.OrchestratedSystemAttributeData]
    ]
    orchestratedSystem: _t.NotRequired[InfoParam | _m.Info]
    permissionAttributes: _t.NotRequired[_t.Sequence[_t.Any]]


class OrchestratedSystemAttributeDataParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemAttributeData`, keyed by wire names."""

    children: _t.NotRequired[_t.Sequence[NestedAttributesParam | _m.NestedAttributes]]
    defaultValues: _t.NotRequired[_t.Sequence[_t.Any]]


class OrchestratedSystemAttributeDataSummaryParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemAttributeDataSummary`, keyed by wire names."""

    children: _t.NotRequired[_t.Sequence[NestedAttributesSummaryParam | _m.NestedAttributesSummary]]
    discriminator: _t.NotRequired[str]
    isQuestion: _t.NotRequired[bool]
    name: _t.NotRequired[str]
    permissionType: _t.NotRequired[str]
    title: _t.NotRequired[str]
    type: _t.NotRequired[str]
    values: _t.NotRequired[_t.Sequence[_t.Any]]


class OrchestratedSystemAttributeSummaryParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemAttributeSummary`, keyed by wire names."""

    accountAttributes: _t.NotRequired[
        _t.Sequence[
            OrchestratedSystemAttributeDataSummaryParam | _m.OrchestratedSystemAttributeDataSummary
        ]
    ]
    permissionAttributes: _t.NotRequired[
        _t.Sequence[
            OrchestratedSystemAttributeDataSummaryParam | _m.OrchestratedSystemAttributeDataSummary
        ]
    ]


class OrchestratedSystemAttributesParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemAttributes`, keyed by wire names."""

    items: _t.Required[
        _t.Sequence[OrchestratedSystemAttributeParam | _m.OrchestratedSystemAttribute]
    ]


class OrchestratedSystemMetadataAttributesParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemMetadataAttributes`, keyed by wire names."""

    attributes: _t.NotRequired[OrchestratedSystemAttributesParam | _m.OrchestratedSystemAttributes]


class OrchestratedSystemPermissionIdParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemPermissionId`, keyed by wire names."""

    id: _t.Required[str]


class OrchestratedSystemPermissionIdCollectionParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemPermissionIdCollection`, keyed by wire names."""

    items: _t.Required[
        _t.Sequence[OrchestratedSystemPermissionIdParam | _m.OrchestratedSystemPermissionId]
    ]


class OwnerSummaryParam(_t.TypedDict, total=False):
    """The dict form of `models.OwnerSummary`, keyed by wire names."""

    id: _t.Required[str]
    isPrimary: _t.Required[bool]
    name: _t.Required[str]


class PolicyAssignmentParam(_t.TypedDict, total=False):
    """The dict form of `models.PolicyAssignment`, keyed by wire names."""

    accessBundles: _t.NotRequired[_t.Sequence[InfoParam | _m.Info]]
    assignmentId: _t.NotRequired[str]
    assignmentType: _t.NotRequired[PolicyAssignmentAssignmentTypeParam]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    identityGroups: _t.NotRequired[_t.Sequence[_t.Any]]
    identityType: _t.NotRequired[str]
    roles: _t.NotRequired[_t.Sequence[_t.Any]]


class RuleCollectionParam(_t.TypedDict, total=False):
    """The dict form of `models.RuleCollection`, keyed by wire names."""

    items: _t.NotRequired[_t.Sequence[_t.Mapping[str, _t.Any]]]


class SeparationOfDutiesAnalysisDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.SeparationOfDutiesAnalysisDetails`, keyed by wire names."""

    accountData: _t.NotRequired[AccountDataParam | _m.AccountData]
    orchestratedSystemIdentityId: _t.NotRequired[str]
    permissionAssignments: _t.Required[_t.Sequence[AccountPermissionParam | _m.AccountPermission]]
    requestedBy: _t.Required[str]


class TargetAttributeParam(_t.TypedDict, total=False):
    """The dict form of `models.TargetAttribute`, keyed by wire names."""

    accountAttributes: _t.NotRequired[
        _t.Sequence[TargetAttributeDataParam | _m.TargetAttributeData]
    ]
    displayName: _t.NotRequired[str]
    entitlementAttributes: _t.NotRequired[
        _t.Sequence[TargetAttributeDataParam | _m.TargetAttributeData]
    ]
    objectClass: _t.NotRequired[str]
    target: _t.Required[InfoParam | _m.Info]


class TargetAttributeDataParam(_t.TypedDict, total=False):
    """The dict form of `models.TargetAttributeData`, keyed by wire names."""

    discriminator: _t.NotRequired[str]
    entitlementType: _t.NotRequired[str]
    lookupType: _t.NotRequired[str]
    name: _t.NotRequired[str]
    required: _t.NotRequired[bool]
    type: _t.NotRequired[str]


class TargetAttributeDataSummaryParam(_t.TypedDict, total=False):
    """The dict form of `models.TargetAttributeDataSummary`, keyed by wire names."""

    children: _t.NotRequired[_t.Sequence[NestedAttributesSummaryParam | _m.NestedAttributesSummary]]
    discriminator: _t.NotRequired[str]
    entitlementType: _t.NotRequired[str]
    isQuestion: _t.NotRequired[bool]
    name: _t.NotRequired[str]
    title: _t.NotRequired[str]
    type: _t.NotRequired[str]
    values: _t.NotRequired[_t.Sequence[_t.Any]]


class UpdateAccessBundleDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateAccessBundleDetails`, keyed by wire names."""

    accessGuardrails: _t.NotRequired[_t.Sequence[_t.Any]]
    accountProfileId: _t.NotRequired[str]
    accountProfileName: _t.NotRequired[str]
    approvalWorkflowId: _t.NotRequired[str]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    domainName: _t.NotRequired[str]
    externalId: _t.NotRequired[str]
    name: _t.Required[str]
    orchestratedSystemAttributes: _t.NotRequired[
        OrchestratedSystemAttributeSummaryParam | _m.OrchestratedSystemAttributeSummary
    ]
    orchestratedSystemId: _t.NotRequired[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _m.OwnerSummary]]
    requestableBy: _t.NotRequired[UpdateAccessBundleDetailsRequestableByParam]
    resourceType: _t.NotRequired[str]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]
    verb: _t.NotRequired[str]


class UpdateAccessGuardrailDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateAccessGuardrailDetails`, keyed by wire names."""

    actionOnFailure: _t.NotRequired[ActionOnFailureParam | _m.ActionOnFailure]
    description: _t.NotRequired[str]
    isDetectiveViolationCheckEnabled: _t.NotRequired[bool]
    name: _t.NotRequired[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _m.OwnerSummary]]
    rules: _t.NotRequired[RuleCollectionParam | _m.RuleCollection]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class UpdateIdentityCollectionDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateIdentityCollectionDetails`, keyed by wire names."""

    agRisk: _t.NotRequired[_t.Mapping[str, _t.Any]]
    currentMembers: _t.NotRequired[int]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    excludedIdentities: _t.NotRequired[_t.Sequence[_t.Any]]
    expectedMembers: _t.NotRequired[int]
    externalId: _t.NotRequired[str]
    includedIdentities: _t.NotRequired[_t.Sequence[_t.Any]]
    isManagedAtOrchestratedSystem: _t.NotRequired[bool]
    membershipRule: _t.NotRequired[str]
    name: _t.Required[str]
    orchestratedSystemMetadataAttributes: _t.NotRequired[
        _t.Sequence[
            OrchestratedSystemMetadataAttributesParam | _m.OrchestratedSystemMetadataAttributes
        ]
    ]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _m.OwnerSummary]]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class UpdateOwnerAccessReviewDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateOwnerAccessReviewDetails`, keyed by wire names."""

    identityId: _t.NotRequired[str]
    justification: _t.NotRequired[str]


class UpdatePolicyDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdatePolicyDetails`, keyed by wire names."""

    assignments: _t.NotRequired[_t.Sequence[PolicyAssignmentParam | _m.PolicyAssignment]]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    name: _t.NotRequired[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _m.OwnerSummary]]
    submittedBy: _t.Required[str]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class UpdateRoleDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateRoleDetails`, keyed by wire names."""

    accessBundles: _t.NotRequired[_t.Sequence[InfoParam | _m.Info]]
    approvalWorkflowId: _t.NotRequired[str]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    externalId: _t.NotRequired[str]
    name: _t.Required[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _m.OwnerSummary]]
    requestableBy: _t.NotRequired[UpdateRoleDetailsRequestableByParam]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]
