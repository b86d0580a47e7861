from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdateGroupInfoList(_rt.Model):
    groups: list[_m.UpdateGroupInfo]
    """A list of groups with information to update."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
