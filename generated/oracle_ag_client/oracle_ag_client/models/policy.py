from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Policy(_rt.Model):
    """Policy model."""

    id: str
    """The Unique Oracle ID (OCID) that is immutable on creation."""
    assignments: list[_m.PolicyAssignment] | None = _rt.UNSET
    """List of assignments associated with Permission Association."""
    created_by: _m.IdInfo | None = _rt.field(wire="createdBy", default=_rt.UNSET)
    custom_attributes: dict[str, _t.Any] | None = _rt.field(
        wire="customAttributes", default=_rt.UNSET
    )
    """Metadata associated with the permission association"""
    description: str | None = _rt.UNSET
    """Description of the Permission Association."""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """displayName of the Permission Association"""
    name: str | None = _rt.UNSET
    """A user-friendly name. Have to be unique, and it's changeable. Avoid entering confidential information."""
    owners: list[_m.OwnerSummary] | None = _rt.UNSET
    """List of owner entities"""
    ownership_collection_id: str | None = _rt.field(wire="ownershipCollectionId", default=_rt.UNSET)
    """Ownership collection associate with the Identity Group"""
    risk_level: int | None = _rt.field(wire="riskLevel", default=_rt.UNSET)
    """Risk Level of Policy. 0 stands for low and 1 for high risk."""
    status: _m.PolicyStatus | str | None = _rt.UNSET
    """Status of the Permission Association."""
    tags: list[_t.Any] | None = _rt.UNSET
    """List of tags attached to the Permission Association."""
    time_created: _dt.datetime | None = _rt.field(wire="timeCreated", default=_rt.UNSET)
    """Time when the Permission Association Rule was created. An RFC3339 formatted datetime string"""
    time_updated: _dt.datetime | None = _rt.field(wire="timeUpdated", default=_rt.UNSET)
    """Time when the Permission Association Rule was last updated. An RFC3339 formatted datetime string"""
    updated_by: _m.IdInfo | None = _rt.field(wire="updatedBy", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
