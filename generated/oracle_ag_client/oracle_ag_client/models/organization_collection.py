from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class OrganizationCollection(_rt.Model):
    """Contains summarized information about Organizations."""

    items: list[dict[str, _t.Any]]
    """List containing summarized information about Organizations."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
