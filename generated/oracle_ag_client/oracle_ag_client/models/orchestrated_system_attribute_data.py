from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OrchestratedSystemAttributeData(_rt.Model):
    """Orchestrated System Attributes"""

    children: list[_m.NestedAttributes] | None = _rt.UNSET
    """nested attributes"""
    default_values: list[_t.Any] | None = _rt.field(wire="defaultValues", default=_rt.UNSET)
    """Attribute Value"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
