from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class DomainCollection(_rt.Model):
    """List of values (domains for OCI)."""

    items: list[dict[str, _t.Any]] | None = _rt.UNSET
    """List of values."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
