from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ApproveRequestRequest(_rt.Model):
    level: _m.RequestApprovalEnum | str
    comment: str | None = _rt.UNSET
    """Optional comment for the approval"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
