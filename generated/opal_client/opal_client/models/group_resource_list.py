from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class GroupResourceList(_rt.Model):
    group_resources: list[_m.GroupResource]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
