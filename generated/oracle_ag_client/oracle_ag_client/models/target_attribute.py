from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class TargetAttribute(_rt.Model):
    """Account & entitlement attributes"""

    target: _m.Info
    account_attributes: list[_m.TargetAttributeData] | None = _rt.field(
        wire="accountAttributes", default=_rt.UNSET
    )
    """List of target account attributes"""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """displayName of the object class"""
    entitlement_attributes: list[_m.TargetAttributeData] | None = _rt.field(
        wire="entitlementAttributes", default=_rt.UNSET
    )
    """List of target entitlement attributes"""
    object_class: str | None = _rt.field(wire="objectClass", default=_rt.UNSET)
    """Name of the object class"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
