from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class TargetAttributeDataSummary(_rt.Model):
    """Target Attributes"""

    children: list[_m.NestedAttributesSummary] | None = _rt.UNSET
    """nested attributes"""
    discriminator: str | None = _rt.UNSET
    """this field signify attribute field is password"""
    entitlement_type: str | None = _rt.field(wire="entitlementType", default=_rt.UNSET)
    """Entitlement Type"""
    is_question: bool | None = _rt.field(wire="isQuestion", default=_rt.UNSET)
    """Boolean value for checking if this is attribute is a question for requester."""
    name: str | None = _rt.UNSET
    """Attribute name - Unique identifier"""
    title: str | None = _rt.UNSET
    """Display Name for the attribute."""
    type: str | None = _rt.UNSET
    """Type of attribute"""
    values: list[_t.Any] | None = _rt.UNSET
    """Attribute Values"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
