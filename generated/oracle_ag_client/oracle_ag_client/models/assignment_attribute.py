from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class AssignmentAttribute(_rt.Model):
    """The assignment attribute."""

    values: list[dict[str, _t.Any]] | None = _rt.UNSET
    """The value of the assignment attribute."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
