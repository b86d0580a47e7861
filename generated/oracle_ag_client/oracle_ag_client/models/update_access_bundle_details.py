from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class UpdateAccessBundleDetails(_rt.Model):
    """The information to be updated."""

    name: str
    """Access Bundle name"""
    access_guardrails: list[_t.Any] | None = _rt.field(wire="accessGuardrails", default=_rt.UNSET)
    """List of access guardrail ids attached to the Access Bundle."""
    account_profile_id: str | None = _rt.field(wire="accountProfileId", default=_rt.UNSET)
    """Configured account profile id for the access bundle."""
    account_profile_name: str | None = _rt.field(wire="accountProfileName", default=_rt.UNSET)
    """Configured account profile name for the access bundle."""
    approval_workflow_id: str | None = _rt.field(wire="approvalWorkflowId", default=_rt.UNSET)
    """ApprovalWorkflowId that is applicable to the Access Bundle"""
    custom_attributes: dict[str, _t.Any] | None = _rt.field(
        wire="customAttributes", default=_rt.UNSET
    )
    """Metadata associated with the access bundle"""
    description: str | None = _rt.UNSET
    """Access Bundle description"""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """displayName of the Access Bundle"""
    domain_name: str | None = _rt.field(wire="domainName", default=_rt.UNSET)
    """Domain name of an OCI Access Bundle"""
    external_id: str | None = _rt.field(wire="externalId", default=_rt.UNSET)
    """externalId of the Access Bundle"""
    orchestrated_system_attributes: _m.OrchestratedSystemAttributeSummary | None = _rt.field(
        wire="orchestratedSystemAttributes", default=_rt.UNSET
    )
    orchestrated_system_id: str | None = _rt.field(wire="orchestratedSystemId", default=_rt.UNSET)
    """Orchestrated System Identifier that the Access Bundle is associated with"""
    owners: list[_m.OwnerSummary] | None = _rt.UNSET
    """List of owner entities"""
    requestable_by: _types.UpdateAccessBundleDetailsRequestableByParam | None = _rt.field(
        _rt.EnumOf("UpdateAccessBundleDetailsRequestableBy"),
        wire="requestableBy",
        default=_rt.UNSET,
    )
    """Entities that can request the access bundle"""
    resource_type: str | None = _rt.field(wire="resourceType", default=_rt.UNSET)
    """Resource Type of an OCI Access Bundle"""
    tags: list[_t.Any] | None = _rt.UNSET
    """List of tags attached to the Access Bundle"""
    verb: str | None = _rt.UNSET
    """Access to be given to the resource bundle"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
