from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class UpdateRoleDetails(_rt.Model):
    """The information to be updated."""

    name: str
    """Role name"""
    access_bundles: list[_m.Info] | None = _rt.field(wire="accessBundles", default=_rt.UNSET)
    """List of Access Bundles"""
    approval_workflow_id: str | None = _rt.field(wire="approvalWorkflowId", default=_rt.UNSET)
    """ApprovalWorkflowId that is applicable to the Role"""
    custom_attributes: dict[str, _t.Any] | None = _rt.field(
        wire="customAttributes", default=_rt.UNSET
    )
    """Metadata associated with the role"""
    description: str | None = _rt.UNSET
    """Role description"""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """Display Name of the Role"""
    external_id: str | None = _rt.field(wire="externalId", default=_rt.UNSET)
    """ExternalId of the Role"""
    owners: list[_m.OwnerSummary] | None = _rt.UNSET
    """List of owner entities"""
    requestable_by: _types.UpdateRoleDetailsRequestableByParam | None = _rt.field(
        _rt.EnumOf("UpdateRoleDetailsRequestableBy"), wire="requestableBy", default=_rt.UNSET
    )
    """Entities that can request the access bundle"""
    tags: list[_t.Any] | None = _rt.UNSET
    """List of tags attached to the Role"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
