from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class DenyRequestRequest(_rt.Model):
    comment: str
    """Comment for the denial"""
    level: _m.RequestApprovalEnum | str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
