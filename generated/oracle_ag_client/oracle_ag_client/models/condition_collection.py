from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class ConditionCollection(_rt.Model):
    """Collection of conditions."""

    items: list[dict[str, _t.Any]] | None = _rt.UNSET
    """List of condition."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
