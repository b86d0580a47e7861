from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class GroupContainingGroupList(_rt.Model):
    containing_groups: list[_m.GroupContainingGroup]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
