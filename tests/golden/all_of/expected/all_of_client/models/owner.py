from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Owner(_rt.Model):
    name: str
    favourite: _m.Pet | None = _rt.UNSET
    """Property that is allOf of a single $ref plus a description."""
    dogs: list[_m.Dog] | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
