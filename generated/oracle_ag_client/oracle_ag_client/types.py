"""Request bodies of Oracle Access Governance REST API as TypedDicts (generated)."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from . import models as _models  # cheap: each model loads when an annotation names it

__all__ = [
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

    attributes: _t.Required[_t.Sequence[AttributeParam | _models.Attribute]]


class AccountPermissionParam(_t.TypedDict, total=False):
    """The dict form of `models.AccountPermission`, keyed by wire names."""

    attributes: _t.NotRequired[_t.Sequence[_t.Any]]


class AccountProfileInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.AccountProfileInfo`, keyed by wire names."""

    accountAttributes: _t.NotRequired[
        _t.Sequence[TargetAttributeDataSummaryParam | _models.TargetAttributeDataSummary]
    ]
    accountProfileId: _t.NotRequired[str]
    identityAccountAttributesDetails: _t.NotRequired[
        _t.Sequence[IdentityAccountAttributesInfoParam | _models.IdentityAccountAttributesInfo]
    ]
    identitySpecific: _t.NotRequired[bool]


class ActionOnFailureParam(_t.TypedDict, total=False):
    """The dict form of `models.ActionOnFailure`, keyed by wire names."""

    actionType: _t.Required[
        _models.ActionOnFailureActionType | _t.Literal["REVOKE_IMMEDIATELY", "REVOKE_LATER"]
    ]
    revokeLaterAfterNumberOfDays: _t.NotRequired[int]
    risk: _t.NotRequired[_models.ActionOnFailureRisk | _t.Literal["HIGH", "LOW"]]


class ApprovalDecisionParam(_t.TypedDict, total=False):
    """The dict form of `models.ApprovalDecision`, keyed by wire names."""

    action: _t.Required[_models.ApprovalDecisionAction | _t.Literal["APPROVE", "REJECT"]]
    approvalTimeLimit: _t.NotRequired[ApprovalTimeLimitParam | _models.ApprovalTimeLimit]
    approvalTimeLimitType: _t.NotRequired[
        _models.ApprovalDecisionApprovalTimeLimitType
        | _t.Literal[
            "INDEFINITELY", "NUMBER_OF_HOURS", "NUMBER_OF_DAYS", "DATE_TIME_RANGE", "EXTENSION"
        ]
    ]
    comment: _t.Required[str]
    extensionTimeLimit: _t.NotRequired[_t.Mapping[str, _t.Any]]
    taskId: _t.Required[str]


class ApprovalDecisionDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.ApprovalDecisionDetails`, keyed by wire names."""

    decisions: _t.Required[_t.Sequence[ApprovalDecisionParam | _models.ApprovalDecision]]


class ApprovalTimeLimitParam(_t.TypedDict, total=False):
    """The dict form of `models.ApprovalTimeLimit`, keyed by wire names."""

    daysLimit: _t.NotRequired[int]
    hoursLimit: _t.NotRequired[int]


class AttributeParam(_t.TypedDict, total=False):
    """The dict form of `models.Attribute`, keyed by wire names."""

    action: _t.NotRequired[_models.AttributeAction | _t.Literal["ADD", "UPDATE"]]
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
    requestStatus: _t.Required[
        _models.CheckSeparationOfDutiesRequestStatusRequestStatus
        | _t.Literal["SUCCESS", "FAILED", "IN_PROGRESS"]
    ]
    timeRequestCompletion: _t.NotRequired[_dt.datetime | str]
    timeRequested: _t.NotRequired[_dt.datetime | str]


class CheckSeparationOfDutiesStatusParam(_t.TypedDict, total=False):
    """The dict form of `models.CheckSeparationOfDutiesStatus`, keyed by wire names."""

    requestIds: _t.Required[_t.Sequence[_t.Any]]


class CheckSeparationOfDutiesStatusDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CheckSeparationOfDutiesStatusDetails`, keyed by wire names."""

    items: _t.Required[
        _t.Sequence[
            CheckSeparationOfDutiesRequestStatusParam | _models.CheckSeparationOfDutiesRequestStatus
        ]
    ]


class ChildIdParam(_t.TypedDict, total=False):
    """The dict form of `models.ChildId`, keyed by wire names."""

    id: _t.Required[str]
    type: _t.Required[
        _models.ChildIdType
        | _t.Literal[
            "ASSOCIATION", "CONDITION", "EXCLUDED", "INCLUDED", "PRIMARY", "NON_REVIEWABLE"
        ]
    ]


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
        OrchestratedSystemAttributeSummaryParam | _models.OrchestratedSystemAttributeSummary
    ]
    orchestratedSystemId: _t.NotRequired[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _models.OwnerSummary]]
    requestableBy: _t.NotRequired[
        _models.CreateAccessBundleDetailsRequestableBy | _t.Literal["ANY", "NONE"]
    ]
    resourceType: _t.NotRequired[str]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]
    verb: _t.NotRequired[str]


class CreateAccessGuardrailDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateAccessGuardrailDetails`, keyed by wire names."""

    actionOnFailure: _t.Required[ActionOnFailureParam | _models.ActionOnFailure]
    description: _t.NotRequired[str]
    isDetectiveViolationCheckEnabled: _t.Required[bool]
    name: _t.Required[str]
    owners: _t.Required[_t.Sequence[OwnerSummaryParam | _models.OwnerSummary]]
    rules: _t.Required[RuleCollectionParam | _models.RuleCollection]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class CreateAccessRequestDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateAccessRequestDetails`, keyed by wire names."""

    accessBundles: _t.NotRequired[_t.Sequence[AccessBundleInfoParam | _models.AccessBundleInfo]]
    accountProfileDetails: _t.NotRequired[
        _t.Sequence[AccountProfileInfoParam | _models.AccountProfileInfo]
    ]
    attributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    createdBy: _t.NotRequired[str]
    identities: _t.NotRequired[_t.Sequence[InfoParam | _models.Info]]
    justification: _t.NotRequired[str]
    permissionRoles: _t.NotRequired[_t.Sequence[InfoParam | _models.Info]]
    requestStatus: _t.NotRequired[str]
    targetAttributes: _t.NotRequired[_t.Sequence[TargetAttributeParam | _models.TargetAttribute]]


class CreateCampaignDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CreateCampaignDetails`, keyed by wire names."""

    criteria: _t.NotRequired[_t.Sequence[CriteriaParam | _models.Criteria]]
    customReviewerId: _t.NotRequired[str]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    isRecurring: _t.NotRequired[bool]
    justificationRule: _t.NotRequired[
        _models.CreateCampaignDetailsJustificationRule
        | _t.Literal["REQUIRE_FOR_ALL", "REQUIRE_FOR_REVOKE", "OPTIONAL_FOR_ALL"]
    ]
    ownerEmail: _t.NotRequired[str]
    ownerId: _t.NotRequired[str]
    ownerName: _t.NotRequired[str]
    ownerUsername: _t.NotRequired[str]
    reviewExclusions: _t.NotRequired[
        _t.Sequence[
            _models.CreateCampaignDetailsReviewExclusionsItem | _t.Literal["ACCOUNT", "ROLE"]
        ]
    ]


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
    excludedIdentities: _t.NotRequired[_t.Sequence[IdInfoParam | _models.IdInfo]]
    externalId: _t.NotRequired[str]
    includedIdentities: _t.NotRequired[_t.Sequence[IdInfoParam | _models.IdInfo]]
    isManagedAtOrchestratedSystem: _t.NotRequired[bool]
    membershipRule: _t.NotRequired[str]
    name: _t.Required[str]
    orchestratedSystemId: _t.NotRequired[str]
    orchestratedSystemMetadataAttributes: _t.NotRequired[
        _t.Sequence[
            OrchestratedSystemMetadataAttributesParam | _models.OrchestratedSystemMetadataAttributes
        ]
    ]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _models.OwnerSummary]]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class CreatePolicyDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CreatePolicyDetails`, keyed by wire names."""

    assignments: _t.NotRequired[_t.Sequence[PolicyAssignmentParam | _models.PolicyAssignment]]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    insights: _t.NotRequired[str]
    name: _t.NotRequired[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _models.OwnerSummary]]
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
    requestableBy: _t.NotRequired[
        _models.CreateRoleDetailsRequestableBy | _t.Literal["ANY", "NONE", "MEMBERS_OF_AN_ORG"]
    ]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class CriteriaParam(_t.TypedDict, total=False):
    """The dict form of `models.Criteria`, keyed by wire names."""

    conditions: _t.NotRequired[_t.Sequence[_t.Any]]
    subCriteria: _t.NotRequired[_t.Sequence[_t.Any]]
    type: _t.Required[
        _models.CriteriaType
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
    ]
    value: _t.NotRequired[_t.Sequence[_t.Any]]


class CriteriaDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.CriteriaDetails`, keyed by wire names."""

    campaignType: _t.NotRequired[
        _models.CriteriaDetailsCampaignType | _t.Literal["ACCESS", "OWNERSHIP"]
    ]
    criteria: _t.NotRequired[_t.Sequence[CriteriaParam | _models.Criteria]]
    scope: _t.Required[
        _models.CriteriaDetailsScope | _t.Literal["GOVERNANCE_SYSTEM", "CLOUD_PROVIDER", "AG"]
    ]


class FilteredDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.FilteredDetails`, keyed by wire names."""

    campaignType: _t.NotRequired[
        _models.FilteredDetailsCampaignType | _t.Literal["ACCESS", "OWNERSHIP"]
    ]
    criteria: _t.NotRequired[_t.Sequence[CriteriaParam | _models.Criteria]]
    nameContains: _t.NotRequired[str]
    scope: _t.Required[
        _models.FilteredDetailsScope | _t.Literal["GOVERNANCE_SYSTEM", "CLOUD_PROVIDER", "AG"]
    ]


class IdInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.IdInfo`, keyed by wire names."""

    displayName: _t.NotRequired[str]
    id: _t.NotRequired[str]
    name: _t.NotRequired[str]


