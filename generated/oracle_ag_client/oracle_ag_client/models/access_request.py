from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccessRequest(_rt.Model):
    """Description of AccessRequest."""

    id: str
    """The Unique Oracle ID (OCID) that is immutable on creation."""
    access_bundles: list[_m.AccessBundleInfo] | None = _rt.field(
        wire="accessBundles", default=_rt.UNSET
    )
    """list of Access bundle items."""
    attributes: dict[str, dict[str, _t.Any]] | None = _rt.UNSET
    """Attributes of the corresponding model. Example: `{"foo-namespace": {"bar-key": "value"}}`"""
    created_by: str | None = _rt.field(wire="createdBy", default=_rt.UNSET)
    """The user that created the request"""
    identities: list[_m.Info] | None = _rt.UNSET
    """list of identities"""
    justification: str | None = _rt.UNSET
    """Justification for creating or updating the access request"""
    permission_roles: list[_m.Info] | None = _rt.field(wire="permissionRoles", default=_rt.UNSET)
    """list of Permission roles items."""
    request_status: str | None = _rt.field(wire="requestStatus", default=_rt.UNSET)
    """Status of the access request"""
    time_created: _dt.datetime | None = _rt.field(wire="timeCreated", default=_rt.UNSET)
    """The time the the AccessRequest was created. An RFC3339 formatted datetime string"""
    time_updated: _dt.datetime | None = _rt.field(wire="timeUpdated", default=_rt.UNSET)
    """The time the the AccessRequest was last updated. An RFC3339 formatted datetime string"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
