from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdateGroupBindingInfoList(_rt.Model):
    group_bindings: list[_m.UpdateGroupBindingInfo]
    """A list of group bindings with information to update."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
