from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class TargetAttributeData(_rt.Model):
    """Target Attributes"""

    discriminator: str | None = _rt.UNSET
    """this field signify attribute field is password"""
    entitlement_type: str | None = _rt.field(wire="entitlementType", default=_rt.UNSET)
    """Entitlement Type"""
    lookup_type: str | None = _rt.field(wire="lookupType", default=_rt.UNSET)
    """LookUpID for the attribute"""
    name: str | None = _rt.UNSET
    """Attribute name"""
    required: bool | None = _rt.UNSET
    """Is this attribute mandatory"""
    type: str | None = _rt.UNSET
    """Type of attribute"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
