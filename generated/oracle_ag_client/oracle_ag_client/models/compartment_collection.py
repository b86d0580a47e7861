from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class CompartmentCollection(_rt.Model):
    """List of compartment"""

    items: list[dict[str, _t.Any]] | None = _rt.UNSET
    """List of compartment summaries"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
