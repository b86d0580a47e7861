from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OrchestratedSystemAttributeDataSummary(_rt.Model):
    """Orchestrated System Attributes"""

    children: list[_m.NestedAttributesSummary] | None = _rt.UNSET
    """nested attributes"""
    discriminator: str | None = _rt.UNSET
    """this field signify attribute field is password"""
    is_question: bool | None = _rt.field(wire="isQuestion", default=_rt.UNSET)
    """Indicates if this Orchestrated System Attribute will be presented as a question."""
    name: str | None = _rt.UNSET
    """Attribute name - Unique identifier"""
    permission_type: str | None = _rt.field(wire="permissionType", default=_rt.UNSET)
    """Permission Type"""
    title: str | None = _rt.UNSET
    """Display Name for the attribute."""
    type: str | None = _rt.UNSET
    """Type of attribute"""
    values: list[_t.Any] | None = _rt.UNSET
    """Attribute Values"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
