from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class TargetAttributeData(_rt.Model):
    """Target Attributes"""

    discriminator: str | _rt.Unset = _rt.UNSET
    """this field signify attribute field is password"""
    entitlement_type: str | _rt.Unset = _rt.field(wire="entitlementType", default=_rt.UNSET)
    """Entitlement Type"""
    lookup_type: str | _rt.Unset = _rt.field(wire="lookupType", default=_rt.UNSET)
    """LookUpID for the attribute"""
    name: str | _rt.Unset = _rt.UNSET
    """Attribute name"""
    required: bool | _rt.Unset = _rt.UNSET
    """Is this attribute mandatory"""
    type: str | _rt.Unset = _rt.UNSET
    """Type of attribute"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
