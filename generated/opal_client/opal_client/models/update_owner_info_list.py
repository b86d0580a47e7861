from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdateOwnerInfoList(_rt.Model):
    owners: list[_m.UpdateOwnerInfo]
    """A list of owners with information to update."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