class IdentityAccountAttributesInfoParam(_t.TypedDict, total=False):
    """The dict form of `models.IdentityAccountAttributesInfo`, keyed by wire names."""

    accountAttributes: _t.NotRequired[
        _t.Sequence[TargetAttributeDataSummaryParam | _models.TargetAttributeDataSummary]
    ]
    identityId: _t.NotRequired[str]


class InfoParam(_t.TypedDict, total=False):
    """The dict form of `models.Info`, keyed by wire names."""

    displayName: _t.NotRequired[str]
    id: _t.NotRequired[str]
    name: _t.NotRequired[str]


class KeywordFilteredDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.KeywordFilteredDetails`, keyed by wire names."""

    campaignType: _t.NotRequired[
        _models.KeywordFilteredDetailsCampaignType | _t.Literal["ACCESS", "OWNERSHIP"]
    ]
    criteria: _t.NotRequired[_t.Sequence[CriteriaParam | _models.Criteria]]
    keywordContains: _t.NotRequired[str]
    scope: _t.Required[
        _models.KeywordFilteredDetailsScope
        | _t.Literal["GOVERNANCE_SYSTEM", "CLOUD_PROVIDER", "AG"]
    ]


class ModifyAccessReviewDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.ModifyAccessReviewDetails`, keyed by wire names."""

    acceptedChildIds: _t.NotRequired[_t.Sequence[ChildIdParam | _models.ChildId]]
    justification: _t.NotRequired[str]
    revokedChildIds: _t.NotRequired[_t.Sequence[ChildIdParam | _models.ChildId]]


class NestedAttributesParam(_t.TypedDict, total=False):
    """The dict form of `models.NestedAttributes`, keyed by wire names."""

    items: _t.NotRequired[_t.Sequence[_t.Any]]


class NestedAttributesSummaryParam(_t.TypedDict, total=False):
    """The dict form of `models.NestedAttributesSummary`, keyed by wire names."""

    items: _t.NotRequired[
        _t.Sequence[
            OrchestratedSystemAttributeDataSummaryParam
            | _models.OrchestratedSystemAttributeDataSummary
        ]
    ]


class OrchestratedSystemAttributeParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemAttribute`, keyed by wire names."""

    accountAttributes: _t.NotRequired[
        _t.Sequence[OrchestratedSystemAttributeDataParam | _models.OrchestratedSystemAttributeData]
    ]
    orchestratedSystem: _t.NotRequired[InfoParam | _models.Info]
    permissionAttributes: _t.NotRequired[_t.Sequence[_t.Any]]


class OrchestratedSystemAttributeDataParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemAttributeData`, keyed by wire names."""

    children: _t.NotRequired[_t.Sequence[NestedAttributesParam | _models.NestedAttributes]]
    defaultValues: _t.NotRequired[_t.Sequence[_t.Any]]


class OrchestratedSystemAttributeDataSummaryParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemAttributeDataSummary`, keyed by wire names."""

    children: _t.NotRequired[
        _t.Sequence[NestedAttributesSummaryParam | _models.NestedAttributesSummary]
    ]
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
            OrchestratedSystemAttributeDataSummaryParam
            | _models.OrchestratedSystemAttributeDataSummary
        ]
    ]
    permissionAttributes: _t.NotRequired[
        _t.Sequence[
            OrchestratedSystemAttributeDataSummaryParam
            | _models.OrchestratedSystemAttributeDataSummary
        ]
    ]


class OrchestratedSystemAttributesParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemAttributes`, keyed by wire names."""

    items: _t.Required[
        _t.Sequence[OrchestratedSystemAttributeParam | _models.OrchestratedSystemAttribute]
    ]


class OrchestratedSystemMetadataAttributesParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemMetadataAttributes`, keyed by wire names."""

    attributes: _t.NotRequired[
        OrchestratedSystemAttributesParam | _models.OrchestratedSystemAttributes
    ]


class OrchestratedSystemPermissionIdParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemPermissionId`, keyed by wire names."""

    id: _t.Required[str]


class OrchestratedSystemPermissionIdCollectionParam(_t.TypedDict, total=False):
    """The dict form of `models.OrchestratedSystemPermissionIdCollection`, keyed by wire names."""

    items: _t.Required[
        _t.Sequence[OrchestratedSystemPermissionIdParam | _models.OrchestratedSystemPermissionId]
    ]


class OwnerSummaryParam(_t.TypedDict, total=False):
    """The dict form of `models.OwnerSummary`, keyed by wire names."""

    id: _t.Required[str]
    isPrimary: _t.Required[bool]
    name: _t.Required[str]


class PolicyAssignmentParam(_t.TypedDict, total=False):
    """The dict form of `models.PolicyAssignment`, keyed by wire names."""

    accessBundles: _t.NotRequired[_t.Sequence[InfoParam | _models.Info]]
    assignmentId: _t.NotRequired[str]
    assignmentType: _t.NotRequired[
        _models.PolicyAssignmentAssignmentType | _t.Literal["ACCESS_BUNDLE", "ROLE"]
    ]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    identityGroups: _t.NotRequired[_t.Sequence[_t.Any]]
    identityType: _t.NotRequired[str]
    roles: _t.NotRequired[_t.Sequence[_t.Any]]


class RuleCollectionParam(_t.TypedDict, total=False):
    """The dict form of `models.RuleCollection`, keyed by wire names."""

    items: _t.NotRequired[_t.Sequence[_t.Mapping[str, _t.Any]]]


class SeparationOfDutiesAnalysisDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.SeparationOfDutiesAnalysisDetails`, keyed by wire names."""

    accountData: _t.NotRequired[AccountDataParam | _models.AccountData]
    orchestratedSystemIdentityId: _t.NotRequired[str]
    permissionAssignments: _t.Required[
        _t.Sequence[AccountPermissionParam | _models.AccountPermission]
    ]
    requestedBy: _t.Required[str]


class TargetAttributeParam(_t.TypedDict, total=False):
    """The dict form of `models.TargetAttribute`, keyed by wire names."""

    accountAttributes: _t.NotRequired[
        _t.Sequence[TargetAttributeDataParam | _models.TargetAttributeData]
    ]
    displayName: _t.NotRequired[str]
    entitlementAttributes: _t.NotRequired[
        _t.Sequence[TargetAttributeDataParam | _models.TargetAttributeData]
    ]
    objectClass: _t.NotRequired[str]
    target: _t.Required[InfoParam | _models.Info]


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

    children: _t.NotRequired[
        _t.Sequence[NestedAttributesSummaryParam | _models.NestedAttributesSummary]
    ]
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
        OrchestratedSystemAttributeSummaryParam | _models.OrchestratedSystemAttributeSummary
    ]
    orchestratedSystemId: _t.NotRequired[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _models.OwnerSummary]]
    requestableBy: _t.NotRequired[
        _models.UpdateAccessBundleDetailsRequestableBy | _t.Literal["ANY", "NONE"]
    ]
    resourceType: _t.NotRequired[str]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]
    verb: _t.NotRequired[str]


class UpdateAccessGuardrailDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateAccessGuardrailDetails`, keyed by wire names."""

    actionOnFailure: _t.NotRequired[ActionOnFailureParam | _models.ActionOnFailure]
    description: _t.NotRequired[str]
    isDetectiveViolationCheckEnabled: _t.NotRequired[bool]
    name: _t.NotRequired[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _models.OwnerSummary]]
    rules: _t.NotRequired[RuleCollectionParam | _models.RuleCollection]
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
            OrchestratedSystemMetadataAttributesParam | _models.OrchestratedSystemMetadataAttributes
        ]
    ]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _models.OwnerSummary]]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class UpdateOwnerAccessReviewDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateOwnerAccessReviewDetails`, keyed by wire names."""

    identityId: _t.NotRequired[str]
    justification: _t.NotRequired[str]


class UpdatePolicyDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdatePolicyDetails`, keyed by wire names."""

    assignments: _t.NotRequired[_t.Sequence[PolicyAssignmentParam | _models.PolicyAssignment]]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    name: _t.NotRequired[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _models.OwnerSummary]]
    submittedBy: _t.Required[str]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]


class UpdateRoleDetailsParam(_t.TypedDict, total=False):
    """The dict form of `models.UpdateRoleDetails`, keyed by wire names."""

    accessBundles: _t.NotRequired[_t.Sequence[InfoParam | _models.Info]]
    approvalWorkflowId: _t.NotRequired[str]
    customAttributes: _t.NotRequired[_t.Mapping[str, _t.Any]]
    description: _t.NotRequired[str]
    displayName: _t.NotRequired[str]
    externalId: _t.NotRequired[str]
    name: _t.Required[str]
    owners: _t.NotRequired[_t.Sequence[OwnerSummaryParam | _models.OwnerSummary]]
    requestableBy: _t.NotRequired[
        _models.UpdateRoleDetailsRequestableBy | _t.Literal["ANY", "NONE"]
    ]
    tags: _t.NotRequired[_t.Sequence[_t.Any]]
