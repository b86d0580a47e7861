from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class TagsList(_rt.Model):
    tags: list[_m.Tag]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
