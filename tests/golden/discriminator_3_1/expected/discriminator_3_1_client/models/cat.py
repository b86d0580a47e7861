from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Cat(_rt.Model):
    kind: str
    name: str
    lives_left: int | None = _rt.field(wire="livesLeft", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
