from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class PolicyCollection(_rt.Model):
    """PolicyCollection contains summarized information about Policies."""

    items: list[dict[str, _t.Any]]
    """List containing summarized information about Policies."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
