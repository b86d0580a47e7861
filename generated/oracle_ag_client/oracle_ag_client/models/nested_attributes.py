from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class NestedAttributes(_rt.Model):
    """Nested set of Orchestrated System attributes"""

    items: list[_t.Any] | None = _rt.UNSET
    """Orchestrated System attributes"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
