from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Labeled(_rt.Model):
    """Fixed properties plus extra string-valued keys."""

    id: str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
