from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdateResourceInfoList(_rt.Model):
    resources: list[_m.UpdateResourceInfo]
    """A list of resources with information to update."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
