from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccessBundle(_rt.Model):
    """Access Bundle object."""

    id: str
    """Unique identifier that is immutable on creation"""
    access_guardrail: dict[str, _t.Any] | None = _rt.field(
        wire="accessGuardrail", default=_rt.UNSET
    )
    access_time_limit: dict[str, _t.Any] | None = _rt.field(
        wire="accessTimeLimit", default=_rt.UNSET
    )
    access_time_limit_type: _m.AccessBundleAccessTimeLimitType | str | None = _rt.field(
        wire="accessTimeLimitType", default=_rt.UNSET
    )
    """Time limit type of the access bundle."""
    account_profile_id: str | None = _rt.field(wire="accountProfileId", default=_rt.UNSET)
    """Configured account profile id for the access bundle."""
    account_profile_name: str | None = _rt.field(wire="accountProfileName", default=_rt.UNSET)
    """configured account profile name for the access bundle."""
    approval_workflow_id: _m.IdInfo | None = _rt.field(wire="approvalWorkflowId", default=_rt.UNSET)
    auto_approve_if_no_violation: bool | None = _rt.field(
        wire="autoApproveIfNoViolation", default=_rt.UNSET
    )
    """Boolean flag to indicate auto approve if no violation in access request to the Access Bundle."""
    cloud_account_name: str | None = _rt.field(wire="cloudAccountName", default=_rt.UNSET)
    """Cloud Account name of OCI bundle i.e., OCI tenancy."""
    compartment_fqn: str | None = _rt.field(wire="compartmentFqn", default=_rt.UNSET)
    """Compartment full name of OCI bundle."""
    compartment_name: str | None = _rt.field(wire="compartmentName", default=_rt.UNSET)
    """Compartment name of OCI bundle."""
    created_by: _m.IdInfo | None = _rt.field(wire="createdBy", default=_rt.UNSET)
    custom_attributes: dict[str, _t.Any] | None = _rt.field(
        wire="customAttributes", default=_rt.UNSET
    )
    """Metadata associated with the access bundle."""
    description: str | None = _rt.UNSET
    """Description of the Access Bundle"""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """Display Name of the Access Bundle"""
    domain_name: str | None = _rt.field(wire="domainName", default=_rt.UNSET)
    """Domain name of OCI bundle"""
    external_id: str | None = _rt.field(wire="externalId", default=_rt.UNSET)
    """ExternalId of the Access Bundle"""
    name: str | None = _rt.UNSET
    """Name of the Access Bundle"""
    owners: list[_m.OwnerSummary] | None = _rt.UNSET
    """List of owner entities."""
    permissions: list[_t.Any] | None = _rt.UNSET
    """List of permissions"""
    tags: list[_t.Any] | None = _rt.UNSET
    """List of tags attached to the Access Bundle."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
