from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Role(_rt.Model):
    """Role object."""

    id: str
    """Unique identifier that is immutable on creation"""
    access_bundles: list[_m.AccessBundle] | None = _rt.field(
        wire="accessBundles", default=_rt.UNSET
    )
    """List of Access Bundles"""
    approval_workflow_id: _m.IdInfo | None = _rt.field(wire="approvalWorkflowId", default=_rt.UNSET)
    created_by: _m.IdInfo | None = _rt.field(wire="createdBy", default=_rt.UNSET)
    custom_attributes: dict[str, _t.Any] | None = _rt.field(
        wire="customAttributes", default=_rt.UNSET
    )
    """Metadata associated with the role"""
    description: str | None = _rt.UNSET
    """Description of the Role"""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """Display Name of the Role"""
    external_id: str | None = _rt.field(wire="externalId", default=_rt.UNSET)
    """ExternalId of the Role"""
    name: str | None = _rt.UNSET
    """Name of the Role"""
    owners: list[_m.OwnerSummary] | None = _rt.UNSET
    """List of owner entities"""
    ownership_collection_id: str | None = _rt.field(wire="ownershipCollectionId", default=_rt.UNSET)
    """Ownership collection associate with the Role"""
    requestable_by: _m.IdInfo | None = _rt.field(wire="requestableBy", default=_rt.UNSET)
    status: _m.RoleStatus | str | None = _rt.UNSET
    """Status of the Role"""
    tags: list[_t.Any] | None = _rt.UNSET
    """List of tags attached to the Role"""
    time_created: _dt.datetime | None = _rt.field(wire="timeCreated", default=_rt.UNSET)
    """Time when the Role was created. An RFC3339 formatted datetime string"""
    time_updated: _dt.datetime | None = _rt.field(wire="timeUpdated", default=_rt.UNSET)
    """Time when the Role was last updated. An RFC3339 formatted datetime string"""
    updated_by: _m.IdInfo | None = _rt.field(wire="updatedBy", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
