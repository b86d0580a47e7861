from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class AccessBundleInfo(_rt.Model):
    """Generic information object."""

    account_profile_id: str | None = _rt.field(wire="accountProfileId", default=_rt.UNSET)
    """account profile id"""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """display name of the entity"""
    id: str | None = _rt.UNSET
    """id of the entity."""
    name: str | None = _rt.UNSET
    """name of the entity."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
