from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateAccessRequestDetails(_rt.Model):
    """The information about new AccessRequest."""

    access_bundles: list[_m.AccessBundleInfo] | None = _rt.field(
        wire="accessBundles", default=_rt.UNSET
    )
    """list of Access bundle items."""
    account_profile_details: list[_m.AccountProfileInfo] | None = _rt.field(
        wire="accountProfileDetails", default=_rt.UNSET
    )
    """list of account profiles associated to access request"""
    attributes: dict[str, _t.Any] | None = _rt.UNSET
    """Attributes of the corresponding model. Example: `{"foo-namespace": {"bar-key": "value"}}`"""
    created_by: str | None = _rt.field(wire="createdBy", default=_rt.UNSET)
    """The user that created the request"""
    identities: list[_m.Info] | None = _rt.UNSET
    """list of identity ids"""
    justification: str | None = _rt.UNSET
    """Justification for creating the access request"""
    permission_roles: list[_m.Info] | None = _rt.field(wire="permissionRoles", default=_rt.UNSET)
    """list of Permission roles items."""
    request_status: str | None = _rt.field(wire="requestStatus", default=_rt.UNSET)
    """Status of the access request"""
    target_attributes: list[_m.TargetAttribute] | None = _rt.field(
        wire="targetAttributes", default=_rt.UNSET
    )
    """list of targetAttributes associated with targets"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
